"""June 2018 read from real ICEWS rows (every US-North Korea row of the sample) points the same way as the bundled
record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.ingest import ingest_paths
from detente.ingest.bundled import ensure_bundled
from detente.judge import judge, sensitivity
from detente.measure import coexistence_index, dyad_events, dyad_milestones
from detente.model import Dyad
from detente.store import Store

USA_PRK = Dyad.parse("USA-PRK")
JUNE = (dt.date(2018, 6, 1), dt.date(2018, 6, 30))


@pytest.fixture(scope="module")
def both(fixture_file: Callable[[str], Path]) -> Store:
    store = Store.open(":memory:")
    ensure_bundled(store)
    ingest_paths(store, "icews", [fixture_file("samples/icews_events_2018_subset.tab")])
    return store


def test_june_2018_direction_agrees_between_icews_and_the_bundled_record(both: Store) -> None:
    ms = dyad_milestones(both, USA_PRK)
    rows = {}
    for dataset in ("bundled", "icews"):
        frame = dyad_events(both, USA_PRK, datasets=(dataset,))
        s = coexistence_index(frame, dyad=USA_PRK, milestones=ms, start=JUNE[0], end=JUNE[1])
        [rows[dataset]] = s.rows()
    assert rows["icews"]["events"] > 100  # the sample holds the whole month of US-North Korea events
    for r in rows.values():
        assert r["balance"] is not None and r["balance"] > 0, rows
        assert r["material_conflict"] is not None and r["material_conflict"] < 0.5, rows
    assert rows["icews"]["channel"] == rows["bundled"]["channel"]  # the channel comes from the same ledger


def test_icews_enters_the_sensitivity_table_as_a_source(both: Store) -> None:
    frame = dyad_events(both, USA_PRK, until=dt.date(2019, 2, 14))
    ms = dyad_milestones(both, USA_PRK)
    base = judge(frame.take(frame.dataset == "bundled"), dyad=USA_PRK, milestones=ms, as_of=dt.date(2019, 2, 14))
    out = sensitivity(frame, dyad=USA_PRK, milestones=ms, base=base)
    icews = next(v for v in out["variants"] if v["name"] == "source icews only")
    assert "direction only" in icews["status"]
    assert icews["conclusions"]["direction"] == "cooperative"
    assert icews["conclusions"]["coexistent"] is None
