"""Charts: figures carry the numbers of the results they draw."""

from __future__ import annotations

import numpy as np
import pytest

from detente.errors import SimulationError
from detente.simulate import Dynamics, simulate
from detente.simulate.charts import SERIES, fan_chart, fan_data, level_chart, outcome_chart


@pytest.fixture(scope="module")
def results() -> list:  # type: ignore[type-arg]
    return [simulate("grit", "reciprocator", runs=400, rounds=60, seed=1),
            simulate("cvid-first", "hedger", runs=400, rounds=60, seed=1)]


def test_outcome_chart_has_one_bar_per_pairing(results) -> None:  # type: ignore[no-untyped-def]
    fig = outcome_chart(results)
    assert [t.name for t in fig.data] == ["P(coexistence reached)", "P(deal)"]
    assert list(fig.data[0].x) == ["grit vs reciprocator", "cvid-first vs hedger"]
    assert fig.data[0].y[0] == pytest.approx(results[0].reached.mean())


def test_level_chart_shares_sum_to_one(results) -> None:  # type: ignore[no-untyped-def]
    fig = level_chart(results)
    totals = np.sum([t.y for t in fig.data], axis=0)
    assert totals == pytest.approx([1.0, 1.0])


@pytest.mark.parametrize("series", SERIES)
def test_fan_data_quantiles_are_ordered_and_in_range(results, series: str) -> None:  # type: ignore[no-untyped-def]
    data = fan_data(results[0], series)
    q = np.array([data["quantiles"][k] for k in ("0.05", "0.25", "0.5", "0.75", "0.95")])
    ok = ~np.isnan(q).any(axis=0)
    assert np.all(np.diff(q[:, ok], axis=0) >= -1e-9)
    top = 1.0 if series.startswith("trust") else 4.0
    assert np.all((q[:, ok] >= 0) & (q[:, ok] <= top))
    assert len(data["round"]) == results[0].rounds


def test_fan_data_of_a_run_without_noise_is_the_path_itself() -> None:
    r = simulate("action-for-action", "reciprocator", runs=30, rounds=30, continuation=1.0, seed=0,
                 dynamics=Dynamics(noise=0.0))
    data = fan_data(r, "peace")
    peace = r.level_counts[0].argmax(axis=1)  # every run has the same peace level
    assert data["quantiles"]["0.05"] == data["quantiles"]["0.95"] == peace.astype(float).tolist()


def test_fan_chart_draws_bands_and_median(results) -> None:  # type: ignore[no-untyped-def]
    fig = fan_chart(results[0], "trust_dprk")
    assert fig.data[-1].name == "median"
    assert len(fig.data) == 5
    with pytest.raises(SimulationError, match="unknown series"):
        fan_chart(results[0], "mood")
