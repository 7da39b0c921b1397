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
# Chinese in the browser: a CJK font for the pages and the popup, and Debian Chromium's locale files so that the
# extension's zh_CN strings are chosen (without them Chromium runs in en-US whatever the language settings say).
missing=""
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then missing="fonts-noto-cjk"; fi
if [ -z "$CHROMIUM_PATH" ] && [ -d /usr/lib/chromium/locales ] && [ ! -f /usr/lib/chromium/locales/zh-CN.pak ]; then
  missing="$missing chromium-l10n"
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "[setup] apt-get install$missing" >&2
    (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $missing) >&2 || \
      echo "[setup] could not install$missing: Chinese text may show as boxes, the extension UI in English" >&2
  else
    echo "[setup] for Chinese text in the browser run: sudo apt-get install -y$missing" >&2
  fi
fi
