#!/usr/bin/env bash
# Run the whole suite under three host time zones; every run must pass and agree.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .vitest
status=0
for zone in UTC Asia/Shanghai America/New_York; do
  echo "== TZ=$zone =="
  TZ="$zone" npx vitest run --reporter=default --reporter=json --outputFile.json=".vitest/${zone//\//_}.json" "$@" || status=1
done
node scripts/test-totals.mjs .vitest/UTC.json .vitest/Asia_Shanghai.json .vitest/America_New_York.json
exit $status
