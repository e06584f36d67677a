"""Conservation (rows read = stored + duplicate + quarantined) and every quarantine reason, with raw text kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.ingest import ingest_paths
from detente.store import Store

Lines = Callable[[str], list[str]]
Write = Callable[[str, list], Path]  # type: ignore[type-arg]


def _quarantine(store: Store) -> dict[int, dict[str, object]]:
    return {int(q["line"]): q for q in store.quarantine(limit=1000)}


def _conserved(store: Store) -> None:
    for run in store.ingest_runs():
        assert run["rows_read"] == run["stored"] + run["duplicate"] + run["quarantined"], run


def test_every_reason_is_quarantined_with_its_raw_text(store: Store, lines: Lines, write: Write) -> None:
    header, *rows = lines("icews_sample.tab")
    short = "\t".join(rows[1].split("\t")[:12])  # wrong column count
    bad_date = rows[2].replace("2018-06-01", "2018-13-45")
    code_13y = rows[3].replace("\t046\t", "\t13y\t")  # ICEWS writes such codes now and then
    utf8 = rows[4].encode("utf-8").replace(b"Kim Yong-chol", b"Kim Yong\xff-chol")
    path = write("bad.tab", [header, rows[0], short, bad_date, code_13y, utf8, *rows[5:]])
    [result] = ingest_paths(store, "icews", [path])
    assert (result.rows_read, result.stored, result.quarantined) == (10, 6, 4)
    q = _quarantine(store)
    assert sorted(q) == [3, 4, 5, 6]  # physical line numbers, header = line 1
    assert q[3]["reason"] == "wrong column count: 12 tab-separated fields, expected 20" and q[3]["raw"] == short
    assert q[4]["reason"] == 'bad date "2018-13-45"' and q[4]["raw"] == bad_date
    assert q[5]["reason"] == 'unknown CAMEO code "13y"' and q[5]["raw"] == code_13y
    assert str(q[6]["reason"]).startswith("invalid UTF-8") and "Kim Yong\\xff-chol" in str(q[6]["raw"])
    # the good rows after the bad ones keep their true line numbers
    lines_of = {e.event_id: e.prov_row for e in store.events()}
    assert lines_of[rows[5].split("\t")[0]] == 7 and lines_of[rows[0].split("\t")[0]] == 2
    _conserved(store)


def test_gdelt_rows_with_a_bad_date_or_code_or_too_many_columns(store: Store, lines: Lines, write: Write) -> None:
    rows = lines("gdelt1_daily.export.CSV")
    fields = rows[1].split("\t")
    fields[1] = "2012041"  # SQLDATE with seven digits
    code = rows[2].split("\t")
    code[26] = "99x"
    path = write("20130401.export.CSV", [rows[0], "\t".join(fields), "\t".join(code), rows[3] + "\textra", *rows[4:]])
    [result] = ingest_paths(store, "gdelt", [path])
    assert (result.rows_read, result.stored, result.quarantined) == (8, 5, 3)
    reasons = {k: v["reason"] for k, v in _quarantine(store).items()}
    assert reasons == {2: 'bad date "2012041"', 3: 'unknown CAMEO code "99x"',
                       4: "wrong column count: 59 tab-separated fields, expected 58"}


def test_polecat_unknown_event_type(store: Store, lines: Lines, write: Write) -> None:
    header, *rows = lines("polecat_sample.tab")
    path = write("p.tab", [header, rows[0].replace("\tCONSULT\t", "\tHUG\t"), *rows[1:]])
    [result] = ingest_paths(store, "polecat", [path])
    assert result.quarantined == 1
    assert _quarantine(store)[2]["reason"] == 'unknown PLOVER event type "HUG"'


def test_reingesting_the_same_or_an_overlapping_file_adds_nothing(store: Store, lines: Lines, write: Write) -> None:
    header, *rows = lines("icews_sample.tab")
    first = write("first.tab", [header, *rows[:6]])
    overlap = write("overlap.tab", [header, *rows[3:]])
    ingest_paths(store, "icews", [first])
    again = ingest_paths(store, "icews", [first])[0]
    assert (again.stored, again.duplicate) == (0, 6)
    more = ingest_paths(store, "icews", [overlap])[0]
    assert (more.rows_read, more.stored, more.duplicate) == (7, 4, 3)
    assert store.count() == 10
    _conserved(store)


def test_requarantining_a_file_does_not_duplicate_its_quarantine(store: Store, lines: Lines, write: Write) -> None:
    header, *rows = lines("icews_sample.tab")
    path = write("q.tab", [header, rows[0].replace("2018-06-01", "yesterday"), *rows[1:]])
    ingest_paths(store, "icews", [path])
    ingest_paths(store, "icews", [path])
    assert store.quarantine_count() == 1
    _conserved(store)


def test_datasets_stay_separate(store: Store, formats: Path) -> None:
    ingest_paths(store, "icews", [formats / "icews_sample.tab"])
    ingest_paths(store, "polecat", [formats / "polecat_sample.tab"])
    assert {d["name"]: d["events"] for d in store.datasets()} == {"icews": 10, "polecat": 9}


def test_empty_lines_are_skipped_but_keep_the_line_count(store: Store, lines: Lines, write: Write) -> None:
    header, *rows = lines("icews_sample.tab")
    path = write("gaps.tab", [header, rows[0], "", rows[1]])
    [result] = ingest_paths(store, "icews", [path])
    assert (result.rows_read, result.stored) == (2, 2)
    assert sorted(e.prov_row for e in store.events()) == [2, 4]  # type: ignore[type-var]


@pytest.mark.parametrize("batch_rows", [3, 1000])
def test_line_numbers_hold_across_batches(store: Store, lines: Lines, write: Write, batch_rows: int) -> None:
    header, *rows = lines("icews_sample.tab")
    body: list[str | bytes] = [header, *rows[:4], b"\xc3\x28 broken", *rows[4:]]
    path = write("batches.tab", body)
    ingest_paths(store, "icews", [path], batch_rows=batch_rows)
    expected = {r.split("\t")[0]: i + (2 if i < 4 else 3) for i, r in enumerate(rows)}
    assert {e.event_id: e.prov_row for e in store.events()} == expected
    assert _quarantine(store)[6]["reason"].startswith("invalid UTF-8")  # type: ignore[union-attr]
