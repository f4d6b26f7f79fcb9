# Shared by scripts/run and scripts/test: install what the program needs on Debian/Ubuntu, idempotently.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Qt's xcb platform libraries, the CJK font the screens and PDFs use.
RUN_PACKAGES=(python3 python3-venv libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
  libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-wqy-microhei)
# The tests add a PostgreSQL server, a virtual screen for screenshots and the PDF tools.
TEST_PACKAGES=(postgresql xvfb xauth poppler-utils)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_system_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "安装系统软件包: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The virtual environment with the package (editable) and, when asked, the test tools.
make_venv() {
  local extras="$1"
  local python="${FAZHI_PYTHON:-python3}"
  if [ ! -x "$VENV/bin/python" ]; then
    "$python" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-$extras"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    if [ "$extras" = none ]; then
      "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT"
    else
      "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT[$extras]"
    fi
    touch "$stamp"
  fi
}
