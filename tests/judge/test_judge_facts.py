"""The public-record facts the measurement must reproduce (METHOD §5), tested on the bundled US-DPRK record.

Each test states the fact on the CXI and the balance themselves (evidence-weighted, METHOD §2.1), computes it under
the default options and the sensitivity variants, and can fail: nothing here is tuned to pass. The assertions are
about months, regimes and orderings, not about figures that move as the record grows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from statistics import NormalDist

import numpy as np
import pytest

from detente.judge import JudgeOptions, find_regimes, judge
from detente.measure import (
    EvidenceOptions,
    IndexOptions,
    IndexSeries,
    IndexWeights,
    coexistence_index,
    dyad_events,
    dyad_milestones,
    pelt,
    scorecard,
    track_state,
)
from detente.measure._frame import EventFrame
from detente.model import Dyad, Milestone
from detente.store import Store

USA_PRK = Dyad.parse("USA-PRK")
D = dt.date


@pytest.fixture(scope="module")
def record(bundled_store: Path) -> tuple[EventFrame, list[Milestone]]:
    with Store.open(bundled_store, read_only=True) as st:
        return dyad_events(st, USA_PRK), dyad_milestones(st, USA_PRK)


@pytest.fixture(scope="module")
def monthly(record: tuple[EventFrame, list[Milestone]]) -> IndexSeries:
    frame, ms = record
    return coexistence_index(frame, dyad=USA_PRK, milestones=ms)


def _cxi(series: IndexSeries) -> dict[str, float]:
    return {r["period"]: r["cxi"] for r in series.rows() if r["cxi"] is not None}


def _change_points(series: IndexSeries) -> list[dt.date]:
    found = find_regimes(series, JudgeOptions())
    return [dt.date.fromisoformat(str(series.start[i])) for i in found.change_points]


def _window(values: dict[str, float], first: str, last: str) -> dict[str, float]:
    return {k: v for k, v in values.items() if first <= k <= last}


def test_fact1_named_conflict_events_are_in_the_record(record: tuple[EventFrame, list[Milestone]]) -> None:
    frame, _ = record
    hostile = frame.quad_class >= 3
    wanted = {"fire and fury": [D(2017, 8, 8)], "Hwasong-12 over Japan": [D(2017, 8, 28), D(2017, 8, 29)],
              "sixth nuclear test": [D(2017, 9, 3)], "'totally destroy' at the UN": [D(2017, 9, 19)],
              "Hwasong-15 ICBM": [D(2017, 11, 28), D(2017, 11, 29)]}
    missing = [name for name, days in wanted.items()
               if not (hostile & np.isin(frame.date, np.array(days, dtype="datetime64[D]"))).any()]
    assert not missing, f"the record lacks conflict events for: {', '.join(missing)}"


def _intensity(series: IndexSeries, key: str) -> dict[str, float]:
    return {r["period"]: r[key] for r in series.rows() if r[key] is not None}


def _values(series: IndexSeries, name: str) -> dict[str, float]:
    return {p: float(v) for p, v in zip(series.period, getattr(series, name), strict=True) if not np.isnan(v)}


def _balance_change_points(series: IndexSeries) -> list[dt.date]:
    """PELT on the evidence-weighted balance itself (its noise never below the balance's own interval width)."""
    ok = np.flatnonzero(~np.isnan(series.balance))
    low, high = series.bounds["balance"]
    floor = float(np.median((high - low)[ok])) / (2 * NormalDist().inv_cdf(0.9))
    cuts, _ = pelt(series.balance[ok], min_size=3, noise_floor=floor)
    return [dt.date.fromisoformat(str(series.start[ok[c]])) for c in cuts]


# The facts hold on the CXI and on the balance themselves (METHOD §5), with the evidence weighting of §2.1, under
# the default options and under every variant of the sensitivity check (METHOD §5 fact 6): unit event weights,
# the two-source filter, no de-duplication, the pseudo-count n0 halved and doubled, equal weights and the balance
# alone. A variant that flips a fact fails here with the month and the value.
VARIANTS = [IndexOptions(), IndexOptions(source_weighting="unit"), IndexOptions(dedup="min-sources"),
            IndexOptions(dedup="none"), IndexOptions(evidence=EvidenceOptions(n0_factor=0.5)),
            IndexOptions(evidence=EvidenceOptions(n0_factor=2)), IndexOptions(weights=IndexWeights.equal()),
            IndexOptions(weights=IndexWeights.balance_only())]
IDS = ["default", "unit-weights", "min-sources", "no-dedup", "n0-halved", "n0-doubled", "equal-weights",
       "balance-alone"]


@pytest.fixture(scope="module", params=VARIANTS, ids=IDS)
def variant(request: pytest.FixtureRequest, record: tuple[EventFrame, list[Milestone]]) -> IndexSeries:
    frame, ms = record
    return coexistence_index(frame, dyad=USA_PRK, milestones=ms, options=request.param)


def test_fact1_conflict_peaks_aug_nov_2017_on_the_balance_and_the_cxi(variant: IndexSeries) -> None:
    balance = _window(_values(variant, "balance"), "2015-01", "2019-12")
    low = min(balance, key=lambda k: balance[k])
    assert "2017-08" <= low <= "2017-11", f"the balance of 2015-2019 is lowest in {low} ({balance[low]:.2f})"
    # the CXI: Aug-Nov 2017 lie in the lowest regime of 2015-2019, which also holds the CXI's lowest month
    found = find_regimes(variant, JudgeOptions(index=variant.options))
    span = [r for r in found.regimes if r.end >= D(2015, 1, 1) and r.start <= D(2019, 12, 31) and r.mean_cxi]
    lowest = min(span, key=lambda r: r.mean_cxi or 0.0)
    assert lowest.start <= D(2017, 8, 1) and D(2017, 11, 30) <= lowest.end, (
        f"the lowest regime of 2015-2019 is {lowest.start}..{lowest.end} (mean CXI {lowest.mean_cxi:.1f})")
    cxi = _window(_cxi(variant), "2015-01", "2019-12")
    bottom = min(cxi, key=lambda k: cxi[k])
    assert lowest.start.isoformat()[:7] <= bottom <= lowest.end.isoformat()[:7], (
        f"the CXI of 2015-2019 is lowest in {bottom}, outside the lowest regime")
    crisis = np.mean(list(_window(cxi, "2017-08", "2017-11").values()))
    summit = np.mean(list(_window(cxi, "2018-03", "2019-02").values()))
    assert crisis < summit, f"CXI Aug-Nov 2017 ({crisis:.1f}) not below the summit year ({summit:.1f})"


def test_fact1_conflict_intensity_peaks_aug_nov_2017(variant: IndexSeries) -> None:
    conflict = _window(_intensity(variant, "conflict_intensity"), "2017-01", "2019-12")
    peak = max(conflict, key=lambda k: conflict[k])
    assert "2017-08" <= peak <= "2017-11", f"conflict intensity of 2017-2019 peaks in {peak} ({conflict[peak]:.2f})"


def test_fact2_regime_change_in_2018_q1_on_the_cxi_and_the_balance(variant: IndexSeries) -> None:
    for name, cps in (("CXI", _change_points(variant)), ("balance", _balance_change_points(variant))):
        near = [c for c in cps if D(2017, 12, 1) <= c <= D(2018, 4, 30)]
        recent = [str(c) for c in cps if c.year > 2016]
        assert near, f"no change point of the {name} within a month of 2018 Q1; change points after 2016: {recent}"


def test_fact3_cooperation_peaks_at_singapore_with_the_may_dip(record: tuple[EventFrame, list[Milestone]],
                                                              variant: IndexSeries) -> None:
    for name in ("cxi", "balance"):
        values = _window(_values(variant, name), "2015-01", "2019-12")
        peak = max(values, key=lambda k: values[k])
        assert "2018-05" <= peak <= "2018-07", f"the {name} of 2015-2019 peaks in {peak} ({values[peak]:.2f})"
    coop = _window(_intensity(variant, "cooperation_intensity"), "2015-01", "2019-12")
    assert "2018-05" <= max(coop, key=lambda k: coop[k]) <= "2018-07"
    # The dip is a two-week episode (the 16 May threat to reconsider the summit, the 24 May cancellation letter,
    # revived by 26 May), so it shows at week resolution; May as a whole also holds the detainees' release.
    frame, ms = record
    weekly = coexistence_index(frame, dyad=USA_PRK, milestones=ms, options=variant.options.with_(freq="week"))
    for name in ("cxi", "balance"):
        weeks = _window(_values(weekly, name), "2018-W18", "2018-W24")
        low = min(weeks, key=lambda k: weeks[k])
        assert low in ("2018-W20", "2018-W21"), f"lowest weekly {name} before Singapore in {low}, not at the letter"
        assert weeks[low] < np.mean([v for k, v in weeks.items() if k != low]), f"no dip of the {name} in May 2018"


def test_fact4_post_hanoi_decline_and_panmunjom_spike_not_a_regime(variant: IndexSeries) -> None:
    for name in ("cxi", "balance"):
        values = _values(variant, name)
        before = np.mean(list(_window(values, "2018-06", "2019-02").values()))
        after = np.mean(list(_window(values, "2019-03", "2019-12").values()))
        assert after < before, f"no decline of the {name} after Hanoi ({before:.2f} before, {after:.2f} after)"
        assert values["2019-06"] > values["2019-05"] and values["2019-06"] > values["2019-07"], (
            f"no {name} spike in June 2019")
    cps = _change_points(variant)
    assert not [c for c in cps if D(2019, 6, 1) <= c <= D(2019, 7, 31)], "June 2019 opens or closes a regime"
    found = find_regimes(variant, JudgeOptions(index=variant.options))
    june = variant.position(D(2019, 6, 15))
    regime = next(r for r in found.regimes if r.first <= june <= r.last)
    assert regime.first < june < regime.last
    assert regime.mean_cxi is not None and regime.mean_cxi < _cxi(variant)["2019-06"]


def test_the_facts_months_are_not_thin(monthly: IndexSeries) -> None:
    # the months the facts turn on rest on evidence, and their intervals say how much
    rows = {r["period"]: r for r in monthly.rows()}
    for month in ("2017-08", "2017-09", "2017-11", "2018-06", "2019-06"):
        row = rows[month]
        assert not row["thin"] and row["events"] >= 3, month
        assert row["cxi_low"] < row["cxi"] < row["cxi_high"], month
        assert row["cxi_high"] - row["cxi_low"] < 40, month


def test_fact5_track_states_2018_2019(record: tuple[EventFrame, list[Milestone]]) -> None:
    frame, ms = record
    # the moratorium holds in the events: no nuclear test after 3 Sep 2017, no ICBM after Nov 2017, through 2019
    tests_ = (frame.root == "15") & np.char.startswith(frame.source.astype(str), "PRK")
    in_window = (frame.date > np.datetime64("2017-12-01")) & (frame.date <= np.datetime64("2019-12-31"))
    text = np.char.lower(frame.summary.astype(str))
    icbm = np.char.find(text, "icbm") >= 0
    icbm |= np.char.find(text, "intercontinental") >= 0
    nuclear = np.char.find(text, "nuclear test") >= 0
    assert not (tests_ & in_window & (icbm | nuclear)).any()
    cards = scorecard(ms, dyad="USA-PRK", start=D(2018, 1, 1), end=D(2019, 12, 31))
    rows = {r["period"]: r for r in cards.rows()}
    for period, r in rows.items():
        assert r["peace_grade_a"] == 0 and r["denuclearization_grade_a"] == 0, period
    for month in range(5, 13):
        for year in (2018, 2019):
            state = track_state(ms, day=D(year, month, 15))
            den = state["denuclearization"]
            moratoria = [m for m in den["in_force"] if "moratorium" in m["kind"]]
            assert moratoria and {m["grade"] for m in moratoria} == {"B"}, (year, month)
            assert den["grade_a_level"] == 0
            assert state["peace"]["standing_institution"] is False, (year, month)
    peace = [(r["peace"], p) for p, r in rows.items()]
    top = max(v for v, _ in peace)
    first_top = next(p for v, p in peace if v == top)
    assert "2018-05" <= first_top <= "2018-08" and top < 4


def test_as_of_before_hanoi_sees_the_2018_regime(record: tuple[EventFrame, list[Milestone]]) -> None:
    frame, ms = record
    v = judge(frame, dyad=USA_PRK, milestones=ms, as_of=D(2019, 2, 14))
    assert D(2017, 12, 1) <= v.current.start <= D(2018, 4, 30)
    assert v.series.rows()[-1]["period"] == "2019-02"
    assert int(v.series.frame.date.max().astype("datetime64[D]").astype(int)) <= (D(2019, 2, 14) - D(1970, 1, 1)).days
    assert all(e["date"] <= "2019-02-14" for e in v.evidence)
