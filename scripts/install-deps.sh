#!/usr/bin/env bash
# Installs the system packages PolicyBuild needs beyond the .NET SDK:
#   LibreOffice Writer 25.2 from Debian's bookworm-backports (the full build, not
#   -nogui: -nogui lacks the UI files soffice needs to lay out comments and aborts
#   on any document holding one) + the uno module for /usr/bin/python3, used to
#   render Word documents to PDF and to judge redlines; LibreOffice's Python
#   script provider, which lets paragraphs be read inside soffice (~20x faster);
#   the Liberation and DejaVu fonts, so PDFs do not depend on whatever fonts a
#   machine happens to have.
#   With --chromium, also Debian's chromium and node/npm (for HTML/browser checks: axe-core runs in
#   chromium through playwright-core, installed by build.ps1 test with npm ci in tests/axe).
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

LOG_NAME=install-deps
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if ! command -v apt-get >/dev/null 2>&1; then
  log "apt-get not found: this script supports Debian/Ubuntu only" >&2
  exit 1
fi

# The uno module must belong to the system interpreter (python3-uno installs
# it there); a pyenv/venv python3 on PATH will not see it.
PYTHON_UNO="${PYTHON_UNO:-/usr/bin/python3}"

# The LibreOffice the tests judge with and users run: 25.2 from bookworm-backports.
LO_MIN_MAJOR=25
BACKPORTS_LIST=/etc/apt/sources.list.d/policybuild-bookworm-backports.sources

lo_major() {
  soffice --version 2>/dev/null | sed -n 's/^LibreOffice \([0-9]*\)\..*/\1/p' | head -n 1
}

missing=()
if ! command -v soffice >/dev/null 2>&1; then
  log "soffice not found"
  missing+=(libreoffice-writer)
elif [ "$(lo_major)" -lt "$LO_MIN_MAJOR" ] 2>/dev/null || [ -z "$(lo_major)" ]; then
  log "soffice is $(soffice --version 2>/dev/null | head -n 1); need LibreOffice $LO_MIN_MAJOR.x"
  missing+=(libreoffice-writer)
fi
if pkg_installed libreoffice-writer-nogui || ! pkg_installed libreoffice-writer; then
  log "the full libreoffice-writer is needed (the -nogui build cannot lay out comments)"
  missing+=(libreoffice-writer)
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
# node and npm run axe-core in chromium (tests/axe).
if [ "$want_chromium" -eq 1 ] && { ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; }; then
  log "node or npm not found"
  missing+=(nodejs)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  log "all dependencies present; nothing to do"
else
  # Always install the whole LibreOffice set together, from one suite, so versions agree.
  lo_packages=(libreoffice-writer python3-uno libreoffice-script-provider-python)
  packages=(fonts-liberation fonts-dejavu-core)
  if [ "$want_chromium" -eq 1 ]; then
    packages+=(chromium)
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
  fi
  export DEBIAN_FRONTEND=noninteractive
  suite_args=()
  if grep -qs '^VERSION_CODENAME=bookworm' /etc/os-release; then
    if [ ! -f "$BACKPORTS_LIST" ]; then
      log "adding Debian's bookworm-backports suite ($BACKPORTS_LIST)"
      # Same mirror as the machine's main Debian source.
      mirror=$(grep -hs '^URIs:' /etc/apt/sources.list.d/debian.sources | head -n 1 | awk '{print $2}')
      mirror=${mirror:-http://deb.debian.org/debian}
      printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$mirror" | "${SUDO[@]}" tee "$BACKPORTS_LIST" >/dev/null
    fi
    suite_args=(-t bookworm-backports)
  fi
  log "running apt-get update"
  "${SUDO[@]}" apt-get update
  # The -nogui variant conflicts with the full writer and cannot lay out comments.
  if pkg_installed libreoffice-writer-nogui; then
    log "removing libreoffice-writer-nogui"
    "${SUDO[@]}" apt-get remove -y libreoffice-writer-nogui libreoffice-core-nogui || true
  fi
  log "installing: ${lo_packages[*]} ${suite_args[*]}"
  # With recommends: this is the set the tests were run against (fonts, filters, dictionaries).
  "${SUDO[@]}" apt-get install -y "${suite_args[@]}" "${lo_packages[@]}"
  log "installing: ${packages[*]}"
  "${SUDO[@]}" apt-get install -y "${packages[@]}"
fi

# Verify rather than trust apt's exit code: the tool needs these exact things.
status=0
if command -v soffice >/dev/null 2>&1; then
  log "soffice: $(command -v soffice) ($(soffice --version 2>/dev/null | head -n 1))"
  if [ "$(lo_major)" -lt "$LO_MIN_MAJOR" ] 2>/dev/null; then
    log "ERROR: LibreOffice $LO_MIN_MAJOR.x is required" >&2
    status=1
  fi
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
