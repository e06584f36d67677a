"""Writing the store: upserts by (dataset, key) with overlapping loads, the ingest-run record and its conservation
(rows read = stored + duplicate + quarantined), quarantined rows with their raw text and reason, one input as one
transaction (a failing batch keeps nothing), replacing a dataset, and importing canonical event files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import IngestError, SourceNotFound, StoreError
from detente.model import Event
from detente.store import EventQuery, Store, events_to_arrow, export_archive, import_archive


def ev(day: int, *, src: str = "USAGOV", tgt: str = "PRKGOV", code: str = "036", dataset: str = "t",
       **kw: Any) -> Event:
    return Event(dt.date(2018, 6, 1) + dt.timedelta(days=day), src, tgt, code, dataset=dataset, **kw)


def conserved(run: dict[str, Any]) -> bool:
    return bool(run["rows_read"] == run["stored"] + run["duplicate"] + run["quarantined"])


def assert_every_ok_run_conserved(store: Store) -> None:
    runs = store.ingest_runs()
    assert runs
    for r in runs:
        if r["status"] == "ok":
            assert conserved(r), r


# -- upserts ------------------------------------------------------------------------------------------------


def test_a_partly_overlapping_load_adds_only_the_new_events() -> None:
    a = [ev(d, summary=f"s{d}") for d in range(5)]
    b = a[3:] + [ev(d, summary=f"s{d}") for d in range(5, 8)]  # 2 already stored, 3 new
    with Store.open(":memory:") as s:
        first = s.write_events(a, dataset="t", input="a")
        second = s.write_events(b, dataset="t", input="b")
        third = s.write_events(a + b, dataset="t", input="a+b")
        assert (first.stored, first.duplicate) == (5, 0)
        assert (second.stored, second.duplicate) == (3, 2)
        assert (third.stored, third.duplicate) == (0, 10)
        assert s.count() == 8
        assert {e.summary for e in s.events()} == {f"s{d}" for d in range(8)}
        assert [(r["stored"], r["duplicate"]) for r in s.ingest_runs()] == [(5, 0), (3, 2), (0, 10)]
        assert_every_ok_run_conserved(s)


def test_a_duplicate_keeps_the_first_stored_version() -> None:
    with Store.open(":memory:") as s:
        s.write_events([ev(1, event_id="e1", summary="first", mentions=1)], dataset="t", input="a")
        run = s.write_events([ev(1, event_id="e1", summary="second", mentions=9)], dataset="t", input="b")
        assert (run.stored, run.duplicate) == (0, 1)
        (kept,) = s.events()
        assert (kept.summary, kept.mentions) == ("first", 1)


#: one field changed on an event without its own id: does the store take it as a new event?
HASH_FIELDS: list[tuple[str, object, bool]] = [
    ("date", dt.date(2018, 6, 3), True),
    ("source", "USAMIL", True),
    ("target", "PRKMIL", True),
    ("code", "057", True),
    ("location", "Singapore", True),
    ("summary", "another summary", True),
    ("url", "https://example.org/x", True),
    ("sentence", "a sentence", False),  # the summary is set, so the sentence is not hashed
    ("mentions", 42, False),
    ("goldstein", -5.0, False),
    ("tone", 3.5, False),
    ("track", "peace", False),
    ("citation", "another source", False),
    ("source_name", "Mike Pompeo", False),
    ("modality", "intended", False),
]


def test_which_fields_make_an_event_new() -> None:
    base = ev(1, summary="talks", location="Seoul")
    with Store.open(":memory:") as s, s.ingest(input="x", dataset="t") as run:
        assert run.add([base]) == 1
        # each changed copy differs from the base in one field, so the new ones differ from each other too
        got = {field: run.add([dataclasses.replace(base, **{field: value})]) for field, value, _ in HASH_FIELDS}
    assert got == {field: int(new) for field, _, new in HASH_FIELDS}
    assert (run.stored, run.duplicate) == (1 + sum(n for *_, n in HASH_FIELDS), sum(not n for *_, n in HASH_FIELDS))


_pool = [ev(d % 9, code=("036", "057", "190")[d % 3], summary=f"n{d % 7}",
            event_id=None if d % 2 else f"id{d % 11}") for d in range(40)]
_datasets = itertools.count()


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        yield s


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.lists(st.sampled_from(_pool), max_size=20), second=st.lists(st.sampled_from(_pool), max_size=20))
def test_overlapping_loads_store_each_key_once(shared_store: Store, first: list[Event], second: list[Event]) -> None:
    ds = f"p{next(_datasets)}"  # a dataset of its own for each example: the store is shared
    first = [dataclasses.replace(e, dataset=ds) for e in first]
    second = [dataclasses.replace(e, dataset=ds) for e in second]
    keys1 = {e.key for e in first}
    keys2 = {e.key for e in second}
    s = shared_store
    r1 = s.write_events(first, dataset=ds, input="1")
    r2 = s.write_events(second, dataset=ds, input="2")
    assert r1.stored == len(keys1) and r1.duplicate == len(first) - len(keys1)
    assert r2.stored == len(keys2 - keys1) and r2.duplicate == len(second) - len(keys2 - keys1)
    q = EventQuery(datasets=(ds,))
    assert s.count(q) == len(keys1 | keys2)
    assert sorted(s.events_arrow(q).column("key").to_pylist()) == sorted(keys1 | keys2)
    for rec, n in zip(s.ingest_runs()[-2:], (len(first), len(second)), strict=True):
        assert (rec["dataset"], rec["rows_read"], rec["status"]) == (ds, n, "ok") and conserved(rec)


# -- the run record -----------------------------------------------------------------------------------------


def test_run_records_name_their_input_and_number_runs_in_order() -> None:
    with Store.open(":memory:") as s:
        with s.ingest(input="events.tab", dataset="icews", checksum="sha256:abc") as run:
            run.count_read(4)
            run.add([ev(1, dataset="icews", event_id="1"), ev(2, dataset="icews", event_id="2")])
            run.add([ev(2, dataset="icews", event_id="2")])
            run.reject(4, "bad\trow", "wrong column count")
        s.write_events([ev(3, event_id="3")], dataset="gdelt", input="export.CSV")
        a, b = s.ingest_runs()
    assert (a["run_id"], a["input"], a["dataset"], a["checksum"], a["status"]) == (
        1, "events.tab", "icews", "sha256:abc", "ok")
    assert (a["rows_read"], a["stored"], a["duplicate"], a["quarantined"]) == (4, 2, 1, 1)
    assert (b["run_id"], b["input"], b["dataset"], b["checksum"]) == (2, "export.CSV", "gdelt", None)
    for r in (a, b):
        assert isinstance(r["started"], dt.datetime) and r["started"] <= r["finished"]
    assert a["finished"] <= b["started"]


def test_the_run_object_agrees_with_its_record() -> None:
    with Store.open(":memory:") as s:
        run = s.write_events([ev(1), ev(1), ev(2)], dataset="t", input="x")
        (rec,) = s.ingest_runs()
    assert (run.run_id, run.rows_read, run.stored, run.duplicate, run.quarantined) == (
        rec["run_id"], rec["rows_read"], rec["stored"], rec["duplicate"], rec["quarantined"]) == (1, 3, 2, 1, 0)


def test_rows_read_defaults_to_what_was_handled() -> None:
    with Store.open(":memory:") as s:
        with s.ingest(input="x", dataset="t") as run:  # a reader that never calls count_read
            run.add([ev(1), ev(2), ev(2)])
            run.reject(None, "junk", "not an event")
        (rec,) = s.ingest_runs()
    assert (rec["rows_read"], rec["stored"], rec["duplicate"], rec["quarantined"]) == (4, 2, 1, 1)


@pytest.mark.parametrize("read", [1, 2, 4])
def test_a_run_that_does_not_add_up_keeps_nothing(read: int) -> None:
    with Store.open(":memory:") as s:
        with pytest.raises(IngestError, match=f"{read} rows read but 2 stored"), s.ingest(input="x", dataset="t") as r:
            r.count_read(read)
            r.add([ev(1), ev(2)])
            r.reject(9, "junk", "not an event")
        assert s.count() == 0 and s.quarantine_count() == 0
        (rec,) = s.ingest_runs()
        assert (rec["status"], rec["stored"], rec["duplicate"], rec["rows_read"]) == ("failed", 0, 0, read)


def test_an_empty_input_is_an_ok_run_of_zeros() -> None:
    with Store.open(":memory:") as s:
        run = s.write_events([], dataset="t", input="empty")
        (rec,) = s.ingest_runs()
        assert (run.stored, rec["rows_read"], rec["stored"], rec["status"]) == (0, 0, 0, "ok")
        with s.ingest(input="empty-batch", dataset="t") as r:
            assert r.add([]) == 0 and r.add(events_to_arrow([])) == 0


def test_record_batches_and_tables_are_both_accepted() -> None:
    table = events_to_arrow([ev(1, event_id="a"), ev(2, event_id="b")])
    with Store.open(":memory:") as s:
        with s.ingest(input="x", dataset="t") as run:
            assert run.add(table.to_batches()[0]) == 2
            assert run.add(table) == 0
        assert (run.stored, run.duplicate) == (2, 2)


# -- one input, one transaction --------------------------------------------------------------------------


def _bad_batch() -> pa.Table:
    return pa.table({"date": ["not a date"], "source": ["USAGOV"], "target": ["PRKGOV"], "code": ["036"]})


def test_a_failing_batch_rolls_back_the_whole_input() -> None:
    with Store.open(":memory:") as s:
        s.write_events([ev(0, event_id="old")], dataset="t", input="earlier")
        with pytest.raises(pa.ArrowInvalid), s.ingest(input="broken", dataset="t") as run:
            run.count_read(3)
            assert run.add([ev(1, event_id="new1"), ev(2, event_id="new2")]) == 2  # in the transaction
            run.reject(3, "raw", "reason")
            run.add(_bad_batch())
        assert [e.event_id for e in s.events()] == ["old"]
        assert s.quarantine_count() == 0
        assert [(r["input"], r["status"], r["stored"], r["duplicate"]) for r in s.ingest_runs()] == [
            ("earlier", "ok", 1, 0), ("broken", "failed", 0, 0)]
        # the store is usable at once, and the failed input loads in full when retried
        again = s.write_events([ev(1, event_id="new1"), ev(2, event_id="new2")], dataset="t", input="broken")
        assert (again.run_id, again.stored) == (3, 2)
        assert s.count() == 3
        assert_every_ok_run_conserved(s)


def test_an_interrupt_also_rolls_back() -> None:
    with Store.open(":memory:") as s:
        with pytest.raises(KeyboardInterrupt), s.ingest(input="x", dataset="t") as run:
            run.add([ev(1)])
            raise KeyboardInterrupt
        assert s.count() == 0
        assert s.ingest_runs()[0]["status"] == "failed"


def test_a_failed_run_keeps_no_quarantine_even_past_the_flush_size() -> None:
    # more than 10,000 rejected rows are written to the quarantine table during the run; a failure must still
    # take them back
    with Store.open(":memory:") as s:
        with pytest.raises(RuntimeError), s.ingest(input="big", dataset="t") as run:
            for i in range(10_001):
                run.reject(i, f"row {i}", "bad")
            raise RuntimeError("reader died")
        assert s.quarantine_count() == 0
        with s.ingest(input="big", dataset="t") as run:
            for i in range(10_001):
                run.reject(i, f"row {i}", "bad")
        assert s.quarantine_count() == 10_001
        assert s.ingest_runs()[-1]["quarantined"] == 10_001
        assert_every_ok_run_conserved(s)


def test_a_failed_run_record_counts_nothing_kept() -> None:
    with Store.open(":memory:") as s:
        with pytest.raises(RuntimeError), s.ingest(input="x", dataset="t") as run:
            run.add([ev(1)])
            run.reject(2, "raw", "reason")
            raise RuntimeError("reader died")
        (rec,) = s.ingest_runs()
        assert s.quarantine_count() == 0
        assert (rec["stored"], rec["duplicate"], rec["quarantined"]) == (0, 0, 0)


# -- quarantine ---------------------------------------------------------------------------------------------

RAW = [
    (1, "20180612\tUSA\tPRK\t13y", "unknown CAMEO code '13y'"),
    (2, "a line with 'quotes', \"double quotes\" and a backslash \\", "wrong column count (4, expected 58)"),
    (3, "Пхеньян\t平壤\t평양 — ünïcödé", "date out of range"),
    (4, "", "empty line"),
    (5, "x" * 5000, "line too long"),
]


def test_quarantined_rows_keep_their_raw_text_and_reason() -> None:
    with Store.open(":memory:") as s:
        with s.ingest(input="file.tab", dataset="icews") as run:
            for line, raw, reason in RAW:
                run.reject(line, raw, reason)
        got = s.quarantine()
        assert [(q["line"], q["raw"], q["reason"]) for q in got] == RAW
        assert {(q["dataset"], q["input"]) for q in got} == {("icews", "file.tab")}
        assert s.ingest_runs()[0]["quarantined"] == len(RAW)


def test_quarantine_is_kept_once_per_dataset_input_line_and_text() -> None:
    with Store.open(":memory:") as s:
        for dataset, input_name, line, raw in [
            ("icews", "a", 1, "row"),
            ("icews", "a", 1, "row"),  # the same again: not stored twice
            ("icews", "a", 2, "row"),  # the same text on another line
            ("icews", "b", 1, "row"),  # another input
            ("gdelt", "a", 1, "row"),  # another dataset
            ("icews", "a", 1, "other row"),  # other text on the same line
            ("icews", "a", None, "row"),  # no line number
            ("icews", "a", None, "row"),
        ]:
            with s.ingest(input=input_name, dataset=dataset) as run:
                run.reject(line, raw, "bad")
        assert s.quarantine_count() == 6
        assert sum(r["quarantined"] for r in s.ingest_runs()) == 8  # every run counts what it rejected


def test_quarantine_listing_is_ordered_and_limited() -> None:
    with Store.open(":memory:") as s:
        for dataset, input_name in [("polecat", "z"), ("gdelt", "b"), ("gdelt", "a")]:
            with s.ingest(input=input_name, dataset=dataset) as run:
                for line in (3, 1, 2):
                    run.reject(line, f"{dataset}/{input_name}/{line}", "bad")
        listed = [(q["dataset"], q["input"], q["line"]) for q in s.quarantine()]
        assert listed == sorted(listed) and len(listed) == 9
        assert [(q["dataset"], q["input"], q["line"]) for q in s.quarantine(limit=4)] == listed[:4]
        assert s.quarantine_count() == 9


def test_a_raw_line_that_is_not_valid_text_is_still_quarantined() -> None:
    raw = b"GDELT\tline\t\xff\xfe".decode("utf-8", "surrogateescape")  # as a reader decoding bad bytes gives it
    with Store.open(":memory:") as s:
        with s.ingest(input="bad.CSV", dataset="gdelt") as run:
            run.reject(7, raw, "not UTF-8")
        (q,) = s.quarantine()
        assert q["line"] == 7 and q["reason"] == "not UTF-8"
        assert q["raw"].startswith("GDELT\tline\t") and len(q["raw"]) == len(raw)
        q["raw"].encode("utf-8")  # what is stored is valid text


# -- replacing a dataset ------------------------------------------------------------------------------------


def test_replacing_a_dataset_leaves_the_others_alone() -> None:
    with Store.open(":memory:") as s:
        s.write_events([ev(d, event_id=f"o{d}", dataset="other") for d in range(3)], dataset="other", input="o")
        s.replace_dataset_events([ev(d, event_id=f"v1-{d}", dataset="bundled") for d in range(4)],
                                 dataset="bundled", input="v1")
        run = s.replace_dataset_events([ev(d, event_id=f"v2-{d}", dataset="bundled") for d in (0, 1, 1)],
                                       dataset="bundled", input="v2")
        assert (run.stored, run.duplicate) == (2, 1)
        assert sorted(e.event_id or "" for e in s.events(EventQuery(datasets=("bundled",)))) == ["v2-0", "v2-1"]
        assert s.count(EventQuery(datasets=("other",))) == 3
        assert_every_ok_run_conserved(s)


def test_a_failed_replacement_keeps_the_old_version() -> None:
    old = [ev(d, event_id=f"v1-{d}", dataset="bundled") for d in range(4)]
    with Store.open(":memory:") as s:
        s.replace_dataset_events(old, dataset="bundled", input="v1")
        with pytest.raises(pa.ArrowInvalid):
            s.replace_dataset_events([ev(9, event_id="v2"), _bad_row_event()], dataset="bundled", input="v2")
        assert sorted(e.event_id or "" for e in s.events()) == [e.event_id for e in old]


def _bad_row_event() -> Event:
    """An event whose QuadClass does not fit the store's TINYINT column: its batch cannot be converted."""
    return ev(10, event_id="v2-bad", quad_class=1000)


# -- importing canonical event files ------------------------------------------------------------------------


def test_import_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "events.json").write_text("[]")
    with Store.open(":memory:") as s:
        with pytest.raises(SourceNotFound, match="no archive or file"):
            import_archive(s, tmp_path / "absent.parquet")
        with pytest.raises(StoreError, match="not an archive"):
            import_archive(s, tmp_path / "folder")
        with pytest.raises(StoreError, match=r"\.parquet or a \.csv"):
            import_archive(s, tmp_path / "events.json")
        assert s.ingest_runs() == []


def test_import_of_a_parquet_file_makes_one_run_per_dataset(tmp_path: Path) -> None:
    events = [ev(d, event_id=f"g{d}", dataset="gdelt") for d in range(5)]
    events += [ev(d, event_id=f"i{d}", dataset="icews") for d in range(3)]
    path = tmp_path / "canonical.parquet"
    pq.write_table(events_to_arrow(events + events[:2]), path)  # two rows repeated
    with Store.open(":memory:") as s:
        runs = import_archive(s, path)
        assert [(r.dataset, r.stored, r.duplicate) for r in runs] == [("gdelt", 5, 2), ("icews", 3, 0)]
        assert {(e.dataset, e.event_id) for e in s.events()} == {(e.dataset, e.event_id) for e in events}
        assert [r.stored for r in import_archive(s, path)] == [0, 0]  # importing again adds nothing
        assert_every_ok_run_conserved(s)


def test_export_refuses_remote_and_occupied_targets(tmp_path: Path) -> None:
    occupied = tmp_path / "file.txt"
    occupied.write_text("x")
    with Store.open(":memory:") as s:
        with pytest.raises(StoreError, match="local folder"):
            export_archive(s, "s3://bucket/detente/")
        with pytest.raises(StoreError, match="not an empty folder"):
            export_archive(s, occupied)
    assert occupied.read_text() == "x"
