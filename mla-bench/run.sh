#!/usr/bin/env bash
# The short performance profile (about three minutes on two cores): builds the benchmark jar, then runs
# org.openmla.bench.PerformanceReport, which writes docs/PERFORMANCE.md — ratios against Easy Rules, Spring
# Statemachine, stateless4j and hand-written code, JMH times with -prof gc, throughput on 1 and 2 threads and a stack
# profile of a decision.
#   mla-bench/run.sh                 the whole profile, 1,000,000 decisions for the throughput
#   DECISIONS=200000 mla-bench/run.sh  fewer decisions for the throughput
#   PERF_NOTE="shared with other builds" mla-bench/run.sh  a note on the machine, written beside its load average
# Cold start is measured separately by mla-bench/cold-start.sh; its last table (mla-bench/target/cold-start.md) is copied in.
# Environment: JAVA_HOME (or java on the PATH), Java 17 or later.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="mla-bench/target/mla-bench.jar"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="java"
fi

cd "$ROOT"
echo "run.sh: building $JAR..." >&2
./mvnw -B -q -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -pl mla-bench -am package
exec "$JAVA" -Djmh.ignoreLock=true -cp "$JAR" org.openmla.bench.PerformanceReport docs/PERFORMANCE.md "${DECISIONS:-1000000}" "$JAR"
