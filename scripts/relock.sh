#!/usr/bin/env bash
# Rewrites package-lock.json after a dependency change, with npm 11.13.
# Why: npm 11.16 and later leave optional platform packages that the registry does not serve
# (e.g. @unrs/resolver-binding-android-*, pulled in by jest 30) out of the lock file and then
# `npm ci` rejects that very lock file as out of sync (npm/cli issue 9846). npm 11.13 writes inert
# placeholder entries for them, which every npm 11 `npm ci` accepts.
set -euo pipefail
cd "$(dirname "$0")/.."
npx --yes npm@11.13.0 install --package-lock-only --no-audit --no-fund
