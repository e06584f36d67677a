"""The per-dyad day sums: equal to the single-dyad query for every dyad, kept up to date by ingest runs exactly as
a rebuild would make them; and the alert and feed-file records."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from monitor_data import FEED

from detente.errors import InputError
from detente.ingest import ingest_paths
from detente.measure import IndexOptions
from detente.measure._sql import day_sums_sql, index_from_day_sums
from detente.measure._world import (
    dyad_day_sums_sql,
    dyad_series,
    in_dyad_day_order,
    iter_dyads,
    read_day_rows,
    refresh_day_table,
    runs_dyads,
    update_day_sums_sql,
)
from detente.model import Dyad
from detente.store import Store
from detente.store._monitor import AlertRecord, FeedRecord, add_alerts, alerts, feed_files, feed_last_stamp
from detente.store._monitor import record_feed_file as record

COLUMNS = ("raw", "n", "ng", "wg", "wabs", "wq", "w4", "w2", "pressure", "channel")


@pytest.fixture
def store(tmp_path: Path, bundled_store: Path, icews_dyads: Path) -> Iterator[Store]:
    path = tmp_path / "days.duckdb"
    shutil.copyfile(bundled_store, path)
    with Store.open(path) as s:
        ingest_paths(s, "icews", [icews_dyads])
        yield s


def _sorted(table: pa.Table) -> dict[str, list[object]]:
    table = table.sort_by([(c, "ascending") for c in ("a", "b", "day") if c in table.column_names])
    return {c: table.column(c).to_pylist() for c in table.column_names}


def _same(x: dict[str, list[object]], y: dict[str, list[object]]) -> None:
    """Equal keys and counts; sums equal up to the order DuckDB added them in."""
    assert x.keys() == y.keys()
    for c in x:
        if c in ("a", "b", "day", "raw", "n", "ng", "pressure", "channel", "top_key", "top_mass"):
            assert x[c] == y[c], c
        else:
            np.testing.assert_allclose(np.asarray(x[c], dtype=float), np.asarray(y[c], dtype=float), rtol=1e-12,
                                       atol=1e-9, err_msg=c)


@pytest.mark.parametrize("options", [IndexOptions(), IndexOptions(dedup="none", source_weighting="unit"),
                                     IndexOptions(dedup="min-sources", pressure_roots=("15", "17"))])
def test_every_dyads_rows_equal_the_single_dyad_query(store: Store, options: IndexOptions) -> None:
    every = store.con.sql(dyad_day_sums_sql(options=options)).to_arrow_table()
    pairs = sorted(set(zip(every.column("a").to_pylist(), every.column("b").to_pylist(), strict=True)))
    assert len(pairs) >= 30
    for a, b in [*pairs[::max(1, len(pairs) // 12)], ("PRK", "USA")]:
        one = store.con.sql(day_sums_sql(Dyad(a, b), options=options)).to_arrow_table()
        mine = every.filter((pa.compute.field("a") == a) & (pa.compute.field("b") == b)).sort_by("day")
        assert mine.column("day").to_pylist() == one.column("day").to_pylist()
        for c in COLUMNS:
            np.testing.assert_allclose(np.asarray(mine.column(c).to_pylist(), dtype=float),
                                       np.asarray(one.column(c).to_pylist(), dtype=float), rtol=1e-12, atol=1e-9,
                                       err_msg=c)


@pytest.mark.parametrize("options", [IndexOptions(), IndexOptions(dedup="none", source_weighting="unit"),
                                     IndexOptions(dedup="min-sources", pressure_roots=("15", "17"))])
def test_the_update_query_gives_the_rows_of_the_one_pass_query(store: Store, options: IndexOptions) -> None:
    # the store holds sets of duplicates, so the de-duplication decides what is summed
    dups = store.con.execute("SELECT count(*) FROM (SELECT 1 FROM events GROUP BY date, source, target, code, "
                             "location HAVING count(*) > 1)").fetchall()[0][0]
    assert dups > 0
    every = store.con.sql(dyad_day_sums_sql(options=options)).to_arrow_table()
    store.con.register("_keys", every.select(["a", "b", "day"]))
    try:
        update = store.con.sql(update_day_sums_sql(options=options, keys="SELECT a, b, day FROM _keys"))
        got = update.to_arrow_table()
    finally:
        store.con.unregister("_keys")
    assert got.column_names == every.column_names and got.schema == every.schema
    _same(_sorted(got), _sorted(every))


def test_a_dyads_series_from_the_table_equals_the_index(store: Store) -> None:
    refresh_day_table(store, options=IndexOptions())
    dyad = Dyad.parse("USA-PRK")
    [days] = list(iter_dyads(read_day_rows(store, dyads=[dyad])))
    series = dyad_series(days, options=IndexOptions(), milestones=store.milestones(dyad=dyad),
                         as_of=dt.date(2018, 6, 30))
    reference = index_from_day_sums(store.con.sql(day_sums_sql(dyad, options=IndexOptions(),
                                                                 until=dt.date(2018, 6, 30))).to_arrow_table(),
                                     dyad=dyad, milestones=store.milestones(dyad=dyad), as_of=dt.date(2018, 6, 30))
    np.testing.assert_array_equal(series.start, reference.start)
    np.testing.assert_allclose(series.cxi, reference.cxi, equal_nan=True)


def test_updates_from_runs_equal_a_rebuild(store: Store, tmp_path: Path) -> None:
    options = IndexOptions()
    first = refresh_day_table(store, options=options)
    assert first.rebuilt
    runs = []
    for stamp in ("20180602000000", "20180602001500"):
        results = ingest_paths(store, "gdelt", [FEED / f"{stamp}.export.CSV.zip", FEED / f"{stamp}.mentions.CSV.zip"])
        runs += [r.run_id for r in results]
        step = refresh_day_table(store, options=options)
        assert not step.rebuilt and set(step.runs) == {r.run_id for r in results} and step.keys is not None
        touched = runs_dyads(store, [r.run_id for r in results])
        assert {(d.a, d.b) for d in step.dyads()} == {(d.a, d.b) for d in touched}
    incremental = _sorted(read_day_rows(store))
    again = refresh_day_table(store, options=options)
    assert not again.rebuilt and again.runs == () and again.keys is not None and again.keys.num_rows == 0
    rebuilt = refresh_day_table(store, options=options, rebuild=True)
    assert rebuilt.rebuilt
    _same(_sorted(read_day_rows(store)), incremental)
    # a change that was not an ingest run (rows deleted by hand): the next refresh rebuilds
    store.con.execute("DELETE FROM events WHERE dataset = 'gdelt' AND source_country = 'USA'")
    assert refresh_day_table(store, options=options).rebuilt
    # another definition (other options) rebuilds too
    assert refresh_day_table(store, options=IndexOptions(dedup="none")).rebuilt


def test_every_day_row_comes_in_dyad_and_day_order_after_updates(store: Store) -> None:
    """The rows of every dyad come sorted by dyad and day whether the table was just built (read in its stored
    order) or updated since (the updated rows are appended, and the read sorts them)."""
    options = IndexOptions()
    refresh_day_table(store, options=options)
    built = read_day_rows(store)
    assert in_dyad_day_order(built) and built.num_rows > 100
    ingest_paths(store, "gdelt", [FEED / "20180602000000.export.CSV.zip", FEED / "20180602000000.mentions.CSV.zip"])
    assert not refresh_day_table(store, options=options).rebuilt
    stored = store.con.sql("SELECT * FROM dyad_days").to_arrow_table()
    updated = read_day_rows(store)
    assert in_dyad_day_order(updated) and not in_dyad_day_order(stored)
    assert {c: updated.column(c).to_pylist() for c in updated.column_names} == _sorted(stored)


def test_the_order_check_refuses_rows_out_of_order() -> None:
    d = [dt.date(2018, 1, 1), dt.date(2018, 1, 2)]
    ok = pa.table({"a": ["CHN", "CHN", "CHN", "USA"], "b": ["PRK", "USA", "USA", "ZAF"],
                   "day": [d[1], d[0], d[1], d[0]]})
    assert in_dyad_day_order(ok) and in_dyad_day_order(ok.slice(0, 1))
    for order in ([1, 0, 2, 3], [0, 2, 1, 3], [0, 1, 2, 2], [3, 0, 1, 2]):
        assert not in_dyad_day_order(ok.take(order)), order


def _alert(dyad: str, freq: str, period: str, start: dt.date, p: float = 0.7) -> AlertRecord:
    return AlertRecord(dyad=dyad, freq=freq, period=period, period_start=start, probability=p, cxi=60.0,
                       previous_cxi=40.0, events=[{"key": "k", "impact": 1.5}], trigger="20180602000000")


def test_alerts_are_stored_once_and_filtered(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.duckdb") as s:
        made = [_alert("PRK-USA", "month", "2018-06", dt.date(2018, 6, 1)),
                _alert("KOR-PRK", "quarter", "2018-Q2", dt.date(2018, 4, 1), 0.9),
                _alert("PRK-USA", "week", "2018-W22", dt.date(2018, 5, 28))]
        assert add_alerts(s, made) == 3 and add_alerts(s, made) == 0 and add_alerts(s, []) == 0
        assert [a.period for a in alerts(s)] == ["2018-06", "2018-W22", "2018-Q2"]
        assert {a.period for a in alerts(s, dyad=Dyad.parse("USA-PRK"))} == {"2018-06", "2018-W22"}
        # --since compares with the end of each alert's period: the week ends 3 June, the quarter 30 June
        assert {a.period for a in alerts(s, since=dt.date(2018, 6, 3))} == {"2018-06", "2018-W22", "2018-Q2"}
        assert {a.period for a in alerts(s, since=dt.date(2018, 6, 4))} == {"2018-06", "2018-Q2"}
        assert alerts(s, since=dt.date(2018, 7, 1)) == []
        assert len(alerts(s, limit=1)) == 1
        with pytest.raises(InputError, match="at least 1"):
            alerts(s, limit=0)
        [back] = alerts(s, dyad=Dyad.parse("KOR-PRK"))
        assert back.events == [{"key": "k", "impact": 1.5}] and back.to_dict()["probability"] == 0.9


def test_feed_files_record_the_newest_settled_interval(tmp_path: Path) -> None:
    with Store.open(tmp_path / "f.duckdb") as s:
        assert feed_last_stamp(s, "gdelt") is None
        t0, t1 = dt.datetime(2018, 6, 2, 0, 0), dt.datetime(2018, 6, 2, 0, 15)
        record(s, FeedRecord("a.export", "gdelt", t0, "export", "u", 1, "m", "ok", attempts=1))
        record(s, FeedRecord("b.export", "gdelt", t1, "export", "u", 1, "m", "failed", attempts=1, error="x"))
        assert feed_last_stamp(s, "gdelt") == t0
        record(s, FeedRecord("b.export", "gdelt", t1, "export", "u", 1, "m", "ok", attempts=2))
        assert feed_last_stamp(s, "gdelt") == t1
        assert [(r.name, r.attempts) for r in feed_files(s)] == [("a.export", 1), ("b.export", 2)]
        assert feed_files(s, status="failed") == []
