#!/usr/bin/env python3
"""Builds the bundled site file from the sourced tables in this folder.

    python3 data/build_sites.py   (from the repository's root)

Reads psp-sites.csv (the PSP roster) and ucr/psp-site-crime.csv (FBI UCR figures), adds the few
facts that the news articles in seeds/ state (partners, conditions, interventions), and writes
psp-examples/src/main/resources/org/psp/examples/psp-sites.json. Nothing is estimated: a year whose
four violent offenses are not all given is left out, and a site with no population is left out.
See README.md for what was left out and why.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "psp-examples", "src", "main", "resources", "org", "psp", "examples",
                   "psp-sites.json")

# Facts the seed articles state; the key is the site id, the comment names the seed article.
SEED_FACTS = {
    "anniston-al": {
        # seed 000: "local police have worked more closely ... with ... FBI, U.S. Marshals Service and ATF"
        "partners": [
            {"agency": "USAO", "name": "U.S. Attorney's Office, Northern District of Alabama"},
            {"agency": "FBI"}, {"agency": "USMS"}, {"agency": "ATF"},
        ],
    },
    "oxford-al": {
        # seed 000: the East Metro Area Crime Center "opened last month in his city"
        "partners": [
            {"agency": "USAO", "name": "U.S. Attorney's Office, Northern District of Alabama"},
            {"agency": "REGIONAL_CRIME_CENTER", "name": "East Metro Area Crime Center"},
        ],
    },
    "birmingham-al": {
        # seed 001: the USAO's Birmingham Safe Neighborhoods Task Force (April 2018) and the
        # Birmingham Public Safety Task Force announced the month before; Jefferson County Sheriff
        "partners": [
            {"agency": "USAO", "name": "U.S. Attorney's Office, Northern District of Alabama"},
            {"agency": "SHERIFF", "name": "Jefferson County Sheriff's Office"},
        ],
        "interventions": [
            {"strategy": "SAFE_NEIGHBORHOODS_TASK_FORCE", "status": "ACTIVE", "since": 2018, "leads": ["USAO"]},
            {"strategy": "ENFORCEMENT_TASK_FORCE", "status": "ACTIVE", "since": 2018},
        ],
    },
    "baltimore-md": {
        # seed 003: U.S. Attorney Hur, the State's Attorney's office; the consent decree; "technology
        # deficiencies and analytical deficiencies"; the shooting at a methadone clinic at the launch
        "partners": [
            {"agency": "USAO", "name": "U.S. Attorney's Office, District of Maryland"},
            {"agency": "STATE_ATTORNEY", "name": "State's Attorney's Office"},
        ],
        "conditions": ["CONSENT_DECREE", "ANALYTICS_DEFICIT", "TECHNOLOGY_DEFICIT", "HIGH_PROFILE_INCIDENT"],
    },
}


def slug(name, state):
    return (name.lower().replace(" ", "-") + "-" + state.lower())


def main():
    roster = {}
    with open(os.path.join(HERE, "psp-sites.csv"), newline="") as f:
        for row in csv.DictReader(f):
            key = (row["name"], row["state"])
            site = roster.setdefault(key, {"kind": row["kind"], "engagements": []})
            engagement = {"cohort": int(row["cohort"])}
            if row["track"]:
                engagement["track"] = row["track"]
            engagement["start"] = row["announced"]
            site["engagements"].append(engagement)

    years = {}
    with open(os.path.join(HERE, "ucr", "psp-site-crime.csv"), newline="") as f:
        for row in csv.DictReader(f):
            offenses = [row["murder"], row["rape"], row["robbery"], row["aggravated_assault"]]
            if not row["population"] or "" in offenses:
                continue  # partial row or no population: left out, never filled in
            name = row["city"]
            years.setdefault((name, row["state"]), []).append({
                "year": int(row["year"]),
                "murders": int(row["murder"]),
                "rapes": int(row["rape"]),
                "robberies": int(row["robbery"]),
                "aggravatedAssaults": int(row["aggravated_assault"]),
                "population": int(row["population"]),
            })

    sites = []
    for (name, state), info in roster.items():
        statistics = sorted(years.get((name, state), []), key=lambda y: y["year"])
        if not statistics:
            continue  # e.g. Harris County: the FBI county table gives no population
        site = {
            "id": slug(name, state),
            "name": name,
            "state": state,
        }
        if info["kind"] != "CITY":
            site["kind"] = info["kind"]
        site["population"] = statistics[-1]["population"]
        site["engagements"] = info["engagements"]
        site["statistics"] = statistics
        site.update(SEED_FACTS.get(site["id"], {}))
        sites.append(site)

    with open(OUT, "w") as f:
        json.dump({"sites": sites}, f, indent=2)
        f.write("\n")
    print(f"wrote {len(sites)} sites to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
