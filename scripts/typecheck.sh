#!/usr/bin/env bash
# Type-checks every part against its own environment: the core and tests (Node), the Sheets server
# code (Apps Script types), the Excel add-in (Office.js types) and the panel (DOM). Each part that
# exists has its own tsconfig.json.
set -euo pipefail
cd "$(dirname "$0")/.."
for config in tsconfig.json */tsconfig.json; do
  case "$config" in node_modules/*|dist/*) continue ;; esac
  [ -f "$config" ] || continue
  echo "typecheck: $config"
  npx tsc --noEmit -p "$config"
done
