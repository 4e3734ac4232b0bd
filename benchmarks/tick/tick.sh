#!/usr/bin/env bash
# A scheduler tick with nothing due (issue 17): 10,000 articles and a 1,000,000-row ledger, as a whole `publish`
# process, against the same process on an empty content folder (the start-up).
#   bash benchmarks/tick/tick.sh            (RUNS pairs, default 3)
# Needs: a Release publish of the app in $APP (default /tmp/cchc-bin/CchcPublisher), the benchmark project built in
# Release, sqlite3 and GNU time. The 1M-row ledger is made once (about 4 minutes) and kept in $WORK.
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${APP:-/tmp/cchc-bin/CchcPublisher}
bench="dotnet benchmarks/CchcPublisher.Benchmarks/bin/Release/net10.0/CchcPublisher.Benchmarks.dll"
work=${WORK:-/tmp/cchc-tick}
runs=${RUNS:-3}
mkdir -p "$work"
[ -d "$work/c10000/articles" ] || $bench corpus --count 10000 --out "$work/c10000" --force   # publish_at from 2027-01-04, the rest queued
[ -d "$work/empty/articles" ] || mkdir -p "$work/empty/articles"
[ -f "$work/ledger-1000000.db" ] || $bench ledger --rows 1000000 --out "$work/ledger-1000000.db"
if [ ! -f "$work/pub/cchc.db" ]; then
  mkdir -p "$work/pub"
  cp "$work/ledger-1000000.db" "$work/pub/cchc.db"
  # Steady state of an old ledger: the generated rows name articles that are not in the corpus; what the first run
  # would do to them (withdraw the website's pages, skip the rest) is done in SQL.
  sqlite3 "$work/pub/cchc.db" "UPDATE publications SET state='withdrawn' WHERE state='published' AND channel='website';
    UPDATE publications SET state='skipped' WHERE state IN ('scheduled','failed');"
  # First run: records the 10,000 articles' slots (not timed).
  "$app" publish --due-until 2026-12-01 --content "$work/c10000" --data "$work/pub" >/dev/null
fi
mkdir -p "$work/pub0"
fmt="%e s wall %U user %S sys %M KB"
for i in $(seq 1 "$runs"); do
  printf 'tick   10k, 1M rows  '; /usr/bin/time -f "$fmt" "$app" publish --due-until 2026-12-01 --content "$work/c10000" --data "$work/pub" 2>&1 >/dev/null | tail -1
  printf 'start  empty content '; /usr/bin/time -f "$fmt" "$app" publish --due-until 2026-12-01 --content "$work/empty" --data "$work/pub0" 2>&1 >/dev/null | tail -1
done
