"""``detente archive cluster``: the store rewritten in dyad order, with nothing visible changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.errors import StoreError
from detente.store import Store


def _rows(path: Path) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return sorted(con.execute("SELECT * FROM events").fetchall(), key=repr)


def _physical_order(path: Path) -> list[tuple[str, str, Any]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return [tuple(r) for r in con.execute(
            "SELECT source_country, target_country, date FROM events ORDER BY rowid").fetchall()]


def test_cluster_keeps_every_row_and_orders_them_by_dyad(cli: Any, bundled_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    shutil.copy(bundled_store, store)
    before = _rows(store)
    r = cli("archive", "cluster", "--store", str(store))
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["events"] == len(before) and out["store"] == str(store) and out["seconds"] >= 0
    assert _rows(store) == before  # the same rows, every column
    order = _physical_order(store)
    key = [(s is None, s or "", t is None, t or "", d) for s, t, d in order]  # DuckDB sorts NULLs last
    assert key == sorted(key), "rows are not stored in source country, target country, date order"
    with Store.open(store, read_only=True) as st:
        assert st.count_all() == len(before)  # every dataset, kcna too


def test_cluster_twice_changes_nothing_more(cli: Any, bundled_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    shutil.copy(bundled_store, store)
    assert cli("archive", "cluster", "--store", str(store)).exit_code == 0
    first = _physical_order(store)
    assert cli("archive", "cluster", "--store", str(store)).exit_code == 0
    assert _physical_order(store) == first


def test_cluster_refuses_a_read_only_store_with_a_store_error(bundled_store: Path) -> None:
    with Store.open(bundled_store, read_only=True) as st, pytest.raises(StoreError, match="read-only"):
        st.cluster()
