"""Every data line of an input is accounted for, whatever it holds: a carriage return inside a field, a line of
several megabytes, and whether the file is plain, gzip, a zip member or loaded through the batch path.

Each input's data lines are counted from its bytes (independently of the reader) and recorded with its run;
an ingest whose reader disagrees with that count is reconciled or refused, never stored short, and
``detente check`` compares the two for every run.
"""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pytest

from detente.errors import FormatError, IngestError
from detente.ingest import ingest_paths
from detente.store import Store
from detente.store._check import check_store

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
MIB = 1 << 20

#: how an input reaches the ingester: as it is, gzipped, as a zip member, or with an empty line at its end
#: (which sends a file down the batch path, where the reader's rows are numbered from the byte scan)
PACKINGS = ("plain", "gzip", "zip", "batch")


def _icews() -> tuple[bytes, list[bytes]]:
    lines = (FORMATS / "icews_sample.tab").read_bytes().splitlines()
    return lines[0], lines[1:]


def _gdelt() -> list[bytes]:
    return (FORMATS / "gdelt1_daily.export.CSV").read_bytes().splitlines()


def _set_field(row: bytes, index: int, value: bytes) -> bytes:
    fields = row.split(b"\t")
    fields[index] = value
    return b"\t".join(fields)


def _pack(tmp_path: Path, name: str, lines: list[bytes], packing: str) -> Path:
    data = b"\n".join(lines) + b"\n"
    if packing == "batch":
        data += b"\n"
    if packing == "gzip":
        path = tmp_path / f"{name}.gz"
        path.write_bytes(gzip.compress(data))
    elif packing == "zip":
        path = tmp_path / f"{name}.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(name, data)
    else:
        path = tmp_path / name
        path.write_bytes(data)
    return path


def _ingest(tmp_path: Path, dataset: str, path: Path) -> tuple[Store, object]:
    store = Store.open(tmp_path / "store.duckdb")
    [result] = ingest_paths(store, dataset, [path])
    return store, result


def _lines_of(store: Store) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in store.con.execute(
        "SELECT prov_row, coalesce(summary, url, '') FROM events WHERE dataset != 'bundled'").fetchall()}


@pytest.mark.parametrize("packing", PACKINGS)
def test_a_carriage_return_inside_an_icews_field_keeps_the_row_whole(tmp_path: Path, packing: str) -> None:
    header, rows = _icews()
    text = rows[2].split(b"\t")[5]
    rows[2] = _set_field(rows[2], 5, text[:4] + b"\r" + text[4:])  # Event Text with a lone CR in it
    rows[6] = _set_field(rows[6], 5, b"\r" + rows[6].split(b"\t")[5])  # and a second row with one, at its start
    path = _pack(tmp_path, "events.tab", [header, *rows], packing)
    store, result = _ingest(tmp_path, "icews", path)
    with store:
        assert (result.rows_read, result.stored, result.duplicate, result.quarantined) == (len(rows), len(rows), 0, 0)
        stored = _lines_of(store)
        assert sorted(stored) == list(range(2, len(rows) + 2))  # every row on its own line, none past the end
        assert stored[4] == (text[:4] + b"\r" + text[4:]).decode()  # the field is whole, with its CR
        assert stored[8].startswith("\r")
        assert store.quarantine() == []
        assert check_store(store).ok


@pytest.mark.parametrize("packing", PACKINGS)
def test_a_carriage_return_inside_a_gdelt_url_is_not_a_line_end(tmp_path: Path, packing: str) -> None:
    rows = _gdelt()
    url = b"https://example.org/a\rb/nuclear-talks"
    rows[1] = _set_field(rows[1], 57, url)
    rows[4] = _set_field(rows[4], 57, b"https://example.org/\rx")
    path = _pack(tmp_path, "20130401.export.CSV", rows, packing)
    store, result = _ingest(tmp_path, "gdelt", path)
    with store:
        assert (result.rows_read, result.stored, result.quarantined) == (len(rows), len(rows), 0)
        stored = _lines_of(store)
        assert sorted(stored) == list(range(1, len(rows) + 1))
        assert stored[2] == url.decode()  # not cut at the CR
        assert check_store(store).ok


@pytest.mark.parametrize("packing", PACKINGS)
def test_a_line_over_a_mebibyte_is_quarantined_on_its_own_line(tmp_path: Path, packing: str) -> None:
    header, rows = _icews()
    rows[3] = _set_field(rows[3], 5, b"x" * (2 * MIB))  # line 5
    path = _pack(tmp_path, "events.tab", [header, *rows], packing)
    store, result = _ingest(tmp_path, "icews", path)
    with store:
        assert (result.rows_read, result.stored, result.duplicate, result.quarantined) == (
            len(rows), len(rows) - 1, 0, 1)
        [q] = store.quarantine()
        assert q["line"] == 5
        assert "longer than" in q["reason"]
        assert len(q["raw"]) < 2 * MIB  # the raw text kept is a bounded prefix
        assert q["raw"].startswith(rows[3][:40].decode())
        # every other row keeps its true line number
        assert sorted(_lines_of(store)) == [n for n in range(2, len(rows) + 2) if n != 5]
        assert check_store(store).ok


@pytest.mark.parametrize("size", [MIB - 1000, 5 * MIB])
def test_lines_of_any_length_are_read_or_quarantined(tmp_path: Path, size: int) -> None:
    rows = _gdelt()
    rows[0] = _set_field(rows[0], 57, b"https://example.org/" + b"a" * size)  # the first line, GDELT daily
    rows[-1] = _set_field(rows[-1], 57, b"https://example.org/" + b"b" * size)  # the last line
    path = _pack(tmp_path, "20130401.export.CSV", rows, "plain")
    store, result = _ingest(tmp_path, "gdelt", path)
    with store:
        long = size > MIB
        assert result.rows_read == len(rows)
        assert result.quarantined == (2 if long else 0)
        assert result.stored == len(rows) - result.quarantined
        assert sorted(q["line"] for q in store.quarantine()) == ([1, len(rows)] if long else [])
        assert check_store(store).ok


@pytest.mark.parametrize("packing", PACKINGS)
def test_a_first_line_over_a_mebibyte_with_its_long_field_inside_is_quarantined(tmp_path: Path, packing: str) -> None:
    """A file without a header whose first line is too long: its layout is told by the next line (the first line
    cut at the limit has too few fields and was refused as matching no layout)."""
    rows = _gdelt()
    rows[0] = _set_field(rows[0], 6, b"N" * (2 * MIB))  # Actor1Name, far from the line's end
    path = _pack(tmp_path, "20130401.export.CSV", rows, packing)
    store, result = _ingest(tmp_path, "gdelt", path)
    with store:
        assert (result.rows_read, result.stored, result.quarantined) == (len(rows), len(rows) - 1, 1)
        assert [q["line"] for q in store.quarantine()] == [1]
        assert sorted(_lines_of(store)) == list(range(2, len(rows) + 1))
        assert check_store(store).ok


@pytest.mark.parametrize("line", [0, 1])
def test_a_nul_inside_a_field_is_data_on_the_first_line_as_on_any_other(tmp_path: Path, line: int) -> None:
    """A NUL in a field of a tab-separated first line made the whole file "binary, not text"; on a later line
    the same row was stored."""
    rows = _gdelt()
    url = b"https://example.org/a\x00b"
    rows[line] = _set_field(rows[line], 57, url)
    store, result = _ingest(tmp_path, "gdelt", _pack(tmp_path, "20130401.export.CSV", rows, "plain"))
    with store:
        assert (result.rows_read, result.stored, result.quarantined) == (len(rows), len(rows), 0)
        assert _lines_of(store)[line + 1] == url.decode()
        assert check_store(store).ok


def test_a_file_of_only_lines_over_a_mebibyte_is_refused_with_one_line(tmp_path: Path) -> None:
    row = _set_field(_gdelt()[0], 6, b"N" * (2 * MIB))
    path = _pack(tmp_path, "20130401.export.CSV", [row, row], "plain")
    with Store.open(tmp_path / "store.duckdb") as store, pytest.raises(FormatError) as err:
        ingest_paths(store, "gdelt", [path])
    assert "every line is longer than 1,048,576 bytes" in str(err.value) and "\n" not in str(err.value)


def test_the_run_records_the_data_lines_counted_from_the_bytes(tmp_path: Path) -> None:
    header, rows = _icews()
    data = [header, rows[0], b"", rows[1], b"\xff\xfe not text", *rows[2:]]
    path = _pack(tmp_path, "events.tab", data, "plain")
    store, result = _ingest(tmp_path, "icews", path)
    with store:
        [run] = [r for r in store.ingest_runs() if r["dataset"] == "icews"]
        assert run["data_lines"] == len(rows) + 1  # the rows and the invalid line; not the header or the gap
        assert run["rows_read"] == run["data_lines"]
        assert result.to_dict()["data_lines"] == run["data_lines"]


def _losing_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make DuckDB's reader lose the third row it reads and number the rest as if it were not there, as it did
    with a line over its size limit before the byte count existed."""
    from detente.ingest import _engine

    original = _engine._reader_sql

    def lossy(*args: object) -> str:
        return (f"(SELECT * EXCLUDE (line), row_number() OVER () - 1 AS line FROM {original(*args)} "
                "WHERE line != 2)")

    monkeypatch.setattr(_engine, "_reader_sql", lossy)


@pytest.mark.parametrize("packing", ["plain", "batch"])
def test_a_reader_that_loses_a_row_is_reconciled_not_stored_short(tmp_path: Path, packing: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _losing_a_row(monkeypatch)
    rows = _gdelt()
    path = _pack(tmp_path, "20130401.export.CSV", rows, packing)
    store, result = _ingest(tmp_path, "gdelt", path)
    with store:
        assert (result.rows_read, result.stored, result.quarantined) == (len(rows), len(rows), 0)
        assert sorted(_lines_of(store)) == list(range(1, len(rows) + 1))
        assert check_store(store).ok


def test_the_store_refuses_a_run_that_read_fewer_rows_than_the_file_has_lines(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        with pytest.raises(IngestError, match="data lines"), store.ingest(input="x.tab", dataset="icews") as run:
            run.expect_lines(3)
            run.count_read(2)
            run.reject(1, "a", "bad date")
            run.reject(2, "b", "bad date")
        [run_row] = store.ingest_runs()
        assert run_row["status"] == "failed"
        assert store.quarantine() == []


def test_check_compares_each_run_with_its_line_count(tmp_path: Path) -> None:
    header, rows = _icews()
    path = _pack(tmp_path, "events.tab", [header, *rows], "plain")
    store, _ = _ingest(tmp_path, "icews", path)
    with store:
        report = {c.name: c for c in check_store(store).checks}
        assert report["line_count"].ok, report["line_count"].detail
        store.con.execute("UPDATE ingest_runs SET data_lines = data_lines + 1 WHERE dataset = 'icews'")
        report = {c.name: c for c in check_store(store).checks}
        assert not report["line_count"].ok
        assert "data lines" in report["line_count"].detail
