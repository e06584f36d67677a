"""The event store: an embedded DuckDB file (default), the only package that writes SQL.

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
from detente.store._schema import EVENT_ARROW_SCHEMA, EVENT_FIELDS, SCHEMA_VERSION

__all__ = [
    "EVENT_ARROW_SCHEMA",
    "EVENT_FIELDS",
    "SCHEMA_VERSION",
    "EventQuery",
    "IngestRun",
    "QuarantinedRow",
    "Store",
    "arrow_to_events",
    "events_to_arrow",
    "monthly_summary",
]
