#!/bin/sh
# Set-up that the README's commands do by themselves on a fresh clone: node modules, then Chromium.
set -e
cd "$(dirname "$0")/../.."
if [ ! -d node_modules ] || [ ! -x node_modules/.bin/wxt ]; then
  echo "[setup] npm ci" >&2
  npm ci --no-audit --no-fund
fi
if [ -z "$CHROMIUM_PATH" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "[setup] apt-get install chromium" >&2
    (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium) >&2
  else
    echo "[setup] Chromium is missing: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and try again." >&2
    exit 1
  fi
fi
