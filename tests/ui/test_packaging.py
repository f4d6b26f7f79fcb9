"""Packaging: the self-test the bundle runs, the spec's Qt modules, the .deb's layout, one version number.

Building the bundle itself takes minutes and is scripts/smoke-bundle's job (run by scripts/test).
"""

from __future__ import annotations

import ast
import configparser
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fazhi_desktop import __version__, paths
from fazhi_desktop.ui import self_test

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import deb  # noqa: E402 - packaging/ is not a package
import glibc  # noqa: E402


def test_the_self_test_passes_from_the_source_checkout(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert self_test.run(qapp) == 0
    out = capsys.readouterr().out
    for name in ("migrations", "demo data", "workbook", "pdf", "calendar", "translation", "window"):
        assert f"ok   {name} " in out, out
    assert out.rstrip().endswith("self-test passed")


def test_the_self_test_reports_a_failing_check(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bundle without its compiled translations must fail the build."""
    monkeypatch.setattr(self_test, "I18N", tmp_path)
    assert self_test.run(qapp) == 1
    assert "FAIL translation" in capsys.readouterr().out


def test_the_spec_keeps_exactly_the_qt_modules_the_program_imports() -> None:
    used = set()
    for path in (ROOT / "fazhi_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                used.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                used.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6."))
    spec = (PACKAGING / "fazhi_desktop.spec").read_text(encoding="utf-8")
    declared = re.search(r"QT_USED = \{([^}]*)\}", spec)
    assert declared is not None
    assert set(re.findall(r'"(\w+)"', declared.group(1))) == used, "update QT_USED in the spec"
    assert "upx=True" not in spec


def test_resources_are_found_beside_the_package_and_user_data_is_not() -> None:
    assert paths.resource("holidays", "cn.csv").is_file()
    assert (paths.I18N / "zh_CN.qm").is_file()
    assert paths.resource("icons", "fazhi.png").is_file()
    assert paths.resource("icons", "fazhi.ico").is_file()
    for folder in (paths.user_data(), paths.user_logs()):
        assert paths.ROOT not in folder.parents


def test_one_version_number() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = { attr = "fazhi_desktop.__version__" }' in pyproject
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    # The installer reads the version the spec stamped into fazhi-desktop.exe; it holds no number itself.
    iss = (PACKAGING / "installer.iss").read_text(encoding="utf-8-sig")
    assert 'GetStringFileInfo(BundleDir + "\\" + AppExe, "ProductVersion")' in iss
    assert not re.search(r"AppVersion\s*=?\s*\"?\d+\.\d+", iss)
    assert deb.info_version(__version__) == __version__ + ".0"


def test_the_deb_has_the_uos_layout_and_a_chinese_menu_entry(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("fazhi", "fazhi-desktop"):
        (bundle / name).write_text("#!/bin/sh\n", encoding="utf-8")
        (bundle / name).chmod(0o755)
    staging = deb.stage(bundle, ROOT / "resources" / "icons", "1.2.3", tmp_path / "staging")
    app = staging / "opt" / "apps" / deb.APPID
    info = json.loads((app / "info").read_text(encoding="utf-8"))
    assert info["appid"] == deb.APPID and info["version"] == "1.2.3.0"
    assert (app / "files" / "fazhi-desktop").is_file()
    assert (app / "entries" / "icons" / "hicolor" / "256x256" / "apps" / f"{deb.APPID}.png").is_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(app / "entries" / "applications" / f"{deb.APPID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name[zh_CN]"] == "法治信访"
    assert desktop["Exec"] == f"/opt/apps/{deb.APPID}/files/fazhi-desktop"
    assert Path(desktop["Icon"]).name == f"{deb.APPID}.png"
    assert not (staging / "DEBIAN" / "postinst").exists()  # no maintainer script changes the system
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed")
    package = deb.build(staging, tmp_path / "out.deb")
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(package)], capture_output=True, text=True, check=True
    ).stdout
    assert f"Package: {deb.APPID}" in fields and "Version: 1.2.3" in fields
    assert "Depends: libc6, " in fields  # shell scripts need no particular C library


def _readelf_floor(path: Path) -> str:
    """What binutils says the file needs (readelf -V): the highest GLIBC_ version."""
    shown = subprocess.run(["readelf", "-V", "-W", str(path)], capture_output=True, text=True, check=True)
    needs = shown.stdout.partition(".gnu.version_r")[2]
    versions = set(re.findall(r"Name: GLIBC_([0-9.]+)", needs))
    return max(versions, key=lambda v: tuple(map(int, v.split("."))))


def test_the_deb_needs_the_c_library_its_binaries_need(tmp_path: Path) -> None:
    """The floor is read from the bundle's ELF files, not from the build machine's own glibc."""
    import PySide6

    qt_core = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"
    if not sys.platform.startswith("linux") or not qt_core.is_file():
        pytest.skip("a Linux PySide6 wheel is needed")
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy(qt_core, bundle / "_internal" / qt_core.name)
    shutil.copy(Path(sys.executable).resolve(), bundle / "fazhi")
    (bundle / "fazhi-desktop").symlink_to("fazhi")  # a link is not read twice
    floor = glibc.glibc_floor(bundle)
    assert floor.scanned == 2 and floor.version is not None
    if shutil.which("readelf"):
        assert floor.version == max(
            _readelf_floor(bundle / "fazhi"),
            _readelf_floor(bundle / "_internal" / qt_core.name),
            key=lambda v: tuple(map(int, v.split("."))),
        )
    staging = deb.stage(bundle, ROOT / "resources" / "icons", "1.2.3", tmp_path / "staging")
    control = (staging / "DEBIAN" / "control").read_text(encoding="utf-8")
    assert f"Depends: libc6 (>= {floor.version})," in control


def test_a_pdf_says_in_its_properties_which_faces_printed_it(tmp_path: Path) -> None:
    from pypdf import PdfReader
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from fazhi_desktop.pdf.document import REPORT_PAGE, build
    from fazhi_desktop.pdf.fonts import FontSet, font_set

    fonts = font_set([])  # no official face: the shipped font throughout
    target = tmp_path / "告知书.pdf"
    build(
        target,
        [Paragraph("信访事项受理告知书", ParagraphStyle("body", fontName=fonts.fang))],
        REPORT_PAGE,
        fonts,
        title="告知书",
    )
    keywords = str(PdfReader(target).metadata["/Keywords"])
    assert "正文（仿宋）：文泉驿微米黑（随程序提供）" in keywords
    official = FontSet(
        "a", "b", "c", "d", "e", embolden_title=True, official=("fang",), files=(("fang", "simfang.ttf"),)
    )
    assert "正文（仿宋）：simfang.ttf" in official.description()
    assert "标题（小标宋）：文泉驿微米黑（随程序提供）加粗代替" in official.description()
