"""The top-level functions that answer with tables: the same rows as the command's JSON, their context in the
table's metadata, and the store argument in each of its forms."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

import detente
from detente.errors import DetenteError, DyadError, InputError


def _rows(table: pa.Table) -> list[dict[str, Any]]:
    """The table's rows as the command line would print them (dates as ISO strings)."""
    rows: list[dict[str, Any]] = json.loads(json.dumps(table.to_pylist(), default=str))
    return rows


def _cli_json(cli: Callable[..., Any], *args: str) -> Any:
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_index_is_the_rows_of_detente_index(cli: Callable[..., Any], bundled_store: Path) -> None:
    args = ("--from", "2017-01-01", "--to", "2019-12-31", "--weights", "equal", "--as-of", "2019-06-30")
    cli_data = _cli_json(cli, "index", *args, "--format", "json", "--store", str(bundled_store))
    table = detente.index("USA-PRK", start="2017-01-01", end=dt.date(2019, 12, 31), weights="equal",
                          as_of="2019-06-30", store=bundled_store)
    assert len(cli_data["rows"]) == 36
    assert _rows(table) == cli_data["rows"]
    assert detente.metadata(table) == {k: v for k, v in cli_data.items() if k != "rows"}
    assert table.schema.field("start").type == pa.date32() and table.schema.field("cxi").type == pa.float64()
    # the months after as_of are there, with no value: nothing known yet
    assert table.column("events").to_pylist()[-1] == 0 and table.column("cxi").to_pylist()[-1] is None


def test_index_by_quarter_and_dedup(cli: Callable[..., Any], bundled_store: Path) -> None:
    cli_data = _cli_json(cli, "index", "--freq", "quarter", "--dedup", "none", "--dataset", "bundled",
                         "--format", "json", "--store", str(bundled_store))
    table = detente.index(freq="quarter", dedup="none", datasets="bundled", store=bundled_store)
    periods = table.column("period").to_pylist()
    assert all(re.fullmatch(r"\d{4}-Q[1-4]", p) for p in periods) and len(periods) == len(set(periods))
    assert _rows(table) == cli_data["rows"]
    assert detente.metadata(table)["meta"]["options"]["dedup"] == "none"


def test_index_frames_convert(bundled_store: Path) -> None:
    pd = pytest.importorskip("pandas")
    frame = detente.index(start="2018-01-01", end="2018-12-31", store=bundled_store).to_pandas()
    assert list(frame["period"])[:2] == ["2018-01", "2018-02"] and len(frame) == 12
    singapore = frame.set_index("period").loc["2018-06"]
    assert singapore["events"] > 0 and 0 <= singapore["cxi"] <= 100
    assert pd.api.types.is_float_dtype(frame["cxi"])


def test_scorecard_is_the_rows_of_detente_scorecard(cli: Callable[..., Any], bundled_store: Path) -> None:
    cli_data = _cli_json(cli, "scorecard", "--from", "2018-01-01", "--to", "2019-12-31", "--format", "json",
                         "--store", str(bundled_store))
    table = detente.scorecard(start="2018-01-01", end="2019-12-31", store=bundled_store)
    assert len(cli_data["rows"]) == 24
    assert _rows(table) == cli_data["rows"]
    meta = detente.metadata(table)
    assert meta == {"dyad": "USA-PRK", "diagnostics": cli_data["diagnostics"]}
    assert {"lead_lag", "reciprocity", "action_for_action"} <= set(meta["diagnostics"])


def test_milestones_is_the_ledger_of_detente_milestones(cli: Callable[..., Any], bundled_store: Path) -> None:
    cli_data = _cli_json(cli, "milestones", "--track", "denuclearization", "--format", "json",
                         "--store", str(bundled_store))
    table = detente.milestones(track="denuclearization", store=bundled_store)
    assert table.num_rows == len(cli_data["rows"]) > 0
    assert _rows(table) == cli_data["rows"]
    assert set(table.column("track").to_pylist()) == {"denuclearization"}
    assert table.schema.field("date").type == pa.date32()


def test_events_are_the_rows_of_detente_events(cli: Callable[..., Any], bundled_store: Path) -> None:
    cli_rows = _cli_json(cli, "events", "--from", "2018-06-01", "--to", "2018-06-30", "--format", "json",
                         "--store", str(bundled_store))
    table = detente.events(start="2018-06-01", end="2018-06-30", store=bundled_store)
    assert table.num_rows == len(cli_rows) > 0
    assert _rows(table) == cli_rows
    limited = detente.events(tracks=["peace"], limit=3, store=bundled_store)
    assert limited.num_rows == 3 and set(limited.column("track").to_pylist()) == {"peace"}


def test_store_forms(tmp_path: Path, bundled_store: Path) -> None:
    # a path that does not exist yet: created and the bundled record built into it, offline
    fresh = tmp_path / "fresh.duckdb"
    built = detente.milestones(store=str(fresh))
    assert fresh.exists() and built.num_rows > 0
    # an open store is used as it is and left open
    with detente.open_store(detente.load_settings(store=bundled_store)) as st:
        first = detente.milestones(store=st)
        second = detente.index(start="2018-06-01", end="2018-06-30", store=st)
        assert st.info()["events"] > 0  # still open
    assert first.equals(built) and second.num_rows == 1
    # settings, and None: the configured store (DETENTE_STORE points into the test's folder)
    assert detente.milestones(store=detente.load_settings(store=fresh)).equals(built)
    assert detente.milestones().equals(built)


@pytest.mark.parametrize(("call", "error", "words"), [
    (lambda s: detente.index(start="June 2018", store=s), InputError, "start='June 2018' is not a date"),
    (lambda s: detente.events(start="2019-01-01", end="2018-01-01", store=s), InputError, "swap them"),
    (lambda s: detente.index(start="2019-01-01", end="2018-01-01", store=s), DetenteError, "holds no period"),
    (lambda s: detente.index(freq="year", store=s), DetenteError, "frequency 'year' is not known"),
    (lambda s: detente.index(dedup="all", store=s), DetenteError, "de-duplication 'all' is not known"),
    (lambda s: detente.events("USA", store=s), DyadError, "two 3-letter country codes"),
    (lambda s: detente.events(limit=0, store=s), InputError, "limit=0 keeps nothing"),
    (lambda s: detente.events(engine="sqlite", store=s), InputError, "engine 'sqlite' is not known"),
    (lambda s: detente.milestones(track="tension", store=s), InputError, "use peace or denuclearization"),
])
def test_bad_input_is_one_clear_line(bundled_store: Path, call: Callable[[Path], Any], error: type[Exception],
                                     words: str) -> None:
    with pytest.raises(error) as info:
        call(bundled_store)
    assert words in str(info.value) and "\n" not in str(info.value)


def test_metadata_of_a_plain_table_is_empty() -> None:
    assert detente.metadata(pa.table({"x": [1]})) == {}


def test_index_evidence_arguments_are_the_command_options(cli: Callable[..., Any], bundled_store: Path) -> None:
    args = ("--from", "2017-06-01", "--to", "2018-06-30", "--n0", "2", "--interval", "0.9", "--seed", "7")
    cli_data = _cli_json(cli, "index", *args, "--format", "json", "--store", str(bundled_store))
    table = detente.index(start="2017-06-01", end="2018-06-30", n0=2, interval=0.9, seed=7, store=bundled_store)
    assert _rows(table) == cli_data["rows"]
    evidence = detente.metadata(table)["meta"]["options"]["evidence"]
    assert (evidence["n0"], evidence["level"], evidence["seed"]) == (2, 0.9, 7)
    default = detente.index(start="2017-06-01", end="2018-06-30", store=bundled_store)
    widths = [h - lo for h, lo in zip(table["cxi_high"].to_pylist(), table["cxi_low"].to_pylist(), strict=True)
              if h is not None]
    narrower = [h - lo for h, lo in zip(default["cxi_high"].to_pylist(), default["cxi_low"].to_pylist(),
                                        strict=True) if h is not None]
    assert sum(widths) > sum(narrower)  # a 90% interval is wider than the default 80% one
