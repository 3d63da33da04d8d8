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
# Prints each build's median wall time over ROUNDS (default 15), its ratio to the one-rule program's
# median and the median of its ratios round by round, and its median CPU time (user + system) and
# ratio. The one-rule program runs from the first build's benchmarks.jar.
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
# Each build's launcher runs on the one-rule program's Java, named as JAVA_HOME: without it, a
# launcher would run the Java 25 that made its psp.aot at build time, if its build was given one.
home=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
times=$(mktemp)
trap 'rm -f "$times" "$times.run"' EXIT

run() {
  /usr/bin/time -f '%e %U %S' -o "$times.run" sh -c "$2" > /dev/null 2>&1 || { echo "failed: $2" >&2; exit 1; }
  echo "$1|$(tail -n 1 "$times.run")" >> "$times"
}

for round in $(seq "$rounds"); do
  run "one-rule Drools program" "$yardstick"
  for root in "$@"; do
    run "$root" "JAVA_HOME=$home $root/psp-examples/target/psp $command"
  done
done

python3 - "$times" "$command" <<'PY'
import statistics, sys
# Each line: NAME|WALL USER SYSTEM (seconds), one per command and round, in the order run.
rounds = {}
for line in open(sys.argv[1]):
    name, measured = line.rstrip("\n").rsplit("|", 1)
    wall, user, system = (float(x) for x in measured.split())
    rounds.setdefault(name, []).append((wall, user + system))
base = rounds["one-rule Drools program"]
print(f"psp {sys.argv[2]}, {len(rounds['one-rule Drools program'])} rounds in turns; x: against the one-rule program (wall, CPU = user + system)")
print(f"{'':32} {'wall: median (min-max)':>24} {'x':>6} {'paired x':>8} {'CPU: median':>12} {'x':>6}")
for name, values in rounds.items():
    wall = statistics.median(v[0] for v in values)
    cpu = statistics.median(v[1] for v in values)
    # The median of each round's ratio to the yardstick of the same round: the machine's drift cancels.
    paired = statistics.median(v[0] / b[0] for v, b in zip(values, base))
    print(f"{name:32} {wall:8.2f} s ({min(v[0] for v in values):.2f}-{max(v[0] for v in values):.2f}) "
          f"{wall / statistics.median(b[0] for b in base):5.2f}x {paired:7.2f}x {cpu:10.2f} s "
          f"{cpu / statistics.median(b[1] for b in base):5.2f}x")
PY
