from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
from pathlib import Path

import pytest

from detente import Dyad, Event, Store
from detente.ingest.bundled import bundled_policy_periods
from detente.judge.paradigms import PARADIGMS, ParadigmOptions, paradigm_record
from detente.measure import dyad_events, dyad_milestones
from detente.reference import enrich

DYAD = Dyad.parse("USA-PRK")


def _record(path: Path, **kw: object) -> dict[str, object]:
    with Store.open(path, read_only=True) as s:
        rec = paradigm_record(dyad_events(s, DYAD), dyad_milestones(s, DYAD), bundled_policy_periods(), dyad=DYAD,
                              options=ParadigmOptions(resamples=300), **kw)  # type: ignore[arg-type]
    return rec.to_dict()


def test_every_period_is_labelled_and_sourced() -> None:
    periods = bundled_policy_periods()
    assert len(periods) >= 8
    for p in periods:
        assert p.paradigm in PARADIGMS, p.id
        assert p.justification.strip() and p.citation.strip(), p.id
    ordered = sorted(periods, key=lambda p: p.start)
    for a, b in itertools.pairwise(ordered):
        assert a.end is not None and a.end < b.start, (a.id, b.id)  # no overlap


def test_figures_recompute_from_the_store_and_follow_it(bundled_store: Path, tmp_path: Path) -> None:
    before = _record(bundled_store)
    copy = tmp_path / "changed.duckdb"
    shutil.copy(bundled_store, copy)
    extra = [
        enrich(Event(dt.date(2010, m, 10), "PRKMIL", "USA", "150", dataset="test", event_id=f"extra-{m}",
                     summary="an added launch for the test", track="tension"))
        for m in range(1, 13)
    ]
    with Store.open(copy) as s:
        s.write_events(extra, dataset="test", input="test")
    after = _record(copy)
    b = {p["id"]: p for p in before["periods"]}  # type: ignore[union-attr]
    a = {p["id"]: p for p in after["periods"]}  # type: ignore[union-attr]
    changed = next(pid for pid, p in b.items() if p["start"] <= "2010-06-10" <= p["end"])
    assert a[changed]["tests_per_year"]["PRK"] > b[changed]["tests_per_year"]["PRK"]
    assert a[changed]["cxi_mean"] < b[changed]["cxi_mean"]
    untouched = next(pid for pid, p in b.items() if p["end"] < "2000-01-01")
    assert a[untouched]["tests_per_year"] == b[untouched]["tests_per_year"]


def test_as_of_uses_only_what_was_known(bundled_store: Path, tmp_path: Path) -> None:
    as_of = dt.date(2019, 2, 14)
    before = _record(bundled_store, as_of=as_of)
    assert all(p["start"] <= "2019-02-14" and p["end"] <= "2019-02-14" for p in before["periods"])  # type: ignore[union-attr]
    copy = tmp_path / "later.duckdb"
    shutil.copy(bundled_store, copy)
    with Store.open(copy) as s:
        s.write_events([enrich(Event(dt.date(2019, 5, 4), "PRKMIL", "USA", "150", dataset="test", event_id="late",
                                     summary="later launch", track="tension"))], dataset="test", input="t")
    assert _record(copy, as_of=as_of) == before


def test_deterministic_for_a_seed(bundled_store: Path) -> None:
    assert _record(bundled_store) == _record(bundled_store)


def test_intervals_bracket_the_estimates(bundled_store: Path) -> None:
    data = _record(bundled_store)
    for g in data["groups"]:  # type: ignore[union-attr]
        lo, hi = g["cxi_interval"]
        assert lo <= g["cxi_mean"] <= hi
        assert 0 <= lo <= hi <= 100
    for c in data["contrasts"]:  # type: ignore[union-attr]
        lo, hi = c["interval"]
        assert lo <= c["cxi_difference"] <= hi
        assert c["excludes_zero"] == (lo > 0 or hi < 0)
    assert any("cannot show" in line for line in data["statement"])  # type: ignore[union-attr]


def test_bad_options_are_refused() -> None:
    from detente.errors import MeasureError

    with pytest.raises(MeasureError, match="confidence"):
        ParadigmOptions(confidence=1.5)
    with pytest.raises(MeasureError, match="resamples"):
        ParadigmOptions(resamples=10)


def test_cli_json_and_csv(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("paradigms", "--store", str(bundled_store), "--format", "json", "--resamples", "200", "--no-simulate")
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert {"dyad", "periods", "groups", "contrasts", "statement"} <= data.keys()
    assert {"cxi_mean", "tests_per_year", "peace_milestones", "denuclearization_milestones", "crisis_months",
            "channel_max", "citation"} <= data["periods"][0].keys()
    csv_out = cli("paradigms", "--store", str(bundled_store), "--format", "csv", "--resamples", "200",
                  "--no-simulate")
    assert csv_out.stdout.splitlines()[0].startswith("id,name,paradigm")
    assert len(csv_out.stdout.splitlines()) == len(data["periods"]) + 1


def test_cli_other_dyad_is_refused(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("paradigms", "--store", str(bundled_store), "--dyad", "CHN-USA")
    assert res.exit_code == 2 and "USA-PRK" in res.stderr


def test_cli_puts_the_calibrated_simulator_beside_the_record(cli, bundled_store: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "sim.duckdb"
    shutil.copy(bundled_store, store)
    res = cli("paradigms", "--store", str(store), "--format", "json", "--resamples", "200", "--runs", "200",
              "--as-of", "2019-02-14")
    assert res.exit_code == 0, res.stderr
    sim = json.loads(res.stdout)["simulation"]
    assert sim["calibration"]["years"] == [1994, 2018]  # only the years known by --as-of
    assert {r["paradigm"] for r in sim["outcomes"]} == {"parallel", "denuclearization-first"}
    for r in sim["outcomes"]:
        c = r["coexistence"]
        assert 0 <= c["low"] <= c["value"] <= c["high"] <= 1
    model = sim["model_mean_coexistence"]
    record = sim["record_mean_cxi"]
    assert sim["agree_on_order"] == ((model["parallel"] > model["denuclearization-first"])
                                     == (record["parallel"] > record["denuclearization-first"]))
    with Store.open(store, read_only=True) as s:  # the fit is cached in the store, keyed by the years
        keys = [k for (k,) in s.con.execute("SELECT key FROM meta WHERE key LIKE 'calibration:%'").fetchall()]
    assert len(keys) == 1 and ":2018:" in keys[0]
