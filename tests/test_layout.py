"""The package's shape: one-way layers, no import cycles, modules of a readable size, every
package shipped, and a README map that names every folder."""
from __future__ import annotations

import ast
import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "integrity"
# The flow a finding takes; a module may import only from its own layer or those before it.
LAYERS = ["paths", "config", "i18n", "read", "text", "detect", "findings", "store", "scale", "rating", "report", "api",
          "live", "web", "cli"]
MAX_LINES = 600


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The project modules ``name`` imports at module level (not inside functions, and not
    under ``if TYPE_CHECKING``), resolved to the longest known module name."""
    tree = ast.parse(path.read_text("utf-8"))
    targets: set[str] = set()

    def visit(nodes):
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                targets.add(node.module)
                targets.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, (ast.If, ast.Try)):
                visit(node.body)
                visit(getattr(node, "orelse", []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(tree.body)
    resolved = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name and target != "integrity":
            resolved.add(target)
    return resolved


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, set(modules)) for name, path in modules.items()}


def _layer(module: str) -> int:
    part = module.split(".")[1] if "." in module else ""
    return LAYERS.index(part)


def test_every_module_is_in_a_layer():
    strays = [m for m in _modules() if m != "integrity" and m.split(".")[1] not in LAYERS
              and m != "integrity.__main__"]
    assert strays == []


def test_imports_go_one_way():
    upward = [(module, target) for module, targets in _graph().items() if module not in ("integrity", "integrity.__main__")
              for target in targets if _layer(target) > _layer(module)]
    assert upward == []


def test_no_import_cycles():
    graph = _graph()
    cycles, state = [], {}

    def walk(node, stack):
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                walk(target, stack)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            walk(node, [])
    assert cycles == []


def test_modules_stay_readable():
    long = {name: n for name, path in _modules().items() if (n := len(path.read_text("utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_every_package_is_shipped():
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    listed = set(config["options"]["packages"].split())
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert on_disk - listed == set()


def test_readme_maps_every_folder():
    readme = (ROOT / "README.md").read_text("utf-8")
    folders = {p.parent.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("__init__.py")} - {"integrity"}
    missing = sorted(f for f in folders if f"`{f}/`" not in readme)
    assert missing == []
