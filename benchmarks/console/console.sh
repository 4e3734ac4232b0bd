#!/usr/bin/env bash
# Web console benchmark (not a test), issue 14:
#   A. what the console adds to the idle worker: `run` on the sample content with WebConsole:Enabled false and
#      true, alternated (pairs), resident memory (VmRSS) after start-up and 20 s idle; then the same worker after
#      every page has been served once;
#   B. page latency with 10,000 articles and a 1,000,000-row ledger: each page requested 7 times by curl over
#      loopback after one warm-up request, median and worst.
# Usage (Release build of the app and the benchmark project):
#   dotnet build -c Release benchmarks/CchcPublisher.Benchmarks
#   bash benchmarks/console/console.sh [pairs=3]
set -euo pipefail
pairs=${1:-3}
cd "$(dirname "$0")/../.."
repo=$PWD
app=${APP:-$repo/src/CchcPublisher/bin/Release/net10.0/CchcPublisher}
bench="dotnet run -c Release --project benchmarks/CchcPublisher.Benchmarks --no-build --"
work=${WORK:-/tmp/cchc-console-bench}
mkdir -p "$work"
password=mat-khau-do-hieu-nang
pages=(/ /hang-doi /bai-viet /cho-duyet /so-theo-doi /dai-truyen-thanh /lich /ke-hoach /ke-hoach/viec-tiep /kenh /nhat-ky)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_worker CONTENT DATA ENABLED PORT -> pid; waits for the start-up line in the log file.
start_worker() {
  local log="$2/worker.out"
  CCHC__WebConsole__Enabled=$3 CCHC__WebConsole__Address=127.0.0.1 CCHC__WebConsole__Port=$4 \
    "$app" run --content "$1" --data "$2" >"$log" 2>&1 &
  local pid=$!
  local ready="đang chạy"
  [ "$3" = true ] && ready="Bảng điều khiển: mở"
  for _ in $(seq 1 600); do
    grep -q "$ready" "$log" 2>/dev/null && break
    sleep 0.5
  done
  echo "$pid"
}

# wait_idle PID: until the process used under 0.1 s of CPU in each of three 2-second windows (its first run is over).
wait_idle() {
  local quiet=0 before after
  before=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
  while [ "$quiet" -lt 3 ]; do
    sleep 2
    after=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
    if [ $((after - before)) -lt 10 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    before=$after
  done
}

rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

sign_in() { # PORT JAR
  local token
  token=$(curl -s -c "$2" -b "$2" "http://127.0.0.1:$1/dang-nhap" | grep -o 'name="__chongia" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "__chongia=$token" --data-urlencode "ten=quantri" \
    --data-urlencode "mat-khau=$password" --data-urlencode "ReturnUrl=/" "http://127.0.0.1:$1/dang-nhap"
}

add_user() { echo "$password" | "$app" users add --name quantri --role quan-tri --data "$1" >/dev/null; }

echo "== A. idle memory, sample content, $pairs pairs (console off | on | on after every page once), load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$pairs"); do
  for enabled in false true; do
    data="$work/idle-$enabled-$i"; rm -rf "$data"; mkdir -p "$data"; add_user "$data"
    port=$(free_port)
    pid=$(start_worker "$repo/content" "$data" "$enabled" "$port")
    sleep 20
    idle=$(rss "$pid")
    served=-
    if [ "$enabled" = true ]; then
      jar="$data/cookies"; sign_in "$port" "$jar"
      for p in "${pages[@]}"; do curl -s -o /dev/null -b "$jar" "http://127.0.0.1:$port$p"; done
      sleep 5; served=$(rss "$pid")
    fi
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
    echo "pair $i console=$enabled idle-MB=$idle after-pages-MB=$served"
  done
done

echo "== B. page latency, 10,000 articles, 1,000,000-row ledger"
[ -d "$work/c10000/articles" ] || $bench corpus --count 10000 --out "$work/c10000" --force >/dev/null
ledger=/tmp/cchc-bench/ledger-1000000-v1.db
[ -f "$ledger" ] || { mkdir -p /tmp/cchc-bench; $bench ledger --rows 1000000 --out "$ledger"; }
data="$work/big"; rm -rf "$data"; mkdir -p "$data"; cp "$ledger" "$data/cchc.db"; add_user "$data"
# The generated ledger's 250,000 articles are not in the 10,000-article corpus: as history they are articles whose
# files were removed and that were taken off (withdrawn). Left "published", the worker's first run would withdraw
# all 250,000 before anything else, which is a one-off, not the steady state the pages are timed in.
python3 - "$data/cchc.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE publications SET state = 'withdrawn' WHERE state IN ('published', 'scheduled', 'failed', 'unknown', 'awaiting_manual', 'awaitingmanual')")
db.commit()
PY
# The first `status` migrates the copied ledger to the current schema (once), outside the timed part.
"$app" status --content "$work/c10000" --data "$data" >/dev/null 2>&1 || true
port=$(free_port)
pid=$(start_worker "$work/c10000" "$data" true "$port")
wait_idle "$pid" # the worker's first run (10,000 new articles over the ledger) is over before timing
jar="$data/cookies"; sign_in "$port" "$jar"
for p in "${pages[@]}"; do
  curl -s -o /dev/null -b "$jar" "http://127.0.0.1:$port$p" # warm-up (JIT, first queries)
  times=$(for _ in 1 2 3 4 5 6 7; do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "http://127.0.0.1:$port$p"; done | sort -n)
  status=$(curl -s -o /dev/null -b "$jar" -w '%{http_code}' "http://127.0.0.1:$port$p")
  echo "page $p status=$status median-ms=$(echo "$times" | sed -n 4p | awk '{ printf "%.1f", $1 * 1000 }') worst-ms=$(echo "$times" | tail -1 | awk '{ printf "%.1f", $1 * 1000 }')"
done
echo "worker RSS with 10k articles and 1M rows after the pages: $(rss "$pid") MB; load $(cut -d' ' -f1-3 /proc/loadavg)"
kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
