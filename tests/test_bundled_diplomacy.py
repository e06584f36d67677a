"""The diplomacy record (``us_dprk_events.csv``): valid codes, a named document per row, and its density.

These checks read the shipped CSVs only, so they run on a bare clone. The one check that compares citations with the
KCNA headline list in ``../shared/data/korea`` is a corpus test (the ``shared_file`` fixture of ``conftest.py``):
without that folder it is skipped, under CI=true it fails.
"""

from __future__ import annotations

import collections
import csv
import importlib.util
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "detente" / "data"
EVENTS = DATA / "us_dprk_events.csv"
TESTS = DATA / "us_dprk_tests.csv"

#: the era the record must cover densely: at least two US-DPRK events a month that are neither tests nor exercises
DENSE_FIRST, DENSE_LAST = 1994, 2016
DENSE_MONTHS = (DENSE_LAST - DENSE_FIRST + 1) * 12
PER_MONTH = 2
#: no year of the dense era may fall below one such event a month
PER_YEAR_FLOOR = 12

#: a citation names a document when it carries the document's date (day or, for monthly issues, month) ...
DOC_DATE = re.compile(r"\b(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?\b")
#: ... or its number: UN symbols, IAEA circulars, CRS report numbers, Treasury releases, executive orders, laws
DOC_NUMBER = re.compile(
    r"S/RES/\d+|S/PRST/\d{4}/\d+|A/RES/\d+/\d+|INFCIRC/\d+|\bCRS\b.*\b(RL|RS|R|IB)\d{4,5}\b"
    r"|\b(JS|SM|HP|TG|JY|PR)-?\d{2,5}\b|Executive Order \d{5}|Public Law \d{2,3}-\d+"
)
#: ... or it points at the document itself, not at a site's home page
SPECIFIC_URL = re.compile(r"^https?://[^/\s]+/\S+")

#: the Security Council's DPRK resolutions the United States drafted or co-sponsored: the US act in the record
US_SPONSORED_RESOLUTIONS = {1695, 1718, 1874, 2087, 2094, 2270, 2321, 2356, 2371, 2375, 2397}


@cache
def _rows(path: Path) -> tuple[dict[str, str], ...]:
    with path.open(newline="", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


@cache
def _cameo() -> dict[str, str]:
    """The pinned CAMEO table shipped with the package: code -> name."""
    return {r["code"]: r["name"] for r in _rows(DATA / "cameo_event_codes.csv")}


def diplomacy() -> tuple[dict[str, str], ...]:
    return _rows(EVENTS)


def _country(actor: str) -> str:
    return actor[:3]


def is_us_dprk(row: dict[str, str]) -> bool:
    """An event between the two countries, either way (IGO, South Korean or Japanese rows are other dyads)."""
    return {_country(row["source"]), _country(row["target"])} == {"USA", "PRK"}


def is_exercise(row: dict[str, str]) -> bool:
    """Military posture (CAMEO root 15: shows of force, deployments, exercises) or any row about an exercise."""
    text = row["summary"].lower()
    return row["code"].startswith("15") or "exercise" in text or "drill" in text


def counted(row: dict[str, str]) -> bool:
    """What the density goal counts: US-DPRK events of the dense era that are neither tests nor exercises."""
    year = int(row["date"][:4])
    return DENSE_FIRST <= year <= DENSE_LAST and is_us_dprk(row) and not is_exercise(row)


def names_document(row: dict[str, str]) -> bool:
    citation = row["citation"]
    return bool(DOC_DATE.search(citation) or DOC_NUMBER.search(citation) or SPECIFIC_URL.match(row["url"]))


# ------------------------------------------------------------------------------------------------- codes


def test_every_code_is_in_the_pinned_cameo_table() -> None:
    codes = _cameo()
    bad = [(r["id"], r["code"]) for r in diplomacy() if r["code"] not in codes or len(r["code"]) not in (3, 4)]
    assert not bad, f"codes outside the pinned CAMEO table: {bad[:10]}"


def test_only_a_sanctioning_side_refuses_to_ease_sanctions() -> None:
    bad = [r["id"] for r in diplomacy() if r["code"] in {"1241", "1244"} and _country(r["source"]) == "PRK"]
    assert not bad, f"1241/1244 (refuse to ease sanctions) given to the sanctioned side: {bad}"


def test_sanctions_are_imposed_by_the_sanctioning_side() -> None:
    bad = [r["id"] for r in diplomacy() if r["code"] in {"163", "1312"} and _country(r["source"]) == "PRK"]
    assert not bad, f"163/1312 (impose or threaten sanctions) given to North Korea: {bad}"


def test_demands_for_energy_or_food_are_not_coded_as_military_aid() -> None:
    civil = re.compile(r"reactor|fuel|oil|energy|electricity|food|rice|grain|aid\b", re.IGNORECASE)
    bad = [r["id"] for r in diplomacy() if r["code"] in {"1032", "0232", "0332", "072"} and civil.search(r["summary"])]
    assert not bad, f"military-aid codes on rows about reactors, fuel or food (use 1031/0231/0331/071 or 103x): {bad}"


def test_security_council_resolutions_the_us_drafted_are_the_us_act() -> None:
    """Such a resolution enters the bilateral record once, as USAGOV -> PRKGOV, with the Council in the summary."""
    seen: set[int] = set()
    bad = []
    for r in diplomacy():
        for number in map(int, re.findall(r"S/RES/(\d+)", r["citation"])):
            if number in US_SPONSORED_RESOLUTIONS:
                seen.add(number)
                if (r["source"], r["target"]) != ("USAGOV", "PRKGOV") or "Council" not in r["summary"]:
                    bad.append(r["id"])
    assert not bad, f"US-drafted resolutions must be USAGOV -> PRKGOV and name the Council: {bad}"
    assert seen == US_SPONSORED_RESOLUTIONS, f"resolutions missing: {sorted(US_SPONSORED_RESOLUTIONS - seen)}"


# --------------------------------------------------------------------------------------------- documents


def test_text_fields_are_not_quoted_twice() -> None:
    """A cell holds the text itself: no outer quotes or doubled quotes left from quoting it once too often."""
    bad = [
        (r["id"], k)
        for r in diplomacy()
        for k, v in r.items()
        if v and ((v.startswith('"') and v.endswith('"')) or '""' in v)
    ]
    assert not bad, f"cells quoted twice: {bad[:10]}"


def test_every_row_cites_a_document() -> None:
    """A citation names a document (title and date, a number, or the document's URL), never a kind of source."""
    bad = [(r["id"], r["citation"]) for r in diplomacy() if not names_document(r)]
    assert not bad, f"{len(bad)} rows cite a kind of source, not a document: {bad[:8]}"


def test_urls_point_at_a_document() -> None:
    bad = [(r["id"], r["url"]) for r in diplomacy() if r["url"] and not SPECIFIC_URL.match(r["url"])]
    assert not bad, f"URLs that are a site's home page, not the document: {bad[:10]}"


def test_kcna_citations_name_a_real_headline(shared_file: Callable[[str], Path]) -> None:
    """Every KCNA headline cited for 1997-2014 is in the KCNA headline list, on the date the citation gives."""
    with shared_file("data/korea/kcna_headlines_1997_2014.csv").open(newline="", encoding="utf-8") as f:
        listed = {(r["date"], r["title"].strip().replace('"', "'")) for r in csv.DictReader(f)}
    cited = [
        (m["date"], m["title"], r["id"])
        for r in diplomacy()
        if (m := re.match(r'KCNA, "(?P<title>.+)", (?P<date>\d{4}-\d\d-\d\d)$', r["citation"]))
        and "1997" <= m["date"][:4] <= "2014"
    ]
    assert cited, "no KCNA headline is cited"
    missing = [(d, t, i) for d, t, i in cited if (d, t) not in listed]
    assert not missing, f"KCNA headlines not in the list on that date: {missing[:10]}"


# ----------------------------------------------------------------------------------------------- density


def per_year() -> collections.Counter[int]:
    return collections.Counter(int(r["date"][:4]) for r in diplomacy() if counted(r))


def test_weapons_tests_live_in_their_own_file() -> None:
    """The density counts nothing from the tests file, and no test row hides among the diplomacy rows."""
    test_ids = {r["id"] for r in _rows(TESTS)}
    assert test_ids and not test_ids & {r["id"] for r in diplomacy()}


def test_the_dense_era_has_two_events_a_month_on_average() -> None:
    total = sum(per_year().values())
    assert total >= PER_MONTH * DENSE_MONTHS, (
        f"{total} US-DPRK events in {DENSE_FIRST}-{DENSE_LAST} that are neither tests nor exercises; "
        f"two a month needs {PER_MONTH * DENSE_MONTHS}"
    )


def test_no_year_of_the_dense_era_is_thin() -> None:
    years = per_year()
    thin = {y: years[y] for y in range(DENSE_FIRST, DENSE_LAST + 1) if years[y] < PER_YEAR_FLOOR}
    assert not thin, f"years with fewer than {PER_YEAR_FLOOR} counted events: {thin}"


def test_landmark_contacts_are_in_the_record() -> None:
    def present(date: str, actor: str) -> bool:
        return any(r["date"] == date and is_us_dprk(r) and actor in (r["source_name"], r["target_name"])
                   for r in diplomacy())  # fmt: skip

    assert present("2000-07-28", "Madeleine Albright"), "first foreign ministers' meeting (Bangkok)"
    assert present("2000-07-28", "Paek Nam Sun")
    kumchang = [r for r in diplomacy() if "Kumchang-ri" in r["summary"] and r["date"][:4] in {"1998", "1999"}]
    assert len({r["date"] for r in kumchang if r["code"].startswith("04")}) >= 4, "the 1998-99 Kumchang-ri talks"


def test_the_density_table_in_the_docs_counts_what_the_floor_counts() -> None:
    """docs/record.md's density table (scripts/gen_record_counts.py) applies the same rule as these tests."""
    spec = importlib.util.spec_from_file_location("gen_record_counts", REPO / "scripts" / "gen_record_counts.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert (script.DENSE_FIRST, script.DENSE_LAST) == (DENSE_FIRST, DENSE_LAST)
    assert {int(y): n for y, n in script.density()["counted"].items()} == dict(per_year())
