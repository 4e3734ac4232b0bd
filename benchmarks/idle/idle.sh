#!/usr/bin/env bash
# Idle resident memory of `run` on the sample content against a bare `dotnet new worker`, in alternated rounds.
# docs/performance.md section 6 ("Idle worker memory") explains the set-up and the figures.
#
# usage: benchmarks/idle/idle.sh [-r ROUNDS] [-w SECONDS] BARE_BINARY LABEL=APP_BINARY...
#   BARE_BINARY   the published bare worker, e.g. /tmp/bare-bin/BareWorker
#   LABEL=APP     a published CchcPublisher executable, e.g. fd=/tmp/cchc-fd/CchcPublisher
# Each round measures the bare worker, then every APP with the web console on (the default) and off
# (IDLE_MODES="on" or "off" for one of them). IDLE_WORK=DIR keeps the content copies between calls.
# Each process runs for SECONDS (default 22) with nothing due, then /proc/PID/status is read and it is stopped
# with TERM (a background job of a non-interactive shell ignores INT).
set -euo pipefail

rounds=2
wait_s=22
while getopts "r:w:" opt; do
  case $opt in
    r) rounds=$OPTARG ;;
    w) wait_s=$OPTARG ;;
    *) echo "usage: $0 [-r ROUNDS] [-w SECONDS] BARE_BINARY LABEL=APP_BINARY..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || { echo "usage: $0 [-r ROUNDS] [-w SECONDS] BARE_BINARY LABEL=APP_BINARY..." >&2; exit 2; }
bare=$1; shift

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${IDLE_WORK:-$(mktemp -d /tmp/cchc-idle.XXXXXX)}
port=${IDLE_PORT:-$((20000 + RANDOM % 20000))}   # the console's port: not 5080, which another worker may hold
log=$work/last.log

kb() { awk -v k="$1" '$1 == k":" { printf "%.1f", $2 / 1024 }' "/proc/$2/status"; }

# measure LABEL CMD...: runs CMD in the background for $wait_s seconds, prints one line of figures (MB).
measure() {
  local label=$1; shift
  "$@" >"$log" 2>&1 & local pid=$!
  sleep "$wait_s"
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "$label: exited early; last output:" >&2; tail -20 "$log" >&2; exit 1
  fi
  printf "%-28s VmRSS %6s  RssAnon %5s  RssFile %5s  RssShmem %5s\n" "$label" \
    "$(kb VmRSS $pid)" "$(kb RssAnon $pid)" "$(kb RssFile $pid)" "$(kb RssShmem $pid)"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
}

# A copy of the sample commune whose first run already happened: the steady state of a commune's PC (nothing due).
for spec in "$@"; do
  label=${spec%%=*}; app=${spec#*=}
  if [ ! -d "$work/$label/data" ]; then
    mkdir -p "$work/$label"; cp -r "$repo/content" "$work/$label/content"
    (export CCHC__WebConsole__Port=$port; wait_s=40; measure "$label first run" "$app" run --content "$work/$label/content" --data "$work/$label/data") >/dev/null
  fi
done

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), wait ${wait_s}s, work $work"
for round in $(seq 1 "$rounds"); do
  measure "bare (round $round)" "$bare"
  for spec in "$@"; do
    label=${spec%%=*}; app=${spec#*=}
    args=(run --content "$work/$label/content" --data "$work/$label/data")
    for mode in ${IDLE_MODES:-on off}; do
      if [ "$mode" = on ]; then
        CCHC__WebConsole__Port=$port measure "$label console-on" "$app" "${args[@]}"
      else
        CCHC__WebConsole__Port=$port CCHC__WebConsole__Enabled=false measure "$label console-off" "$app" "${args[@]}"
      fi
    done
  done
done
