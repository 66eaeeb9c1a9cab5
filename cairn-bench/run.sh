#!/usr/bin/env bash
# Runs the benchmark suite at 1, 2 and 4 threads and regenerates the results in docs/benchmarks.md and the charts in
# docs/benchmarks/. See docs/benchmarks.md.
#
#   cairn-bench/run.sh            the published settings (about 30 minutes on 2 cores)
#   cairn-bench/run.sh --quick    fewer, shorter iterations (about 8 minutes), e.g. to check a change
#   cairn-bench/run.sh -- ARGS    extra JMH arguments, e.g. -- Throughput  (a benchmark name filter)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 cairn-bench/run.sh --name jdk25
#                                 a named run: its own section (markers results-jdk25), results folder and charts
#
# Needs jq. Environment: JAVA_HOME selects the JDK; CAIRN_BENCH_DIR the folder the logs are written to (default
# /tmp/cairn-bench; every library writes there, so to the same disk).
set -euo pipefail
cd "$(dirname "$0")/.."

jmh_settings=(-f 2 -wi 3 -w 1s -i 5 -r 1s)
name=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) jmh_settings=(-f 1 -wi 1 -w 1s -i 2 -r 1s); shift ;;
    --name) name="$2"; shift 2 ;;
    *) break ;;
  esac
done
[ "${1:-}" = "--" ] && shift

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
log_dir="${CAIRN_BENCH_DIR:-/tmp/cairn-bench}"
out=cairn-bench/target/results
mkdir -p "$out" "$log_dir"
rm -f "$out"/*.json

mvn -B -q -pl cairn-bench -am package -DskipTests
class_path="cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)"

started="$(date -u '+%Y-%m-%d %H:%M')"
load_before="$(cat /proc/loadavg)"
for threads in 1 2 4; do
  "$java_bin" -cp "$class_path" org.openjdk.jmh.Main "${jmh_settings[@]}" -t "$threads" -prof gc \
    -jvmArgsAppend "-Dcairn.bench.dir=$log_dir" -rf json -rff "$out/threads-$threads.json" "$@"
done
load_after="$(cat /proc/loadavg)"

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
{
  echo "Date: $started to $(date -u '+%H:%M') UTC"
  echo "Machine: $cpu, $(nproc) cores (nproc), $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(uname -sr)"
  echo "Logs written to $log_dir on $(df -T "$log_dir" | awk 'NR==2 {print $2 " (" $1 ")"}')"
  echo "Load average (1, 5, 15 min) before: ${load_before% * *}; after: ${load_after% * *}"
} > "$out/environment.txt"

# Keep the run's results with the docs, without the raw samples (megabytes), so the page can be regenerated from them.
kept=docs/benchmarks/results${name:+-$name}
mkdir -p "$kept"
cp "$out/environment.txt" "$kept/"
for file in "$out"/threads-*.json; do
  jq 'map(del(.primaryMetric.rawData, .primaryMetric.rawDataHistogram,
              .secondaryMetrics[].rawData, .secondaryMetrics[].rawDataHistogram))' "$file" > "$kept/$(basename "$file")"
done

"$java_bin" -cp "$class_path" dev.cairn.bench.report.Report ${name:+--name "$name"} docs/benchmarks.md docs/benchmarks \
  "$kept/environment.txt" "$kept"/threads-*.json
echo "Updated docs/benchmarks.md, docs/benchmarks/*.svg and docs/benchmarks/results/ from $out"
