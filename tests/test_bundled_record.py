"""The bundled US-DPRK record, checked against the public test databases and the CAMEO table.

Reads the three CSVs under ``src/detente/data/`` directly with :mod:`csv` (no store needed) and compares them with
the reference material in ``../shared/data`` (nuclear tests, the CNS missile-test database, the CAMEO codes).
Nothing is skipped: without ``../shared`` every test fails and says where the material was expected.
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import itertools
import re
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "detente" / "data"
SHARED = REPO / ".." / "shared"
KOREA = SHARED / "data" / "korea"
REFERENCE = SHARED / "data" / "reference"

EVENTS_HEADER = [
    "id", "date", "source", "target", "code", "track", "summary", "citation", "url",
    "source_name", "target_name", "location",
]  # fmt: skip
MILESTONES_HEADER = ["id", "date", "end", "dyad", "track", "kind", "level", "grade", "channel", "summary", "citation"]
PERIODS_HEADER = ["id", "start", "end", "name", "paradigm", "contested", "justification", "citation"]

TRACKS = {"peace", "denuclearization", "tension", "other"}
GRADES = {"A", "B", "C"}
PARADIGMS = {"denuclearization-first", "parallel", "mixed"}
CNS_CITATION = "CNS North Korea Missile Test Database"
NUCLEAR_CITATION = "Yao et al. 2018 (SRL), North Korean nuclear test locations"
FIRST_DAY = dt.date(1990, 1, 1)
ONE_DAY = dt.timedelta(days=1)


def _shared(path: Path) -> Path:
    if not path.exists():
        pytest.fail(
            f"reference material missing: {path.resolve()} not found; the bundled-record tests compare against "
            f"the shared data directory expected at {SHARED.resolve()} (next to the repository)"
        )
    return path


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


EVENT_FILES = ("us_dprk_events.csv", "us_dprk_tests.csv", "us_dprk_incidents.csv")


@cache
def events() -> list[dict[str, str]]:
    """Every event row of the record: diplomacy, the weapons tests, then the armed incidents."""
    return [row for name in EVENT_FILES for row in _read(DATA / name)]


@cache
def milestones() -> list[dict[str, str]]:
    return _read(DATA / "us_dprk_milestones.csv")


@cache
def periods() -> list[dict[str, str]]:
    return _read(DATA / "policy_periods.csv")


@cache
def cameo_codes() -> frozenset[str]:
    return frozenset(r["code"] for r in _read(_shared(REFERENCE / "cameo_event_codes.csv")))


@cache
def cns_launches() -> list[dict[str, str]]:
    rows = _read(_shared(KOREA / "missile_tests_cns_extended_1984_2026.csv"))
    return [r for r in rows if r["date"][:4] >= "1990"]


@cache
def nuclear_tests() -> list[dict[str, str]]:
    return _read(_shared(KOREA / "nuclear_tests.csv"))


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@cache
def latest_shared_date() -> dt.date:
    """The last full date in the shared Korea data (test databases and draft chronology)."""
    dates = [r["date"] for r in cns_launches()] + [r["date"] for r in nuclear_tests()]
    chronology = KOREA / "us_dprk_chronology_draft.csv"
    if chronology.exists():
        dates += [r["date"] for r in _read(chronology)]
    return max(_day(d) for d in dates if len(d) == 10)


def _weapon_rows(citation: str) -> list[dict[str, str]]:
    return [e for e in events() if e["citation"] == citation]


# ---------------------------------------------------------------------------------------------- events: form


@pytest.mark.parametrize("name", EVENT_FILES)
def test_events_header_is_exact(name: str) -> None:
    assert _header(DATA / name) == EVENTS_HEADER


def test_at_least_600_events() -> None:
    assert len(events()) >= 600


def test_event_ids_are_unique_slugs() -> None:
    ids = [e["id"] for e in events()]
    dupes = [i for i, n in collections.Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes[:10]}"
    bad = [i for i in ids if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", i)]
    assert not bad, f"ids must be lower-case slugs: {bad[:10]}"


def test_every_event_has_summary_and_citation() -> None:
    missing = [e["id"] for e in events() if not e["summary"].strip() or not e["citation"].strip()]
    assert not missing, f"rows without summary or citation: {missing[:10]}"


def test_summaries_are_single_sentences() -> None:
    bad = [
        e["id"]
        for e in events()
        if "\n" in e["summary"] or not e["summary"].endswith(".") or re.search(r"\.\s+[A-Z]", e["summary"])
    ]
    assert not bad, f"summaries must be one sentence ending with a full stop: {bad[:10]}"


def test_event_codes_exist_in_cameo_table() -> None:
    codes = cameo_codes()
    bad = [(e["id"], e["code"]) for e in events() if e["code"] not in codes or len(e["code"]) not in (3, 4)]
    assert not bad, f"codes not in cameo_event_codes.csv (or not 3-4 digits): {bad[:10]}"


def test_tracks_are_valid() -> None:
    bad = [(e["id"], e["track"]) for e in events() if e["track"] not in TRACKS]
    assert not bad


def test_actor_codes_are_cameo_shaped() -> None:
    pattern = re.compile(r"[A-Z]{3}[A-Z]*")
    bad = [
        (e["id"], e["source"], e["target"])
        for e in events()
        if not pattern.fullmatch(e["source"]) or not pattern.fullmatch(e["target"])
    ]
    assert not bad, f"actor codes must be country (+ role) codes: {bad[:10]}"


def test_urls_are_http_or_empty() -> None:
    bad = [(e["id"], e["url"]) for e in events() if e["url"] and not e["url"].startswith(("http://", "https://"))]
    assert not bad


def test_event_dates_lie_between_1990_and_the_latest_shared_date() -> None:
    last = latest_shared_date()
    bad = [(e["id"], e["date"]) for e in events() if not FIRST_DAY <= _day(e["date"]) <= last]
    assert not bad, f"dates outside {FIRST_DAY}..{last}: {bad[:10]}"


def test_record_reaches_the_end_of_the_shared_data() -> None:
    last = max(_day(e["date"]) for e in events())
    assert last >= latest_shared_date() - ONE_DAY


@pytest.mark.parametrize("name", EVENT_FILES)
def test_events_are_sorted_by_date(name: str) -> None:
    dates = [e["date"] for e in _read(DATA / name)]
    assert dates == sorted(dates)


# ------------------------------------------------------------------------------------- events: weapons tests


def test_every_nuclear_test_is_present_within_a_day() -> None:
    rows = _weapon_rows(NUCLEAR_CITATION)
    days = [_day(r["date"]) for r in rows]
    missing = [t["date"] for t in nuclear_tests() if not any(abs(d - _day(t["date"])) <= ONE_DAY for d in days)]
    assert not missing, f"nuclear tests missing from the bundled record: {missing}"
    assert len(rows) == len(nuclear_tests())


def test_every_cns_launch_date_is_present_with_its_count() -> None:
    rows = _weapon_rows(CNS_CITATION)
    per_day = collections.Counter(_day(r["date"]) for r in rows)
    per_month = collections.Counter(r["date"][:7] for r in rows)
    wanted = collections.Counter(r["date"] for r in cns_launches())
    short: list[tuple[str, int, int]] = []
    for date, n in sorted(wanted.items()):
        if len(date) == 7:  # month-precision entries in the early years
            have = per_month[date]
        else:
            day = _day(date)
            have = per_day[day - ONE_DAY] + per_day[day] + per_day[day + ONE_DAY]
        if have < n:
            short.append((date, n, have))
    assert not short, f"(date, CNS missiles, bundled rows within a day) short: {short[:10]}"


def test_one_row_per_cns_missile_from_1990() -> None:
    assert len(_weapon_rows(CNS_CITATION)) == len(cns_launches())


def test_weapons_tests_are_coded_as_military_posture() -> None:
    rows = _weapon_rows(CNS_CITATION) + _weapon_rows(NUCLEAR_CITATION)
    bad = [
        r["id"]
        for r in rows
        if (r["source"], r["target"], r["code"], r["track"]) != ("PRKMIL", "USA", "150", "tension")
    ]
    assert not bad, f"tests must be PRKMIL -> USA, CAMEO 150, track tension: {bad[:10]}"


def test_no_nuclear_test_after_september_2017() -> None:
    late = [r["date"] for r in _weapon_rows(NUCLEAR_CITATION) if r["date"] > "2017-09-04"]
    assert not late


def test_no_icbm_flight_during_the_2018_2019_moratorium() -> None:
    icbm = [
        r["date"]
        for r in _weapon_rows(CNS_CITATION)
        if "intercontinental" in r["summary"] and "2017-12-01" <= r["date"] <= "2019-12-31"
    ]
    assert not icbm


# ------------------------------------------------------------------------- events: the facts METHOD §5 names


@pytest.mark.parametrize(
    ("date", "source", "codes"),
    [
        ("2017-08-08", "USAGOV", {"138"}),  # fire and fury
        ("2017-09-19", "USAGOV", {"138", "1385"}),  # totally destroy
        ("2017-08-05", "IGOUNO", {"163"}),  # Resolution 2371
        ("2017-09-11", "IGOUNO", {"163"}),  # Resolution 2375
        ("2017-12-22", "IGOUNO", {"163"}),  # Resolution 2397
        ("2018-01-01", "PRKGOV", {"036"}),  # New Year address
        ("2018-01-09", "KORGOV", {"046"}),  # inter-Korean talks
        ("2018-03-08", "USAGOV", {"036"}),  # invitation accepted
        ("2018-05-09", "PRKGOV", {"0841"}),  # detainees released
        ("2018-05-24", "USAGOV", {"164"}),  # cancellation letter
        ("2018-06-12", "USAGOV", {"044", "057"}),  # Singapore
        ("2018-06-18", "USAMIL", {"087"}),  # Ulchi Freedom Guardian suspended
        ("2018-07-27", "PRKGOV", {"084"}),  # remains
        ("2019-02-28", "USAGOV", {"164"}),  # Hanoi, no deal
        ("2019-06-30", "USAGOV", {"044"}),  # Panmunjom
        ("2019-10-05", "PRKGOV", {"164"}),  # Stockholm
    ],
)
def test_method_facts_are_in_the_record(date: str, source: str, codes: set[str]) -> None:
    hits = [e for e in events() if e["date"] == date and e["source"] == source and e["code"] in codes]
    assert hits, f"no {source} event with code {sorted(codes)} on {date}"


def test_pompeo_trips_of_2018_are_recorded() -> None:
    trips = {e["date"][:7] for e in events() if e["source_name"] == "Mike Pompeo" and e["location"] == "Pyongyang"}
    assert {"2018-03", "2018-05", "2018-07", "2018-10"} <= trips


def test_2016_to_2020_is_dense() -> None:
    diplomatic = [e for e in events() if "2016" <= e["date"][:4] <= "2020" and e["citation"] not in (CNS_CITATION,)]
    months = collections.Counter(e["date"][:7] for e in diplomatic)
    assert len(diplomatic) >= 200
    assert all(months[f"2018-{m:02d}"] >= 3 for m in range(1, 13))


# ------------------------------------------------------------------------------------------------ milestones


def test_milestones_header_is_exact() -> None:
    assert _header(DATA / "us_dprk_milestones.csv") == MILESTONES_HEADER


def test_milestone_fields_are_valid() -> None:
    last = latest_shared_date()
    ids = [m["id"] for m in milestones()]
    assert len(ids) == len(set(ids))
    for m in milestones():
        assert m["dyad"] == "USA-PRK", m["id"]
        assert m["track"] in {"peace", "denuclearization"}, m["id"]
        assert m["grade"] in GRADES, m["id"]
        assert m["level"].isdigit() and 0 <= int(m["level"]) <= 4, m["id"]
        assert m["channel"] == "" or (m["channel"].isdigit() and 0 <= int(m["channel"]) <= 4), m["id"]
        assert re.fullmatch(r"[a-z0-9-]+", m["kind"]), m["id"]
        assert m["summary"].strip() and m["citation"].strip(), m["id"]
        start = _day(m["date"])
        assert FIRST_DAY <= start <= last, m["id"]
        if m["end"]:
            assert start <= _day(m["end"]) <= last, m["id"]


def test_no_grade_a_denuclearization_step_in_2018_2019() -> None:
    bad = [
        m["id"]
        for m in milestones()
        if m["track"] == "denuclearization" and m["grade"] == "A" and m["date"][:4] in {"2018", "2019"}
    ]
    assert not bad, f"nothing was verified by inspectors in 2018-2019: {bad}"


def test_earlier_grade_a_steps_exist_and_lapsed() -> None:
    grade_a = [m for m in milestones() if m["track"] == "denuclearization" and m["grade"] == "A"]
    assert any(m["date"][:4] == "1994" for m in grade_a), "IAEA monitoring of the 1994 freeze"
    assert any(m["date"][:4] == "2007" for m in grade_a), "IAEA monitoring of the 2007 shutdown"
    standing = [m for m in grade_a if m["kind"] in {"fissile-freeze", "inspectors-return", "disablement"}]
    assert standing and all(m["end"] for m in standing), "every inspected freeze or monitoring was later reversed"


def test_no_liaison_office_was_opened() -> None:
    offices = [m for m in milestones() if m["kind"] == "liaison-office"]
    assert offices, "the 1994 promise of liaison offices is recorded"
    assert all(int(m["level"]) < 4 and m["grade"] == "C" for m in offices)
    assert not any(m["channel"] == "4" for m in milestones()), "no standing institution was ever created"


def test_2018_moratorium_is_grade_b() -> None:
    moratoria = [m for m in milestones() if m["kind"].startswith("test-moratorium") and m["date"][:4] == "2018"]
    assert {m["kind"] for m in moratoria} >= {"test-moratorium-nuclear", "test-moratorium-icbm"}
    assert all(m["grade"] == "B" for m in moratoria)
    icbm = next(m for m in moratoria if m["kind"] == "test-moratorium-icbm")
    assert icbm["end"] and icbm["end"] >= "2020-01-01"


def test_summits_set_leader_level_channel() -> None:
    summits = {m["date"] for m in milestones() if m["kind"] == "summit"}
    assert {"2018-06-12", "2019-02-27", "2019-06-30"} <= summits
    assert all(m["channel"] == "3" for m in milestones() if m["kind"] == "summit")


# ------------------------------------------------------------------------------------------- policy periods


def test_policy_periods_header_is_exact() -> None:
    assert _header(DATA / "policy_periods.csv") == PERIODS_HEADER


def test_policy_period_fields_are_valid() -> None:
    for p in periods():
        assert p["paradigm"] in PARADIGMS, p["id"]
        assert p["contested"] in {"true", "false"}, p["id"]
        assert p["name"].strip() and p["justification"].strip() and p["citation"].strip(), p["id"]
        if p["end"]:
            assert _day(p["start"]) <= _day(p["end"]), p["id"]


def test_policy_periods_tile_1993_to_2024_without_gaps_or_overlaps() -> None:
    rows = sorted(periods(), key=lambda p: p["start"])
    assert _day(rows[0]["start"]) <= dt.date(1993, 1, 1)
    for before, after in itertools.pairwise(rows):
        assert before["end"], f"{before['id']} is open-ended but followed by {after['id']}"
        assert _day(before["end"]) + ONE_DAY == _day(after["start"]), (before["id"], after["id"])
    assert not rows[-1]["end"] or _day(rows[-1]["end"]) >= dt.date(2024, 12, 31)
