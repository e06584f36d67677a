"""Builders of native GDELT, ICEWS and POLECAT rows, from the layouts the ingester documents.

The reliability tests make their own inputs (good rows, bad rows, damaged bytes) so that they depend only on
the ingester's public surface: ``detente.ingest.LAYOUTS`` and ``ingest_paths``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from detente.ingest import LAYOUTS, Layout

LAYOUT = {layout.name: layout for layout in LAYOUTS}

#: (country code, ICEWS country name): pairs the ICEWS/POLECAT country lookup must know
COUNTRIES: tuple[tuple[str, str], ...] = (
    ("USA", "United States"), ("PRK", "North Korea"), ("KOR", "South Korea"), ("CHN", "China"),
    ("JPN", "Japan"), ("RUS", "Russian Federation"),
)
CODES: tuple[str, ...] = ("010", "036", "040", "042", "057", "061", "111", "130", "138", "172", "190")
PLOVER: tuple[str, ...] = ("CONSULT", "AGREE", "COOPERATE", "AID", "DEMAND", "ACCUSE", "THREATEN", "ASSAULT")


@dataclass(frozen=True, slots=True)
class Row:
    """One native event: what the builders need to write it in any layout."""

    event_id: int
    day: dt.date
    code: str
    source: int  # index into COUNTRIES
    target: int
    plover: str = "CONSULT"


def gdelt_line(layout: Layout, row: Row, *, url: str = "https://example.org/story") -> str:
    a, b = COUNTRIES[row.source][0], COUNTRIES[row.target][0]
    values = dict.fromkeys(layout.columns, "")
    values.update({
        "GLOBALEVENTID": str(row.event_id), "SQLDATE": row.day.strftime("%Y%m%d"),
        "MonthYear": row.day.strftime("%Y%m"), "Year": str(row.day.year), "FractionDate": f"{row.day.year}.5",
        "Actor1Code": a + "GOV", "Actor1Name": a, "Actor1CountryCode": a, "Actor1Type1Code": "GOV",
        "Actor2Code": b + "GOV", "Actor2Name": b, "Actor2CountryCode": b, "Actor2Type1Code": "GOV",
        "IsRootEvent": "1", "EventCode": row.code, "EventBaseCode": row.code, "EventRootCode": row.code[:2],
        "NumMentions": "3", "NumSources": "1", "NumArticles": "3", "AvgTone": "-1.5",
        "ActionGeo_FullName": "Singapore", "DATEADDED": row.day.strftime("%Y%m%d") + "000000",
    })
    if "SOURCEURL" in values:
        values["SOURCEURL"] = url
    return "\t".join(values[c] for c in layout.columns)


def icews_line(row: Row) -> str:
    a, b = COUNTRIES[row.source][1], COUNTRIES[row.target][1]
    values = dict.fromkeys(LAYOUT["icews"].columns, "NA")
    values.update({
        "Event ID": str(row.event_id), "Event Date": row.day.isoformat(), "Source Name": f"Government ({a})",
        "Source Sectors": "Government,Executive", "Source Country": a, "Event Text": "Consult",
        "CAMEO Code": row.code, "Intensity": "1", "Target Name": f"Government ({b})",
        "Target Sectors": "Government", "Target Country": b, "Story ID": "1", "Sentence Number": "1",
        "Publisher": "Wire",
    })
    return "\t".join(values[c] for c in LAYOUT["icews"].columns)


def polecat_line(row: Row) -> str:
    a, b = COUNTRIES[row.source][0], COUNTRIES[row.target][0]
    values = dict.fromkeys(LAYOUT["polecat"].columns, "")
    values.update({
        "Event ID": f"{row.event_id}-p", "Event Date": row.day.isoformat(), "Event Type": row.plover,
        "Intensity": "1", "Quad Code": "1", "Actor Name": f"Government ({a})", "Actor Country": a,
        "Primary Actor Sector": "Government", "Recipient Name": f"Government ({b})", "Recipient Country": b,
        "Primary Recipient Sector": "Government", "Source": "Wire", "Language": "en",
    })
    return "\t".join(values[c] for c in LAYOUT["polecat"].columns)


def header(layout: Layout) -> str:
    return "\t".join(layout.columns)


#: per dataset: the layouts the file may be written in
DATASET_LAYOUTS: dict[str, tuple[str, ...]] = {
    "gdelt": ("gdelt1-backfile", "gdelt1-daily", "gdelt2-export"),
    "icews": ("icews",),
    "polecat": ("polecat",),
}


def native_lines(layout_name: str, rows: Sequence[Row]) -> list[str]:
    """A whole native file as lines (header first where the layout has one)."""
    layout = LAYOUT[layout_name]
    if layout.dataset == "gdelt":
        return [gdelt_line(layout, r) for r in rows]
    body = [icews_line(r) if layout.dataset == "icews" else polecat_line(r) for r in rows]
    return [header(layout), *body]


def random_rows(rng: random.Random, n: int, *, first_id: int = 1) -> list[Row]:
    start = dt.date(2017, 1, 1)
    out = []
    for i in range(n):
        s = rng.randrange(len(COUNTRIES))
        t = (s + 1 + rng.randrange(len(COUNTRIES) - 1)) % len(COUNTRIES)
        out.append(Row(first_id + i, start + dt.timedelta(days=rng.randrange(1500)), rng.choice(CODES), s, t,
                       rng.choice(PLOVER)))
    return out


def write_native(path: str, layout_name: str, rows: Sequence[Row]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for line in native_lines(layout_name, rows):
            fh.write(line + "\n")
