"""``detente ingest``: refusals exit 2 with a message, damaged archives store nothing."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

from detente.store import Store


def test_ingest_has_help(cli) -> None:  # type: ignore[no-untyped-def]
    for command in ("ingest", "fetch"):
        result = cli(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout


def test_a_file_matching_no_layout_is_refused_with_exit_2(cli, formats: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", "gdelt", str(formats / "icews_sample.tab"), "--store", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 2
    assert "tried GDELT 1.0 back-file (57" in result.stderr and "GDELT 2.0 Mentions (16" in result.stderr


def test_unknown_dataset_and_missing_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("ingest", "acled", "x.csv", "--store", str(tmp_path / "s.duckdb")).exit_code == 2
    missing = cli("ingest", "icews", str(tmp_path / "nope.tab"), "--store", str(tmp_path / "s.duckdb"))
    assert missing.exit_code == 2 and "no file or folder" in missing.stderr


def _zip(path: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(member, data)
    return path


def test_truncated_zip_is_refused_and_nothing_stored(cli, formats: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    whole = _zip(tmp_path / "whole.zip", "20130401.export.CSV",
                 (formats / "gdelt1_daily.export.CSV").read_bytes() * 50)
    cut = tmp_path / "20130401.export.CSV.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    store = tmp_path / "s.duckdb"
    result = cli("ingest", "gdelt", str(cut), "--store", str(store))
    assert result.exit_code == 2 and "truncated or corrupt" in result.stderr
    with Store.open(store) as s:
        assert not [d for d in s.datasets() if d["name"] == "gdelt"]


def test_corrupt_zip_member_is_refused(formats: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    good = _zip(tmp_path / "g.zip", "x.CSV", (formats / "gdelt1_daily.export.CSV").read_bytes() * 20)
    data = bytearray(good.read_bytes())
    data[60:70] = b"\x00" * 10  # damage the compressed stream, not the directory
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    result = cli("ingest", "gdelt", str(bad), "--store", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 2 and "truncated or corrupt" in result.stderr


def test_truncated_gzip_is_refused_and_nothing_from_it_stored(cli, formats: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    payload = (formats / "gdelt1_daily.export.CSV").read_bytes()
    rows = payload.splitlines(keepends=True)
    # many distinct rows so that the first part of the stream holds complete rows
    body = b"".join(r.replace(b"\t", f"{i}\t".encode(), 1) for i in range(400) for r in rows)
    whole = gzip.compress(body)
    path = tmp_path / "20130401.export.CSV.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    store = tmp_path / "s.duckdb"
    result = cli("ingest", "gdelt", str(path), "--store", str(store), "--json")
    assert result.exit_code == 2 and "truncated or corrupt" in result.stderr
    with Store.open(store) as s:
        assert not [d for d in s.datasets() if d["name"] == "gdelt"]
        assert [r["status"] for r in s.ingest_runs() if r["dataset"] == "gdelt"] in ([], ["failed"])


def test_ingest_json_output(cli, formats: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", "polecat", str(formats / "polecat_sample.tab"), "--store", str(tmp_path / "s.duckdb"),
                 "--json")
    assert result.exit_code == 0, result.stderr
    [run] = json.loads(result.stdout)
    assert run["layout"] == "polecat" and run["stored"] == 9
