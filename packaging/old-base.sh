#!/usr/bin/env bash
# Build and smoke-test the Linux bundle and .deb inside an old Debian, so that they run on 统信UOS 20
# (glibc 2.28) and 银河麒麟 V10 (glibc 2.31). A bundle needs a C library at least as new as every
# library it carries, and PyInstaller carries the build system's own (libstdc++, libexpat …): built on
# Debian 12 it needs glibc 2.36. Run by .github/workflows/bundles.yml as
#     docker run --rm -v "$PWD:/src" -w /src -e FAZHI_GLIBC_MAX=2.28 debian:buster packaging/old-base.sh
# (it cannot run on the development machines, which have no container daemon).
# - Python 3.11 is python-build-standalone's (via uv): built for glibc 2.17, with a shared libpython
#   (PyInstaller needs one) and a recent SQLite with FTS5 (buster's own SQLite 3.27 has no trigram
#   tokenizer, which the program's search needs).
# - pip then picks the newest wheels this C library can load: on buster amd64 PySide6 6.9 (6.10 and
#   later are built for glibc 2.34); on arm64 there is no PySide6 wheel for glibc below 2.31, so the
#   arm64 .deb is built on bullseye and does not run on arm64 统信UOS 20.
# - FAZHI_GLIBC_MAX: the build fails if the bundle needs a newer glibc than this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8
UV_VERSION=0.9.26

# Debian releases past their support move to archive.debian.org, whose Release files have expired.
if ! apt-get update -qq; then
  codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  printf 'deb http://archive.debian.org/debian %s main\n' "$codename" >/etc/apt/sources.list
  rm -f /etc/apt/sources.list.d/*
  apt-get -o Acquire::Check-Valid-Until=false update -qq
fi
apt-get install -y -qq --no-install-recommends ca-certificates curl binutils >/dev/null
source scripts/lib.sh
install_system_packages "${RUN_PACKAGES[@]}"

curl -LsSf "https://astral.sh/uv/$UV_VERSION/install.sh" | env UV_UNMANAGED_INSTALL=/opt/uv sh
/opt/uv/uv python install 3.11
/opt/uv/uv venv --python 3.11 /opt/venv
/opt/uv/uv pip install --python /opt/venv/bin/python -e ".[test]"
/opt/venv/bin/python - <<'EOF'
import glob, sqlite3, sys, sysconfig
sqlite3.connect(":memory:").execute("create virtual table t using fts5(x, tokenize='trigram')")
shared = glob.glob(sysconfig.get_config_var("LIBDIR") + "/libpython3*.so*")
assert shared, "PyInstaller needs a shared libpython"
print("python", sys.version.split()[0], "sqlite", sqlite3.sqlite_version, "libpython", shared[0])
EOF

FAZHI_SMOKE_PYTHON=/opt/venv/bin/python scripts/smoke-bundle
/opt/venv/bin/python packaging/build.py --skip-pyinstaller --no-deb --dist build/smoke/dist

needs="$(/opt/venv/bin/python -c "import json; print(json.load(open('build/smoke/dist/build-info.json'))['glibc']['needs'])")"
echo "the bundle needs glibc >= $needs (this system has $(ldd --version | head -n1 | grep -o '[0-9.]*$'))"
if [ -n "${FAZHI_GLIBC_MAX:-}" ] && [ "$(printf '%s\n%s\n' "$needs" "$FAZHI_GLIBC_MAX" | sort -V | tail -n1)" != "$FAZHI_GLIBC_MAX" ]; then
  echo "the bundle needs glibc $needs, newer than $FAZHI_GLIBC_MAX" >&2
  exit 1
fi
dpkg-deb -f build/smoke/dist/*.deb Depends
