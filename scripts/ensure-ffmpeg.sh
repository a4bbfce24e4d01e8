#!/usr/bin/env bash
# Rendering the crawl to video runs Debian's ffmpeg (ffprobe checks it in the tests), and the
# MovieLabs XML test validates with xmllint (libxml2-utils). Installs what is missing when we
# may (root, apt-get), as scripts/ensure-chromium.sh does for the browser; otherwise says what to do.
set -euo pipefail
ffmpeg="${FFMPEG_PATH:-ffmpeg}"
missing=()
command -v "$ffmpeg" >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing ${missing[*]}. Install it (Debian: sudo apt-get install ${missing[*]}) or set FFMPEG_PATH." >&2
exit 1
