"""Ingest on Spark (``detente ingest --engine spark``): the normalisation SQL of :mod:`detente.ingest._normalise`,
generated for Spark, run on Spark DataFrames.

What runs on Spark: reading the file's lines (the text reader, split on tabs), numbering them, the lookups of
countries, sectors and organisations (tables of the input's distinct values, computed in Python with the same
functions as DuckDB's, then joined) and the whole normalisation. What stays on the driver: detecting the layout
from the first line, the one streaming pass over the bytes that finds lines that are not valid UTF-8 (Spark
would decode them silently) and computes the checksum, and writing into the store (a DuckDB file), including
the linking of GDELT Mentions to the events already stored. Spark writes its result as Parquet in a temporary
folder, read back in line order in batches, so memory stays flat whatever the file's size.

Line numbers are physical line numbers, computed the way ``zipWithIndex`` does without leaving the JVM: each
row gets the start of its file split and a partition-local id, one small job counts the rows of each split, and
the line number is the count of rows in the splits before it plus the row's place in its own split.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from detente.errors import IngestError, InputError
from detente.ingest._engine import BATCH_ROWS, _Ingester
from detente.ingest._inputs import column_positions, first_line
from detente.ingest._layouts import Layout, detect_layout
from detente.ingest._lines import Plain, Scan, scan_lines
from detente.ingest._normalise import LOOKUPS, NormaliseQuery, normalise_query, raw_columns, reference_arrow
from detente.reference import ReferenceTables, reference_tables
from detente.store import Store
from detente.store._schema import EVENT_ARROW_SCHEMA
from detente.store._spark import _SPARK_TYPES

log = logging.getLogger(__name__)

__all__ = ["SparkIngester", "normalise_on_spark"]

#: a path Spark's file source reads as it is (no glob characters, no ':' that Hadoop takes for a scheme, no
#: spaces or other characters a URI escapes)
_PLAIN_PATH = re.compile(r"[\w./-]+")
_LINES_VIEW = "_detente_lines"


def _register(spark: Any, name: str, table: pa.Table) -> None:
    """``table`` as the temporary view ``name``."""
    try:
        df = spark.createDataFrame(table)  # Spark 4: from Arrow, no Python worker reads it back
    except TypeError:  # Spark 3.5 takes rows
        schema = ", ".join(f"`{f.name}` {_SPARK_TYPES[f.type]}" for f in table.schema)
        df = spark.createDataFrame([tuple(r.values()) for r in table.to_pylist()], schema=schema)
    df.createOrReplaceTempView(name)


def register_reference(spark: Any, tables: ReferenceTables) -> None:
    """The reference tables the normalisation SQL joins (``ref_cameo``, ``ref_nearest``) as Spark views."""
    for name, table in reference_arrow(tables).items():
        _register(spark, name, table)


def _readable(path: Path, folder: str) -> str:
    """A path to ``path`` that Spark reads literally: itself, or a link to it in ``folder``."""
    if _PLAIN_PATH.fullmatch(str(path.resolve())) and not path.name.startswith(("_", ".")):
        return str(path.resolve())
    link = Path(folder) / ("lines.txt.gz" if path.name.lower().endswith(".gz") else "lines.txt")
    link.symlink_to(path.resolve())
    return str(link)


def numbered_lines(spark: Any, path: str) -> Any:
    """The lines of the file at ``path`` (split on '\\n' only, a trailing '\\r' removed) with their physical
    line number: a DataFrame of ``line`` (BIGINT, from 1) and ``value``."""
    from pyspark.sql import functions as F

    raw = spark.read.option("lineSep", "\n").text(path).select(
        F.input_file_block_start().alias("_blk"), F.monotonically_increasing_id().alias("_id"), "value")
    # one split (a small or gzip file): the ids are the line numbers less one, no counting needed
    try:
        one = raw.rdd.getNumPartitions() == 1
    except Exception:  # Spark Connect has no RDDs: count the rows of each split
        one = False
    blocks = [] if one else sorted(
        raw.groupBy("_blk").agg(F.min("_id").alias("first"), F.count("*").alias("n")).collect())
    before = 0
    shift = None  # per split: line = _id + (rows before the split) - (the split's first id) + 1
    for blk, first, n in blocks:
        cond, value = F.col("_blk") == F.lit(blk), F.lit(before - first + 1)
        shift = F.when(cond, value) if shift is None else shift.when(cond, value)
        before += n
    line = (F.col("_id") + shift) if shift is not None else F.col("_id") + F.lit(1)
    return raw.select(line.cast("bigint").alias("line"), F.regexp_replace("value", "\r+$", "").alias("value"))


def _fields(spark: Any, lines: Any, *, n_fields: int, skip: list[int]) -> Any:
    """``lines`` split on tabs into the columns :func:`raw_columns` names (missing fields NULL), without the
    empty lines and the lines numbered in ``skip``."""
    from pyspark.sql import functions as F

    kept = lines.where(F.col("value") != "")
    if skip:
        drop = spark.createDataFrame([(n,) for n in skip], schema="line BIGINT")
        kept = kept.join(F.broadcast(drop), "line", "left_anti")
    parts = F.split(F.col("value"), "\t", -1)
    cols = [F.get(parts, i).alias(name) for i, name in enumerate(raw_columns(n_fields))]
    return kept.select("line", *cols)


def _lookup_tables(spark: Any, query: NormaliseQuery) -> None:
    """For each Python lookup ``query`` uses, the table of its distinct keys and their values, as a view (the
    keys of all lookups are collected in one job)."""
    names = sorted({fn for fn, _ in query.lookups})
    if not names:
        return
    keys: dict[str, list[str]] = {name: [] for name in names}
    pairs = ", ".join(f"{names.index(fn)}, {x}" for fn, x in query.lookups)
    sql = (f"SELECT DISTINCT fn, k FROM (SELECT stack({len(query.lookups)}, {pairs}) AS (fn, k) "
           f"FROM {_LINES_VIEW}) WHERE k IS NOT NULL")
    for i, k in spark.sql(sql).collect():
        keys[names[i]].append(k)
    for name in names:
        fn = LOOKUPS[name]
        table = pa.table({"k": pa.array(keys[name], pa.string()),
                          "v": pa.array([fn(k) for k in keys[name]], pa.string())})
        _register(spark, f"lookup_{name}", table)


def _typed(df: Any) -> Any:
    """``df`` with the columns the SQL leaves NULL given the store's types (Parquet has no NULL type)."""
    from pyspark.sql import functions as F

    types = {f.name: _SPARK_TYPES[f.type] for f in EVENT_ARROW_SCHEMA} | {"_reason": "STRING", "_link": "STRING"}
    return df.select([F.col(n).cast(types.get(n, "STRING")).alias(n) if t.typeName() == "void" else F.col(n)
                      for n, t in ((f.name, f.dataType) for f in df.schema.fields)])


def _normalise(spark: Any, path: str, layout: Layout, positions: dict[str, int], n_fields: int, scan: Scan,
               *, prov_file: str) -> Any:
    skip = sorted({n for n, _ in scan.bad} | {g[0] for g in scan.long} | ({1} if layout.header else set()))
    _fields(spark, numbered_lines(spark, path), n_fields=n_fields, skip=skip).createOrReplaceTempView(_LINES_VIEW)
    query = normalise_query(layout, positions, _LINES_VIEW, n_fields=n_fields, prov_file=prov_file,
                            dialect="spark")
    _lookup_tables(spark, query)
    return _typed(spark.sql(query.sql))


def normalise_on_spark(spark: Any, path: str | Path, dataset: str, *,
                       tables: ReferenceTables | None = None) -> Any:
    """The events of one native file of ``dataset`` (plain or .gz; layout detected as for
    :func:`~detente.ingest.ingest_paths`) normalised on Spark: a DataFrame of the store's event columns (less
    ``dataset`` and ``modality``), ``prov_file``, ``prov_row`` (the physical line number), ``_reason`` (why the
    row would be quarantined; NULL for a good row) and ``_link`` (a GDELT mention's GLOBALEVENTID).

    Empty lines, lines that are not valid UTF-8 and lines over the size limit are left out (the ingester
    quarantines the latter two).
    """
    p = Path(path)
    if p.name.lower().endswith(".zip"):
        raise InputError(f"{p}: normalise_on_spark reads one plain or .gz file; unzip it first, or ingest it "
                         "with ingest_paths(store, dataset, [path], engine='spark')")
    plain = Plain(p, str(p), None)
    first = first_line(plain, dataset)
    layout = detect_layout(first, dataset, where=plain.name)
    positions = column_positions(layout, first, where=plain.name)
    n_fields = positions.pop("__n__", layout.n)
    register_reference(spark, tables or reference_tables())
    folder = tempfile.mkdtemp(prefix="detente-spark-")
    df = _normalise(spark, _readable(p, folder), layout, positions, n_fields, scan_lines(plain),
                    prov_file=plain.name)
    weakref.finalize(df, shutil.rmtree, folder, True)  # the link lives as long as the DataFrame
    return df


class SparkIngester(_Ingester):
    """The ingester whose normalisation runs on Spark; storing and quarantining are the DuckDB path's own."""

    reads_in_store = False
    loads_small_together = False

    def _line_reader(self, scan: Scan) -> bool:
        return False  # Spark splits lines on "\n" alone and leaves the long ones out (the scan's rule)

    def __init__(self, store: Store, *, tables: ReferenceTables, session: Any = None, threads: int = 0,
                 batch_rows: int = BATCH_ROWS) -> None:
        if session is None:
            from detente.store._spark import spark_session

            session = spark_session()
        super().__init__(store, tables=tables, threads=threads, batch_rows=batch_rows)
        self.spark = session
        register_reference(self.spark, tables)

    def close(self) -> None:
        """Drop the temporary views this ingester made (the SparkSession stays up for reuse)."""
        super().close()
        for view in (_LINES_VIEW, "ref_cameo", "ref_nearest", *(f"lookup_{name}" for name in LOOKUPS)):
            self.spark.catalog.dropTempView(view)

    def _batches(self, plain: Plain, layout: Layout, positions: dict[str, int], n_fields: int,
                 scan: Scan) -> Iterator[pa.Table]:
        with tempfile.TemporaryDirectory(prefix="detente-spark-ingest-") as folder:
            out = Path(folder) / "rows"
            try:
                df = _normalise(self.spark, _readable(plain.path, folder), layout, positions, n_fields, scan,
                                prov_file=plain.name)
                df.write.parquet(str(out))
            except Exception as err:  # py4j and Spark analysis errors come in many types
                first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
                raise IngestError(f"{plain.name}: Spark could not normalise the file ({first}); nothing from it "
                                  "was stored; try again with --engine duckdb") from err
            parts = sorted(out.glob("*.parquet"))
            if not parts:
                return
            files = "[" + ", ".join("'" + str(f).replace("'", "''") + "'" for f in parts) + "]"
            reader = self.con.sql(f"SELECT * FROM read_parquet({files}) ORDER BY prov_row").to_arrow_reader(
                self.batch_rows)
            for batch in reader:
                yield pa.Table.from_batches([batch])

