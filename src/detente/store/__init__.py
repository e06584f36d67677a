"""The event store: an embedded DuckDB file (default) or a Parquet archive folder; engines (DuckDB, Spark) to
query it.

>>> from detente.store import Store
>>> with Store.open(":memory:") as s:
...     s.schema_version()
1
"""

from detente.store._duckdb import (
    EventQuery,
    IngestRun,
    QuarantinedRow,
    Store,
    arrow_to_events,
    events_to_arrow,
    monthly_summary,
)
from detente.store._engine import ENGINES, DuckDBEngine, Engine, engine_for, events_sql
from detente.store._schema import EVENT_ARROW_SCHEMA, EVENT_FIELDS, SCHEMA_VERSION
from detente.store._transfer import export_archive, import_archive

__all__ = [
    "ENGINES",
    "EVENT_ARROW_SCHEMA",
    "EVENT_FIELDS",
    "SCHEMA_VERSION",
    "DuckDBEngine",
    "Engine",
    "EventQuery",
    "IngestRun",
    "QuarantinedRow",
    "Store",
    "arrow_to_events",
    "engine_for",
    "events_sql",
    "events_to_arrow",
    "export_archive",
    "import_archive",
    "monthly_summary",
]
