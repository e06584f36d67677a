"""Parts of the world table made cheaper without changing what they give: the period draws kept between calls,
numpy's huge-page advice switched off while the table is computed, the day rows left as they were, a row's top
event set in place of ``dataclasses.replace``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import numpy as np
import pyarrow as pa
import pytest

from detente.judge._world import DyadRow, _with_top
from detente.measure import IndexOptions
from detente.measure import _evidence as evidence
from detente.measure._batch import batch_series, small_pages
from detente.measure._evidence import EvidenceOptions, period_draws
from detente.measure._index import SUM_COLUMNS


def _fresh(seed: int, start: np.datetime64, n_days: int, resamples: int) -> evidence.PeriodDraws:
    """The period's draws from an empty cache."""
    evidence._DRAWS.clear()
    return period_draws(seed, start, n_days, resamples)


@pytest.mark.parametrize(("first", "then"), [(30, 4), (4, 30), (7, 7), (0, 12)])
def test_kept_draws_are_the_streams_own(first: int, then: int) -> None:
    """A period drawn for some days and then asked for fewer or more gives what a fresh stream gives."""
    start = np.datetime64("2018-03-01")
    want = _fresh(11, start, then, 64)
    evidence._DRAWS.clear()
    period_draws(11, start, first, 64)
    got = period_draws(11, start, then, 64)
    for name in ("prior", "z", "days"):
        assert np.array_equal(getattr(got, name), getattr(want, name)), name
    assert got.days.shape == (then, 64)
    other = period_draws(12, start, then, 64)  # another seed, another stream
    assert not np.array_equal(other.prior, got.prior)


def test_kept_draws_are_read_only_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    evidence._DRAWS.clear()
    d = period_draws(3, np.datetime64("2018-01-01"), 31, 500)
    for a in (d.prior, d.z, d.days):
        with pytest.raises(ValueError):
            a[...] = 0.0
    monkeypatch.setattr(evidence, "DRAW_CACHE_BYTES", 3 * 31 * 500 * 8)
    starts = [np.datetime64("2018-01-01") + np.timedelta64(31 * k, "D") for k in range(8)]
    first = [period_draws(3, s, 31, 500) for s in starts]
    assert 1 <= len(evidence._DRAWS) <= 3
    again = [_fresh(3, s, 31, 500) for s in starts]  # evicted periods drawn again: the same numbers
    assert all(np.array_equal(x.days, y.days) and np.array_equal(x.z, y.z) for x, y in zip(first, again,
                                                                                              strict=True))


def test_small_pages_restore_numpy_s_setting_when_the_last_context_closes() -> None:
    switch = pytest.importorskip("numpy._core.multiarray")._set_madvise_hugepage
    before = switch(True)
    try:
        seen: list[bool] = []
        inside = threading.Event()
        leave = threading.Event()

        def other() -> None:
            with small_pages():
                inside.set()
                leave.wait(5)

        t = threading.Thread(target=other)
        with small_pages():
            t.start()
            assert inside.wait(5)
            seen.append(switch(False))  # off while any context is open
        seen.append(switch(False))  # the other thread's context still open: still off
        leave.set()
        t.join(5)
        seen.append(switch(True))  # both closed: numpy's own setting (on) again
        assert seen == [False, False, True]
    finally:
        switch(before)


def _day_rows(live_only: bool) -> pa.Table:
    """Day rows of a few dyads as ``dyad_days`` types them (counts int64, sums double, levels int32)."""
    rng = np.random.default_rng(5)
    a, b, day, n = [], [], [], []
    for k, (x, y) in enumerate((("CHN", "USA"), ("FRA", "GBR"), ("IND", "PAK"))):
        days = np.sort(rng.choice(np.arange(700), size=40 + 10 * k, replace=False))
        for d in days.tolist():
            a.append(x)
            b.append(y)
            day.append(dt.date(2017, 1, 1) + dt.timedelta(days=d))
            n.append(int(rng.integers(1 if live_only else 0, 6)))
    count = np.array(n, dtype=np.int64)
    w = count * np.log(2.0) * rng.uniform(0.8, 1.2, count.size)
    g = rng.uniform(-6.0, 6.0, count.size)
    sums = {"n": count, "ng": count, "wg": w * g, "wabs": w * np.abs(g), "wq": w, "w4": w * rng.uniform(0, 0.4, w.size),
            "w2": w * rng.uniform(0, 0.3, w.size), "wn": w, "w": w}
    cols: dict[str, pa.Array] = {"a": pa.array(a), "b": pa.array(b), "day": pa.array(day, pa.date32()),
                                 "raw": pa.array(count)}
    cols.update({c: pa.array(sums[c]) for c in SUM_COLUMNS})
    cols["pressure"] = pa.array((rng.random(count.size) < 0.1).astype(np.int32))
    cols["channel"] = pa.array(rng.choice([0, 0, 1, 2], size=count.size).astype(np.int32))
    return pa.table(cols)


@pytest.mark.parametrize("live_only", [True, False])
def test_batch_series_leaves_the_day_rows_as_they_were(live_only: bool) -> None:
    """The sums are rounded in place only in arrays of the call's own (never in the caller's Arrow buffers), with
    every row live (no filter copy) or some days without a kept event; and the same batch comes out of a table
    whose columns arrive in several chunks."""
    rows = _day_rows(live_only)
    before = {c: rows.column(c).to_pylist() for c in rows.column_names}
    options = IndexOptions(evidence=EvidenceOptions(resamples=30))
    one = batch_series(rows, options=options)
    assert {c: rows.column(c).to_pylist() for c in rows.column_names} == before
    chunked = pa.Table.from_batches(rows.to_batches(max_chunksize=17))
    assert chunked.column("wg").num_chunks > 1
    two = batch_series(chunked, options=options)
    for name in ("cxi", "cxi_low", "cxi_high", "material_conflict", "channel", "pressure", "events"):
        assert np.array_equal(getattr(one, name), getattr(two, name), equal_nan=True), name
    assert np.array_equal(one.day_terms, two.day_terms)
    assert (~np.isnan(one.cxi_low)).sum() > 20


def test_a_row_with_its_top_event_is_replace_s_row() -> None:
    row = DyadRow(dyad="CHN-USA", events=12, cxi=51.2, cxi_low=48.0, cxi_high=55.5, trend="flat", coexistent=None,
                  evidence="insufficient", last_change_point=dt.date(2018, 5, 1), alert=False,
                  change_probability=0.1, regime_start=dt.date(2018, 5, 1), period="2018-12", latest_cxi=50.0,
                  change=-1.5, sparkline=[None, 50.0])
    event = {"key": "k1", "date": "2018-12-03"}
    mine = _with_top(row, event)
    assert mine == dataclasses.replace(row, top_event=event)
    assert mine.to_dict() == dataclasses.replace(row, top_event=event).to_dict()
    assert row.top_event is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        mine.events = 3  # type: ignore[misc]
