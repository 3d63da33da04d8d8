#!/usr/bin/env python3
"""Writes a site file of N sites for the streaming measurement in BENCHMARKS.md.

The sites are the bundled PSP sites repeated, each copy with its own id ("site-0", "site-1", ...):
their figures are real, their number is not. Usage: many-sites.py N OUT.json
"""
import json
import sys
from pathlib import Path

BUNDLED = Path(__file__).resolve().parents[2] / "psp-examples/src/main/resources/org/psp/examples/psp-sites.json"


def main():
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    sites = json.loads(BUNDLED.read_text(encoding="utf-8"))["sites"]
    with out.open("w", encoding="utf-8") as file:
        file.write('{"sites": [')
        for i in range(count):
            site = dict(sites[i % len(sites)], id="site-%d" % i)
            file.write(("," if i else "") + json.dumps(site))
        file.write("]}\n")


if __name__ == "__main__":
    main()
