"""The day sums the watch keeps by adding each file's events to them (fold_day_rows) equal the sums recomputed from
every stored event, over random sequences of files with late events, repeated files, duplicates of stored events
(whose first row comes before or after the stored one's) and events of other datasets; and the period table
folded from them equals the one folded again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import detente.measure._world as world
from detente.measure import IndexOptions
from detente.measure._batch import period_rows
from detente.measure._world import (
    PERIOD_TABLE,
    dyad_day_sums_sql,
    fold_day_rows,
    read_day_rows,
    refresh_day_table,
    refresh_period_table,
)
from detente.model import Event
from detente.store import Store

#: actors of a few countries (and an organisation, and a pair of one country: no dyad)
ACTORS = ("USAGOV", "USAMIL", "CHNGOV", "CHN", "PRKGOV", "KORGOV", "IGOUNO")
#: codes of every root the sums tell apart: channel levels 1 (01-03) and 2 (04), pressure (15), others
CODES = ("010", "036", "042", "043", "057", "150", "152", "173", "190")
DAY0 = dt.date(2018, 12, 20)
OPTIONS = {
    "exact": IndexOptions(),
    "none": IndexOptions(dedup="none", source_weighting="unit"),
    "min-sources": IndexOptions(dedup="min-sources", pressure_roots=("15", "17")),
}


@st.composite
def events(draw: st.DrawFn, *, latest: int) -> Event:
    """An event dated up to ``latest`` days after DAY0 (a late one when the file is newer). Ids come from a small
    pool (a repeated id is a duplicate the store drops), with prefixes that sort before and after each other, so
    a new event can come before or after the stored duplicates of its de-duplication key."""
    source, target = draw(st.sampled_from(ACTORS)), draw(st.sampled_from(ACTORS))
    return Event(
        date=DAY0 + dt.timedelta(days=draw(st.integers(0, latest))), source=source, target=target,
        code=draw(st.sampled_from(CODES)), dataset=draw(st.sampled_from(["gdelt", "gdelt", "icews"])),
        event_id=f"{draw(st.sampled_from('amz'))}{draw(st.integers(0, 400))}",
        goldstein=draw(st.sampled_from([None, -10.0, -4.4, 0.0, 1.9, 3.4, 7.0])),
        quad_class=draw(st.sampled_from([None, 0, 1, 2, 3, 4])),
        sources=draw(st.sampled_from([None, 0, 1, 2, 3, 7])),
        location=draw(st.sampled_from([None, "", "Seoul", "Pyongyang"])))


def _duplicating(draw: Callable[..., Any], batch: list[Event], pool: list[Event]) -> list[Event]:
    """The batch with some events made duplicates of earlier ones (the same de-duplication key: day, actors, code
    and location), their own id, dataset, weight and terms kept."""
    out = []
    for event in batch:
        if pool and draw(st.integers(0, 2)) == 0:
            base = draw(st.sampled_from(pool))
            event = replace(event, date=base.date, source=base.source, target=base.target, code=base.code,
                            root=base.root, location=base.location, source_country=base.source_country,
                            target_country=base.target_country)
        out.append(event)
    pool.extend(out)
    return out


def _recomputed(store: Store, options: IndexOptions, datasets: tuple[str, ...]) -> pa.Table:
    return store.con.sql(dyad_day_sums_sql(options=options, datasets=datasets)).to_arrow_table()


def _by_key(table: pa.Table) -> dict[tuple[str, str, dt.date], dict[str, Any]]:
    return {(r["a"], r["b"], r["day"]): r for r in table.to_pylist()}


def assert_recomputed(kept: pa.Table, again: pa.Table) -> None:
    """The same keys and types; counts, pressure, channel and the top event equal; the weighted sums equal up to
    the order of addition."""
    assert kept.schema == again.schema
    mine, theirs = _by_key(kept), _by_key(again)
    assert mine.keys() == theirs.keys()
    for key, row in theirs.items():
        held = mine[key]
        for c in ("raw", "n", "ng", "pressure", "channel", "top_key", "top_mass"):
            assert held[c] == row[c], (key, c, held[c], row[c])
        for c in ("wg", "wabs", "wq", "w4", "w2", "wn", "w"):
            np.testing.assert_allclose(float(held[c]), float(row[c]), rtol=1e-12, atol=1e-9, err_msg=f"{key} {c}")


@pytest.fixture
def memory() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        yield s


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(data=st.data(), which=st.sampled_from(sorted(OPTIONS)), datasets=st.sampled_from([(), ("gdelt",)]))
def test_folded_day_sums_equal_a_recompute(data: st.DataObject, which: str, datasets: tuple[str, ...]) -> None:
    options = OPTIONS[which]
    draw = data.draw
    with Store.open(":memory:") as store:
        pool: list[Event] = []
        _write(store, _duplicating(draw, draw(st.lists(events(latest=8), min_size=1, max_size=60)), pool),
               "history")
        assert refresh_period_table(store, options=options, datasets=datasets).rebuilt
        files: list[list[Event]] = []
        for step in range(draw(st.integers(1, 6))):
            if files and draw(st.integers(0, 4)) == 0:
                batch = draw(st.sampled_from(files))  # a file again: every event a duplicate, nothing stored
            else:
                # the file's day is DAY0 + 8 + step; its events are of that day or up to 8 days before
                batch = _duplicating(draw, draw(st.lists(events(latest=8 + step), min_size=1, max_size=25)), pool)
                files.append(batch)
            _write(store, batch, f"f{step}")
            refresh = refresh_period_table(store, options=options, datasets=datasets)
            assert not refresh.rebuilt
            assert_recomputed(read_day_rows(store), _recomputed(store, options, datasets))
            kept = store.con.sql(f"SELECT * FROM {PERIOD_TABLE} ORDER BY a, b, period").to_arrow_table()
            assert kept.to_pylist() == period_rows(read_day_rows(store, tops=False), options.freq).to_pylist()


def _write(store: Store, batch: list[Event], name: str) -> None:
    """Ingest a file's events, one run a dataset (as a file of each feed would come)."""
    for dataset in sorted({e.dataset for e in batch}):
        store.write_events([e for e in batch if e.dataset == dataset], dataset=dataset, input=name)


def _event(day: dt.date, event_id: str, code: str, *, goldstein: float, sources: int = 3,
           location: str = "Seoul") -> Event:
    return Event(date=day, source="USAGOV", target="PRKGOV", code=code, dataset="gdelt", event_id=event_id,
                 goldstein=goldstein, quad_class=1, sources=sources, location=location)


def test_a_late_event_is_added_without_reading_its_day_again(memory: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Late events, new duplicates of stored ones (after and before the stored first row) and a displaced row
    that held nothing the day's maxima depend on: folded without recomputing a day from its events."""
    day = dt.date(2018, 12, 24)
    memory.write_events([_event(day, "m1", "036", goldstein=4.0), _event(day, "m2", "042", goldstein=9.0),
                         _event(day, "m3", "150", goldstein=-7.2, location="Pyongyang")], dataset="gdelt", input="h")
    options = IndexOptions()
    refresh_day_table(memory, options=options)

    def refused(**kwargs: object) -> str:
        raise AssertionError("a day was read again")

    monkeypatch.setattr(world, "update_day_sums_sql", refused)
    memory.write_events([_event(day, "m4", "036", goldstein=4.0),  # a duplicate of m1, after it: counted alone
                         _event(day, "a5", "043", goldstein=2.8),  # new
                         _event(day - dt.timedelta(days=3), "z6", "057", goldstein=3.0)],  # a day without events
                        dataset="gdelt", input="late")
    assert not refresh_day_table(memory, options=options).rebuilt
    assert_recomputed(read_day_rows(memory), _recomputed(memory, options, ()))
    # a duplicate of m1 that comes first (its key sorts before): m1's terms out, its own in; m1 held no maximum
    memory.write_events([_event(day, "a1", "036", goldstein=4.0, sources=1)], dataset="gdelt", input="before")
    refresh_day_table(memory, options=options)
    assert_recomputed(read_day_rows(memory), _recomputed(memory, options, ()))


def test_a_displaced_row_that_held_a_maximum_recomputes_its_day(memory: Store,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A new duplicate that comes before the stored first row of its group takes that row out of the sums; when
    the row held the day's channel level, pressure or top event, and no new row reaches it again, the day is
    recomputed from its events; otherwise it is not."""
    day = dt.date(2018, 12, 24)
    memory.write_events([_event(day, "m4", "190", goldstein=-10.0),  # the top event
                         _event(day, "m1", "042", goldstein=1.0),  # the channel level (2)
                         _event(day, "m2", "152", goldstein=-0.5),  # the pressure
                         _event(day, "m3", "036", goldstein=3.0)], dataset="gdelt", input="h")
    options = IndexOptions(dedup="min-sources")
    refresh_day_table(memory, options=options)
    recomputed: list[object] = []
    update = world.update_day_sums_sql

    def counted(**kwargs: object) -> str:
        recomputed.append(kwargs)
        return update(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(world, "update_day_sums_sql", counted)
    for step, (event_id, code, goldstein, sources, again) in enumerate([
            ("a1", "042", 1.0, 1, True),    # takes out m1, the channel level, and is not kept (one source)
            ("a2", "152", -0.5, 1, True),   # takes out m2, the pressure, and is not kept
            ("a4", "190", -10.0, 1, True),  # takes out m4, the top, and is not kept
            ("0a4", "190", -10.0, 5, False),  # takes out a4 (not kept) and is kept: the top again
            ("a3", "036", 3.0, 9, False)]):   # takes out m3, now the channel level (1), and reaches it again
        memory.write_events([_event(day, event_id, code, goldstein=goldstein, sources=sources)], dataset="gdelt",
                            input=f"s{step}")
        recomputed.clear()
        fold = fold_day_rows(memory, options=options, runs=[memory.ingest_runs()[-1]["run_id"]])
        assert fold.rows.num_rows == 1 and fold.held.num_rows == 1
        assert len(recomputed) == again, step
        refresh_day_table(memory, options=options)
        assert_recomputed(read_day_rows(memory), _recomputed(memory, options, ()))
