"""Spark local[2] gives the same index, scorecard and events as DuckDB on the same data (one SQL text)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scale_data import fill
from test_sql_index import same_index, same_tracks

from detente.errors import OptionalDependencyError, StoreError
from detente.measure import IndexOptions, ScorecardOptions
from detente.measure._sql import run_events, run_index, run_scorecard
from detente.model import Dyad
from detente.store import EventQuery, Store, engine_for, export_archive

DYAD = Dyad.parse("USA-PRK")


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store]]:
    folder = tmp_path_factory.mktemp("spark")
    plain = Store.open(folder / "small.duckdb")
    fill(plain)
    export_archive(plain, folder / "archive")
    archive = Store.open(folder / "archive", read_only=True)
    yield plain, archive
    plain.close()
    archive.close()


@pytest.mark.spark
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_index_scorecard_and_events_equal_duckdb(spark: Any, stores: tuple[Store, Store]) -> None:
    plain, _ = stores
    with engine_for("duckdb", plain) as duck, engine_for("spark", plain, session=spark) as sp:
        same_index(run_index(duck, DYAD), run_index(sp, DYAD))
        card = ScorecardOptions(freq="quarter")
        same_tracks(run_scorecard(duck, DYAD, options=card, as_of=dt.date(2018, 9, 1)),
                    run_scorecard(sp, DYAD, options=card, as_of=dt.date(2018, 9, 1)))
        q = EventQuery(dyad=DYAD, start=dt.date(2017, 3, 1), end=dt.date(2018, 3, 1), limit=40)
        spark_events = run_events(sp, q)
        assert spark_events.num_rows == 40
        assert spark_events.equals(plain.events_arrow(q))


@pytest.mark.spark
def test_spark_reads_the_archive_in_place(spark: Any, stores: tuple[Store, Store]) -> None:
    plain, archive = stores
    with engine_for("duckdb", plain) as duck, engine_for("spark", archive, session=spark) as sp:
        opts = IndexOptions(freq="week", dedup="min-sources", source_weighting="unit")
        same_index(run_index(duck, DYAD, options=opts), run_index(sp, DYAD, options=opts))


def test_spark_without_java_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    from detente.store import _spark

    monkeypatch.setattr(_spark, "java_path", lambda: None)
    with pytest.raises(StoreError, match="default-jre-headless"):
        _spark.spark_session()


def test_spark_without_pyspark_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    with Store.open(tmp_path / "s.duckdb") as s, pytest.raises(OptionalDependencyError, match=r"detente\[spark\]"):
        engine_for("spark", s)


def test_unknown_engine_is_refused(tmp_path: Path) -> None:
    from detente.errors import ConfigError

    with Store.open(tmp_path / "s.duckdb") as s, pytest.raises(ConfigError, match="duckdb, spark"):
        engine_for("polars", s)
