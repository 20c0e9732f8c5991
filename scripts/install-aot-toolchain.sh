#!/usr/bin/env bash
# Installs what Native AOT needs to compile the `policybuild` command on Linux (build.ps1 install
# runs it): a C toolchain to link the native binary (clang, or the gcc ILCompiler falls back to)
# and zlib's development files (-lz). Idempotent and non-interactive: installs only what is missing.
# Assumes Debian/Ubuntu and root (falls back to sudo when not root).
set -euo pipefail

LOG_NAME=install-aot-toolchain
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

missing=()
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
  log "no C compiler (clang or gcc) found"
  missing+=(clang)
fi
if ! pkg_installed zlib1g-dev; then
  log "package zlib1g-dev not installed"
  missing+=(zlib1g-dev)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  log "all present; nothing to do"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  log "apt-get not found: install ${missing[*]} by hand" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
log "installing: ${missing[*]}"
"${SUDO[@]}" apt-get update
"${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
