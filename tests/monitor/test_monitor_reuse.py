"""What the watch keeps from one file to the next instead of making again: the parsing connection and the
reference tables on a connection (the rows stored the same as with fresh ones), and DuckDB's own checkpoint
threshold kept above the watch's, so that the cycle's checkpoint is the one that runs."""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb
from monitor_data import FEED, FeedMaker, RecordedFeed

import detente.ingest._engine as engine
from detente._monitor import WatchOptions, _size_bytes, watch_cycle
from detente.ingest import ingest_paths
from detente.ingest._normalise import install_macros
from detente.reference import reference_tables
from detente.store import EVENT_FIELDS, Store


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])


def test_the_reference_tables_are_written_once_and_again_when_gone() -> None:
    tables = reference_tables()
    con = duckdb.connect(":memory:")
    install_macros(con, tables)
    cameo, nearest = _count(con, "ref_cameo"), _count(con, "ref_nearest")
    assert cameo > 300 and nearest > 0
    # a second call on the same connection leaves the tables as they are (a row added here stays)
    con.execute("INSERT INTO ref_cameo SELECT * FROM ref_cameo LIMIT 1")
    install_macros(con, tables)
    assert _count(con, "ref_cameo") == cameo + 1
    # a table dropped is written again, whole
    con.execute("DROP TABLE ref_nearest")
    install_macros(con, tables)
    assert (_count(con, "ref_cameo"), _count(con, "ref_nearest")) == (cameo, nearest)
    assert con.execute("SELECT country_of('US')").fetchall() == [("USA",)]


def _stored(path: Path) -> list[tuple[object, ...]]:
    with Store.open(path, read_only=True) as s:
        fields = ", ".join(c for c in EVENT_FIELDS if c != "run_id")
        return s.con.execute(f"SELECT key, {fields} FROM events ORDER BY dataset, key").fetchall()


def test_files_parsed_on_the_kept_connection_store_what_a_fresh_one_stores(tmp_path: Path) -> None:
    """An export file and its mentions file ingested into one store with this thread's parsing connection kept
    from ingests before (of other files), and into another with a parsing connection opened for them: the same
    rows stored; the connection is one per thread."""
    stamps = ("20180602000000", "20180602001500")
    files = [FEED / f"{stamp}.{kind}.CSV.zip" for stamp in stamps for kind in ("export", "mentions")]
    kept, fresh = tmp_path / "kept.duckdb", tmp_path / "fresh.duckdb"
    with Store.open(kept) as s:
        for path in (FEED / "20180602003000.export.CSV.zip", FEED / "20180602003000.mentions.CSV.zip"):
            ingest_paths(s, "gdelt", [path], memory_limit=None)  # the parsing connection is used and kept
        s.con.execute("DELETE FROM events")
    held = engine._parser(0, reference_tables())
    with Store.open(kept) as s:
        for path in files:
            ingest_paths(s, "gdelt", [path], memory_limit=None)
    assert engine._parser(0, reference_tables()) is held
    engine._PARSERS.by_threads = {}  # the next ingest opens a parsing connection of its own
    with Store.open(fresh) as s:
        for path in files:
            ingest_paths(s, "gdelt", [path], memory_limit=None)
    assert engine._parser(0, reference_tables()) is not held
    rows = _stored(fresh)
    assert len(rows) > 100
    with Store.open(fresh, read_only=True) as s:  # the mentions files were parsed (their own dataset)
        assert s.con.execute("SELECT count(*) FROM events WHERE dataset = 'gdelt-mentions'").fetchall()[0][0] > 0
    assert _stored(kept) == rows
    other: list[duckdb.DuckDBPyConnection] = []
    worker = threading.Thread(target=lambda: other.append(engine._parser(0, reference_tables())))
    worker.start()
    worker.join()
    assert other and other[0] is not engine._parser(0, reference_tables())


def test_the_cycles_checkpoint_runs_before_duckdbs_own(store: Store, recorded: RecordedFeed,
                                                       make_feed: FeedMaker) -> None:
    def threshold() -> float:
        size = _size_bytes(str(store.con.execute("SELECT current_setting('checkpoint_threshold')").fetchall()[0][0]))
        assert size is not None
        return size

    assert threshold() < 20e6  # DuckDB's own: 16 MiB
    recorded.next_cycle()
    watch_cycle(store, make_feed(recorded), options=WatchOptions(checkpoint_log="24MB"))
    assert threshold() >= 47.5e6  # twice the log size (DuckDB shows it rounded, in MiB)
    store.con.execute("SET checkpoint_threshold = '1GB'")  # a higher threshold set before is kept
    recorded.next_cycle()
    watch_cycle(store, make_feed(recorded), options=WatchOptions(checkpoint_log="24MB"))
    assert threshold() >= 0.9e9
