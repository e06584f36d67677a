"""Real ICEWS rows of June 2018 (tests/fixtures/samples: 709 rows of the 3,705-row sample, among them all 312
United States - North Korea rows): every row accounted for, the US–North Korea events right."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.ingest import ingest_paths
from detente.model import Dyad
from detente.store import EventQuery, Store


@pytest.fixture(scope="module")
def sample(fixture_file: Callable[[str], Path]) -> Path:
    return fixture_file("samples/icews_events_2018_subset.tab")


@pytest.fixture(scope="module")
def loaded(sample: Path) -> Store:
    store = Store.open(":memory:")
    ingest_paths(store, "icews", [sample])
    return store


def test_all_709_rows_are_accounted_for(loaded: Store) -> None:
    [run] = loaded.ingest_runs()
    assert (run["rows_read"], run["stored"], run["duplicate"], run["quarantined"]) == (709, 709, 0, 0)
    assert run["status"] == "ok" and run["checksum"]


def test_every_event_points_at_its_line(loaded: Store, sample: Path) -> None:
    lines = sample.read_text(encoding="utf-8").splitlines()
    for key, line in loaded.con.execute("SELECT event_id, prov_row FROM events").fetchall():
        assert lines[line - 1].split("\t", 1)[0] == key


def test_june_2018_us_north_korea_events_both_directions(loaded: Store, sample: Path) -> None:
    query = EventQuery(dyad=Dyad("USA", "PRK"), start=dt.date(2018, 6, 1), end=dt.date(2018, 6, 30))
    events = loaded.events(query)
    with sample.open(encoding="utf-8") as fh:
        expected = [r for r in csv.DictReader(fh, delimiter="\t")
                    if {r["Source Country"], r["Target Country"]} == {"United States", "North Korea"}]
    assert len(events) == len(expected) == 312
    directions = {(e.source_country, e.target_country) for e in events}
    assert directions == {("USA", "PRK"), ("PRK", "USA")}
    talks = {(e.source_name, e.target_name, e.code) for e in events}
    assert ("Mike Pompeo", "Kim Yong-chol", "046") in talks and ("Kim Yong-chol", "Mike Pompeo", "046") in talks
    assert all(e.goldstein is not None and e.quad_class in (1, 2, 3, 4) for e in events)
    pompeo = next(e for e in events if e.source_name == "Mike Pompeo" and e.code == "046")
    assert (pompeo.source, pompeo.target, pompeo.goldstein, pompeo.track) == ("USAGOV", "PRKGOV", 7.0, "peace")


def test_cli_ingest_then_events_json(cli, sample: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = str(tmp_path / "s.duckdb")
    result = cli("ingest", "icews", str(sample), "--store", store, "--json")
    assert result.exit_code == 0, result.stderr
    [run] = json.loads(result.stdout)
    assert (run["rows_read"], run["stored"], run["quarantined"]) == (709, 709, 0)
    listed = cli("events", "--dyad", "USA-PRK", "--from", "2018-06-01", "--to", "2018-06-30", "--format", "json",
                 "--dataset", "icews", "--store", store)
    assert listed.exit_code == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 312
    assert any(r["source_name"] == "Kim Yong-chol" and r["target_name"] == "Mike Pompeo" and r["code"] == "046"
               and r["goldstein"] == 7.0 for r in rows)
