"""Values an operator typed reach Ansible as data: template syntax is refused, and what is
written into a job's private dir is `!unsafe`, so that real ansible-playbook never renders
it (a lookup there would run on the appliance with the management key loaded)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import ansible_values, inventory, jobs
from app.core.ansible_values import TemplateRefused, Untrusted, refuse_templates, to_yaml
from app.core.inventory import HostKeyPin, Node

# Each of Ansible's template forms, as a value that would write FILE on the controller.
FORMS = {
    "expression": "{{ lookup('pipe', 'id > FILE') }}",
    "query": "{{ query('pipe', 'id > FILE') }}",
    "q": "{{ q('pipe', 'id > FILE') | first }}",
    "filter": "{{ 'id > FILE' | map('regex_replace', '^', '') | list | first | ansible.builtin.quote }}"
              "{{ lookup('ansible.builtin.pipe', 'id > FILE') | b64encode }}",
    "statement": "{% for cmd in ['id > FILE'] %}{{ lookup('pipe', cmd) }}{% endfor %}",
    "statement-only": "{% set x = lookup('pipe', 'id > FILE') %}",
    "comment-then-expression": "{# note #}x",
    "header": "#jinja2:variable_start_string:'[[', variable_end_string:']]'\n[[ lookup('pipe', 'id > FILE') ]]",
}


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("kind", [ansible_values.EXTRA_VARIABLE, ansible_values.NODE_VARIABLE,
                                  ansible_values.LABEL, ansible_values.PARAMETER])
def test_every_template_form_is_refused_wherever_it_sits(form: str, kind: str) -> None:
    text = FORMS[form].replace("FILE", "/tmp/x")
    for value in (text, [1, "ok", text], {"a": {"b": [text]}}, {text: "key"}, ["x", {"y": [True, None, text]}]):
        with pytest.raises(TemplateRefused) as refused:
            refuse_templates(value, kind, "model")
        assert "'model'" in refused.value.message
        assert "template syntax" in refused.value.message
        assert refused.value.hint.startswith("Remove the template syntax ({{ }}, {% %}, {# #}): ")
        assert refused.value.exit_code == 2


@pytest.mark.parametrize("value", ["/srv/airlock", "a{b}c", '{"json": {"nested": 1}}', "100%", "#jinja", "{ {",
                                   ["x", {"k": "v"}], 7, None])
def test_plain_values_pass(value: object) -> None:
    refuse_templates(value, ansible_values.PARAMETER, "p")


def test_the_entry_points_refuse_templates_with_a_named_value() -> None:
    with pytest.raises(TemplateRefused, match="Extra variable 'airlock_nvidia_smi' holds template syntax"):
        jobs.check_extravars(["airlock_nvidia_smi={{ lookup('pipe','id') }}"])
    with pytest.raises(TemplateRefused, match="Node variable 'airlock_root' holds template syntax"):
        inventory.parse_variables(["airlock_root=/srv/{% raw %}x{% endraw %}"])
    with pytest.raises(TemplateRefused, match="Label 'site' holds template syntax"):
        inventory.parse_labels(["site={{x}}"])


def _loaded(text: str) -> object:
    """The document as ansible-playbook reads a file it trusts (an extra-vars or inventory file)."""
    from ansible._internal._datatag._tags import TrustedAsTemplate
    from ansible.parsing.utils.yaml import from_yaml

    return from_yaml(TrustedAsTemplate().tag(text))


def _trusted_strings(value: object) -> list[str]:
    from ansible._internal._datatag._tags import TrustedAsTemplate

    if isinstance(value, dict):
        return [s for pair in value.items() for part in pair for s in _trusted_strings(part)]
    if isinstance(value, list):
        return [s for item in value for s in _trusted_strings(item)]
    return [value] if isinstance(value, str) and TrustedAsTemplate.is_tagged_on(value) else []


def test_written_values_keep_their_text_and_type_and_are_never_trusted_as_templates() -> None:
    awkward = {
        "port": "0755", "version": "1.10", "flag": "true", "empty": "", "none": "null", "number": "1",
        "quotes": 'a "b" \\c', "lines": "one\ntwo\t\r", "unicode": "é \u2013 模型 😀 \u202e", "template": FORMS["q"],
        "nested": ["x", {"{{ key }}": ["y", 3, True, None]}], "int": 4,
    }
    text = to_yaml(Untrusted(awkward))
    assert text.isascii()
    loaded = _loaded(text)
    assert loaded == awkward
    assert _trusted_strings(loaded) == []
    # The same document without the tag would be trusted: the check above can fail.
    assert _trusted_strings(_loaded(to_yaml(awkward)))


def test_the_job_inventory_marks_every_host_variable_untrusted(tmp_path: Path) -> None:
    pin = HostKeyPin("ssh-ed25519", "AAAA")
    node = Node("gpu-a", "10.0.0.1", 22, "airlock", {"site": "north"}, {"airlock_root": FORMS["statement"]}, (pin,))
    prepared = jobs.prepare(Path("/var/lib/airlock/jobs/airlock-job-x"), tmp_path / "p.yml", [node],
                            {"airlock_nvidia_smi": FORMS["expression"]})
    hosts = _loaded(prepared.files[jobs.INVENTORY_FILE])
    assert hosts == prepared.inventory
    assert _trusted_strings(hosts["all"]["hosts"]) == ["gpu-a"]  # type: ignore[index] # the name only, not its values
    assert _trusted_strings(_loaded(prepared.files[jobs.EXTRAVARS_FILE])) == []


PLAYBOOK = """\
- hosts: all
  gather_facts: false
  tasks:
    - name: Use every value the operator gave
      ansible.builtin.debug:
        msg: "{{ airlock_extra }} {{ airlock_root }}/models {{ airlock_labels.site }} {{ airlock_nested }}"
    - name: A string that reads as a boolean still decides
      ansible.builtin.debug:
        msg: "flag taken"
      when: airlock_flag | bool
"""


def _run_playbook(tmp_path: Path, inventory_text: str, extravars_text: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "hosts.yml").write_text(inventory_text)
    (tmp_path / "extravars").write_text(extravars_text)
    (tmp_path / "play.yml").write_text(PLAYBOOK)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANSIBLE_")}
    env.update(ANSIBLE_LOCAL_TEMP=str(tmp_path / "tmp"), ANSIBLE_HOME=str(tmp_path / "home"), ANSIBLE_NOCOLOR="1")
    return subprocess.run(
        [str(Path(sys.executable).parent / "ansible-playbook"), "-i", str(tmp_path / "hosts.yml"),
         "-e", f"@{tmp_path / 'extravars'}", str(tmp_path / "play.yml")],
        capture_output=True, text=True, timeout=120, env=env, check=False, cwd=tmp_path,
    )


@pytest.mark.parametrize("tagged", [True, False])
def test_real_ansible_playbook_renders_no_value_it_was_given(tmp_path: Path, tagged: bool) -> None:
    """Every form, in extra variables, host variables and labels, nested too: no lookup runs.

    The same run with the tag left off writes the files: the test can tell the difference.
    """
    marks = tmp_path / "marks"
    marks.mkdir()
    values = {name: text.replace("FILE", str(marks / name)) for name, text in FORMS.items()
              if name != "comment-then-expression"}
    extravars = {"airlock_extra": values["expression"], "airlock_flag": "yes",
                 "airlock_nested": [values["query"], {"k": values["q"], values["statement-only"]: "v"}]}
    host = {"ansible_connection": "local", "ansible_python_interpreter": sys.executable,
            "airlock_root": values["header"], "airlock_labels": {"site": values["statement"]},
            "airlock_other": values["filter"]}
    wrap = Untrusted if tagged else (lambda mapping: mapping)
    done = _run_playbook(tmp_path, to_yaml({"all": {"hosts": {"local": wrap(host)}}}), to_yaml(wrap(extravars)))
    written = sorted(p.name for p in marks.iterdir())
    if tagged:
        assert done.returncode == 0, done.stdout + done.stderr
        assert written == []
        assert "flag taken" in done.stdout
        assert "lookup('pipe'" in done.stdout  # shown as the text it is
    else:
        assert written, done.stdout + done.stderr


def test_a_node_variable_cannot_stand_in_for_what_airlock_sets() -> None:
    for name in ("airlock_node", "airlock_labels"):
        with pytest.raises(inventory.UsageError, match="reserved"):
            inventory.parse_variables([f"{name}=other"])
    pin = HostKeyPin("ssh-ed25519", "AAAA")
    node = Node("gpu-a", "10.0.0.1", 22, "airlock", {"site": "n"}, {"airlock_node": "other", "airlock_root": "/r"}, (pin,))
    host = inventory.ansible_inventory([node])["all"]["hosts"]["gpu-a"]
    assert host["airlock_node"] == "gpu-a"
    assert host["airlock_labels"] == {"site": "n"}
    assert host["airlock_root"] == "/r"
