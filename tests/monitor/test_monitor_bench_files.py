"""The watch benchmark's feed files (benchmarks/monitor/run.py): drawn from the store with a seed, so that two runs
watch the same events and raise the same alerts, and dated forward from the store's newest day, as a watch's
files are."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from detente.store import Store

RUN = Path(__file__).resolve().parents[2] / "benchmarks" / "monitor" / "run.py"


@pytest.fixture(scope="module")
def run() -> ModuleType:
    spec = importlib.util.spec_from_file_location("monitor_bench_run", RUN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _lines(body: bytes) -> list[list[str]]:
    with zipfile.ZipFile(io.BytesIO(body)) as zf:
        (name,) = zf.namelist()
        return [line.split("\t") for line in zf.read(name).decode().splitlines()]


def test_the_same_seed_draws_the_same_files_and_another_seed_others(run: ModuleType, bundled_store: Path) -> None:
    path = str(bundled_store)
    first = run._files(path, 3, 40, 0.3, seed=7)
    again = run._files(path, 3, 40, 0.3, seed=7)
    other = run._files(path, 3, 40, 0.3, seed=8)
    assert first == again
    assert [e for _, e, _ in first] != [e for _, e, _ in other]


def test_the_rows_drawn_are_stored_events_each_once(run: ModuleType, bundled_store: Path) -> None:
    columns = ("source, target, source_country, target_country, code, root, quad_class, goldstein, mentions, "
               "sources, articles, tone")
    with Store.open(bundled_store, read_only=True) as s:
        stored = s.con.execute(f"SELECT {columns}, rowid FROM events").fetchall()
    drawn = run.sample_rows(str(bundled_store), 200, seed=3)
    assert len(drawn) == 200
    by_row = {r[-1]: r[:-1] for r in stored}
    # each drawn row is a stored event's columns, and no stored row is drawn twice (a multiset of distinct rows)
    remaining = list(by_row.values())
    for row in drawn:
        assert row in remaining
        remaining.remove(row)
    assert run.sample_rows(str(bundled_store), 200, seed=3) == drawn
    assert run.sample_rows(str(bundled_store), 200, seed=4) != drawn


def test_the_files_go_forward_from_the_stores_newest_day(run: ModuleType, bundled_store: Path) -> None:
    files = run._files(str(bundled_store), 100, 2, 0.5, seed=1)
    stamps = [stamp for stamp, _, _ in files]
    assert stamps[0] == "20181231000000" and stamps == sorted(stamps)
    assert stamps[95][:8] == "20181231" and stamps[96] == "20190101000000" and stamps[99] == "20190101004500"
    for stamp, export, _ in files:
        for row in _lines(export):
            told = row[1]  # SQLDATE: the interval's day, or 1 to 7 days before it (a late report)
            assert told <= stamp[:8]
            assert row[2] == told[:6] and row[3] == told[:4]  # MonthYear and Year follow the day
