#!/usr/bin/env bash
# Rungs benchmark (docs/performance.md), for Linux (GNU time, /dev/shm): builds synthetic corpora of several sizes and
# shapes (`generate-corpus --shape`) with rungs published in Release for this machine (ReadyToRun) and prints wall and CPU
# time, pages/s, peak memory, each stage's time, the output's size, largest page and first-query search payload, a no-change
# rebuild and the files one class edit changes; optionally Hugo on the same corpus (--hugo; then all shapes at 10,000
# classes unless --shapes/--sizes say otherwise) and the dev server's edit-to-reload latency (--serve). Asserts nothing.
#
#   scripts/benchmark.sh [--sizes "1000 10000"] [--shapes "default prose lists"] [--runs 3] [--hugo] [--serve] [--dir /dev/shm/rungs-bench] [--seed 1]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

sizes=
shapes=
runs=3
hugo=0
serve=0
dir=/dev/shm/rungs-bench
seed=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --shapes) shapes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --hugo) hugo=1; shift ;;
    --serve) serve=1; shift ;;
    --dir) dir="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
# Comparing with Hugo is about how plans differ, so it covers every shape at the reference size unless told otherwise.
if [ "$hugo" = 1 ]; then : "${sizes:=10000}" "${shapes:=default prose lists}"; else : "${sizes:=1000 10000}" "${shapes:=default}"; fi
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

# Runs a command under /usr/bin/time; prints "<wall s> <peak RSS in MB> <CPU s (user + sys)>" and keeps its stdout in $dir/last.log.
timed() {
  /usr/bin/time -f "%e %M %U %S" -o "$dir/time.txt" "$@" >"$dir/last.log" 2>"$dir/last.err" || { cat "$dir/last.err" >&2; exit 1; }
  awk '{ printf "%s %.0f %.2f\n", $1, $2 / 1024, $3 + $4 }' "$dir/time.txt"
}

# "<sha256>  <path>" for every file under $1, sorted as comm wants (C locale): what a deploy would compare.
hashes() { (cd "$1" && find . -type f -print0 | xargs -0 sha256sum | LC_ALL=C sort); }
# The class both edits change: the middle one of a corpus of $2 classes in $1, in path order.
edited_class() { find "$1/series" -name '*.md' ! -name '_series.md' | LC_ALL=C sort | sed -n "$(( $2 / 2 ))p"; }

# The fixed first queries whose largest payload is reported (scripts/bench-search.js loads what the browser would).
queries=(pro supervisor "customer service" process)

summary=()
table=()
for shape in $shapes; do
for n in $sizes; do
  label="$shape, $n classes"
  corpus="$dir/corpus-$shape-$n"
  if [ ! -f "$corpus/site.yml" ] || [ "$(cat "$corpus/.bench-seed" 2>/dev/null)" != "$seed $shape" ]; then
    echo "== generating $n classes (seed $seed, shape $shape)"
    "$rungs" dev generate-corpus --classes "$n" --seed "$seed" --shape "$shape" --out "$corpus" --force
    echo "$seed $shape" > "$corpus/.bench-seed"
  fi
  out="$dir/out-$shape-$n"
  if [ "$hugo" = 1 ]; then
    site="$dir/hugo-site"
    rm -rf "$site" && mkdir -p "$site" && cp -r scripts/hugo-bench/. "$site/"
  fi
  # Runs alternate between rungs and Hugo, so a noisy machine slows both alike. Each starts from an empty output folder
  # (removed untimed): Hugo writes over what is there, while rungs would also delete its previous output (about 0.9 s
  # for 44,000 files at 10,000 classes), which is not the work being compared.
  walls=(); cpus=(); peak=0; hwalls=(); hcpus=(); hpeak=0
  for run in $(seq 1 "$runs"); do
    rm -rf "$out"
    read -r wall mb cpu < <(timed "$rungs" build --content "$corpus" --output "$out" --force --timings)
    walls+=("$wall"); cpus+=("$cpu"); [ "$mb" -gt "$peak" ] && peak=$mb
    echo "   rungs build, $label, run $run: $wall s wall, $cpu s CPU, peak $mb MB"
    cp "$dir/last.log" "$dir/rungs.log"
    if [ "$hugo" = 1 ]; then
      rm -rf "$dir/hugo-out-$shape-$n"
      read -r hwall hmb hcpu < <(timed hugo --quiet --source "$site" --contentDir "$corpus" --destination "$dir/hugo-out-$shape-$n")
      hwalls+=("$hwall"); hcpus+=("$hcpu"); [ "$hmb" -gt "$hpeak" ] && hpeak=$hmb
      echo "   hugo, $label, run $run: $hwall s wall, $hcpu s CPU, peak $hmb MB"
    fi
  done
  wall=$(printf '%s\n' "${walls[@]}" | median)
  cpu=$(printf '%s\n' "${cpus[@]}" | median)
  pages=$(grep -o 'Built [0-9]* pages ([0-9]* files)' "$dir/rungs.log" | head -1)
  npages=$(echo "$pages" | awk '{ print $2 }')
  echo "== rungs, $label: median $wall s wall, $cpu s CPU over $runs runs; $pages; $(awk -v p="$npages" -v w="$wall" 'BEGIN { printf "%.0f", p / w }') pages/s; peak $peak MB"
  echo "   stages of the last run:"
  grep -E '^ +[a-z( )]+ +[0-9]+ ms$' "$dir/rungs.log" | sed 's/^/  /'

  read -r nochange nochange_mb nochange_cpu < <(timed "$rungs" build --content "$corpus" --output "$out")
  grep -q '^Up to date' "$dir/last.log" || { echo "the no-change rebuild did not find the output up to date" >&2; exit 1; }
  echo "== no-change rebuild, $label: $nochange s wall, $nochange_cpu s CPU, peak $nochange_mb MB"
  line="$label: rungs $wall s wall / $cpu s CPU ($npages pages, $peak MB); no-change rebuild $nochange s"

  # What a reader and a deploy meet: the output's size, its largest page, and a first search query's download.
  files=$(find "$out" -type f | wc -l)
  mib=$(du -sb "$out" | awk '{ printf "%.1f", $1 / 1048576 }')
  read -r largest_bytes largest_page < <(find "$out" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  largest_kb=$(awk -v b="$largest_bytes" 'BEGIN { printf "%.0f", b / 1024 }')
  query_kb=$(node scripts/bench-search.js "$out" "${queries[@]}" | sed -n 's/^largest first-query payload \([0-9.]*\) KB gzip.*/\1/p')
  echo "== output, $label: $files files, $mib MiB; largest page $largest_page ($largest_kb KB); largest first-query payload ${query_kb:-?} KB gzip (queries: ${queries[*]})"

  # One class edited, then an ordinary rebuild into the same folder: how many output files a deploy would upload.
  class=$(edited_class "$corpus" "$n")
  hashes "$out" >"$dir/before.txt"
  cp "$class" "$dir/class.bak"
  printf '\nBenchmark edit: one more sentence.\n' >>"$class"
  timed "$rungs" build --content "$corpus" --output "$out" >/dev/null
  cp "$dir/class.bak" "$class"
  hashes "$out" >"$dir/after.txt"
  changed=$(LC_ALL=C comm -3 "$dir/before.txt" "$dir/after.txt" | awk '{ print $2 }' | sort -u | wc -l)
  echo "== one class edited ($(basename "$class")), rebuilt into the same folder: $changed output files added, removed or changed"
  line="$line; $files files, $mib MiB, largest page $largest_kb KB, first query ${query_kb:-?} KB gzip, one edit changes $changed files"
  hcell="-"; hcpucell="-"; ratio="-"

  if [ "$hugo" = 1 ]; then
    hwall=$(printf '%s\n' "${hwalls[@]}" | median)
    hcpu=$(printf '%s\n' "${hcpus[@]}" | median)
    hpages=$(find "$dir/hugo-out-$shape-$n" -name '*.html' | wc -l)
    ratio=$(awk -v r="$wall" -v h="$hwall" 'BEGIN { printf "%.2f", r / h }')
    echo "== hugo $(hugo version | awk '{ print $2 }'), $label: median $hwall s wall, $hcpu s CPU; $hpages pages; peak $hpeak MB; rungs/hugo = $ratio"
    line="$line; hugo $hwall s wall / $hcpu s CPU ($hpages pages, $hpeak MB); rungs/hugo $ratio"
    hcell=$hwall; hcpucell=$hcpu
  fi

  if [ "$serve" = 1 ]; then
    # Edit one class file while `rungs serve` runs, and time until the reload event for its page arrives.
    port=$(( 20000 + RANDOM % 20000 ))
    "$rungs" serve --content "$corpus" --port "$port" >"$dir/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 600); do grep -q '^Serving' "$dir/serve.log" && break; sleep 0.5; done
    class=$(edited_class "$corpus" "$n")
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
      echo "   serve, $label, edit $run: reload event after ${latencies[-1]} ms"
      # Each edit is timed from an idle server: wait for this rebuild's last step (site pages, search index, site files).
      for _ in $(seq 1 600); do [ "$(grep -c 'then site pages' "$dir/serve.log")" -ge "$run" ] && break; sleep 0.1; done
      sleep 0.5
    done
    kill -INT "$server" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true
    sed -i '/^Benchmark edit [0-9]*\.$/d' "$class"
    latency=$(printf '%s\n' "${latencies[@]}" | median)
    echo "== serve, $label: edit to reload event, median $latency ms"
    line="$line; serve edit→reload $latency ms"
  fi
  summary+=("$line")
  table+=("$(printf '%-8s %7s %8s %8s %8s %8s %6s %6s %9s %7s %8s %8s %8s' "$shape" "$n" "$wall" "$cpu" "$hcell" "$hcpucell" "$ratio" "$peak" \
    "$largest_kb" "$files" "$mib" "${query_kb:-?}" "$changed")")
done
done

echo
echo "== summary ($(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), output in $dir)"
printf '%s\n' "${summary[@]}"
echo
echo "== table (wall = median wall s, cpu = median user+sys s; a shared machine makes wall times noisy, compare CPU and the counts)"
printf '%-8s %7s %8s %8s %8s %8s %6s %6s %9s %7s %8s %8s %8s\n' shape classes "rungs s" "cpu s" "hugo s" "cpu s" ratio "MB" "page KB" files "out MiB" "query KB" "1 edit"
printf '%s\n' "${table[@]}"
