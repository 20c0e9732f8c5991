#!/usr/bin/env bash
# Installs the system packages PolicyBuild needs beyond the .NET SDK:
#   LibreOffice Writer (headless) + the uno module for /usr/bin/python3, used to
#   render Word documents to PDF and to read them back; LibreOffice's Python
#   script provider, which lets paragraphs be read inside soffice (~20x faster);
#   the Liberation and DejaVu fonts, so PDFs do not depend on whatever fonts a
#   machine happens to have.
#   With --chromium, also Debian's chromium (for HTML/browser checks).
# Idempotent and non-interactive: installs only when something is missing.
# Assumes Debian/Ubuntu and root (falls back to sudo when not root).
set -euo pipefail

want_chromium=0
for arg in "$@"; do
  case "$arg" in
    --chromium) want_chromium=1 ;;
    -h|--help)
      echo "usage: $0 [--chromium]"
      exit 0 ;;
    *)
      echo "install-deps: unknown argument: $arg" >&2
      exit 2 ;;
  esac
done

log() { echo "install-deps: $*"; }

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  log "must run as root (or with sudo available)" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  log "apt-get not found: this script supports Debian/Ubuntu only" >&2
  exit 1
fi

# The uno module must belong to the system interpreter (python3-uno installs
# it there); a pyenv/venv python3 on PATH will not see it.
PYTHON_UNO="${PYTHON_UNO:-/usr/bin/python3}"

pkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
if ! command -v soffice >/dev/null 2>&1; then
  log "soffice not found"
  missing+=(libreoffice-writer-nogui)
fi
if ! "$PYTHON_UNO" -c 'import uno' >/dev/null 2>&1; then
  log "python module 'uno' not importable by $PYTHON_UNO"
  missing+=(python3-uno)
fi
for pkg in libreoffice-script-provider-python fonts-liberation fonts-dejavu-core; do
  if ! pkg_installed "$pkg"; then
    log "package $pkg not installed"
    missing+=("$pkg")
  fi
done
if [ "$want_chromium" -eq 1 ] && ! command -v chromium >/dev/null 2>&1; then
  log "chromium not found"
  missing+=(chromium)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  log "all dependencies present; nothing to do"
else
  # Always install the whole LibreOffice set together so versions stay consistent.
  packages=(libreoffice-writer-nogui python3-uno libreoffice-script-provider-python
            fonts-liberation fonts-dejavu-core)
  if [ "$want_chromium" -eq 1 ]; then
    packages+=(chromium)
  fi
  export DEBIAN_FRONTEND=noninteractive
  log "running apt-get update"
  "${SUDO[@]}" apt-get update
  log "installing: ${packages[*]}"
  # With recommends: this is the set the tests were run against (fonts, filters, dictionaries).
  "${SUDO[@]}" apt-get install -y "${packages[@]}"
fi

# Verify rather than trust apt's exit code: the tool needs these exact things.
status=0
if command -v soffice >/dev/null 2>&1; then
  log "soffice: $(command -v soffice) ($(soffice --version 2>/dev/null | head -n 1))"
else
  log "ERROR: soffice still not on PATH" >&2
  status=1
fi
if "$PYTHON_UNO" -c 'import uno' >/dev/null 2>&1; then
  log "uno: importable by $PYTHON_UNO"
else
  log "ERROR: $PYTHON_UNO cannot import uno" >&2
  status=1
fi
if [ "$want_chromium" -eq 1 ]; then
  if command -v chromium >/dev/null 2>&1; then
    log "chromium: $(chromium --version 2>/dev/null | head -n 1)"
  else
    log "ERROR: chromium still not on PATH" >&2
    status=1
  fi
fi
exit "$status"
