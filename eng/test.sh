#!/usr/bin/env bash
# Runs every test: installs what the tests need (the lab's Debian packages) when it is missing,
# builds, runs the whole suite and prints one closing line:
#   tests: N passed, N failed, N skipped
# Exits non-zero when anything failed. With CI=true a missing daemon or tool fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."

eng/lab-packages.sh || exit 1
eng/test-node.sh || exit 1

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet test VpnBot.sln --configuration Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any result was written: that is a failure too.
  failed=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
