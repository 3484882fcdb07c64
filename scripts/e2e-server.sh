#!/usr/bin/env bash
# Starts the production build for the Playwright run on a fresh SQLite file.
# Builds first unless E2E_SKIP_BUILD=1 (useful when iterating on specs only).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf e2e/.data
if [ "${E2E_SKIP_BUILD:-0}" != "1" ]; then
  npm run build >&2
fi
exec npm start
