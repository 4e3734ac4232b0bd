#!/usr/bin/env bash
# Province cluster benchmark (not a test). N communes, each with an archive of M articles, W worker processes of the
# Release CLI sharing one PostgreSQL (clustered Quartz job store). Two phases, both timed:
#   1. first start: every commune's archive (M - D articles dated 30 to 400 days ago, past the catch-up window, so
#      they are recorded as missed) plus D articles due in the last hour; done when every due item is published
#      (website) or handed to the outbox (Zalo);
#   2. a day: with the workers still running, D new articles per commune are written, due now; done when all of
#      them are published / handed over. This is "the time to publish a day's due items".
# Then each worker's peak resident memory (VmHWM). Usage:
#   bash .ci/postgres.sh && source .ci/postgres.env
#   dotnet publish src/CchcPublisher -c Release -o /tmp/bench-bin
#   BIN=/tmp/bench-bin/CchcPublisher bash benchmarks/province/cluster.sh 150 500 3 3
set -euo pipefail
communes=${1:-10}; articles=${2:-50}; workers=${3:-3}; daily=${4:-3}
cd "$(dirname "$0")/../.."
bin=${BIN:-$PWD/src/CchcPublisher/bin/Release/net10.0/CchcPublisher}
[ -x "$bin" ] || { echo "build first: dotnet publish src/CchcPublisher -c Release -o /tmp/bench-bin, then BIN=/tmp/bench-bin/CchcPublisher" >&2; exit 2; }
: "${CCHC_TEST_POSTGRES:?source .ci/postgres.env first}"
root=$(mktemp -d /tmp/cchc-bench-XXXXXX)
prefix="b$(date +%s)"
psql_url="postgresql://cchc:cchc@127.0.0.1/cchc_test"

article() { # file title publish_at
  printf -- '---\ntitle: "%s"\ncategories: [thu-tuc-hanh-chinh]\nchannels: [website, zalo]\npublish_at: %s\n---\n%s\n\nNội dung thông báo về thủ tục hành chính: hồ sơ nộp tại bộ phận một cửa của xã hoặc trên Cổng dịch vụ công quốc gia; thời hạn giải quyết 3 ngày làm việc.\n' \
    "$2" "$3" "$2" >"$1"
}

for c in $(seq -w 1 "$communes"); do
  dir="$root/communes/$prefix-$c"; mkdir -p "$dir/content/articles"
  echo "{ \"Commune\": { \"Name\": \"UBND xã $c\" } }" >"$dir/commune.json"
  for a in $(seq 1 $((articles - daily))); do
    article "$dir/content/articles/luu-tru-$a.md" "Lưu trữ $c số $a" "$(date -u -d "$((30 + a % 370)) days ago" +%Y-%m-%dT07:%M:00Z)"
  done
  for a in $(seq 1 "$daily"); do
    article "$dir/content/articles/hom-nay-$a.md" "Hôm nay $c số $a" "$(date -u -d "$((a * 5)) minutes ago" +%Y-%m-%dT%H:%M:00Z)"
  done
done
cat >"$root/province.json" <<JSON
{ "Province": { "Root": "$root/communes", "SchedulerName": "$prefix" },
  "Ledger": { "Provider": "Postgres", "ConnectionString": "$CCHC_TEST_POSTGRES" },
  "Scheduling": { "SweepInterval": "00:00:20" },
  "WebConsole": { "Enabled": false },
  "LogFile": { "Enabled": false } }
JSON

# Items done (published or handed to the outbox) among articles whose id starts with $1, over every commune.
count() {
  psql -qtA "$psql_url" -c "SELECT coalesce(sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.publications WHERE state IN (''published'', ''awaitingmanual'') AND article_id LIKE ''$1%%''', nspname), false, true, '')))[1]::text::int), 0) FROM pg_namespace WHERE nspname LIKE 'xa_${prefix}_%'"
}
wait_for() { # prefix expected
  while [ "$(count "$1")" -lt "$2" ]; do sleep 1; done
}
expected=$((communes * daily * 2))

start=$(date +%s.%N); pids=()
for w in $(seq 1 "$workers"); do
  (cd "$root" && exec "$bin" run --config "$root/province.json" >"$root/worker-$w.log" 2>&1) & pids+=($!)
done
wait_for hom-nay- "$expected"
first=$(echo "$(date +%s.%N) - $start" | bc)
rss_first=$(for p in "${pids[@]}"; do awk '/VmHWM/ { printf "%d ", $2 / 1024 }' /proc/$p/status; done)

start=$(date +%s.%N)
for c in $(seq -w 1 "$communes"); do
  for a in $(seq 1 "$daily"); do
    article "$root/communes/$prefix-$c/content/articles/ngay-moi-$a.md" "Ngày mới $c số $a" "$(date -u -d "1 minute ago" +%Y-%m-%dT%H:%M:00Z)"
  done
done
wait_for ngay-moi- "$expected"
day=$(echo "$(date +%s.%N) - $start" | bc)
rss_day=$(for p in "${pids[@]}"; do awk '/VmHWM/ { printf "%d ", $2 / 1024 }' /proc/$p/status; done)
echo "communes=$communes articles=$articles workers=$workers daily-items=$expected first-start-s=$first peak-MB=[ $rss_first] day-s=$day peak-MB=[ $rss_day] load=$(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${pids[@]}"; do kill "$p"; done
wait 2>/dev/null || true
psql -qtA "$psql_url" -c "SELECT 'DROP SCHEMA ' || string_agg(quote_ident(nspname), ', ') || ' CASCADE' FROM pg_namespace WHERE nspname LIKE 'xa_${prefix}_%'" | PGOPTIONS="-c client_min_messages=warning" psql -q "$psql_url"
rm -rf "$root"
