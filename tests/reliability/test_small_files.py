"""Many small files: a folder's small files are loaded in one transaction, one run per file, with exactly the
result of loading them one by one (the same events, quarantine, run counts, line counts and checksums); a
failure loses the whole batch and records it as failed. The speed goal (10,000 one-row files in 30 s or less)
is measured by ``benchmarks/ingest/small_files.py``."""

from __future__ import annotations

import gzip
import math
from pathlib import Path
from typing import Any

import pytest

from detente.errors import FormatError
from detente.ingest import ingest_paths
from detente.store import Store
from detente.store._check import check_store

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
LAYOUT_FILES = {"gdelt1-backfile": ("gdelt", "gdelt1_backfile.CSV"),
                "gdelt1-daily": ("gdelt", "gdelt1_daily.export.CSV"), "gdelt2-export": ("gdelt", "gdelt2.export.CSV"),
                "icews": ("icews", "icews_sample.tab"), "polecat": ("polecat", "polecat_sample.tab")}


def _folder(tmp_path: Path, fixture: str) -> Path:
    """A folder of small files made from a fixture's rows: one row each, a row repeated in a later file, a bad
    row, a carriage return inside a field, a line that is not UTF-8, an empty line, CRLF ends and a gzip file."""
    lines = (FORMATS / fixture).read_bytes().splitlines()
    header = [lines[0]] if fixture.endswith(".tab") else []
    rows = lines[1:] if header else lines
    folder = tmp_path / "in"
    folder.mkdir()

    def write(name: str, body: list[bytes], *, end: bytes = b"\n") -> None:
        data = end.join([*header, *body]) + end
        if name.endswith(".gz"):
            (folder / name).write_bytes(gzip.compress(data))
        else:
            (folder / name).write_bytes(data)

    for i, row in enumerate(rows):
        write(f"{i:03d}.tab", [row])
    write("100-repeat.tab", [rows[0], rows[1 % len(rows)]])  # both stored already by earlier files: duplicates
    cells = rows[2 % len(rows)].split(b"\t")
    cells[1] = b"2018-13-45" if header else b"20181345"
    write("101-bad.tab", [rows[2 % len(rows)], b"\t".join(cells)])
    cells = rows[3 % len(rows)].split(b"\t")
    cells[-3] = cells[-3] + b"\rafter"
    write("102-cr.tab", [b"\t".join(cells)])
    write("103-utf8.tab", [rows[4 % len(rows)], b"\xff\xfe broken"])
    write("104-gap.tab", [rows[5 % len(rows)], b"", rows[6 % len(rows)]], end=b"\r\n")
    write("105-zipped.tab.gz", [rows[7 % len(rows)]])
    return folder


def _state(store: Store) -> dict[str, Any]:
    events = store.con.sql("SELECT * EXCLUDE (run_id) FROM events WHERE dataset != 'bundled' ORDER BY ALL") \
        .to_arrow_table().to_pylist()
    clean = [{k: "NaN" if isinstance(v, float) and math.isnan(v) else v for k, v in e.items()} for e in events]
    quarantine = store.con.execute("SELECT dataset, input, line, raw, reason FROM quarantine ORDER BY ALL").fetchall()
    keys = ("input", "dataset", "checksum", "rows_read", "stored", "duplicate", "quarantined", "status", "data_lines")
    runs = sorted(tuple(r[k] for k in keys) for r in store.ingest_runs())
    return {"events": clean, "quarantine": quarantine, "runs": runs}


@pytest.mark.parametrize("layout", sorted(LAYOUT_FILES))
def test_a_folder_of_small_files_stores_what_one_by_one_stores(tmp_path: Path, layout: str) -> None:
    dataset, fixture = LAYOUT_FILES[layout]
    folder = _folder(tmp_path, fixture)
    files = sorted(folder.iterdir())
    with Store.open(tmp_path / "together.duckdb") as together:
        results = ingest_paths(together, dataset, [folder])
        assert [r.input for r in results] == [str(f) for f in files]
        assert {r.layout for r in results} == {layout}
        assert all(r.rows_read == r.data_lines == r.stored + r.duplicate + r.quarantined for r in results)
        assert sum(r.duplicate for r in results) >= 2 and sum(r.quarantined for r in results) == 2
        report = check_store(together)
        assert report.ok, report.to_text()
        got = _state(together)
    with Store.open(tmp_path / "alone.duckdb") as alone:
        for f in files:
            ingest_paths(alone, dataset, [f])  # one file per call: loaded on its own
        expected = _state(alone)
    assert got["runs"] == expected["runs"]
    assert got["quarantine"] == expected["quarantine"]
    assert got["events"] == expected["events"]


def test_the_batch_is_one_transaction_per_folder(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "gdelt1_daily.export.CSV")
    broken = folder / "050-truncated.tab.gz"
    broken.write_bytes(gzip.compress(b"\n".join((FORMATS / "gdelt1_daily.export.CSV").read_bytes().splitlines()
                                                * 20))[:-40])
    with Store.open(tmp_path / "s.duckdb") as store:
        with pytest.raises(FormatError, match="050-truncated"):
            ingest_paths(store, "gdelt", [folder])
        assert store.con.execute("SELECT count(*) FROM events WHERE dataset = 'gdelt'").fetchall() == [(0,)]
        runs = [r for r in store.ingest_runs() if r["dataset"] == "gdelt"]
        assert runs and {r["status"] for r in runs} == {"failed"}
        assert check_store(store).ok


def test_small_files_of_two_folders_and_a_large_file_between(tmp_path: Path) -> None:
    rows = (FORMATS / "gdelt1_daily.export.CSV").read_bytes().splitlines()
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        for i, row in enumerate(rows):
            (tmp_path / folder / f"{i}.CSV").write_bytes(row + b"\n")
    big = tmp_path / "a" / "5-big.CSV"
    cells = rows[0].split(b"\t")
    cells[0] = b"999"
    big.write_bytes((b"\t".join(cells) + b"\n") * 30_000)  # over the small-file size: loaded on its own
    with Store.open(tmp_path / "s.duckdb") as store:
        results = ingest_paths(store, "gdelt", [tmp_path / "a", tmp_path / "b"])
        assert len(results) == 2 * len(rows) + 1
        by_input = {Path(r.input).name: r for r in results if "/a/" in r.input}
        assert by_input["5-big.CSV"].rows_read == 30_000 and by_input["5-big.CSV"].stored == 1
        assert all(r.stored == 0 and r.duplicate == 1 for r in results if "/b/" in r.input)
        assert check_store(store).ok
