"""The path where the store reads a file itself: ids repeated within a file keep their first row, re-ingest
adds nothing, and the result equals the batch path's (taken when a file has an empty line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.ingest import ingest_paths
from detente.store import Store

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def _rows() -> list[bytes]:
    return (FORMATS / "gdelt1_daily.export.CSV").read_bytes().splitlines()


def _with_id(row: bytes, event_id: str) -> bytes:
    return event_id.encode() + b"\t" + row.split(b"\t", 1)[1]


def _stored(store: Store) -> list[tuple[object, ...]]:
    return sorted(store.con.execute(
        "SELECT key, date, source, target, code, goldstein, url, prov_row FROM events WHERE dataset = 'gdelt'"
    ).fetchall(), key=repr)


def test_an_id_repeated_in_a_file_keeps_its_first_row(tmp_path: Path) -> None:
    rows = _rows()
    lines = [_with_id(r, f"7{i:08d}") for i, r in enumerate(rows)]
    lines.insert(3, _with_id(rows[-1], "700000001"))  # line 4 repeats the id of line 2, with other content
    path = tmp_path / "20130401.export.CSV"
    path.write_bytes(b"\n".join(lines) + b"\n")
    with Store.open(tmp_path / "s.duckdb") as store:
        [result] = ingest_paths(store, "gdelt", [path])
        assert (result.rows_read, result.stored, result.duplicate, result.quarantined) == (
            len(lines), len(rows), 1, 0)
        kept = store.con.execute("SELECT prov_row FROM events WHERE key = '700000001'").fetchall()
        assert kept == [(2,)]  # the first occurrence, on line 2
        [again] = ingest_paths(store, "gdelt", [path])
        assert (again.stored, again.duplicate) == (0, len(lines))


def test_the_store_path_and_the_batch_path_store_the_same_rows(tmp_path: Path) -> None:
    rows = _rows()
    clean = tmp_path / "a" / "20130401.export.CSV"
    gappy = tmp_path / "b" / "20130401.export.CSV"
    clean.parent.mkdir()
    gappy.parent.mkdir()
    clean.write_bytes(b"\n".join(rows) + b"\n")
    # an empty line at the end sends this copy down the batch path; the rows and their line numbers are the same
    gappy.write_bytes(b"\n".join(rows) + b"\n\n")
    results = []
    stored = []
    for path, name in ((clean, "a"), (gappy, "b")):
        with Store.open(tmp_path / f"{name}.duckdb") as store:
            [r] = ingest_paths(store, "gdelt", [path])
            results.append((r.rows_read, r.stored, r.duplicate, r.quarantined))
            stored.append(_stored(store))
    assert results[0] == results[1]
    assert stored[0] == stored[1]


def test_one_run_with_the_file_checksum_whichever_path_loaded_it(tmp_path: Path) -> None:
    import hashlib

    rows = _rows()
    cases = {"clean": b"\n".join(rows) + b"\n",
             "empty-line": b"\n".join(rows[:2]) + b"\n\n" + b"\n".join(rows[2:]) + b"\n",
             "bad-utf8": b"\n".join(rows[:2]) + b"\n\xff\xfe broken\n" + b"\n".join(rows[2:]) + b"\n"}
    for name, data in cases.items():
        path = tmp_path / name / "20130401.export.CSV"
        path.parent.mkdir()
        path.write_bytes(data)
        with Store.open(tmp_path / f"{name}.duckdb") as store:
            [result] = ingest_paths(store, "gdelt", [path])
            runs = store.ingest_runs()
            assert len(runs) == 1 and runs[0]["status"] == "ok", name
            assert runs[0]["checksum"] == hashlib.sha256(data).hexdigest(), name
            assert (result.stored, result.quarantined) == (len(rows), 1 if name == "bad-utf8" else 0), name
            lines = [r[0] for r in store.con.execute(
                "SELECT prov_row FROM events WHERE dataset = 'gdelt' ORDER BY prov_row").fetchall()]
            skipped = 0 if name == "clean" else 1
            assert lines == [1, 2] + [i + 1 + skipped for i in range(2, len(rows))], name


def test_a_file_whose_name_looks_like_a_glob_is_read_as_named(tmp_path: Path) -> None:
    from detente.ingest import expand_paths

    path = tmp_path / "gdelt [2013] 20130401.export.CSV"
    path.write_bytes(b"\n".join(_rows()) + b"\n")
    assert expand_paths([path]) == [path]
    with Store.open(tmp_path / "s.duckdb") as store:
        [result] = ingest_paths(store, "gdelt", [path])
        assert result.stored == len(_rows())
    # a real pattern still expands, and one that matches nothing is refused as before
    assert expand_paths([str(tmp_path / "gdelt*.CSV")]) == [path]


def test_decompression_bombs_are_refused_and_nothing_is_stored(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip
    import zipfile

    from detente.errors import FormatError
    from detente.ingest import _lines

    monkeypatch.setattr(_lines, "INFLATION_FLOOR", 1 << 20)  # a 1 MB floor keeps the bombs small here
    body = b"\n".join(_rows()) + b"\n"
    padding = b"0" * (8 << 20)  # 8 MB of one byte: compresses over 500 times
    bombs = tmp_path / "bombs"
    bombs.mkdir()
    gz = bombs / "20130401.export.CSV.gz"
    gz.write_bytes(gzip.compress(body + padding))
    zp = bombs / "20130402.export.CSV.zip"
    with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("20130402.export.CSV", body + padding)
    with Store.open(tmp_path / "s.duckdb") as store:
        for path in (gz, zp):
            with pytest.raises(FormatError, match="decompression bomb"):
                ingest_paths(store, "gdelt", [path])
        assert store.count() == 0
        # an ordinary compressed file of the same rows still loads
        fine = tmp_path / "20130403.export.CSV.gz"
        fine.write_bytes(gzip.compress(body))
        [result] = ingest_paths(store, "gdelt", [fine])
        assert result.stored == len(_rows())
