"""``detente archive export|import`` and ``detente sql gdelt-bigquery`` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from detente.store import Store


def test_archive_export_then_import(cli: Any, tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    r = cli("archive", "export", str(tmp_path / "arch"), "--store", str(store))
    assert r.exit_code == 0, r.stderr
    exported = json.loads(r.stdout)
    with Store.open(store, read_only=True) as s:
        store_rows = s.con.execute("SELECT count(*) FROM events").fetchall()[0][0]  # kcna's rows too
    assert exported["events"] > 0 and (tmp_path / "arch" / "catalog.duckdb").exists()
    r = cli("archive", "import", str(tmp_path / "arch"), "--store", str(tmp_path / "other.duckdb"))
    assert r.exit_code == 0, r.stderr
    runs = json.loads(r.stdout)["runs"]
    assert sum(x["read"] for x in runs) == exported["events"]
    with Store.open(tmp_path / "arch", read_only=True) as a, Store.open(tmp_path / "other.duckdb") as o:
        assert a.count_all() == o.count_all() == exported["events"] == store_rows
    r = cli("info", "--store", f"{tmp_path / 'arch'}/")  # the archive is a store like any other
    assert r.exit_code == 0, r.stderr


def test_archive_refusals_are_one_line(cli: Any, tmp_path: Path) -> None:
    r = cli("archive", "import", str(tmp_path / "absent"), "--store", str(tmp_path / "s.duckdb"))
    assert r.exit_code == 2 and "no archive or file" in r.stderr
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    r = cli("archive", "export", str(tmp_path / "full"), "--store", str(tmp_path / "s.duckdb"))
    assert r.exit_code != 0 and "not an empty folder" in r.stderr


def test_sql_gdelt_bigquery(cli: Any) -> None:
    r = cli("sql", "gdelt-bigquery", "--dyad", "USA-PRK", "--from", "2017-01-01", "--to", "2019-12-31")
    assert r.exit_code == 0, r.stderr
    assert "FROM `gdelt-bq.gdeltv2.events`" in r.stdout and "SQLDATE BETWEEN 20170101 AND 20191231" in r.stdout
    r = cli("sql", "gdelt-bigquery", "--dyad", "USA-PRK", "--from", "2017-01-01")
    assert r.exit_code == 2 and "--to" in r.stderr


def test_scale_commands_have_help(cli: Any) -> None:
    for args in (("archive", "export", "--help"), ("archive", "import", "--help"), ("sql", "gdelt-bigquery", "--help")):
        r = cli(*args)
        assert r.exit_code == 0 and "Example:" in r.stdout
