"""The Spark engine: the same SQL as DuckDB, run on Spark DataFrames (``pip install 'detente[spark]'``).

Spark reads the events from Parquet: an archive's ``events/`` folder in place (partitions dataset/year/month),
or, for a store in a DuckDB file, a Parquet copy written to a temporary folder when the engine starts. The
ledger (a few hundred rows) is handed over from the store's catalog as a DataFrame. Both are registered as the
temporary views ``events`` and ``milestones`` that the shared SQL of :mod:`detente.measure._sql` reads.

Spark needs Java (17 or later): Debian's ``default-jre-headless`` package, or ``JAVA_HOME`` set. A local session the
engine starts itself gets a driver memory from the machine's memory unless the user set one
(:mod:`detente.store._spark_conf`).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import weakref
from pathlib import Path
from typing import Any

import pyarrow as pa

from detente.errors import OptionalDependencyError, StoreError
from detente.model import Dyad, Milestone
from detente.store._duckdb import EventQuery, Store
from detente.store._engine import conform_keyed, events_sql
from detente.store._schema import EVENT_ARROW_SCHEMA
from detente.store._spark_conf import driver_memory_setting, machine_memory, properties_files, read_properties

log = logging.getLogger(__name__)

__all__ = ["SparkEngine", "java_path", "spark_session"]

_SPARK_TYPES = {
    pa.date32(): "DATE",
    pa.string(): "STRING",
    pa.int8(): "TINYINT",
    pa.int32(): "INT",
    pa.int64(): "BIGINT",
    pa.float32(): "FLOAT",
}


def java_path() -> str | None:
    """The ``java`` Spark would start: ``$JAVA_HOME/bin/java`` or the one on ``PATH`` (None: no Java)."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def _driver_memory(master: str, config: dict[str, str]) -> str | None:
    """The driver memory to add to a session about to start (see :mod:`detente.store._spark_conf`)."""
    import pyspark
    from pyspark import SparkContext

    spark_home = os.environ.get("SPARK_HOME") or str(Path(pyspark.__file__).parent)
    properties = read_properties(properties_files(os.environ, spark_home))
    jvm_running = getattr(SparkContext, "_gateway", None) is not None
    memory = driver_memory_setting(master, config, os.environ, properties, machine_memory(),
                                   jvm_running=jvm_running)
    if memory is not None:
        log.info("spark.driver.memory not set; the local driver gets %s (half of this machine's memory, 1g to "
                 "31g); set spark.driver.memory or SPARK_DRIVER_MEMORY to choose another", memory)
    return memory


def spark_session(master: str = "local[2]", *, app: str = "detente", config: dict[str, str] | None = None) -> Any:
    """A SparkSession (reused when one is running) with settings that make it agree with DuckDB.

    When this starts the JVM of a local master and the user set no driver memory anywhere Spark reads one,
    ``spark.driver.memory`` is half of the machine's memory (1g to 31g): :mod:`detente.store._spark_conf`.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise OptionalDependencyError("pyspark", "spark", "the spark engine (--engine spark)") from None
    if java_path() is None:
        raise StoreError("the spark engine needs Java 17 or later and none was found; install it (Debian: "
                         "apt-get install default-jre-headless) or set JAVA_HOME, or use --engine duckdb")
    builder = SparkSession.builder.master(master).appName(app)
    settings = {
        "spark.sql.session.timeZone": "UTC",
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "2",
        "spark.sql.sources.partitionColumnTypeInference.enabled": "false",
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.driver.bindAddress": os.environ.get("SPARK_LOCAL_IP", "127.0.0.1"),
    }
    settings.update(config or {})
    memory = _driver_memory(master, settings)
    if memory is not None:
        settings["spark.driver.memory"] = memory
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as err:  # py4j and JVM start-up failures come in many types
        raise StoreError(f"Spark did not start ({str(err).splitlines()[0] if str(err) else type(err).__name__}); "
                         "check Java (java -version) and SPARK_LOCAL_IP, or use --engine duckdb") from err


class SparkEngine:
    """Events and ledger of ``store`` as Spark views; :meth:`query` runs the shared SQL on Spark."""

    name = "spark"

    def __init__(self, store: Store, *, master: str = "local[2]", session: Any = None,
                 config: dict[str, str] | None = None) -> None:
        self.store = store
        self.spark = session if session is not None else spark_session(master, config=config)
        self._tmp: str | None = None
        events_dir = self._events_parquet(store)
        df = self.spark.read.option("basePath", events_dir).parquet(events_dir) if events_dir else None
        self._register_events(df)
        self._register_milestones(store)

    def _events_parquet(self, store: Store) -> str | None:
        if store.archive is not None:
            if not store.archive.has_files():
                return None
            return store.archive.events_dir
        if store.count() == 0:
            return None
        self._tmp = tempfile.mkdtemp(prefix="detente-spark-")
        weakref.finalize(self, shutil.rmtree, self._tmp, True)  # removed even if close() is never called
        target = str(Path(self._tmp) / "events").replace("'", "''")
        store.con.execute(f"COPY (SELECT * FROM events) TO '{target}' (FORMAT parquet, PARTITION_BY (dataset))")
        return str(Path(self._tmp) / "events")

    def _register_events(self, df: Any) -> None:
        fields = [("key", pa.string()), ("run_id", pa.int32())] + [(f.name, f.type) for f in EVENT_ARROW_SCHEMA]
        if df is None:
            cols = ", ".join(f"CAST(NULL AS {_SPARK_TYPES[t]}) AS {n}" for n, t in fields)
            self.spark.sql(f"SELECT {cols} WHERE 1 = 0").createOrReplaceTempView("events")
            return
        present = set(df.columns)
        exprs = [f"CAST({n} AS {_SPARK_TYPES[t]}) AS {n}" if n in present else f"CAST(NULL AS {_SPARK_TYPES[t]}) AS {n}"
                 for n, t in fields]
        df.selectExpr(*exprs).createOrReplaceTempView("events")

    def _register_milestones(self, store: Store) -> None:
        table = store.con.sql('SELECT id, date, "end", dyad, track, kind, CAST(level AS INTEGER) AS level, grade, '
                              "CAST(channel AS INTEGER) AS channel, summary, citation, dataset "
                              "FROM milestones ORDER BY date, id").to_arrow_table()
        schema = ("id STRING, date DATE, `end` DATE, dyad STRING, track STRING, kind STRING, level INT, "
                  "grade STRING, channel INT, summary STRING, citation STRING, dataset STRING")
        rows = [tuple(r.values()) for r in table.to_pylist()]
        self.spark.createDataFrame(rows, schema=schema).createOrReplaceTempView("milestones")

    def query(self, sql: str) -> pa.Table:
        df = self.spark.sql(sql)
        result: pa.Table = df.toArrow()
        return result

    def events_arrow(self, query: EventQuery | None = None) -> pa.Table:
        return conform_keyed(self.query(events_sql(query or EventQuery())))

    def milestones(self, *, dyad: Dyad | None = None, track: str | None = None) -> list[Milestone]:
        return self.store.milestones(dyad=dyad, track=track)

    def close(self) -> None:
        """Drop the views and the temporary Parquet copy (the SparkSession stays up for reuse)."""
        for view in ("events", "milestones"):
            self.spark.catalog.dropTempView(view)
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> SparkEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
