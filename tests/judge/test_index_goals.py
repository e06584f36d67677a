"""The goals table of docs/explanation/method.md is what scripts/index_goals.py measures on the bundled record.

The figures are not pinned here: the script measures them, and the test fails when the docs no longer say what it
measures (after the record or the index changed, run ``uv run python scripts/index_goals.py --write``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def goals() -> ModuleType:
    spec = importlib.util.spec_from_file_location("index_goals", REPO / "scripts" / "index_goals.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["index_goals"] = module
    spec.loader.exec_module(module)
    return module


def test_mean_change_by_hand(goals: ModuleType) -> None:
    cxi = np.array([np.nan, 10.0, 20.0, np.nan, 5.0, 9.0])
    # consecutive months with a value: 10 -> 20 -> 5 -> 9; adjacent months both with one: 10 -> 20 and 5 -> 9
    assert goals.mean_change(cxi) == pytest.approx(((10 + 15 + 4) / 3, (10 + 4) / 2, 3, 2))


def test_the_docs_table_is_what_the_script_measures(goals: ModuleType, bundled_store: Path) -> None:
    from detente.store import Store

    with Store.open(bundled_store, read_only=True) as st:
        measured = goals.table(st)
    written = goals.block(goals.DOC.read_text(encoding="utf-8"), goals.BEGIN, goals.END)
    assert written == measured, ("docs/explanation/method.md's goals table is out of date; run "
                                 "'uv run python scripts/index_goals.py --write'")


def test_the_correlation_goal_is_judged_unrounded(goals: ModuleType, bundled_store: Path) -> None:
    """The goal line uses the unrounded r: a rounded -0.600 may be -0.5996, which does not meet r <= -0.6."""
    from detente.judge import parse_provocations, validate_provocations
    from detente.store import Store

    with Store.open(bundled_store, read_only=True) as st:
        v = goals.verdict(st, goals.VARIANTS[goals.DEFAULT].evidence)
        written = goals.table(st)
    dates = (parse_provocations(goals._csv(goals.CNS), utc_offset=goals.KOREA)
             + parse_provocations(goals._csv(goals.NUCLEAR), utc_offset=goals.KOREA))
    exact = goals.exact_correlation(v.series, dates)
    assert round(exact, 3) == validate_provocations(v.series, dates)["cxi"]["correlation"]
    line = next(x for x in written.splitlines() if x.startswith("- correlation of monthly CXI"))
    assert ("**met**" in line) == (exact <= goals.GOAL_CORRELATION)
