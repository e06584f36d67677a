"""The event store: an embedded DuckDB file (default) or a Parquet archive folder; engines (DuckDB, Spark) to
query it.

>>> from detente.store import SCHEMA_VERSION, Store
>>> with Store.open(":memory:") as s:
...     s.schema_version() == SCHEMA_VERSION
True
"""

from detente.store._bigquery import DEFAULT_TABLE as BIGQUERY_GDELT_TABLE
from detente.store._bigquery import gdelt_bigquery_sql
from detente.store._check import CheckReport, CheckResult, check_path, check_store
from detente.store._duckdb import (
    LINKED_DATASETS,
    NAMED_ONLY,
    SECOND_SOURCES,
    EventQuery,
    IngestRun,
    QuarantinedRow,
    Store,
    arrow_to_events,
    events_to_arrow,
    monthly_summary,
)
from detente.store._engine import ENGINES, DuckDBEngine, Engine, engine_for, events_sql
from detente.store._many import FileInput, ingest_files
from detente.store._monitor import AlertRecord, FeedRecord, alerts, feed_files
from detente.store._schema import EVENT_ARROW_SCHEMA, EVENT_FIELDS, SCHEMA_VERSION
from detente.store._transfer import export_archive, import_archive

__all__ = [
    "BIGQUERY_GDELT_TABLE",
    "ENGINES",
    "EVENT_ARROW_SCHEMA",
    "EVENT_FIELDS",
    "LINKED_DATASETS",
    "NAMED_ONLY",
    "SCHEMA_VERSION",
    "SECOND_SOURCES",
    "AlertRecord",
    "CheckReport",
    "CheckResult",
    "DuckDBEngine",
    "Engine",
    "EventQuery",
    "FeedRecord",
    "FileInput",
    "IngestRun",
    "QuarantinedRow",
    "Store",
    "alerts",
    "arrow_to_events",
    "check_path",
    "check_store",
    "engine_for",
    "events_sql",
    "events_to_arrow",
    "export_archive",
    "feed_files",
    "gdelt_bigquery_sql",
    "import_archive",
    "ingest_files",
    "monthly_summary",
]
