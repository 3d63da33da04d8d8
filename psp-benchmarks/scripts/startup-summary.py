#!/usr/bin/env python3
"""Summarises the rounds of startup.sh and startup-builds.sh (BENCHMARKS.md, "Start-up").

Usage: startup-summary.py TIMES HEADING. TIMES has one line per command and round, in the order
run: NAME|WALL USER SYSTEM (seconds, as `/usr/bin/time -f '%e %U %S'` prints them). Prints, per
name, the median wall time and its ratio to the one-rule program's median, the median of its
round-by-round ratios to the one-rule program of the same round (the machine's drift cancels), and
the median CPU time (user + system) and its ratio.
"""
import statistics
import sys

YARDSTICK = "one-rule Drools program"


def main():
    rounds = {}
    for line in open(sys.argv[1]):
        name, measured = line.rstrip("\n").rsplit("|", 1)
        wall, user, system = (float(x) for x in measured.split())
        rounds.setdefault(name, []).append((wall, user + system))
    base = rounds[YARDSTICK]
    base_wall = statistics.median(b[0] for b in base)
    base_cpu = statistics.median(b[1] for b in base)
    print(f"{len(base)} rounds in turns, {sys.argv[2]}; x: against the one-rule program (wall, CPU = user + system)")
    print(f"{'':32} {'wall: median (min-max)':>24} {'x':>6} {'paired x':>8} {'CPU: median':>12} {'x':>6}")
    for name, values in rounds.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        paired = statistics.median(v[0] / b[0] for v, b in zip(values, base))
        print(f"{name:32} {wall:8.2f} s ({min(v[0] for v in values):.2f}-{max(v[0] for v in values):.2f}) "
              f"{wall / base_wall:5.2f}x {paired:7.2f}x {cpu:10.2f} s {cpu / base_cpu:5.2f}x")


if __name__ == "__main__":
    main()
