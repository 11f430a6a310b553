#!/usr/bin/env bash
# Install the system packages the test suite needs but pip cannot provide:
#   chromium   headless browser for tests/browser (Debian's package, at /usr/bin/chromium)
# Installs with apt-get (non-interactive, quiet) only when chromium is missing and apt-get is
# there; otherwise does nothing. Needs root (or passwordless sudo). Safe to run twice.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: no apt-get; not installing chromium (tests/browser will be skipped)" >&2
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "install-system-deps: not root and no passwordless sudo; not installing chromium" >&2
    exit 0
  fi
fi

export DEBIAN_FRONTEND=noninteractive
# A fresh container has no package lists; a failed update still leaves any old ones usable.
"${sudo[@]}" apt-get update -qq || echo "install-system-deps: apt-get update failed; trying the install anyway" >&2
"${sudo[@]}" apt-get install -y -qq -o Dpkg::Use-Pty=0 chromium >/dev/null
/usr/bin/chromium --version
