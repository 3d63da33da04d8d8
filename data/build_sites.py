#!/usr/bin/env python3
"""Builds the bundled site file from the sourced tables in this folder.

    python3 data/build_sites.py   (from the repository's root; Python 3.9+, standard library only)

Reads
  roster/psp-roster.csv       the PSP sites and their cohorts (VRN 2014-2016, the PSP pilot, PSP 2017-2019)
  engagement-starts.csv       announcement dates where the roster gives only a year
  fbi/psp-site-figures.csv    the FBI's own city tables (CIUS 2014-2019), read by `psp` tooling, with footnote flags
                              and the other footnotes (notes)
  ucr/psp-site-crime-missing.csv   why the FBI left a city out of a year, where that is known
  facts/site-facts.csv, facts/seed-facts.csv   capabilities, conditions, partners and interventions, with years
and writes psp-examples/src/main/resources/org/psp/examples/psp-sites.json.

Nothing is estimated or filled in: a year whose four violent offenses are not all given is a `notReported`
year (with the FBI's reason where known, and the row's footnote flags and notes), never a zero. Every fact keeps its
source. A site, fact or figure that cannot be placed stops the build with a message naming it.
README.md says what was left out and why.
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "psp-examples", "src", "main", "resources", "org", "psp", "examples",
                   "psp-sites.json")

FIRST_YEAR, LAST_YEAR = 2014, 2019  # the FBI city tables in fbi/
FBI_TABLES = {2014: "Table 8", 2015: "Table 8", 2016: "Table 6", 2017: "Table 8", 2018: "Table 8", 2019: "Table 8"}

# Roster sites that are not bundled, and why (README.md repeats these).
LEFT_OUT = {
    ("Harris County", "TX"): "a county sheriff's office: the FBI city tables do not cover it, and the county table "
                             "gives no population",
    ("Jackson", "MS"): "its cohort is not known (a 2018 source lists it among the pilot Operations sites without a "
                       "start year; the roster's 2016 is an assumption), and the FBI tables leave its violent crime "
                       "blank for 2017-2019 (legacy rape definition)",
}

AGENCIES = {"USAO", "FBI", "ATF", "DEA", "USMS", "OJP", "BJA", "OVW", "COPS", "LOCAL_POLICE", "SHERIFF",
            "STATE_POLICE", "STATE_ATTORNEY", "DISTRICT_ATTORNEY", "REGIONAL_CRIME_CENTER",
            "COMMUNITY_ORGANIZATION", "NONPROFIT", "BUSINESS", "FAITH_BASED"}
CAPABILITIES = {"CRIME_ANALYSIS_UNIT", "REAL_TIME_CRIME_CENTER", "NIBIN_ACCESS", "CRIME_GUN_INTELLIGENCE_CENTER",
                "VIOLENT_CRIME_TASK_FORCE", "FUGITIVE_TASK_FORCE", "COMMUNITY_POLICING_PROGRAM", "REENTRY_PROGRAM",
                "VICTIM_SERVICES_PROGRAM"}
CONDITIONS = {"CONSENT_DECREE", "DECLINES_IMMIGRATION_COOPERATION", "LOW_COMMUNITY_TRUST", "HIGH_PROFILE_INCIDENT",
              "ANALYTICS_DEFICIT", "TECHNOLOGY_DEFICIT", "WARRANT_BACKLOG"}
STRATEGIES = {"FEDERAL_PROSECUTION", "ENFORCEMENT_TASK_FORCE", "FOCUSED_DETERRENCE", "HOT_SPOTS_POLICING",
              "CRIME_GUN_INTELLIGENCE", "DRUG_TRAFFICKING_ENFORCEMENT", "FUGITIVE_APPREHENSION", "COMMUNITY_OUTREACH",
              "SAFE_NEIGHBORHOODS_TASK_FORCE", "REENTRY", "VICTIM_SERVICES", "TREATMENT_AND_SERVICES",
              "CRIME_ANALYSIS", "TECHNOLOGY", "INVESTIGATIONS", "CONSTITUTIONAL_POLICING", "PEER_EXCHANGE",
              "GRANT_ASSISTANCE", "REGIONAL_COORDINATION"}
FLAG_KINDS = {"NOT_COMPARABLE", "UNDERREPORTED", "GUIDELINES_NOT_FOLLOWED", "LEGACY_RAPE_DEFINITION"}
SECTIONS = ["partners", "capabilities", "conditions", "interventions"]
OFFENSES = ["murders", "rapes", "robberies", "aggravatedAssaults"]
WORDS = {"population": "population", "murders": "murder count", "rapes": "rape count", "robberies": "robbery count",
         "aggravatedAssaults": "aggravated assault count"}


class DataError(Exception):
    """A row that cannot be placed; the message names the file, the line and the value."""


def rows(path):
    """The rows of a CSV in this folder, each with its file and line for messages."""
    full = os.path.join(HERE, path)
    with open(full, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        for line, row in enumerate(reader, start=2):
            if None in row or any(v is None for v in row.values()):
                raise DataError(f"{path}:{line}: expected {len(reader.fieldnames)} columns, got another number")
            row["_where"] = f"{path}:{line}"
            yield row


def slug(name, state):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + "-" + state.lower()


def year(row, column):
    value = row[column]
    if value == "":
        return None
    if not re.fullmatch(r"\d{4}", value):
        raise DataError(f"{row['_where']}: {column} must be a year but was \"{value}\"")
    return int(value)


def roster():
    """The roster's sites with cohorts up to the last year of figures, each with its engagements."""
    starts = {}
    for row in rows("engagement-starts.csv"):
        starts[(row["site"], row["state"], int(row["cohort"]))] = row["start"]
    sites = {}
    for row in rows("roster/psp-roster.csv"):
        cohort = int(row["cohort"])
        if cohort > LAST_YEAR:
            continue  # engaged after the last year of figures: see README.md
        key = (row["site"], row["state"])
        site = sites.setdefault(key, {"kind": row["kind"], "engagements": []})
        engagement = {"cohort": cohort}
        if row["track"]:
            engagement["track"] = row["track"]
        start = starts.pop((row["site"], row["state"], cohort), row["announced"])
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", start):
            engagement["start"] = start  # a year or a month alone is not a start date
        site["engagements"].append(engagement)
    if starts:
        raise DataError(f"engagement-starts.csv: no roster row for {sorted(starts)}")
    return sites


def figures():
    """The FBI rows by (name, state): year -> row."""
    by_city = {}
    for row in rows("fbi/psp-site-figures.csv"):
        y = year(row, "year")
        if not FIRST_YEAR <= y <= LAST_YEAR:
            raise DataError(f"{row['_where']}: year {y} is outside {FIRST_YEAR}-{LAST_YEAR}")
        city = by_city.setdefault((row["name"], row["state"]), {})
        if y in city:
            raise DataError(f"{row['_where']}: a second row for {row['name']}, {row['state']} {y}")
        city[y] = row
    return by_city


def flags(row):
    """The row's footnote flags as the site file's { kind, note } objects."""
    result = []
    for entry in filter(None, row["flags"].split("|")):
        kind, _, note = entry.partition(":")
        if kind not in FLAG_KINDS:
            raise DataError(f"{row['_where']}: unknown flag kind \"{kind}\" (known: {', '.join(sorted(FLAG_KINDS))})")
        result.append({"kind": kind, "note": note.strip()} if note.strip() else {"kind": kind})
    return result


def notes(row):
    """The row's other footnotes (no flag: arson, population, data left out where only other offences are blank)."""
    return [note.strip() for note in row["notes"].split("|") if note.strip()]


def statistics_and_gaps(name, state, city_rows, missing):
    """The complete years as statistics, every other year of the tables as notReported."""
    statistics, not_reported = [], []
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        row = city_rows.get(y)
        known = missing.pop((name, state, y), None)
        if row is not None and row["population"] and all(row[o] != "" for o in OFFENSES):
            if known:
                raise DataError(f"{known['_where']}: {name}, {state} {y} is listed as missing but the FBI table gives it")
            year_object = {"year": y}
            for o in OFFENSES:
                year_object[o] = int(row[o])
            year_object["population"] = int(row["population"])
            if flags(row):
                year_object["flags"] = flags(row)
            if notes(row):
                year_object["notes"] = notes(row)
            statistics.append(year_object)
            continue
        gap = {"year": y}
        if row is not None:
            blank = [WORDS[o] for o in ["population"] + OFFENSES if row[o] == ""]
            gap["reason"] = (f"the FBI's CIUS {y} {FBI_TABLES[y]} lists {name} but leaves its {' and '.join(blank)} blank"
                             + (f"; {known['reason']}" if known else ""))
            if flags(row):
                gap["flags"] = flags(row)
            if notes(row):
                gap["notes"] = notes(row)
        elif known:
            gap["reason"] = known["reason"]
        else:
            gap["reason"] = f"not listed in the FBI's CIUS {y} {FBI_TABLES[y]}; no footnote says why"
        not_reported.append(gap)
    return statistics, not_reported


def leads(text, where):
    """The agencies a facts note names as leads ("lead USAO", "leads BJA and ATF")."""
    match = re.search(r"\bleads? ([A-Z_]+(?:(?:, | and )[A-Z_]+)*)", text)
    if not match:
        return []
    named = re.split(r", | and ", match.group(1))
    for agency in named:
        if agency not in AGENCIES:
            raise DataError(f"{where}: unknown lead agency \"{agency}\"")
    return named


def bounded(fact, row):
    since, until = year(row, "since"), year(row, "until")
    if since is not None:
        fact["since"] = since
    if until is not None:
        fact["until"] = until
    if since is not None and until is not None and until < since:
        raise DataError(f"{row['_where']}: until {until} is before since {since}")
    fact["source"] = row["source"]
    return fact


def facts():
    """Site id -> section -> facts, from both facts tables; the same fact twice is an error."""
    by_site = {}
    seen = set()

    def add(site, section, fact, key, where):
        if key in seen:
            raise DataError(f"{where}: {site} {section} {key[2]} is recorded twice; keep one row")
        seen.add(key)
        by_site.setdefault(site, {}).setdefault(section, []).append(fact)

    for path in ["facts/site-facts.csv", "facts/seed-facts.csv"]:
        for row in rows(path):
            site, kind, value, where = row["site"], row["kind"], row["value"], row["_where"]
            if kind == "capability" and value in CAPABILITIES:
                add(site, "capabilities", bounded({"value": value}, row), (site, kind, value), where)
            elif kind == "condition" and value in CONDITIONS:
                add(site, "conditions", bounded({"value": value}, row), (site, kind, value), where)
            elif kind == "intervention" and value in STRATEGIES:
                fact = {"strategy": value, "status": "ACTIVE"}
                named = row["leads"].split() if row.get("leads") else leads(row["note"], where)
                bounded(fact, row)
                if named:
                    fact["leads"] = named
                add(site, "interventions", fact, (site, kind, value), where)
            elif kind == "partner" and value in AGENCIES:
                fact = {"agency": value}
                if row["name"]:
                    fact["name"] = row["name"]
                add(site, "partners", bounded(fact, row), (site, kind, value, row["name"]), where)
            else:
                raise DataError(f"{where}: unknown {kind} \"{value}\"")
    return by_site


def main():
    sites_by_city = roster()
    figures_by_city = figures()
    # "Harris County (Sheriff)" there is the roster's Harris County.
    missing = {(r["city"].removesuffix(" (Sheriff)"), r["state"], int(r["year"])): r
               for r in rows("ucr/psp-site-crime-missing.csv")}
    facts_by_site = facts()

    sites = []
    for (name, state), info in sites_by_city.items():
        if (name, state) in LEFT_OUT:
            continue
        city_rows = figures_by_city.pop((name, state), None)
        if city_rows is None:
            raise DataError(f"roster site {name}, {state} has no row in fbi/psp-site-figures.csv and no reason to "
                            "be left out in build_sites.py's LEFT_OUT")
        statistics, not_reported = statistics_and_gaps(name, state, city_rows, missing)
        if not statistics:
            raise DataError(f"{name}, {state}: no complete year in the FBI tables")
        site = {"id": slug(name, state), "name": name, "state": state}
        if info["kind"] != "CITY":
            site["kind"] = info["kind"]
        site["population"] = statistics[-1]["population"]
        site["engagements"] = info["engagements"]
        site["statistics"] = statistics
        if not_reported:
            site["notReported"] = not_reported
        sections = facts_by_site.pop(site["id"], {})
        for section in SECTIONS:
            if section in sections:
                site[section] = sections[section]
        if sections:
            # Every section here lists only what a source mentions: a value it does not list is not on record.
            site["partial"] = [s for s in SECTIONS if s in sections]
        sites.append(site)

    if facts_by_site:
        raise DataError(f"facts for sites that are not bundled: {sorted(facts_by_site)}")
    leftover = sorted((n, s, y) for (n, s, y) in missing if (n, s) not in LEFT_OUT)
    if leftover:
        raise DataError(f"ucr/psp-site-crime-missing.csv: rows for no bundled site-year: {leftover}")

    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"sites": sites}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    years = sum(len(s["statistics"]) for s in sites)
    gaps = sum(len(s.get("notReported", [])) for s in sites)
    print(f"wrote {len(sites)} sites ({years} years of figures, {gaps} not reported) to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    try:
        main()
    except DataError as e:
        sys.exit(f"build_sites.py: {e}")
