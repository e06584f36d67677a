"""detente.dyads: the world table as ``detente dyads`` gives it, one row per dyad, on real ICEWS rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

import detente

ICEWS = Path(__file__).resolve().parents[1] / "fixtures" / "monitor" / "icews_dyads_2018.tab"


@pytest.fixture
def world(cli: Callable[..., Any], tmp_path: Path) -> Path:
    store = tmp_path / "world.duckdb"
    assert cli("ingest", "icews", str(ICEWS), "--store", str(store), "--json").exit_code == 0
    return store


def _rows(table: pa.Table) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(json.dumps(table.to_pylist(), default=str))
    return rows


@pytest.mark.parametrize("args", [(), ("--country", "PRK", "--sort", "cxi"),
                                  ("--top", "10", "--sort", "events", "--min-events", "5", "--as-of", "2018-06-30")])
def test_dyads_is_detente_dyads(cli: Callable[..., Any], world: Path, args: tuple[str, ...]) -> None:
    out = cli("dyads", *args, "--format", "json", "--store", str(world))
    assert out.exit_code == 0, out.stderr
    data = json.loads(out.stdout)
    options = dict(zip(args[::2], args[1::2], strict=True))
    table = detente.dyads(country=options.get("--country"), sort=options.get("--sort", "change"),
                          top=int(options["--top"]) if "--top" in options else None,
                          min_events=int(options.get("--min-events", 0)), as_of=options.get("--as-of"),
                          store=world)
    assert table.num_rows == len(data["dyads"]) > 0
    assert _rows(table) == data["dyads"]
    assert detente.metadata(table) == {k: v for k, v in data.items() if k != "dyads"}


def test_dyads_table_types(world: Path) -> None:
    table = detente.dyads(store=world)
    assert table.num_rows >= 30
    schema = table.schema
    assert schema.field("cxi").type == pa.float64() and schema.field("alert").type == pa.bool_()
    assert schema.field("sparkline").type == pa.list_(pa.float64())
    assert schema.field("last_change_point").type == pa.date32()
    frame = table.to_pandas()
    assert set(frame["evidence"]) <= {"sufficient", "insufficient"}
    usa_prk = frame[frame["dyad"] == "PRK-USA"]
    assert len(usa_prk) == 1 and usa_prk["events"].iloc[0] > 0
    first = detente.metadata(table)["periods"][0]
    assert dt.date.fromisoformat(first + "-01") <= dt.date(2018, 12, 1)
