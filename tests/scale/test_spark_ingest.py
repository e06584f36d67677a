"""``ingest --engine spark`` stores exactly what the DuckDB path stores: the same events (every column), the same
quarantine (line, raw text, reason) and the same run counts, for every layout, damaged files and compressed ones.

One SparkSession serves the module (the session fixture of ``conftest.py``); the files are the small format
fixtures and the ICEWS sample beside the checkout.
"""

from __future__ import annotations

import gzip
import json
import math
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from detente.errors import ConfigError, InputError, OptionalDependencyError
from detente.ingest import LAYOUTS, Layout, ingest_paths, normalise_on_spark
from detente.ingest._normalise import normalise_query
from detente.store import Store

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
GDELT = ("gdelt1_backfile.CSV", "gdelt1_daily.export.CSV", "gdelt2.export.CSV", "gdelt2.mentions.CSV")

pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")


def _events(store: Store) -> list[dict[str, Any]]:
    """Every stored column of every event (NaN written as 'NaN' so that equal rows compare equal)."""
    rows: list[dict[str, Any]] = store.con.sql(
        "SELECT * EXCLUDE (run_id) FROM events ORDER BY dataset, key").to_arrow_table().to_pylist()
    return [{k: "NaN" if isinstance(v, float) and math.isnan(v) else v for k, v in r.items()} for r in rows]


def _quarantine(store: Store) -> list[tuple[Any, ...]]:
    return store.con.sql("SELECT dataset, input, line, raw, reason FROM quarantine ORDER BY ALL").fetchall()


def _runs(store: Store) -> list[tuple[Any, ...]]:
    keys = ("input", "dataset", "checksum", "rows_read", "stored", "duplicate", "quarantined", "status",
            "data_lines")
    return [tuple(r[k] for k in keys) for r in store.ingest_runs()]


def _same(duck: Store, spark_store: Store) -> None:
    assert _runs(spark_store) == _runs(duck)
    assert _quarantine(spark_store) == _quarantine(duck)
    expected = _events(duck)
    got = _events(spark_store)
    assert len(got) == len(expected)
    for e, g in zip(expected, got, strict=True):
        assert g == e, {k: (e[k], g[k]) for k in e if e[k] != g[k]}
    for run in spark_store.ingest_runs():
        assert run["rows_read"] == run["stored"] + run["duplicate"] + run["quarantined"], run


@contextmanager
def _both(spark: Any, batches: Sequence[tuple[str, Sequence[Path]]]) -> Iterator[tuple[Store, Store]]:
    """Ingest each (dataset, paths) in turn into a DuckDB-normalised and a Spark-normalised store."""
    with Store.open(":memory:") as duck, Store.open(":memory:") as sp:
        for dataset, paths in batches:
            ingest_paths(duck, dataset, paths)
            ingest_paths(sp, dataset, paths, engine="spark", session=spark)
        yield duck, sp


def _write(path: Path, rows: Sequence[str | bytes], *, end: bytes = b"\n") -> Path:
    path.write_bytes(b"".join((r if isinstance(r, bytes) else r.encode("utf-8")) + end for r in rows))
    return path


@pytest.mark.spark
def test_every_gdelt_layout_and_mentions_linked(spark: Any) -> None:
    with _both(spark, [("gdelt", [FORMATS / n]) for n in GDELT]) as (duck, sp):
        _same(duck, sp)
        assert {r["dataset"] for r in sp.ingest_runs()} == {"gdelt", "gdelt-mentions"}
        assert sp.quarantine_count() == 1  # the mention of an event the store does not hold


@pytest.mark.spark
def test_icews_and_polecat_fixtures_and_the_icews_sample_in_many_splits(
        spark: Any, fixture_file: Callable[[str], Path]) -> None:
    sample = fixture_file("samples/icews_events_2018_subset.tab")
    batches = [("icews", [FORMATS / "icews_sample.tab"]), ("polecat", [FORMATS / "polecat_sample.tab"]),
               ("icews", [sample])]
    old = spark.conf.get("spark.sql.files.maxPartitionBytes")
    # three splits of the sample (709 rows): line numbers must run on across them
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(sample.stat().st_size // 3 + 1))
    try:
        assert spark.read.text(str(sample)).rdd.getNumPartitions() == 3
        with _both(spark, batches) as (duck, sp):
            _same(duck, sp)
            assert sp.count() > 700
    finally:
        spark.conf.set("spark.sql.files.maxPartitionBytes", old)


@pytest.mark.spark
def test_damaged_files_are_quarantined_alike(spark: Any, tmp_path: Path) -> None:
    header, *rows = (FORMATS / "icews_sample.tab").read_text(encoding="utf-8").splitlines()
    short = "\t".join(rows[1].split("\t")[:12])
    icews = _write(tmp_path / "bad.tab", [
        header, rows[0], short, rows[2].replace("2018-06-01", "2018-13-45"), "", rows[3].replace("\t046\t", "\t13y\t"),
        rows[4].encode("utf-8").replace(b"Kim Yong-chol", b"Kim Yong\xff-chol"), rows[5] + "\textra", rows[0],
        rows[6].replace("2018-06-01", "20180601"), *rows[7:], "",
    ])
    gd = (FORMATS / "gdelt1_daily.export.CSV").read_text(encoding="utf-8").splitlines()

    def gdelt_row(i: int, **fields: str) -> str:
        cells = gd[i % len(gd)].split("\t")
        cols = {"GLOBALEVENTID": 0, "SQLDATE": 1, "EventCode": 26, "QuadClass": 29, "GoldsteinScale": 30,
                "NumMentions": 31, "AvgTone": 34}
        for name, value in fields.items():
            cells[cols[name]] = value
        cells[0] = f"9{i:05d}"
        return "\t".join(cells)

    odd = ["3", "3.0", "1e2", "1.5", "2.5", "-2.5", " 3 ", "+3", "nan", "inf", "", "abc", "127", "128", "3.", ".5",
           "3d", "2f", "00012", "-0"]
    dates = ["20180101", "20180230", "2012041", "2018-1-1", "20181301", "2018010a", "", "99991231"]
    gdelt = _write(tmp_path / "20130401.export.CSV", [
        *(gdelt_row(i, QuadClass=v, GoldsteinScale=v, NumMentions=v, AvgTone=v) for i, v in enumerate(odd)),
        *(gdelt_row(100 + i, SQLDATE=d) for i, d in enumerate(dates)),
        gdelt_row(200, EventCode="99x"), gdelt_row(201, EventCode=""), gd[0] + "\textra", gd[1],
    ])
    p_header, *p_rows = (FORMATS / "polecat_sample.tab").read_text(encoding="utf-8").splitlines()
    polecat = _write(tmp_path / "polecat.tab", [  # with Windows line ends
        p_header, p_rows[0].replace("\tCONSULT\t", "\tNOSUCH\t"), p_rows[1].replace("\tCONSULT\t", "\t\t"), *p_rows[2:],
    ], end=b"\r\n")
    with _both(spark, [("icews", [icews]), ("gdelt", [gdelt]), ("polecat", [polecat])]) as (duck, sp):
        _same(duck, sp)
        reasons = {r[4].split(" ")[0] for r in _quarantine(sp)}
        assert {"wrong", "bad", "unknown", "invalid"} <= reasons


@pytest.mark.spark
def test_carriage_returns_in_fields_and_long_lines_alike(spark: Any, tmp_path: Path) -> None:
    header, *rows = (FORMATS / "icews_sample.tab").read_bytes().splitlines()
    cells = rows[1].split(b"\t")
    cells[5] = cells[5][:3] + b"\r" + cells[5][3:]
    rows[1] = b"\t".join(cells)
    cells = rows[4].split(b"\t")
    cells[5] = b"y" * (3 << 20)
    rows[4] = b"\t".join(cells)
    icews = _write(tmp_path / "cr.tab", [header, *rows])
    with _both(spark, [("icews", [icews])]) as (duck, sp):
        _same(duck, sp)
        assert [r[2] for r in _quarantine(sp)] == [6]
        assert sp.ingest_runs()[-1]["data_lines"] == len(rows)


@pytest.mark.spark
def test_a_gzip_file_with_an_awkward_name(spark: Any, tmp_path: Path) -> None:
    # Spark's file listing skips names starting with '_', and Hadoop takes a ':' for a scheme (zip members are
    # extracted to plain files first, by the code both engines share)
    gz = tmp_path / "_it's 20180613: export.CSV.gz"
    with (FORMATS / "gdelt1_daily.export.CSV").open("rb") as fin, gzip.open(gz, "wb") as fout:
        shutil.copyfileobj(fin, fout)
    with _both(spark, [("gdelt", [gz])]) as (duck, sp):
        _same(duck, sp)
        assert sp.count() == 8


@pytest.mark.spark
def test_normalise_on_spark_returns_the_rows_with_their_reasons(spark: Any, tmp_path: Path) -> None:
    header, *rows = (FORMATS / "icews_sample.tab").read_text(encoding="utf-8").splitlines()
    path = _write(tmp_path / "two.tab", [header, rows[0], "\t".join(rows[1].split("\t")[:5])])
    got = {r["prov_row"]: r for r in (x.asDict() for x in normalise_on_spark(spark, path, "icews").collect())}
    assert sorted(got) == [2, 3]
    assert got[2]["_reason"] is None and got[2]["event_id"] == rows[0].split("\t")[0]
    assert got[3]["_reason"] == "wrong column count"
    with pytest.raises(InputError, match="unzip it first"):
        normalise_on_spark(spark, tmp_path / "x.zip", "icews")


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_one_definition_two_dialects(layout: Layout) -> None:
    positions = {c: i for i, c in enumerate(layout.columns)}
    duck, spark = (normalise_query(layout, positions, "src", n_fields=layout.n, prov_file="f's", dialect=d)
                   for d in ("duckdb", "spark"))
    for duckdb_only in ("try_strptime", "regexp_matches", "::", "country_of(", "sector_role(", "organisation_of("):
        assert duckdb_only not in spark.sql
    assert "_lk" not in duck.sql and "BROADCAST" not in duck.sql and duck.lookups == ()
    assert bool(spark.lookups) == (layout.dataset in ("icews", "polecat"))
    assert "'f\\'s'" in spark.sql and "'f''s'" in duck.sql


def test_without_pyspark_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    with Store.open(":memory:") as s, pytest.raises(OptionalDependencyError, match=r"detente\[spark\]"):
        ingest_paths(s, "gdelt", [FORMATS / GDELT[0]], engine="spark")


def test_unknown_engine_is_refused(tmp_path: Path) -> None:
    with Store.open(":memory:") as s, pytest.raises(ConfigError, match="duckdb, spark"):
        ingest_paths(s, "gdelt", [FORMATS / GDELT[0]], engine="polars")


@pytest.mark.spark
def test_cli_ingest_engine_spark(spark: Any, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = str(tmp_path / "s.duckdb")
    result = cli("ingest", "gdelt", str(FORMATS / "gdelt2.export.CSV"), "--store", store, "--engine", "spark",
                 "--json")
    assert result.exit_code == 0, result.stderr
    [run] = json.loads(result.stdout)
    assert (run["rows_read"], run["stored"], run["layout"]) == (3, 3, "gdelt2-export")
    assert cli("ingest", "gdelt", "x.tab", "--store", store, "--engine", "polars").exit_code == 2
