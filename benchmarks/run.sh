#!/usr/bin/env bash
# Runs every measurement of BENCHMARKS.md: the JMH suite (JSON results, tables, docs/benchmarks.svg),
# the end-to-end server throughput and the compile-time cost. Takes about 35 minutes; run it on a quiet
# machine. Results go to benchmarks/target/bench/.
#   JMH_ARGS='-f 1 -wi 2 -i 3 -w 1s -r 1s' benchmarks/run.sh     a quick development run
#   benchmarks/run.sh jmh|e2e|compile-cost                          one part only
set -euo pipefail
cd "$(dirname "$0")/.."
JMH_ARGS=${JMH_ARGS:--f 2 -wi 5 -i 5 -w 1s -r 1s}
parts=${1:-jmh e2e compile-cost}
mkdir -p benchmarks/target/bench
for part in $parts; do
  mvn -B -q -pl benchmarks -am verify -DskipTests -P"$part" \
    "-Djmh.args=$JMH_ARGS -prof gc -prof dev.preflight.bench.jmh.CpuTimeProfiler"
done
