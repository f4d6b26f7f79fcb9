"""The .deb for 统信UOS and 银河麒麟 (Debian-based), from a built bundle.

Layout of the UOS application packaging rules for third-party programs: everything under
/opt/apps/<appid>/ with `info` (JSON), `files/` (the bundle) and `entries/` (the menu entry and icons
the desktop exports); no maintainer scripts change the system. The menu entry is also placed in
/usr/share/applications under the same desktop-file id, so desktops that do not scan /opt/apps
(银河麒麟, plain Debian) show it too and those that do show it once; /usr/bin/fazhi links the
command line. The user's data stays in their home folder (platformdirs), never under /opt.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import subprocess
from pathlib import Path

from glibc import glibc_floor

log = logging.getLogger(__name__)

#: The package name and application id: fixed, or an upgrade would install beside the old one.
APPID = "cn.fazhi.xinfang"
NAME = "法治信访"
NAMES = {"zh_CN": "法治信访", "zh_TW": "法治信訪", "en": "Fazhi Petition Desk"}
GENERIC = {"zh_CN": "信访业务系统", "zh_TW": "信訪業務系統", "en": "Petition case management"}
COMMENT = {
    "zh_CN": "信访件登记、办理、统计与报表（单机离线使用）",
    "zh_TW": "信訪件登記、辦理、統計與報表（單機離線使用）",
    "en": "Register, handle and report petition cases, offline",
}
ICON_SIZES = (48, 256)


def deb_arch() -> str:
    """The Debian name of this machine's architecture (amd64, arm64, ...)."""
    found = shutil.which("dpkg")
    if found:
        return subprocess.run(
            [found, "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def info_version(version: str) -> str:
    """UOS's info file wants four numbers."""
    numbers = [n for n in version.replace("-", ".").split(".") if n.isdigit()][:4]
    return ".".join([*numbers, *["0"] * (4 - len(numbers))])


def desktop_entry(exec_path: str, icon_path: str) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={NAME}",
        *(f"Name[{lang}]={text}" for lang, text in NAMES.items()),
        f"GenericName={GENERIC['zh_CN']}",
        *(f"GenericName[{lang}]={text}" for lang, text in GENERIC.items()),
        f"Comment={COMMENT['zh_CN']}",
        *(f"Comment[{lang}]={text}" for lang, text in COMMENT.items()),
        f"Exec={exec_path}",
        f"Icon={icon_path}",
        "Terminal=false",
        "Categories=Office;",
        "Keywords=信访;法治;台账;统计;xinfang;petition;",
        "StartupWMClass=fazhi-desktop",
        "",
    ]
    return "\n".join(lines)


def _copy_tree(source: Path, target: Path) -> None:
    """Hard links where the file system allows (the bundle is 200+ MB), else copies."""
    try:
        shutil.copytree(source, target, copy_function=os.link, symlinks=True)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, symlinks=True)


def stage(bundle: Path, icons: Path, version: str, staging: Path, glibc: str | None = None) -> Path:
    """Lay out the package's files under `staging` (emptied first); returns it. `glibc` is the oldest
    C library the bundle runs on (packaging/glibc.py reads it from the binaries when not given)."""
    if glibc is None:
        glibc = glibc_floor(bundle).version
    arch = deb_arch()
    shutil.rmtree(staging, ignore_errors=True)
    app = staging / "opt" / "apps" / APPID
    _copy_tree(bundle, app / "files")
    exec_path = f"/opt/apps/{APPID}/files/fazhi-desktop"
    icon_rel = f"entries/icons/hicolor/256x256/apps/{APPID}.png"
    for size in ICON_SIZES:
        source = icons / ("fazhi.png" if size == 256 else f"fazhi-{size}.png")
        target = app / "entries" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APPID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    entry = desktop_entry(exec_path, f"/opt/apps/{APPID}/{icon_rel}")
    for folder in (app / "entries" / "applications", staging / "usr" / "share" / "applications"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APPID}.desktop").write_text(entry, encoding="utf-8")
    info = {
        "appid": APPID,
        "name": NAME,
        "version": info_version(version),
        "arch": [arch],
        "permissions": {
            "autostart": False,
            "notification": False,
            "trayicon": False,
            "clipboard": True,
            "account": False,
            "bluetooth": False,
            "camera": False,
            "audio_record": False,
            "installed_apps": False,
        },
    }
    (app / "info").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True, exist_ok=True)
    (bin_dir / "fazhi").symlink_to(f"/opt/apps/{APPID}/files/fazhi")
    _control(staging, version, arch, app, glibc)
    return staging


def _control(staging: Path, version: str, arch: str, app: Path, floor: str | None) -> None:
    size_kib = sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    # The real minimum, from the binaries (not the build machine's own glibc, which may be newer):
    # dpkg then refuses the package on an older 统信UOS / 麒麟 in words instead of a crash at start.
    depends = [
        f"libc6 (>= {floor})" if floor else "libc6",
        "libfontconfig1",
        "libfreetype6",
        "libxkbcommon0",
        "libxkbcommon-x11-0",
        "libegl1",
        "libgl1",
        "libdbus-1-3",
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxcb-shape0",
    ]
    control = "\n".join(
        [
            f"Package: {APPID}",
            f"Version: {version}",
            f"Architecture: {arch}",
            "Maintainer: 法治信访 <fazhi@localhost>",
            f"Installed-Size: {size_kib}",
            f"Depends: {', '.join(depends)}",
            "Section: utils",
            "Priority: optional",
            f"Description: {NAME} — {GENERIC['zh_CN']}",
            " 县信访局和乡镇信访办公室的桌面程序：信访件登记、办理、统计与报表。",
            " 数据保存在用户自己的文件夹中（~/.local/share/fazhi-desktop），卸载不会删除。",
            "",
        ]
    )
    debian = staging / "DEBIAN"
    debian.mkdir(parents=True, exist_ok=True)
    (debian / "control").write_text(control, encoding="utf-8")


def build(staging: Path, target: Path) -> Path:
    """dpkg-deb the staged tree into `target` (gzip: every dpkg of 统信UOS and 麒麟 reads it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(staging), str(target)],
        check=True,
        capture_output=True,
    )
    return target


def deb_name(version: str) -> str:
    return f"{APPID}_{version}_{deb_arch()}.deb"
