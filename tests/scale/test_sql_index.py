"""The SQL path of the index and the scorecard (DuckDB) gives what the numpy path gives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scale_data import fill

from detente.errors import MeasureError
from detente.judge import index_from_store, scorecard_from_store
from detente.measure import IndexOptions, IndexSeries, ScorecardOptions, TrackSeries, coexistence_index
from detente.measure._sql import day_sums_sql, run_index, run_scorecard
from detente.model import Dyad, Event
from detente.reference import enrich
from detente.store import EventQuery, Store, engine_for

DYAD = Dyad.parse("USA-PRK")
COMPONENTS = ("cxi", "balance", "material_conflict", "material_cooperation", "channel", "pressure", "cxi_low",
              "cxi_high")


def same_index(a: IndexSeries, b: IndexSeries) -> None:
    assert a.period == b.period
    for name in COMPONENTS:
        x, y = getattr(a, name), getattr(b, name)
        assert np.array_equal(np.isnan(x), np.isnan(y)), name
        assert np.allclose(x[~np.isnan(x)], y[~np.isnan(y)], rtol=0, atol=1e-9), name
    assert a.events.tolist() == b.events.tolist()
    assert a.thin.tolist() == b.thin.tolist()
    assert a.pressure_days.tolist() == b.pressure_days.tolist()
    assert a.meta() == b.meta()


def same_tracks(a: TrackSeries, b: TrackSeries) -> None:
    assert a.rows() == b.rows()
    assert a.diagnostics == b.diagnostics


OPTIONS = [
    IndexOptions(),
    IndexOptions(freq="week", dedup="none", source_weighting="unit"),
    IndexOptions(freq="quarter", dedup="min-sources"),
    IndexOptions(channel_from="events", pressure_roots=("15", "19")),
]


@pytest.fixture
def small(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "small.duckdb")
    fill(s)
    return s


@pytest.mark.parametrize("opts", OPTIONS, ids=["month", "week-none-unit", "quarter-min-sources", "events-channel"])
def test_sql_index_equals_numpy_on_the_bundled_record(bundled_store: Path, opts: IndexOptions) -> None:
    with Store.open(bundled_store, read_only=True) as st, engine_for("duckdb", st) as eng:
        same_index(index_from_store(st, DYAD, options=opts), run_index(eng, DYAD, options=opts))


@pytest.mark.parametrize("window", [
    {"as_of": dt.date(2018, 6, 30)},
    {"start": dt.date(2017, 6, 1), "end": dt.date(2018, 2, 28)},
    {"datasets": ("icews",)},
])
def test_sql_index_equals_numpy_with_windows_and_datasets(small: Store, window: dict[str, object]) -> None:
    with engine_for("duckdb", small) as eng:
        same_index(index_from_store(small, DYAD, **window), run_index(eng, DYAD, **window))  # type: ignore[arg-type]


def test_sql_counts_merged_duplicates_and_ignores_other_dyads(small: Store) -> None:
    with engine_for("duckdb", small) as eng:
        series = run_index(eng, DYAD)
    numpy_series = index_from_store(small, DYAD)
    assert series.merged == numpy_series.merged > 0
    assert int(series.events.sum()) == small.count(EventQuery(dyad=DYAD)) - series.merged


def test_sql_index_of_a_dyad_without_events_says_so(small: Store) -> None:
    with engine_for("duckdb", small) as eng, pytest.raises(MeasureError, match="no USA-CUB events"):
        run_index(eng, Dyad.parse("USA-CUB"))


def test_sql_scorecard_equals_numpy(small: Store, bundled_store: Path) -> None:
    for opts, as_of in ((ScorecardOptions(), None), (ScorecardOptions(freq="week", memory_days=30),
                                                     dt.date(2018, 1, 15))):
        with engine_for("duckdb", small) as eng:
            same_tracks(scorecard_from_store(small, DYAD, options=opts, as_of=as_of),
                        run_scorecard(eng, DYAD, options=opts, as_of=as_of))
    with Store.open(bundled_store, read_only=True) as st, engine_for("duckdb", st) as eng:
        same_tracks(scorecard_from_store(st, DYAD), run_scorecard(eng, DYAD))
        q = ScorecardOptions(freq="quarter")
        same_tracks(scorecard_from_store(st, DYAD, options=q, as_of=dt.date(2019, 3, 1)),
                    run_scorecard(eng, DYAD, options=q, as_of=dt.date(2019, 3, 1)))


def test_sql_inlines_names_safely() -> None:
    from detente.errors import ConfigError

    with pytest.raises(ConfigError, match="quote"):
        day_sums_sql(DYAD, options=IndexOptions(), datasets=("x' OR 1=1 --",))


_day = st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2016, 12, 31))
_event = st.builds(
    lambda d, rev, code, src, loc: enrich(Event(d, "PRKGOV" if rev else "USAGOV", "USAGOV" if rev else "PRKGOV",
                                                code, dataset="h", sources=src, location=loc)),
    _day, st.booleans(), st.sampled_from(["036", "043", "057", "112", "150", "190", "0841", "020", "173"]),
    st.one_of(st.none(), st.integers(0, 40)), st.sampled_from([None, "Seoul", "Pyongyang"]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=st.lists(_event, min_size=1, max_size=60),
       opts=st.sampled_from(OPTIONS))
def test_sql_index_equals_numpy_on_any_events(events: list[Event], opts: IndexOptions) -> None:
    with Store.open(":memory:") as s:
        s.write_events(events, dataset="h", input="h")
        with engine_for("duckdb", s) as eng:
            try:
                expected = coexistence_index(s.events_arrow(), dyad=DYAD, options=opts)
            except MeasureError:  # e.g. min-sources drops every event: the SQL path must say so too
                with pytest.raises(MeasureError):
                    run_index(eng, DYAD, options=opts)
                return
            same_index(expected, run_index(eng, DYAD, options=opts))


def test_store_level_helpers_for_the_cli(small: Store) -> None:
    from detente.measure._sql import events_on, index_on, scorecard_on

    same_index(index_from_store(small, DYAD), index_on(small, DYAD, engine="duckdb"))
    same_tracks(scorecard_from_store(small, DYAD), scorecard_on(small, DYAD))
    q = EventQuery(dyad=DYAD, tracks=("other",), limit=5)
    assert events_on(small, q).equals(small.events_arrow(q))
