#!/usr/bin/env bash
# Measures how long Hydrascope takes from the command to a visible window, run after run (the first run after a
# reboot or install is the cold one; the later ones are warm), and can take a screenshot of the last one.
#
# Usage: measure-startup.sh [--runs N] [--title REGEX] [--hold S] [--screenshot FILE] [--timeout S] -- COMMAND...
#   --title       window title to wait for (an extended regular expression; default "Hydrascope$"). With a case
#                 open the window is titled "<case> — Hydrascope": "^sample .* Hydrascope" waits for the sample.
#   --hold        seconds to keep the application running once the window is there (default 0); the screenshot
#                 is taken at the end of the last run's hold
#   --timeout     seconds to wait for the window in each run (default 60)
# Needs an X display (for a headless machine: xvfb-run -a -s "-screen 0 1600x1000x24" measure-startup.sh ...),
# xdotool, and ImageMagick's import for --screenshot. Example:
#   xvfb-run -a -s "-screen 0 1600x1000x24" packaging/measure-startup.sh --runs 3 -- /opt/hydrascope/bin/Hydrascope
# Exits non-zero when a run showed no window.
set -euo pipefail

runs=3 title="Hydrascope$" screenshot="" hold=0 timeout=60
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --title) title="$2"; shift 2 ;;
    --screenshot) screenshot="$2"; shift 2 ;;
    --hold) hold="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "measure-startup: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "measure-startup: give the command after --" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "measure-startup: no X display; run it under xvfb-run" >&2; exit 2; }
command -v xdotool >/dev/null 2>&1 || { echo "measure-startup: needs xdotool" >&2; exit 2; }

# True when a visible window's title (as xdotool reads it, UTF-8) matches the regular expression.
window_titled() {
  local w
  for w in $(xdotool search --onlyvisible --name . 2>/dev/null); do
    xdotool getwindowname "$w" 2>/dev/null | grep -Eq -- "$1" && return 0
  done
  return 1
}

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  pid=$!
  shown=""
  while [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt "$timeout" ]; do
    if window_titled "$title"; then
      shown=$(( ($(date +%s%N) - start) / 1000000 ))
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  if [ -n "$shown" ]; then
    echo "run $run: window \"$title\" after $shown ms"
  else
    echo "run $run: no window \"$title\" within $timeout s; the application said:" >&2
    cat "$log" >&2
  fi
  [ -n "$shown" ] && sleep "$hold"
  if [ "$run" = "$runs" ] && [ -n "$screenshot" ] && [ -n "$shown" ]; then
    import -window root "$screenshot"
    echo "screenshot: $screenshot"
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$shown" ] || failed=1
  sleep 1
done
exit "${failed:-0}"
