"""The store as a Parquet archive: events in a hive-partitioned dataset, run metadata in a small DuckDB file.

Layout of an archive folder::

    ARCHIVE/
      catalog.duckdb                       meta, ingest_runs, quarantine, milestones, policy_periods
      events/dataset=D/year=Y/month=M/*.parquet

DuckDB reads the events in place (``read_parquet`` with ``hive_partitioning``): the store's ``events`` is a
temporary view over the files that shadows the empty ``events`` table of the catalog. An ingest stages its new
rows in a temporary table; when its transaction commits they are written as Parquet under ``.staging-RUN/``
beside ``events/`` and each file is renamed into its partition, so an interrupted ingest leaves no partial file
in ``events/`` (a crash between two renames can leave some of a run's whole files; its run stays unrecorded).
A dataset being replaced is moved aside to ``.trash-RUN/`` first and deleted after the commit.

An archive on object storage (``s3://bucket/archive/``, ``https://...``) opens read-only through DuckDB's
``httpfs`` extension: DuckDB reads the Parquet files and attaches the catalog in place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import uuid
from pathlib import Path

import duckdb

from detente.errors import StoreError
from detente.store._schema import EVENT_FIELDS

log = logging.getLogger(__name__)

__all__ = ["CATALOG", "CLUSTER_ORDER", "REMOTE_PREFIXES", "ArchiveLayout", "is_archive_path", "is_remote"]

CATALOG = "catalog.duckdb"
EVENTS_DIR = "events"
REMOTE_PREFIXES = ("s3://", "s3a://", "gs://", "gcs://", "r2://", "az://", "abfss://", "http://", "https://")
#: the columns of an archive's Parquet files (``dataset``, ``year`` and ``month`` live in the path)
FILE_COLUMNS: tuple[str, ...] = ("key", "run_id", *(f for f in EVENT_FIELDS if f != "dataset"))
#: rows are written in this order inside each partition: a dyad's rows sit together, so the Parquet readers
#: (DuckDB, Spark) skip the row groups of other dyads by their min/max statistics
CLUSTER_ORDER = "source_country, target_country, date, key"
ROW_GROUP_ROWS = 16_384
_HIVE_TYPES = "{'dataset': VARCHAR, 'year': INTEGER, 'month': INTEGER}"


def is_remote(path: str) -> bool:
    return path.lower().startswith(REMOTE_PREFIXES)


def is_archive_path(path: str) -> bool:
    """True when ``path`` names an archive folder: an existing folder, a path ending in ``/``, or a URL."""
    if path == ":memory:":
        return False
    return is_remote(path) or path.endswith(("/", os.sep)) or Path(path).is_dir()


class ArchiveLayout:
    """Where an archive's files live, and the SQL that reads and writes them."""

    def __init__(self, root: str) -> None:
        self.root = root.rstrip("/") if is_remote(root) else str(Path(root))
        self.remote = is_remote(root)

    @property
    def catalog(self) -> str:
        return f"{self.root}/{CATALOG}"

    @property
    def events_dir(self) -> str:
        return f"{self.root}/{EVENTS_DIR}"

    @property
    def glob(self) -> str:
        return f"{self.events_dir}/*/*/*/*.parquet"

    def has_files(self) -> bool:
        if self.remote:
            return True
        return any(Path(self.events_dir).glob("*/*/*/*.parquet"))

    def view_sql(self) -> str:
        """The temporary view ``events`` over the Parquet files, in the store's column order."""
        cols = ", ".join(["key", "run_id", *EVENT_FIELDS])
        glob = self.glob.replace("'", "''")
        return (f"CREATE OR REPLACE TEMP VIEW events AS SELECT {cols} FROM read_parquet('{glob}', "
                f"hive_partitioning = true, hive_types = {_HIVE_TYPES}, union_by_name = true)")

    def refresh_view(self, con: duckdb.DuckDBPyConnection) -> None:
        """Point ``events`` at the files present (the empty catalog table while there are none)."""
        if self.has_files():
            con.execute("SET parquet_metadata_cache = true")
            con.execute(self.view_sql())
        else:
            con.execute("DROP VIEW IF EXISTS temp.events")

    def write(self, con: duckdb.DuckDBPyConnection, relation_sql: str, *, tag: str) -> list[Path]:
        """Write the rows of ``relation_sql`` (the store's event columns with ``key`` and ``run_id``) as Parquet
        partitions under a staging folder, clustered by dyad (:data:`CLUSTER_ORDER`); returns the staged files (not
        yet visible)."""
        if self.remote:
            raise StoreError(f"the archive {self.root} is on object storage and read-only here; ingest into a "
                             "local archive and upload its files")
        staging = Path(self.root) / f".staging-{tag}"
        if staging.exists():
            shutil.rmtree(staging)
        cols = ", ".join(FILE_COLUMNS)
        target = str(staging).replace("'", "''")
        con.execute(
            f"COPY (SELECT {cols}, dataset, year(date) AS year, month(date) AS month FROM ({relation_sql}) "
            f"ORDER BY dataset, year, month, {CLUSTER_ORDER}) TO '{target}' "
            f"(FORMAT parquet, PARTITION_BY (dataset, year, month), FILENAME_PATTERN 'part-{tag}-{{i}}', "
            f"COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP_ROWS})"
        )
        return sorted(staging.rglob("*.parquet"))

    def publish(self, staged: list[Path], *, tag: str) -> int:
        """Rename staged files into ``events/`` (one atomic rename each); returns how many were published."""
        staging = Path(self.root) / f".staging-{tag}"
        events = Path(self.events_dir)
        for f in staged:
            rel = f.relative_to(staging)
            dest = events / rel.parent / f"part-{tag}-{uuid.uuid4().hex[:12]}.parquet"
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(f, dest)
        shutil.rmtree(staging, ignore_errors=True)
        return len(staged)

    def discard(self, *, tag: str) -> None:
        shutil.rmtree(Path(self.root) / f".staging-{tag}", ignore_errors=True)

    def set_aside(self, dataset: str, *, tag: str) -> Path | None:
        """Move a dataset's partitions out of ``events/`` (before its replacement is published)."""
        src = Path(self.events_dir) / f"dataset={dataset}"
        if not src.exists():
            return None
        trash = Path(self.root) / f".trash-{tag}"
        trash.mkdir(parents=True, exist_ok=True)
        dest = trash / src.name
        os.replace(src, dest)
        return dest

    def restore(self, moved: Path, dataset: str) -> None:
        with contextlib.suppress(OSError):
            os.replace(moved, Path(self.events_dir) / f"dataset={dataset}")

    def empty_trash(self, *, tag: str) -> None:
        shutil.rmtree(Path(self.root) / f".trash-{tag}", ignore_errors=True)


def connect_archive(layout: ArchiveLayout, *, read_only: bool,
                    config: dict[str, object]) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection on the archive's catalog (local) or attached over httpfs (remote, read-only)."""
    if layout.remote:
        if not read_only:
            raise StoreError(f"the archive {layout.root} is on object storage; open it read-only "
                             "(ingest into a local archive and upload its files)")
        con = duckdb.connect(":memory:", config=config)  # type: ignore[arg-type]
        try:
            con.execute("LOAD httpfs")
        except duckdb.Error:
            con.execute("INSTALL httpfs")
            con.execute("LOAD httpfs")
        catalog = layout.catalog.replace("'", "''")
        con.execute(f"ATTACH '{catalog}' AS catalog (READ_ONLY)")
        con.execute("USE catalog")
        return con
    root = Path(layout.root)
    if read_only and not (root / CATALOG).exists():
        raise StoreError(f"no archive at {root} (no {CATALOG}); create one with 'detente archive export {root}'")
    if not read_only:
        try:
            (root / EVENTS_DIR).mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create the archive folder {root}: {err}; pass another --store") from err
    return duckdb.connect(str(root / CATALOG), read_only=read_only, config=config)  # type: ignore[arg-type]
