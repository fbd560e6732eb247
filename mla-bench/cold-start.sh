#!/usr/bin/env bash
# Cold start of the command line: wall time of `mla evaluate SAMPLE` to its first decision, over RUNS runs each, as
# users run it (./mla: C1 only, SerialGC and an application class-data sharing archive) and with the jar run directly
# under each JVM option in turn, then the split of one run by step (org.openmla.bench.ColdStart). Prints a Markdown
# table and writes it to mla-bench/target/cold-start.md, which mla-bench/run.sh copies into docs/PERFORMANCE.md.
#   mla-bench/cold-start.sh [SAMPLE] [RUNS]     default: mla-examples/requests/untoc-bank-records.json, 10 runs
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SAMPLE="${1:-mla-examples/requests/untoc-bank-records.json}"
RUNS="${2:-10}"
OUT="mla-bench/target/cold-start.md"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

# Build what ./mla runs (the jar and its class-data sharing archive, on first use) and the split's main class.
./mla --version >/dev/null
./mvnw -B -q -o -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -pl mla-bench -am compile >/dev/null
JAR="mla-cli/target/mla.jar"
ARGS=(-jar "$JAR" evaluate "$SAMPLE" --on 2026-03-02)
# The archive the build made of the classes the common commands load (an application class-data sharing archive takes
# jars only, so the split below, which runs from mla-bench/target/classes, runs without it).
CDS="mla-cli/target/mla.jsa"
NOLOG=(-Xlog:cds=off -Xlog:cds+dynamic=off)

# median, min and max wall time, and median CPU time (user + system, all threads), in ms, of RUNS runs of a command.
# On a loaded machine the wall time stretches with the load; the CPU time much less.
measure() {
  local walls=() cpus=() loads=() line
  for ((i = 0; i < RUNS; i++)); do
    loads+=("$(cut -d' ' -f1 /proc/loadavg)")
    line="$(/usr/bin/time -f '%e %U %S' "$@" 2>&1 >/dev/null | tail -1)" || { echo "cold-start.sh: failed: $*" >&2; exit 1; }
    walls+=("$(awk '{printf "%d", $1 * 1000}' <<<"$line")")
    cpus+=("$(awk '{printf "%d", ($2 + $3) * 1000}' <<<"$line")")
  done
  local wall cpu
  wall="$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%d ms | %d ms | %d ms", a[int((NR+1)/2)], a[1], a[NR]}')"
  cpu="$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%d ms", a[int((NR+1)/2)]}')"
  echo "$wall | $cpu | $(printf '%s\n' "${loads[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%s–%s", a[1], a[NR]}')"
}

{
  echo "Cold start of \`mla evaluate $SAMPLE\` to its first decision, $RUNS runs each ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the start):"
  echo
  echo "| how | median wall time | min | max | median CPU time (user + system) | load average over the runs |"
  echo "|---|---|---|---|---|---|"
  echo "| \`./mla evaluate\` as shipped (C1, SerialGC, the AppCDS archive) | $(measure ./mla evaluate "$SAMPLE" --on 2026-03-02) |"
  echo "| \`java -jar mla.jar\`, default options | $(measure "$JAVA" "${ARGS[@]}") |"
  echo "| + \`-XX:TieredStopAtLevel=1\` | $(measure "$JAVA" -XX:TieredStopAtLevel=1 "${ARGS[@]}") |"
  echo "| + \`-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\` (\`mla.cmd\` without the archive) | $(measure "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "${ARGS[@]}") |"
  if [[ -f "$CDS" ]]; then
    echo "| + both and the AppCDS archive (\`-XX:SharedArchiveFile\`) | $(measure "$JAVA" -XX:SharedArchiveFile="$CDS" "${NOLOG[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "${ARGS[@]}") |"
  fi
  echo "| JVM floor: \`java -version\` | $(measure "$JAVA" -Xshare:auto -version) |"
  echo
  echo "Split of single runs (default options; org.openmla.bench.ColdStart takes the command's steps in turn):"
  echo
  for ((i = 0; i < 3; i++)); do
    echo "- $("$JAVA" -cp "mla-bench/target/classes:$JAR" org.openmla.bench.ColdStart "$SAMPLE" 2>/dev/null)"
  done
  echo "- with C1 and SerialGC: $("$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "mla-bench/target/classes:$JAR" org.openmla.bench.ColdStart "$SAMPLE" 2>/dev/null)"
} | tee "$OUT"
