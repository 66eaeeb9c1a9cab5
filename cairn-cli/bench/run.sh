#!/usr/bin/env bash
# Measures cairn stats and cairn view --where against jq on one file; see docs/cli.md.
# Usage: cairn-cli/bench/run.sh /tmp/big.log   (generate it with generate.py; never commit it)
set -euo pipefail
file="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Measure a jar built beforehand, not bin/cairn building one on first use.
ls "$root"/cairn-cli/target/cairn-cli-*-all.jar > /dev/null
size=$(stat -c %s "$file")
cat "$file" > /dev/null  # warm the page cache: we measure parsing, not the disk

measure() {  # label, command...
  local label="$1"; shift
  for run in 1 2 3; do
    # Exit code 1 (nothing matched) is a result, not a failure.
    /usr/bin/time -f "$label run $run: %e s wall, %U s user, %S s sys, %M KiB max RSS" "$@" > /dev/null || [[ $? -eq 1 ]]
  done
}

echo "file: $file, $size bytes; $(nproc) cores; $(java -version 2>&1 | head -n 1)"
# Through bin/cairn, as users run it (its JVM options included), with the heap the figures in docs/cli.md use.
export CAIRN_JAVA_OPTS=-Xmx256m
for threads in 1 2; do
  measure "cairn stats --threads $threads" "$root/bin/cairn" stats -q --threads "$threads" "$file"
  measure "cairn view --where duration_ms>100 --output json --threads $threads" \
    "$root/bin/cairn" view -q --threads "$threads" --where 'duration_ms>100' --output json "$file"
done
measure "jq count by level" jq -n 'reduce inputs as $r ({}; .[$r.level] += 1)' "$file"
measure "jq filter duration_ms>100" jq -c 'select(.duration_ms > 100)' "$file"
