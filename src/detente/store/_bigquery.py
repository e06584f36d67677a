"""BigQuery SQL over GDELT's public tables that yields detente's canonical events for one dyad.

Users who would rather not download GDELT's 15-minute files run this in BigQuery over the hosted copy
(``gdelt-bq.gdeltv2.events``), save the answer as CSV or Parquet, and load it with
``detente archive import FILE --dataset gdelt``. The mapping is the one ``detente ingest gdelt`` applies to
the files: the actor is country code plus first type code (or the raw actor code), the event id is
GLOBALEVENTID, the location is the action's place name.

The text uses only what BigQuery Standard SQL and DuckDB share (``||``, ``COALESCE``, ``CAST(... AS STRING)``);
the one function DuckDB lacks, ``PARSE_DATE``, is a one-line macro there (:data:`DUCKDB_PRELUDE`), so the tests
run this very text on DuckDB over fixture tables with GDELT's columns.

>>> import datetime as dt
>>> from detente.model import Dyad
>>> "gdelt-bq.gdeltv2.events" in gdelt_bigquery_sql(Dyad.parse("USA-PRK"), dt.date(2018, 6, 1), dt.date(2018, 6, 30))
True
"""

from __future__ import annotations

import datetime as dt
import re

from detente.errors import ConfigError
from detente.model import Dyad
from detente.store._engine import sql_literal

__all__ = ["DEFAULT_TABLE", "DUCKDB_PRELUDE", "GDELT2_TYPES", "gdelt_bigquery_sql"]

DEFAULT_TABLE = "gdelt-bq.gdeltv2.events"
#: what DuckDB needs to run the BigQuery text: BigQuery's PARSE_DATE
DUCKDB_PRELUDE = "CREATE OR REPLACE MACRO parse_date(fmt, s) AS CAST(strptime(s, fmt) AS DATE);"
#: the BigQuery types of the GDELT 2.0 columns the query reads (the rest are strings or unused)
GDELT2_TYPES: dict[str, str] = {
    "GLOBALEVENTID": "INT64", "SQLDATE": "INT64", "Actor1Code": "STRING", "Actor1Name": "STRING",
    "Actor1CountryCode": "STRING", "Actor1Type1Code": "STRING", "Actor2Code": "STRING", "Actor2Name": "STRING",
    "Actor2CountryCode": "STRING", "Actor2Type1Code": "STRING", "IsRootEvent": "INT64", "EventCode": "STRING",
    "EventRootCode": "STRING", "QuadClass": "INT64", "GoldsteinScale": "DOUBLE", "NumMentions": "INT64",
    "NumSources": "INT64", "NumArticles": "INT64", "AvgTone": "DOUBLE", "ActionGeo_FullName": "STRING",
    "SOURCEURL": "STRING",
}
_TABLE = re.compile(r"^[A-Za-z0-9_.\-]+$")


def _actor(n: str) -> str:
    return f"COALESCE(Actor{n}CountryCode || COALESCE(Actor{n}Type1Code, ''), Actor{n}Code, '')"


def gdelt_bigquery_sql(dyad: Dyad, start: dt.date, end: dt.date, *, table: str = DEFAULT_TABLE,
                       root_only: bool = False, quote_table: bool = True) -> str:
    """The query: GDELT events between the two countries of ``dyad`` (either direction) dated ``start`` to
    ``end``, as canonical event columns. ``quote_table=False`` leaves the table name bare (for DuckDB)."""
    if end < start:
        raise ConfigError(f"--from {start} is after --to {end}; swap them")
    if not _TABLE.match(table):
        raise ConfigError(f"table {table!r} is not a BigQuery table name like {DEFAULT_TABLE}")
    a, b = sql_literal(dyad.a), sql_literal(dyad.b)
    source = f"`{table}`" if quote_table else table
    root = "\n  AND IsRootEvent = 1" if root_only else ""
    return f"""-- detente: GDELT 2.0 events {dyad.a}-{dyad.b} (both directions), {start} to {end}, as canonical events
SELECT
  PARSE_DATE('%Y%m%d', CAST(SQLDATE AS STRING)) AS date,
  {_actor("1")} AS source,
  {_actor("2")} AS target,
  EventCode AS code,
  'gdelt' AS dataset,
  CAST(GLOBALEVENTID AS STRING) AS event_id,
  Actor1CountryCode AS source_country,
  Actor2CountryCode AS target_country,
  Actor1Name AS source_name,
  Actor2Name AS target_name,
  EventRootCode AS root,
  QuadClass AS quad_class,
  GoldsteinScale AS goldstein,
  NumMentions AS mentions,
  NumSources AS sources,
  NumArticles AS articles,
  AvgTone AS tone,
  ActionGeo_FullName AS location,
  SOURCEURL AS url,
  'GDELT 2.0 events' AS citation
FROM {source}
WHERE SQLDATE BETWEEN {start:%Y%m%d} AND {end:%Y%m%d}
  AND ((Actor1CountryCode = {a} AND Actor2CountryCode = {b})
    OR (Actor1CountryCode = {b} AND Actor2CountryCode = {a})){root}
ORDER BY date, event_id
"""
