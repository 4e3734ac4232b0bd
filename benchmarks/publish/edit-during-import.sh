#!/usr/bin/env bash
# An article written during a long first import (issue 17): how long until it is published.
#   bash benchmarks/publish/edit-during-import.sh [N=10000] [channel=all]
# Starts `publish` over N generated articles from an empty data folder (every article due: a first import), writes a
# new article due now into the content folder AFTER seconds later, then polls the ledger until the new article is
# published on the website. Prints the seconds from the write to the page and to the ledger row, and the whole run.
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
while kill -0 "$pid" 2>/dev/null || [ -z "$row" ]; do
  if [ -z "$page" ] && ls "$data"/site/bai-viet/thong-bao-moi-viet-trong-luc-nhap-kho-bai*.html >/dev/null 2>&1; then page=$(date +%s.%N); fi
  if [ -z "$row" ] && [ -f "$data/cchc.db" ] && [ "$(sqlite3 "file:$data/cchc.db?mode=ro" "SELECT state FROM publications WHERE article_id='moi/tin-moi' AND channel='website'" 2>/dev/null)" = "published" ]; then row=$(date +%s.%N); fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
wait "$pid" || true
end=$(date +%s.%N)
[ -z "$row" ] && [ "$(sqlite3 "$data/cchc.db" "SELECT state FROM publications WHERE article_id='moi/tin-moi' AND channel='website'")" = "published" ] && row=$end
awk -v s="$start" -v w="$written" -v p="${page:-0}" -v r="${row:-0}" -v e="$end" 'BEGIN {
  printf "new article written %.1f s into the run; page after %.1f s; ledger row published after %.1f s; whole run %.1f s\n",
    w - s, (p ? p - w : -1), (r ? r - w : -1), e - s }'
