"""What a playbooks bundle may hold: one good bundle, then each way to reach the appliance, refused."""

from __future__ import annotations

import pytest

from app.core.bundles.playbook_content import (
    PlaybookContentRefused,
    PlaybookFile,
    check_content,
    check_layout,
    needs_reading,
    playbook_names,
)

SITE = b"""---
- name: Restart the inference service
  hosts: gpu:&site_north
  become: true
  vars:
    ansible_become: true
    service: triton
  vars_files: [vars/common.yml]
  roles: [restart]
  tasks:
    - name: Show what runs
      ansible.builtin.debug:
        msg: "{{ service }} on {{ inventory_hostname }} ({{ lookup('ansible.builtin.vars', 'service') }})"
    - name: Loop over values
      ansible.builtin.command: echo {{ item }}
      with_items: [a, b]
      changed_when: false
    - name: Copy a file the bundle brings
      ansible.builtin.copy:
        src: files/motd
        dest: /etc/motd
        mode: "0644"
    - name: A block
      block:
        - ansible.builtin.include_tasks: tasks/extra.yml
      rescue:
        - ansible.builtin.fail:
            msg: failed
    - name: Copy on the node itself
      ansible.builtin.copy: src=/etc/hosts dest=/tmp/hosts remote_src=true
    - name: Delegate to another node
      ansible.builtin.command: uptime
      delegate_to: gpu-02
"""
ROLE_TASKS = b"""---
- name: Render the unit
  ansible.builtin.template:
    src: unit.j2
    dest: /etc/systemd/system/{{ service }}.service
  notify: restart
- ansible.builtin.include_role:
    name: restart
  when: false
"""
GOOD = {
    "site.yml": SITE,
    "README.md": b"# Operations playbooks\n",
    "vars/common.yml": b"service: triton\n",
    "files/motd": b"welcome\n",
    "roles/restart/tasks/main.yml": ROLE_TASKS,
    "roles/restart/handlers/main.yml": b"- name: restart\n  listen: restart\n  ansible.builtin.service: name=x state=restarted\n",
    "roles/restart/defaults/main.yml": b"service: triton\n",
    "roles/restart/meta/main.yml": b"dependencies: []\n",
    "roles/restart/templates/unit.j2": b"[Service]\nExecStart=/usr/bin/{{ service }} {{ q('ansible.builtin.items', [1]) }}\n",
}


def _check(files: dict[str, bytes]) -> list[str]:
    check_layout(files)
    return check_content([PlaybookFile(path, data) for path, data in files.items() if needs_reading(path)])


def test_a_bundle_of_playbooks_for_nodes_passes() -> None:
    assert _check(GOOD) == ["site"]
    assert playbook_names(["site.yml", "update.yaml", "roles/r/tasks/main.yml", "README.md"]) == ["site", "update"]


def _with(path: str, data: bytes) -> dict[str, bytes]:
    return {**GOOD, path: data}


def _task(text: str) -> dict[str, bytes]:
    return _with("site.yml", b"- hosts: all\n  tasks:\n" + text.encode())


REFUSED = [
    # content that does not parse
    (_with("site.yml", b"- hosts: [all\n"), "not valid YAML"),
    (_with("site.yml", b"- hosts: all\n  vars:\n    secret: !vault |\n      $ANSIBLE_VAULT;1.1\n"), "vault-encrypted"),
    (_with("site.yml", b"\xff\xfe- hosts: all\n"), "not UTF-8"),
    (_with("site.yml", b"hosts: all\n"), "a list of plays"),
    # running on the appliance
    (_with("site.yml", b"- hosts: localhost\n  tasks: []\n"), "could select the appliance"),
    (_with("site.yml", b"- hosts: 127.0.0.1\n"), "could select the appliance"),
    (_with("site.yml", b'- hosts: "{{ target }}"\n'), "could select the appliance"),
    (_with("site.yml", b"- hosts: all\n  connection: local\n"), "does not choose the connection"),
    (_task("    - local_action: ansible.builtin.command id\n"), "local_action runs the task on the appliance"),
    (_task("    - ansible.builtin.command: id\n      delegate_to: localhost\n"), "could run the task on the appliance"),
    (_task('    - ansible.builtin.command: id\n      delegate_to: "{{ where }}"\n'), "could run the task"),
    (_task("    - ansible.builtin.command: id\n      connection: local\n"), "does not choose the connection"),
    (_with("site.yml", b"- hosts: all\n  vars:\n    ansible_connection: local\n"), "ansible_connection"),
    (_with("roles/restart/defaults/main.yml", b"ansible_ssh_common_args: -o ProxyCommand=id\n"), "ansible_ssh"),
    (_task("    - ansible.builtin.set_fact:\n        ansible_host: 127.0.0.1\n"), "ansible_host"),
    (_task("    - ansible.builtin.fetch: src=/etc/shadow dest=/tmp/\n"), "acts on the appliance"),
    (_task("    - ansible.builtin.add_host: name=x ansible_connection=local\n"), "acts on the appliance"),
    (_task("    - ansible.builtin.command: id\n      become_method: community.general.machinectl\n"), "not sudo or su"),
    # modules the appliance does not have
    (_task("    - community.general.nmcli: {}\n"), "not on the appliance"),
    (_task("    - no_such_module: {}\n"), "no module named no_such_module"),
    (_task("    - name: two modules\n      ansible.builtin.command: id\n      ansible.builtin.shell: id\n"),
     "must name one module"),
    (_with("site.yml", b"- hosts: all\n  collections: [community.general]\n"), "collection community.general"),
    # reading the appliance
    (_task("    - ansible.builtin.debug: msg=\"{{ lookup('pipe', 'id') }}\"\n"), "lookup 'pipe'"),
    (_task("    - ansible.builtin.debug: msg=\"{{ lookup('file', '/etc/shadow') }}\"\n"), "lookup 'file'"),
    (_task("    - ansible.builtin.debug: msg=\"{{ query('env', 'HOME') }}\"\n"), "lookup 'env'"),
    (_task("    - ansible.builtin.debug: msg=\"{{ lookup(plugin, 'x') }}\"\n"), "cannot be checked"),
    (_task("    - ansible.builtin.debug: msg={{ item }}\n      with_file: [/etc/passwd]\n"), "with_file"),
    (_with("roles/restart/templates/unit.j2", b"{{ lookup('password', '/tmp/x') }}\n"), "lookup 'password'"),
    (_with("roles/restart/templates/unit.j2", b"{% include '/etc/shadow' %}\n"), "outside the bundle"),
    (_task("    - ansible.builtin.copy: src=/etc/shadow dest=/tmp/x\n"), "outside the bundle"),
    (_task("    - ansible.builtin.copy:\n        src: ../../etc/shadow\n        dest: /tmp/x\n"), "outside the bundle"),
    (_task('    - ansible.builtin.template:\n        src: "{{ path }}"\n        dest: /x\n'), "is a template"),
    (_task("    - ansible.builtin.include_vars: /etc/airlock.yml\n"), "outside the bundle"),
    (_with("site.yml", b"- hosts: all\n  vars_files: [/etc/shadow]\n"), "outside the bundle"),
    (_with("site.yml", b"- import_playbook: /usr/share/other.yml\n"), "outside the bundle"),
    (_with("site.yml", b"- hosts: all\n  roles: [elsewhere]\n"), "role 'elsewhere' is not in this bundle"),
    (_with("roles/restart/meta/main.yml", b"dependencies: [{role: geerlingguy.docker}]\n"), "is not in this bundle"),
]


@pytest.mark.parametrize(("files", "said"), REFUSED, ids=[said for _, said in REFUSED])
def test_content_that_reaches_the_appliance_is_refused(files: dict[str, bytes], said: str) -> None:
    with pytest.raises(PlaybookContentRefused) as caught:
        _check(files)
    assert said in str(caught.value)
    assert "This playbooks bundle is refused" in str(caught.value)
    assert caught.value.reason == "playbook-content"


LAYOUT = [
    (["README.md"], "no playbook"),
    (["site.yml", "library/evil.py"], "library/ directory"),
    (["site.yml", "roles/r/library/evil.py"], "library/ directory"),
    (["site.yml", "filter_plugins/f.py"], "filter_plugins/ directory"),
    (["site.yml", "group_vars/all.yml"], "group_vars/ directory"),
    (["site.yml", "ansible.cfg"], "does not configure Ansible"),
    (["site.yml", "run.sh"], "only playbooks and documentation"),
    (["Site Ops.yml"], "a playbook's name"),
    (["site.yml", "scripts/x.sh"], "scripts/ is not part"),
    (["site.yml", "roles/r/main.yml"], "role files go under"),
]


@pytest.mark.parametrize(("paths", "said"), LAYOUT, ids=[said for _, said in LAYOUT])
def test_files_outside_the_layout_are_refused_before_any_is_read(paths: list[str], said: str) -> None:
    with pytest.raises(PlaybookContentRefused, match=said):
        check_layout(paths)


def test_aliases_are_walked_once_not_expanded() -> None:
    """A YAML bomb of aliases is checked in linear time (each node once)."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]" for i in range(1, 30)]
    assert _check(_with("vars/common.yml", "\n".join(lines).encode())) == ["site"]
