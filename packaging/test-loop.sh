#!/usr/bin/env bash
# Runs the whole test suite N times in a row, each time from a fresh clone, and counts the runs that pass: the proof
# that the test run never aborts. Logs of failed runs are kept.
# Usage: packaging/test-loop.sh [N] [REALDATA_DIR]   (default 20 runs; realdata: ../shared/realdata if present)
set -uo pipefail
N="${1:-20}"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
REALDATA="${2:-$REPO/../shared/realdata}"
WORK="$(mktemp -d)"
props=()
if [ -d "$REALDATA" ]; then
  props=("-Dhydrascope.realdata=$(cd "$REALDATA" && pwd)")
fi
passed=0
failed=0
for i in $(seq 1 "$N"); do
  rm -rf "$WORK/repo"
  git clone -q "$REPO" "$WORK/repo"
  start=$(date +%s)
  if (cd "$WORK/repo" && mvn -B verify "${props[@]}" > "$WORK/run-$i.log" 2>&1); then
    passed=$((passed + 1))
    rm -f "$WORK/run-$i.log"
    echo "run $i: passed in $(( $(date +%s) - start )) s"
  else
    failed=$((failed + 1))
    cp -r "$WORK/repo/app/target/surefire-reports" "$WORK/run-$i-reports" 2>/dev/null || true
    echo "run $i: FAILED in $(( $(date +%s) - start )) s; log: $WORK/run-$i.log"
  fi
done
echo "test loop: $N runs, $passed passed, $failed failed (logs in $WORK)"
[ "$failed" -eq 0 ]
