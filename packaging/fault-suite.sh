#!/usr/bin/env bash
# Kills imports and analyses at random points, many times, and checks after each kill that the case is intact:
# SQLite's integrity check passes, a resumed import ends with exactly the rows of an undisturbed import (nothing
# lost, nothing counted twice), and a killed re-analysis leaves one complete analysis with the same verdicts.
#
# Usage: packaging/fault-suite.sh [ROUNDS] [INTERACTIONS] [WORK_DIR]
#   ROUNDS        kill rounds (default 10; each kills one import and one analysis)
#   INTERACTIONS  size of the generated case (default 300000, the hard preset)
#   WORK_DIR      where cases are written (default: a new temporary folder)
# Needs the built jar (mvn -B package; or set HYDRASCOPE_JAR) and python3. Exit code 0 only when every round passed.
set -uo pipefail
ROUNDS="${1:-10}"
SIZE="${2:-300000}"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${HYDRASCOPE_JAR:-$REPO/app/target/hydrascope.jar}"
WORK="${3:-$(mktemp -d)}"
mkdir -p "$WORK"
HOME_DIR="$WORK/home"
hs() { java -Duser.home="$HOME_DIR" -jar "$JAR" "$@"; }
[ -f "$JAR" ] || { echo "build the jar first: mvn -B package" >&2; exit 2; }

json() { # json FILE EXPRESSION: evaluates a python expression over the parsed JSON object j
  python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print($2)" "$1"
}
now_ms() { date +%s%3N; }
random_ms() { # random_ms FROM TO
  python3 -c "import random,sys; print(random.randint(int(sys.argv[1]), int(sys.argv[2])))" "$1" "$2"
}
files() { echo "$WORK/g/interactions.csv" "$WORK/g/accounts.csv" "$WORK/g/labels.csv"; }

echo "fault suite: $ROUNDS rounds on $SIZE interactions in $WORK"
hs generate --preset hard --seed 7 --interactions "$SIZE" --out "$WORK/g" --quiet > /dev/null || exit 1

# the reference: one undisturbed import and analysis, timed
t0=$(now_ms)
hs ingest --case "$WORK/ref.hcase" $(files) > /dev/null 2>&1 || { echo "reference import failed" >&2; exit 1; }
ingest_ms=$(( $(now_ms) - t0 ))
t0=$(now_ms)
hs analyze --case "$WORK/ref.hcase" > /dev/null 2>&1 || { echo "reference analysis failed" >&2; exit 1; }
analyze_ms=$(( $(now_ms) - t0 ))
hs info --json --case "$WORK/ref.hcase" > "$WORK/ref-info.json"
hs clusters --case "$WORK/ref.hcase" --format csv --min-accounts 1 > "$WORK/ref-clusters.csv"
ref_rows=$(json "$WORK/ref-info.json" "j['interactions'], j['accounts'], j['quarantined']")
echo "reference: import $ingest_ms ms, analysis $analyze_ms ms; interactions, accounts, quarantined: $ref_rows"

failures=0
fail() { echo "  FAIL: $*"; failures=$((failures + 1)); }

check_integrity() { # check_integrity CASE WHAT
  if ! hs info --check --case "$1" > "$WORK/check.txt" 2>&1; then
    fail "$2: integrity check failed: $(tail -3 "$WORK/check.txt")"
  fi
}

kill_after() { # kill_after MS ARGS...: starts hydrascope ARGS, kills the JVM itself with SIGKILL after MS milliseconds
  local ms=$1; shift
  (exec java -Duser.home="$HOME_DIR" -jar "$JAR" "$@") > /dev/null 2>&1 &
  local pid=$!
  sleep "$(python3 -c "print($ms/1000)")"
  if kill -0 "$pid" 2> /dev/null; then
    kill -9 "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    echo killed
  else
    wait "$pid" 2> /dev/null
    echo finished
  fi
}

CASE="$WORK/case.hcase"
for round in $(seq 1 "$ROUNDS"); do
  rm -f "$CASE" "$CASE-wal" "$CASE-shm"
  # 1. kill an import part-way, check the case, resume, compare with the reference
  at=$(random_ms 300 $(( ingest_ms * 9 / 10 )))
  outcome=$(kill_after "$at" ingest --case "$CASE" $(files))
  echo "round $round: import $outcome after $at ms"
  if [ -f "$CASE" ]; then
    check_integrity "$CASE" "round $round, killed import"
  fi
  hs ingest --case "$CASE" $(files) > "$WORK/resume.txt" 2>&1 || fail "round $round: resumed import failed: $(tail -2 "$WORK/resume.txt")"
  hs info --json --case "$CASE" > "$WORK/info.json" || fail "round $round: info failed after the resumed import"
  rows=$(json "$WORK/info.json" "j['interactions'], j['accounts'], j['quarantined']")
  [ "$rows" = "$ref_rows" ] || fail "round $round: after resuming: $rows, undisturbed: $ref_rows"
  incomplete=$(json "$WORK/info.json" "sum(1 for f in j['files'] if f['status'] != 'complete' and f['status'] != 'superseded')")
  check_integrity "$CASE" "round $round, resumed import"

  # 2. analyse, then kill a re-analysis part-way: the complete analysis must still be there, unchanged
  hs analyze --case "$CASE" > /dev/null 2>&1 || fail "round $round: analysis failed"
  at=$(random_ms 200 $(( analyze_ms * 95 / 100 )))
  outcome=$(kill_after "$at" analyze --case "$CASE")
  echo "round $round: re-analysis $outcome after $at ms"
  check_integrity "$CASE" "round $round, killed analysis"
  if hs clusters --case "$CASE" --format csv --min-accounts 1 > "$WORK/clusters.csv" 2> "$WORK/clusters.err"; then
    cmp -s "$WORK/clusters.csv" "$WORK/ref-clusters.csv" \
      || fail "round $round: clusters after the killed re-analysis differ from the undisturbed analysis"
  else
    fail "round $round: no complete analysis after the killed re-analysis: $(tail -1 "$WORK/clusters.err")"
  fi
  [ "$incomplete" = "0" ] || fail "round $round: $incomplete imports not complete after resuming"
done

if [ "$failures" -eq 0 ]; then
  echo "fault suite: $ROUNDS rounds passed (work folder $WORK)"
else
  echo "fault suite: $failures failures in $ROUNDS rounds (work folder $WORK)"
  exit 1
fi
