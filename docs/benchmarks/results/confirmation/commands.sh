#!/usr/bin/env bash
cd /work/wt-bench
CP="cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)"
echo "start $(date -u +%H:%M) load $(cat /proc/loadavg)"
for t in 1 4; do
  java -cp "$CP" org.openjdk.jmh.Main 'AsyncThroughputBenchmark|AsyncCallerBenchmark' -p format=JSON -f 3 -wi 3 -w 1s -i 5 -r 1s -t $t -prof gc -jvmArgsAppend -Dcairn.bench.dir=/tmp/cairn-bench -rf json -rff /tmp/confirm/threads-$t.json > /tmp/confirm/log-$t.txt 2>&1
done
echo "end $(date -u +%H:%M) load $(cat /proc/loadavg)"
