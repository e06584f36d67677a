"""Progress of an ingest read by the store itself: both passes report, rows never exceed the file's, a failing
progress callback interrupts the running statement, and an ingest stopped mid-way stores nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.ingest import IngestProgress, ingest_paths
from detente.store import Store

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def _big_gdelt(tmp_path: Path, copies: int) -> tuple[Path, int]:
    """A GDELT 1.0 daily file of ``copies`` times the fixture's rows, each with its own GLOBALEVENTID."""
    rows = (FORMATS / "gdelt1_daily.export.CSV").read_bytes().splitlines()
    out = tmp_path / "20130401.export.CSV"
    n = 0
    with out.open("wb") as fh:
        for _ in range(copies):
            for row in rows:
                _, rest = row.split(b"\t", 1)
                fh.write(f"{900000000 + n}".encode() + b"\t" + rest + b"\n")
                n += 1
    return out, n


def test_progress_reports_both_passes_and_ends_with_the_rows_read(tmp_path: Path) -> None:
    path, n = _big_gdelt(tmp_path, 4000)
    seen: list[IngestProgress] = []
    with Store.open(tmp_path / "s.duckdb") as store:
        [result] = ingest_paths(store, "gdelt", [path], progress=seen.append)
        assert result.rows_read == n == result.stored + result.duplicate + result.quarantined
    assert seen and seen[-1].done and seen[-1].rows == n
    assert all(p.input == str(path) for p in seen)
    assert all(p.phase in ("read", "store") for p in seen)
    store_phase = [p.rows for p in seen if p.phase == "store" and not p.done]
    assert all(0 <= r <= n for r in store_phase)
    assert store_phase == sorted(store_phase)  # the store pass only moves forward
    assert [p.seconds for p in seen] == sorted(p.seconds for p in seen)


def test_a_failing_progress_callback_interrupts_the_statement() -> None:
    import duckdb

    from detente.ingest._engine import _watched

    con = duckdb.connect()
    calls: list[float] = []

    class Stop(Exception):
        pass

    def stop(percent: float) -> None:
        calls.append(percent)
        raise Stop

    slow = "SELECT count(*) FROM range(100000000000) t(i) WHERE i % 7 = 3"  # minutes if not interrupted
    with pytest.raises(Stop):
        _watched(con, lambda: con.execute(slow).fetchall(), stop)
    assert len(calls) == 1 and 0 <= calls[0] <= 100
    assert con.execute("SELECT 42").fetchall() == [(42,)]  # the connection is usable afterwards


def test_without_a_callback_the_statement_runs_in_the_calling_thread() -> None:
    import threading

    import duckdb

    from detente.ingest._engine import _watched

    con = duckdb.connect()
    where: list[str] = []
    assert _watched(con, lambda: where.append(threading.current_thread().name) or 7, None) == 7
    assert where == [threading.current_thread().name]


def test_an_ingest_stopped_mid_way_stores_nothing_and_the_file_loads_later(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.ingest import _engine

    path, n = _big_gdelt(tmp_path, 200)
    original = _engine._watched
    calls: list[int] = []

    class Stop(Exception):
        pass

    def insert_stopped(con, work, on_percent, abort=None):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            return original(con, work, on_percent, abort)  # the counting pass runs
        raise Stop  # the insert is stopped, as a raising progress callback would stop it

    with Store.open(tmp_path / "s.duckdb") as store:
        monkeypatch.setattr(_engine, "_watched", insert_stopped)
        with pytest.raises(Stop):
            ingest_paths(store, "gdelt", [path], progress=lambda p: None)
        monkeypatch.setattr(_engine, "_watched", original)
        assert len(calls) == 2 and store.count() == 0
        assert [r["status"] for r in store.ingest_runs()] in ([], ["failed"])
        [result] = ingest_paths(store, "gdelt", [path])
        assert result.stored == store.count() == n


@pytest.mark.parametrize("limit", ["lots", "12", "-5MB", "1 XB"])
def test_a_memory_limit_that_is_no_size_is_refused(tmp_path: Path, limit: str) -> None:
    from detente.errors import ConfigError

    path, _ = _big_gdelt(tmp_path, 1)
    with Store.open(":memory:") as store, pytest.raises(ConfigError, match="write it like 128MB"):
        ingest_paths(store, "gdelt", [path], memory_limit=limit)


def test_the_memory_cap_holds_only_during_the_ingest_and_results_do_not_depend_on_it(tmp_path: Path) -> None:
    path, n = _big_gdelt(tmp_path, 50)
    counts = []
    for limit in ("64MB", None):
        with Store.open(tmp_path / f"s{limit}.duckdb") as store:
            before = store.con.execute("SELECT current_setting('memory_limit')").fetchall()
            [result] = ingest_paths(store, "gdelt", [path], memory_limit=limit)
            assert store.con.execute("SELECT current_setting('memory_limit')").fetchall() == before
            counts.append((result.rows_read, result.stored, store.count()))
    assert counts[0] == counts[1] == (n, n, n)


def test_a_failing_abort_check_interrupts_the_statement_without_a_progress_callback() -> None:
    import duckdb

    from detente.ingest._engine import _watched

    con = duckdb.connect()
    slow = "SELECT count(*) FROM range(100000000000) t(i) WHERE i % 7 = 3"  # minutes if not interrupted
    checks: list[int] = []

    def abort() -> BaseException | None:
        checks.append(1)
        return ValueError("the scan found a bomb") if len(checks) >= 2 else None

    with pytest.raises(ValueError, match="bomb"):
        _watched(con, lambda: con.execute(slow).fetchall(), None, abort)
    assert len(checks) == 2
    assert con.execute("SELECT 1").fetchall() == [(1,)]
