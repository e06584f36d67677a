"""The store's schema and opening rules: the content hash in SQL (``KEY_SQL``) equals ``model.content_hash``; the
schema version, migration from an older version (a blank file, and a simulated next version) and its rollback;
files that are not detente stores or are damaged give a :class:`StoreError` that says what to do; a store opened
read-only refuses every write.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections.abc import Callable
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import detente.store._duckdb as store_module
from detente.errors import SchemaError, StoreError
from detente.model import Event, Milestone, content_hash
from detente.store import EVENT_ARROW_SCHEMA, EVENT_FIELDS, SCHEMA_VERSION, Store, arrow_to_events, events_to_arrow
from detente.store._schema import KEY_SQL, MIGRATIONS

TABLES = {"meta", "ingest_runs", "events", "quarantine", "milestones", "policy_periods", "feed_files", "alerts"}


_CON = duckdb.connect()


def sql_keys(events: list[Event]) -> list[str]:
    """KEY_SQL evaluated by DuckDB over the events as the store receives them."""
    _CON.register("_b", events_to_arrow(events))
    try:
        return [str(r[0]) for r in _CON.execute(f"SELECT {KEY_SQL} FROM _b").fetchall()]
    finally:
        _CON.unregister("_b")


def tables_of(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {str(r[0]) for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    finally:
        con.close()


# -- the content hash ---------------------------------------------------------------------------------------

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
_hashed = st.builds(
    Event,
    date=st.dates(),  # years 1 to 9999: both sides write four digits
    source=_text,
    target=_text,
    code=_text,
    dataset=_text,
    event_id=st.none(),
    location=st.none() | _text,
    summary=st.none() | _text.filter(bool),  # an empty summary is pinned separately below
    sentence=st.none() | _text,
    url=st.none() | _text,
)


@settings(max_examples=60, deadline=None)
@given(events=st.lists(_hashed, min_size=1, max_size=8))
def test_the_sql_hash_equals_pythons(events: list[Event]) -> None:
    assert sql_keys(events) == [content_hash(e) for e in events] == [e.key for e in events]


@settings(max_examples=25, deadline=None)
@given(ids=st.lists(_text.filter(bool), min_size=1, max_size=10))
def test_an_own_id_is_the_key_in_both(ids: list[str]) -> None:
    events = [Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "036", dataset="t", event_id=i) for i in ids]
    assert sql_keys(events) == ids == [e.key for e in events]


def test_the_store_keys_events_by_the_python_hash() -> None:
    events = [Event(dt.date(2018, 6, d), "USAGOV", "PRKGOV", "036", dataset="t", summary=s, sentence=t,
                    location=loc, url=u)
              for d, s, t, loc, u in [(1, "a", None, None, None), (2, None, "sentence", "Seoul", None),
                                      (3, None, None, None, "https://x"), (4, "ä ü 平壤", "s", "", "")]]
    with Store.open(":memory:") as s:
        s.write_events(events, dataset="t", input="x")
        assert sorted(s.events_arrow().column("key").to_pylist()) == sorted(e.key for e in events)


def test_the_hash_covers_the_documented_fields_only() -> None:
    base = Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "036", dataset="t", summary="s")
    # the hash is 'h' and the first 20 hex digits of an MD5
    assert len(base.key) == 21 and base.key[0] == "h" and int(base.key[1:], 16) >= 0
    assert content_hash(dataclasses.replace(base, dataset="u")) != base.key
    assert content_hash(dataclasses.replace(base, mentions=5, tone=1.0, track="peace")) == base.key


def test_an_empty_summary_hashes_alike() -> None:
    e = Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "036", dataset="t", summary="", sentence="They met.")
    assert sql_keys([e]) == [e.key]


def test_an_empty_event_id_falls_back_to_the_hash() -> None:
    events = [Event(dt.date(2018, 6, d), "USAGOV", "PRKGOV", "036", dataset="t", event_id="") for d in (1, 2)]
    with Store.open(":memory:") as s:
        run = s.write_events(events, dataset="t", input="x")
        assert run.stored == 2
        assert sorted(s.events_arrow().column("key").to_pylist()) == sorted(e.key for e in events)


# -- the schema ---------------------------------------------------------------------------------------------


def test_the_event_columns_are_the_event_fields_with_their_types(store_path: Path) -> None:
    assert tuple(f.name for f in dataclasses.fields(Event)) == EVENT_FIELDS
    assert events_to_arrow([]).schema == EVENT_ARROW_SCHEMA
    Store.open(store_path).close()
    con = duckdb.connect(str(store_path), read_only=True)
    columns = dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'events' "
                               "ORDER BY column_index").fetchall())
    con.close()
    assert list(columns) == ["key", "run_id", *EVENT_FIELDS]
    sql = {pa.date32(): "DATE", pa.string(): "VARCHAR", pa.int8(): "TINYINT", pa.int32(): "INTEGER",
           pa.int64(): "BIGINT", pa.float32(): "FLOAT"}
    assert {f.name: sql[f.type] for f in EVENT_ARROW_SCHEMA} == {k: v for k, v in columns.items() if k in EVENT_FIELDS}


def test_a_new_store_has_every_table_and_the_current_version(store_path: Path) -> None:
    with Store.open(store_path) as s:
        assert s.schema_version() == SCHEMA_VERSION == max(MIGRATIONS)
        assert s.meta("schema_version") == str(SCHEMA_VERSION)
    assert tables_of(store_path) == TABLES


def test_the_folder_of_a_new_store_is_made(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.duckdb"
    Store.open(path).close()
    assert path.is_file()


def test_meta_values_round_trip(store_path: Path) -> None:
    with Store.open(store_path) as s:
        assert s.meta("bundled_version") is None
        s.set_meta("bundled_version", "1")
        s.set_meta("bundled_version", "2")  # replaced, not added
    with Store.open(store_path, read_only=True) as s:
        assert s.meta("bundled_version") == "2"
        assert s.schema_version() == SCHEMA_VERSION


def test_a_blank_duckdb_file_is_migrated_from_version_zero(store_path: Path) -> None:
    duckdb.connect(str(store_path)).close()
    upgrade = rf"needs a schema upgrade \(v0 -> v{SCHEMA_VERSION}\); open it once for writing"
    with pytest.raises(SchemaError, match=upgrade):
        Store.open(store_path, read_only=True)
    with Store.open(store_path) as s:
        assert s.schema_version() == SCHEMA_VERSION
    assert tables_of(store_path) == TABLES


def test_a_meta_table_without_a_version_is_version_zero(store_path: Path) -> None:
    con = duckdb.connect(str(store_path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('note', 'kept')")
    con.close()
    with Store.open(store_path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.meta("note") == "kept"


def _next_version(monkeypatch: pytest.MonkeyPatch, sql: str) -> None:
    """Pretend this detente has the next schema version, reached by ``sql``."""
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(store_module, "MIGRATIONS", {**MIGRATIONS, SCHEMA_VERSION + 1: sql})


def _store_with_one_event(path: Path) -> None:
    with Store.open(path) as s:
        s.write_events([Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "036", dataset="t", event_id="x")],
                       dataset="t", input="x")


def test_an_older_store_is_migrated_step_by_step(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _store_with_one_event(store_path)
    _next_version(monkeypatch, "ALTER TABLE events ADD COLUMN extra VARCHAR; CREATE TABLE notes (x INTEGER);")
    with pytest.raises(SchemaError, match=rf"v{SCHEMA_VERSION} -> v{SCHEMA_VERSION + 1}"):  # read-only cannot migrate
        Store.open(store_path, read_only=True)
    with Store.open(store_path) as s:
        assert s.schema_version() == SCHEMA_VERSION + 1
        assert s.count() == 1  # nothing lost on the way
        columns = {str(r[0]) for r in s.con.execute("DESCRIBE events").fetchall()}
        assert "extra" in columns
    assert tables_of(store_path) == TABLES | {"notes"}
    blank = store_path.with_name("blank.duckdb")  # from nothing, every migration runs in order
    with Store.open(blank) as s:
        assert s.schema_version() == SCHEMA_VERSION + 1
    assert tables_of(blank) == TABLES | {"notes"}


def test_a_failing_migration_changes_nothing(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _store_with_one_event(store_path)
    _next_version(monkeypatch, "CREATE TABLE notes (x INTEGER); SELECT * FROM no_such_table;")
    with pytest.raises(duckdb.CatalogException):
        Store.open(store_path)
    gc.collect()  # the half-opened connection
    monkeypatch.undo()
    with Store.open(store_path) as s:
        assert s.schema_version() == SCHEMA_VERSION and s.count() == 1
    assert tables_of(store_path) == TABLES


# -- files that are not detente stores ----------------------------------------------------------------------


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _truncated(path: Path) -> None:
    _store_with_one_event(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damaged_version(path: Path) -> None:
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = 'one' WHERE key = 'schema_version'")
    con.close()


def _foreign_meta(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (id INTEGER, label VARCHAR)")
    con.close()


DAMAGED: dict[str, tuple[Callable[[Path], None], type[StoreError], str]] = {
    "an empty file": (lambda p: _write(p, b""), StoreError, "cannot open the store"),
    "random bytes": (lambda p: _write(p, bytes(range(256)) * 64), StoreError, "cannot open the store"),
    "a text file": (lambda p: _write(p, b"date,source,target\n2018-06-12,USA,PRK\n"), StoreError,
                    "cannot open the store"),
    "half a store": (_truncated, StoreError, "--store"),
    "a damaged version": (_damaged_version, SchemaError, "damaged schema version 'one'"),
    "a meta table of another shape": (_foreign_meta, SchemaError, "not a detente store"),
}


@pytest.mark.parametrize(("case", "read_only"), [(c, c in ("random bytes", "half a store", "a damaged version"))
                                                 for c in sorted(DAMAGED)]
                         + [("a damaged version", False), ("a meta table of another shape", True)])
def test_a_file_that_is_no_store_gives_a_store_error(store_path: Path, case: str, read_only: bool) -> None:
    make, kind, words = DAMAGED[case]
    make(store_path)
    before = store_path.read_bytes()
    with pytest.raises(kind, match=words) as caught:
        Store.open(store_path, read_only=read_only)
    message = str(caught.value)
    assert "\n" not in message and "--store" in message and str(store_path.name) in message
    assert store_path.read_bytes() == before  # refused, not repaired


def test_a_foreign_duckdb_file_is_refused_read_only_and_its_data_kept(store_path: Path) -> None:
    con = duckdb.connect(str(store_path))
    con.execute("CREATE TABLE prices (day DATE, price DOUBLE)")
    con.execute("INSERT INTO prices VALUES (DATE '2018-06-12', 1.5), (DATE '2018-06-13', 2.5)")
    con.close()
    with pytest.raises(SchemaError, match="needs a schema upgrade"):
        Store.open(store_path, read_only=True)
    with Store.open(store_path) as s:  # opened for writing it gains detente's tables; the user's stay as they were
        assert s.count() == 0
        assert s.con.execute("SELECT sum(price), count(*) FROM prices").fetchall() == [(4.0, 2)]


# -- read-only ----------------------------------------------------------------------------------------------

_EVENT = Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "036", dataset="t", event_id="y")

WRITES: dict[str, Callable[[Store], object]] = {
    "write_events": lambda s: s.write_events([_EVENT], dataset="t", input="y"),
    "replace_dataset_events": lambda s: s.replace_dataset_events([_EVENT], dataset="t", input="y"),
    "ingest": lambda s: s.ingest(input="y", dataset="t").__enter__(),
    "cluster": lambda s: s.cluster(),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_a_read_only_store_refuses_writes(store_path: Path, write: str) -> None:
    _store_with_one_event(store_path)
    before = store_path.read_bytes()
    with Store.open(store_path, read_only=True) as s:
        with pytest.raises(StoreError, match="opened read-only; open it for writing"):
            WRITES[write](s)
        assert s.count() == 1 and len(s.ingest_runs()) == 1
    assert store_path.read_bytes() == before


_MILESTONE = Milestone(dt.date(2018, 6, 12), "USA-PRK", "peace", "summit", 3, "B", "summit", "src")


@pytest.mark.parametrize("write", ["replace_milestones", "set_meta"])
def test_a_read_only_store_refuses_ledger_and_meta_writes_with_a_store_error(store_path: Path, write: str) -> None:
    _store_with_one_event(store_path)
    with Store.open(store_path, read_only=True) as s, pytest.raises(StoreError, match="read-only"):
        if write == "replace_milestones":
            s.replace_milestones([_MILESTONE])
        else:
            s.set_meta("k", "v")


def test_arrow_to_events_rounds_single_precision_back() -> None:
    # Goldstein and tone travel as FLOAT: 3.4 comes back as 3.4, not 3.4000000953674316
    events = [dataclasses.replace(_EVENT, goldstein=3.4, tone=-1.2345), dataclasses.replace(_EVENT, event_id="z")]
    table = events_to_arrow(events)
    assert table.column("goldstein").to_pylist()[0] != 3.4  # the float32 value itself is not 3.4
    assert arrow_to_events(table) == events
    keyed = table.add_column(0, "key", pa.array(["y", "z"]))  # extra columns are ignored
    assert arrow_to_events(keyed) == events


def test_a_version_1_store_gains_line_counts_and_keeps_its_runs(store_path: Path) -> None:
    from detente.store._check import check_store

    con = duckdb.connect(str(store_path))
    con.execute(MIGRATIONS[1])
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO ingest_runs VALUES (1, 'old.tab', 'icews', NULL, 0, 0, 0, 0, now(), now(), 'ok')")
    con.close()
    with Store.open(store_path) as s:
        assert s.schema_version() == SCHEMA_VERSION >= 2
        [run] = s.ingest_runs()
        assert run["input"] == "old.tab" and run["data_lines"] is None
        line_count = {c.name: c for c in check_store(s).checks}["line_count"]
        assert line_count.ok and "recorded before line counts" in line_count.detail
