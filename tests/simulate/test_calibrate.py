"""Calibration: base rates counted from events, and a fit that recovers known parameters."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.errors import SimulationError
from detente.model import Event
from detente.simulate import Dynamics, base_rates, calibrate, simulate


def _test(day: dt.date) -> Event:
    return Event(date=day, source="PRKMIL", target="USA", code="150", track="tension", quad_class=4)


def _talk(day: dt.date, source: str = "USAGOV", target: str = "PRKGOV") -> Event:
    return Event(date=day, source=source, target=target, code="046", track="peace", quad_class=1)


def test_base_rates_count_months_per_year() -> None:
    events = [
        _test(dt.date(2000, 1, 3)), _test(dt.date(2000, 1, 20)),  # one month with two tests
        _test(dt.date(2001, 5, 1)),
        Event(date=dt.date(2001, 6, 1), source="PRKMIL", target="KOR", code="190", track="tension",
              quad_class=4),  # material conflict on the tension track
        Event(date=dt.date(2001, 7, 1), source="USAMIL", target="PRK", code="150", quad_class=4),  # not by PRK
        _talk(dt.date(2000, 3, 1)), _talk(dt.date(2000, 3, 9), "PRKGOV", "USAGOV"),  # one month, both ways
        _talk(dt.date(2001, 8, 1)),
        Event(date=dt.date(2001, 9, 1), source="KORGOV", target="PRKGOV", code="046"),  # not the dyad
    ]
    rates = base_rates(events)
    assert rates == {"tests": 3 / 2, "talks": 2 / 2, "years": 2.0}
    assert base_rates(events, years=(2000, 2003)) == {"tests": 3 / 4, "talks": 2 / 4, "years": 4.0}


def test_base_rates_need_events() -> None:
    with pytest.raises(SimulationError, match="calibration needs events"):
        base_rates([])


def _record_like(rates: dict[str, float], years: int) -> list[Event]:
    """Events with the given months-per-year of tests and talks, spread over ``years`` years."""
    events = []
    for key, make in (("tests", _test), ("talks", _talk)):
        months = round(rates[key] * years)
        for k in range(months):
            events.append(make(dt.date(1994 + k * years // months, 1 + (k * 7) % 12, 1)))
    return events


def test_calibration_recovers_the_rates_of_known_dynamics() -> None:
    truth = Dynamics(noise=0.1, trust_gain=0.15, trust_loss=0.3)
    target = simulate("action-for-action", "hedger", runs=400, rounds=120, continuation=1.0, seed=21,
                      dynamics=truth).rates_per_year()
    events = _record_like(target, 26)
    observed = base_rates(events, years=(1994, 2019))
    grid = {"noise": (0.0, 0.1, 0.2), "trust_gain": (0.05, 0.15), "trust_loss": (0.3,), "trust_drift": (0.02,)}
    fit = calibrate(events, runs=400, seed=3, years=(1994, 2019), grid=grid)
    assert fit.observed == observed
    assert len(fit.grid) == 6
    assert fit.loss == min(row["loss"] for row in fit.grid)
    assert fit.dynamics.noise == 0.1
    assert fit.simulated["tests"] == pytest.approx(observed["tests"], rel=0.25)
    assert fit.simulated["talks"] == pytest.approx(observed["talks"], rel=0.25)
    assert fit.to_dict()["fitted"]["noise"] == 0.1
    assert calibrate(events, runs=400, seed=3, years=(1994, 2019), grid=grid) == fit


def test_calibration_refuses_unknown_parameters() -> None:
    with pytest.raises(SimulationError, match="cannot fit"):
        calibrate([_test(dt.date(2000, 1, 1))], grid={"payoff": (1.0,)})
