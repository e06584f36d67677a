"""Calendar periods, the event frame, de-duplication and the index's window options at their edges.

Leap years, ISO weeks that straddle New Year, ranges crossing years, empty ranges and windows, the reference
decade ending on 29 February, and the option objects' validation. Expected calendars are derived in the tests
from :mod:`datetime`, independently of the numpy ``datetime64`` arithmetic of ``detente.measure._periods``.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import ConfigError, MeasureError
from detente.measure import (
    EventFrame,
    IndexOptions,
    IndexWeights,
    coexistence_index,
    filter_events,
    months_to_periods,
    period_label,
    period_range,
    period_start,
)
from detente.measure._periods import as_day, check_freq, period_end, to_date
from detente.model import Dyad, Event
from detente.store import Store

DYAD = Dyad.parse("USA-PRK")
D = dt.date
FREQS = ("week", "month", "quarter")


def day64(d: dt.date) -> np.datetime64:
    return np.datetime64(d, "D")


def py_start(d: dt.date, freq: str) -> dt.date:
    """The first day of the period holding ``d``, from :mod:`datetime` only."""
    if freq == "week":
        return d - dt.timedelta(days=d.weekday())
    if freq == "quarter":
        return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    return d.replace(day=1)


def py_end(start: dt.date, freq: str) -> dt.date:
    if freq == "week":
        return start + dt.timedelta(days=6)
    months = 3 if freq == "quarter" else 1
    y, m = divmod(start.month - 1 + months, 12)
    return dt.date(start.year + y, m + 1, 1) - dt.timedelta(days=1)


def event(day: dt.date, code: str = "043", g: float = 2.8, quad: int = 1, **kw: object) -> Event:
    return Event(day, "USAGOV", "PRKGOV", code, goldstein=g, quad_class=quad, **kw)  # type: ignore[arg-type]


# -- periods ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "freq", "start", "end", "text"), [
    (D(2016, 2, 29), "month", D(2016, 2, 1), D(2016, 2, 29), "2016-02"),
    (D(2017, 2, 14), "month", D(2017, 2, 1), D(2017, 2, 28), "2017-02"),
    (D(2000, 2, 10), "month", D(2000, 2, 1), D(2000, 2, 29), "2000-02"),  # divisible by 400: a leap year
    (D(2100, 2, 10), "month", D(2100, 2, 1), D(2100, 2, 28), "2100-02"),  # divisible by 100 only: not
    (D(2016, 2, 29), "quarter", D(2016, 1, 1), D(2016, 3, 31), "2016-Q1"),
    (D(2016, 12, 31), "quarter", D(2016, 10, 1), D(2016, 12, 31), "2016-Q4"),
    (D(2016, 2, 29), "week", D(2016, 2, 29), D(2016, 3, 6), "2016-W09"),  # a Monday
    (D(2020, 2, 29), "week", D(2020, 2, 24), D(2020, 3, 1), "2020-W09"),  # a Saturday
    (D(2020, 12, 31), "week", D(2020, 12, 28), D(2021, 1, 3), "2020-W53"),
    (D(2021, 1, 3), "week", D(2020, 12, 28), D(2021, 1, 3), "2020-W53"),  # a Sunday of the old year's week
    (D(2021, 1, 4), "week", D(2021, 1, 4), D(2021, 1, 10), "2021-W01"),
    (D(2016, 1, 1), "week", D(2015, 12, 28), D(2016, 1, 3), "2015-W53"),
    (D(1970, 1, 1), "week", D(1969, 12, 29), D(1970, 1, 4), "1970-W01"),  # the numpy epoch, a Thursday
    (D(1969, 12, 31), "month", D(1969, 12, 1), D(1969, 12, 31), "1969-12"),  # before the epoch
])
def test_period_start_end_and_label(day: dt.date, freq: str, start: dt.date, end: dt.date, text: str) -> None:
    s = period_start(np.array([day64(day)]), freq)[0]  # type: ignore[arg-type]
    assert to_date(s) == start == py_start(day, freq)
    assert to_date(period_end(np.array([s]), freq)[0]) == end == py_end(start, freq)  # type: ignore[arg-type]
    assert period_label(s, freq) == text  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(first=st.dates(min_value=D(1995, 1, 1), max_value=D(2030, 12, 31)), span=st.integers(0, 800),
       freq=st.sampled_from(FREQS))
def test_period_range_holds_every_period_of_the_days_once(first: dt.date, span: int, freq: str) -> None:
    last = first + dt.timedelta(days=span)
    grid = period_range(day64(first), day64(last), freq)  # type: ignore[arg-type]
    every_day = [first + dt.timedelta(days=i) for i in range(span + 1)]
    assert [to_date(s) for s in grid] == sorted({py_start(d, freq) for d in every_day})
    # consecutive periods tile the calendar: each starts the day after the previous one ends
    ends = period_end(grid, freq)  # type: ignore[arg-type]
    assert all(to_date(grid[i + 1]) - to_date(ends[i]) == dt.timedelta(days=1) for i in range(len(grid) - 1))
    labels = [period_label(s, freq) for s in grid]  # type: ignore[arg-type]
    assert len(set(labels)) == len(labels)


def test_period_range_across_new_year_and_when_empty() -> None:
    first, last = day64(D(2016, 11, 15)), day64(D(2017, 2, 2))
    assert [period_label(s, "month") for s in period_range(first, last, "month")] == [
        "2016-11", "2016-12", "2017-01", "2017-02"]
    assert [period_label(s, "quarter") for s in period_range(first, last, "quarter")] == ["2016-Q4", "2017-Q1"]
    weeks = period_range(first, last, "week")
    assert period_label(weeks[0], "week") == "2016-W46" and period_label(weeks[-1], "week") == "2017-W05"
    assert "2016-W52" in [period_label(s, "week") for s in weeks] and len(weeks) == 12
    for freq in FREQS:
        assert period_range(last, first, freq).size == 0  # type: ignore[arg-type]
        assert period_range(first, first, freq).size == 1  # type: ignore[arg-type]


@pytest.mark.parametrize(("months", "freq", "periods"), [
    (6, "week", 26), (6, "month", 6), (6, "quarter", 2), (1, "week", 5), (1, "quarter", 1),
    (12, "week", 52), (4, "quarter", 2), (3, "month", 3),
])
def test_months_to_periods_rounds_up(months: int, freq: str, periods: int) -> None:
    assert months_to_periods(months, freq) == periods  # type: ignore[arg-type]


def test_day_conversions_and_unknown_frequencies() -> None:
    for value in (D(2016, 2, 29), "2016-02-29", np.datetime64("2016-02-29T13:45")):
        assert to_date(as_day(value)) == D(2016, 2, 29)  # type: ignore[arg-type]
    assert [check_freq(f) for f in FREQS] == list(FREQS)
    with pytest.raises(ConfigError, match="week, month, quarter"):
        check_freq("year")


# -- the index's window on the calendar ---------------------------------------------------------------------

def test_reference_decade_ending_on_29_february() -> None:
    s = coexistence_index([event(D(2020, 2, 29)), event(D(2019, 7, 1))], dyad=DYAD)
    assert s.reference == (D(2010, 3, 1), D(2020, 2, 29))  # ten years ending on the leap day
    four = coexistence_index([event(D(2020, 2, 29))], dyad=DYAD, options=IndexOptions(reference_years=4))
    assert four.reference == (D(2016, 3, 1), D(2020, 2, 29))  # 2016 has a 29 February too
    assert s.period[-1] == "2020-02" and s.events[-1] == 1
    assert str(s.end[-1]) == "2020-02-29"


def test_a_window_crossing_new_year() -> None:
    events = [event(D(2016, m, 5)) for m in (10, 11, 12)] + [event(D(2017, m, 5), "190", -10.0, 4) for m in (1, 2)]
    cut = coexistence_index(events, dyad=DYAD, start=D(2016, 11, 20), end=D(2017, 1, 10))
    assert cut.period == ["2016-11", "2016-12", "2017-01"]
    assert cut.raw["balance"].tolist() == [1.0, 1.0, -1.0]
    q = coexistence_index(events, dyad=DYAD, options=IndexOptions(freq="quarter"), start=D(2016, 12, 1))
    assert q.period == ["2016-Q4", "2017-Q1"] and q.events.tolist() == [3, 2]
    w = coexistence_index(events, dyad=DYAD, options=IndexOptions(freq="week"), start=D(2016, 12, 26),
                          end=D(2017, 1, 8))
    assert w.period == ["2016-W52", "2017-W01"]
    assert w.events.tolist() == [0, 1] and np.isnan(w.cxi[0])  # 5 January 2017 is in 2017-W01


def test_end_beyond_the_data_adds_empty_periods_and_as_of_runs_to_its_period() -> None:
    events = [event(D(2017, 1, 5))]
    s = coexistence_index(events, dyad=DYAD, end=D(2017, 3, 31))
    assert s.period == ["2017-01", "2017-02", "2017-03"]
    assert [r["cxi"] is None for r in s.rows()] == [False, True, True]
    known = coexistence_index(events, dyad=DYAD, as_of=D(2017, 4, 2))
    assert known.period[-1] == "2017-04" and known.as_of == D(2017, 4, 2)
    assert known.meta()["as_of"] == "2017-04-02"
    assert known.reference[1] == D(2017, 1, 5)  # the decade ends with the last event known, not with as_of


@pytest.mark.parametrize("window", [
    {"start": D(2017, 6, 1), "end": D(2017, 2, 1)},  # reversed
    {"end": D(2016, 12, 31)},  # ends before the first event's period
])
def test_a_window_without_periods_is_refused(window: dict[str, dt.date]) -> None:
    with pytest.raises(MeasureError, match="--from and --to"):
        coexistence_index([event(D(2017, 1, 5))], dyad=DYAD, **window)  # type: ignore[arg-type]


def test_as_of_before_every_event_says_so() -> None:
    with pytest.raises(MeasureError, match="by 2016-12-31"):
        coexistence_index([event(D(2017, 1, 5))], dyad=DYAD, as_of=D(2016, 12, 31))


def test_position_and_rows_of_the_series() -> None:
    s = coexistence_index([event(D(2016, 2, 29)), event(D(2016, 4, 1))], dyad=DYAD)
    assert s.position(D(2016, 3, 31)) == 1 and s.position(D(2016, 4, 30)) == 2
    assert s.position(D(2016, 5, 1)) == -1 and s.position(D(2015, 12, 31)) == -1
    rows = s.rows()
    assert [(r["start"], r["end"]) for r in rows] == [("2016-02-01", "2016-02-29"), ("2016-03-01", "2016-03-31"),
                                                      ("2016-04-01", "2016-04-30")]
    table = s.to_arrow()
    assert table.num_rows == 3 and table.column("cxi").null_count == 1
    assert table.column("period").to_pylist() == s.period


# -- the event frame ------------------------------------------------------------------------------------------

def test_frame_from_events_and_from_arrow_agree() -> None:
    events = [event(D(2016, 3, 1), sources=3, location="Seoul", summary="a"),
              Event(D(2016, 3, 2), "PRKMIL", "USAGOV", "0841", summary="b"),
              Event(D(2016, 3, 3), "CHNGOV", "JPNGOV", "190", goldstein=-10.0, quad_class=4)]
    a = EventFrame.from_events(events)
    with Store.open(":memory:") as store:
        store.write_events(events, dataset="bundled", input="t")
        table = store.events_arrow()
    b = EventFrame.from_arrow(table)
    assert a.key.tolist() == b.key.tolist() == [e.key for e in events]
    assert a.root.tolist() == ["04", "08", "19"]  # derived from the code
    np.testing.assert_allclose(a.goldstein, b.goldstein, rtol=1e-6)  # the store keeps Goldstein as FLOAT
    assert a.row(1) == b.row(1)
    row = a.row(1)
    assert row["quad_class"] is None and row["goldstein"] is None and row["sources"] is None
    assert row["summary"] == "b" and row["citation"] is None
    # a table without keys gets the content keys Events compute
    keyless = EventFrame.from_arrow(table.drop(["key"]))
    assert keyless.key.tolist() == a.key.tolist()


def test_frame_selection() -> None:
    events = [event(D(2016, 3, d)) for d in (1, 2, 3)] + [Event(D(2016, 3, 2), "PRKGOV", "USAMIL", "036"),
                                                          Event(D(2016, 3, 2), "PRKGOV", "KORGOV", "036")]
    f = EventFrame.from_events(events)
    assert f.in_dyad(DYAD).tolist() == [True, True, True, True, False]
    assert f.in_dyad(Dyad.parse("KOR-PRK")).tolist() == [False] * 4 + [True]
    assert len(f.until(D(2016, 3, 2))) == 4  # the day itself is included
    assert len(f.until(D(2016, 2, 29))) == 0
    picked = f.take(np.array([4, 0]))
    assert picked.target.tolist() == ["KORGOV", "PRKGOV"]
    assert len(EventFrame.from_columns({"date": []})) == 0


def test_filter_events_keys_and_order() -> None:
    events = [
        event(D(2016, 3, 1), summary="first", sources=1),
        event(D(2016, 3, 1), summary="second", sources=9),  # same key: merged into the first
        event(D(2016, 3, 1), summary="blank location", location=""),  # "" and None are the same location
        event(D(2016, 3, 2), summary="next day"),
        event(D(2016, 3, 1), "040", summary="other code"),
        Event(D(2016, 3, 1), "PRKGOV", "USAGOV", "043", summary="other direction"),
        event(D(2016, 3, 1), summary="two sources", location="X", sources=2),
        event(D(2016, 3, 1), summary="zero sources", location="Y", sources=0),
    ]
    f = EventFrame.from_events(events)
    kept, merged = filter_events(f, "exact")
    assert merged == 2
    assert kept.summary.tolist() == ["first", "next day", "other code", "other direction", "two sources",
                                     "zero sources"]
    kept, dropped = filter_events(f, "min-sources")
    assert dropped == 4  # the two merged, then 'first' (1 source) and 'zero sources'
    assert kept.summary.tolist() == ["next day", "other code", "other direction", "two sources"]
    empty = EventFrame.from_columns({"date": []})
    assert filter_events(empty, "exact") == (empty, 0)


# -- option objects -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "message"), [
    ({"source_weighting": "sqrt"}, "log or unit"),
    ({"dedup": "fuzzy"}, "none, exact, min-sources"),
    ({"channel_from": "news"}, "auto, ledger or events"),
    ({"working_days": 0}, "positive"),
    ({"leader_days": -5}, "positive"),
    ({"reference_years": 0}, "positive"),
    ({"pressure_reference": (D(2017, 1, 1), D(2016, 1, 1))}, "ends before it starts"),
    ({"freq": "fortnight"}, "week, month, quarter"),
])
def test_index_options_refuse_bad_values(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        IndexOptions(**changes)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=message):
        IndexOptions().with_(**changes)


def test_index_options_copy_and_describe_themselves() -> None:
    base = IndexOptions()
    week = base.with_(freq="week", pressure_reference=(D(2010, 1, 1), D(2019, 12, 31)))
    assert base.freq == "month" and base.pressure_reference is None  # the original is untouched
    d = week.to_dict()
    assert d["freq"] == "week" and d["pressure_reference"] == ["2010-01-01", "2019-12-31"]
    assert d["weights"] == {"balance": 0.35, "material_conflict": 0.2, "material_cooperation": 0.1,
                            "channel": 0.2, "pressure": 0.15}
    assert d["pressure_roots"] == ["15"] and d["dedup"] == "exact"


def test_weights_parse_names_with_hyphens_and_defaults() -> None:
    w = IndexWeights.parse("material-conflict=1, pressure=3")
    assert w.as_tuple() == (0.0, 0.25, 0.0, 0.0, 0.75)
    assert IndexWeights.parse("default") == IndexWeights.parse("") == IndexWeights()
    assert IndexWeights(1, 1, 1, 1, 3).to_dict()["pressure"] == round(3 / 7, 6)
    with pytest.raises(ConfigError, match="balance, material_conflict"):
        IndexWeights.parse("balance=1,tone=2")


@pytest.mark.parametrize("text", ["nan,1,1,1,1", "inf,1,1,1,1", "balance=nan"])
def test_non_finite_weights_are_refused(text: str) -> None:
    with pytest.raises(ConfigError, match="weights"):
        IndexWeights.parse(text)


def test_arrow_input_is_accepted_like_events() -> None:
    events = [event(D(2016, 3, 1), sources=3), event(D(2016, 4, 1), "190", -10.0, 4)]
    with Store.open(":memory:") as store:
        store.write_events(events, dataset="bundled", input="t")
        table: pa.Table = store.events_arrow()
    a = coexistence_index(events, dyad=DYAD).rows()
    b = coexistence_index(table, dyad=DYAD).rows()
    c = coexistence_index(EventFrame.from_arrow(table), dyad=DYAD).rows()
    assert a == b == c
