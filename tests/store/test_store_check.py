"""``check_store`` and ``check_path`` beyond tests/reliability/test_check.py: the figures a healthy store's report
gives, recomputed independently; kinds of damage that test does not make (a run holding another dataset's events,
more quarantined rows than counted, negative counts, a missing column, a wrong root or QuadClass, a bad milestone
track, a null track or run); checks whose query fails; the report's text and JSON shapes; files that open as no
store; and the reference tables the checks are given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from detente.model import TRACKS, Event, Milestone
from detente.reference import ReferenceTables, enrich, reference_tables
from detente.store import EVENT_FIELDS, SCHEMA_VERSION, Store
from detente.store._check import CHECKS, CheckReport, CheckResult, check_path, check_store

CODES = ("010", "036", "042", "057", "0841", "112", "138", "150", "173", "190")
NAMES = [name for name, _ in CHECKS]
GATED = NAMES[2:]  # every check after schema_version and tables


def _events(dataset: str, n: int, *, offset: int = 0) -> list[Event]:
    return [enrich(Event(dt.date(2018, 1, 1) + dt.timedelta(days=i + offset), ("USAGOV", "PRKGOV")[i % 2],
                         ("PRKGOV", "USAGOV")[i % 2], CODES[i % len(CODES)], dataset=dataset,
                         track=TRACKS[i % len(TRACKS)], summary=f"{dataset} {i}"))
            for i in range(n)]


GDELT = _events("gdelt", 12)
ICEWS = _events("icews", 7, offset=3)
BUNDLED_V1 = _events("bundled", 4, offset=10)
BUNDLED_V2 = _events("bundled", 5, offset=20)
MILESTONES = [Milestone(dt.date(2018, 6, 12), "USA-PRK", "peace", "summit", 3, "B", "Singapore", "press"),
              Milestone(dt.date(2018, 5, 24), "USA-PRK", "denuclearization", "site", 1, "C", "Punggye-ri", "kcna")]


def _build(path: Path) -> None:
    """Runs: 1 gdelt (12, one rejected row), 2 icews, 3 failed gdelt, 4 gdelt overlap, 5 and 6 bundled
    versions (the second replaces the first)."""
    with Store.open(path) as s:
        with s.ingest(input="gdelt-1.CSV", dataset="gdelt") as run:
            run.count_read(13)
            run.add(GDELT)
            run.reject(13, "garbage\tline", "wrong column count")
        s.write_events(ICEWS, dataset="icews", input="icews.tab")
        with pytest.raises(RuntimeError), s.ingest(input="gdelt-2.CSV", dataset="gdelt") as run:
            run.add(_events("gdelt", 3, offset=100))
            raise RuntimeError("the reader died")
        s.write_events(GDELT[8:] + _events("gdelt", 2, offset=50), dataset="gdelt", input="gdelt-3.CSV")
        s.replace_dataset_events(BUNDLED_V1, dataset="bundled", input="v1")
        s.replace_dataset_events(BUNDLED_V2, dataset="bundled", input="v2")
        s.replace_milestones(MILESTONES)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("check") / "healthy.duckdb"
    _build(path)
    return path


@pytest.fixture
def healthy(template: Path, tmp_path: Path) -> Path:
    """A private copy of the healthy store, free to damage."""
    path = tmp_path / "store.duckdb"
    shutil.copy(template, path)
    return path


def _damage(path: Path, *sql: str) -> None:
    con = duckdb.connect(str(path))
    try:
        for statement in sql:
            con.execute(statement).fetchall()
    finally:
        con.close()


def _check(path: Path) -> dict[str, CheckResult]:
    with Store.open(path, read_only=True) as s:
        report = check_store(s)
    assert [c.name for c in report.checks] == NAMES
    return {c.name: c for c in report.checks}


def test_a_healthy_store_reports_figures_that_add_up(healthy: Path) -> None:
    with Store.open(healthy, read_only=True) as s:
        runs = s.ingest_runs()
        raw_events = sum(d["events"] for d in s.datasets())
        report = check_store(s)
    assert report.ok, report.to_text()
    assert [r["status"] for r in runs] == ["ok", "ok", "failed", "ok", "ok", "ok"]
    ok = [r for r in runs if r["status"] == "ok"]
    totals = [sum(r[k] for r in ok) for k in ("rows_read", "stored", "duplicate", "quarantined")]
    assert totals == [13 + 7 + 6 + 4 + 5, 12 + 7 + 2 + 4 + 5, 4, 1]  # gdelt-3 repeats 4 of run 1's events
    stored_now = {e.key for e in GDELT} | {e.key for e in _events("gdelt", 2, offset=50)}
    assert raw_events == len(stored_now) + len(ICEWS) + len(BUNDLED_V2)  # v1 was replaced
    combos = {(e.code, e.root, e.quad_class) for e in GDELT + ICEWS + BUNDLED_V2 + _events("gdelt", 2, offset=50)}
    plover = {e.plover_event for e in GDELT + ICEWS + BUNDLED_V2 + _events("gdelt", 2, offset=50)} - {None}
    detail = {c.name: c.detail for c in report.checks}
    assert detail == {
        "schema_version": f"schema version {SCHEMA_VERSION}",
        "tables": f"8 tables, {len(EVENT_FIELDS) + 2} event columns",
        "run_status": "6 runs, 1 failed (kept nothing)",
        "run_conservation": "rows read {} = stored {} + duplicate {} + quarantined {}".format(*totals),
        "line_count": "0 runs read all 0 data lines their files have; 5 runs loaded otherwise (the bundled "
                      "record, imports, events from Python) or recorded before line counts",
        "events_against_runs": f"{raw_events} events, each run holds what it stored",
        "failed_runs_empty": "failed runs hold nothing",
        "orphan_events": "every event belongs to a recorded run",
        "orphan_quarantine": "1 quarantined rows, each with its run",
        "unique_keys": "each event key is stored once per dataset",
        "required_fields": "every event has key, date, actors, code and dataset",
        "cameo_codes": f"{len(combos)} code/root/QuadClass combinations, all in the CAMEO table",
        "plover_codes": f"{len(plover)} PLOVER event types, all known",
        "tracks": f"every track is one of {', '.join(TRACKS)}",
    }


def test_check_path_agrees_with_check_store(healthy: Path) -> None:
    with Store.open(healthy, read_only=True) as s:
        direct = check_store(s)
    assert check_path(healthy) == direct
    assert check_path(str(healthy)).to_dict() == direct.to_dict()


def test_an_empty_new_store_passes(store_path: Path) -> None:
    Store.open(store_path).close()
    report = check_path(store_path)
    assert report.ok
    detail = {c.name: c.detail for c in report.checks}
    assert detail["run_status"] == "0 runs, 0 failed (kept nothing)"
    assert detail["run_conservation"] == "rows read 0 = stored 0 + duplicate 0 + quarantined 0"
    assert detail["cameo_codes"].startswith("0 code/root/QuadClass")


def test_a_healthy_archive_passes(tmp_path: Path) -> None:
    with Store.open(f"{tmp_path}/archive/") as s:
        s.write_events(GDELT, dataset="gdelt", input="g")
        s.replace_milestones(MILESTONES)
    report = check_path(tmp_path / "archive")
    assert report.ok, report.to_text()


#: damage that tests/reliability/test_check.py does not make -> (the checks that must fail, words in the detail)
DAMAGE: dict[str, tuple[tuple[str, ...], frozenset[str], str]] = {
    "a run holds another dataset's events": (
        ("UPDATE events SET dataset = 'icews' WHERE rowid = (SELECT min(rowid) FROM events WHERE run_id = 1)",),
        frozenset({"events_against_runs"}), "run 1 (gdelt) holds 1 events of dataset icews"),
    "more quarantined rows than counted": (
        ("INSERT INTO quarantine SELECT dataset, input, line + 1, raw, reason, raw_hash || 'x', run_id "
         "FROM quarantine",),
        frozenset({"orphan_quarantine"}), "run 1 counted 1 quarantined but holds 2"),
    "a negative count that still adds up": (
        ("UPDATE ingest_runs SET duplicate = -1, quarantined = 1 WHERE run_id = 2",),
        frozenset({"run_conservation"}), "run 2: read 7 != 7 + -1 + 1"),
    "a wrong root": (
        ("UPDATE events SET root = '19' WHERE code = '036'",),
        frozenset({"cameo_codes"}), "code '036' has root '19', the table says '03'"),
    "a QuadClass out of range": (
        ("UPDATE events SET quad_class = 7 WHERE code = '190'",),
        frozenset({"cameo_codes"}), "code '190' has QuadClass 7"),
    "a milestone on no track": (
        ("UPDATE milestones SET track = 'war' WHERE kind = 'summit'",),
        frozenset({"tracks"}), "milestones 'war' x1"),
    "an event without a track": (
        ("UPDATE events SET track = NULL WHERE rowid = (SELECT min(rowid) FROM events)",),
        frozenset({"tracks"}), "events None x1"),
    "an event without a run": (
        ("UPDATE events SET run_id = NULL WHERE rowid = (SELECT min(rowid) FROM events WHERE run_id = 2)",),
        frozenset({"orphan_events", "events_against_runs"}), "1 of icews with run none"),
    "events without actors and code": (
        ("UPDATE events SET source = NULL WHERE rowid = (SELECT min(rowid) FROM events)",
         "UPDATE events SET code = NULL WHERE rowid = (SELECT max(rowid) FROM events)"),
        frozenset({"required_fields"}), "1 without source, 1 without code"),
    "a failed run left quarantined rows": (
        ("INSERT INTO quarantine VALUES ('gdelt', 'gdelt-2.CSV', 5, 'raw', 'bad', 'hash', 3)",),
        # run 3 counted none, so it also holds more than it counted
        frozenset({"failed_runs_empty", "orphan_quarantine"}), "failed runs hold 0 events and 1 quarantined rows"),
    "a second run left running": (
        ("UPDATE ingest_runs SET status = 'running' WHERE run_id IN (2, 3)",),
        # run 2's events now belong to no ok run: only the status check names it
        frozenset({"run_status"}), "2 runs neither ok nor failed: run 2 (running), run 3 (running)"),
}


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_each_further_kind_of_damage_fails_only_its_checks(healthy: Path, case: str) -> None:
    sql, failing, words = DAMAGE[case]
    _damage(healthy, *sql)
    results = _check(healthy)
    assert {n for n, c in results.items() if not c.ok} == failing, [c for c in results.values() if not c.ok]
    assert any(words in results[n].detail for n in failing), [results[n].detail for n in failing]


def test_many_problems_are_named_up_to_five_then_counted(healthy: Path) -> None:
    _damage(healthy, "UPDATE events SET plover_event = 'MADE-UP-' || (rowid % 8)")
    detail = _check(healthy)["plover_codes"].detail
    assert detail.count("MADE-UP-") == 5 and detail.endswith("and 3 more")


def test_a_missing_event_column_stops_the_other_checks(healthy: Path) -> None:
    _damage(healthy, "ALTER TABLE events DROP COLUMN sentence")
    results = _check(healthy)
    assert results["schema_version"].ok
    assert not results["tables"].ok and results["tables"].detail == "the events table lacks columns: sentence"
    for name in GATED:
        assert (results[name].ok, results[name].detail) == (False, "not run: the store's schema is not readable")


def test_a_check_whose_query_fails_says_so_instead_of_raising(healthy: Path) -> None:
    # a status column of the wrong type: every query comparing it with 'ok' fails in DuckDB
    _damage(healthy, "ALTER TABLE ingest_runs DROP COLUMN status",
            "ALTER TABLE ingest_runs ADD COLUMN status INTEGER DEFAULT 1")
    results = _check(healthy)
    assert results["tables"].ok  # the column is there, by name
    for name in ("run_status", "run_conservation", "events_against_runs"):
        assert not results[name].ok and results[name].detail.startswith("the query failed ("), name
    assert results["unique_keys"].ok  # checks that do not read the status still run


def test_the_checks_use_the_reference_tables_they_are_given(healthy: Path) -> None:
    full = reference_tables()
    without = ReferenceTables(cameo={k: v for k, v in full.cameo.items() if k != "057"}, plover=full.plover)
    with Store.open(healthy, read_only=True) as s:
        assert check_store(s, tables=full).ok
        report = check_store(s, tables=without)
    assert [c.name for c in report.failed] == ["cameo_codes"]
    n = sum(e.code == "057" for e in GDELT + ICEWS + BUNDLED_V2 + _events("gdelt", 2, offset=50))
    assert f"code '057' ({n} events) is not in the CAMEO table" in report.failed[0].detail


# -- check_path on files that do not open as stores ---------------------------------------------------------


def test_check_path_of_a_foreign_duckdb_file_fails_on_its_schema(store_path: Path) -> None:
    _damage(store_path, "CREATE TABLE prices (day DATE, price DOUBLE)")
    report = check_path(store_path)
    assert not report.ok
    assert [c.name for c in report.checks] == ["schema_version"]
    assert "needs a schema upgrade" in report.checks[0].detail
    assert store_path.exists() and "prices" in {r[0] for r in duckdb.connect(str(store_path), read_only=True)
                                                .execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def test_check_path_of_a_damaged_version_fails_on_its_schema(healthy: Path) -> None:
    _damage(healthy, "UPDATE meta SET value = 'v1' WHERE key = 'schema_version'")
    report = check_path(healthy)
    assert [(c.name, c.ok) for c in report.checks] == [("schema_version", False)]
    assert "damaged schema version 'v1'" in report.checks[0].detail


def test_check_path_of_a_foreign_meta_table_fails_on_its_schema(store_path: Path) -> None:
    _damage(store_path, "CREATE TABLE meta (id INTEGER)")
    report = check_path(store_path)
    assert [(c.name, c.ok) for c in report.checks] == [("schema_version", False)]
    assert "not a detente store" in report.checks[0].detail


# -- the report ---------------------------------------------------------------------------------------------


def test_the_report_text_lines_up_and_names_what_failed() -> None:
    report = CheckReport("s.duckdb", (CheckResult("a", True, "fine"), CheckResult("longer", False, "broken"),
                                      CheckResult("mid", False, "also broken")))
    lines = report.to_text().splitlines()
    assert lines[0] == "store s.duckdb"
    assert lines[1:4] == ["  ok    a       fine", "  FAIL  longer  broken", "  FAIL  mid     also broken"]
    assert lines[4].startswith("2 of 3 checks failed: longer, mid. ")
    assert "--store NEW" in lines[4] and "detente check --format json" in lines[4]
    assert [c.name for c in report.failed] == ["longer", "mid"] and not report.ok


def test_a_passing_report_says_so_and_round_trips_as_json() -> None:
    checks = (CheckResult("a", True, "fine"), CheckResult("b", True, "also fine"))
    report = CheckReport("x", checks)
    assert report.ok and report.failed == ()
    assert report.to_text().splitlines()[-1] == "all 2 checks passed"
    data = json.loads(json.dumps(report.to_dict()))
    assert data == {"store": "x", "ok": True, "checks": [dataclasses.asdict(c) for c in checks]}
    back = CheckReport(data["store"], tuple(CheckResult(**c) for c in data["checks"]))
    assert back == report
