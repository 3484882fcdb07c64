#!/usr/bin/env bash
# `npm test`: every suite — unit, integration on SQLite, integration on PostgreSQL, and
# Playwright end-to-end in Chromium. Runs them all, then prints one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -rf test-results
mkdir -p test-results

status=0
suite() {
  local name=$1; shift
  echo
  echo "=== ${name} ==="
  "$@" || status=1
}

vitest_json() { echo "--reporter=default --reporter=json --outputFile.json=test-results/$1.json"; }

# shellcheck disable=SC2046
suite "unit" npx vitest run --project unit $(vitest_json unit)
# shellcheck disable=SC2046
suite "integration (SQLite)" env TEST_DB=sqlite npx vitest run --project integration $(vitest_json sqlite)
# shellcheck disable=SC2046
suite "integration (PostgreSQL)" env TEST_DB=postgres npx vitest run --project integration $(vitest_json postgres)
suite "end-to-end (Playwright, Chromium)" npx playwright test

echo
node scripts/summarize-tests.mjs || status=1
exit $status
