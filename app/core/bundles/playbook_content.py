"""What a `playbooks` bundle may hold: Ansible content that runs on the nodes, never on the appliance.

Checked when the bundle is verified (so `bundle verify` and `bundle import` refuse alike),
after its manifest: every YAML file is read from the medium, checked against its signed
length and SHA-256, and parsed. A bundle is refused, with the file and the reason, when:

- a file is not valid YAML, or a vault-encrypted value (`!vault`) needs a password;
- a task uses a module that is not one of ansible-core's builtins (the appliance has no
  other collection), or one that acts on the appliance itself (`fetch` writes to it,
  `add_host` can add it); a play asks for other collections;
- anything would run on the appliance: `connection:`, `local_action`, `delegate_to` the
  appliance (localhost, a loopback address, or a template that could become one), a play
  on `localhost` or a templated host pattern, an `ansible_*` connection variable;
- a template or value looks something up on the appliance (`lookup('pipe'...)`, `file`,
  `env`, `password` ... and `with_file`-style loops): only lookups over values are allowed;
- a file would be read from the appliance rather than from the bundle (an absolute or
  `..` path for `src`, `vars_files`, `include_vars`, `import_playbook`, Jinja `include`);
- it brings plugins, modules or settings of its own (library/, *_plugins/, ansible.cfg,
  group_vars/, host_vars/, collections/) or files outside the layout below.

Layout: top-level `NAME.yml` files are the playbooks, offered as BUNDLE/NAME; beside them
`roles/ROLE/{tasks,handlers,defaults,vars,meta,templates,files}/...`, `vars/`, `files/`,
`templates/`, and documentation (`README*`, `*.md`, `LICENSE*`).
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from app.core.bundles.errors import BundleError, HashMismatch
from app.core.messages import say

MAX_FILE = 1024 * 1024
MAX_TOTAL = 32 * 1024 * 1024
PLAYBOOK_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
YAML_SUFFIXES = (".yml", ".yaml")
ROLE_YAML_DIRS = frozenset({"tasks", "handlers", "defaults", "vars", "meta"})
ROLE_DIRS = ROLE_YAML_DIRS | {"templates", "files"}
TOP_DIRS = frozenset({"roles", "vars", "files", "templates"})
DOCS = re.compile(r"(README|LICENSE|COPYING|CHANGELOG)([.-].*)?|.*\.md|sbom\.(spdx|cdx)\.json", re.IGNORECASE)
FORBIDDEN_DIRS = re.compile(r"library|module_utils|.*_plugins|plugins|collections|group_vars|host_vars")

# Lookups that only compute over values they are given; every other one reads or runs
# something on the machine that renders the template, which is the appliance.
SAFE_LOOKUPS = frozenset({"items", "list", "dict", "sequence", "subelements", "together", "nested",
                          "indexed_items", "random_choice", "vars", "varnames", "inventory_hostnames"})
# Builtins that act on the appliance rather than on the node.
APPLIANCE_MODULES = frozenset({"fetch", "add_host"})
# Builtins that read a file from the appliance (the `src` argument), unless told it is remote.
SOURCE_MODULES = frozenset({"copy", "template", "script", "assemble", "unarchive", "include_vars"})
INCLUDES = frozenset({"include_tasks", "import_tasks", "include_role", "import_role", "import_playbook"})
ALLOWED_ANSIBLE_VARS = frozenset({"ansible_become", "ansible_become_user"})
BECOME_METHODS = frozenset({"sudo", "su"})
LOOPBACK = re.compile(r"(localhost|127(\.\d+){0,3}|::1|0:0:0:0:0:0:0:1)(\.localdomain)?", re.IGNORECASE)
TASK_KEYWORDS = frozenset({
    "action", "any_errors_fatal", "args", "async", "become", "become_exe", "become_flags", "become_method",
    "become_user", "changed_when", "check_mode", "collections", "connection", "debugger", "delay",
    "delegate_facts", "delegate_to", "diff", "environment", "failed_when", "ignore_errors", "ignore_unreachable",
    "local_action", "loop", "loop_control", "module_defaults", "name", "no_log", "notify", "poll", "port",
    "register", "remote_user", "retries", "run_once", "tags", "throttle", "timeout", "until", "vars", "when",
    "listen", "block", "rescue", "always",
})
PLAY_TASK_LISTS = ("pre_tasks", "tasks", "post_tasks", "handlers")
_LOOKUP_CALL = re.compile(r"\b(?:lookup|query|q)\s*\(\s*(['\"])([A-Za-z0-9_.]+)\1")
_LOOKUP_ANY = re.compile(r"\b(?:lookup|query)\s*\(")
_JINJA_INCLUDE = re.compile(r"\{%-?\s*(?:include|import|extends|from)\s+(['\"])([^'\"]*)\1")
_TEMPLATED = re.compile(r"\{\{|\{%")


class PlaybookContentRefused(BundleError):
    """A playbooks bundle whose content would do more than run playbooks on nodes."""

    reason = "playbook-content"


def _refuse(path: str, why: str) -> PlaybookContentRefused:
    return PlaybookContentRefused(
        say("This playbooks bundle is refused: {file}: {reason}.", file=path, reason=why),
        say("Ask the publisher for a bundle whose playbooks run only on nodes, with ansible-core's builtin modules."),
    )


def builtin_modules() -> frozenset[str]:
    """The module names the installed ansible-core provides (its modules and action plugins).

    Read from its directories without importing Ansible (which would load its settings).
    """
    spec = importlib.util.find_spec("ansible")
    names: set[str] = set()
    if spec is not None and spec.origin is not None:
        base = Path(spec.origin).parent
        for directory in (base / "modules", base / "plugins" / "action"):
            names |= {p.stem for p in directory.glob("*.py") if not p.stem.startswith("_")}
    names |= {"meta", "include_tasks", "import_tasks", "include_role", "import_role", "import_playbook"}
    names.discard("normal")  # the action plugin behind every plain module, not a module
    return frozenset(names)


class _Loader(yaml.SafeLoader):  # type: ignore[misc] # PyYAML has no type information
    """YAML as Ansible reads it: `!unsafe` is a plain string; `!vault` is refused."""


def _unsafe(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)


def _vault(_loader: yaml.SafeLoader, _node: yaml.Node) -> Any:
    msg = "a vault-encrypted value (!vault) needs a password the appliance does not have"
    raise yaml.constructor.ConstructorError(None, None, msg)


_Loader.add_constructor("!unsafe", _unsafe)
_Loader.add_constructor("!vault", _vault)
_Loader.add_constructor("!vault-encrypted", _vault)


@dataclass(frozen=True)
class PlaybookFile:
    """One file of the bundle as the check sees it."""

    path: str
    data: bytes


def playbook_names(paths: Iterable[str]) -> list[str]:
    """The playbooks a bundle offers: its top-level YAML files, by name without the suffix."""
    return sorted(PurePosixPath(p).stem for p in paths if "/" not in p and p.endswith(YAML_SUFFIXES))


def needs_reading(path: str) -> bool:
    """Whether the check reads this file (YAML it parses, templates it scans)."""
    parts = PurePosixPath(path).parts
    return path.endswith(YAML_SUFFIXES) or "templates" in parts


def check_layout(paths: Iterable[str]) -> None:
    """Refuse files outside the layout (plugins, settings, inventories) before reading any."""
    found = list(paths)
    if not playbook_names(found):
        raise _refuse("(bundle)", "it has no playbook (a NAME.yml file at its top level)")
    for path in found:
        _check_path(path)


def _check_path(path: str) -> None:
    parts = PurePosixPath(path).parts
    for part in parts[:-1]:
        if FORBIDDEN_DIRS.fullmatch(part):
            raise _refuse(path, f"a {part}/ directory would add plugins, modules or inventory to the appliance")
    name = parts[-1]
    if name == "ansible.cfg":
        raise _refuse(path, "a bundle does not configure Ansible")
    if len(parts) == 1:
        if not name.endswith(YAML_SUFFIXES) and not DOCS.fullmatch(name):
            raise _refuse(path, "only playbooks and documentation lie at the top level")
        if name.endswith(YAML_SUFFIXES) and not PLAYBOOK_NAME.fullmatch(PurePosixPath(name).stem):
            raise _refuse(path, "a playbook's name is 1-64 lowercase letters, digits, '-' or '_'")
    elif parts[0] not in TOP_DIRS:
        raise _refuse(path, f"{parts[0]}/ is not part of a playbooks bundle (roles/, vars/, files/, templates/)")
    elif parts[0] == "roles" and (len(parts) < 4 or parts[2] not in ROLE_DIRS):  # noqa: PLR2004 - roles/R/D/F
        raise _refuse(path, "role files go under roles/ROLE/{tasks,handlers,defaults,vars,meta,templates,files}/")


def check_content(files: list[PlaybookFile]) -> list[str]:
    """Check every file read (see the module's docstring); returns the playbook names."""
    if sum(len(f.data) for f in files) > MAX_TOTAL:
        raise _refuse("(bundle)", f"its YAML and templates exceed {MAX_TOTAL} bytes")
    modules = builtin_modules()
    roles = {PurePosixPath(f.path).parts[1] for f in files if f.path.startswith("roles/")}
    for item in files:
        checker = _Checker(item.path, modules, roles)
        text = _text(item)
        if item.path.endswith(YAML_SUFFIXES):
            checker.check_yaml(text)
        else:
            checker.check_template(text)
    return playbook_names(f.path for f in files)


def _text(item: PlaybookFile) -> str:
    if len(item.data) > MAX_FILE:
        raise _refuse(item.path, f"it is larger than {MAX_FILE} bytes")
    try:
        return item.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(item.path, "it is not UTF-8 text") from exc


class _Checker:
    """The checks of one file; `kind` follows from where the file lies."""

    def __init__(self, path: str, modules: frozenset[str], roles: set[str]) -> None:
        self.path = path
        self.modules = modules
        self.roles = roles
        parts = PurePosixPath(path).parts
        if len(parts) == 1:
            self.kind = "playbook"
        elif parts[0] == "roles" and parts[2] in {"tasks", "handlers"}:
            self.kind = "tasks"
        elif parts[0] == "roles" and parts[2] == "meta":
            self.kind = "meta"
        else:
            self.kind = "vars"

    def fail(self, why: str) -> PlaybookContentRefused:
        return _refuse(self.path, why)

    # -- text ------------------------------------------------------------------------------------

    def check_template(self, text: str) -> None:
        self.check_string(text)
        for _, target in _JINJA_INCLUDE.findall(text):
            self.check_local_path(target, "a template include")

    def check_string(self, text: str) -> None:
        for _, plugin in _LOOKUP_CALL.findall(text):
            name = plugin.rsplit(".", 1)[-1]
            if name not in SAFE_LOOKUPS or (plugin.count(".") and not plugin.startswith("ansible.builtin.")):
                raise self.fail(f"the lookup {plugin!r} would read or run something on the appliance")
        if len(_LOOKUP_ANY.findall(text)) > len(_LOOKUP_CALL.findall(text)):
            raise self.fail("a lookup whose plugin is not a plain quoted name cannot be checked")

    def check_local_path(self, value: object, what: str) -> None:
        text = str(value)
        if _TEMPLATED.search(text):
            raise self.fail(f"{what} path is a template, so it could name a file on the appliance")
        path = PurePosixPath(text)
        if path.is_absolute() or ".." in path.parts or text.startswith("~"):
            raise self.fail(f"{what} path {text!r} lies outside the bundle")

    # -- YAML ------------------------------------------------------------------------------------

    def check_yaml(self, text: str) -> None:
        try:
            documents = list(yaml.load_all(text, Loader=_Loader))
        except yaml.YAMLError as exc:
            raise self.fail(f"it is not valid YAML ({str(exc).splitlines()[0]})") from exc
        seen: set[int] = set()
        for document in documents:
            self.walk_strings(document, seen)
            if document is None:
                continue
            if self.kind == "playbook":
                self.check_plays(document)
            elif self.kind == "tasks":
                self.check_tasks(document)
            elif self.kind == "meta":
                self.check_meta(document)
            else:
                self.check_vars(document)

    def walk_strings(self, node: object, seen: set[int]) -> None:
        """Every key and string once (aliases shared, not expanded)."""
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, str):
            self.check_string(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                self.walk_strings(key, seen)
                self.walk_strings(value, seen)
        elif isinstance(node, list):
            for value in node:
                self.walk_strings(value, seen)

    def check_vars(self, variables: object) -> None:
        if variables is None:
            return
        if not isinstance(variables, dict):
            raise self.fail("variables must be a mapping")
        for name in variables:
            if str(name).startswith("ansible_") and name not in ALLOWED_ANSIBLE_VARS:
                raise self.fail(f"the variable {name} would change how Ansible reaches nodes")

    def check_plays(self, plays: object) -> None:
        if not isinstance(plays, list):
            raise self.fail("a playbook is a list of plays")
        for play in plays:
            if not isinstance(play, dict):
                raise self.fail("each play is a mapping")
            if "import_playbook" in play:
                self.check_local_path(play["import_playbook"], "an imported playbook")
                continue
            self.check_play(play)

    def check_play(self, play: dict[Any, Any]) -> None:
        hosts = play.get("hosts")
        if not isinstance(hosts, (str, list)) or not hosts:
            raise self.fail("each play names its hosts")
        for item in hosts if isinstance(hosts, list) else re.split(r"[,:]", hosts):
            pattern = str(item).strip().lstrip("!&")
            if _TEMPLATED.search(pattern) or LOOPBACK.fullmatch(pattern):
                raise self.fail(f"the hosts pattern {pattern!r} could select the appliance itself")
        self.check_common(play)
        for name in play.get("collections") or []:
            if name not in {"ansible.builtin", "ansible.legacy"}:
                raise self.fail(f"the collection {name} is not on the appliance (only ansible-core's builtins)")
        for path in play.get("vars_files") or []:
            for one in path if isinstance(path, list) else [path]:
                self.check_local_path(one, "a vars file")
        for role in play.get("roles") or []:
            self.check_role_reference(role.get("role", role.get("name")) if isinstance(role, dict) else role)
        for key in PLAY_TASK_LISTS:
            self.check_tasks(play.get(key) or [])

    def check_common(self, entry: dict[Any, Any]) -> None:
        """Keywords a play and a task share."""
        if "connection" in entry:
            raise self.fail("a bundle does not choose the connection (it could be local, on the appliance)")
        method = entry.get("become_method")
        if method is not None and method not in BECOME_METHODS:
            raise self.fail(f"the become method {method!r} is not sudo or su")
        self.check_vars(entry.get("vars"))
        if "delegate_to" in entry:
            target = str(entry["delegate_to"]).strip()
            if _TEMPLATED.search(target) or LOOPBACK.fullmatch(target):
                raise self.fail(f"delegate_to {target!r} could run the task on the appliance")

    def check_role_reference(self, name: object) -> None:
        if not isinstance(name, str) or name not in self.roles:
            raise self.fail(f"the role {name!r} is not in this bundle's roles/")

    def check_meta(self, meta: object) -> None:
        if not isinstance(meta, dict):
            raise self.fail("a role's meta is a mapping")
        for dependency in meta.get("dependencies") or []:
            self.check_role_reference(
                dependency.get("role", dependency.get("name")) if isinstance(dependency, dict) else dependency
            )
        if meta.get("collections"):
            raise self.fail("a role does not bring collections")

    def check_tasks(self, tasks: object) -> None:
        if not isinstance(tasks, list):
            raise self.fail("a task list is a list")
        for task in tasks:
            if not isinstance(task, dict):
                raise self.fail("each task is a mapping")
            self.check_task(task)

    def check_task(self, task: dict[Any, Any]) -> None:
        if "local_action" in task:
            raise self.fail("local_action runs the task on the appliance")
        self.check_common(task)
        for key in ("block", "rescue", "always"):
            if key in task:
                self.check_tasks(task[key])
        if "block" in task:
            return
        for key in task:
            if str(key).startswith("with_") and str(key)[5:] not in SAFE_LOOKUPS:
                raise self.fail(f"{key} would read or run something on the appliance")
        module, args = self.module_of(task)
        self.check_module(module, args, task)

    def module_of(self, task: dict[Any, Any]) -> tuple[str, object]:
        if "action" in task:
            action = task["action"]
            if isinstance(action, dict):
                return str(action.get("module", "")), action
            words = str(action).split(None, 1)
            return (words[0] if words else ""), (words[1] if len(words) > 1 else "")
        candidates = [k for k in task if k not in TASK_KEYWORDS and not str(k).startswith("with_")]
        if len(candidates) != 1:
            raise self.fail(f"a task must name one module (found {', '.join(map(str, candidates)) or 'none'})")
        module = str(candidates[0])
        return module, task[module] if task[module] is not None else ""

    def check_module(self, module: str, args: object, task: dict[Any, Any]) -> None:
        short = module
        for prefix in ("ansible.builtin.", "ansible.legacy."):
            short = short.removeprefix(prefix)
        if "." in short:
            raise self.fail(f"the module {module} is not on the appliance (only ansible-core's builtins)")
        if short not in self.modules:
            raise self.fail(f"there is no module named {module} in ansible-core")
        if short in APPLIANCE_MODULES:
            raise self.fail(f"{module} acts on the appliance, not on the node")
        arguments = _arguments(args)
        if isinstance(task.get("args"), dict):
            arguments.update(task["args"])
        if short == "set_fact":
            self.check_vars({k: v for k, v in arguments.items() if k != "cacheable"})
        self.check_file_arguments(short, arguments)

    def check_file_arguments(self, short: str, arguments: dict[str, Any]) -> None:
        """Files a module reads on the appliance must be the bundle's own; roles must be in it."""
        if short in SOURCE_MODULES and not _true(arguments.get("remote_src")):
            source = arguments.get("src", arguments.get("file", arguments.get("_raw_params")))
            if source is not None:
                self.check_local_path(source, f"{short}'s source")
        if short in INCLUDES:
            target = arguments.get("name", arguments.get("file", arguments.get("_raw_params")))
            if short.endswith("_role"):
                self.check_role_reference(target)
            elif target is not None:
                self.check_local_path(target, f"{short}'s")


def _true(value: object) -> bool:
    return str(value).strip().lower() in {"true", "yes", "1", "on"}


def _arguments(args: object) -> dict[str, Any]:
    """A module's arguments, whether a mapping or `k=v` free form."""
    if isinstance(args, dict):
        return dict(args)
    text = str(args or "")
    found: dict[str, Any] = {}
    raw = []
    try:
        words = shlex.split(text)
    except ValueError:
        words = text.split()
    for word in words:
        key, sep, value = word.partition("=")
        if sep and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            found[key] = value
        else:
            raw.append(word)
    if raw:
        found["_raw_params"] = " ".join(raw)
    return found


def read_checked(sources: Iterable[Path], length: int, sha256: str, path: str) -> bytes:
    """A file's bytes from the medium (its parts in order), checked against the manifest."""
    if length > MAX_FILE:
        raise _refuse(path, f"it is larger than {MAX_FILE} bytes")
    data = bytearray()
    for source in sources:
        with source.open("rb") as handle:
            data += handle.read(length + 1 - len(data))
    if len(data) != length or hashlib.sha256(data).hexdigest() != sha256:
        # Damaged or altered after signing, as a payload file whose hash is wrong: not a content refusal.
        raise HashMismatch(say("{file} does not match its signed SHA-256.", file=f"payload/{path}"),
                           say("Do not use this bundle; ask the publisher for a new copy."))
    return bytes(data)
