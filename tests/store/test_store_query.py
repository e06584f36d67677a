"""Reading the store: every :class:`EventQuery` filter and their combinations, ordering and limits, checked against
an independent filter written in plain Python over the same events; the DuckDB engine's inlined SQL against the
store's bound SQL; :func:`monthly_summary`, ``datasets()`` and ``info()`` against a recomputation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import ConfigError
from detente.model import TRACKS, Dyad, Event
from detente.reference import enrich
from detente.store import (
    SCHEMA_VERSION,
    DuckDBEngine,
    Engine,
    EventQuery,
    Store,
    engine_for,
    events_sql,
    monthly_summary,
)
from detente.store._engine import inline, sql_literal

#: the dataset whose rows repeat another's events (GDELT Mentions): left out unless named
MENTIONS = "gdelt-mentions"
DATASETS = ("gdelt", "icews", "polecat", MENTIONS)
#: actor codes; the last two have no alphabetic country prefix, so their country is unknown (None)
ACTORS = ("USAGOV", "USAMIL", "PRKGOV", "PRKMIL", "CHNGOV", "KORGOV", "JPN", "123XYZ", "---")
CODES = ("010", "036", "042", "043", "057", "0841", "112", "138", "150", "173", "190")
FIRST, LAST = dt.date(2017, 1, 1), dt.date(2019, 12, 31)


def _corpus() -> list[Event]:
    """About 400 events over three years, four datasets, many dyads and every track; some carry their own id,
    some only a content hash; a few are not enriched (no QuadClass, no Goldstein)."""
    rng = random.Random(20180612)
    span = (LAST - FIRST).days
    out: list[Event] = []
    for i in range(400):
        src, tgt = rng.sample(ACTORS, 2)
        day = FIRST + dt.timedelta(days=rng.randrange(span + 1))
        if i < 6:  # events on the corpus's first and last day, so the bounds are hit exactly
            day = FIRST if i % 2 == 0 else LAST
        e = Event(day, src, tgt, rng.choice(CODES), dataset=rng.choice(DATASETS),
                  event_id=f"id{i:04d}" if rng.random() < 0.5 else None, track=rng.choice(TRACKS),
                  summary=f"event {i}")
        out.append(e if i % 13 == 0 else enrich(e))
    return out


CORPUS = _corpus()


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        for ds in DATASETS:
            s.write_events([e for e in CORPUS if e.dataset == ds], dataset=ds, input=f"{ds}.csv")
        yield s


def expected(query: EventQuery, events: list[Event] = CORPUS) -> list[Event]:
    """What the store should answer, computed without SQL: filter, order by (date, dataset, key), cut."""

    def keep(e: Event) -> bool:
        if query.dyad is not None and {e.source_country, e.target_country} != {query.dyad.a, query.dyad.b}:
            return False
        if query.start is not None and e.date < query.start:
            return False
        if query.end is not None and e.date > query.end:
            return False
        if query.datasets and e.dataset not in query.datasets:
            return False
        if not query.datasets and e.dataset == MENTIONS:
            return False
        return not (query.tracks and e.track not in query.tracks)

    rows = sorted((e for e in events if keep(e)), key=lambda e: (e.date, e.dataset, e.key))
    return rows if query.limit is None else rows[: query.limit]


def ids(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.dataset, e.key) for e in events]


def test_the_corpus_is_stored_whole(store: Store) -> None:
    # the corpus has no duplicate keys within a dataset, so every event is stored
    assert len({(e.dataset, e.key) for e in CORPUS}) == len(CORPUS)
    assert sum(r["stored"] for r in store.ingest_runs()) == len(CORPUS)
    assert store.count(EventQuery(datasets=DATASETS)) == len(CORPUS)


USA_PRK = Dyad("USA", "PRK")

CASES: dict[str, EventQuery] = {
    "everything": EventQuery(),
    "dyad": EventQuery(dyad=USA_PRK),
    "dyad reversed": EventQuery(dyad=Dyad("PRK", "USA")),
    "other dyad": EventQuery(dyad=Dyad("CHN", "KOR")),
    "dyad nobody has": EventQuery(dyad=Dyad("FRA", "DEU")),
    "start": EventQuery(start=dt.date(2019, 1, 1)),
    "end": EventQuery(end=dt.date(2017, 6, 30)),
    "one day, the first": EventQuery(start=FIRST, end=FIRST),
    "one day, the last": EventQuery(start=LAST, end=LAST),
    "start after end": EventQuery(start=dt.date(2019, 1, 1), end=dt.date(2018, 1, 1)),
    "one dataset": EventQuery(datasets=("icews",)),
    "two datasets": EventQuery(datasets=("gdelt", "polecat")),
    "the linked dataset named": EventQuery(datasets=(MENTIONS,)),
    "linked and its parent": EventQuery(datasets=("gdelt", MENTIONS)),
    "a dataset nobody has": EventQuery(datasets=("acled",)),
    "one track": EventQuery(tracks=("peace",)),
    "two tracks": EventQuery(tracks=("tension", "denuclearization")),
    "a track nobody has": EventQuery(tracks=("war",)),
    "limit": EventQuery(limit=7),
    "limit zero": EventQuery(limit=0),
    "limit beyond all": EventQuery(limit=100_000),
    "all filters": EventQuery(dyad=USA_PRK, start=dt.date(2017, 3, 1), end=dt.date(2019, 9, 30),
                              datasets=("gdelt", "icews", MENTIONS), tracks=("peace", "other", "tension")),
    "all filters and a limit": EventQuery(dyad=Dyad("PRK", "CHN"), start=dt.date(2018, 1, 1),
                                          datasets=("gdelt", "polecat"), tracks=TRACKS, limit=3),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_filter_matches_a_plain_python_filter(store: Store, name: str) -> None:
    q = CASES[name]
    want = expected(q)
    got = store.events(q)
    assert ids(got) == ids(want)
    assert got == want  # field for field, not only the keys
    unlimited = dataclasses.replace(q, limit=None)
    assert store.count(unlimited) == len(expected(unlimited))


def test_the_cases_are_not_vacuous() -> None:
    # each filter case that should select something does, so a filter that matched nothing would be caught
    for name in ("dyad", "one day, the first", "one day, the last", "the linked dataset named", "all filters",
                 "one track", "two datasets"):
        assert expected(CASES[name]), name
    assert len(expected(CASES["all filters and a limit"])) == 3


def test_a_dyad_matches_both_directions_and_nothing_else(store: Store) -> None:
    forward = [e for e in CORPUS if (e.source_country, e.target_country) == ("USA", "PRK") and e.dataset != MENTIONS]
    backward = [e for e in CORPUS if (e.source_country, e.target_country) == ("PRK", "USA") and e.dataset != MENTIONS]
    assert forward and backward
    both = store.events(EventQuery(dyad=USA_PRK))
    assert {e.key for e in both} == {e.key for e in forward + backward}
    assert store.events(EventQuery(dyad=Dyad("PRK", "USA"))) == both


def test_events_without_a_country_never_match_a_dyad(store: Store) -> None:
    unknown = [e for e in CORPUS if e.source_country is None or e.target_country is None]
    assert unknown  # the corpus has actors such as '123XYZ' and '---'
    keys = {e.key for e in unknown}
    for a, b in [("USA", "PRK"), ("CHN", "KOR"), ("JPN", "USA")]:
        assert not keys & {e.key for e in store.events(EventQuery(dyad=Dyad(a, b)))}


def test_date_bounds_are_inclusive() -> None:
    days = [dt.date(2018, 6, 11), dt.date(2018, 6, 12), dt.date(2018, 6, 13)]
    with Store.open(":memory:") as s:
        s.write_events([Event(d, "USAGOV", "PRKGOV", "036", dataset="t", summary=str(d)) for d in days],
                       dataset="t", input="t")
        for start, end, want in [
            (days[1], days[1], [days[1]]),
            (days[0], days[2], days),
            (days[1], None, days[1:]),
            (None, days[1], days[:2]),
            (days[2], days[0], []),
        ]:
            assert [e.date for e in s.events(EventQuery(start=start, end=end))] == want, (start, end)


def test_linked_datasets_are_left_out_unless_named(store: Store) -> None:
    mentions = sum(e.dataset == MENTIONS for e in CORPUS)
    assert mentions > 0
    assert store.count() == len(CORPUS) - mentions
    assert store.count(EventQuery(datasets=(MENTIONS,))) == mentions
    # every other filter keeps leaving them out when datasets is empty
    assert all(e.dataset != MENTIONS for e in store.events(EventQuery(dyad=USA_PRK, tracks=TRACKS)))


def test_order_is_date_then_dataset_then_key(store: Store) -> None:
    table = store.events_arrow(EventQuery(datasets=DATASETS))
    rows = list(zip(*(table.column(c).to_pylist() for c in ("date", "dataset", "key")), strict=True))
    assert rows == sorted(rows)
    assert len({r[0] for r in rows}) < len(rows)  # several events share a day, so the tie-break is exercised
    assert table.column_names[0] == "key"


def test_a_limit_takes_the_first_rows_of_the_order(store: Store) -> None:
    full = ids(store.events(EventQuery(datasets=DATASETS)))
    for n in (0, 1, 5, 50):
        assert ids(store.events(EventQuery(datasets=DATASETS, limit=n))) == full[:n]


def test_dataset_names_are_bound_not_spliced(store: Store) -> None:
    # a name with a quote matches nothing and breaks nothing through the store's bound parameters
    assert store.count(EventQuery(datasets=("x' OR '1'='1",))) == 0
    assert store.count(EventQuery(tracks=("peace' OR track IS NOT NULL --",))) == 0


_days = st.dates(min_value=FIRST - dt.timedelta(days=3), max_value=LAST + dt.timedelta(days=3))
_queries = st.builds(
    EventQuery,
    dyad=st.none() | st.tuples(st.sampled_from(["USA", "PRK", "CHN", "KOR", "JPN"]),
                               st.sampled_from(["USA", "PRK", "CHN", "KOR", "JPN"])).filter(
        lambda p: p[0] != p[1]).map(lambda p: Dyad(*p)),
    start=st.none() | _days,
    end=st.none() | _days,
    datasets=st.lists(st.sampled_from(DATASETS), unique=True, max_size=3).map(tuple),
    tracks=st.lists(st.sampled_from(TRACKS), unique=True, max_size=3).map(tuple),
    limit=st.none() | st.integers(0, 60),
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=_queries)
def test_any_combination_of_filters_matches_plain_python(store: Store, q: EventQuery) -> None:
    want = ids(expected(q))
    table = store.events_arrow(q)
    assert list(zip(table.column("dataset").to_pylist(), table.column("key").to_pylist(), strict=True)) == want
    assert store.count(dataclasses.replace(q, limit=None)) == len(expected(dataclasses.replace(q, limit=None)))
    # the engine's inlined SQL answers exactly as the store's bound SQL, schema and all
    assert DuckDBEngine(store).events_arrow(q).equals(table)


def test_the_engine_refuses_names_it_cannot_inline(store: Store) -> None:
    q = EventQuery(datasets=("o'brien",))
    assert store.count(q) == 0  # the store binds it
    with pytest.raises(ConfigError, match="quote"):
        events_sql(q)
    with pytest.raises(ConfigError, match="quote"):
        engine_for("duckdb", store).events_arrow(q)


def test_engine_for_duckdb_is_an_engine_over_the_store(store: Store) -> None:
    with engine_for("duckdb", store) as eng:
        assert isinstance(eng, Engine) and eng.name == "duckdb"
        n = eng.query("SELECT count(*) AS n FROM events").column("n").to_pylist()
        assert n == [len(CORPUS)]  # raw SQL sees every row, linked datasets too
        assert eng.milestones() == store.milestones() == []
    assert store.count() > 0  # leaving the engine leaves the store open


@pytest.mark.parametrize(
    ("value", "literal"),
    [(True, "TRUE"), (False, "FALSE"), (-3, "-3"), (0.5, "0.5"), ("", "''"), ("Kim Jong Un", "'Kim Jong Un'"),
     (dt.date(1979, 1, 1), "DATE '1979-01-01'")],
)
def test_sql_literal_values(value: object, literal: str) -> None:
    assert sql_literal(value) == literal


@pytest.mark.parametrize("text", ["it's", "back\\slash", "new\nline", "nul\x00", "tab\there"])
def test_sql_literal_refuses_text_that_could_escape(text: str) -> None:
    with pytest.raises(ConfigError, match="quote, backslash or control character"):
        sql_literal(text)


def test_sql_literal_refuses_timestamps() -> None:
    with pytest.raises(ConfigError, match="pass a date"):
        sql_literal(dt.datetime(2018, 6, 12, 9, 0))


def test_inline_needs_one_parameter_per_placeholder() -> None:
    assert inline("a = ? AND b = ?", [1, "x"]) == "a = 1 AND b = 'x'"
    with pytest.raises(ValueError, match="2 placeholders but 1 parameters"):
        inline("a = ? AND b = ?", [1])
    with pytest.raises(ValueError, match="0 placeholders but 1 parameters"):
        inline("a = 1", [1])


def test_events_sql_inlines_every_filter() -> None:
    q = EventQuery(dyad=USA_PRK, start=dt.date(2018, 1, 1), end=dt.date(2018, 12, 31), tracks=("peace",), limit=4)
    sql = events_sql(q)
    assert "?" not in sql
    for piece in ("'USA'", "'PRK'", "DATE '2018-01-01'", "DATE '2018-12-31'", "'peace'",
                  f"NOT IN ('{MENTIONS}', 'kcna')", "ORDER BY date, dataset, key", "LIMIT 4"):
        assert piece in sql, piece


# -- monthly_summary, datasets(), info() ----------------------------------------------------------------


def _recompute_months(events: list[Event]) -> list[dict[str, Any]]:
    """The per-month figures monthly_summary documents, computed in plain Python."""
    months: dict[dt.date, list[Event]] = defaultdict(list)
    for e in events:
        months[e.date.replace(day=1)].append(e)
    out = []
    for month in sorted(months):
        rows = months[month]
        gold = [float(e.goldstein) for e in rows if e.goldstein is not None]
        quads = [e.quad_class for e in rows if e.quad_class is not None]
        absolute = sum(abs(g) for g in gold)
        out.append({
            "month": month,
            "events": len(rows),
            "goldstein_mean": sum(gold) / len(gold) if gold else None,
            "balance": sum(gold) / absolute if absolute else None,
            **{f"q{k}": (sum(q == k for q in quads) / len(quads) if quads else None) for k in (1, 2, 3, 4)},
        })
    return out


def _same_months(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    assert [r["month"] for r in got] == [r["month"] for r in want]
    for g, w in zip(got, want, strict=True):
        assert set(g) == set(w)
        for k, v in w.items():
            if v is None or k in ("month", "events"):
                assert g[k] == v, (w["month"], k)
            else:  # Goldstein is stored as FLOAT (single precision)
                assert g[k] == pytest.approx(v, rel=1e-5, abs=1e-6), (w["month"], k)


@pytest.mark.parametrize("name", ["everything", "dyad", "all filters", "the linked dataset named", "one track"])
def test_monthly_summary_equals_a_recomputation(store: Store, name: str) -> None:
    q = CASES[name]
    want = _recompute_months(expected(q))
    assert want
    _same_months(monthly_summary(store, q), want)


def test_monthly_summary_counts_every_matching_event_once(store: Store) -> None:
    q = EventQuery(dyad=USA_PRK)
    assert sum(r["events"] for r in monthly_summary(store, q)) == store.count(q)


def test_monthly_summary_of_months_without_goldstein_or_quadclass() -> None:
    plain = [Event(dt.date(2018, 1, d), "USAGOV", "PRKGOV", "036", dataset="t", summary=str(d)) for d in (3, 4)]
    zero = [Event(dt.date(2018, 2, 1), "USAGOV", "PRKGOV", "036", dataset="t", goldstein=0.0, quad_class=1)]
    with Store.open(":memory:") as s:
        s.write_events(plain + zero, dataset="t", input="t")
        jan, feb = monthly_summary(s, EventQuery())
    # January: no Goldstein and no QuadClass at all -> no mean, no balance, no shares (not zero)
    assert (jan["month"], jan["events"]) == (dt.date(2018, 1, 1), 2)
    assert [jan[k] for k in ("goldstein_mean", "balance", "q1", "q2", "q3", "q4")] == [None] * 6
    # February: Goldstein 0 only -> mean 0, balance undefined; every event verbal cooperation
    assert (feb["events"], feb["goldstein_mean"], feb["balance"]) == (1, 0.0, None)
    assert (feb["q1"], feb["q2"], feb["q3"], feb["q4"]) == (1.0, 0.0, 0.0, 0.0)


def test_monthly_summary_of_nothing_is_empty(store: Store) -> None:
    assert monthly_summary(store, EventQuery(dyad=Dyad("FRA", "DEU"))) == []


def test_datasets_lists_every_dataset_with_its_range(store: Store) -> None:
    want = []
    for ds in sorted(DATASETS):
        days = [e.date for e in CORPUS if e.dataset == ds]
        want.append({"name": ds, "events": len(days), "first": min(days), "last": max(days),
                     "named_only": ds == MENTIONS})
    assert store.datasets() == want


def test_info_sums_up_the_store(store: Store) -> None:
    info = store.info()
    assert info["schema_version"] == store.schema_version() == SCHEMA_VERSION
    assert info["events"] == sum(e.dataset != MENTIONS for e in CORPUS)  # as count(): linked datasets left out
    assert info["quarantined"] == 0 and info["milestones"] == 0
    assert [r["dataset"] for r in info["ingest_runs"]] == list(DATASETS)
    assert info["first"] == min(e.date for e in CORPUS) == FIRST
    assert info["last"] == max(e.date for e in CORPUS) == LAST


def test_an_empty_store_answers_empty() -> None:
    with Store.open(":memory:") as s:
        assert s.events() == [] and s.count() == 0
        assert s.events_arrow().num_rows == 0
        assert s.events_arrow().column_names == ["key", *(f.name for f in dataclasses.fields(Event))]
        info = s.info()
        assert (info["events"], info["first"], info["last"], info["datasets"], info["ingest_runs"]) == (
            0, None, None, [], [])
