#!/usr/bin/env bash
# A scheduler tick inside the running worker (issue 17): `run` over 10,000 articles and a 1,000,000-row ledger (the
# data of tick.sh), nothing due. After the worker's first run, a new draft article is written (a content change
# that publishes nothing), which makes the worker re-read the folder and run again. Prints each run's time from the
# worker's own log (event 2123) and the worker's resident memory (now and peak) after the second run.
#   bash benchmarks/tick/worker-tick.sh        (after tick.sh has made $WORK/pub)
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${APP:-/tmp/cchc-bin/CchcPublisher}
work=${WORK:-/tmp/cchc-tick}
[ -f "$work/pub/cchc.db" ] || { echo "run benchmarks/tick/tick.sh first"; exit 1; }
rm -rf "$work/wk" && mkdir -p "$work/wk" && cp "$work/pub/cchc.db" "$work/wk/" && cp -a "$work/c10000" "$work/wk/content"   # -a: the files keep their old write times
log=$work/wk/worker.log
env 'CCHC__Logging__LogLevel__CchcPublisher.Publishing=Debug' CCHC__WebConsole__Port=${PORT:-5099} \
  "$app" run --content "$work/wk/content" --data "$work/wk" >"$log" 2>&1 & pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
wait_runs() { for _ in $(seq 1 600); do [ "$(grep -c 'Publishing run finished' "$log" || true)" -ge "$1" ] && return 0; sleep 0.5; done; echo "timeout"; exit 1; }
wait_runs 1
sleep 5
cat > "$work/wk/content/articles/nhap-moi.md" <<'MD'
---
title: "Bản nháp viết trong ngày"
categories: [thu-tuc-hanh-chinh]
status: draft
---

Nội dung nháp, chưa đăng.
MD
wait_runs 2
sleep 1
grep -o 'Publishing run finished in [0-9]* ms over [0-9]* articles[^"]*' "$log" | sed 's/^/  /'
grep -E 'VmRSS|VmHWM' /proc/$pid/status | tr -s ' \n' ' '; echo
[ -z "${GCDUMP:-}" ] || ~/.dotnet/tools/dotnet-gcdump collect -p $pid -o "$GCDUMP" >/dev/null
