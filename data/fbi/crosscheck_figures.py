#!/usr/bin/env python3
"""Checks psp-site-figures.csv against an independent reading of the FBI's .xls tables in this folder.

    /usr/bin/python3 data/fbi/crosscheck_figures.py   (from the repository's root; needs Debian's python3-xlrd)

psp-site-figures.csv is written by the project's Java reader of these tables (PspSiteFigures, see
../README.md). This script reads the same files with xlrd, a different reader, for every roster site
(../roster/psp-roster.csv, with the FBI's other names in ../roster/fbi-city-names.csv), and prints every
row or value on which the two disagree; it exits 1 when a figure or a row differs. Footnote flags are
compared by kind: xlrd's reading maps a footnote to a kind by its text (see KIND below), so a difference
there is printed for review, not counted as an error. Not part of the build: a check, run by hand.
"""
import csv
import os
import re
import sys

import xlrd  # Debian: apt-get install python3-xlrd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {2014: "cius-2014-table-8.xls", 2015: "cius-2015-table-8.xls", 2016: "cius-2016-table-6.xls",
         2017: "cius-2017-table-8.xls", 2018: "cius-2018-table-8.xls", 2019: "cius-2019-table-8.xls"}
STATES = {"ALABAMA": "AL", "ALASKA": "AK", "ARIZONA": "AZ", "ARKANSAS": "AR", "CALIFORNIA": "CA", "COLORADO": "CO",
          "CONNECTICUT": "CT", "DELAWARE": "DE", "DISTRICT OF COLUMBIA": "DC", "FLORIDA": "FL", "GEORGIA": "GA",
          "HAWAII": "HI", "IDAHO": "ID", "ILLINOIS": "IL", "INDIANA": "IN", "IOWA": "IA", "KANSAS": "KS",
          "KENTUCKY": "KY", "LOUISIANA": "LA", "MAINE": "ME", "MARYLAND": "MD", "MASSACHUSETTS": "MA",
          "MICHIGAN": "MI", "MINNESOTA": "MN", "MISSISSIPPI": "MS", "MISSOURI": "MO", "MONTANA": "MT",
          "NEBRASKA": "NE", "NEVADA": "NV", "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM",
          "NEW YORK": "NY", "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", "OHIO": "OH", "OKLAHOMA": "OK",
          "OREGON": "OR", "PENNSYLVANIA": "PA", "RHODE ISLAND": "RI", "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD",
          "TENNESSEE": "TN", "TEXAS": "TX", "UTAH": "UT", "VERMONT": "VT", "VIRGINIA": "VA", "WASHINGTON": "WA",
          "WEST VIRGINIA": "WV", "WISCONSIN": "WI", "WYOMING": "WY"}


def kind(note, violent_blank):
    """The contract's flag kind for a footnote's text; None for footnotes that are not flags (arson, population).

    A footnote that says data were left out ("underreported", "did not follow national UCR Program
    guidelines") is about the cells the row leaves blank: a flag only when a violent-crime cell is blank,
    not when the only blank is arson or a property offense (Cincinnati 2018, Toledo 2014)."""
    text = note.lower()
    if "arson" in text:
        return None
    if "not comparable" in text:
        return "NOT_COMPARABLE"
    if "underreported" in text:
        return "UNDERREPORTED" if violent_blank else None
    if "did not follow national ucr" in text:
        return "GUIDELINES_NOT_FOLLOWED" if violent_blank else None
    if "legacy ucr definition" in text and "column" not in text:
        return "LEGACY_RAPE_DEFINITION"
    return None


def years(text):
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def read(roster):
    """(name, state, year) -> (population, murders, rapes, robberies, aggravated assaults, flag kinds)."""
    # The FBI's other names for a roster city (../roster/fbi-city-names.csv), in the years it used them.
    aliases = {(r["fbi_city"], r["state"], y): r["site"]
               for r in csv.DictReader(open(os.path.join(HERE, "..", "roster", "fbi-city-names.csv")))
               for y in years(r["years"])}
    found = {}
    for year, name in FILES.items():
        sheet = xlrd.open_workbook(os.path.join(HERE, name)).sheet_by_index(0)
        header = [str(h).replace("\n", " ") for h in sheet.row_values(0)]
        column = lambda prefix: [i for i, h in enumerate(header) if h.startswith(prefix)]
        notes = {}
        for r in range(sheet.nrows):
            m = re.match(r"^(\d+)\s*(\D.*)", str(sheet.cell_value(r, 0)).strip())
            if m and sheet.cell_value(r, 1) == "":
                notes[m.group(1)] = m.group(2)
        state, state_digits = None, ""
        for r in range(1, sheet.nrows):
            cell = str(sheet.cell_value(r, 0)).strip()
            if cell and not cell[0].isdigit():
                m = re.match(r"^([A-Z ]+?)([\d, ]*)$", cell)
                state, state_digits = STATES.get(m.group(1).strip()), m.group(2)
            m = re.match(r"^(.*?)([\d, ]*)$", str(sheet.cell_value(r, 1)).strip())
            city, city_digits = m.group(1).strip(), m.group(2)
            city = aliases.get((city, state, year), city)
            if (city, state) not in roster:
                continue
            value = lambda i: "" if sheet.cell_value(r, i) == "" else str(int(sheet.cell_value(r, i)))
            rape = column("Rape")
            rapes, kinds = value(rape[0]), set()
            if len(rape) == 2 and rapes == "" and value(rape[1]) != "":
                rapes = value(rape[1])
                kinds.add("LEGACY_RAPE_DEFINITION")
            violent = [column("Violent")[0], column("Murder")[0], column("Robbery")[0], column("Aggravated")[0]]
            violent_blank = rapes == "" or any(value(i) == "" for i in violent)
            for digit in re.findall(r"\d+", state_digits) + re.findall(r"\d+", city_digits):
                kinds.add(kind(notes[digit], violent_blank))
            kinds.discard(None)
            found[(city, state, str(year))] = (value(2), value(column("Murder")[0]), rapes, value(column("Robbery")[0]),
                                               value(column("Aggravated")[0]), sorted(kinds))
    return found


def main():
    roster = {(r["site"], r["state"]) for r in csv.DictReader(open(os.path.join(HERE, "..", "roster", "psp-roster.csv")))}
    theirs = read(roster)
    errors = 0
    with open(os.path.join(HERE, "psp-site-figures.csv"), newline="") as f:
        ours = {(r["name"], r["state"], r["year"]): r for r in csv.DictReader(f)}
    for key, row in sorted(ours.items()):
        figures = (row["population"], row["murders"], row["rapes"], row["robberies"], row["aggravatedAssaults"])
        other = theirs.pop(key, None)
        if other is None:
            print("only in psp-site-figures.csv:", key)
            errors += 1
            continue
        if figures != other[:5]:
            print("figures differ:", key, figures, "xlrd:", other[:5])
            errors += 1
        kinds = sorted({f.split(":")[0] for f in row["flags"].split("|") if f})
        if kinds != other[5]:
            print("flags differ (review):", key, kinds, "xlrd:", other[5])
    for key in sorted(theirs):
        print("only in the tables (an exact roster name):", key)
        errors += 1
    print(f"{len(ours)} rows compared, {errors} differing")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
