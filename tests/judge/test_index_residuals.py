"""scripts/index_residuals.py: the diagnosis of the correlation between the monthly CXI and the DPRK's tests.

The figures are not pinned here: the script measures them on the bundled record, and the docs test fails when
docs/explanation/method.md no longer says what it measures (run ``uv run python scripts/index_residuals.py --write``).
What is pinned is how the figures are made: the months' shares add up to Pearson's r as ``detente eval index``
reports it, the decomposition is exact, the rows left out are the lists' own launches and nothing else, and the
record holds the lists' launches month by month (the claim the docs make about how independent the comparison is).
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def residuals() -> ModuleType:
    return _load("index_residuals")


def _compared(module: ModuleType, cxi: list[float], tests: list[float]) -> object:
    months = np.arange(np.datetime64("2000-01"), np.datetime64("2000-01") + len(cxi), dtype="datetime64[M]")
    return module.Compared(months=months, pos=np.arange(len(cxi), dtype=np.intp),
                           cxi=np.array(cxi, dtype=np.float64), tests=np.array(tests, dtype=np.float64))


def test_the_months_shares_add_up_to_pearsons_r(residuals: ModuleType) -> None:
    c = _compared(residuals, [70.0, 30.0, 50.0, 20.0, 65.0, 40.0], [0, 3, 0, 5, 1, 0])
    shares = c.contributions()  # type: ignore[attr-defined]
    assert shares.sum() == pytest.approx(np.corrcoef(c.cxi, c.tests)[0, 1])  # type: ignore[attr-defined]
    # the month without a test and a low CXI (40 against a mean of 45.8) pulls r toward zero: a positive share
    assert shares[5] > 0
    # the month with five tests and the lowest CXI pushes r down most
    assert int(np.argmin(shares)) == 3


def test_the_decomposition_by_hand(residuals: ModuleType) -> None:
    # counts 0, 0, 1, 1: group means 60 and 30; sd of the CXI (70, 50, 40, 20) is sqrt(325), of the means 15
    c = _compared(residuals, [70.0, 50.0, 40.0, 20.0], [0, 0, 1, 1])
    r, r_means, eta = residuals.decomposition(c)
    assert r_means == pytest.approx(-1.0)  # two counts: the means fall in a straight line
    assert eta == pytest.approx(15.0 / np.sqrt(325.0))
    assert r == pytest.approx(r_means * eta)


def test_the_comparison_is_the_one_eval_index_reports(residuals: ModuleType) -> None:
    from detente.ingest.bundled import bundled_events
    from detente.judge import validate_provocations

    dates = residuals.test_dates()
    series = residuals.series_of(bundled_events())
    c = residuals.compare(series, dates)
    found = validate_provocations(series, dates)
    assert round(c.pearson, 3) == found["cxi"]["correlation"]
    assert round(c.spearman, 3) == found["cxi"]["spearman"]
    assert c.cxi.size == found["cxi"]["months"]
    assert c.contributions().sum() == pytest.approx(c.pearson)


def test_the_rows_left_out_are_the_lists_own_launches() -> None:
    from detente.ingest.bundled import TESTS_FILE, bundled_events

    goals = _load("index_goals")
    events = bundled_events()
    out = [e for e in events if goals.is_list_row(e)]
    assert out and all(e.prov_file == TESTS_FILE and e.code == "150" for e in out)
    assert {e.event_id.split("-")[0] for e in out} == {"msl", "nuc"}
    kept_tests = [e for e in events if e.prov_file == TESTS_FILE and not goals.is_list_row(e)]
    assert {e.event_id.split("-")[0] for e in kept_tests} == {"bm", "cm", "sam", "mrl", "srm"}
    # a row of another file is never left out, whatever its id
    assert not any(goals.is_list_row(e) for e in events if e.prov_file != TESTS_FILE)


def test_the_record_holds_the_lists_launches_month_by_month() -> None:
    """The docs say the comparison with the CNS list is not independent: the record's list rows are the list's
    launches, the same number in every month on the Korean day. This holds them to it."""
    from detente.ingest.bundled import bundled_events

    goals = _load("index_goals")
    start = dt.date(1990, 1, 1)
    listed = collections.Counter((d.year, d.month) for d in goals.test_dates() if d >= start)
    recorded = collections.Counter((e.date.year, e.date.month) for e in bundled_events() if goals.is_list_row(e))
    assert recorded == listed


def test_the_docs_tables_are_what_the_script_measures(residuals: ModuleType) -> None:
    assert residuals.written() == residuals.report(residuals.TOP), (
        "docs/explanation/method.md's diagnosis of the correlation is out of date; run "
        "'uv run python scripts/index_residuals.py --write'")
