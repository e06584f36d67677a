"""Fit perception noise and trust parameters so simulated base rates match an event record.

Two base rates are compared, both counted in months so that they match the model's monthly rounds:

* tests: months per year with at least one DPRK weapons test, i.e. an event by the DPRK with CAMEO root 15
  (exhibit force posture) or a material-conflict event (quad class 4) on the tension track;
* talks: months per year with at least one US–DPRK meeting or negotiation (CAMEO root 04, either direction).

The fit is a grid search: every combination of the candidate noise, trust-gain, trust-loss and trust-drift values is
simulated with the same seed (common random numbers), and the one whose rates are closest in squared log ratio
wins. Everything the fit saw and produced is kept in :class:`Calibration`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from detente.errors import SimulationError
from detente.model import Event
from detente.simulate._negotiation import Dynamics, simulate
from detente.simulate._policies import Policy

__all__ = ["DEFAULT_GRID", "Calibration", "base_rates", "calibrate"]

DEFAULT_GRID: dict[str, tuple[float, ...]] = {
    "noise": (0.0, 0.05, 0.1, 0.15, 0.2),
    "trust_gain": (0.02, 0.05, 0.1, 0.15),
    "trust_loss": (0.05, 0.1, 0.3),
    "trust_drift": (0.0, 0.02),
}


def _is_test(event: Event) -> bool:
    if event.source_country != "PRK":
        return False
    root = event.root or event.code[:2]
    return root == "15" or (event.track == "tension" and event.quad_class == 4)


def _is_talk(event: Event) -> bool:
    root = event.root or event.code[:2]
    return root == "04" and {event.source_country, event.target_country} == {"USA", "PRK"}


def base_rates(events: Iterable[Event], *, years: tuple[int, int] | None = None) -> dict[str, float]:
    """Months per year with a DPRK test and with US–DPRK talks over ``years`` (inclusive; default: the years
    the events span)."""
    test_months: set[tuple[int, int]] = set()
    talk_months: set[tuple[int, int]] = set()
    seen: list[int] = []
    for event in events:
        year = event.date.year
        if years is not None and not years[0] <= year <= years[1]:
            continue
        seen.append(year)
        month = (year, event.date.month)
        if _is_test(event):
            test_months.add(month)
        if _is_talk(event):
            talk_months.add(month)
    if years is None:
        if not seen:
            raise SimulationError("calibration needs events; none were given (load the bundled record first)")
        years = (min(seen), max(seen))
    span = years[1] - years[0] + 1
    if span < 1:
        raise SimulationError(f"years {years} are empty; give the first year before the last")
    return {"tests": len(test_months) / span, "talks": len(talk_months) / span, "years": float(span)}


@dataclass(frozen=True, slots=True)
class Calibration:
    """The result of :func:`calibrate`: the fitted dynamics, the rates it was fitted to, every grid point."""

    dynamics: Dynamics
    observed: dict[str, float]
    simulated: dict[str, float]
    loss: float
    us: str
    dprk: str
    runs: int
    rounds: int
    seed: int
    years: tuple[int, int] | None
    grid: tuple[dict[str, float], ...]

    def to_dict(self) -> dict[str, Any]:
        d = self.dynamics
        return {
            "fitted": {name: getattr(d, name) for name in DEFAULT_GRID},
            "observed": self.observed, "simulated": self.simulated, "loss": self.loss,
            "pairing": {"us": self.us, "dprk": self.dprk}, "runs": self.runs, "rounds": self.rounds,
            "seed": self.seed, "years": list(self.years) if self.years else None, "grid": list(self.grid),
        }


def _loss(sim: dict[str, float], obs: dict[str, float]) -> float:
    return sum(math.log((sim[k] + 0.1) / (obs[k] + 0.1)) ** 2 for k in ("tests", "talks"))


def calibrate(
    events: Iterable[Event],
    *,
    us: str | Policy = "action-for-action",
    dprk: str | Policy = "hedger",
    runs: int = 500,
    rounds: int = 120,
    seed: int = 0,
    years: tuple[int, int] | None = None,
    grid: dict[str, Sequence[float]] | None = None,
    base: Dynamics | None = None,
) -> Calibration:
    """Fit ``noise``, ``trust_gain``, ``trust_loss`` and ``trust_drift`` so the pairing's simulated test and
    talk months per year match those of ``events``. Pure: same events, options and seed, same fit."""
    observed = base_rates(events, years=years)
    axes = {**DEFAULT_GRID, **(grid or {})}
    unknown = set(axes) - set(DEFAULT_GRID)
    if unknown:
        raise SimulationError(f"cannot fit {sorted(unknown)}; the grid may set {', '.join(DEFAULT_GRID)}")
    start = base or Dynamics()
    rows: list[dict[str, float]] = []
    best: tuple[float, Dynamics, dict[str, float]] | None = None
    names = tuple(DEFAULT_GRID)
    for values in itertools.product(*(axes[name] for name in names)):
        point = dict(zip(names, values, strict=True))
        dyn = replace(start, **point)
        rates = simulate(us, dprk, runs=runs, rounds=rounds, continuation=1.0, seed=seed,
                         dynamics=dyn).rates_per_year()
        value = _loss(rates, observed)
        rows.append({**point, **rates, "loss": value})
        if best is None or value < best[0]:
            best = (value, dyn, rates)
    if best is None:
        raise SimulationError("the calibration grid is empty; give at least one value per parameter")
    u = us if isinstance(us, str) else us.name
    d = dprk if isinstance(dprk, str) else dprk.name
    return Calibration(dynamics=best[1], observed=observed, simulated=best[2], loss=best[0], us=u, dprk=d,
                       runs=runs, rounds=rounds, seed=seed, years=years, grid=tuple(rows))
