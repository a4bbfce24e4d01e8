#!/usr/bin/env bash
# The browser tests use Debian's Chromium (no browser downloads are possible here).
# Installs it when it is missing and we may (root, apt-get); otherwise says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $browser: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $browser. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
