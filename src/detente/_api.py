"""Conveniences that tie the stages together for the CLI, the report and the web app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from detente.errors import MeasureError

if TYPE_CHECKING:
    from detente.config import Settings
    from detente.store import Store

__all__ = ["DPRK_TYPES", "PARADIGM_POLICIES", "calibrated_dynamics", "open_store", "paradigm_simulation"]


def open_store(settings: Settings, *, read_only: bool = False, bundled: bool = True) -> Store:
    """Open the store the settings name; on first use (and when the shipped data change) build the bundled
    US–DPRK record and the machine-coded ``kcna`` dataset into it, unless ``bundled`` is False or the store is
    opened read-only."""
    from detente.store import Store

    store = Store.open(settings.store, read_only=read_only, threads=settings.threads)
    if bundled and not read_only:
        try:
            ensure_bundled(store)
        except BaseException:
            store.close()
            raise
    return store


def ensure_bundled(store: Store) -> bool:
    """Build the bundled record and the shipped ``kcna`` dataset into ``store`` unless it holds the current ones
    (imported on first use)."""
    from detente.ingest.bundled import ensure_bundled as build
    from detente.ingest.kcna import ensure_kcna

    wrote = build(store)
    return ensure_kcna(store) or wrote


#: the simulator's US policies that stand for each paradigm of the policy-period table
PARADIGM_POLICIES: dict[str, tuple[str, ...]] = {
    "denuclearization-first": ("cvid-first", "max-pressure"),
    "parallel": ("action-for-action", "grit"),
}
DPRK_TYPES: tuple[str, ...] = ("reciprocator", "hedger", "hardliner")


def calibrated_dynamics(store: Store, *, seed: int = 0, runs: int = 200, last_year: int = 2019) -> dict[str, Any]:
    """The simulator calibrated to the bundled record of 1994..``last_year`` (``detente simulate --calibrate``),
    cached in the store per record version, years, seed and runs, so it is fitted once."""
    import json

    from detente.ingest.bundled import bundled_checksum, bundled_events
    from detente.simulate import calibrate

    key = f"calibration:{bundled_checksum()}:{last_year}:{seed}:{runs}"
    cached = store.meta(key)
    if cached is not None:
        data: dict[str, Any] = json.loads(cached)
        return data
    fit = calibrate(bundled_events(), years=(1994, last_year), runs=runs, seed=seed).to_dict()
    if not store.read_only:
        store.set_meta(key, json.dumps(fit))
    return fit


def paradigm_simulation(store: Store, record_groups: Sequence[dict[str, Any]], *, runs: int = 2000,
                        seed: int = 1, as_of: dt.date | None = None) -> dict[str, Any]:
    """The simulator's outcomes for the paradigms of the record, under the calibrated dynamics, beside the
    record's own comparison: per paradigm and DPRK type, P(coexistence reached) with its interval; and whether
    model and record order the two paradigms the same way. With ``as_of`` the calibration uses only the years
    before it."""
    from detente.simulate import Dynamics, simulate

    last_year = 2019 if as_of is None else min(2019, as_of.year - 1)
    if last_year < 1995:
        raise MeasureError(f"--as-of {as_of} leaves too few years of the record to calibrate the simulator")
    fit = calibrated_dynamics(store, last_year=last_year)
    dynamics = Dynamics(**fit["fitted"])
    rows: list[dict[str, Any]] = []
    for paradigm, policies in PARADIGM_POLICIES.items():
        for us in policies:
            for dprk in DPRK_TYPES:
                s = simulate(us, dprk, runs=runs, seed=seed, dynamics=dynamics).summary()
                rows.append({"paradigm": paradigm, "us": us, "dprk": dprk, "coexistence": s["coexistence"],
                             "deal": s["deal"], "crisis_rate": s["crisis_rate"]})
    model: dict[str, float] = {}
    for paradigm in PARADIGM_POLICIES:
        values = [r["coexistence"]["value"] for r in rows if r["paradigm"] == paradigm]
        model[paradigm] = sum(values) / len(values)
    record = {g["paradigm"]: g["cxi_mean"] for g in record_groups if g["paradigm"] in PARADIGM_POLICIES}
    agree: bool | None = None
    if len(record) == 2 and None not in record.values():
        model_says = model["parallel"] > model["denuclearization-first"]
        record_says = record["parallel"] > record["denuclearization-first"]
        agree = model_says == record_says
    return {
        "calibration": {"fitted": fit["fitted"], "observed": fit["observed"], "simulated": fit["simulated"],
                        "years": [1994, last_year]},
        "runs": runs,
        "seed": seed,
        "policies": {k: list(v) for k, v in PARADIGM_POLICIES.items()},
        "outcomes": rows,
        "model_mean_coexistence": {k: round(v, 4) for k, v in model.items()},
        "record_mean_cxi": record,
        "agree_on_order": agree,
        "note": "mixed periods have no single simulator policy and are left out; the model's outcomes depend on "
                "the DPRK type assumed, which the record does not reveal, so every type is shown",
    }
