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
# Prints (startup-summary.py) each build's median wall time over ROUNDS (default 15), its ratio to
# the one-rule program's median and the median of its ratios round by round, and its median CPU time
# (user + system) and ratio. The one-rule program runs from the first build's benchmarks.jar.
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

python3 "$(dirname "$0")/startup-summary.py" "$times" "psp $command"
