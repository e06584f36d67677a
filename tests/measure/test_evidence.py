"""Evidence weighting (METHOD §2.1): the shrinkage formula by hand, the as-of-safe baseline, n0, the thin flag, and
the intervals (seeded, deterministic, narrower with more evidence, calibrated on data with a known share)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from detente.errors import ConfigError
from detente.measure import EvidenceOptions, IndexOptions, coexistence_index
from detente.measure._evidence import baselines, resolve_n0, shrink
from detente.model import Dyad, Event

USA_PRK = Dyad.parse("USA-PRK")
D = dt.date
W = math.log(2)  # the weight of an event without a sources figure


def ev(day: dt.date, g: float, quad: int, src: str = "USAGOV") -> Event:
    tgt = "USAGOV" if src.startswith("PRK") else "PRKGOV"
    return Event(day, src, tgt, "150" if quad == 4 else "043", goldstein=g, quad_class=quad)


def opts(**evidence: object) -> IndexOptions:
    return IndexOptions(evidence=EvidenceOptions(**evidence))  # type: ignore[arg-type]


def test_one_hostile_month_after_nothing_moves_a_step_from_neutral() -> None:
    # January: one missile test (g -7.2, QuadClass 4), nothing before it: the baseline is the neutral value
    s = coexistence_index([ev(D(2016, 1, 9), -7.2, 4, "PRKMIL")], dyad=USA_PRK, options=opts(resamples=0))
    n0 = W  # the median event mass of the periods with events: the one event's weight
    assert s.n0 == pytest.approx(n0)
    assert s.raw["balance"][0] == -1.0 and s.raw["material_conflict"][0] == 1.0
    # B's mass is Σw|g| over the dyad's mean intensity (7.2 per unit weight): one event, mass w
    assert s.balance[0] == pytest.approx((W * -1.0 + n0 * 0.0) / (W + n0))
    assert s.material_conflict[0] == pytest.approx((W * 1.0 + n0 * 0.25) / (W + n0))
    assert s.material_cooperation[0] == pytest.approx((0.0 + n0 * 0.25) / (W + n0))
    assert s.thin[0] and np.isnan(s.cxi_low[0]) and s.rows()[0]["cxi_low"] is None  # no draws asked for


def test_the_baseline_comes_only_from_earlier_periods() -> None:
    hostile = [ev(D(2016, m, 9), -7.2, 4, "PRKMIL") for m in (1, 2, 3)]
    calm = [ev(D(2016, 4, d), 2.8, 1) for d in (2, 9, 16)]
    s = coexistence_index(hostile + calm, dyad=USA_PRK, options=opts(n0=1.0, resamples=0))
    base = s.baseline["material_conflict"]
    assert base[0] == pytest.approx(0.25)  # nothing before January: neutral
    assert base[1] == pytest.approx((W * 1.0 + 1.0 * 0.25) / (W + 1.0))  # January's share weighed by its mass
    assert base[3] == pytest.approx((3 * W * 1.0 + 0.25) / (3 * W + 1.0))  # April sees January to March only
    # a later month does not move an earlier month's value (as-of safe)
    early = coexistence_index(hostile, dyad=USA_PRK, options=opts(n0=1.0, resamples=0))
    np.testing.assert_allclose(s.material_conflict[:3], early.material_conflict[:3], atol=1e-12)


def test_the_baseline_window_is_a_parameter() -> None:
    share = np.array([1.0, np.nan, 0.0, 0.5])
    mass = np.array([2.0, 0.0, 2.0, 2.0])
    b = baselines(share, mass, neutral=0.25, n0=1.0, window=1)
    assert b.share.tolist() == pytest.approx([0.25, (2.0 + 0.25) / 3.0, 0.25, (0.0 + 0.25) / 3.0])
    assert b.mass.tolist() == [0.0, 2.0, 0.0, 2.0]
    wide = baselines(share, mass, neutral=0.25, n0=1.0, window=10)
    assert wide.share[3] == pytest.approx((2.0 + 0.0 + 0.25) / 5.0)
    assert shrink(np.array([1.0, np.nan]), np.array([3.0, 0.0]), np.array([0.0, 0.0]), 1.0).tolist()[0] == 0.75
    assert np.isnan(shrink(np.array([np.nan]), np.array([0.0]), np.array([0.5]), 1.0)[0])


def test_n0_is_the_median_mass_times_the_factor_or_given() -> None:
    mass = np.array([1.0, 0.0, 3.0, 5.0])
    seen = mass > 0
    assert resolve_n0(mass, seen, EvidenceOptions()) == 3.0
    assert resolve_n0(mass, seen, EvidenceOptions(n0_factor=0.5)) == 1.5
    assert resolve_n0(mass, seen, EvidenceOptions(n0=2.0, n0_factor=2.0)) == 4.0
    assert resolve_n0(mass, np.zeros(4, dtype=bool), EvidenceOptions()) == 0.0


def test_n0_zero_gives_the_raw_shares() -> None:
    events = [ev(D(2016, 1, 9), -7.2, 4, "PRKMIL"), ev(D(2016, 2, 3), 2.8, 1)]
    s = coexistence_index(events, dyad=USA_PRK, options=opts(n0=0.0))
    for name in ("balance", "material_conflict", "material_cooperation"):
        np.testing.assert_array_equal(getattr(s, name), s.raw[name])


@pytest.mark.parametrize("bad", [{"n0": -1.0}, {"n0": math.inf}, {"n0_factor": -0.5}, {"baseline_years": 0},
                                 {"thin_events": -1}, {"resamples": -5}, {"level": 1.0}, {"level": 0.0}])
def test_bad_evidence_options_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ConfigError):
        EvidenceOptions(**bad)  # type: ignore[arg-type]


# ---- thin periods and intervals ------------------------------------------------------------------------------------


def month(year: int, m: int, n_conflict: int, n_coop: int) -> list[Event]:
    days = iter(range(1, 29))
    return ([ev(D(year, m, next(days)), -7.2, 4, "PRKMIL") for _ in range(n_conflict)]
            + [ev(D(year, m, next(days)), 2.8, 1) for _ in range(n_coop)])


def test_thin_counts_events_and_is_a_parameter() -> None:
    events = month(2016, 1, 1, 1) + month(2016, 2, 2, 1) + month(2016, 4, 0, 1)
    s = coexistence_index(events, dyad=USA_PRK)
    assert s.thin.tolist() == [True, False, True, True]  # March has no events: thin too
    assert [r["thin"] for r in s.rows()] == [True, False, True, True]
    loose = coexistence_index(events, dyad=USA_PRK, options=opts(thin_events=2))
    assert loose.thin.tolist() == [False, False, True, True]


def test_intervals_are_seeded_deterministic_and_hold_the_point() -> None:
    events = [e for m in range(1, 13) for e in month(2016, m, m % 3, 3 - m % 3)]
    a = coexistence_index(events, dyad=USA_PRK, options=opts(seed=3))
    b = coexistence_index(events, dyad=USA_PRK, options=opts(seed=3))
    c = coexistence_index(events, dyad=USA_PRK, options=opts(seed=4))
    np.testing.assert_array_equal(a.cxi_low, b.cxi_low)
    np.testing.assert_array_equal(a.cxi_high, b.cxi_high)
    assert not np.array_equal(a.cxi_low, c.cxi_low)
    np.testing.assert_array_equal(a.cxi, c.cxi)  # only the intervals draw
    assert np.all(a.cxi_low <= a.cxi) and np.all(a.cxi <= a.cxi_high) and np.all(a.cxi_high > a.cxi_low)
    for name in ("balance", "material_conflict", "material_cooperation"):
        lo, hi = a.bounds[name]
        assert np.all(lo <= getattr(a, name) + 1e-12) and np.all(getattr(a, name) <= hi + 1e-12)
    wider = coexistence_index(events, dyad=USA_PRK, options=opts(seed=3, level=0.95))
    assert np.all(wider.cxi_low <= a.cxi_low + 1e-9) and np.all(wider.cxi_high >= a.cxi_high - 1e-9)
    assert a.meta()["evidence"]["seed"] == 3 and a.meta()["evidence"]["interval"] == 0.8


def test_more_event_days_narrow_the_interval() -> None:
    # the same mix (one test to two meetings) on 3 days in one month and on 24 days in the next
    events = month(2016, 6, 1, 2) + month(2016, 7, 8, 16)
    s = coexistence_index(events, dyad=USA_PRK, options=opts(n0=1.0))
    width = s.cxi_high - s.cxi_low
    assert width[1] < 0.6 * width[0]


def test_a_later_month_leaves_the_earlier_draws_alone() -> None:
    # n0 given and every event of one intensity, so nothing global moves when July arrives
    early = month(2016, 5, 1, 2) + month(2016, 6, 2, 1)  # three tests and three meetings: mean intensity 5
    a = coexistence_index(early, dyad=USA_PRK, options=opts(n0=1.0))
    july = [ev(D(2016, 7, 1), -7.2, 4, "PRKMIL"), ev(D(2016, 7, 2), 2.8, 1)]
    b = coexistence_index(early + july, dyad=USA_PRK, options=opts(n0=1.0))
    assert len(b) == 3 and b.intensity_unit == pytest.approx(a.intensity_unit)
    np.testing.assert_allclose(b.cxi_low[:2], a.cxi_low[:2], atol=1e-12)
    np.testing.assert_allclose(b.cxi_high[:2], a.cxi_high[:2], atol=1e-12)


def test_intervals_cover_a_known_share_about_as_often_as_they_say() -> None:
    # 150 months of 6 events each, a test with probability 0.3 and a meeting otherwise: the true material-conflict
    # share is 0.3 every month; after the first years the baseline knows it, so the 80% intervals of M should
    # hold 0.3 in roughly 80% of the months (the bootstrap is approximate: between 70% and 95%)
    rng = np.random.default_rng(11)
    events: list[Event] = []
    for i in range(150):
        y, m = 2000 + i // 12, i % 12 + 1
        for d in range(1, 7):
            hostile = rng.random() < 0.3
            events.append(ev(D(y, m, 3 * d), -7.2 if hostile else 2.8, 4 if hostile else 1,
                             "PRKMIL" if hostile else "USAGOV"))
    s = coexistence_index(events, dyad=USA_PRK, options=opts(resamples=1000))
    lo, hi = s.bounds["material_conflict"]
    later = slice(36, None)
    covered = float(np.mean((lo[later] <= 0.3) & (hi[later] >= 0.3)))
    assert 0.70 <= covered <= 0.95, covered
    raw = s.raw["material_conflict"][later]
    # shrinkage toward the (right) baseline brings the monthly values closer to the truth than the raw shares
    assert np.mean(np.abs(s.material_conflict[later] - 0.3)) < np.mean(np.abs(raw - 0.3))
