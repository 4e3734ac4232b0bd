#!/usr/bin/env bash
# publish to the static site against Hugo building the same pages (issue 17), whole processes, paired.
#   bash benchmarks/publish/vs-hugo.sh N [channel=website|zalo|facebook|radio|all]
# Needs: a Release publish of the app in $APP (default /tmp/cchc-bin/CchcPublisher: `dotnet publish
# src/CchcPublisher -c Release -o /tmp/cchc-bin`), the benchmark project built in Release, Debian's hugo
# (apt-get install hugo; 0.111.3 measured) and GNU time. Each run starts from an empty data folder, so every
# article is published; Hugo renders the same Markdown files with two one-line layouts and a category taxonomy.
# Prints one "/usr/bin/time" line per run: A (CchcPublisher) and B (Hugo) alternated, RUNS pairs (default 3).
set -euo pipefail
n=${1:?article count}
channel=${2:-website}
runs=${RUNS:-3}
cd "$(dirname "$0")/../.."
app=${APP:-/tmp/cchc-bin/CchcPublisher}
bench="dotnet benchmarks/CchcPublisher.Benchmarks/bin/Release/net10.0/CchcPublisher.Benchmarks.dll"
work=${WORK:-/tmp/cchc-perf}
corpus=$work/d$n
site=$work/hugo/site$n
mkdir -p "$work"

[ -d "$corpus/articles" ] || $bench corpus --count "$n" --dated 100 --from 2026-01-05 --out "$corpus" --force

if [ ! -d "$site" ]; then
  mkdir -p "$site/content" "$site/layouts/_default"
  ln -s "$corpus/articles" "$site/content/posts"
  printf 'baseURL = "https://xa.example.gov.vn/"\nlanguageCode = "vi"\ntitle = "Xã"\n[taxonomies]\ncategory = "categories"\n' > "$site/hugo.toml"
  echo '<!doctype html><title>{{ .Title }}</title><h1>{{ .Title }}</h1><time>{{ .Date }}</time>{{ .Content }}' > "$site/layouts/_default/single.html"
  echo '<!doctype html><title>{{ .Title }}</title>{{ range .Pages }}<h2>{{ .Title }}</h2><time>{{ .Date }}</time>{{ .Summary }}{{ end }}' > "$site/layouts/_default/list.html"
fi

fmt="%e s wall %U user %S sys %M KB"
for i in $(seq 1 "$runs"); do
  rm -rf "$work/pub$n" "$work/hugo-out$n"
  only=(--channel "$channel"); [ "$channel" = all ] && only=()
  printf 'A cchc  '; /usr/bin/time -f "$fmt" "$app" publish --due-until 2027-12-31 "${only[@]}" \
      --content "$corpus" --data "$work/pub$n" 2>&1 >/dev/null | tail -1
  printf 'B hugo  '; (cd "$site" && /usr/bin/time -f "$fmt" hugo --quiet -d "$work/hugo-out$n" 2>&1 >/dev/null | tail -1)
done
echo "pages: cchc $(find "$work/pub$n" -name '*.html' | wc -l), hugo $(find "$work/hugo-out$n" -name '*.html' | wc -l)"
