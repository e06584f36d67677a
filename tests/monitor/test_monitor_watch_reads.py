"""The watch's reads of the store, each against the plain query it replaces, on the real ICEWS dyads fixture: the
events of the alerted dyads (two steps: the rows found from their countries, then read whole), and the day rows
read without each day's top event."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pytest

from detente.ingest import ingest_paths
from detente.measure import IndexOptions
from detente.measure._world import read_day_rows, read_dyads_events, refresh_day_table
from detente.model import Dyad
from detente.store import EVENT_FIELDS, Store


@pytest.fixture
def icews_store(tmp_path: Path, bundled_store: Path, icews_dyads: Path) -> Path:
    """A copy of the bundled store with the ICEWS dyads of 2018 ingested."""
    path = tmp_path / "s.duckdb"
    shutil.copyfile(bundled_store, path)
    with Store.open(path) as store:
        ingest_paths(store, "icews", [icews_dyads])
    return path


def test_the_events_of_several_dyads_are_each_dyads_events(icews_store: Path) -> None:
    with Store.open(icews_store) as store:
        pairs = store.con.execute(
            "SELECT least(source_country, target_country) a, greatest(source_country, target_country) b, count(*) n "
            "FROM events WHERE date BETWEEN DATE '2018-03-01' AND DATE '2018-06-30' "
            "AND source_country <> target_country GROUP BY ALL ORDER BY n DESC, a, b LIMIT 12").fetchall()
        # named in either order, with a dyad that has no event in the window
        dyads = [Dyad(b, a) if i % 2 else Dyad(a, b) for i, (a, b, _) in enumerate(pairs)] + [Dyad("ISL", "NRU")]
        since, until = dt.date(2018, 3, 1), dt.date(2018, 6, 30)
        got = read_dyads_events(store, dyads, since=since, until=until)
        assert set(got) == {f"{min(d.a, d.b)}-{max(d.a, d.b)}" for d in dyads}
        every = store.con.sql(f"SELECT key, {', '.join(EVENT_FIELDS)} FROM events").to_arrow_table().to_pylist()
        total = 0
        for d in dyads:
            a, b = sorted((d.a, d.b))
            mine = sorted((e for e in every if {e["source_country"], e["target_country"]} == {a, b}
                           and since <= e["date"] <= until), key=lambda e: (e["date"], e["dataset"], e["key"]))
            assert got[f"{a}-{b}"].to_pylist() == mine
            total += len(mine)
        assert total > 100
        assert got["ISL-NRU"].num_rows == 0
        # a pair with an organisation (the UN's acts: country IGO) is no dyad: none of its events is read
        org = store.con.execute("SELECT source_country, target_country, min(date), max(date) FROM events "
                                "WHERE source_country = 'IGO' AND target_country IS NOT NULL "
                                "AND target_country NOT IN ('', 'IGO') GROUP BY ALL ORDER BY count(*) DESC "
                                "LIMIT 1").fetchall()
        assert org, "the bundled record holds acts of the UN"
        src, tgt, lo, hi = org[0]
        none = read_dyads_events(store, [Dyad(src, tgt), Dyad("USA", "USA")], since=lo, until=hi)
        assert all(t.num_rows == 0 for t in none.values()) and len(none) == 2


def test_day_rows_without_the_top_events_are_the_same_rows(icews_store: Path) -> None:
    with Store.open(icews_store) as store:
        refresh_day_table(store, options=IndexOptions())
        whole = read_day_rows(store)
        dyads = [Dyad(a, b) for a, b in {(r["a"], r["b"]) for r in whole.slice(0, 400).to_pylist()}]
        for named in (None, dyads):
            full = read_day_rows(store, dyads=named, until=dt.date(2018, 9, 30))
            lean = read_day_rows(store, dyads=named, until=dt.date(2018, 9, 30), tops=False)
            assert lean.column_names == [c for c in full.column_names if c not in ("top_key", "top_mass")]
            assert lean.to_pylist() == full.drop_columns(["top_key", "top_mass"]).to_pylist()
            assert lean.num_rows > 100


def test_the_events_an_alert_cites_are_those_of_its_whole_events(icews_store: Path) -> None:
    """The alert's events, weighed on the dyad's series from the many-dyad batch with the columns an impact depends
    on, then the cited rows read whole: the same events, in the same order, with the same impacts as from the
    dyad's own series and the period's events read whole."""
    from detente._monitor import _with_moving_events
    from detente.judge._world import span_groups
    from detente.measure._batch import batch_series, impact_series
    from detente.measure._frame import EventFrame, filter_events
    from detente.measure._world import dyad_series, iter_dyads, period_impacts
    from detente.store._monitor import AlertRecord

    day = dt.date(2018, 6, 30)
    options = IndexOptions(freq="quarter")
    with Store.open(icews_store) as store:
        refresh_day_table(store, options=options)
        pairs = store.con.execute(
            "SELECT least(source_country, target_country) a, greatest(source_country, target_country) b, count(*) n "
            "FROM events WHERE date BETWEEN DATE '2018-04-01' AND DATE '2018-06-30' AND source_country <> "
            "target_country AND source_country <> '' AND target_country <> '' "
            "GROUP BY ALL ORDER BY n DESC, a, b LIMIT 10").fetchall()
        rows = read_day_rows(store, dyads=[Dyad(a, b) for a, b, _ in pairs], until=day)
        own = {str(days.dyad): dyad_series(days, options=options, as_of=day) for days in iter_dyads(rows)}
        pending = []
        for part in span_groups(rows, "quarter"):
            batch = batch_series(part, options=options, as_of=day)
            for i, (a, b) in enumerate(batch.dyads):
                series = impact_series(batch, i)
                np.testing.assert_array_equal(series.start, own[f"{a}-{b}"].start)
                np.testing.assert_allclose(series.cxi, own[f"{a}-{b}"].cxi, rtol=1e-9, equal_nan=True)
                start = dt.date.fromisoformat(str(series.start[-1]))
                pending.append((AlertRecord(dyad=f"{a}-{b}", freq="quarter", period="2018-Q2", period_start=start,
                                            probability=0.9, cxi=None, previous_cxi=None, events=[]), series))
        assert len(pending) == len(own) == len(pairs)
        got = _with_moving_events(store, pending, day, 5)
        whole = read_dyads_events(store, [Dyad.parse(a.dyad) for a, _ in pending], since=dt.date(2018, 4, 1),
                                  until=day)
        merged = 0
        for alert in got:
            series = own[alert.dyad]
            frame = EventFrame.from_arrow(whole[alert.dyad])
            frame = frame.take(frame.date >= np.datetime64(alert.period_start, "D"))
            merged += filter_events(frame, options.dedup)[1]
            kept, impact = period_impacts(series, frame, len(series) - 1)
            order = np.argsort(-np.abs(np.nan_to_num(impact)), kind="stable")[:5]
            assert alert.events == [{**kept.row(int(i)), "impact": round(float(impact[i]), 3)} for i in order]
        assert sum(len(a.events) for a in got) >= 40
        assert merged > 0  # duplicates were merged, so kept events were matched back to their stored rows
