#!/usr/bin/env bash
# An article written during a long first import (issue 17): how long until it is published.
#   bash benchmarks/publish/edit-during-import.sh [N=10000] [channel=all]
# Starts `publish` over N generated articles from an empty data folder (every article due: a first import, as an
# official runs it from the command line) and the service (`run`) on the same folders, as on the commune's PC. AFTER
# seconds later it writes a new article due now, then polls the ledger until the new article is published on the
# website: by the import itself when its next batch starts after the write, otherwise by the service, whose run
# waits for the import's lock and then picks the article up. Prints the seconds from the write to the page and to
# the ledger row, and the import's whole run.
# Needs: a Release publish of the app in $APP, the benchmark project built in Release, sqlite3.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
channel=${2:-}
after=${AFTER:-10}
app=${APP:-/tmp/cchc-bin/CchcPublisher}
bench="dotnet benchmarks/CchcPublisher.Benchmarks/bin/Release/net10.0/CchcPublisher.Benchmarks.dll"
work=${WORK:-/tmp/cchc-perf}
corpus=$work/d$n
[ -d "$corpus/articles" ] || $bench corpus --count "$n" --dated 100 --from 2026-01-05 --out "$corpus" --force
content=$work/edit-content$n
data=$work/edit-data$n
rm -rf "$content" "$data"
cp -r "$corpus" "$content"
args=(publish --due-until 2027-12-31 --content "$content" --data "$data")
[ -n "$channel" ] && args+=(--channel "$channel")
start=$(date +%s.%N)
"$app" "${args[@]}" >/dev/null 2>&1 & pid=$!
sleep 1
CCHC__WebConsole__Enabled=false "$app" run --content "$content" --data "$data" >"$work/edit-worker$n.log" 2>&1 & worker=$!
trap 'kill -TERM $worker 2>/dev/null || true' EXIT
sleep "$after"
now=$(TZ=Asia/Ho_Chi_Minh date +'%Y-%m-%d %H:%M')
mkdir -p "$content/articles/moi"
cat > "$content/articles/moi/tin-moi.md" <<MD
---
title: "Thông báo mới viết trong lúc nhập kho bài"
categories: [thu-tuc-hanh-chinh]
publish_at: $now
---

Ủy ban nhân dân xã thông báo lịch tiếp công dân tuần này tại bộ phận một cửa.
MD
written=$(date +%s.%N)
page="" row=""
import_end=""
for _ in $(seq 1 900); do
  if [ -z "$page" ] && ls "$data"/site/bai-viet/thong-bao-moi-viet-trong-luc-nhap-kho-bai*.html >/dev/null 2>&1; then page=$(date +%s.%N); fi
  if [ -z "$row" ] && [ -f "$data/cchc.db" ] && [ "$(sqlite3 "file:$data/cchc.db?mode=ro" "SELECT state FROM publications WHERE article_id='moi/tin-moi' AND channel='website'" 2>/dev/null)" = "published" ]; then row=$(date +%s.%N); fi
  [ -z "$import_end" ] && ! kill -0 "$pid" 2>/dev/null && import_end=$(date +%s.%N)
  [ -n "$row" ] && [ -n "$import_end" ] && break
  sleep 0.2
done
wait "$pid" || true
awk -v s="$start" -v w="$written" -v p="${page:-0}" -v r="${row:-0}" -v e="${import_end:-0}" 'BEGIN {
  printf "new article written %.1f s into the import; page after %.1f s; ledger row published after %.1f s; import took %.1f s\n",
    w - s, (p ? p - w : -1), (r ? r - w : -1), (e ? e - s : -1) }'
