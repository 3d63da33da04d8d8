#!/bin/sh
# Cold start of `psp advise` from several builds, in one run, in turns with the one-rule Drools
# program, so that the machine's drift falls on every build alike (BENCHMARKS.md, "Start-up").
# Each argument is the root of a checkout built with `mvn -B -ntp package -DskipTests -Pbenchmarks`, e.g. a
# `git worktree` of the commit to compare with. The launcher must run where its build made it:
# Java 17 uses the class-data-sharing archive only for the jar at the path (and of the size and
# time) it was made from.
#
#     sh psp-benchmarks/scripts/startup-builds.sh [-r ROUNDS] [-c "COMMAND ARGS"] ROOT...
#
# Prints each build's median wall time over ROUNDS (default 15) and its ratio to the one-rule
# program, which runs from the first build's benchmarks.jar.
set -eu
rounds=15
command=advise
while getopts r:c: option; do
  case $option in
    r) rounds=$OPTARG ;;
    c) command=$OPTARG ;;
    *) echo "usage: $0 [-r ROUNDS] [-c COMMAND] ROOT..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: $0 [-r ROUNDS] [-c COMMAND] ROOT..." >&2; exit 2; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
yardstick="$java -cp $1/psp-benchmarks/target/benchmarks.jar org.psp.benchmarks.OneRuleProgram"
times=$(mktemp)
trap 'rm -f "$times"' EXIT

run() {
  start=$(date +%s%N)
  sh -c "$2" > /dev/null 2>&1 || { echo "failed: $2" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$1|$(( (end - start) / 1000000 ))" >> "$times"
}

for round in $(seq "$rounds"); do
  run "one-rule Drools program" "$yardstick"
  for root in "$@"; do
    run "$root" "$root/psp-examples/target/psp $command"
  done
done

python3 - "$times" "$command" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    name, ms = line.rstrip("\n").rsplit("|", 1)
    times.setdefault(name, []).append(int(ms))
base = statistics.median(times["one-rule Drools program"])
print(f"psp {sys.argv[2]}, {len(times['one-rule Drools program'])} rounds")
for name, values in times.items():
    median = statistics.median(values)
    print(f"{name:32} median {median / 1000:.2f} s  ({min(values) / 1000:.2f}-{max(values) / 1000:.2f})  "
          f"{median / base:.2f}x the one-rule program")
PY
