from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import IngestError, SchemaError, StoreError, StoreLocked
from detente.model import Dyad, Event, Milestone
from detente.reference import enrich
from detente.store import EVENT_FIELDS, SCHEMA_VERSION, EventQuery, Store, events_to_arrow


def ev(day: str, src: str = "USAGOV", tgt: str = "PRKGOV", code: str = "036", **kw: object) -> Event:
    return enrich(Event(dt.date.fromisoformat(day), src, tgt, code, dataset="test", **kw))  # type: ignore[arg-type]


def test_new_store_has_current_schema(store_path: Path) -> None:
    with Store.open(store_path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.count() == 0
    with Store.open(store_path) as s:  # reopening migrates nothing and loses nothing
        assert s.schema_version() == SCHEMA_VERSION


def test_loading_twice_adds_nothing(store_path: Path) -> None:
    events = [ev("2018-06-12", summary="summit"), ev("2018-06-13", "PRKGOV", "USAGOV", "057", summary="deal")]
    with Store.open(store_path) as s:
        first = s.write_events(events, dataset="test", input="a.csv")
        second = s.write_events(events, dataset="test", input="a.csv")
        assert (first.stored, first.duplicate) == (2, 0)
        assert (second.stored, second.duplicate) == (0, 2)
        assert s.count() == 2
        runs = s.ingest_runs()
        assert [(r["rows_read"], r["stored"], r["duplicate"]) for r in runs] == [(2, 2, 0), (2, 0, 2)]


def test_duplicates_within_one_batch_are_counted(store_path: Path) -> None:
    e = ev("2018-06-12", event_id="same-id")
    with Store.open(store_path) as s:
        run = s.write_events([e, e, ev("2018-06-14", event_id="other")], dataset="test", input="b")
        assert (run.stored, run.duplicate) == (2, 1)


def test_same_event_in_two_datasets_is_kept_apart(store_path: Path) -> None:
    e = ev("2018-06-12", event_id="x")
    with Store.open(store_path) as s:
        s.write_events([e], dataset="gdelt", input="g")
        s.write_events([e], dataset="icews", input="i")
        assert s.count() == 2
        assert s.count(EventQuery(datasets=("icews",))) == 1


def test_quarantine_keeps_raw_row_and_reason_once(store_path: Path) -> None:
    with Store.open(store_path) as s:
        for _ in range(2):
            with s.ingest(input="bad.tab", dataset="icews") as run:
                run.count_read(2)
                run.add([ev("2018-01-01", event_id="ok")])
                run.reject(7, "raw\tline\t13y", "unknown CAMEO code '13y'")
        assert s.quarantine_count() == 1
        q = s.quarantine()[0]
        assert (q["line"], q["raw"], q["reason"]) == (7, "raw\tline\t13y", "unknown CAMEO code '13y'")
        assert [r["quarantined"] for r in s.ingest_runs()] == [1, 1]


def test_conservation_violation_stores_nothing(store_path: Path) -> None:
    with Store.open(store_path) as s:
        with pytest.raises(IngestError, match="rows read"), s.ingest(input="c", dataset="test") as run:
            run.count_read(5)
            run.add([ev("2018-01-01", event_id="a")])
        assert s.count() == 0
        assert s.ingest_runs()[-1]["status"] == "failed"


def test_error_midway_leaves_no_partial_input(store_path: Path) -> None:
    with Store.open(store_path) as s:
        s.write_events([ev("2017-01-01", event_id="kept")], dataset="test", input="earlier")
        with pytest.raises(RuntimeError), s.ingest(input="d", dataset="test") as run:
            run.add([ev("2018-01-01", event_id="b1")])
            raise RuntimeError("parser died")
        assert [e.event_id for e in s.events()] == ["kept"]


def test_newer_schema_is_refused(store_path: Path) -> None:
    with Store.open(store_path) as s:
        s.set_meta("schema_version", "99")
    with pytest.raises(SchemaError, match="upgrade detente"):
        Store.open(store_path)


def test_not_a_store(tmp_path: Path) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="--store"):
        Store.open(junk)
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_read_only_store_must_exist(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "absent.duckdb", read_only=True)


def test_second_writer_gets_a_clear_message(store_path: Path) -> None:
    Store.open(store_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb,sys,time; c=duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(30)",
         str(store_path)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked, match="another process"):
            Store.open(store_path)
    finally:
        holder.kill()
        holder.wait()


def test_milestones_round_trip(store_path: Path) -> None:
    ms = [Milestone(dt.date(2018, 6, 12), "USA-PRK", "peace", "summit", 3, "B", "Singapore summit", "src",
                    channel=3),
          Milestone(dt.date(2018, 5, 24), "USA-PRK", "denuclearization", "site-dismantlement", 1, "C", "x", "y",
                    end=dt.date(2019, 1, 1))]
    with Store.open(store_path) as s:
        s.replace_milestones(ms)
        s.replace_milestones(ms)  # replacing is idempotent
        got = s.milestones(dyad=Dyad.parse("PRK-USA"))
        assert sorted(got, key=lambda m: m.date) == sorted(ms, key=lambda m: m.date)
        assert [m.kind for m in s.milestones(track="peace")] == ["summit"]


_names = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
_event = st.builds(
    Event,
    date=st.dates(min_value=dt.date(1979, 1, 1), max_value=dt.date(2030, 12, 31)),
    source=st.sampled_from(["USAGOV", "PRKGOV", "PRKMIL", "USA", "KORGOV", "CHN"]),
    target=st.sampled_from(["USAGOV", "PRKGOV", "USAMIL", "PRK", "JPN"]),
    code=st.sampled_from(["010", "036", "0431", "057", "111", "138", "150", "163", "190"]),
    dataset=st.just("prop"),
    event_id=st.none() | st.uuids().map(str),
    source_name=st.none() | _names,
    quad_class=st.none() | st.integers(1, 4),
    goldstein=st.none() | st.floats(-10, 10, allow_nan=False).map(lambda x: round(x, 1)),
    track=st.sampled_from(["peace", "denuclearization", "tension", "other"]),
    summary=st.none() | _names,
    mentions=st.none() | st.integers(0, 10_000),
    sources=st.none() | st.integers(0, 1000),
    tone=st.none() | st.floats(-100, 100, allow_nan=False).map(lambda x: round(x, 2)),
    url=st.none() | _names,
    prov_row=st.none() | st.integers(0, 10**9),
    modality=st.sampled_from(["occurred", "intended", "hypothetical", "negated"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=st.lists(_event, max_size=25))
def test_round_trip_is_lossless(events: list[Event]) -> None:
    with Store.open(":memory:") as s:
        run = s.write_events(events, dataset="prop", input="p")
        back = s.events()
        # what the store keeps is exactly the distinct events by key, field for field
        distinct = {e.key: e for e in reversed(events)}
        assert run.stored == len(distinct) == len(back)
        assert run.stored + run.duplicate == len(events)
        assert sorted(back, key=lambda e: e.key) == sorted(
            (next(x for x in events if x.key == k) for k in distinct), key=lambda e: e.key
        )
        # and re-loading the same events adds nothing
        assert s.write_events(events, dataset="prop", input="p").stored == 0


def test_arrow_batches_are_conformed(store_path: Path) -> None:
    table = pa.table({"date": pa.array([dt.date(2019, 2, 27)], pa.date32()), "source": ["USAGOV"],
                      "target": ["PRKGOV"], "code": ["046"], "event_id": ["hanoi"], "goldstein": [7.0]})
    with Store.open(store_path) as s, s.ingest(input="t", dataset="arrow") as run:
        run.count_read(1)
        assert run.add(table) == 1
    with Store.open(store_path) as s:
        (e,) = s.events()
        assert (e.dataset, e.track, e.modality, e.root, e.goldstein) == ("arrow", "other", "occurred", "04", 7.0)
    assert set(events_to_arrow([]).column_names) == set(EVENT_FIELDS)


def test_linked_datasets_count_only_when_named(store_path: Path) -> None:
    event = ev("2018-06-12", event_id="g1")
    with Store.open(store_path) as s:
        s.write_events([event], dataset="gdelt", input="export")
        s.write_events([ev("2018-06-12", event_id="g1-mention-1")], dataset="gdelt-mentions", input="mentions")
        assert s.count() == 1  # the mention repeats the event: not counted twice by default
        assert s.count(EventQuery(datasets=("gdelt-mentions",))) == 1
        assert s.count(EventQuery(datasets=("gdelt", "gdelt-mentions"))) == 2
