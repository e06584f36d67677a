"""Regime labelling on synthetic index series: where PELT cuts, how each regime is judged by the persistence rule
(length, mean CXI against the threshold, material conflict against its reference median), the trend, gaps, the
reference decade, other frequencies, and the BOCPD live flag.

The series are real :class:`IndexSeries` objects (built from one event a period) whose CXI and material-conflict
arrays are replaced by crafted values, with three events a period and no uncertainty (the interval of each value is
the value itself), so every expected figure follows from the values written here. The evidence rule (at least 12
events in at least 4 periods) is exercised in ``test_verdict_rules.py`` and at the end of this file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from detente.judge import JudgeOptions, Regime, find_regimes
from detente.judge._regimes import conflict_median, periods_per_year
from detente.measure import ChangeOptions, IndexOptions, IndexSeries, coexistence_index, months_to_periods
from detente.model import Dyad, Event
from detente.reference import enrich

USA_PRK = Dyad.parse("USA-PRK")
D = dt.date
NO_CUTS = JudgeOptions(change=ChangeOptions(penalty_factor=1e9))


def _base(freq: str, n: int) -> IndexSeries:
    if freq == "week":
        days = [D(2010, 1, 4) + dt.timedelta(days=7 * i) for i in range(n)]
    elif freq == "quarter":
        days = [D(2010 + i // 4, 3 * (i % 4) + 1, 5) for i in range(n)]
    else:
        days = [D(2010 + i // 12, i % 12 + 1, 5) for i in range(n)]
    events = [enrich(Event(d, "USAGOV", "PRKGOV", "040")) for d in days]
    return coexistence_index(events, dyad=USA_PRK, options=IndexOptions(freq=freq))  # type: ignore[arg-type]


MONTHLY = _base("month", 48)  # 2010-01 .. 2013-12; its reference decade covers all of it


def series(cxi: object, conflict: object = None, base: IndexSeries = MONTHLY, **changes: object) -> IndexSeries:
    c = np.asarray(cxi, dtype=np.float64)
    m = np.full(c.size, 0.2) if conflict is None else np.asarray(conflict, dtype=np.float64)
    assert c.size == len(base) == m.size
    crafted: dict[str, object] = {"cxi": c, "material_conflict": m, "cxi_low": c, "cxi_high": c, "draws": None,
                                  "events": np.where(np.isnan(c), 0, 3).astype(np.int64)}
    return dataclasses.replace(base, **(crafted | changes))  # type: ignore[arg-type]


def step(lo: float, hi: float, at: int, n: int = 48) -> list[float]:
    return [lo] * at + [hi] * (n - at)


def test_a_clean_step_is_cut_exactly_where_it_happens() -> None:
    found = find_regimes(series(step(30, 75, 24), step(0.5, 0.1, 24)))
    assert found.change_points == (24,)
    first, last = found.regimes
    assert found.current is last
    assert (first.first, first.last, last.first, last.last) == (0, 23, 24, 47)
    assert (first.start, first.end, last.start, last.end) == (D(2010, 1, 1), D(2011, 12, 31), D(2012, 1, 1),
                                                              D(2013, 12, 31))
    assert found.conflict_median == pytest.approx(0.3)  # the median of 24 months at 0.5 and 24 at 0.1
    enough = "rests on 72 event(s) in 24 period(s) (enough: at least 12 in 4)"
    # each regime's material conflict is compared with the rest of the reference decade: the other regime
    assert first.reasons == ("lasts 24 periods (at least 6 required)",
                             "mean CXI 30.0: its upper bound stays below the threshold 60",
                             "material conflict 0.50 not below its reference median 0.10", enough)
    assert last.reasons == ("lasts 24 periods (at least 6 required)", "mean CXI 75.0: its lower bound reaches the "
                            "threshold 60", "material conflict 0.10 below its reference median 0.50", enough)
    assert first.evidence == last.evidence == "sufficient" and last.events == 72
    assert not first.coexistent and last.coexistent
    assert first.trend == last.trend == "flat" and last.trend_per_year == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("n_steps", [1, 2, 3])
def test_regimes_tile_the_series_without_gaps(n_steps: int) -> None:
    levels = [20.0, 80.0, 40.0, 90.0][:n_steps + 1]
    width = 48 // (n_steps + 1)
    values = [levels[min(i // width, n_steps)] for i in range(48)]
    found = find_regimes(series(values))
    assert found.change_points == tuple(width * k for k in range(1, n_steps + 1))
    assert found.regimes[0].first == 0 and found.regimes[-1].last == 47
    for a, b in zip(found.regimes, found.regimes[1:], strict=False):
        assert b.first == a.last + 1 and b.start == a.end + dt.timedelta(days=1)
    assert sum(r.periods for r in found.regimes) == 48
    assert [r.mean_cxi for r in found.regimes] == pytest.approx(levels)


def test_high_cxi_with_conflict_at_its_median_is_not_coexistent() -> None:
    found = find_regimes(series(step(30, 75, 24), [0.2] * 48))  # the median is 0.2 and so is every month
    cur = found.current
    assert cur.mean_cxi == pytest.approx(75) and cur.periods == 24
    assert not cur.coexistent  # "below" is strict
    assert cur.reasons[-2] == "material conflict 0.20 not below its reference median 0.20"


def test_mean_cxi_exactly_at_the_threshold_reaches_it() -> None:
    found = find_regimes(series(step(30, 60, 24), step(0.5, 0.1, 24)))
    assert found.current.mean_cxi == 60.0
    assert "mean CXI 60.0: its lower bound reaches the threshold 60" in found.current.reasons
    assert found.current.coexistent
    just_above = find_regimes(series(step(30, 60, 24), step(0.5, 0.1, 24)), JudgeOptions(threshold=60.5))
    assert just_above.current.coexistent is False
    assert "mean CXI 60.0: its upper bound stays below the threshold 60.5" in just_above.current.reasons


@pytest.mark.parametrize(("min_months", "coexistent"), [(6, False), (5, False), (4, True), (1, True)])
def test_a_short_final_regime_needs_min_months(min_months: int, coexistent: bool) -> None:
    found = find_regimes(series(step(30, 75, 44), step(0.5, 0.1, 44)), JudgeOptions(min_months=min_months))
    cur = found.current
    assert found.change_points == (44,) and cur.periods == 4
    assert cur.coexistent is coexistent
    expected = ("lasts 4 periods (at least {n} required)" if coexistent
                else "lasts 4 of the {n} periods required").format(n=min_months)
    assert cur.reasons[0] == expected


@pytest.mark.parametrize(("slope_per_month", "trend"), [(1.0, "rising"), (-1.0, "falling"), (0.25, "flat"),
                                                        (-0.4, "flat"), (0.5, "rising")])
def test_trend_is_the_yearly_slope_against_trend_per_year(slope_per_month: float, trend: str) -> None:
    values = 50 + slope_per_month * (np.arange(48) - 24)
    found = find_regimes(series(values), NO_CUTS)
    assert len(found.regimes) == 1
    cur = found.current
    assert cur.trend_per_year == pytest.approx(12 * slope_per_month)
    assert cur.trend == trend  # +-5 points a year is the default line between flat and moving


def test_trend_per_year_is_a_parameter() -> None:
    values = 50 + 0.25 * np.arange(48)  # 3 points a year
    assert find_regimes(series(values), NO_CUTS).current.trend == "flat"
    assert find_regimes(series(values), NO_CUTS.with_(trend_per_year=2.0)).current.trend == "rising"


def test_months_without_events_are_left_out_of_means_and_slopes_but_count_in_length() -> None:
    values = 50 + 1.0 * np.arange(48)
    values[1::3] = np.nan  # a third of the months have no events
    found = find_regimes(series(values), NO_CUTS)
    cur = found.current
    assert cur.periods == 48 and cur.observed == 32
    assert cur.mean_cxi == pytest.approx(float(np.nanmean(values)))
    # the slope is fitted on the months' real positions, so gaps do not bend it
    assert cur.trend_per_year == pytest.approx(12.0)
    assert cur.to_dict()["periods_with_events"] == 32


def test_change_points_fall_on_months_with_events() -> None:
    values = np.array(step(30, 75, 24), dtype=np.float64)
    values[::2] = np.nan  # month 24 has no events; the first valued month of the new level is 25
    found = find_regimes(series(values))
    assert found.change_points == (25,)
    assert not np.isnan(values[found.change_points[0]])
    assert found.regimes[0].mean_cxi == pytest.approx(30) and found.current.mean_cxi == pytest.approx(75)


def test_fewer_than_three_valued_periods_leave_the_trend_undetermined() -> None:
    values = np.full(48, np.nan)
    values[[10, 30]] = [40.0, 70.0]
    cur = find_regimes(series(values)).current
    assert cur.observed == 2 and cur.trend == "undetermined" and cur.trend_per_year is None
    assert cur.mean_cxi == pytest.approx(55.0)


def test_a_series_with_no_valued_period_is_one_regime_with_no_events() -> None:
    found = find_regimes(series([np.nan] * 48, [np.nan] * 48))
    assert found.change_points == () and len(found.regimes) == 1
    cur = found.current
    assert cur.mean_cxi is None and cur.mean_material_conflict is None
    assert cur.coexistent is None and cur.evidence == "insufficient"  # nothing to judge on: no answer, not "no"
    assert cur.reasons == ("lasts 48 periods (at least 6 required)", "no events",
                           "rests on 0 event(s) in 0 period(s) (at least 12 in 4 needed)")
    assert found.conflict_median is None
    assert cur.to_dict()["mean_cxi"] is None


def test_the_conflict_reference_is_the_reference_decade() -> None:
    conflict = step(0.5, 0.1, 24)
    whole = series(step(30, 75, 24), conflict)
    assert conflict_median(whole) == pytest.approx(0.3)
    # a reference window over the first two years only: their median is 0.5
    early = series(step(30, 75, 24), conflict, reference=(D(2010, 1, 1), D(2011, 12, 31)))
    assert conflict_median(early) == pytest.approx(0.5)
    late = series(step(30, 75, 24), conflict, reference=(D(2012, 1, 1), D(2013, 12, 31)))
    assert conflict_median(late) == pytest.approx(0.1)
    # a window the series does not reach: the median over every valued period instead
    outside = series(step(30, 75, 24), conflict, reference=(D(1990, 1, 1), D(1999, 12, 31)))
    assert conflict_median(outside) == pytest.approx(0.3)


def test_a_regime_is_compared_with_the_rest_of_its_reference_not_with_itself() -> None:
    conflict = step(0.5, 0.1, 24)
    # the reference decade is the current regime's own two years: it is compared with the rest of the series
    late = series(step(30, 75, 24), conflict, reference=(D(2012, 1, 1), D(2013, 12, 31)))
    assert conflict_median(late, 24, 47) == pytest.approx(0.5)
    assert find_regimes(late).current.coexistent
    # a calm regime that fills most of its decade, with a skewed share (mostly 0, now and then 0.6: mean 0.1 above
    # its own median 0), after a year of crisis: calm against the crisis, as it would not be against itself
    calm = [0.6 if i % 6 == 0 else 0.0 for i in range(36)]
    skewed = series(step(30, 75, 12), [0.7] * 12 + calm)
    found = find_regimes(skewed)
    assert found.change_points == (12,)
    assert found.current.mean_material_conflict == pytest.approx(0.1) and found.current.coexistent
    assert conflict_median(skewed, 12, 47) == pytest.approx(0.7)
    # one regime over the whole series: nothing else to compare with, so the neutral share 1/4
    alone = series([75.0] * 48, calm + calm[:12])
    assert find_regimes(alone).change_points == ()
    assert conflict_median(alone, 0, 47) == pytest.approx(0.25) and find_regimes(alone).current.coexistent
    assert conflict_median(series([np.nan] * 48, [np.nan] * 48), 0, 47) is None


def test_to_dict_rounds_and_explains() -> None:
    values = np.array(step(30, 75, 24)) + np.r_[np.zeros(24), np.tile([0.0001234, -0.0001234], 12)]
    reg = find_regimes(series(values, step(0.5, 0.123456, 24))).current
    out = reg.to_dict()
    assert out == {"start": "2012-01-01", "end": "2013-12-31", "periods": 24, "periods_with_events": 24,
                   "thin_periods": 0, "events": 72, "evidence": "sufficient",
                   "mean_cxi": round(float(values[24:].mean()), 3),
                   "cxi_low": None, "cxi_high": None, "mean_material_conflict": 0.123,
                   "balance": reg.to_dict()["balance"],
                   "trend": reg.trend, "trend_per_year": None if reg.trend_per_year is None
                   else round(reg.trend_per_year, 3), "coexistent": reg.coexistent, "why": list(reg.reasons)}
    assert isinstance(reg, Regime)
    assert 0.99 < out["balance"] <= 1.0  # the underlying events: one consultation a month, nothing hostile


@pytest.mark.parametrize(("freq", "months", "periods"), [("week", 6, 26), ("month", 6, 6), ("quarter", 6, 2),
                                                         ("week", 1, 5), ("quarter", 7, 3)])
def test_months_convert_to_periods_rounding_up(freq: str, months: int, periods: int) -> None:
    assert months_to_periods(months, freq) == periods  # type: ignore[arg-type]


def test_periods_per_year_by_frequency() -> None:
    assert (periods_per_year("week"), periods_per_year("month"), periods_per_year("quarter")) == (52.0, 12.0, 4.0)


def test_weekly_regimes_need_26_weeks_and_slope_in_weeks() -> None:
    weekly = _base("week", 60)
    short = find_regimes(series(step(30, 75, 40, 60), step(0.5, 0.1, 40, 60), base=weekly))
    assert short.change_points == (40,) and short.current.periods == 20
    assert short.current.reasons[0] == "lasts 20 of the 26 periods required" and not short.current.coexistent
    ramp = find_regimes(series(50 + 0.2 * np.arange(60), base=weekly), NO_CUTS)
    assert ramp.current.trend_per_year == pytest.approx(0.2 * 52) and ramp.current.trend == "rising"


def test_quarterly_regime_of_two_quarters_meets_six_months() -> None:
    quarterly = _base("quarter", 16)
    crafted = series(step(30, 75, 14, 16), step(0.5, 0.1, 14, 16), base=quarterly,
                     events=np.full(16, 6, dtype=np.int64))
    found = find_regimes(crafted, JudgeOptions(change=ChangeOptions(min_months=3)))
    assert found.change_points == (14,)
    # two quarters meet six months, but 2 periods are fewer than the 4 the evidence rule counts
    assert found.current.periods == 2 and found.current.coexistent is None
    assert find_regimes(crafted, JudgeOptions(change=ChangeOptions(min_months=3), min_periods=2)).current.coexistent
    assert found.current.start == D(2013, 7, 1) and found.current.end == D(2013, 12, 31)


def test_a_jump_in_the_last_period_is_flagged_live_before_pelt_can_cut_it() -> None:
    found = find_regimes(series([30.0] * 47 + [75.0]))
    assert found.change_points == ()  # one period is shorter than the shortest regime PELT may cut
    assert found.online.flag and found.online.recent_probability > 0.5
    assert found.online.to_dict()["flag"] is True


def test_a_steady_series_raises_no_live_flag() -> None:
    rng = np.random.default_rng(0)
    found = find_regimes(series(50 + rng.normal(0, 3, 48)))
    assert not found.online.flag and found.online.recent_probability < 0.5
    assert len(found.online.change_probability) == 48


def test_a_stricter_flag_probability_lowers_the_flag() -> None:
    values = [30.0] * 47 + [75.0]
    prob = find_regimes(series(values)).online.recent_probability
    strict = JudgeOptions(change=ChangeOptions(flag_probability=min(0.999999, (1 + prob) / 2)))
    assert not find_regimes(series(values), strict).online.flag


# ---- the evidence rule ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("per_period", "state", "coexistent"), [(3, "sufficient", True), (1, "insufficient", None),
                                                                 (0, "insufficient", None)])
def test_a_high_regime_needs_twelve_events_in_four_periods(per_period: int, state: str,
                                                           coexistent: bool | None) -> None:
    values = step(30, 75, 42)  # the last regime: 6 months
    events = np.where(np.arange(48) < 42, 3, per_period).astype(np.int64)
    cur = find_regimes(series(values, step(0.5, 0.1, 42), events=events)).current
    assert cur.periods == 6 and cur.events == 6 * per_period
    assert cur.evidence == state and cur.coexistent is coexistent
    assert (f"rests on {6 * per_period} event(s) in 6 period(s) "
            + ("(enough: at least 12 in 4)" if state == "sufficient" else "(at least 12 in 4 needed)")) in cur.reasons


def test_too_little_evidence_still_says_no_when_the_regime_fails_anyway() -> None:
    low = find_regimes(series(step(75, 30, 42), step(0.1, 0.5, 42), events=np.full(48, 1, dtype=np.int64))).current
    assert low.evidence == "insufficient" and low.coexistent is False  # its upper bound is below the threshold
    short = find_regimes(series(step(30, 75, 44), step(0.5, 0.1, 44), events=np.full(48, 1, dtype=np.int64)))
    assert short.current.periods == 4 and short.current.coexistent is False  # too short whatever the evidence


def test_the_lower_bound_decides_not_the_mean() -> None:
    values = np.array(step(30, 70, 24))
    crafted = series(values, step(0.5, 0.1, 24), cxi_low=values - 5, cxi_high=values + 5)
    assert find_regimes(crafted).current.coexistent  # no draws: the regime's bound is its mean (70)
    with_draws = coexistence_index([enrich(Event(D(2010 + i // 12, i % 12 + 1, 5), "USAGOV", "PRKGOV", "040"))
                                    for i in range(48)], dyad=USA_PRK)
    assert with_draws.draws is not None and with_draws.draws.resamples == 500
    # the draws of a real series: the regime's interval is what the rule reads
    found = find_regimes(dataclasses.replace(with_draws, material_conflict=np.array(step(0.5, 0.1, 24))),
                         NO_CUTS.with_(threshold=float(np.nanmean(with_draws.cxi))))
    cur = found.current
    assert cur.cxi_low is not None and cur.cxi_high is not None and cur.cxi_low < cur.mean_cxi < cur.cxi_high
    assert cur.coexistent is False and "its lower bound stays below" in cur.reasons[1]
