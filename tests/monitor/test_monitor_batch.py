"""The index of many dyads at once equals the one-dyad definition (series_from_days) for every dyad: on the
bundled record's dyads, on the ICEWS dyads, and on random day sums over years, frequencies and options."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from monitor_data import dyad_days, real_day_rows

from detente.errors import MeasureError
from detente.measure import IndexOptions
from detente.measure._batch import batch_series, ordinal, ordinal_start
from detente.measure._evidence import EvidenceOptions
from detente.measure._index import SUM_COLUMNS, series_from_days
from detente.model import Dyad


def assert_batch_equals_each(rows: pa.Table, options: IndexOptions, *, start: dt.date | None = None,
                             end: dt.date | None = None, as_of: dt.date | None = None) -> int:
    """Compare every dyad of ``rows``; returns how many were compared."""
    batch = batch_series(rows, options=options, start=start, end=end, as_of=as_of)
    if as_of is not None:  # the one-dyad callers read only what was known by then (in SQL, or by Frame.until)
        rows = rows.filter(pa.compute.less_equal(rows.column("day"), pa.scalar(as_of, pa.date32())))
    pairs = sorted(set(zip(rows.column("a").to_pylist(), rows.column("b").to_pylist(), strict=True)))
    compared = 0
    for a, b in pairs:
        try:
            one = series_from_days(dyad_days(rows, a, b), dyad=Dyad(a, b), options=options, start=start, end=end,
                                   as_of=as_of)
        except MeasureError:
            if (a, b) in batch.dyads:  # no period in the window: the batch's span is empty
                i = batch.dyads.index((a, b))
                assert batch.first[i] > batch.last[i], (a, b)
            continue
        i = batch.dyads.index((a, b))
        span = slice(int(batch.first[i]), int(batch.last[i]) + 1)
        np.testing.assert_array_equal(batch.start[span], one.start, err_msg=f"{a}-{b} grid")
        for name, mine, theirs in (("cxi", batch.cxi[i, span], one.cxi),
                                   ("cxi_low", batch.cxi_low[i, span], one.cxi_low),
                                   ("cxi_high", batch.cxi_high[i, span], one.cxi_high),
                                   ("material_conflict", batch.material_conflict[i, span], one.material_conflict),
                                   ("channel", batch.channel[i, span], one.channel),
                                   ("pressure", batch.pressure[i, span], one.pressure)):
            np.testing.assert_allclose(mine, theirs, rtol=1e-9, atol=1e-9, equal_nan=True,
                                       err_msg=f"{a}-{b} {name}")
        np.testing.assert_array_equal(np.rint(batch.events[i, span]).astype(np.int64), one.events)
        assert batch.reference[0][i] == np.datetime64(one.reference[0], "D")
        compared += 1
    return compared


@pytest.fixture(scope="module")
def bundled_rows(bundled_store: Path, tmp_path_factory: pytest.TempPathFactory) -> pa.Table:
    """Day sums of every dyad of the bundled record (and the ICEWS dyads fixture) except those with a ledger."""
    path = tmp_path_factory.mktemp("batch") / "b.duckdb"
    shutil.copyfile(bundled_store, path)
    rows, ledger = real_day_rows(path)
    keep = [(a, b) not in ledger for a, b in zip(rows.column("a").to_pylist(), rows.column("b").to_pylist(),
                                                   strict=True)]
    return rows.filter(pa.array(keep))


@pytest.mark.parametrize("freq", ["month", "week", "quarter"])
def test_the_batch_equals_each_dyad_on_real_rows(bundled_rows: pa.Table, freq: str) -> None:
    options = IndexOptions(freq=freq, evidence=EvidenceOptions(resamples=60))  # type: ignore[arg-type]
    assert assert_batch_equals_each(bundled_rows, options) >= 40


def test_windows_and_as_of_on_real_rows(bundled_rows: pa.Table) -> None:
    options = IndexOptions(evidence=EvidenceOptions(resamples=40))
    assert assert_batch_equals_each(bundled_rows, options, as_of=dt.date(2018, 6, 1)) >= 5
    window = {"start": dt.date(2017, 1, 1), "end": dt.date(2018, 12, 31)}
    assert assert_batch_equals_each(bundled_rows, options, **window) >= 5  # type: ignore[arg-type]
    assert assert_batch_equals_each(bundled_rows, options.with_(channel_from="ledger", pressure_roots=("15", "19"),
                                                                 pressure_reference=(dt.date(2010, 1, 1),
                                                                                     dt.date(2019, 12, 31))))


def test_period_numbers_round_trip() -> None:
    days = np.arange(np.datetime64("1969-12-20"), np.datetime64("1971-02-10")).astype("datetime64[D]")
    for freq in ("week", "month", "quarter"):
        o = ordinal(days, freq)  # type: ignore[arg-type]
        assert set(np.diff(np.unique(o)).tolist()) == {1}
        assert (ordinal_start(o, freq) <= days).all()  # type: ignore[arg-type]
        assert (ordinal(ordinal_start(o, freq), freq) == o).all()  # type: ignore[arg-type]


def _random_rows(draw: st.DrawFn) -> pa.Table:
    n_dyads = draw(st.integers(1, 5))
    cols: dict[str, list[object]] = {c: [] for c in ("a", "b", "day", "raw", *SUM_COLUMNS, "pressure", "channel")}
    for d in range(n_dyads):
        days = sorted(set(draw(st.lists(st.integers(0, 6 * 365), min_size=1, max_size=25))))
        for x in days:
            n = draw(st.integers(0, 4))
            g = [draw(st.sampled_from([-10.0, -4.4, 0.0, 1.9, 3.4, 7.0])) for _ in range(n)]
            q = [draw(st.integers(0, 4)) for _ in range(n)]
            w = [float(np.log1p(draw(st.integers(1, 9)))) for _ in range(n)]
            cols["a"].append(f"A{d:02d}")
            cols["b"].append("ZZZ")
            cols["day"].append(dt.date(2012, 1, 1) + dt.timedelta(days=x))
            cols["raw"].append(n)
            cols["n"].append(float(n))
            cols["ng"].append(float(n))
            cols["wg"].append(sum(wi * gi for wi, gi in zip(w, g, strict=True)))
            cols["wabs"].append(sum(wi * abs(gi) for wi, gi in zip(w, g, strict=True)))
            cols["wq"].append(sum(wi for wi, qi in zip(w, q, strict=True) if qi > 0))
            cols["w4"].append(sum(wi for wi, qi in zip(w, q, strict=True) if qi == 4))
            cols["w2"].append(sum(wi for wi, qi in zip(w, q, strict=True) if qi == 2))
            cols["wn"].append(sum(w))
            cols["w"].append(sum(w))
            cols["pressure"].append(float(draw(st.integers(0, 1))) if n else 0.0)
            cols["channel"].append(float(draw(st.integers(0, 2))) if n else 0.0)
    return pa.table(cols)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), freq=st.sampled_from(["week", "month", "quarter"]), n0=st.sampled_from([None, 0.0, 2.5]),
       as_of=st.sampled_from([None, dt.date(2014, 7, 9)]))
def test_the_batch_equals_each_dyad_on_random_sums(data: st.DataObject, freq: str, n0: float | None,
                                                     as_of: dt.date | None) -> None:
    rows = _random_rows(data.draw)
    evidence = EvidenceOptions(n0=n0, resamples=20, baseline_years=2)
    options = IndexOptions(freq=freq, evidence=evidence, reference_years=3)  # type: ignore[arg-type]
    assert_batch_equals_each(rows, options, as_of=as_of)


@pytest.mark.parametrize("freq", ["month", "week", "quarter"])
def test_many_days_are_numbered_as_each_day(freq: str) -> None:
    """The lookup table :func:`ordinal` uses for many days gives each day the number it gets alone."""
    rng = np.random.default_rng(3)
    days = (np.datetime64("1979-06-01") + rng.integers(0, 16000, 60000)).astype("datetime64[D]")
    many = ordinal(days, freq)  # type: ignore[arg-type]
    alone = np.array([ordinal(days[i:i + 1], freq)[0] for i in range(0, days.size, 997)])  # type: ignore[arg-type]
    np.testing.assert_array_equal(many[::997], alone)


@pytest.mark.parametrize("freq", ["week", "month", "quarter"])
def test_channel_status_is_the_highest_level_any_day_covers(freq: str) -> None:
    """Each cell's channel status is the highest level of any meeting day whose working days reach its period,
    counted day by day here (the batch keeps only each period's latest day of each level)."""
    from detente.measure._batch import _channel_from_days

    rng = np.random.default_rng(7)
    opts = IndexOptions(freq=freq)  # type: ignore[arg-type]
    n_dyads, per = 40, 12  # sparse: a period's latest day often reaches further than any later day
    dyad_of = np.repeat(np.arange(n_dyads, dtype=np.int64), per)
    day = np.concatenate([np.sort(np.datetime64("2015-01-01") + rng.integers(0, 900, per))
                          for _ in range(n_dyads)]).astype("datetime64[D]")
    level = rng.choice([0.0, 0.0, 1.0, 2.0], size=day.size)
    number = ordinal(day, freq)  # type: ignore[arg-type]
    base = int(number.min())
    day_col = number - base
    n_cols = int(number.max()) - base + 1 + 3
    g_hi = rng.integers(n_cols // 2, n_cols, n_dyads).astype(np.int64)
    got = _channel_from_days(day, level, day_col, dyad_of, g_hi, n_cols, base, freq, opts)  # type: ignore[arg-type]
    want = np.zeros((n_dyads, n_cols))
    for d, x, lv in zip(dyad_of.tolist(), day.tolist(), level.tolist(), strict=True):
        if lv <= 0:
            continue
        last = x + dt.timedelta(days=opts.working_days - 1)
        lo = int(ordinal(np.array([np.datetime64(x, "D")]), freq)[0]) - base  # type: ignore[arg-type]
        hi = min(int(ordinal(np.array([np.datetime64(last, "D")]), freq)[0]) - base, int(g_hi[d]))  # type: ignore[arg-type]
        want[d, lo:hi + 1] = np.maximum(want[d, lo:hi + 1], 2.0 if lv == 2 else 1.0)
    assert (want > 0).any() and (want == 2).any()
    np.testing.assert_array_equal(got, want)


def test_threads_draw_the_same_bits_as_one_thread(bundled_rows: pa.Table) -> None:
    """The blocks of a column drawn by a pool of threads are the blocks one thread draws, bit for bit, and so are
    the intervals and the window's summed draws."""
    from detente.measure._batch import _intervals, column_draws, draw_pool, each_block

    options = IndexOptions(evidence=EvidenceOptions(resamples=40))
    batch = batch_series(bundled_rows, options=options)
    col = int(np.flatnonzero((~np.isnan(batch.cxi)).sum(axis=0) >= 8)[-1])
    rows = np.flatnonzero(~np.isnan(batch.cxi[:, col]))
    alone = {int(d): draws for who, block in column_draws(batch, rows, col, block=3) for d, draws in
             zip(who.tolist(), block, strict=True)}
    seen: dict[int, np.ndarray] = {}  # type: ignore[type-arg]

    def keep(who: np.ndarray, block: np.ndarray) -> None:  # type: ignore[type-arg]
        seen.update(zip(who.tolist(), block.copy(), strict=True))

    with draw_pool(2) as pool:
        assert pool is not None
        each_block(batch, rows, col, keep, pool, block=3)
    assert rows.size >= 8 and sorted(seen) == sorted(alone) == rows.tolist()
    assert all(np.array_equal(seen[d], alone[d]) for d in alone)
    again = batch_series(bundled_rows, options=options)
    for b, workers in ((batch, 1), (again, 2)):
        b.cache.clear()
        _intervals(b, workers)
    assert np.array_equal(batch.cxi_low, again.cxi_low, equal_nan=True)
    assert np.array_equal(batch.cxi_high, again.cxi_high, equal_nan=True)
    assert np.array_equal(batch.cache["window_draws"], again.cache["window_draws"])
