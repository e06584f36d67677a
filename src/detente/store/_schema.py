"""The store's schema, its migrations, and the Arrow schema events travel in.

Version history:

1. events, quarantine, ingest_runs, milestones, policy_periods, meta.
2. ``ingest_runs.data_lines``: the input's data lines counted from its bytes (NULL for runs not read from a file
   of lines, and for runs recorded before version 2).
3. ``feed_files`` (each file of a live feed: its interval, status, attempts, error and ingest run) and ``alerts``
   (a dyad's online change-point flag raised in a period, with its probability and the events that moved it).
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 3

#: the Arrow schema of an events batch handed to the store (``key`` and ``run_id`` are filled by the store)
EVENT_ARROW_SCHEMA = pa.schema(
    [
        ("date", pa.date32()),
        ("source", pa.string()),
        ("target", pa.string()),
        ("code", pa.string()),
        ("dataset", pa.string()),
        ("event_id", pa.string()),
        ("source_country", pa.string()),
        ("target_country", pa.string()),
        ("source_name", pa.string()),
        ("target_name", pa.string()),
        ("root", pa.string()),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float32()),
        ("plover_event", pa.string()),
        ("plover_mode", pa.string()),
        ("plover_context", pa.string()),
        ("track", pa.string()),
        ("summary", pa.string()),
        ("mentions", pa.int32()),
        ("sources", pa.int32()),
        ("articles", pa.int32()),
        ("tone", pa.float32()),
        ("location", pa.string()),
        ("url", pa.string()),
        ("citation", pa.string()),
        ("prov_file", pa.string()),
        ("prov_row", pa.int64()),
        ("sentence", pa.string()),
        ("modality", pa.string()),
    ]
)

SQL_TYPES = {
    pa.date32(): "DATE",
    pa.string(): "VARCHAR",
    pa.int8(): "TINYINT",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float32(): "FLOAT",
}

EVENT_FIELDS: tuple[str, ...] = tuple(EVENT_ARROW_SCHEMA.names)

_EVENT_COLUMNS_SQL = ",\n    ".join(f"{f.name} {SQL_TYPES[f.type]}" for f in EVENT_ARROW_SCHEMA)

#: the content hash of model.content_hash, in SQL over a relation with the event columns
KEY_SQL = (
    "coalesce(nullif(event_id, ''), 'h' || substr(md5(concat_ws(chr(31), dataset, strftime(date, '%Y-%m-%d'), "
    "source, target, code, coalesce(location, ''), coalesce(nullif(summary, ''), sentence, ''), "
    "coalesce(url, ''))), 1, 20))"
)

MIGRATIONS: dict[int, str] = {
    1: f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE SEQUENCE IF NOT EXISTS ingest_run_seq START 1;
CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id INTEGER PRIMARY KEY,
    input VARCHAR NOT NULL,
    dataset VARCHAR NOT NULL,
    checksum VARCHAR,
    rows_read BIGINT NOT NULL DEFAULT 0,
    stored BIGINT NOT NULL DEFAULT 0,
    duplicate BIGINT NOT NULL DEFAULT 0,
    quarantined BIGINT NOT NULL DEFAULT 0,
    started TIMESTAMP NOT NULL,
    finished TIMESTAMP,
    status VARCHAR NOT NULL DEFAULT 'running'
);
CREATE TABLE IF NOT EXISTS events (
    key VARCHAR NOT NULL,
    run_id INTEGER,
    {_EVENT_COLUMNS_SQL}
);
CREATE TABLE IF NOT EXISTS quarantine (
    dataset VARCHAR NOT NULL,
    input VARCHAR NOT NULL,
    line BIGINT,
    raw VARCHAR,
    reason VARCHAR NOT NULL,
    raw_hash VARCHAR NOT NULL,
    run_id INTEGER
);
CREATE TABLE IF NOT EXISTS milestones (
    id VARCHAR PRIMARY KEY,
    date DATE NOT NULL,
    "end" DATE,
    dyad VARCHAR NOT NULL,
    track VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    level TINYINT NOT NULL,
    grade VARCHAR NOT NULL,
    channel TINYINT,
    summary VARCHAR NOT NULL,
    citation VARCHAR NOT NULL,
    dataset VARCHAR NOT NULL DEFAULT 'bundled'
);
CREATE TABLE IF NOT EXISTS policy_periods (
    id VARCHAR PRIMARY KEY,
    start DATE NOT NULL,
    "end" DATE,
    dyad VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    paradigm VARCHAR NOT NULL,
    contested BOOLEAN NOT NULL,
    justification VARCHAR NOT NULL,
    citation VARCHAR NOT NULL
);
""",
    2: "ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS data_lines BIGINT;",
    3: """
CREATE TABLE IF NOT EXISTS feed_files (
    name VARCHAR PRIMARY KEY,
    feed VARCHAR NOT NULL,
    stamp TIMESTAMP NOT NULL,
    kind VARCHAR NOT NULL,
    url VARCHAR NOT NULL,
    size BIGINT,
    md5 VARCHAR,
    status VARCHAR NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error VARCHAR,
    run_id INTEGER,
    rows_read BIGINT,
    stored BIGINT,
    updated TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
    id VARCHAR PRIMARY KEY,
    dyad VARCHAR NOT NULL,
    freq VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    probability DOUBLE NOT NULL,
    cxi DOUBLE,
    previous_cxi DOUBLE,
    events VARCHAR NOT NULL,
    trigger VARCHAR,
    as_of TIMESTAMP,
    created TIMESTAMP NOT NULL
);
""",
}
