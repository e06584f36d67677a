"""The SQL path (``detente.measure._sql`` on a DuckDB store) against the numpy path and against plain Python.

``tests/scale/test_sql_index.py`` compares the two paths over four fixed option sets. Here hypothesis draws
the options too (weights, weighting, de-duplication with real duplicates whose store order matters, pressure
roots, channel source, reference window, resolution), the ledger, the dataset filter, ``as_of`` and the output
window, and every figure of the series is compared to 1e-9, the intensities included. The per-day sums the SQL
returns are also recomputed in plain Python, and ``index_from_day_sums`` is checked on hand-made day rows.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import MeasureError
from detente.judge import index_from_store, scorecard_from_store
from detente.measure import IndexOptions, IndexSeries, IndexWeights, ScorecardOptions, TrackSeries
from detente.measure._sql import day_sums_sql, events_on, index_from_day_sums, index_on, scorecard_on
from detente.model import Dyad, Event, Milestone
from detente.store import EventQuery, Store

DYAD = Dyad.parse("USA-PRK")
D = dt.date
FIRST = D(2016, 1, 1)
SERIES = ("cxi", "balance", "material_conflict", "material_cooperation", "channel", "pressure",
          "cooperation_intensity", "conflict_intensity")
SUMS = ("n", "ng", "wg", "wabs", "wq", "w4", "w2", "wn", "w")
BOUNDS = ("cxi_low", "cxi_high")


def assert_same_series(a: IndexSeries, b: IndexSeries) -> None:
    """Every figure of the two series agrees: the components, the raw shares and baselines, the CXI's interval and
    the components' intervals (the same seeded draws over the same event-days), the thin flags and n0."""
    assert a.period == b.period
    arrays = [(name, getattr(a, name), getattr(b, name)) for name in (*SERIES, *BOUNDS)]
    arrays += [(f"raw {c}", a.raw[c], b.raw[c]) for c in a.raw] + [
        (f"baseline {c}", a.baseline[c], b.baseline[c]) for c in a.baseline]
    arrays += [(f"{c} {end}", a.bounds[c][j], b.bounds[c][j])
               for c in a.bounds for j, end in enumerate(("low", "high"))]
    assert a.thin.tolist() == b.thin.tolist()
    assert math.isclose(a.n0, b.n0, abs_tol=1e-9)
    for name, x, y in arrays:
        x, y = np.asarray(x), np.asarray(y)
        assert np.array_equal(np.isnan(x), np.isnan(y)), name
        np.testing.assert_allclose(x[~np.isnan(x)], y[~np.isnan(y)], rtol=0, atol=1e-9, err_msg=name)
    assert a.events.tolist() == b.events.tolist()
    assert a.pressure_days.tolist() == b.pressure_days.tolist()
    assert (a.merged, a.reference, a.pressure_range, a.channel_source) == (
        b.merged, b.reference, b.pressure_range, b.channel_source)
    assert math.isclose(a.activity_baseline, b.activity_baseline, abs_tol=1e-9) or (
        math.isnan(a.activity_baseline) and math.isnan(b.activity_baseline))


def assert_same_tracks(a: TrackSeries, b: TrackSeries) -> None:
    assert a.rows() == b.rows()
    assert a.diagnostics == b.diagnostics


# -- generated records --------------------------------------------------------------------------------------

CODES = ["010", "036", "043", "057", "070", "0841", "112", "138", "150", "173", "190"]


@st.composite
def records(draw: st.DrawFn) -> list[Event]:
    """Events of the dyad in two datasets, with deliberate duplicates that differ in sources and key order."""
    n = draw(st.integers(1, 30))
    ids = draw(st.permutations(range(100, 100 + 2 * n)))
    out: list[Event] = []
    for i in range(n):
        day = FIRST + dt.timedelta(days=draw(st.integers(0, 500)))
        rev = draw(st.booleans())
        e = Event(day, "PRKMIL" if rev else "USAGOV", "USAGOV" if rev else "PRKGOV", draw(st.sampled_from(CODES)),
                  dataset=draw(st.sampled_from(["alpha", "beta"])), event_id=f"k{ids[i]}",
                  goldstein=draw(st.none() | st.sampled_from([-10.0, -7.2, -2.0, 0.0, 1.9, 3.4, 7.0])),
                  quad_class=draw(st.none() | st.integers(1, 4)), sources=draw(st.none() | st.integers(0, 25)),
                  location=draw(st.sampled_from([None, "Seoul"])))
        out.append(e)
        if draw(st.booleans()):  # another report of the same event (same dedup key), with its own key
            out.append(Event(e.date, e.source, e.target, e.code, dataset=draw(st.sampled_from(["alpha", "beta"])),
                             event_id=f"k{ids[n + i]}", goldstein=e.goldstein, quad_class=e.quad_class,
                             sources=draw(st.none() | st.integers(0, 25)), location=e.location))
    return out


_milestone = st.builds(
    lambda day, pair, track, kind, level, grade, end, channel: Milestone(
        FIRST + dt.timedelta(days=day), pair, track, kind, level, grade, f"{kind} {day}", "a source",
        end=None if end is None else FIRST + dt.timedelta(days=day + end), channel=channel),
    st.integers(-60, 500), st.sampled_from(["USA-PRK", "PRK-USA"]),
    st.sampled_from(["peace", "denuclearization", "tension"]),
    st.sampled_from(["summit", "talks", "liaison-office", "test-moratorium", "joint-statement", "freeze"]),
    st.integers(0, 4), st.sampled_from(["A", "B", "C"]), st.none() | st.integers(0, 300), st.none() | st.integers(0, 4),
)

options = st.builds(
    IndexOptions,
    freq=st.sampled_from(["week", "month", "quarter"]),
    weights=st.tuples(*[st.integers(0, 3) for _ in range(5)]).filter(lambda w: sum(w) > 0).map(
        lambda w: IndexWeights(*map(float, w))),
    source_weighting=st.sampled_from(["log", "unit"]),
    dedup=st.sampled_from(["none", "exact", "min-sources"]),
    channel_from=st.sampled_from(["auto", "ledger", "events"]),
    working_days=st.sampled_from([30, 90]),
    leader_days=st.sampled_from([60, 180]),
    pressure_roots=st.sampled_from([("15",), ("15", "19"), ("17",)]),
    pressure_reference=st.none() | st.just((D(2016, 1, 1), D(2016, 12, 31))),
    reference_years=st.sampled_from([1, 10]),
)

windows = st.fixed_dictionaries({}, optional={
    "as_of": st.dates(D(2016, 3, 1), D(2017, 6, 1)),
    "start": st.dates(D(2015, 11, 1), D(2016, 8, 1)),
    "end": st.dates(D(2016, 9, 1), D(2017, 8, 1)),
    "datasets": st.sampled_from([("alpha",), ("beta",), ("alpha", "beta")]),
})


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    """One in-memory store for the module; each example empties it first (opening one costs more than a test)."""
    with Store.open(":memory:") as s:
        yield s


def fill(store: Store, events: Sequence[Event], ledger: Sequence[Milestone] = ()) -> None:
    store.con.execute("DELETE FROM events")
    for name in ("alpha", "beta"):
        batch = [e for e in events if e.dataset == name]
        if batch:
            store.write_events(batch, dataset=name, input=f"{name}.csv")
    store.replace_milestones(ledger, dataset="bundled")


@settings(max_examples=16, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=records(), ledger=st.lists(_milestone, max_size=5), opts=options, window=windows)
def test_sql_and_numpy_agree_on_any_record_and_options(store: Store, events: list[Event], ledger: list[Milestone],
                                                       opts: IndexOptions, window: dict[str, Any]) -> None:
    fill(store, events, ledger)
    check_day_sums(store, events, opts, window)
    try:
        expected = index_from_store(store, DYAD, options=opts, **window)
    except MeasureError as err:  # no events (by as_of, in the datasets, after min-sources) or an empty window
        with pytest.raises(MeasureError) as sql_err:
            index_on(store, DYAD, options=opts, **window)
        assert str(sql_err.value) == str(err)
        return
    assert_same_series(expected, index_on(store, DYAD, options=opts, **window))


# -- the day sums in plain Python -----------------------------------------------------------------------------

def python_day_sums(events: Sequence[Event], opts: IndexOptions) -> dict[dt.date, dict[str, float]]:
    """What day_sums_sql should return per day, from the Events in store order (date, dataset, key)."""
    ordered = sorted(events, key=lambda e: (e.date, e.dataset, e.key))
    seen: set[tuple[object, ...]] = set()
    out: dict[dt.date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for e in ordered:
        row = out[e.date]
        row["raw"] += 1
        k = (e.date, e.source, e.target, e.code, e.location or "")
        first = k not in seen
        seen.add(k)
        keep = opts.dedup == "none" or (first and not (
            opts.dedup == "min-sources" and e.sources is not None and e.sources < 2))
        if not keep:
            continue
        w = 1.0 if opts.source_weighting == "unit" else math.log(1 + max(e.sources if e.sources is not None else 1, 1))
        g = None if e.goldstein is None else float(np.float32(e.goldstein))  # the store keeps Goldstein as FLOAT
        row["n"] += 1
        row["ng"] += g is not None
        row["wg"] += w * (g or 0.0)
        row["wabs"] += w * abs(g or 0.0)
        row["wq"] += w if e.quad_class else 0.0
        row["w4"] += w if e.quad_class == 4 else 0.0
        row["w2"] += w if e.quad_class == 2 else 0.0
        row["wn"] += w if g is not None else 0.0
        row["w"] += w
        row["pressure"] = max(row["pressure"], float(e.code[:2] in opts.pressure_roots))
        level = 2 if e.code[:2] == "04" else 1 if e.code[:2] in ("01", "02", "03") else 0
        row["channel"] = max(row["channel"], level)
    return out


def check_day_sums(store: Store, events: Sequence[Event], opts: IndexOptions, window: dict[str, Any]) -> None:
    datasets = window.get("datasets", ())
    until = window.get("as_of")
    got = store.con.sql(day_sums_sql(DYAD, options=opts, datasets=datasets, until=until)).to_arrow_table().to_pylist()
    chosen = [e for e in events if (not datasets or e.dataset in datasets) and (until is None or e.date <= until)]
    want = python_day_sums(chosen, opts)
    assert [r["day"] for r in got] == sorted(want)  # one row per day with events, in order
    for r in got:
        exp = want[r["day"]]
        assert r["raw"] == exp["raw"]
        for name in (*SUMS, "pressure", "channel"):
            assert float(r[name]) == pytest.approx(exp[name], abs=1e-9), (r["day"], name)


def test_day_sums_read_only_the_dyad_the_datasets_and_the_days_asked_for(store: Store) -> None:
    events = [Event(D(2016, 5, 1), "USAGOV", "PRKGOV", "043", dataset="alpha", goldstein=2.8, quad_class=1),
              Event(D(2016, 5, 2), "CHNGOV", "PRKGOV", "190", dataset="alpha", goldstein=-10.0, quad_class=4),
              Event(D(2016, 5, 3), "PRKGOV", "USAGOV", "190", dataset="beta", goldstein=-10.0, quad_class=4),
              Event(D(2016, 6, 3), "PRKGOV", "USAGOV", "112", dataset="alpha", goldstein=-2.0, quad_class=3)]
    fill(store, events)

    def days(**kw: Any) -> list[str]:
        sql = day_sums_sql(DYAD, options=IndexOptions(), **kw)
        return [str(r["day"]) for r in store.con.sql(sql).to_arrow_table().to_pylist()]

    assert days() == ["2016-05-01", "2016-05-03", "2016-06-03"]
    assert days(datasets=("alpha",)) == ["2016-05-01", "2016-06-03"]
    assert days(until=D(2016, 5, 31)) == ["2016-05-01", "2016-05-03"]
    assert days(datasets=("beta",), until=D(2016, 5, 2)) == []


# -- index_from_day_sums on hand-made rows ---------------------------------------------------------------------

def day_rows(rows: list[dict[str, Any]]) -> pa.Table:
    base = {"raw": 1, "n": 1, "ng": 1, "wg": 0.0, "wabs": 0.0, "wq": 1.0, "w4": 0.0, "w2": 0.0, "wn": 1.0, "w": 1.0,
            "pressure": 0, "channel": 0}
    return pa.Table.from_pylist([base | r for r in rows])


def test_index_from_hand_made_day_sums() -> None:
    days = day_rows([
        {"day": D(2016, 3, 1), "raw": 3, "n": 2, "ng": 2, "wg": 5.0, "wabs": 9.0, "wq": 2.0, "w2": 1.0, "wn": 2.0,
         "w": 2.0, "channel": 2},
        {"day": D(2016, 3, 20), "wg": -1.0, "wabs": 1.0, "w4": 1.0, "pressure": 1},
        {"day": D(2016, 5, 2), "n": 0, "raw": 4},  # every row of the day dropped: not a day with events
        {"day": D(2016, 6, 9), "wg": 2.0, "wabs": 2.0},
    ])
    s = index_from_day_sums(days, dyad=DYAD, options=IndexOptions(pressure_reference=(D(2016, 1, 1),
                                                                                       D(2016, 12, 31))))
    assert s.period == ["2016-03", "2016-04", "2016-05", "2016-06"]
    raw = s.raw
    assert raw["balance"][0] == pytest.approx(4 / 10) and raw["balance"][3] == 1.0
    assert raw["material_conflict"][0] == pytest.approx(1 / 3)
    assert raw["material_cooperation"][0] == pytest.approx(1 / 3)
    assert s.events.tolist() == [3, 0, 0, 1] and s.merged == (3 + 1 + 4 + 1) - 4
    assert np.isnan(s.cxi[2])
    assert s.pressure.tolist() == [1.0, 0.0, 0.0, 0.0] and s.pressure_days.tolist() == [1, 0, 0, 0]
    assert s.channel.tolist() == [2.0, 2.0, 2.0, 0.0]  # 90 days from 1 March end on 29 May
    assert len(s.frame) == 0 and s.channel_source == "events"
    assert s.activity_baseline == pytest.approx(12 / 12)  # Σw|g| = 9 + 1 + 2 over the twelve reference months
    with pytest.raises(MeasureError, match="no USA-PRK events by 2016-04-01"):
        index_from_day_sums(day_rows([{"day": D(2016, 5, 2), "n": 0}]), dyad=DYAD, as_of=D(2016, 4, 1))


# -- source filters through both paths --------------------------------------------------------------------------

def test_dataset_filter_and_linked_datasets_in_both_paths(store: Store) -> None:
    alpha = [Event(D(2016, 5, d), "USAGOV", "PRKGOV", "043", dataset="alpha", goldstein=2.8, quad_class=1)
             for d in (1, 2)]
    mentions = [Event(D(2016, 5, 1), "USAGOV", "PRKGOV", "190", dataset="gdelt-mentions", goldstein=-10.0,
                      quad_class=4, summary=f"m{i}") for i in range(5)]
    fill(store, alpha)
    store.write_events(mentions, dataset="gdelt-mentions", input="m")
    default_np, default_sql = index_from_store(store, DYAD), index_on(store, DYAD)
    named_np = index_from_store(store, DYAD, datasets=("gdelt-mentions",), options=IndexOptions(dedup="none"))
    named_sql = index_on(store, DYAD, datasets=("gdelt-mentions",), options=IndexOptions(dedup="none"))
    assert_same_series(default_np, default_sql)
    assert default_sql.raw["balance"].tolist() == [1.0] and default_sql.events.tolist() == [2]  # mentions left out
    assert_same_series(named_np, named_sql)
    assert named_sql.raw["balance"].tolist() == [-1.0] and named_sql.events.tolist() == [5]


def test_events_on_equals_the_store_for_filters(store: Store) -> None:
    events = [Event(D(2016, m, 3), "USAGOV", "PRKGOV", "043", dataset="alpha" if m % 2 else "beta",
                    track="peace" if m < 6 else "tension") for m in range(1, 11)]
    fill(store, events)
    for q in (EventQuery(), EventQuery(dyad=DYAD, start=D(2016, 3, 1), end=D(2016, 8, 31)),
              EventQuery(datasets=("beta",), tracks=("tension",)), EventQuery(limit=3)):
        got = events_on(store, q)
        assert got.equals(store.events_arrow(q))
    assert events_on(store, EventQuery(tracks=("tension",))).num_rows == 5


# -- the scorecard ---------------------------------------------------------------------------------------------

score_options = st.builds(ScorecardOptions, freq=st.sampled_from(["week", "month", "quarter"]),
                          memory_days=st.sampled_from([30, 180]), reciprocity_days=st.sampled_from([30, 90]),
                          max_lag=st.integers(0, 4),
                          one_off_kinds=st.sampled_from([("summit", "talks", "statement"), ("summit",), ()]))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ledger=st.lists(_milestone, max_size=8), opts=score_options,
       as_of=st.none() | st.dates(D(2015, 12, 1), D(2017, 6, 1)))
def test_sql_and_numpy_scorecards_agree(store: Store, ledger: list[Milestone], opts: ScorecardOptions,
                                        as_of: dt.date | None) -> None:
    store.replace_milestones(ledger, dataset="bundled")
    try:
        expected = scorecard_from_store(store, DYAD, options=opts, as_of=as_of)
    except MeasureError as err:  # no ledger known by as_of, or a window that ends before it starts
        with pytest.raises(MeasureError) as sql_err:
            scorecard_on(store, DYAD, options=opts, as_of=as_of)
        assert str(sql_err.value) == str(err)
        return
    assert_same_tracks(expected, scorecard_on(store, DYAD, options=opts, as_of=as_of))
    window = {"start": D(2016, 2, 1), "end": D(2016, 11, 30)}
    assert_same_tracks(scorecard_from_store(store, DYAD, options=opts, **window),
                       scorecard_on(store, DYAD, options=opts, **window))


def test_sql_scorecard_keeps_the_tracks_apart_and_tension_out(store: Store) -> None:
    ledger = [Milestone(D(2016, 2, 1), "USA-PRK", "peace", "liaison-office", 4, "B", "o", "s", channel=4),
              Milestone(D(2016, 3, 1), "PRK-USA", "denuclearization", "freeze", 2, "A", "f", "s"),
              Milestone(D(2016, 4, 1), "USA-PRK", "tension", "missile-test", 4, "B", "t", "s")]
    store.replace_milestones(ledger, dataset="bundled")
    rows = {r["period"]: r for r in scorecard_on(store, DYAD, end=D(2016, 6, 30)).rows()}
    assert [rows[p]["peace"] for p in ("2016-02", "2016-03", "2016-06")] == [4, 4, 4]
    assert [rows[p]["denuclearization"] for p in ("2016-02", "2016-03", "2016-06")] == [0, 2, 2]
    assert rows["2016-03"]["denuclearization_grade_a"] == 2 and rows["2016-03"]["peace_grade_a"] == 0
    assert sum(r["peace_steps"] + r["denuclearization_steps"] for r in rows.values()) == 2  # the test is no step
    assert rows["2016-06"]["action_for_action"] == 0
