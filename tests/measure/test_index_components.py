"""Each CXI component recomputed independently from METHOD §2 and §2.1 and compared with ``coexistence_index``.

The reference implementation below is plain Python over :class:`Event` objects (dicts keyed by period label,
``math.log``, ``datetime``), so it shares no code with the numpy path: B = Σw·g / Σw·|g|, M and K = Σw over
QuadClass 4 / 2 over Σw of events with a QuadClass, C from meeting events, X as min-max scaled days with a
force-posture event, CXI = 100 × [wB(B+1)/2 + wM(1−M) + wK·K + wC·C/4 + wX(1−X)]; with evidence (§2.1) each
share s becomes (n·s + n0·s0)/(n + n0), s0 the mass-weighted mean share of the earlier periods with the neutral
value counted as n0 of mass, n0 the median event mass of the periods with events; B's mass is Σw·|g| over the
dyad's mean intensity per event.

The hand-built months check the raw formulas of §2 (``RAW``: n0 = 0, no shrinkage); the property test at the end
checks the whole definition with the default evidence weighting.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import MeasureError
from detente.measure import COMPONENTS, EvidenceOptions, IndexOptions, IndexSeries, IndexWeights, coexistence_index
from detente.model import Dyad, Event, Milestone

DYAD = Dyad.parse("USA-PRK")
D = dt.date
YEAR = (D(2016, 1, 1), D(2016, 12, 31))
NAN = float("nan")
NEUTRAL = {"balance": 0.0, "material_conflict": 0.25, "material_cooperation": 0.25}


def raw(**kw: object) -> IndexOptions:
    """Options without evidence weighting (n0 = 0): the raw shares of METHOD §2."""
    return IndexOptions(evidence=EvidenceOptions(n0=0.0), **kw)  # type: ignore[arg-type]


def ev(day: dt.date, code: str, g: float | None, quad: int | None, *, sources: int | None = None,
       src: str = "USAGOV", tgt: str | None = None, location: str | None = None, tag: str = "") -> Event:
    """An event of the dyad; the target defaults to the other country of the dyad."""
    tgt = tgt or ("USAGOV" if src.startswith("PRK") else "PRKGOV")
    return Event(day, src, tgt, code, goldstein=g, quad_class=quad, sources=sources, location=location,
                 summary=f"{day} {code} {tag}")


def label(day: dt.date, freq: str) -> str:
    if freq == "week":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}"
    if freq == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def weight(e: Event, unit: bool) -> float:
    return 1.0 if unit else math.log(1.0 + max(1 if e.sources is None else e.sources, 1))


def dedup(events: Sequence[Event], mode: str) -> list[Event]:
    if mode == "none":
        return list(events)
    seen: set[tuple[object, ...]] = set()
    out = []
    for e in events:
        k = (e.date, e.source, e.target, e.code, e.location or "")
        if k in seen:
            continue
        seen.add(k)
        if mode == "min-sources" and e.sources is not None and e.sources < 2:
            continue
        out.append(e)
    return out


def shares(es: Sequence[Event], unit: bool) -> tuple[float, float, float]:
    """(B, M, K) of one period's events, by the formulas of METHOD §2."""
    if not es:
        return NAN, NAN, NAN
    num = sum(weight(e, unit) * e.goldstein for e in es if e.goldstein is not None)
    den = sum(weight(e, unit) * abs(e.goldstein) for e in es if e.goldstein is not None)
    has_g = any(e.goldstein is not None for e in es)
    b = num / den if den > 0 else (0.0 if has_g else NAN)
    wq = sum(weight(e, unit) for e in es if e.quad_class)
    m = sum(weight(e, unit) for e in es if e.quad_class == 4) / wq if wq > 0 else NAN
    k = sum(weight(e, unit) for e in es if e.quad_class == 2) / wq if wq > 0 else NAN
    return b, m, k


def reference(events: Sequence[Event], *, freq: str, unit: bool, mode: str, ref: tuple[dt.date, dt.date],
              roots: tuple[str, ...] = ("15",), working_days: int = 90,
              weights: tuple[float, ...] = (0.35, 0.2, 0.1, 0.2, 0.15),
              evidence: bool = True) -> dict[str, dict[str, float]]:
    """Every component per period label over the reference window (channel from events); ``evidence``: shares
    shrunk as METHOD §2.1 says (the whole window is within the ten-year baseline)."""
    kept = dedup(events, mode)
    labels = sorted({label(d, freq) for d in days(*ref)})
    by: dict[str, list[Event]] = defaultdict(list)
    for e in kept:
        by[label(e.date, freq)].append(e)
    pdays: dict[str, int] = defaultdict(int)
    for day in {e.date for e in kept if (e.root or "") in roots}:
        pdays[label(day, freq)] += 1
    counts = [pdays[p] for p in labels]
    lo, hi = min(counts), max(counts)
    channel: dict[str, int] = defaultdict(int)
    for e in kept:
        level = 2 if e.root == "04" else 1 if e.root in ("01", "02", "03") else 0
        for day in days(e.date, e.date + dt.timedelta(days=working_days - 1)):
            channel[label(day, freq)] = max(channel[label(day, freq)], level)
    wb, wm, wk, wc, wx = (w / sum(weights) for w in weights)
    n0 = statistics.median(sum(weight(e, unit) for e in by[p]) for p in labels if by[p]) if evidence else 0.0
    # the balance's mass is Σw·|g| in units of the dyad's mean intensity per event
    with_g = [e for e in kept if e.goldstein is not None]
    total = sum(weight(e, unit) * abs(e.goldstein) for e in with_g)  # type: ignore[arg-type]
    u = total / sum(weight(e, unit) for e in with_g) if total > 0 else 1.0
    history: list[tuple[dict[str, float], dict[str, float]]] = []  # (raw shares, masses) of earlier periods
    out = {}
    for p in labels:
        b, m, k = shares(by[p], unit)
        raw_shares = {"balance": b, "material_conflict": m, "material_cooperation": k}
        mass = {"balance": sum(weight(e, unit) * abs(e.goldstein) for e in by[p] if e.goldstein is not None) / u,
                "material_conflict": sum(weight(e, unit) for e in by[p] if e.quad_class),
                "material_cooperation": sum(weight(e, unit) for e in by[p] if e.quad_class)}
        shrunk = {}
        for name, value in raw_shares.items():
            past = [(sh[name], ms[name]) for sh, ms in history if not math.isnan(sh[name]) and ms[name] > 0]
            total = sum(mv for _, mv in past) + n0
            s0 = (sum(sv * mv for sv, mv in past) + n0 * NEUTRAL[name]) / total if total > 0 else NEUTRAL[name]
            den = mass[name] + n0
            shrunk[name] = NAN if math.isnan(value) else (mass[name] * value + n0 * s0) / den if den > 0 else value
        history.append((raw_shares, mass))
        b, m, k = shrunk["balance"], shrunk["material_conflict"], shrunk["material_cooperation"]
        x = min(max((pdays[p] - lo) / (hi - lo), 0.0), 1.0) if hi > lo else float(pdays[p] > lo)
        c = channel[p]
        cxi = 100 * (wb * (b + 1) / 2 + wm * (1 - m) + wk * k + wc * c / 4 + wx * (1 - x))
        out[p] = {"balance": b, "material_conflict": m, "material_cooperation": k, "channel": c, "pressure": x,
                  "cxi": cxi, "events": len(by[p])}
    return out


#: the index rounds its day sums to SUM_DECIMALS (1e-9) decimals, so shares computed here from the exact sums agree
#: to about that, and the CXI (0-100) to a hundred times it
TOL, TOL_CXI = 1e-8, 1e-6


def check_against_reference(s: IndexSeries, expected: dict[str, dict[str, float]]) -> None:
    assert set(s.period) <= set(expected)
    for i, p in enumerate(s.period):
        want = expected[p]
        assert int(s.events[i]) == want["events"], p
        for name in ("cxi", *COMPONENTS):
            got, exp = float(getattr(s, name)[i]), float(want[name])
            if math.isnan(exp):
                assert math.isnan(got), (p, name)
            else:
                assert got == pytest.approx(exp, abs=TOL_CXI if name == "cxi" else TOL), (p, name)


# -- hand-built months --------------------------------------------------------------------------------------

def test_a_month_of_only_cooperation() -> None:
    events = [ev(D(2016, 3, 2), "036", 4.0, 1, sources=1), ev(D(2016, 3, 9), "070", 7.0, 2, sources=3),
              ev(D(2016, 3, 20), "057", 8.0, 1)]
    s = coexistence_index(events, dyad=DYAD, options=raw(pressure_reference=YEAR))
    i = s.position(D(2016, 3, 1))
    w = [math.log(2), math.log(4), math.log(2)]
    assert s.balance[i] == 1.0  # no hostile weight at all
    assert s.material_conflict[i] == 0.0
    assert s.material_cooperation[i] == pytest.approx(w[1] / sum(w), abs=TOL)
    assert s.channel[i] == 1.0  # verbal cooperation (root 03) opens the indirect channel; 05 and 07 do not
    assert s.pressure[i] == 0.0  # no test anywhere: the scale is flat at 0
    k = w[1] / sum(w)
    assert s.cxi[i] == pytest.approx(100 * (0.35 + 0.2 + 0.1 * k + 0.2 / 4 + 0.15), abs=TOL_CXI)


def test_a_month_of_only_conflict() -> None:
    events = [ev(D(2016, 5, 1), "150", -7.2, 4, src="PRKMIL", tgt="USAGOV"), ev(D(2016, 5, 1), "138", -7.0, 3),
              ev(D(2016, 5, 4), "190", -10.0, 4, sources=7)]
    s = coexistence_index(events, dyad=DYAD, options=raw(pressure_reference=YEAR))
    i = s.position(D(2016, 5, 31))
    w = [math.log(2), math.log(2), math.log(8)]
    assert s.balance[i] == -1.0
    assert s.material_cooperation[i] == 0.0
    assert s.material_conflict[i] == pytest.approx((w[0] + w[2]) / sum(w), abs=TOL)
    assert s.channel[i] == 0.0  # nothing conciliatory, no ledger
    assert s.pressure[i] == 1.0  # the only month of the year with a test day: the maximum of the scale
    m = (w[0] + w[2]) / sum(w)
    assert s.cxi[i] == pytest.approx(100 * (0.2 * (1 - m)), abs=TOL_CXI)


def test_empty_months_have_no_shares_but_keep_channel_and_pressure() -> None:
    events = [ev(D(2016, 1, 10), "043", 2.8, 1), ev(D(2016, 4, 10), "150", -7.2, 4)]
    s = coexistence_index(events, dyad=DYAD, options=raw(pressure_reference=YEAR))
    assert s.period == ["2016-01", "2016-02", "2016-03", "2016-04"]
    for month in (1, 2):  # February and March: no events
        assert s.events[month] == 0
        for name in ("cxi", "balance", "material_conflict", "material_cooperation"):
            assert math.isnan(getattr(s, name)[month]), name
        assert s.pressure[month] == 0.0
    # the 10 January meeting keeps working-level talks open for 90 days: through 8 April
    assert s.channel.tolist() == [2.0, 2.0, 2.0, 2.0]
    assert [r["cxi"] for r in s.rows()][1:3] == [None, None]


@pytest.mark.parametrize(("g", "quad", "b", "m", "k"), [
    (4.0, 1, 1.0, 0.0, 0.0),
    (7.0, 2, 1.0, 0.0, 1.0),
    (-2.0, 3, -1.0, 0.0, 0.0),
    (-10.0, 4, -1.0, 1.0, 0.0),
    (0.0, 1, 0.0, 0.0, 0.0),  # a neutral event: no lean either way
])
def test_a_single_event(g: float, quad: int, b: float, m: float, k: float) -> None:
    s = coexistence_index([ev(D(2016, 7, 4), "099", g, quad, sources=12)], dyad=DYAD,
                          options=raw(pressure_reference=YEAR))
    assert len(s) == 1 and s.period == ["2016-07"]
    assert (s.balance[0], s.material_conflict[0], s.material_cooperation[0]) == (b, m, k)
    # the weight of the single event cancels out of every share
    expected = 100 * (0.35 * (b + 1) / 2 + 0.2 * (1 - m) + 0.1 * k + 0.15)
    assert s.cxi[0] == pytest.approx(expected, abs=TOL_CXI)


def test_events_without_goldstein_or_quadclass_leave_their_share_undefined() -> None:
    no_g = coexistence_index([ev(D(2016, 2, 2), "036", None, 1)], dyad=DYAD, options=raw())
    assert math.isnan(no_g.balance[0]) and math.isnan(no_g.cxi[0])  # nothing to balance: no B, no CXI
    assert no_g.material_conflict[0] == 0.0 and no_g.events[0] == 1
    # an event without QuadClass is out of the denominator of M and K, not counted as cooperation
    mixed = coexistence_index([ev(D(2016, 2, 2), "036", 4.0, None), ev(D(2016, 2, 3), "190", -10.0, 4)],
                              dyad=DYAD, options=raw())
    assert mixed.material_conflict[0] == 1.0
    assert mixed.balance[0] == pytest.approx((4 - 10) / 14, abs=TOL)


def test_cxi_reaches_exactly_100_and_0_at_the_ends_of_the_scale() -> None:
    office = Milestone(D(2016, 1, 1), "USA-PRK", "peace", "liaison-office", 4, "B", "office", "src", channel=4)
    best = coexistence_index([ev(D(2016, 6, 1), "070", 7.0, 2)], dyad=DYAD, milestones=[office],
                             options=raw(pressure_reference=YEAR))
    assert best.channel[0] == 4.0 and best.pressure[0] == 0.0
    assert best.cxi[0] == pytest.approx(100.0, abs=TOL_CXI)
    worst_events = [ev(D(2016, 8, d), "150", -7.2, 4, src="PRKMIL") for d in (1, 2, 3)] + [
        ev(D(2016, 9, 1), "150", -7.2, 4, src="PRKMIL")]
    worst = coexistence_index(worst_events, dyad=DYAD, options=raw(pressure_reference=YEAR))
    assert worst.rows()[0]["period"] == "2016-08"
    assert (worst.balance[0], worst.material_conflict[0], worst.channel[0], worst.pressure[0]) == (-1, 1, 0, 1)
    assert worst.cxi[0] == pytest.approx(0.0, abs=TOL_CXI)
    assert worst.pressure[1] == pytest.approx(1 / 3, abs=TOL)  # one test day against the three of August


# -- option effects -----------------------------------------------------------------------------------------

MIXED = [ev(D(2016, 6, 1), "043", 2.8, 1, sources=4), ev(D(2016, 6, 2), "070", 7.0, 2),
         ev(D(2016, 6, 3), "112", -2.0, 3, sources=20), ev(D(2016, 6, 5), "150", -7.2, 4, src="PRKMIL"),
         ev(D(2016, 7, 5), "036", 4.0, 1)]


@pytest.mark.parametrize("component", COMPONENTS)
def test_one_component_alone_is_the_cxi(component: str) -> None:
    weights = IndexWeights(**{c: (3.0 if c == component else 0.0) for c in COMPONENTS})  # rescaled to 1
    s = coexistence_index(MIXED, dyad=DYAD, options=raw(weights=weights, pressure_reference=YEAR))
    value = getattr(s, component)
    term = {"balance": (value + 1) / 2, "material_conflict": 1 - value, "material_cooperation": value,
            "channel": value / 4, "pressure": 1 - value}[component]
    np.testing.assert_allclose(s.cxi, 100 * term, atol=1e-9)


def test_weights_scale_free_and_mixed() -> None:
    base = coexistence_index(MIXED, dyad=DYAD, options=raw(pressure_reference=YEAR))
    doubled = IndexWeights(0.7, 0.4, 0.2, 0.4, 0.3)
    twice = coexistence_index(MIXED, dyad=DYAD, options=raw(weights=doubled, pressure_reference=YEAR))
    np.testing.assert_allclose(twice.cxi, base.cxi, atol=1e-9)
    half = IndexWeights.parse("balance=1,channel=1")
    s = coexistence_index(MIXED, dyad=DYAD, options=raw(weights=half, pressure_reference=YEAR))
    np.testing.assert_allclose(s.cxi, 50 * (s.balance + 1) / 2 + 50 * s.channel / 4, atol=1e-9)
    # the components do not depend on the weights at all
    for name in COMPONENTS:
        np.testing.assert_array_equal(getattr(s, name), getattr(base, name))


def test_source_weighting_log_and_unit_by_hand() -> None:
    zero = [ev(D(2016, 6, 1), "070", 7.0, 2, sources=0), ev(D(2016, 6, 2), "190", -10.0, 4)]
    s = coexistence_index(zero, dyad=DYAD, options=raw())
    assert s.balance[0] == pytest.approx(-3 / 17, abs=TOL)  # 0 sources counts as one, like a missing figure
    many = [ev(D(2016, 6, 1), "070", 7.0, 2, sources=3), ev(D(2016, 6, 2), "190", -10.0, 4, sources=1)]
    log = coexistence_index(many, dyad=DYAD, options=raw())
    w1, w2 = math.log(4), math.log(2)
    assert log.balance[0] == pytest.approx((7 * w1 - 10 * w2) / (7 * w1 + 10 * w2), abs=TOL)
    assert log.material_cooperation[0] == pytest.approx(w1 / (w1 + w2), abs=TOL)
    unit = coexistence_index(many, dyad=DYAD, options=raw(source_weighting="unit"))
    assert unit.balance[0] == pytest.approx(-3 / 17, abs=TOL)
    assert unit.material_cooperation[0] == 0.5


def test_dedup_modes_change_the_components_as_constructed() -> None:
    events = [
        ev(D(2016, 6, 1), "190", -10.0, 4, location="Sea", sources=1, tag="a"),
        ev(D(2016, 6, 1), "190", -10.0, 4, location="Sea", sources=1, tag="b"),  # same salvo, another report
        ev(D(2016, 6, 1), "190", -10.0, 4, location="Sea", src="PRKGOV", tgt="USAGOV", tag="c"),  # other way
        ev(D(2016, 6, 2), "070", 7.0, 2, sources=5),
    ]
    unit = raw(source_weighting="unit")
    none = coexistence_index(events, dyad=DYAD, options=unit.with_(dedup="none"))
    exact = coexistence_index(events, dyad=DYAD, options=unit)
    mins = coexistence_index(events, dyad=DYAD, options=unit.with_(dedup="min-sources"))
    assert (none.merged, exact.merged, mins.merged) == (0, 1, 2)
    assert (none.events[0], exact.events[0], mins.events[0]) == (4, 3, 2)
    assert none.balance[0] == pytest.approx((7 - 30) / 37, abs=TOL)
    assert exact.balance[0] == pytest.approx((7 - 20) / 27, abs=TOL)
    assert mins.balance[0] == pytest.approx((7 - 10) / 17, abs=TOL)  # the unknown-source report stays
    assert mins.material_conflict[0] == 0.5


def test_quarter_pools_the_weighted_sums_of_its_months() -> None:
    # April: one widely reported aid event; May: one thinly reported seizure; June: nothing
    events = [ev(D(2016, 4, 3), "070", 7.0, 2, sources=20), ev(D(2016, 5, 9), "190", -10.0, 4, sources=1),
              ev(D(2016, 7, 1), "036", 4.0, 1)]
    monthly = coexistence_index(events, dyad=DYAD, options=raw(pressure_reference=YEAR))
    assert monthly.balance[:2].tolist() == [1.0, -1.0] and np.isnan(monthly.balance[2])
    q = coexistence_index(events, dyad=DYAD, options=raw(freq="quarter", pressure_reference=YEAR))
    assert q.period == ["2016-Q2", "2016-Q3"] and q.events.tolist() == [2, 1]
    w_aid, w_seize = math.log(21), math.log(2)
    # the quarter's shares pool the weighted sums; they are not the mean of the monthly shares (which is 0)
    assert q.balance[0] == pytest.approx((7 * w_aid - 10 * w_seize) / (7 * w_aid + 10 * w_seize), abs=TOL)
    assert q.material_cooperation[0] == pytest.approx(w_aid / (w_aid + w_seize), abs=TOL)
    assert q.material_conflict[0] == pytest.approx(w_seize / (w_aid + w_seize), abs=TOL)
    assert (q.balance[0], q.material_conflict[0], q.material_cooperation[0]) == pytest.approx(
        shares(events[:2], unit=False))


def test_week_boundaries_are_monday_to_sunday() -> None:
    # 2016-06-05 is a Sunday, 2016-06-06 a Monday
    events = [ev(D(2016, 6, 5), "070", 7.0, 2), ev(D(2016, 6, 6), "190", -10.0, 4)]
    s = coexistence_index(events, dyad=DYAD, options=raw(freq="week"))
    assert s.period == ["2016-W22", "2016-W23"]
    assert s.balance.tolist() == [1.0, -1.0]
    assert [str(x) for x in s.start] == ["2016-05-30", "2016-06-06"]


def test_pressure_uses_the_reference_decade_and_clips_older_peaks() -> None:
    old = [ev(D(2004, 1, d), "150", -7.2, 4, src="PRKMIL") for d in range(1, 6)]  # 5 test days, long ago
    recent = [ev(D(2016, 1, d), "150", -7.2, 4, src="PRKMIL") for d in (3, 4)] + [ev(D(2016, 2, 10), "043", 2.8, 1)]
    s = coexistence_index(old + recent, dyad=DYAD)
    # the decade ends with the last event (10 Feb 2016) and starts the day after 10 Feb 2006
    assert s.reference == (D(2006, 2, 11), D(2016, 2, 10))
    assert s.pressure_range == (0.0, 2.0)  # 2004 lies outside; its five days do not set the maximum
    assert s.pressure[s.position(D(2004, 1, 1))] == 1.0  # clipped
    assert s.pressure[s.position(D(2016, 1, 1))] == 1.0
    assert s.pressure_days[s.position(D(2004, 1, 1))] == 5


def test_pressure_roots_option_counts_other_roots() -> None:
    events = [ev(D(2016, 3, 1), "190", -10.0, 4), ev(D(2016, 3, 2), "150", -7.2, 4), ev(D(2016, 4, 2), "043", 2.8, 1)]
    default = coexistence_index(events, dyad=DYAD, options=raw(pressure_reference=YEAR))
    wide = coexistence_index(events, dyad=DYAD,
                             options=raw(pressure_reference=YEAR, pressure_roots=("15", "19")))
    assert default.pressure_days.tolist() == [1, 0] and wide.pressure_days.tolist() == [2, 0]
    assert default.pressure[0] == wide.pressure[0] == 1.0


@pytest.mark.parametrize(("working_days", "may"), [(90, 0.0), (91, 2.0)])
def test_event_channel_window_boundary(working_days: int, may: float) -> None:
    # a meeting on 31 January 2017 is open for working_days days: 90 end on 30 April, 91 reach 1 May
    events = [ev(D(2017, 1, 31), "043", 2.8, 1), ev(D(2017, 6, 1), "190", -10.0, 4)]
    s = coexistence_index(events, dyad=DYAD, options=raw(working_days=working_days))
    ch = dict(zip(s.period, s.channel.tolist(), strict=True))
    assert ch["2017-04"] == 2.0 and ch["2017-05"] == may and ch["2017-06"] == 0.0


def test_ledger_levels_windows_and_channel_source() -> None:
    ledger = [Milestone(D(2016, 1, 1), "USA-PRK", "peace", "summit", 3, "B", "s", "src", channel=3),
              Milestone(D(2016, 9, 15), "USA-PRK", "peace", "liaison-office", 4, "B", "o", "src", channel=4)]
    events = [ev(D(2016, m, 10), "010", 0.0, 1) for m in range(1, 13)] + [ev(D(2017, 3, 1), "043", 2.8, 1)]
    s = coexistence_index(events, dyad=DYAD, milestones=ledger)
    ch = dict(zip(s.period, s.channel.tolist(), strict=True))
    # 180 days from 1 January 2016 (a leap year) end on 28 June
    assert ch["2016-06"] == 3.0 and ch["2016-07"] == 0.0 and ch["2016-08"] == 0.0
    assert ch["2016-09"] == 4.0 and ch["2017-03"] == 4.0  # a standing institution stays open
    short = coexistence_index(events, dyad=DYAD, milestones=ledger, options=raw(leader_days=150))
    assert dict(zip(short.period, short.channel.tolist(), strict=True))["2016-06"] == 0.0  # ends 29 May
    forced = coexistence_index(events, dyad=DYAD, milestones=ledger, options=raw(channel_from="events"))
    assert forced.channel_source == "events" and forced.channel.max() == 2.0
    no_ledger = coexistence_index(events, dyad=DYAD, options=raw(channel_from="ledger"))
    assert no_ledger.channel_source == "ledger" and no_ledger.channel.max() == 0.0


# -- the whole index against the reference implementation -----------------------------------------------------

CODES = [("010", "01"), ("036", "03"), ("043", "04"), ("057", "05"), ("070", "07"), ("112", "11"),
         ("150", "15"), ("190", "19")]
_event = st.builds(
    lambda day, rev, code, g, quad, sources, loc: Event(
        D(2016, 1, 1) + dt.timedelta(days=day), "PRKMIL" if rev else "USAGOV", "USAGOV" if rev else "PRKMIL",
        code, goldstein=g, quad_class=quad, sources=sources, location=loc),
    st.integers(0, 365), st.booleans(), st.sampled_from([c for c, _ in CODES]),
    st.none() | st.sampled_from([-10.0, -7.2, -2.0, 0.0, 1.5, 4.0, 7.0]),
    st.none() | st.integers(1, 4), st.none() | st.integers(0, 30), st.sampled_from([None, "A"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=st.lists(_event, min_size=1, max_size=25), freq=st.sampled_from(["week", "month", "quarter"]),
       unit=st.booleans(), mode=st.sampled_from(["none", "exact", "min-sources"]),
       weights=st.tuples(*[st.integers(0, 4) for _ in range(5)]).filter(lambda w: sum(w) > 0),
       roots=st.sampled_from([("15",), ("15", "19")]))
def test_every_component_matches_the_reference(events: list[Event], freq: str, unit: bool, mode: str,
                                               weights: tuple[int, ...], roots: tuple[str, ...]) -> None:
    opts = IndexOptions(freq=freq, source_weighting="unit" if unit else "log", dedup=mode,  # type: ignore[arg-type]
                        weights=IndexWeights(*map(float, weights)), channel_from="events", pressure_reference=YEAR,
                        pressure_roots=roots)
    if not dedup(events, mode):  # min-sources dropped every event: no index, and a hint what to do
        with pytest.raises(MeasureError, match="ingest"):
            coexistence_index(events, dyad=DYAD, options=opts)
        return
    s = coexistence_index(events, dyad=DYAD, options=opts)
    expected = reference(events, freq=freq, unit=unit, mode=mode, ref=YEAR, roots=roots,
                         weights=tuple(map(float, weights)))
    check_against_reference(s, expected)
    assert s.merged == len(events) - len(dedup(events, mode))
    assert all(0.0 <= v <= 100.0 + 1e-9 for v in s.cxi[~np.isnan(s.cxi)])
