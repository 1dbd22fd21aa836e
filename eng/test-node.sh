#!/usr/bin/env bash
# Installs the npm packages the tests call (tests/js: the official Adaptive Cards parser, the Teams
# manifest schema, Playwright's driver for Debian's Chromium) when they are missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/../tests/js"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing test npm packages (tests/js)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null || { echo "error: npm ci failed in tests/js" >&2; exit 1; }
fi
