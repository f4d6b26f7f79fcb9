"""The layers of DESIGN.md, checked by reading every module's imports.

Every module of fazhi_desktop belongs to one layer, and may import only the layers below it:

    base       fazhi_desktop/__init__.py (the version), paths.py: beside domain, importable by
               every layer but domain; stdlib and platformdirs only
    logs       logs.py: logging for the two entry points, its lines redacted by domain/; cli and ui only
    domain     stdlib and chinese_calendar only
    store      domain, base
    excel, pdf, exchange   pure formats: domain, base and their own folder, their own libraries
    services   domain, base, store, the formats
    cli, ui    domain, base, services, the formats: never store/ nor a database library;
               ui alone imports Qt; __main__.py is the cli's entry point

The one place that opens the database at start is services/context.py (`open_context`); ui/app.py
and cli/context.py call it, so it needs no exception here. Imports are read everywhere in a module
(inside functions and `if TYPE_CHECKING:` too), relative ones resolved, and `from package import
module` counted as importing that module.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "fazhi_desktop"
STDLIB = sys.stdlib_module_names

QT = frozenset({"PySide6", "shiboken6", "PyQt5", "PyQt6"})
#: What would let a window or a command reach the data without a service.
DATABASE_LIBRARIES = frozenset({"sqlalchemy", "alembic", "psycopg", "psycopg2", "sqlite3", "apsw"})
BASE = frozenset({"fazhi_desktop", "fazhi_desktop.paths"})
FORMATS = frozenset({"excel", "pdf", "exchange"})
#: Layer → the layers of the project it may import (its own included).
MAY_IMPORT: dict[str, frozenset[str]] = {
    "base": frozenset({"base"}),
    "logs": frozenset({"logs", "base", "domain"}),
    "domain": frozenset({"domain"}),
    "store": frozenset({"store", "domain", "base"}),
    **{name: frozenset({name, "domain", "base"}) for name in FORMATS},
    "services": frozenset({"services", "store", "domain", "base", *FORMATS}),
    "cli": frozenset({"cli", "services", "domain", "base", "logs", *FORMATS}),
    "ui": frozenset({"ui", "services", "domain", "base", "logs", *FORMATS}),
}
#: Layer → the third-party packages it may import; None: any but those in NOT_THIRD_PARTY.
THIRD_PARTY: dict[str, frozenset[str] | None] = {
    "base": frozenset({"platformdirs"}),
    "logs": frozenset(),
    "domain": frozenset({"chinese_calendar"}),
    "excel": frozenset({"openpyxl", "python_calamine", "xlsxwriter"}),
    "pdf": frozenset({"reportlab"}),
    "exchange": frozenset({"cryptography"}),
    "store": None,
    "services": None,
    "cli": None,
    "ui": None,
}
NOT_THIRD_PARTY: dict[str, frozenset[str]] = {
    "store": QT,
    "services": QT,
    "cli": QT | DATABASE_LIBRARIES,
    "ui": DATABASE_LIBRARIES,
}


def _module_name(path: Path, package: Path) -> str:
    parts = [package.name, *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The absolute name `from ... import` reads from (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _imports(path: Path, package: Path = PACKAGE, known: frozenset[str] = frozenset()) -> set[str]:
    """Every module `path` imports, anywhere in it; `from a import b` is a.b when that is one of the
    `known` modules (a module of the package), else a."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _module_name(path, package) if path.is_relative_to(package) else path.stem
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(node, module, path.name == "__init__.py")
            submodules = {f"{source}.{alias.name}" for alias in node.names} & known
            names.update(submodules or {source})
            if len(submodules) < len(node.names):
                names.add(source)
    return names


def _modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def layer_of(module: str) -> str | None:
    """The layer a module of fazhi_desktop belongs to (None: it belongs to none)."""
    if module in BASE:
        return "base"
    if module == "fazhi_desktop.logs":
        return "logs"
    if module == "fazhi_desktop.__main__":
        return "cli"
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in MAY_IMPORT else None


def layer_violations(package: Path = PACKAGE) -> list[str]:
    """Every import that breaks a layer's rule, and every module that belongs to no layer."""
    paths = {_module_name(p, package): p for p in _modules(package)}
    known = frozenset(paths)
    found = []
    for module, path in sorted(paths.items()):
        layer = layer_of(module)
        if layer is None:
            found.append(f"{module} belongs to no layer: place it in tests/test_layers.py")
            continue
        for name in sorted(_imports(path, package, known)):
            top = name.split(".")[0]
            if top == package.name:
                target = layer_of(name) if name in known else layer_of(_longest_known(name, known))
                if target not in MAY_IMPORT[layer]:
                    found.append(f"{module} ({layer}) imports {name} ({target})")
            elif top not in STDLIB and top != "__future__":
                allowed = THIRD_PARTY[layer]
                if (allowed is not None and top not in allowed) or (
                    allowed is None and top in NOT_THIRD_PARTY[layer]
                ):
                    found.append(f"{module} ({layer}) imports the library {name}")
            elif top in NOT_THIRD_PARTY.get(layer, frozenset()):
                found.append(f"{module} ({layer}) imports the library {name}")
    return found


def _longest_known(name: str, known: frozenset[str]) -> str:
    """The module an import names, or the package it sits in (`from pkg import a_function`)."""
    parts = name.split(".")
    while len(parts) > 1 and ".".join(parts) not in known:
        parts.pop()
    return ".".join(parts)


def test_nothing_below_ui_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in _modules(PACKAGE)
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert not offenders, "Qt outside fazhi_desktop/ui/:\n" + "\n".join(offenders)


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    allowed_third_party = {"chinese_calendar"}
    offenders = []
    for path in _modules(PACKAGE / "domain"):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in STDLIB or top == "__future__" or top in allowed_third_party:
                continue
            if name.startswith("fazhi_desktop.domain"):
                continue
            offenders.append(f"{path.name} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_lower_layers_do_not_import_upper_ones() -> None:
    upper = {
        "domain": ("fazhi_desktop.store", "fazhi_desktop.services", "fazhi_desktop.cli", "fazhi_desktop.ui"),
        "store": ("fazhi_desktop.services", "fazhi_desktop.cli", "fazhi_desktop.ui"),
        "services": ("fazhi_desktop.cli", "fazhi_desktop.ui"),
    }
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for layer, forbidden in upper.items()
        for path in _modules(PACKAGE / layer)
        for name in _imports(path)
        if name.startswith(forbidden)
    ]
    assert not offenders, "\n".join(offenders)


def test_the_check_itself_sees_a_qt_import(tmp_path: Path) -> None:
    """Guards the guard: the import reader must notice `from PySide6 import ...`."""
    module = tmp_path / "leak.py"
    module.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(module)


def test_every_module_keeps_to_its_layer() -> None:
    violations = layer_violations()
    assert not violations, "Imports across the layers of DESIGN.md:\n" + "\n".join(violations)


def _fake_package(root: Path, files: dict[str, str]) -> Path:
    package = root / "fazhi_desktop"
    for name, text in {"__init__.py": "", **files}.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in path.relative_to(package).parents:
            (package / folder / "__init__.py").touch()
        path.write_text(text, encoding="utf-8")
    return package


def test_the_check_itself_sees_a_format_importing_a_service(tmp_path: Path) -> None:
    """Guards the guard: a format reaching a service is reported, however the import is written."""
    package = _fake_package(
        tmp_path,
        {
            "services/context.py": "",
            "services/outreach/events.py": "",
            "excel/plain.py": "from fazhi_desktop.services.context import Context\n",
            "excel/relative.py": "from ..services.outreach import events\n",
            "excel/hidden.py": "def read():\n    import fazhi_desktop.services.context\n",
            "pdf/through_package.py": "from fazhi_desktop import services\n",
        },
    )
    found = "\n".join(layer_violations(package))
    assert "fazhi_desktop.excel.plain (excel) imports fazhi_desktop.services.context (services)" in found
    assert "fazhi_desktop.excel.relative (excel) imports fazhi_desktop.services.outreach.events" in found
    assert "fazhi_desktop.excel.hidden (excel) imports fazhi_desktop.services.context" in found
    assert "fazhi_desktop.pdf.through_package (pdf) imports fazhi_desktop.services " in found


def test_the_check_itself_sees_a_window_reaching_the_store(tmp_path: Path) -> None:
    package = _fake_package(
        tmp_path,
        {
            "store/search.py": "",
            "ui/keeper.py": "from fazhi_desktop.store import search\n",
            "cli/query.py": "import sqlalchemy\n",
            "services/window.py": "from PySide6.QtWidgets import QWidget\n",
            "excel/sql.py": "from sqlalchemy import select\n",
        },
    )
    found = "\n".join(layer_violations(package))
    assert "fazhi_desktop.ui.keeper (ui) imports fazhi_desktop.store.search (store)" in found
    assert "fazhi_desktop.cli.query (cli) imports the library sqlalchemy" in found
    assert "fazhi_desktop.services.window (services) imports the library PySide6.QtWidgets" in found
    assert "fazhi_desktop.excel.sql (excel) imports the library sqlalchemy" in found


def test_the_check_itself_sees_a_module_in_no_layer(tmp_path: Path) -> None:
    package = _fake_package(tmp_path, {"plugins/extra.py": "", "helpers.py": ""})
    found = layer_violations(package)
    assert any(line.startswith("fazhi_desktop.plugins.extra belongs to no layer") for line in found)
    assert any(line.startswith("fazhi_desktop.helpers belongs to no layer") for line in found)
