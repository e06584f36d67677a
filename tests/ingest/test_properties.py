"""Properties: any split of a file into overlapping pieces stores each row once, and conservation holds."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.ingest import ingest_paths
from detente.store import Store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "formats" / "icews_sample.tab"
HEADER, *ROWS = FIXTURE.read_text(encoding="utf-8").splitlines()


@settings(max_examples=3, deadline=None)
@given(pieces=st.lists(st.lists(st.integers(0, len(ROWS) - 1), min_size=1, max_size=12), min_size=1, max_size=3))
def test_overlapping_pieces_store_each_row_once(pieces: list[list[int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp, Store.open(":memory:") as store:
        paths = []
        for i, rows in enumerate(pieces):
            path = Path(tmp) / f"piece{i}.tab"
            path.write_text("\n".join([HEADER, *(ROWS[r] for r in rows)]) + "\n", encoding="utf-8")
            paths.append(path)
        runs = ingest_paths(store, "icews", paths)
        distinct = {r for rows in pieces for r in rows}
        assert store.count() == len(distinct)
        assert sum(r.stored for r in runs) == len(distinct)
        assert sum(r.rows_read for r in runs) == sum(len(rows) for rows in pieces)
        for run in store.ingest_runs():
            assert run["rows_read"] == run["stored"] + run["duplicate"] + run["quarantined"]
        assert sum(r.stored for r in ingest_paths(store, "icews", paths)) == 0
