"""The bundled US-DPRK record, checked on its own and against the public test databases.

Reads the CSVs under ``src/detente/data/`` directly with :mod:`csv` (no store needed). The checks of the record's
form and conventions need nothing else. The comparisons use the nuclear tests and the CNS missile-test list copied
into ``tests/fixtures/korea`` (sources and licences in tests/fixtures/README.md), so nothing is skipped.
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import importlib.util
import itertools
import re
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "detente" / "data"
KOREA = REPO / "tests" / "fixtures" / "korea"

EVENTS_HEADER = [
    "id", "date", "source", "target", "code", "track", "summary", "citation", "url",
    "source_name", "target_name", "location",
]  # fmt: skip
#: the weapons tests and the armed incidents add the UTC day and a second document
DATED_HEADER = [
    "id", "date", "utc_date", "source", "target", "code", "track", "summary", "citation", "url",
    "source_name", "target_name", "location", "second_source",
]  # fmt: skip
MILESTONES_HEADER = ["id", "date", "end", "dyad", "track", "kind", "level", "grade", "channel", "summary", "citation"]
PERIODS_HEADER = ["id", "start", "end", "name", "paradigm", "contested", "justification", "citation"]

TRACKS = {"peace", "denuclearization", "tension", "other"}
GRADES = {"A", "B", "C"}
PARADIGMS = {"denuclearization-first", "parallel", "mixed"}
CNS_CITATION = "CNS North Korea Missile Test Database"
PRELIMINARY_CITATION = "nk-missile-tests (A. Kusanagi), data/test.en.json, preliminary figures"
#: the CNS list (tests/fixtures/korea) has the database's rows to the end of 2024, a maintainer's preliminary rows after
PRELIMINARY_FROM = "2025"
NUCLEAR_CITATION = "Yao et al. 2018 (SRL), North Korean nuclear test locations"
FIRST_DAY = dt.date(1990, 1, 1)
#: the record's declared end (SOURCES.md: 1990 to April 2026)
LAST_DAY = dt.date(2026, 4, 30)
ONE_DAY = dt.timedelta(days=1)
KOREA_UTC_OFFSET = dt.timedelta(hours=9)

EVENTS_FILE, TESTS_FILE, INCIDENTS_FILE = "us_dprk_events.csv", "us_dprk_tests.csv", "us_dprk_incidents.csv"
EVENT_FILES = (EVENTS_FILE, TESTS_FILE, INCIDENTS_FILE)
HEADERS = {EVENTS_FILE: EVENTS_HEADER, TESTS_FILE: DATED_HEADER, INCIDENTS_FILE: DATED_HEADER}


def _fixture(path: Path) -> Path:
    """A file of tests/fixtures/korea (committed: a missing one fails)."""
    if not path.exists():
        pytest.fail(f"test fixture missing: {path.relative_to(REPO)} (tests/fixtures/make_fixtures.py rebuilds it)")
    return path


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


@cache
def rows(name: str) -> list[dict[str, str]]:
    return _read(DATA / name)


@cache
def events() -> list[dict[str, str]]:
    """Every event row of the record: diplomacy, the weapons tests, then the armed incidents."""
    return [row for name in EVENT_FILES for row in rows(name)]


@cache
def milestones() -> list[dict[str, str]]:
    return _read(DATA / "us_dprk_milestones.csv")


@cache
def periods() -> list[dict[str, str]]:
    return _read(DATA / "policy_periods.csv")


@cache
def cameo_codes() -> frozenset[str]:
    """The CAMEO table the package ships (pinned from the GDELT/ICEWS lookup)."""
    return frozenset(r["code"] for r in _read(DATA / "cameo_event_codes.csv"))


@cache
def cns_launches() -> list[dict[str, str]]:
    rows = _read(_fixture(KOREA / "missile_tests_cns_extended_1984_2026.csv"))
    return [r for r in rows if r["date"][:4] >= "1990"]


@cache
def nuclear_tests() -> list[dict[str, str]]:
    return _read(_fixture(KOREA / "nuclear_tests.csv"))


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _weapon_rows(citation: str) -> list[dict[str, str]]:
    return [e for e in rows(TESTS_FILE) if e["citation"].startswith(citation)]


# ---------------------------------------------------------------------------------------------- events: form


@pytest.mark.parametrize("name", EVENT_FILES)
def test_events_header_is_exact(name: str) -> None:
    assert _header(DATA / name) == HEADERS[name]


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


def test_event_dates_lie_within_the_declared_span() -> None:
    bad = [(e["id"], e["date"]) for e in events() if not FIRST_DAY <= _day(e["date"]) <= LAST_DAY]
    assert not bad, f"dates outside {FIRST_DAY}..{LAST_DAY}: {bad[:10]}"


def test_record_reaches_the_end_of_the_shared_data() -> None:
    """The weapons tests run to the last launch of the shared list (its dates are UTC, the record's Korean)."""
    last_shared = max(_day(r["date"]) for r in cns_launches() if len(r["date"]) == 10)
    last = max(_day(e["date"]) for e in rows(TESTS_FILE))
    assert last_shared <= last <= last_shared + ONE_DAY


@pytest.mark.parametrize("name", EVENT_FILES)
def test_events_are_sorted_by_date(name: str) -> None:
    dates = [e["date"] for e in rows(name)]
    assert dates == sorted(dates)


# --------------------------------------------------------------------------------- events: the date convention


@pytest.mark.parametrize("name", [TESTS_FILE, INCIDENTS_FILE])
def test_the_korean_day_is_the_utc_day_or_the_next(name: str) -> None:
    """``date`` is the day in Korea (UTC+9); ``utc_date``, when a source gives the hour, is the same moment in UTC."""
    bad = [
        (e["id"], e["date"], e["utc_date"])
        for e in rows(name)
        if e["utc_date"] and not _day(e["utc_date"]) <= _day(e["date"]) <= _day(e["utc_date"]) + ONE_DAY
    ]
    assert not bad, f"(id, date, utc_date) breaking utc_date <= date <= utc_date + 1: {bad[:10]}"


def test_launches_with_an_hour_have_their_utc_day() -> None:
    """Every launch the shared list times in UTC has that UTC day and the Korean day of that moment."""
    timed = collections.Counter()
    for r in cns_launches():
        m = re.fullmatch(r"(\d\d):(\d\d) \(UTC\)", r["time"])
        if m:
            moment = dt.datetime.fromisoformat(f"{r['date']}T{m[1]}:{m[2]}") + KOREA_UTC_OFFSET
            timed[(r["date"], moment.date().isoformat())] += 1
    have = collections.Counter((e["utc_date"], e["date"]) for e in rows(TESTS_FILE) if e["id"].startswith("msl-"))
    short = [(utc, korea, n, have[(utc, korea)]) for (utc, korea), n in sorted(timed.items()) if have[(utc, korea)] < n]
    assert not short, f"(utc day, Korean day, timed launches, rows with both days) short: {short[:10]}"


# ------------------------------------------------------------------------------- events: a document per row

_YEAR = re.compile(r"\b(19|20)\d\d\b")
_KIND_OF_SOURCE = re.compile(
    r"[A-Za-z .,'&/()-]*\b(statements?|reports?|press releases?|announcements?|briefings?|posts?|addresses)", re.I
)


def names_a_document(citation: str, url: str) -> bool:
    """A citation names a document: its publisher and title with either its address or its date.

    "KCNA statement" or "U.S. Department of Defense statement" name a kind of source, not a document; "Reuters,
    report of 13 March 2015 on ..." with its URL, the Arms Control Association's chronology with its URL, or "Yao et
    al. 2018 (SRL), North Korean nuclear test locations" name one.
    """
    citation = citation.strip()
    if _KIND_OF_SOURCE.fullmatch(citation) or "," not in citation:
        return False
    return url.startswith(("http://", "https://")) or bool(_YEAR.search(citation))


@pytest.mark.parametrize(
    ("citation", "url", "expected"),
    [
        ("KCNA statement", "", False),
        ("U.S. Department of Defense statement", "", False),
        ("Arms Control Association, Chronology of U.S.-North Korean Nuclear and Missile Diplomacy", "https://x", True),
        ("Arms Control Association, Chronology of U.S.-North Korean Nuclear and Missile Diplomacy", "", False),
        ("KCNA statement", "https://kcnawatch.org", False),
        ("Reuters, report of 13 March 2015 on seven surface-to-air missiles", "https://www.reuters.com/a", True),
        ("Yao et al. 2018 (SRL), North Korean nuclear test locations", "", True),
        ("KCNA report 2019", "", False),
    ],
)
def test_names_a_document_tells_a_document_from_a_kind_of_source(citation: str, url: str, expected: bool) -> None:
    assert names_a_document(citation, url) is expected


@pytest.mark.parametrize("name", [TESTS_FILE, INCIDENTS_FILE])
def test_every_row_cites_a_document(name: str) -> None:
    bad = [(e["id"], e["citation"]) for e in rows(name) if not names_a_document(e["citation"], e["url"])]
    assert not bad, f"rows citing a kind of source instead of a document: {bad[:10]}"


@pytest.mark.parametrize("name", [TESTS_FILE, INCIDENTS_FILE])
def test_second_sources_name_documents_too(name: str) -> None:
    bad = [
        (e["id"], e["second_source"])
        for e in rows(name)
        if e["second_source"]
        and not names_a_document(e["second_source"], "https://" if "http" in e["second_source"] else "")
    ]
    assert not bad, f"second sources that name no document: {bad[:10]}"


# ------------------------------------------------------------------------------------ counts per year in docs


def _counts_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_record_counts", REPO / "scripts" / "gen_record_counts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_counts_per_year_in_docs_are_current() -> None:
    stale = "docs/record.md is stale: run uv run python scripts/gen_record_counts.py"
    assert (REPO / "docs" / "record.md").read_text(encoding="utf-8") == _counts_script().render(), stale


def test_counts_per_year_add_up_to_the_files() -> None:
    table = _counts_script().counts()
    assert sum(table["events"].values()) == len(rows(EVENTS_FILE))
    assert sum(table["incidents"].values()) == len(rows(INCIDENTS_FILE))
    kinds = ("msl", "bm", "cm", "sam", "mrl", "srm", "nuc")
    assert sum(sum(table[k].values()) for k in kinds) == len(rows(TESTS_FILE))
    assert sum(table["nuc"].values()) == 6


# ------------------------------------------------------------------------------------- events: weapons tests


def test_every_nuclear_test_is_present_within_a_day() -> None:
    rows_ = _weapon_rows(NUCLEAR_CITATION)
    days = [_day(r["date"]) for r in rows_]
    missing = [t["date"] for t in nuclear_tests() if not any(abs(d - _day(t["date"])) <= ONE_DAY for d in days)]
    assert not missing, f"nuclear tests missing from the bundled record: {missing}"
    assert len(rows_) == len(nuclear_tests())


def test_every_listed_launch_date_is_present_with_its_count() -> None:
    """Each day of the shared list has as many launch rows within a day (the list's days are mostly UTC)."""
    rows_ = _weapon_rows(CNS_CITATION) + _weapon_rows(PRELIMINARY_CITATION)
    per_day = collections.Counter(_day(r["date"]) for r in rows_)
    per_month = collections.Counter(r["date"][:7] for r in rows_)
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
    assert not short, f"(date, listed missiles, bundled rows within a day) short: {short[:10]}"


def test_launches_are_credited_to_the_list_they_come_from() -> None:
    """The CNS database's rows end in 2024; the 2025-26 rows of the shared list are a maintainer's preliminary list."""
    listed = cns_launches()
    from_cns = [r for r in listed if r["date"][:4] < PRELIMINARY_FROM]
    preliminary = [r for r in listed if r["date"][:4] >= PRELIMINARY_FROM]
    cns_rows, prelim_rows = _weapon_rows(CNS_CITATION), _weapon_rows(PRELIMINARY_CITATION)
    assert len(cns_rows) == len(from_cns)
    assert len(prelim_rows) == len(preliminary)
    assert all(r["utc_date"][:4] < PRELIMINARY_FROM for r in cns_rows if r["utc_date"])
    assert all(r["date"][:4] >= PRELIMINARY_FROM for r in prelim_rows)


def test_weapons_tests_are_coded_as_military_posture() -> None:
    bad = [
        r["id"]
        for r in rows(TESTS_FILE)
        if (r["source"], r["target"], r["code"], r["track"]) != ("PRKMIL", "USA", "150", "tension")
    ]
    assert not bad, f"tests must be PRKMIL -> USA, CAMEO 150, track tension: {bad[:10]}"


_TEST_WORDS = re.compile(
    r"\b(tests?|tested|launch(es|ed)?|fired|firing|salvo|missiles?|rockets?|guided weapons?|ICBM|Hwasong|"
    r"hydrogen bomb|nuclear device)\b",
    re.I,
)


def _test_day_statements(code_prefix: str) -> list[tuple[str, str]]:
    """(id, code) of the statements-file rows North Korea is the source of, coded ``code_prefix``..., that speak of a
    test or launch and fall on the day of a test or the day after."""
    test_days = {_day(e["date"]) for e in rows(TESTS_FILE)}
    return [
        (e["id"], e["code"])
        for e in rows(EVENTS_FILE)
        if e["source"].startswith("PRK")
        and e["code"].startswith(code_prefix)
        and _TEST_WORDS.search(e["summary"])
        and (_day(e["date"]) in test_days or _day(e["date"]) - ONE_DAY in test_days)
    ]


def test_no_announcement_counts_as_a_second_test() -> None:
    """A statement about a test on its day or the next is a statement, not a second show of force.

    Rows of the statements file that North Korea is the source of, that speak of a test or launch and fall on the
    day of a test or the day after, must not carry a force-posture code (CAMEO root 15): the test row already counts
    the act; an announcement that only reports the test is not a row at all, and words that do more (a threat, a
    promise of more tests) are coded as what they do (13x; docs/record-audit.md, rule 1). The incidents file holds
    acts of their own (artillery fire, incursions), which may fall on a launch day.
    """
    doubled = _test_day_statements(code_prefix="15")
    assert not doubled, f"announcements coded as a second test: {doubled}"


def test_no_announcement_of_a_test_is_coded_as_verbal_cooperation() -> None:
    """A state naming its own test claims no responsibility (CAMEO 015) and cooperates in nothing (root 01).

    Rows of the statements file that North Korea is the source of, that speak of a test or launch and fall on the
    day of a test or the day after, must not carry a verbal-cooperation code of root 01: such a row either only
    reports the test (then the test row is the event and the row should not exist) or says more, coded as what it
    says (docs/record-audit.md, rule 1).
    """
    claimed = _test_day_statements(code_prefix="01")
    assert not claimed, f"announcements of a test coded as a public statement (root 01): {claimed}"


def test_no_nuclear_test_after_september_2017() -> None:
    late = [r["date"] for r in _weapon_rows(NUCLEAR_CITATION) if r["date"] > "2017-09-04"]
    assert not late


def test_no_icbm_flight_during_the_2018_2019_moratorium() -> None:
    icbm = [
        r["date"]
        for r in rows(TESTS_FILE)
        if "intercontinental" in r["summary"] and "2017-12-01" <= r["date"] <= "2019-12-31"
    ]
    assert not icbm


# ------------------------------------------------------------------------- events: the facts METHOD §5 names


@pytest.mark.parametrize(
    ("date", "source", "codes"),
    [
        ("2017-08-08", "USAGOV", {"138"}),  # fire and fury
        ("2017-09-19", "USAGOV", {"138", "1385"}),  # totally destroy
        ("2017-08-05", "USAGOV", {"163"}),  # Resolution 2371, the US act in the Council
        ("2017-09-11", "USAGOV", {"163"}),  # Resolution 2375, the US act in the Council
        ("2017-12-22", "USAGOV", {"163"}),  # Resolution 2397, the US act in the Council
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
    diplomatic = [e for e in rows(EVENTS_FILE) if "2016" <= e["date"][:4] <= "2020"]
    months = collections.Counter(e["date"][:7] for e in diplomatic)
    assert len(diplomatic) >= 200
    assert all(months[f"2018-{m:02d}"] >= 3 for m in range(1, 13))


# ------------------------------------------------------------------------------------------------ milestones


def test_milestones_header_is_exact() -> None:
    assert _header(DATA / "us_dprk_milestones.csv") == MILESTONES_HEADER


def test_milestone_fields_are_valid() -> None:
    last = LAST_DAY
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
