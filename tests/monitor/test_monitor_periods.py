"""The period table: the batch index from period rows equals the batch from the day rows to the last bit, and the
table the watch keeps, file after file, equals the table folded again from the day sums."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from monitor_data import FeedMaker, RecordedFeed, real_day_rows
from test_monitor_batch import _random_rows

from detente._monitor import WatchOptions, watch_cycle
from detente.errors import MeasureError
from detente.measure import IndexOptions
from detente.measure._batch import SeriesBatch, batch_from_periods, batch_series, period_rows
from detente.measure._evidence import EvidenceOptions
from detente.measure._world import PERIOD_TABLE, read_day_rows, refresh_period_table
from detente.store import Store
from detente.store._monitor import replace_day_rows


def assert_same_bits(mine: SeriesBatch, theirs: SeriesBatch) -> None:
    assert mine.dyads == theirs.dyads
    for name in ("start", "first", "last", "cxi", "material_conflict", "events", "channel", "pressure",
                 "pressure_days", "n0", "unit"):
        np.testing.assert_array_equal(getattr(mine, name), getattr(theirs, name), err_msg=name, strict=True)
    for name in ("sums", "base_share", "base_se"):
        a, b = getattr(mine, name), getattr(theirs, name)
        assert a.keys() == b.keys()
        for k in a:
            np.testing.assert_array_equal(a[k], b[k], err_msg=f"{name} {k}", strict=True)
    for k in (0, 1):
        np.testing.assert_array_equal(mine.reference[k], theirs.reference[k])
        np.testing.assert_array_equal(mine.pressure_range[k], theirs.pressure_range[k])


def _until(rows: pa.Table, as_of: dt.date | None) -> pa.Table:
    if as_of is None:
        return rows
    return rows.filter(pc.less_equal(rows.column("day"), pa.scalar(as_of, pa.date32())))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), freq=st.sampled_from(["week", "month", "quarter"]), n0=st.sampled_from([None, 0.0, 2.5]),
       as_of=st.sampled_from([None, dt.date(2014, 7, 9)]), ledger=st.booleans())
def test_the_batch_from_periods_is_the_batch_from_days_on_random_sums(data: st.DataObject, freq: str,
                                                                        n0: float | None, as_of: dt.date | None,
                                                                        ledger: bool) -> None:
    rows = _until(_random_rows(data.draw), as_of)
    options = IndexOptions(freq=freq, evidence=EvidenceOptions(n0=n0, resamples=0, baseline_years=2),  # type: ignore[arg-type]
                           reference_years=3, channel_from="ledger" if ledger else "events")
    periods = period_rows(rows, options.freq)
    assert_same_bits(batch_from_periods(periods, options=options, as_of=as_of),
                     batch_series(rows, options=options, as_of=as_of))


@pytest.mark.parametrize("freq", ["month", "week", "quarter"])
def test_the_batch_from_periods_is_the_batch_from_days_on_real_rows(bundled_store: Path, tmp_path: Path,
                                                                      freq: str) -> None:
    path = tmp_path / "p.duckdb"
    shutil.copyfile(bundled_store, path)
    rows, _ = real_day_rows(path)
    options = IndexOptions(freq=freq, evidence=EvidenceOptions(resamples=0))  # type: ignore[arg-type]
    periods = period_rows(rows, options.freq)
    assert periods.num_rows < rows.num_rows
    assert_same_bits(batch_from_periods(periods, options=options), batch_series(rows, options=options))
    as_of = dt.date(2018, 6, 1)
    early = _until(rows, as_of)
    assert_same_bits(batch_from_periods(period_rows(early, options.freq), options=options, as_of=as_of),
                     batch_series(early, options=options, as_of=as_of))
    # days after as_of are not in period rows' reach, and the bootstrap needs the event-days
    with pytest.raises(MeasureError, match="after"):
        batch_from_periods(periods, options=options, as_of=as_of)
    with pytest.raises(MeasureError, match="resamples"):
        batch_from_periods(periods, options=IndexOptions(freq=freq))  # type: ignore[arg-type]



def _stored(store: Store) -> pa.Table:
    return store.con.sql(f"SELECT * FROM {PERIOD_TABLE} ORDER BY a, b, period").to_arrow_table()


def _assert_table_is_the_fold(store: Store, freq: str) -> None:
    fresh = period_rows(read_day_rows(store, tops=False), freq)  # type: ignore[arg-type]
    kept = _stored(store)
    assert kept.column_names == fresh.column_names
    assert kept.num_rows == fresh.num_rows
    for name in kept.column_names:
        assert kept.column(name).to_pylist() == fresh.column(name).to_pylist(), name


@pytest.mark.parametrize("freq", ["month", "week"])
def test_the_period_table_the_watch_keeps_is_the_fold_of_its_day_sums(freq: str, store: Store,
                                                                      recorded: RecordedFeed,
                                                                      make_feed: FeedMaker) -> None:
    feed = make_feed(recorded)
    options = WatchOptions(index=IndexOptions(freq=freq))  # type: ignore[arg-type]
    refresh_period_table(store, options=options.index)
    _assert_table_is_the_fold(store, freq)
    # a first list, the same list again, a gap of three intervals (with failed files), a retry
    for _ in recorded.cycles:
        recorded.next_cycle()
        watch_cycle(store, feed, options=options)
        _assert_table_is_the_fold(store, freq)


def test_each_way_a_day_enters_its_period(store: Store) -> None:
    """Hand-made updates of the day sums: a day after the period's last, its last day again, a day before it
    (twice), a new period, a day left without events and a period left without days; after each the kept table
    is the fold of the day rows."""
    options = IndexOptions()
    refresh_period_table(store, options=options)
    rows = read_day_rows(store, tops=True)
    # the busiest dyad's latest month
    pairs = rows.group_by(["a", "b"]).aggregate([("n", "count")]).sort_by([("n_count", "descending")])
    a, b = pairs.column("a")[0].as_py(), pairs.column("b")[0].as_py()
    mine = rows.filter(pc.and_(pc.equal(rows.column("a"), a), pc.equal(rows.column("b"), b)))
    last = mine.column("day")[-1].as_py()
    template = mine.slice(mine.num_rows - 1, 1).to_pylist()[0]
    state = None
    for step, (day, n) in enumerate([(last, 7.0), (last + dt.timedelta(days=1), 2.0),
                                     (last - dt.timedelta(days=2), 3.0), (last - dt.timedelta(days=2), 5.0),
                                     (last + dt.timedelta(days=40), 1.0), (last + dt.timedelta(days=1), 0.0),
                                     (last + dt.timedelta(days=40), 0.0)]):
        row = dict(template, day=day, n=n, wg=template["wg"] * (step + 1.5), pressure=float(step % 2),
                   channel=float(step % 3))
        fresh = pa.Table.from_pylist([row], schema=rows.schema)
        store.con.register("_hand", fresh)
        from detente.store._monitor import day_table_state
        state = day_table_state(store)
        assert state is not None
        # a day-table update as an ingest run makes it: the row replaced, the state moved on
        from detente.measure._world import DayRefresh, _fold_periods, _period_key
        replace_day_rows(store, "SELECT * FROM _hand", keys_sql="SELECT a, b, day FROM _hand", state=state)
        store.con.unregister("_hand")
        _fold_periods(store, fresh, options.freq, str(_period_key(options.freq, state)))
        _assert_table_is_the_fold(store, options.freq)
        assert DayRefresh  # the refresh's own path is the watch test's


def test_no_dyads_read_no_period_rows(store: Store) -> None:
    from detente.measure._world import read_period_rows

    refresh_period_table(store, options=IndexOptions())
    empty = read_period_rows(store, [])
    # the index reads every column but the days' units
    assert empty.num_rows == 0
    assert empty.column_names == [c for c in _stored(store).column_names if not c.startswith("u_")]
    assert batch_from_periods(empty, options=IndexOptions(evidence=EvidenceOptions(resamples=0))).dyads == []


def test_a_rebuilt_day_table_rebuilds_the_period_table(store: Store) -> None:
    options = IndexOptions()
    refresh_period_table(store, options=options)
    before = _stored(store).num_rows
    # a change that was not an ingest run: the day sums are rebuilt, and the period table with them
    store.con.execute("DELETE FROM events WHERE source_country = 'USA' OR target_country = 'USA'")
    assert refresh_period_table(store, options=options).rebuilt
    _assert_table_is_the_fold(store, options.freq)
    assert _stored(store).num_rows < before


def _day_row(draw: st.DrawFn, a: str, day: dt.date, *, empty: bool = False) -> dict[str, object]:
    n = 0 if empty else draw(st.integers(1, 5))
    g = [draw(st.sampled_from([-10.0, -4.4, 0.0, 1.9, 3.4, 7.0])) for _ in range(n)]
    q = [draw(st.integers(0, 4)) for _ in range(n)]
    w = [float(np.log1p(draw(st.integers(1, 9)))) for _ in range(n)]
    return {"a": a, "b": "ZZZ", "day": day, "raw": n, "n": float(n), "ng": float(n),
            "wg": sum(wi * gi for wi, gi in zip(w, g, strict=True)),
            "wabs": sum(wi * abs(gi) for wi, gi in zip(w, g, strict=True)),
            "wq": sum(wi for wi, qi in zip(w, q, strict=True) if qi > 0),
            "w4": sum(wi for wi, qi in zip(w, q, strict=True) if qi == 4),
            "w2": sum(wi for wi, qi in zip(w, q, strict=True) if qi == 2),
            "wn": sum(w), "w": sum(w),
            "pressure": float(draw(st.integers(0, 1))) if n else 0.0,
            "channel": float(draw(st.integers(0, 2))) if n else 0.0}


def _day_table(days: dict[tuple[str, dt.date], dict[str, object]]) -> pa.Table:
    rows = [days[k] for k in sorted(days)]
    return pa.Table.from_pylist(rows, schema=_DAY_SCHEMA)


_DAY_SCHEMA = pa.schema([("a", pa.string()), ("b", pa.string()), ("day", pa.date32()), ("raw", pa.int64()),
                         *((c, pa.float64()) for c in ("n", "ng", "wg", "wabs", "wq", "w4", "w2", "wn", "w")),
                         ("pressure", pa.float64()), ("channel", pa.float64())])


def _cell_rows(periods: pa.Table, cells: set[tuple[str, dt.date]]) -> list[dict[str, object]]:
    return [r for r in periods.to_pylist() if (r["a"], r["period"]) in cells]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), freq=st.sampled_from(["week", "month", "quarter"]))
def test_folding_updates_in_any_order_is_folding_again(data: st.DataObject, freq: str) -> None:
    """Updates of the day sums in the order a feed brings them (days after the period's last, the last day again,
    days back in the period or in an earlier one, days around a period's boundary, a day left without events),
    folded into the period rows one update after another, give the rows folded again from all the day sums,
    and the index from them is the index from the day rows, bit for bit."""
    from detente.measure._batch import ordinal, ordinal_start
    from detente.measure._world import fold_period_rows

    draw = data.draw
    origin = dt.date(2018, 3, 26)  # near the end of a week, a month and a quarter
    dyads = [f"A{i}" for i in range(draw(st.integers(1, 3)))]
    days: dict[tuple[str, dt.date], dict[str, object]] = {}
    for a in dyads:  # a history before the updates
        for x in sorted(set(draw(st.lists(st.integers(-120, 10), max_size=12)))):
            day = origin + dt.timedelta(days=x)
            days[(a, day)] = _day_row(draw, a, day)
    held = period_rows(_day_table(days), freq)  # type: ignore[arg-type]
    if held.num_rows == 0:
        held = period_rows(_day_table({(dyads[0], origin): _day_row(draw, dyads[0], origin)}), freq)  # type: ignore[arg-type]
        held = held.slice(0, 0)

    def period_of(day: dt.date) -> dt.date:
        x = ordinal(np.array([np.datetime64(day, "D")]), freq)  # type: ignore[arg-type]
        return dt.date.fromisoformat(str(ordinal_start(x, freq)[0]))  # type: ignore[arg-type]

    kept = held
    for step in range(draw(st.integers(1, 6))):
        # one file's update: keys of a few days (late ones, repeats of stored days, days past the last)
        keys = {(draw(st.sampled_from(dyads)), origin + dt.timedelta(days=draw(st.integers(-40, 12) if step % 2
                                                                                  else st.integers(-8, 12))))
                for _ in range(draw(st.integers(1, 6)))}
        for a, day in keys:
            days[(a, day)] = _day_row(draw, a, day, empty=draw(st.integers(0, 9)) == 0)
        fresh = _day_table({k: days[k] for k in keys})
        cells = {(a, period_of(day)) for a, day in keys}
        before = pa.Table.from_pylist(_cell_rows(kept, cells), schema=kept.schema)
        folded = fold_period_rows(before, fresh, freq)  # type: ignore[arg-type]
        again = period_rows(_day_table(days), freq)  # type: ignore[arg-type]
        assert folded.to_pylist() == _cell_rows(again, cells)
        # the kept table: the other cells as they were, the touched ones folded
        rest = [r for r in kept.to_pylist() if (r["a"], r["period"]) not in cells]
        kept = pa.Table.from_pylist(sorted(rest + folded.to_pylist(), key=lambda r: (r["a"], r["b"], r["period"])),
                                    schema=kept.schema)
        assert kept.to_pylist() == again.to_pylist()
        if kept.num_rows:
            options = IndexOptions(freq=freq, evidence=EvidenceOptions(resamples=0),  # type: ignore[arg-type]
                                   reference_years=1)
            assert_same_bits(batch_from_periods(kept, options=options), batch_series(_day_table(days),
                                                                                    options=options))


def test_a_fold_that_writes_a_day_twice_is_refused() -> None:
    from detente.measure._world import PeriodFoldError, fold_period_rows

    day = dt.date(2018, 5, 9)
    row = {"a": "A0", "b": "ZZZ", "day": day, "raw": 1, **{c: 1.0 for c in ("n", "ng", "wg", "wabs", "wq", "w4",
                                                                          "w2", "wn", "w")},
           "pressure": 0.0, "channel": 0.0}
    twice = pa.Table.from_pylist([row, dict(row, n=2.0)], schema=_DAY_SCHEMA)
    with pytest.raises(PeriodFoldError, match="twice"):
        fold_period_rows(period_rows(twice.slice(0, 1), "month"), twice, "month")
