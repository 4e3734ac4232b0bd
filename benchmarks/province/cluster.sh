#!/usr/bin/env bash
# Province cluster benchmark (not a test): N communes x M articles (website + Zalo outbox, all due yesterday),
# W worker processes of the published CLI sharing one PostgreSQL; prints the time until every item is done and each
# worker's peak resident memory (VmHWM). Usage:
#   bash .ci/postgres.sh && source .ci/postgres.env
#   dotnet build src/CchcPublisher -c Release
#   bash benchmarks/province/cluster.sh 10 50 3
set -euo pipefail
communes=${1:-10}; articles=${2:-50}; workers=${3:-3}
cd "$(dirname "$0")/../.."
bin=src/CchcPublisher/bin/Release/net10.0/CchcPublisher
[ -x "$bin" ] || { echo "build first: dotnet build src/CchcPublisher -c Release" >&2; exit 2; }
: "${CCHC_TEST_POSTGRES:?source .ci/postgres.env first}"
root=$(mktemp -d /tmp/cchc-bench-XXXXXX)
prefix="b$(date +%s)"
due=$(date -u -d yesterday +%Y-%m-%d)
for c in $(seq -w 1 "$communes"); do
  dir="$root/communes/$prefix-$c"; mkdir -p "$dir/content/articles"
  echo "{ \"Commune\": { \"Name\": \"UBND xã $c\" } }" >"$dir/commune.json"
  for a in $(seq 1 "$articles"); do
    printf -- '---\ntitle: "Thông báo %s số %s"\ncategories: [thu-tuc-hanh-chinh]\nchannels: [website, zalo]\npublish_at: %sT07:%02d:00+07:00\n---\nNội dung thông báo số %s về thủ tục hành chính.\n' \
      "$c" "$a" "$due" $((a % 60)) "$a" >"$dir/content/articles/a$a.md"
  done
done
cat >"$root/province.json" <<JSON
{ "Province": { "Root": "$root/communes", "SchedulerName": "$prefix" },
  "Ledger": { "Provider": "Postgres", "ConnectionString": "$CCHC_TEST_POSTGRES" },
  "LogFile": { "Enabled": false } }
JSON
expected=$((communes * articles * 2))
psql_url="postgresql://cchc:cchc@127.0.0.1/cchc_test"
count() {
  psql -qtA "$psql_url" -c "SELECT coalesce(sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.publications WHERE state IN (''published'', ''awaitingmanual'')', nspname), false, true, '')))[1]::text::int), 0) FROM pg_namespace WHERE nspname LIKE 'xa_${prefix}_%'"
}
start=$(date +%s.%N); pids=()
for w in $(seq 1 "$workers"); do
  (cd "$root" && exec "$OLDPWD/$bin" run --config "$root/province.json" >"$root/worker-$w.log" 2>&1) & pids+=($!)
done
while [ "$(count)" -lt "$expected" ]; do sleep 1; done
end=$(date +%s.%N)
echo "communes=$communes articles=$articles workers=$workers items=$expected seconds=$(echo "$end - $start" | bc)"
for p in "${pids[@]}"; do echo "worker $p peak RSS: $(awk '/VmHWM/ { print $2 " " $3 }' /proc/$p/status)"; kill "$p"; done
wait 2>/dev/null || true
psql -qtA "$psql_url" -c "SELECT 'DROP SCHEMA ' || string_agg(quote_ident(nspname), ', ') || ' CASCADE' FROM pg_namespace WHERE nspname LIKE 'xa_${prefix}_%'" | PGOPTIONS="-c client_min_messages=warning" psql -q "$psql_url"
rm -rf "$root"
