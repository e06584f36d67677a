"""Query engines over the events: DuckDB (the store itself) or Spark (:mod:`detente.store._spark`).

An engine runs one SQL text over two relations, ``events`` (the store's columns) and ``milestones`` (the ledger),
and returns Arrow. The SQL that measures send is written once, in the subset both DuckDB and Spark SQL accept:
values are inlined as literals (:func:`sql_literal`), never bound, so the same text runs on either engine.

>>> from detente.store import Store, engine_for
>>> with Store.open(":memory:") as s:
...     engine_for("duckdb", s).query("SELECT count(*) AS n FROM events").column("n").to_pylist()
[0]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol, runtime_checkable

import pyarrow as pa

from detente.errors import ConfigError
from detente.model import Dyad, Milestone
from detente.store._duckdb import EventQuery, Store
from detente.store._schema import EVENT_ARROW_SCHEMA, EVENT_FIELDS

__all__ = ["ENGINES", "DuckDBEngine", "Engine", "engine_for", "events_sql", "inline", "sql_literal"]

#: the engine names ``--engine`` accepts
ENGINES: tuple[str, ...] = ("duckdb", "spark")

_SAFE_TEXT = re.compile(r"^[^'\\\x00-\x1f]*$")

#: the Arrow schema of ``events_arrow``: the event columns with the store's key in front
KEYED_EVENT_SCHEMA = pa.schema([pa.field("key", pa.string()), *EVENT_ARROW_SCHEMA])


def sql_literal(value: Any) -> str:
    """A Python value as an SQL literal that DuckDB and Spark SQL read alike.

    >>> sql_literal(dt.date(2018, 6, 12)), sql_literal("USA"), sql_literal(3), sql_literal(None)
    ("DATE '2018-06-12'", "'USA'", '3', 'NULL')
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        raise ConfigError("timestamps are not used in event queries; pass a date")
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    if not _SAFE_TEXT.match(text):
        raise ConfigError(f"{text!r} holds a quote, backslash or control character; names in queries cannot")
    return f"'{text}'"


def inline(sql: str, params: list[Any]) -> str:
    """``sql`` with each ``?`` replaced by the next parameter as a literal (the texts here hold no other ``?``)."""
    parts = sql.split("?")
    if len(parts) != len(params) + 1:
        raise ValueError(f"{len(parts) - 1} placeholders but {len(params)} parameters")
    out = [parts[0]]
    for p, rest in zip(params, parts[1:], strict=True):
        out += [sql_literal(p), rest]
    return "".join(out)


def events_sql(query: EventQuery) -> str:
    """The SQL of :meth:`Store.events_arrow` with its filters inlined: the one ``events`` query of every engine."""
    where, params = query.where()
    sql = f"SELECT key, {', '.join(EVENT_FIELDS)} FROM events{where} ORDER BY date, dataset, key"
    if query.limit is not None:
        sql += f" LIMIT {int(query.limit)}"
    return inline(sql, params)


def conform_keyed(table: pa.Table) -> pa.Table:
    """An engine's answer to :func:`events_sql` in the exact Arrow schema of ``Store.events_arrow``."""
    cols = [table.column(f.name).cast(f.type) for f in KEYED_EVENT_SCHEMA]
    return pa.Table.from_arrays(cols, schema=KEYED_EVENT_SCHEMA)


@runtime_checkable
class Engine(Protocol):
    """What a measure needs from an engine: SQL over ``events``/``milestones`` to Arrow, and the ledger."""

    name: str

    def query(self, sql: str) -> pa.Table:
        """Run one SQL text (the dialect subset of :mod:`detente.measure._sql`) and return its rows."""
        ...

    def events_arrow(self, query: EventQuery | None = None) -> pa.Table:
        """The events matching ``query``, as ``Store.events_arrow`` gives them."""
        ...

    def milestones(self, *, dyad: Dyad | None = None, track: str | None = None) -> list[Milestone]:
        """The milestone ledger, as ``Store.milestones`` gives it."""
        ...

    def close(self) -> None:
        """Release what the engine holds (the store itself stays open)."""
        ...

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...


class DuckDBEngine:
    """The store's own DuckDB connection as an engine (a DuckDB file or a Parquet archive)."""

    name = "duckdb"

    def __init__(self, store: Store) -> None:
        self.store = store

    def query(self, sql: str) -> pa.Table:
        return self.store.con.sql(sql).to_arrow_table()

    def events_arrow(self, query: EventQuery | None = None) -> pa.Table:
        return conform_keyed(self.query(events_sql(query or EventQuery())))

    def milestones(self, *, dyad: Dyad | None = None, track: str | None = None) -> list[Milestone]:
        return self.store.milestones(dyad=dyad, track=track)

    def close(self) -> None:
        """Nothing to release: the store belongs to the caller."""

    def __enter__(self) -> DuckDBEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def engine_for(name: str, store: Store, **options: Any) -> Engine:
    """The engine called ``name`` (``duckdb`` or ``spark``) over ``store``'s events and ledger.

    ``spark`` starts (or reuses) a local SparkSession; ``options`` go to
    :class:`~detente.store._spark.SparkEngine` (e.g. ``master="local[2]"``).
    """
    if name == "duckdb":
        return DuckDBEngine(store)
    if name == "spark":
        from detente.store._spark import SparkEngine

        return SparkEngine(store, **options)
    raise ConfigError(f"engine {name!r} is not known; use one of: {', '.join(ENGINES)}")
