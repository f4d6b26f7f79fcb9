"""No import cycle between the modules of fazhi_desktop, not even one hidden inside a function.

Every import counts: at module level, inside functions and under `if TYPE_CHECKING:`. An import
inside a function is fine for start-up speed, but a cycle it hides still ties the two modules
together, so the shared part belongs in a module below both (DESIGN.md).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "fazhi_desktop"


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, level: int, target: str | None) -> str:
    """The absolute name `from <dots><target> import ...` means inside `module`."""
    if level == 0:
        return target or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def _target(name: str, known: set[str]) -> str | None:
    """The project module an import of `name` runs: itself, or the nearest package or module above."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module → the project modules it imports anywhere in its text."""
    paths = {_module_name(path, root): path for path in sorted((root / package).rglob("*.py"))}
    known = set(paths)
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                source = _resolve(module, is_package, node.level, node.module)
                # `from pkg import name` imports the module pkg.name when there is one.
                names = [
                    f"{source}.{alias.name}" for alias in node.names if f"{source}.{alias.name}" in known
                ]
                if len(names) < len(node.names):
                    names.append(source)
            for name in names:
                target = _target(name, known)
                if target is not None and target != module:
                    edges.add(target)
        graph[module] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One shortest cycle through each tangle of modules that import each other (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so a long chain of imports cannot reach the recursion limit.
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(_shortest_loop(graph, component) for component in components)


def _shortest_loop(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    members = set(component)
    start = component[0]
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(graph[node] & members):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [*reversed(path), start]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    raise AssertionError(f"no loop through {start}")  # a strongly connected component always has one


def test_no_module_of_fazhi_desktop_imports_itself_round_a_cycle() -> None:
    found = cycles(import_graph(ROOT, PACKAGE))
    assert not found, "import cycles:\n" + "\n".join(" → ".join(loop) for loop in found)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_check_sees_a_cycle_hidden_in_a_function(tmp_path: Path) -> None:
    """Guards the guard on made-up modules: relative imports, `from pkg import module`, lazy imports."""
    _write(
        tmp_path,
        {
            "made/__init__.py": "",
            "made/low/__init__.py": "",
            "made/low/settings.py": "from ..high import triage\n",
            "made/high/__init__.py": "",
            "made/high/triage.py": "import os\n\ndef tier():\n    from made.high.calendar import due\n    return due\n",
            "made/high/calendar.py": "def due():\n    from .. import low\n    from ..low import settings\n",
            "made/leaf.py": "from made.low.settings import VALUE\n",
        },
    )
    graph = import_graph(tmp_path, "made")
    assert graph["made.low.settings"] == {"made.high.triage"}
    assert graph["made.high.calendar"] == {"made.low", "made.low.settings"}
    assert graph["made.leaf"] == {"made.low.settings"}
    assert cycles(graph) == [
        ["made.high.calendar", "made.low.settings", "made.high.triage", "made.high.calendar"]
    ]


def test_the_check_finds_nothing_when_the_shared_part_moved_down(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "made/__init__.py": "from made import b\n",
            "made/a.py": "from made import defaults\n",
            "made/b.py": "def late():\n    from made.a import x\n",
            "made/defaults.py": "X = 1\n",
        },
    )
    assert cycles(import_graph(tmp_path, "made")) == []
