#!/usr/bin/env bash
# Rungs benchmark (docs/performance.md), for Linux (GNU time, /dev/shm): builds synthetic corpora of several sizes with rungs
# published in Release for this machine (ReadyToRun) and prints
# wall time, pages written, pages/s, peak memory and each pipeline stage's time; then a no-change rebuild, and optionally
# Hugo on the same corpus (--hugo) and the dev server's edit-to-reload latency (--serve). Prints figures; asserts nothing.
#
#   scripts/benchmark.sh [--sizes "1000 10000"] [--runs 3] [--hugo] [--serve] [--dir /dev/shm/rungs-bench] [--seed 1]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

sizes="1000 10000"
runs=3
hugo=0
serve=0
dir=/dev/shm/rungs-bench
seed=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --hugo) hugo=1; shift ;;
    --serve) serve=1; shift ;;
    --dir) dir="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
if [ "$hugo" = 1 ] && ! command -v hugo >/dev/null; then echo "--hugo needs Debian's hugo (apt-get install hugo)" >&2; exit 2; fi

mkdir -p "$dir"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1
# Published for this platform, so precompiled (ReadyToRun, see Rungs.Cli.csproj), as a large site's build machine would run it.
case "$(uname -s)/$(uname -m)" in Linux/x86_64) rid=linux-x64 ;; Linux/aarch64|Linux/arm64) rid=linux-arm64 ;; *) rid= ;; esac
echo "== publishing rungs (Release${rid:+, $rid, ReadyToRun}) into $dir/bin"
if [ -n "$rid" ]; then
  dotnet publish generator/Rungs.Cli -c Release -r "$rid" --self-contained false -o "$dir/bin" -nologo -v quiet -warnaserror >/dev/null
else
  dotnet build generator/Rungs.Cli -c Release -o "$dir/bin" -nologo -v quiet -warnaserror >/dev/null
fi
rungs="$dir/bin/rungs"

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Runs a command under /usr/bin/time; prints "<wall seconds> <peak RSS in MB>" and keeps its stdout in $dir/last.log.
timed() {
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$@" >"$dir/last.log" 2>"$dir/last.err" || { cat "$dir/last.err" >&2; exit 1; }
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$dir/time.txt"
}

summary=()
for n in $sizes; do
  corpus="$dir/corpus-$n"
  if [ ! -f "$corpus/site.yml" ] || [ "$(cat "$corpus/.bench-seed" 2>/dev/null)" != "$seed" ]; then
    echo "== generating $n classes (seed $seed)"
    "$rungs" dev generate-corpus --classes "$n" --seed "$seed" --out "$corpus" --force
    echo "$seed" > "$corpus/.bench-seed"
  fi
  out="$dir/out-$n"
  if [ "$hugo" = 1 ]; then
    site="$dir/hugo-site"
    rm -rf "$site" && mkdir -p "$site" && cp -r scripts/hugo-bench/. "$site/"
  fi
  # Runs alternate between rungs and Hugo, so a noisy machine slows both alike. Each starts from an empty output folder
  # (removed untimed): Hugo writes over what is there, while rungs would also delete its previous output (about 0.9 s
  # for 44,000 files at 10,000 classes), which is not the work being compared.
  walls=(); peak=0; hwalls=(); hpeak=0
  for run in $(seq 1 "$runs"); do
    rm -rf "$out"
    read -r wall mb < <(timed "$rungs" build --content "$corpus" --output "$out" --force --timings)
    walls+=("$wall"); [ "$mb" -gt "$peak" ] && peak=$mb
    echo "   rungs build, $n classes, run $run: $wall s, peak $mb MB"
    cp "$dir/last.log" "$dir/rungs.log"
    if [ "$hugo" = 1 ]; then
      rm -rf "$dir/hugo-out-$n"
      read -r hwall hmb < <(timed hugo --quiet --source "$site" --contentDir "$corpus" --destination "$dir/hugo-out-$n")
      hwalls+=("$hwall"); [ "$hmb" -gt "$hpeak" ] && hpeak=$hmb
      echo "   hugo, $n classes, run $run: $hwall s, peak $hmb MB"
    fi
  done
  wall=$(printf '%s\n' "${walls[@]}" | median)
  pages=$(grep -o 'Built [0-9]* pages ([0-9]* files)' "$dir/rungs.log" | head -1)
  npages=$(echo "$pages" | awk '{ print $2 }')
  echo "== rungs, $n classes: median $wall s over $runs runs; $pages; $(awk -v p="$npages" -v w="$wall" 'BEGIN { printf "%.0f", p / w }') pages/s; peak $peak MB"
  echo "   stages of the last run:"
  grep -E '^ +[a-z( )]+ +[0-9]+ ms$' "$dir/rungs.log" | sed 's/^/  /'

  read -r nochange nochange_mb < <(timed "$rungs" build --content "$corpus" --output "$out")
  grep -q '^Up to date' "$dir/last.log" || { echo "the no-change rebuild did not find the output up to date" >&2; exit 1; }
  echo "== no-change rebuild, $n classes: $nochange s, peak $nochange_mb MB"
  line="$n classes: rungs $wall s ($npages pages, $peak MB); no-change rebuild $nochange s"

  if [ "$hugo" = 1 ]; then
    hwall=$(printf '%s\n' "${hwalls[@]}" | median)
    hpages=$(find "$dir/hugo-out-$n" -name '*.html' | wc -l)
    ratio=$(awk -v r="$wall" -v h="$hwall" 'BEGIN { printf "%.2f", r / h }')
    echo "== hugo $(hugo version | awk '{ print $2 }'), $n classes: median $hwall s; $hpages pages; peak $hpeak MB; rungs/hugo = $ratio"
    line="$line; hugo $hwall s ($hpages pages, $hpeak MB); rungs/hugo $ratio"
  fi

  if [ "$serve" = 1 ]; then
    # Edit one class file while `rungs serve` runs, and time until the reload event for its page arrives.
    port=$(( 20000 + RANDOM % 20000 ))
    "$rungs" serve --content "$corpus" --port "$port" >"$dir/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 600); do grep -q '^Serving' "$dir/serve.log" && break; sleep 0.5; done
    class=$(find "$corpus/series" -name '*.md' ! -name '_series.md' | sort | sed -n "$(( n / 2 ))p")
    page="series/$(basename "$(dirname "$class")")/$(basename "$class" .md)/index.html"
    latencies=()
    for run in $(seq 1 "$runs"); do
      # curl writes the event stream straight to a file; the loop below polls it every 10 ms (the timing's resolution).
      : >"$dir/events.log"
      curl -sN --max-time 120 "http://127.0.0.1:$port/__rungs/events" >"$dir/events.log" 2>/dev/null &
      reader=$!
      sleep 1
      start=$(date +%s%N)
      echo "Benchmark edit $run." >>"$class"
      at=
      for _ in $(seq 1 3000); do
        if grep -q "\"$page\"" "$dir/events.log" 2>/dev/null; then at=$(date +%s%N); break; fi
        sleep 0.01
      done
      kill "$reader" 2>/dev/null || true; wait "$reader" 2>/dev/null || true
      [ -n "$at" ] || { echo "no reload event for $page within 30 s; server log:" >&2; tail -20 "$dir/serve.log" >&2; kill "$server"; exit 1; }
      latencies+=("$(( (at - start) / 1000000 ))")
      echo "   serve, $n classes, edit $run: reload event after ${latencies[-1]} ms"
      # Each edit is timed from an idle server: wait for this rebuild's last step (site pages, search index, site files).
      for _ in $(seq 1 600); do [ "$(grep -c 'then site pages' "$dir/serve.log")" -ge "$run" ] && break; sleep 0.1; done
      sleep 0.5
    done
    kill -INT "$server" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true
    sed -i '/^Benchmark edit [0-9]*\.$/d' "$class"
    latency=$(printf '%s\n' "${latencies[@]}" | median)
    echo "== serve, $n classes: edit to reload event, median $latency ms"
    line="$line; serve edit→reload $latency ms"
  fi
  summary+=("$line")
done

echo
echo "== summary ($(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), output in $dir)"
printf '%s\n' "${summary[@]}"
