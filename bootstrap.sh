#!/usr/bin/env bash
# Set DLA Desktop up on this machine, then open it or test it.
#
#   ./bootstrap.sh app     install, then open the application on the demo database
#   ./bootstrap.sh test    install with the test tools, then run the tests
#                          (extra arguments go to pytest, e.g. ./bootstrap.sh test -k cli)
#   ./bootstrap.sh install install with the test tools only (used by .ci/run)
#
# Works on a bare Debian 12 that has only python3, as root or as a user with sudo:
# missing Debian packages are installed (apt-get update only when one is missing).
# Elsewhere the system packages are skipped with a message. Re-runs take a second:
# pip is skipped while pyproject.toml and setup.py are unchanged (stamp in .venv).
# Environment: PYTHON (default python3) picks the interpreter for a new .venv.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
VENV=.venv
STAMP=$VENV/.bootstrap-stamp
PYTHON=${PYTHON:-python3}
# Qt's PyPI wheels load these even offscreen (else "ImportError: libGL.so.1").
QT_LIBS=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
# Qt's X11 plugin, only when a window is opened on an X display.
X11_LIBS=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-util1 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-xkb1)
TEST_TOOLS=(poppler-utils) # pdftotext, pdftoppm: tests read generated PDFs back

say() { printf '>> %s\n' "$*"; }
die() {
  printf 'bootstrap.sh : %s\n' "$*" >&2
  exit 1
}
usage() {
  printf 'usage: ./bootstrap.sh app | test [PYTEST_ARGS...] | install\n' >&2
  exit 2
}

main() {
  local mode=${1:-}
  [ $# -gt 0 ] && shift
  case $mode in
    app) [ $# -eq 0 ] || usage ;;
    test) ;;
    install) [ $# -eq 0 ] || usage ;;
    *) usage ;;
  esac
  check_python
  local packages=("${QT_LIBS[@]}")
  [ "$mode" = app ] || packages+=("${TEST_TOOLS[@]}")
  if [ "$mode" = app ] && [ -n "${DISPLAY:-}" ]; then packages+=("${X11_LIBS[@]}"); fi
  venv_is_usable || "$PYTHON" -c 'import ensurepip' 2>/dev/null || packages+=(python3-venv)
  install_system_packages "${packages[@]}"
  make_venv
  if [ "$mode" = app ]; then install_python_packages app; else install_python_packages test; fi
  case $mode in
    app) open_demo ;;
    test) run_tests "$@" ;;
    install) say "Installation terminée / installed." ;;
  esac
}

check_python() {
  command -v "$PYTHON" >/dev/null ||
    die "$PYTHON introuvable : installez Python 3.11 ou plus récent / $PYTHON not found."
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
    die "Python 3.11 ou plus récent requis / required (trouvé : $("$PYTHON" --version 2>&1))."
}

is_installed() {
  # Also accept the "t64" names of newer Debian and Ubuntu releases (libglib2.0-0t64...).
  local status
  status=$(dpkg-query -W -f='${Status}\n' "$1" "$1t64" 2>/dev/null || true)
  [[ $status == *"ok installed"* ]]
}

install_system_packages() {
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    say "Pas de apt-get : paquets système non vérifiés / no apt-get: skipping system packages."
    say "Il faut l'équivalent de / this needs the equivalent of: $*"
    return 0
  fi
  local missing=() package
  for package in "$@"; do
    is_installed "$package" || missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "Paquets système présents / system packages present."
    return 0
  fi
  say "Paquets système à installer / installing system packages: ${missing[*]}"
  local sudo=() log
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null ||
      die "ni root ni sudo / neither root nor sudo: en root / as root: apt-get install ${missing[*]}"
    if [ -t 0 ]; then
      sudo -v # asks for the password here, not hidden in the log below
      sudo=(sudo)
    else
      sudo=(sudo -n) # no terminal (CI): fail rather than wait for a password
    fi
  fi
  log=$(mktemp -t dla-bootstrap-apt.XXXXXX)
  if ! "${sudo[@]}" apt-get update -qq >"$log" 2>&1 ||
    ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    die "échec de apt-get / apt-get failed: installez à la main / install by hand: ${missing[*]}"
  fi
  rm -f "$log"
}

venv_is_usable() {
  [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import pip' 2>/dev/null
}

make_venv() {
  venv_is_usable && return 0
  if [ -e "$VENV" ]; then
    say "$VENV incomplet, recréé / broken $VENV, recreating."
    rm -rf "$VENV"
  fi
  say "Création de l'environnement Python / creating $VENV ($("$PYTHON" --version 2>&1))."
  "$PYTHON" -m venv "$VENV" || die "python3 -m venv a échoué / failed (paquet python3-venv ?)."
}

fingerprint() {
  "$VENV/bin/python" - <<'EOF'
import hashlib
from pathlib import Path

digest = hashlib.sha256()
for name in ("pyproject.toml", "setup.py"):
    digest.update(Path(name).read_bytes())
print(digest.hexdigest())
EOF
}

install_python_packages() {
  local wanted=$1 hash stamp=""
  hash=$(fingerprint)
  [ -f "$STAMP" ] && stamp=$(cat "$STAMP")
  # the test install includes the app's dependencies, so it serves both modes
  if [ -x "$VENV/bin/dla-desktop" ] &&
    { [ "$stamp" = "$hash test" ] || [ "$stamp" = "$hash $wanted" ]; }; then
    say "Dépendances Python à jour / Python packages up to date."
    return 0
  fi
  local target=.
  [ "$wanted" = test ] && target=".[test]"
  say "Installation des dépendances Python / installing Python packages ($target)," \
    "quelques minutes la première fois / a few minutes the first time."
  rm -f "$STAMP"
  "$VENV/bin/python" -m pip install --disable-pip-version-check --quiet -e "$target"
  printf '%s %s\n' "$hash" "$wanted" >"$STAMP"
}

open_demo() {
  local folder database
  folder=$("$VENV/bin/python" -c 'from dla_desktop.paths import data_dir; print(data_dir())')
  database=$folder/demo.dla
  if [ ! -e "$database" ]; then
    say "Création de la base de démonstration / writing the demo database: $database"
    "$VENV/bin/dla-desktop" demo "$database"
  fi
  if [ "$(uname -s)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ] &&
    [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    die "pas d'écran (DISPLAY vide) / no display: lancez-le depuis le bureau," \
      "ou QT_QPA_PLATFORM=offscreen pour un essai sans écran / or try it offscreen."
  fi
  say "Ouverture / opening: $database"
  exec "$VENV/bin/dla-desktop" "$database"
}

run_tests() {
  say "Tests : $VENV/bin/python -m pytest -n auto $*"
  exec "$VENV/bin/python" -m pytest -n auto "$@"
}

main "$@"
