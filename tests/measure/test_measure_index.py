"""The coexistence index on small synthetic records whose values can be worked out by hand."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from detente.errors import ConfigError, MeasureError
from detente.measure import (
    EventFrame,
    EvidenceOptions,
    IndexOptions,
    IndexWeights,
    coexistence_index,
    event_impacts,
    filter_events,
    period_label,
    period_range,
    period_start,
)
from detente.model import Dyad, Event, Milestone
from detente.reference import enrich

USA_PRK = Dyad.parse("USA-PRK")
D = dt.date


def ev(day: dt.date, code: str, src: str = "USAGOV", tgt: str = "PRKGOV", **kw: object) -> Event:
    """An event with QuadClass and Goldstein weight from the pinned CAMEO table."""
    return enrich(Event(day, src, tgt, code, **kw))  # type: ignore[arg-type]


def test_components_match_hand_computation() -> None:
    # June: consult (040, g=+1, Q1), provide aid (070, g=+7, Q2), threaten (138, g=-7, Q3) from the other side
    events = [ev(D(2018, 6, 1), "040"), ev(D(2018, 6, 2), "070"), ev(D(2018, 6, 3), "138", "PRKGOV", "USAGOV")]
    g = [e.goldstein for e in events]
    assert g == [1.0, 7.0, -7.0]
    s = coexistence_index(events, dyad=USA_PRK,
                          options=IndexOptions(source_weighting="unit", evidence=EvidenceOptions(n0=0)))
    row = s.rows()[0]
    assert row["period"] == "2018-06"
    assert row["balance"] == pytest.approx(1 / 15, abs=1e-6)
    assert row["material_conflict"] == 0.0
    assert row["material_cooperation"] == pytest.approx(1 / 3, abs=1e-6)
    assert row["events"] == 3
    assert row["channel"] == 2.0  # a 04x consultation (no ledger given: channel from events)
    expected = 100 * (0.35 * (1 / 15 + 1) / 2 + 0.20 * 1 + 0.10 / 3 + 0.20 * 2 / 4 + 0.15 * (1 - row["pressure"]))
    assert row["cxi"] == pytest.approx(expected, abs=1e-4)


def test_sources_weighting_log_with_missing_as_one() -> None:
    events = [ev(D(2018, 6, 1), "070", sources=9), ev(D(2018, 6, 2), "138")]  # missing sources: one source
    s = coexistence_index(events, dyad=USA_PRK)
    w1, w2 = math.log(10), math.log(2)
    assert s.raw["balance"][0] == pytest.approx((w1 * 7 - w2 * 7) / (w1 * 7 + w2 * 7), abs=1e-6)
    unit = coexistence_index(events, dyad=USA_PRK, options=IndexOptions(source_weighting="unit"))
    assert unit.raw["balance"][0] == pytest.approx(0.0, abs=1e-9)


def test_period_without_events_is_null_not_filled() -> None:
    events = [ev(D(2018, 1, 10), "040"), ev(D(2018, 3, 10), "138")]
    rows = coexistence_index(events, dyad=USA_PRK).rows()
    assert [r["period"] for r in rows] == ["2018-01", "2018-02", "2018-03"]
    feb = rows[1]
    assert feb["events"] == 0
    assert feb["cxi"] is None and feb["balance"] is None
    assert feb["material_conflict"] is None and feb["material_cooperation"] is None
    assert feb["channel"] is not None and feb["pressure"] is not None  # ledger and test record still speak


def test_neutral_events_give_zero_balance_not_null() -> None:
    rows = coexistence_index([ev(D(2018, 1, 10), "010")], dyad=USA_PRK).rows()  # 010: g = 0
    assert rows[0]["balance"] == 0.0


def test_other_dyads_and_as_of_are_ignored() -> None:
    base = [ev(D(2018, 6, 1), "040"), ev(D(2018, 6, 5), "138", "PRKGOV", "USAGOV")]
    noise = [ev(D(2018, 6, 2), "190", "CHNGOV", "JPNGOV"), ev(D(2018, 6, 2), "190", "USAGOV", "KORGOV")]
    a = coexistence_index(base, dyad=USA_PRK).rows()
    b = coexistence_index(base + noise, dyad=USA_PRK).rows()
    assert a == b
    later = [*base, ev(D(2018, 6, 20), "190")]
    known = coexistence_index(later, dyad=USA_PRK, as_of=D(2018, 6, 10))
    assert known.rows()[0]["events"] == 2
    assert coexistence_index(later, dyad=USA_PRK).rows()[0]["events"] == 3


def test_no_events_raises_measure_error_with_hint() -> None:
    with pytest.raises(MeasureError, match="ingest"):
        coexistence_index([ev(D(2018, 6, 2), "190", "CHNGOV", "JPNGOV")], dyad=USA_PRK)


def test_pressure_is_min_max_scaled_over_reference_days() -> None:
    tests_ = [ev(D(2017, 3, d), "150", "PRKMIL", "USA") for d in (1, 2, 2, 3)] + [ev(D(2017, 5, 1), "150", "PRKMIL",
                                                                                      "USA")]
    events = [*tests_, ev(D(2017, 4, 1), "040")]
    s = coexistence_index(events, dyad=USA_PRK, options=IndexOptions(
        pressure_reference=(D(2017, 1, 1), D(2017, 12, 31))))
    by = {r["period"]: r for r in s.rows()}
    # test days per month: March 3 (two launches on the 2nd count once), April 0, May 1; scaled over 0..3
    assert by["2017-03"]["pressure"] == 1.0
    assert by["2017-04"]["pressure"] == 0.0
    assert by["2017-05"]["pressure"] == pytest.approx(1 / 3, abs=1e-6)
    assert s.pressure_range == (0.0, 3.0)


def test_channel_from_ledger_windows_and_as_of() -> None:
    ms = [
        Milestone(D(2018, 1, 15), "USA-PRK", "peace", "channel-new-york", 1, "B", "ny", "src", channel=1),
        Milestone(D(2018, 6, 12), "USA-PRK", "peace", "summit", 3, "B", "summit", "src", channel=3),
        Milestone(D(2018, 7, 1), "USA-PRK", "peace", "talks", 2, "B", "talks", "src", end=D(2019, 6, 30), channel=2),
    ]
    events = [ev(D(2018, m, 5), "010") for m in range(1, 13)] + [ev(D(2019, m, 5), "010") for m in range(1, 9)]
    s = coexistence_index(events, dyad=USA_PRK, milestones=ms)
    ch = {r["period"]: r["channel"] for r in s.rows()}
    assert s.channel_source == "ledger"
    assert ch["2018-01"] == 1 and ch["2018-05"] == 1
    assert ch["2018-06"] == 3 and ch["2018-12"] == 3  # 180 days after 12 June reach into December
    assert ch["2019-01"] == 2 and ch["2019-06"] == 2  # the talks process, open until its end
    assert ch["2019-07"] == 1
    # as of 2018-09-01 the talks' end was unknown: they count as open, and later ledger rows are ignored
    known = coexistence_index(events, dyad=USA_PRK, milestones=ms, as_of=D(2018, 9, 1))
    assert known.rows()[-1]["period"] == "2018-09" and known.rows()[-1]["channel"] == 3


def test_channel_from_events_never_exceeds_two() -> None:
    events = [ev(D(2018, 6, 12), "043"), ev(D(2018, 11, 1), "190")]
    s = coexistence_index(events, dyad=USA_PRK, options=IndexOptions(channel_from="events"))
    ch = {r["period"]: r["channel"] for r in s.rows()}
    assert ch["2018-06"] == 2 and ch["2018-08"] == 2 and ch["2018-09"] == 2  # 90 days from 12 June
    assert ch["2018-10"] == 0
    assert max(ch.values()) <= 2


def test_dedup_modes() -> None:
    same = [ev(D(2018, 6, 1), "138", location="X"), ev(D(2018, 6, 1), "138", location="X"),
            ev(D(2018, 6, 1), "138", location="Y"), ev(D(2018, 6, 2), "040", sources=1)]
    frame = EventFrame.from_events(same)
    kept, merged = filter_events(frame, "exact")
    assert (len(kept), merged) == (3, 1)
    kept, dropped = filter_events(frame, "min-sources")
    assert len(kept) == 2 and dropped == 2  # the 1-source event goes; unknown-source events stay
    assert filter_events(frame, "none") == (frame, 0)
    s = coexistence_index(same, dyad=USA_PRK)
    assert s.merged == 1 and s.meta()["duplicates_merged"] == 1


def test_weights_parse_and_normalise() -> None:
    assert IndexWeights.parse("equal").as_tuple() == (0.2,) * 5
    assert IndexWeights.parse("balance").as_tuple() == (1.0, 0.0, 0.0, 0.0, 0.0)
    assert IndexWeights.parse("2,0,0,0,2").as_tuple() == (0.5, 0.0, 0.0, 0.0, 0.5)
    assert IndexWeights.parse("channel=1").channel == 1.0
    for bad in ("1,2", "a,b,c,d,e", "speed=1", "-1,1,1,1,1", "0,0,0,0,0"):
        with pytest.raises(ConfigError):
            IndexWeights.parse(bad)
    with pytest.raises(ConfigError):
        IndexOptions(freq="day")  # type: ignore[arg-type]


def test_balance_only_weights_make_cxi_a_rescaled_balance() -> None:
    events = [ev(D(2018, 6, 1), "070"), ev(D(2018, 6, 3), "138"), ev(D(2018, 7, 3), "138")]
    s = coexistence_index(events, dyad=USA_PRK, options=IndexOptions(weights=IndexWeights.balance_only()))
    np.testing.assert_allclose(s.cxi, 100 * (s.balance + 1) / 2)


def test_week_and_quarter_periods() -> None:
    days = np.array(["2018-06-10", "2018-06-11", "2018-12-31", "2019-01-01"], dtype="datetime64[D]")
    weeks = period_start(days, "week")
    assert [str(w) for w in weeks] == ["2018-06-04", "2018-06-11", "2018-12-31", "2018-12-31"]
    assert period_label(weeks[2], "week") == "2019-W01"
    quarters = period_start(days, "quarter")
    assert [period_label(q, "quarter") for q in quarters] == ["2018-Q2", "2018-Q2", "2018-Q4", "2019-Q1"]
    assert len(period_range(days[0], days[-1], "month")) == 8
    events = [ev(D(2018, 6, 10), "040"), ev(D(2018, 6, 11), "138")]
    w = coexistence_index(events, dyad=USA_PRK, options=IndexOptions(freq="week"))
    assert [r["period"] for r in w.rows()] == ["2018-W23", "2018-W24"]
    q = coexistence_index(events, dyad=USA_PRK, options=IndexOptions(freq="quarter"))
    assert [r["period"] for r in q.rows()] == ["2018-Q2"] and q.rows()[0]["events"] == 2


def test_start_end_trim_output_but_not_scale() -> None:
    events = [ev(D(2016, 1, 5), "150", "PRKMIL", "USA"), ev(D(2016, 1, 6), "150", "PRKMIL", "USA"),
              ev(D(2018, 6, 1), "150", "PRKMIL", "USA"), ev(D(2018, 7, 1), "040")]
    full = coexistence_index(events, dyad=USA_PRK)
    cut = coexistence_index(events, dyad=USA_PRK, start=D(2018, 6, 1), end=D(2018, 7, 31))
    assert [r["period"] for r in cut.rows()] == ["2018-06", "2018-07"]
    assert cut.rows() == full.rows()[-2:]
    assert cut.rows()[0]["pressure"] == 0.5  # one test day against the January 2016 maximum of two


def test_impacts_are_leave_one_out() -> None:
    # every event has |g| = 7, so removing one leaves the dyad's mean intensity (the balance's mass unit) as it was
    events = [ev(D(2018, 6, 1), "070"), ev(D(2018, 6, 3), "138"), ev(D(2018, 6, 4), "046"),
              ev(D(2018, 7, 3), "138")]
    ledger = [Milestone(D(2018, 1, 1), "USA-PRK", "peace", "channel-new-york", 1, "B", "ny", "src", channel=1)]
    s = coexistence_index(events, dyad=USA_PRK, milestones=ledger)
    impact = event_impacts(s)
    held = IndexOptions(evidence=EvidenceOptions(n0=s.n0))  # the event is removed, n0 and the baseline stay
    for i in range(3):
        rest = [e for j, e in enumerate(events) if j != i]
        without = coexistence_index(rest, dyad=USA_PRK, milestones=ledger, options=held).rows()[0]["cxi"]
        assert impact[i] == pytest.approx(s.rows()[0]["cxi"] - without, abs=1e-6)
    assert impact[1] < 0 < impact[0]
