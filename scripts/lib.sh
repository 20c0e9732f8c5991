# Shared by the install scripts (sourced, not run): the caller sets LOG_NAME first.
# Assumes Debian/Ubuntu; runs apt-get as root, or through sudo when not root.

log() { echo "$LOG_NAME: $*"; }

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  log "must run as root (or with sudo available)" >&2
  exit 1
fi

pkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}
