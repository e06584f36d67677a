"""The top-level functions that answer with records: typed fields named after the JSON's keys, and ``to_dict()``
exactly the command's JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import detente
from detente._records import Record
from detente.errors import SimulationError

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"


def _cli_json(cli: Callable[..., Any], *args: str) -> Any:
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _fields_are_keys(record: Record) -> None:
    """The fields are the JSON's keys, each reading the same value (dates as dates, lists as tuples)."""
    data = record.to_dict()
    names = {f.name for f in dataclasses.fields(record)}  # type: ignore[arg-type]
    missing = [k for k in data if k not in names]
    assert not missing, f"{type(record).__name__} has no field for {missing}: add them in src/detente/_records.py"
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if f.name not in data:
            assert value is None, f"{f.name} is not in the JSON and not None"
            continue
        plain = json.loads(json.dumps(value, default=str))
        assert plain == data[f.name], f.name
        assert record[f.name] == data[f.name]


def test_judge_is_detente_judge(cli: Callable[..., Any], bundled_store: Path) -> None:
    cli_data = _cli_json(cli, "judge", "--as-of", "2019-02-14", "--format", "json", "--store", str(bundled_store))
    v = detente.judge("USA-PRK", as_of="2019-02-14", store=bundled_store)
    assert v.to_dict() == cli_data
    assert isinstance(v, detente.Judgement) and dataclasses.is_dataclass(v)
    assert v.as_of == dt.date(2019, 2, 14) and v.dyad == "USA-PRK"
    assert str(v) == cli_data["verdict"] and v.coexistent is cli_data["coexistent"]
    assert v.regimes[-1] == v.current_regime and v.sensitivity is None
    _fields_are_keys(v)
    regimes = v.table("regimes")
    assert regimes.num_rows == len(cli_data["regimes"]) and "mean_cxi" in regimes.column_names
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.verdict = "x"  # type: ignore[misc]
    with pytest.raises(KeyError, match="not a list of rows here; use one of: change_points"):
        v.table("verdict")


def test_judge_with_sensitivity(cli: Callable[..., Any], bundled_store: Path) -> None:
    cli_data = _cli_json(cli, "judge", "--sensitivity", "--weights", "equal", "--format", "json",
                         "--store", str(bundled_store))
    v = detente.judge(sensitivity=True, weights="equal", store=bundled_store)
    assert v.to_dict() == cli_data
    assert v.sensitivity is not None and v.sensitivity == cli_data["sensitivity"]
    assert v.method["options"]["index"]["weights"]["balance"] == 0.2


def test_paradigms_is_detente_paradigms(cli: Callable[..., Any], bundled_store: Path) -> None:
    args = ("--as-of", "2019-12-31", "--resamples", "200", "--runs", "200", "--seed", "3")
    cli_data = _cli_json(cli, "paradigms", *args, "--format", "json", "--store", str(bundled_store))
    comparison = detente.paradigms(as_of="2019-12-31", resamples=200, runs=200, seed=3, store=bundled_store)
    assert comparison.to_dict() == cli_data
    assert comparison.as_of == dt.date(2019, 12, 31) and comparison.simulation is not None
    _fields_are_keys(comparison)
    periods = comparison.table("periods")
    assert periods.num_rows == len(cli_data["periods"]) and "cxi_mean" in periods.column_names
    assert periods.column("cxi_mean").to_pylist() == [p["cxi_mean"] for p in cli_data["periods"]]
    quick = detente.paradigms(simulate=False, resamples=200, store=bundled_store)
    assert quick.simulation is None and "simulation" not in quick.to_dict()


def test_paradigms_need_policy_periods(bundled_store: Path) -> None:
    with pytest.raises(detente.DetenteError, match="no policy periods are defined for CHN-USA"):
        detente.paradigms("CHN-USA", store=bundled_store)


def test_simulate_is_detente_simulate(cli: Callable[..., Any]) -> None:
    cli_data = _cli_json(cli, "simulate", "--us", "grit,cvid-first", "--dprk", "reciprocator", "--runs", "300",
                         "--seed", "4", "--noise", "0.1", "--format", "json")
    sim = detente.simulate(["grit", "cvid-first"], "reciprocator", runs=300, seed=4, noise=0.1)
    assert sim.to_dict() == cli_data
    assert sim.seed == 4 and [p["us"] for p in sim.pairings] == ["grit", "cvid-first"]
    table = sim.to_arrow()
    assert table.num_rows == 2 and {"coexistence.value", "coexistence.low", "coexistence.high"} <= set(
        table.column_names)
    assert detente.simulate("grit,cvid-first", "reciprocator", runs=300, seed=4, noise=0.1) == sim
    with pytest.raises(SimulationError, match="us is empty"):
        detente.simulate(" , ", "hedger", runs=10)


def test_read_is_detente_read(cli: Callable[..., Any]) -> None:
    page = NEWS / "hanoi_summit.html"
    cli_data = _cli_json(cli, "read", str(page), "--format", "json")
    reading = detente.read(page)
    assert reading.to_dict() == cli_data
    assert reading.date == dt.date(2019, 2, 28) and reading.sentences == 6
    assert reading.date_source == cli_data["date_source"] and reading.notes == tuple(cli_data["notes"])
    _fields_are_keys(reading)
    events = reading.table("events")
    assert events.num_rows == len(cli_data["events"]) > 0 and "sentence" in events.column_names
    # the article's bytes read the same as the file
    assert detente.read(page.read_bytes()).events == reading.events


def test_code_is_detente_code(cli: Callable[..., Any], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    docs = [{"id": "a", "date": "2018-06-12", "text": "Kim met Trump in Singapore. Pompeo will visit Pyongyang "
                                                       "next week."},
            {"id": "b", "date": "2017-09-03", "text": "North Korea conducted its sixth nuclear test."},
            {"id": "c", "text": "Washington imposed new sanctions on North Korea on Monday."}]
    corpus.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    result = cli("code", str(corpus))
    assert result.exit_code == 0, result.stderr
    cli_rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    table = detente.code(corpus)
    assert table.column_names == list(detente._analysis.CODE_COLUMNS)
    assert json.loads(json.dumps(table.to_pylist(), default=str)) == cli_rows
    assert {r["doc_id"] for r in cli_rows} == {"a", "b", "c"}
    # --date dates the documents that give none, and only those
    dated = cli("code", str(corpus), "--date", "2019-01-10")
    dated_rows = [json.loads(line) for line in dated.stdout.splitlines() if line.strip()]
    assert json.loads(json.dumps(detente.code(corpus, date="2019-01-10").to_pylist(), default=str)) == dated_rows
    assert {r["date"] for r in dated_rows if r["doc_id"] == "c"} == {"2019-01-07"}  # the Monday before
    # texts in memory, dated by the date argument
    texts = detente.code([d["text"] for d in docs[:2]], date="2018-06-12")
    assert set(texts.column("doc_id").to_pylist()) == {"1", "2"}
    assert texts.column("code").to_pylist() == table.column("code").to_pylist()[:texts.num_rows]
    with pytest.raises(detente.DetenteError, match="item 1 of the corpus is a int"):
        detente.code([1])  # type: ignore[list-item]
