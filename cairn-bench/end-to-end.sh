#!/usr/bin/env bash
# Issue 19's end-to-end scenario: Cairn, Logback and Log4j2 each log the same records through SLF4J 2 from a cold JVM
# to one JSON file (set-up cairn-api: Cairn through its own API), every record is checked, and a Markdown table of
# records/s is printed. See docs/benchmarks.md.
#
#   cairn-bench/end-to-end.sh                              2,000,000 records at 1 and 2 threads, 3 runs each
#   cairn-bench/end-to-end.sh --records 8000000 --threads 1
#   cairn-bench/end-to-end.sh --setups cairn,logback-tuned  (also: cairn-api, logback-default, log4j2-async; --dir, --runs)
#
# Environment: JAVA_HOME selects the JDK the children run on.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl cairn-bench -am package -DskipTests
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_bin" -cp "cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)" \
  dev.cairn.bench.endtoend.EndToEnd "$@"
