#!/bin/sh
# Cold start of the command line against a one-rule Drools program, in one run, in turns, so that
# the machine's drift falls on every command alike (BENCHMARKS.md, "Cold start of the command line").
# Run from the project's root after `mvn -B -ntp package -DskipTests -Pbenchmarks`:
#
#     sh psp-benchmarks/scripts/startup.sh [ROUNDS]
#
# With JAVA25 set to a Java 25's home (e.g. JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64), the launcher
# runs on it too, with its ahead-of-time cache (made by the build on Java 25 or given
# -Dpsp.aot.jdk, else by a first run here, before the rounds).
#
# Prints (startup-summary.py) each command's median wall time over ROUNDS (default 10), its ratio to
# the one-rule program's median and the median of its ratios round by round, and its median CPU time
# (user + system) and ratio: CPU time suffers less than wall time when other work shares the cores.
set -eu
rounds=${1:-10}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
rules=psp-examples/rule-author
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A rule author's first try: one added rule (the rule-author example's first) and its scenarios.
awk '/^rule /{n++} n<2' "$rules/rules/local-policy.drl" > "$work/one-rule.drl"

# The psp rows run on the one-rule program's Java, named as JAVA_HOME: without it, the launcher would
# run the Java 25 that made psp.aot at build time, if the build was given one.
home=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
psp="JAVA_HOME=$home psp-examples/target/psp"

set -- \
  "one-rule Drools program|$java -cp psp-benchmarks/target/benchmarks.jar org.psp.benchmarks.OneRuleProgram" \
  "java -jar psp.jar advise|$java -jar psp-examples/target/psp.jar advise" \
  "psp advise|$psp advise" \
  "psp advise --sites ONE|$psp advise --sites $work/one-site.json" \
  "psp advise, no data-gap tries|$psp advise --sites $work/no-tries.json" \
  "psp test, one added rule|$psp test $rules/scenarios/incident-at-an-ineligible-site.scenario.json --rules $work/one-rule.drl"
if [ -n "${JAVA25:-}" ]; then
  JAVA_HOME=$JAVA25 psp-examples/target/psp advise > /dev/null 2>&1
  # A build on Java 17 not given a Java 25 made no cache: that first run started making it in the background.
  while [ -d psp-examples/target/psp.aot.lock ]; do sleep 1; done
  set -- "$@" \
    "psp advise, Java 25 + AOT cache|JAVA_HOME=$JAVA25 psp-examples/target/psp advise" \
    "psp test, Java 25 + AOT cache|JAVA_HOME=$JAVA25 psp-examples/target/psp test $rules/scenarios/incident-at-an-ineligible-site.scenario.json --rules $work/one-rule.drl"
fi

# ONE: Baltimore alone. NO-TRIES: the 24 bundled sites with the four figures the data-gap probe tries
# (missing from every bundled year) set to 0.5, so that each site takes one evaluation instead of
# nine: what the probe costs at start-up. The 0.5 is made up for this measurement, not a figure.
python3 - "$work/one-site.json" "$work/no-tries.json" <<'PY'
import json, sys
sites = json.load(open("psp-examples/src/main/resources/org/psp/examples/psp-sites.json"))["sites"]
json.dump({"sites": [s for s in sites if s["id"] == "baltimore-md"]}, open(sys.argv[1], "w"))
for site in sites:
    for year in site["statistics"]:
        for figure in ("firearmShare", "gangShare", "drugShare", "homicideClearanceRate"):
            year.setdefault(figure, 0.5)
json.dump({"sites": sites}, open(sys.argv[2], "w"))
PY

for round in $(seq "$rounds"); do
  for entry in "$@"; do
    name=${entry%%|*}
    command=${entry#*|}
    /usr/bin/time -f '%e %U %S' -o "$work/time" sh -c "$command" > /dev/null 2>&1 \
      || { echo "failed: $command" >&2; exit 1; }
    echo "$name|$(tail -n 1 "$work/time")" >> "$work/times"
  done
done

python3 "$(dirname "$0")/startup-summary.py" "$work/times" "psp commands"
