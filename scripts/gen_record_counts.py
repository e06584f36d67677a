"""Write docs/record.md, the bundled record's counts per year, from the shipped CSVs (run after editing them).

Run: uv run python scripts/gen_record_counts.py
tests/test_bundled_record.py fails when the committed file is out of date.
"""

from __future__ import annotations

import collections
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "detente" / "data"
OUT = ROOT / "docs" / "record.md"
METHOD = ROOT / "docs" / "explanation" / "method.md"

EVENTS, TESTS, INCIDENTS = "us_dprk_events.csv", "us_dprk_tests.csv", "us_dprk_incidents.csv"
#: weapons-test rows by the prefix of their id (SOURCES.md, "Ids of the weapons tests")
KINDS = {
    "msl": "ballistic and space launches",
    "bm": "ballistic launches not in the CNS or preliminary lists",
    "cm": "cruise missiles",
    "sam": "surface-to-air missiles",
    "mrl": "rocket-artillery salvos",
    "srm": "short-range, type not reported",
    "nuc": "nuclear tests",
}
FIRST_YEAR, LAST_YEAR = 1990, 2026
#: the era the diplomacy record covers densely (tests/test_bundled_diplomacy.py holds its floor)
DENSE_FIRST, DENSE_LAST = 1994, 2016


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def kind(row: dict[str, str]) -> str:
    """The kind of a weapons-test row, from its id prefix."""
    prefix = row["id"].split("-", 1)[0]
    if prefix not in KINDS:
        raise ValueError(f"{TESTS}: id {row['id']!r} has no known kind prefix ({', '.join(KINDS)})")
    return prefix


def counts() -> dict[str, collections.Counter[str]]:
    """Rows per year for each column of the table."""
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row in _rows(EVENTS):
        table["events"][row["date"][:4]] += 1
    for row in _rows(TESTS):
        table[kind(row)][row["date"][:4]] += 1
    for row in _rows(INCIDENTS):
        table["incidents"][row["date"][:4]] += 1
    return table


def is_us_dprk(row: dict[str, str]) -> bool:
    """An event between the two countries, either way; IGO, South Korean or Japanese rows are other dyads."""
    return {row["source"][:3], row["target"][:3]} == {"USA", "PRK"}


def is_exercise(row: dict[str, str]) -> bool:
    """Military posture (CAMEO root 15: shows of force, deployments, exercises) or any row about an exercise."""
    text = row["summary"].lower()
    return row["code"].startswith("15") or "exercise" in text or "drill" in text


def density() -> dict[str, collections.Counter[str]]:
    """US-DPRK event rows per year of the dense era: all of them, those about exercises, and the rest (counted)."""
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row in _rows(EVENTS):
        year = row["date"][:4]
        if not (DENSE_FIRST <= int(year) <= DENSE_LAST and is_us_dprk(row)):
            continue
        table["us_dprk"][year] += 1
        table["exercises" if is_exercise(row) else "counted"][year] += 1
    return table


def render_density() -> list[str]:
    table = density()
    lines = [
        f"## The diplomacy record's density, {DENSE_FIRST}–{DENSE_LAST}",
        "",
        "Rows of `us_dprk_events.csv` between the United States and North Korea (either way, any role), per year.",
        "Rows about exercises or shows of force (CAMEO root 15, or an exercise or drill in the summary) are rows",
        "of the record but are not counted toward its density; weapons tests are in their own file. The floor,",
        "held by `tests/test_bundled_diplomacy.py`: two counted events a month over the era, twelve in every year.",
        "",
        "| year | US–DPRK rows | about exercises | counted | counted a month |",
        "|---|---|---|---|---|",
    ]
    for year in range(DENSE_FIRST, DENSE_LAST + 1):
        y = str(year)
        n = table["counted"][y]
        lines.append(f"| {y} | {table['us_dprk'][y]} | {table['exercises'][y]} | {n} | {n / 12:.1f} |")
    total = sum(table["counted"].values())
    months = (DENSE_LAST - DENSE_FIRST + 1) * 12
    lines.append(
        f"| all | {sum(table['us_dprk'].values())} | {sum(table['exercises'].values())} | {total} "
        f"| {total / months:.2f} |"
    )
    return lines


def render_goals() -> list[str]:
    """The goal lines of the index on this record, as scripts/index_goals.py wrote them in explanation/method.md."""
    begin, end = "<!-- index-goals: written by scripts/index_goals.py -->", "<!-- /index-goals -->"
    text = METHOD.read_text(encoding="utf-8") if METHOD.exists() else ""
    if begin not in text or end not in text:
        return []
    block = text.split(begin, 1)[1].split(end, 1)[0].splitlines()
    goals = [line for line in block if line.startswith("- ")]
    agree = [line.split("|")[4].strip() for line in block if line.startswith("| labelled months")]
    if agree:  # the agreement with the labelled periods has no bound of its own: reported beside the goals
        goals.append("- labelled crisis and détente months whose regime agrees with the label, default n0: "
                     f"{agree[0]}.")
    return [
        "## The index's goals on this record",
        "",
        "Measured on the shipped record by `uv run python scripts/index_goals.py` (the default pseudo-count n0) and",
        "written in [explanation/method.md](explanation/method.md) §2.5, with the figures under every n0; the goal",
        "lines are copied here from there. What each reading of the record moved: [record-audit.md](record-audit.md).",
        "",
        *goals,
        "",
    ]


def render() -> str:
    table = counts()
    columns = ["events", *KINDS, "incidents"]
    heads = ["diplomacy, statements, sanctions, exercises", *KINDS.values(), "armed incidents"]
    tests = _rows(TESTS)
    no_utc = sum(1 for r in tests if not r["utc_date"])
    second = sum(1 for r in tests if r["second_source"])
    lines = [
        "# The bundled US–DPRK record in numbers\n",
        "Generated from the shipped tables by `scripts/gen_record_counts.py`; `tests/test_bundled_record.py` fails",
        "when this page is out of date. Sources, conventions and the meaning of each column:",
        "`src/detente/data/SOURCES.md`.",
        "",
        "Rows per year (a year is the Korean-time year of the row's `date`). Missile launches count one row per",
        "missile; a rocket-artillery salvo is one row whatever the number of rockets.",
        "",
        "| year | " + " | ".join(heads) + " | all |",
        "|---" * (len(columns) + 2) + "|",
    ]
    totals: collections.Counter[str] = collections.Counter()
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        y = str(year)
        cells = [table[c][y] for c in columns]
        totals.update({c: table[c][y] for c in columns})
        lines.append(f"| {y} | " + " | ".join(str(n) for n in cells) + f" | {sum(cells)} |")
    lines.append("| all | " + " | ".join(str(totals[c]) for c in columns) + f" | {sum(totals.values())} |")
    lines += [
        "",
        f"Weapons-test rows: {len(tests)}; with a UTC day: {len(tests) - no_utc}; without one (no source gives the",
        f"hour): {no_utc}; with a second document: {second}.",
        "",
        *render_density(),
        "",
        *render_goals(),
    ]
    return "\n".join(lines)


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
