"""The moving-block bootstrap behind ``detente paradigms`` (``judge/paradigms.py``): determinism for a seed, the
block structure of the resamples, coverage of a known mean on synthetic series, intervals that shrink with more
data and widen for autocorrelated months, and ``paradigm_record`` on a crafted two-paradigm record whose answer is
known (a hostile period against a calm one; two periods that behave alike)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from detente.errors import MeasureError
from detente.ingest.bundled import PolicyPeriod
from detente.judge.paradigms import (
    ParadigmOptions,
    ParadigmRecord,
    _block_bootstrap_means,
    _interval,
    paradigm_record,
)
from detente.measure import EventFrame, EvidenceOptions, IndexOptions, coexistence_index
from detente.model import Dyad, Event, Milestone
from detente.reference import enrich

USA_PRK = Dyad.parse("USA-PRK")
# the paradigm bootstrap is checked on the raw index (n0 = 0): the months of a crafted period then behave alike by
# construction, without the run-in of the evidence weighting from the neutral baseline
RAW = IndexOptions(evidence=EvidenceOptions(n0=0))
D = dt.date


def boot(values: object, *, seed: int = 0, resamples: int = 500, block: int = 1) -> np.ndarray:
    v = np.asarray(values, dtype=np.float64)
    return _block_bootstrap_means(v, np.random.default_rng(seed), resamples, block)


def ar1(n: int, phi: float, rng: np.random.Generator, mean: float = 10.0) -> np.ndarray:
    """A stationary AR(1) series with unit variance around ``mean``."""
    e = rng.normal(0.0, 1.0, n)
    x = np.empty(n)
    x[0] = e[0]
    for i in range(1, n):
        x[i] = phi * x[i - 1] + e[i] * np.sqrt(1 - phi * phi)
    return mean + x


# ---- the resampler ----------------------------------------------------------------------------------------------


def test_same_seed_same_draws_and_another_seed_other_draws() -> None:
    x = ar1(60, 0.5, np.random.default_rng(3))
    a, b = boot(x, seed=7, block=6), boot(x, seed=7, block=6)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, boot(x, seed=8, block=6))
    assert a.shape == (500,)


def test_one_block_as_long_as_the_series_reproduces_its_mean() -> None:
    x = np.array([3.0, 9.0, 4.0, 1.0, 8.0])
    for block in (5, 6, 50):  # a block longer than the series is cut to the series
        assert np.allclose(boot(x, block=block), x.mean())


def test_resamples_are_made_of_contiguous_blocks() -> None:
    # with v = 0..n-1 and b dividing n, a resample of blocks starting at s_k sums to b*sum(s_k) + (n/b)*b(b-1)/2,
    # so (sum - n(b-1)/2) is a multiple of b; independent single months would break this three times in four
    n, b = 24, 4
    means = boot(np.arange(n), block=b, resamples=400)
    sums = np.rint(means * n).astype(int)
    assert np.all((sums - n * (b - 1) // 2) % b == 0)
    # every block starts at 0..n-b, so the mean lies between (b-1)/2 and n-b+(b-1)/2
    assert means.min() >= (b - 1) / 2 and means.max() <= n - b + (b - 1) / 2
    single = boot(np.arange(n), block=1, resamples=400)
    assert np.mean((np.rint(single * n).astype(int) - n * (b - 1) // 2) % b == 0) < 0.5


def test_months_without_a_value_are_dropped_and_an_empty_series_gives_no_interval() -> None:
    means = boot([1.0, np.nan, 3.0, np.nan], block=1)
    assert np.all(np.isfinite(means)) and set(np.round(means, 9)) <= {1.0, 2.0, 3.0}
    empty = boot([np.nan, np.nan])
    assert empty.shape == (500,) and np.all(np.isnan(empty))
    assert _interval(empty, 0.9) == [None, None]


def test_interval_is_the_central_quantiles_rounded() -> None:
    samples = np.arange(1, 1002, dtype=np.float64) / 7.0  # 1/7 .. 1001/7
    lo, hi = _interval(samples, 0.9)
    assert lo == round(float(np.quantile(samples, 0.05)), 2) and hi == round(float(np.quantile(samples, 0.95)), 2)
    lo50, hi50 = _interval(samples, 0.5)
    assert lo is not None and hi is not None and lo50 is not None and hi50 is not None
    assert lo < lo50 < hi50 < hi
    assert _interval(np.array([np.nan, 2.0, np.nan]), 0.9) == [2.0, 2.0]


def test_iid_bootstrap_spread_is_the_standard_error_of_the_mean() -> None:
    x = np.random.default_rng(11).normal(5.0, 2.0, 400)
    means = boot(x, resamples=4000)
    assert means.mean() == pytest.approx(x.mean(), abs=0.02)
    assert means.std() == pytest.approx(x.std() / np.sqrt(x.size), rel=0.08)


def _coverage(n: int, block: int, phi: float, reps: int = 200, confidence: float = 0.9) -> tuple[float, float]:
    rng = np.random.default_rng(42)
    hits, widths = 0, []
    for r in range(reps):
        lo, hi = _interval(boot(ar1(n, phi, rng), seed=r, block=block, resamples=300), confidence)
        assert lo is not None and hi is not None
        hits += lo <= 10.0 <= hi
        widths.append(hi - lo)
    return hits / reps, float(np.mean(widths))


def test_a_90_percent_interval_covers_a_known_mean_about_90_percent_of_the_time() -> None:
    covered, _ = _coverage(120, block=1, phi=0.0)
    assert 0.82 <= covered <= 0.97, covered  # 200 series: a binomial 90% would fall outside this once in a thousand


def test_blocks_keep_coverage_on_autocorrelated_months_where_single_months_fail() -> None:
    single, single_width = _coverage(120, block=1, phi=0.8, reps=120)
    blocked, blocked_width = _coverage(120, block=12, phi=0.8, reps=120)
    assert blocked_width > 1.8 * single_width  # the intervals widen to the series' effective sample size
    assert blocked > single + 0.2 and single < 0.6, (single, blocked)


def test_interval_width_shrinks_like_one_over_root_n() -> None:
    _, small = _coverage(30, block=1, phi=0.0, reps=40)
    _, large = _coverage(480, block=1, phi=0.0, reps=40)
    assert 3.0 < small / large < 5.0  # sixteen times the months: about a quarter of the width


# ---- paradigm_record on a crafted record --------------------------------------------------------------------------


def ev(day: dt.date, code: str, src: str = "USAGOV", tgt: str = "PRKGOV", summary: str | None = None) -> Event:
    return enrich(Event(day, src, tgt, code, summary=summary or f"{code} on {day}"))


def month_events(day: dt.date, hostile: bool, i: int) -> list[Event]:
    """One month: three hostile or three calm events, plus a varying extra so months differ."""
    if hostile:
        out = [ev(day.replace(day=3), "138"), ev(day.replace(day=9), "150", "PRKMIL", "USA"),
               ev(day.replace(day=20), "172")]
        out += [ev(day.replace(day=22 + k), "040") for k in range(i * 7 % 5 % 3)]
    else:
        out = [ev(day.replace(day=3), "040"), ev(day.replace(day=10), "057"), ev(day.replace(day=17), "070")]
        out += [ev(day.replace(day=24), "111")] if i * 7 % 5 < 2 else []
    return out


def record(years: int, *, second_hostile: bool = False) -> tuple[list[Event], list[PolicyPeriod]]:
    """``years`` hostile years labelled denuclearization-first, then as many (calm) years labelled parallel."""
    events: list[Event] = []
    n = 12 * years
    for i in range(2 * n):
        day = D(2000 + i // 12, i % 12 + 1, 1)
        events += month_events(day, hostile=i < n or second_hostile, i=i)
    split = D(2000 + years, 1, 1)
    periods = [PolicyPeriod("first", D(2000, 1, 1), split - dt.timedelta(days=1), "First",
                            "denuclearization-first", False, "why", "source"),
               PolicyPeriod("second", split, None, "Second", "parallel", True, "why", "source")]
    return events, periods


def run(events: list[Event], periods: list[PolicyPeriod], milestones: list[Milestone] | None = None,
        **opts: object) -> ParadigmRecord:
    options = ParadigmOptions(**{"resamples": 400, "index": RAW, **opts})  # type: ignore[arg-type]
    return paradigm_record(EventFrame.from_events(events), milestones or [], periods, dyad=USA_PRK,
                           options=options)


def _group_months(events: list[Event], first: dt.date, last: dt.date, ledger: list[Milestone] | None = None,
                  ) -> np.ndarray:
    series = coexistence_index(events, dyad=USA_PRK, milestones=ledger or [], options=RAW)
    mid = series.start + np.timedelta64(14, "D")
    mask = (mid >= np.datetime64(first)) & (mid <= np.datetime64(last))
    return series.cxi[mask]


def test_a_calm_paradigm_beats_a_hostile_one_and_the_interval_says_so() -> None:
    events, periods = record(2)
    out = run(events, periods)
    groups = {g["paradigm"]: g for g in out.groups}
    hostile = _group_months(events, D(2000, 1, 1), D(2001, 12, 31))
    calm = _group_months(events, D(2002, 1, 1), D(2003, 12, 31))
    for name, months in (("denuclearization-first", hostile), ("parallel", calm)):
        g = groups[name]
        assert g["months"] == 24 and g["cxi_mean"] == round(float(np.nanmean(months)), 2)
        lo, hi = g["cxi_interval"]
        # a bootstrap mean is an average of the group's months: it cannot leave their range
        assert np.nanmin(months) - 0.01 <= lo <= g["cxi_mean"] <= hi <= np.nanmax(months) + 0.01
        assert lo < hi  # the months differ, so the interval is not a point
    [contrast] = out.contrasts
    assert contrast["contrast"] == "parallel - denuclearization-first"
    assert contrast["cxi_difference"] == round(float(np.nanmean(calm) - np.nanmean(hostile)), 2)
    assert contrast["excludes_zero"] and contrast["interval"][0] > 0
    assert "the interval excludes zero" in out.statement[1]
    assert out.statement[0] == ("The record holds 2 policy periods: 1 denuclearization-first (24 months), "
                                "1 parallel (24 months).")


def test_two_periods_that_behave_alike_are_not_separated() -> None:
    events, periods = record(2, second_hostile=True)
    [contrast] = run(events, periods).contrasts
    lo, hi = contrast["interval"]
    assert lo < 0 < hi and not contrast["excludes_zero"]
    assert "the interval includes zero, so the record does not separate them" in run(events, periods).statement[1]


def test_the_record_is_deterministic_for_a_seed_and_records_it() -> None:
    events, periods = record(2)
    a, b = run(events, periods, seed=5), run(events, periods, seed=5)
    assert a.to_dict() == b.to_dict() and a.options["seed"] == 5 and a.options["resamples"] == 400
    c = run(events, periods, seed=6)
    assert [g["cxi_interval"] for g in c.groups] != [g["cxi_interval"] for g in a.groups]
    assert [g["cxi_mean"] for g in c.groups] == [g["cxi_mean"] for g in a.groups]  # only the intervals draw


def test_more_months_narrow_the_paradigm_intervals() -> None:
    short, long = run(*record(2)), run(*record(8))
    for s, lg in zip(short.groups, long.groups, strict=True):
        assert s["paradigm"] == lg["paradigm"] and lg["months"] == 4 * s["months"]
        s_width = s["cxi_interval"][1] - s["cxi_interval"][0]
        l_width = lg["cxi_interval"][1] - lg["cxi_interval"][0]
        assert l_width < 0.75 * s_width, (s["paradigm"], s_width, l_width)


def test_a_higher_confidence_widens_the_interval() -> None:
    events, periods = record(2)
    narrow, wide = run(events, periods, confidence=0.5), run(events, periods, confidence=0.99)
    for n, w in zip(narrow.groups, wide.groups, strict=True):
        assert w["cxi_interval"][0] <= n["cxi_interval"][0] and n["cxi_interval"][1] <= w["cxi_interval"][1]
    assert "99% block-bootstrap interval" in wide.statement[1]


def test_period_figures_follow_from_the_events() -> None:
    events, periods = record(2)
    events.append(ev(D(2000, 6, 12), "150", "PRKMIL", "USA", summary="the DPRK conducted a nuclear test"))
    ledger = [Milestone(D(2002, 3, 1), "USA-PRK", "peace", "summit", 3, "A", "a summit", "src"),
              Milestone(D(2002, 5, 1), "USA-PRK", "denuclearization", "test-moratorium", 1, "B", "m", "src")]
    out = run(events, periods, ledger)
    first, second = out.periods
    # 24 monthly launches plus the nuclear test, over 731 days
    assert first["tests"]["PRK"] == {"military_posture_events": 25, "nuclear_tests": 1, "other": 24}
    assert first["tests_per_year"] == {"USA": 0.0, "PRK": round(25 / (731 / 365.25), 2)}
    assert first["nuclear_tests"] == 1 and second["nuclear_tests"] == 0
    assert first["in_progress"] is False and second["in_progress"] is True and second["end"] == "2003-12-31"
    assert (second["peace_level_max"], second["denuclearization_level_max"], second["grade_a_steps"]) == (3, 1, 1)
    assert first["peace_milestones"] == [] and second["contested"] is True
    # the crisis line is the 10% quantile of all 48 months (the ledger moves the channel, so it is passed too)
    cxi = coexistence_index(events, dyad=USA_PRK, milestones=ledger, options=RAW).cxi
    line = float(np.quantile(cxi[np.isfinite(cxi)], 0.1))
    assert out.options["crisis_cxi_below"] == round(line, 2)
    hostile = _group_months(events, D(2000, 1, 1), D(2001, 12, 31), ledger)
    assert first["crisis_months"] == int((hostile <= line).sum()) > 0
    assert second["crisis_months"] == 0


def test_as_of_leaves_out_later_periods_and_ends_the_current_one() -> None:
    events, periods = record(2)
    out = paradigm_record(EventFrame.from_events(events), [], periods, dyad=USA_PRK,
                          options=ParadigmOptions(resamples=200), as_of=D(2001, 6, 30))
    assert [p["id"] for p in out.periods] == ["first"]
    assert out.periods[0]["end"] == "2001-06-30" and out.periods[0]["in_progress"] is True
    assert [g["paradigm"] for g in out.groups] == ["denuclearization-first"] and out.contrasts == []
    assert out.to_dict()["as_of"] == "2001-06-30"


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"block_months": 0}, "block of at least 1 month"),
    ({"crisis_quantile": 0.5}, "crisis_quantile"),
    ({"crisis_quantile": 0.0}, "crisis_quantile"),
    ({"confidence": 0.0}, "confidence"),
])
def test_more_bad_options_are_refused(kwargs: dict[str, float], match: str) -> None:
    with pytest.raises(MeasureError, match=match):
        ParadigmOptions(**kwargs)  # type: ignore[arg-type]


def test_a_record_without_the_dyads_events_is_refused() -> None:
    other = [enrich(Event(D(2000, 1, 5), "CHNGOV", "RUSGOV", "040"))]
    with pytest.raises(MeasureError, match="USA-PRK"):
        paradigm_record(EventFrame.from_events(other), [], record(1)[1], dyad=USA_PRK)
