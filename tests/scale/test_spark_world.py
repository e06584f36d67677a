"""The world table on Spark local[2] equals the one DuckDB computes from the same store (one SQL text)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from detente.ingest import ingest_paths
from detente.judge._world import world_on
from detente.store import Store, engine_for, export_archive

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "monitor" / "icews_dyads_2018.tab"


@pytest.mark.spark
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_the_world_table_on_spark_equals_duckdb(spark: Any, bundled_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    shutil.copyfile(bundled_store, path)
    with Store.open(path) as s:
        ingest_paths(s, "icews", [FIXTURE])
        export_archive(s, tmp_path / "archive")
        with engine_for("duckdb", s) as duck, engine_for("spark", s, session=spark) as sp:
            mine, theirs = world_on(sp).to_dict(), world_on(duck).to_dict()
    assert len(theirs["dyads"]) >= 45
    assert mine == theirs
    with Store.open(tmp_path / "archive", read_only=True) as archive, \
            engine_for("spark", archive, session=spark) as sp:  # the Parquet archive read in place
        assert world_on(sp).to_dict() == theirs


@pytest.mark.spark
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_dyads_takes_a_spark_master(cli: Any, spark: Any, bundled_store: Path, tmp_path: Path) -> None:
    """``detente dyads --engine spark --master URL`` gives DuckDB's table (the session the tests hold is reused:
    Spark keeps one session a process)."""
    import json

    path = tmp_path / "w.duckdb"
    shutil.copyfile(bundled_store, path)
    with Store.open(path) as s:
        ingest_paths(s, "icews", [FIXTURE])
    duck = cli("dyads", "--format", "json", "--store", str(path))
    on_spark = cli("dyads", "--engine", "spark", "--master", "local[1]", "--format", "json", "--store", str(path))
    assert duck.exit_code == on_spark.exit_code == 0, on_spark.stderr
    assert json.loads(on_spark.stdout) == json.loads(duck.stdout)
