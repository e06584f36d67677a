"""``detente check`` and :func:`check_store`: a clean store passes, each kind of damage fails its own check."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from detente.model import Event
from detente.reference import enrich
from detente.store import SCHEMA_VERSION, Store
from detente.store._check import CHECKS, check_path, check_store


def _event(day: int, code: str = "036", **kw: object) -> Event:
    return enrich(Event(dt.date(2018, 6, day), "USAGOV", "PRKGOV", code, dataset="test",  # type: ignore[arg-type]
                        **kw))


def _build(path: Path) -> None:
    with Store.open(path) as s:
        s.write_events([_event(d, summary=f"e{d}") for d in range(1, 11)], dataset="test", input="a.csv")
        with s.ingest(input="b.csv", dataset="test") as run:
            run.expect_lines(3)
            run.count_read(3)
            run.add([_event(1, summary="e1"), _event(20, summary="new")])
            run.reject(7, "garbage", "wrong column count")


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    path = tmp_path / "clean.duckdb"
    _build(path)
    return path


def _damage(path: Path, *sql: str) -> None:
    con = duckdb.connect(str(path))
    for statement in sql:
        con.execute(statement).fetchall()
    con.close()


def test_a_clean_store_passes_every_check(clean: Path) -> None:
    report = check_path(clean)
    assert report.ok, report.to_text()
    assert [c.name for c in report.checks] == [name for name, _ in CHECKS]
    assert "rows read 13 = stored 11 + duplicate 1 + quarantined 1" in report.to_text()


def test_the_bundled_store_passes_every_check(bundled_store: Path) -> None:
    report = check_path(bundled_store)
    assert report.ok, report.to_text()


def test_a_replaced_dataset_is_not_a_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as s:
        s.replace_dataset_events([_event(1)], dataset="bundled", input="v1")
        s.replace_dataset_events([_event(1), _event(2)], dataset="bundled", input="v2")
        assert check_store(s).ok, check_store(s).to_text()


DAMAGE: dict[str, tuple[str, ...]] = {
    "run_conservation": ("UPDATE ingest_runs SET rows_read = rows_read + 1 WHERE run_id = 1",),
    "line_count": ("UPDATE ingest_runs SET data_lines = data_lines + 1 WHERE run_id = 2",),
    "events_against_runs": ("DELETE FROM events WHERE rowid IN (SELECT min(rowid) FROM events WHERE run_id = 1)",),
    "orphan_events": ("UPDATE events SET run_id = 99 WHERE rowid IN (SELECT min(rowid) FROM events)",),
    "orphan_quarantine": ("UPDATE quarantine SET run_id = 77",),
    "unique_keys": ("INSERT INTO events SELECT * FROM events WHERE rowid IN (SELECT min(rowid) FROM events)",
                    "UPDATE ingest_runs SET stored = stored + 1, rows_read = rows_read + 1 WHERE run_id = 1"),
    "required_fields": ("UPDATE events SET date = NULL WHERE rowid IN (SELECT min(rowid) FROM events)",),
    "cameo_codes": ("UPDATE events SET code = '999' WHERE rowid IN (SELECT min(rowid) FROM events)",),
    "plover_codes": ("UPDATE events SET plover_event = 'TELEPORT' WHERE rowid IN (SELECT min(rowid) FROM events)",),
    "tracks": ("UPDATE events SET track = 'war' WHERE rowid IN (SELECT min(rowid) FROM events)",),
    "run_status": ("UPDATE ingest_runs SET status = 'running' WHERE run_id = 2",),
    "failed_runs_empty": ("UPDATE ingest_runs SET status = 'failed' WHERE run_id = 2",),
    "schema_version": ("UPDATE meta SET value = '0' WHERE key = 'schema_version'",),
    "tables": ("DROP TABLE policy_periods",),
}


#: damage that, rightly, fails a second check too
ALSO = {"orphan_events": ("events_against_runs",)}


@pytest.mark.parametrize("check", sorted(DAMAGE))
def test_each_kind_of_damage_fails_its_check(clean: Path, check: str, cli: Callable[..., object]) -> None:
    _damage(clean, *DAMAGE[check])
    with Store.open(clean, read_only=True) if check != "schema_version" else _raw(clean) as store:
        report = check_store(store)
    failed = {c.name for c in report.failed}
    assert check in failed, report.to_text()
    if check not in ("schema_version", "tables"):  # those two stop the other checks
        assert failed == {check, *ALSO.get(check, ())}, report.to_text()
    result = cli("check", "--store", str(clean))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert f"FAIL  {check}" in result.stdout  # type: ignore[attr-defined]
    assert "checks failed" in result.stdout.splitlines()[-1]  # type: ignore[attr-defined]


def _raw(path: Path) -> Store:
    """A store object over the file without the version gate of Store.open (to check a store it would refuse)."""
    return Store(duckdb.connect(str(path), read_only=True), str(path), read_only=True)


def test_check_json_and_exit_codes(clean: Path, cli: Callable[..., object]) -> None:
    ok = cli("check", "--store", str(clean), "--format", "json")
    assert ok.exit_code == 0  # type: ignore[attr-defined]
    data = json.loads(ok.stdout)  # type: ignore[attr-defined]
    assert data["ok"] is True and {c["name"] for c in data["checks"]} == {n for n, _ in CHECKS}
    _damage(clean, DAMAGE["cameo_codes"][0])
    bad = cli("check", "--store", str(clean), "--format", "json")
    assert bad.exit_code == 1  # type: ignore[attr-defined]
    assert json.loads(bad.stdout)["ok"] is False  # type: ignore[attr-defined]


def test_check_of_a_newer_schema_reports_it(clean: Path, cli: Callable[..., object]) -> None:
    _damage(clean, f"UPDATE meta SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'")
    result = cli("check", "--store", str(clean))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert "FAIL  schema_version" in result.stdout and "upgrade detente" in result.stdout  # type: ignore[attr-defined]


def test_check_of_a_file_that_is_not_a_store(tmp_path: Path, cli: Callable[..., object]) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 1000)
    result = cli("check", "--store", str(junk))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert "FAIL  open" in result.stdout and "--store" in result.stdout  # type: ignore[attr-defined]


def test_check_of_a_missing_store_says_what_to_do(tmp_path: Path, cli: Callable[..., object]) -> None:
    result = cli("check", "--store", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert result.stderr.startswith("error: no store at") and "--store" in result.stderr  # type: ignore[attr-defined]
    assert result.stderr.count("\n") == 1  # type: ignore[attr-defined]


def test_check_does_not_write(clean: Path) -> None:
    before = clean.read_bytes()
    assert check_path(clean).ok
    assert clean.read_bytes() == before


def test_a_store_killed_before_its_schema_was_committed_is_empty_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    duckdb.connect(str(path)).close()  # the file exists, no table yet: what a kill during creation leaves
    report = check_path(path)
    assert report.ok and "empty store" in report.to_text()
