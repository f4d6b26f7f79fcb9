"""The layers of DESIGN.md, checked by reading every module's imports."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "fazhi_desktop"
STDLIB = sys.stdlib_module_names


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


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
