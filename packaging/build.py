"""Build the bundle for the platform this runs on, prove it works, and pack it.

    python packaging/build.py [--skip-pyinstaller] [--no-deb] [--dist DIR]

1. PyInstaller with packaging/fazhi_desktop.spec (one folder, `fazhi-desktop` and `fazhi`);
2. the bundled program's `--self-test` (a scratch database, a workbook, a Chinese PDF, the calendar,
   the translation, the window offscreen) in a clean environment with an empty home folder;
3. a zip of the bundle and its SHA-256 (`<zip>.sha256`, the format `sha256sum -c` reads);
4. on Linux, a .deb for 统信UOS and 银河麒麟 (packaging/deb.py) and its SHA-256.
What was made, with sizes and times, is written to <dist>/build-info.json (scripts/smoke-bundle and
packaging/README.md read it). PyInstaller does not cross-compile: run this on each target system.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import platform
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from fazhi_desktop import __version__  # noqa: E402 - the checkout's package, not an installed one

log = logging.getLogger("build")
BUNDLE_NAME = "fazhi-desktop"
WINDOWS = sys.platform == "win32"


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    return f"{system}-{ {'amd64': 'x64', 'x86_64': 'x64', 'aarch64': 'arm64'}.get(machine, machine) }"


def run_pyinstaller(dist: Path, work: Path) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(HERE / "fazhi_desktop.spec"),
    ]  # fmt: skip
    log.info("PyInstaller: %s", " ".join(command))
    subprocess.run(command, check=True, cwd=ROOT)


def executable(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if WINDOWS else name)


def clean_environment(home: Path) -> dict[str, str]:
    """What a clerk's session looks like: no Python on PATH, no PYTHONPATH, an empty home folder."""
    keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "COMSPEC", "LANG", "LC_ALL")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env["PATH"] = os.pathsep.join(
        [r"C:\Windows\System32", r"C:\Windows"] if WINDOWS else ["/usr/bin", "/bin"]
    )
    env["HOME"] = str(home)
    if WINDOWS:
        env["USERPROFILE"] = str(home)
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def self_test(bundle: Path) -> str:
    """Run the bundle's --self-test; its output (empty from a windowed Windows build, where the exit
    status says it all)."""
    with tempfile.TemporaryDirectory(prefix="fazhi-home-") as home:
        done = subprocess.run(
            [str(executable(bundle, BUNDLE_NAME)), "--self-test"],
            env=clean_environment(Path(home)),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=300,
            check=False,
        )
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise SystemExit(f"the bundle's self-test failed ({done.returncode}):\n{output}")
    return output


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksum(path: Path) -> str:
    value = sha256(path)
    path.with_name(path.name + ".sha256").write_text(f"{value}  {path.name}\n", encoding="utf-8")
    return value


def make_zip(bundle: Path, target: Path) -> Path:
    """The bundle folder as a zip whose one top folder is `fazhi-desktop/`; executables keep their mode.
    A Linux bundle links its shared libraries into _internal/: those stay links (as `unzip` restores
    them) rather than second copies of the Qt libraries."""
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(bundle.rglob("*")):
            name = str(Path(BUNDLE_NAME) / path.relative_to(bundle)).replace(os.sep, "/")
            if path.is_symlink():
                link = zipfile.ZipInfo(name)
                link.create_system = 3  # unix, so the mode below is read
                link.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(link, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    return target


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the results go")
    parser.add_argument("--skip-pyinstaller", action="store_true", help="pack the bundle already in --dist")
    parser.add_argument(
        "--no-zip", action="store_true", help="do not write the zip (the smoke test needs none)"
    )
    parser.add_argument("--no-deb", action="store_true", help="on Linux, do not make the .deb")
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    bundle = dist / BUNDLE_NAME
    info: dict[str, object] = {
        "version": __version__,
        "platform": platform_tag(),
        "python": platform.python_version(),
    }

    started = time.perf_counter()
    if not args.skip_pyinstaller:
        run_pyinstaller(dist, ROOT / "build" / "pyinstaller")
        info["pyinstaller_seconds"] = round(time.perf_counter() - started, 1)
    elif (dist / "build-info.json").is_file():
        # Packing a bundle built before (the zip after the smoke test): keep what that build recorded.
        info = {**json.loads((dist / "build-info.json").read_text(encoding="utf-8")), **info}
    info["bundle_bytes"] = folder_size(bundle)
    log.info("bundle %s: %.0f MB", bundle, info["bundle_bytes"] / 1e6)  # type: ignore[operator]

    started = time.perf_counter()
    log.info("%s", self_test(bundle).rstrip())
    info["self_test_seconds"] = round(time.perf_counter() - started, 1)

    if not args.no_zip:
        started = time.perf_counter()
        archive = make_zip(bundle, dist / f"{BUNDLE_NAME}-{__version__}-{platform_tag()}.zip")
        info["zip"] = {
            "file": archive.name,
            "bytes": archive.stat().st_size,
            "sha256": write_checksum(archive),
        }
        info["zip_seconds"] = round(time.perf_counter() - started, 1)
        log.info("zip %s: %.0f MB", archive, archive.stat().st_size / 1e6)

    if sys.platform.startswith("linux"):
        import glibc

        floor = glibc.glibc_floor(bundle)
        info["glibc"] = {"needs": floor.version, "set_by": floor.files[:10], "elf_files": floor.scanned}
        log.info("needs glibc >= %s (set by %s)", floor.version, ", ".join(floor.files[:5]))

    if sys.platform.startswith("linux") and not args.no_deb:
        import deb

        started = time.perf_counter()
        staging = deb.stage(
            bundle, ROOT / "resources" / "icons", __version__, ROOT / "build" / "deb", floor.version
        )
        package = deb.build(staging, dist / deb.deb_name(__version__))
        info["deb"] = {
            "file": package.name,
            "bytes": package.stat().st_size,
            "sha256": write_checksum(package),
        }
        info["deb_seconds"] = round(time.perf_counter() - started, 1)
        log.info("deb %s: %.0f MB", package, package.stat().st_size / 1e6)

    (dist / "build-info.json").write_text(
        json.dumps(info, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    log.info("%s", json.dumps(info, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
