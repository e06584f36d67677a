"""Cooperation and conflict intensity: the period's cooperative / hostile weight against the dyad's typical period."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.measure import IndexOptions, coexistence_index
from detente.model import Dyad, Event

DYAD = Dyad.parse("USA-PRK")
REF = (dt.date(2010, 1, 1), dt.date(2010, 12, 31))


def ev(day: dt.date, g: float, quad: int, src: str = "USAGOV", tgt: str = "PRKGOV") -> Event:
    return Event(day, src, tgt, "036" if g >= 0 else "111", goldstein=g, quad_class=quad, sources=1,
                 summary=f"{day} {g}")


def test_intensities_by_hand() -> None:
    events = [ev(dt.date(2010, 1, 5), 4.0, 1), ev(dt.date(2010, 1, 6), -2.0, 3), ev(dt.date(2010, 3, 2), -6.0, 4)]
    s = coexistence_index(events, dyad=DYAD, options=IndexOptions(pressure_reference=REF, source_weighting="unit"))
    rows = {r["period"]: r for r in s.rows()}
    baseline = (4 + 2 + 6) / 12  # Σ|g| over the 12 months of the reference year, empty months count as 0
    assert s.activity_baseline == baseline
    assert rows["2010-01"]["cooperation_intensity"] == 4 / baseline
    assert rows["2010-01"]["conflict_intensity"] == 2 / baseline
    assert rows["2010-03"]["cooperation_intensity"] == 0.0
    assert rows["2010-03"]["conflict_intensity"] == 6 / baseline
    assert rows["2010-02"]["cooperation_intensity"] is None  # no events: no value, not zero


def test_trimming_the_output_does_not_move_the_baseline() -> None:
    events = [ev(dt.date(2010, m, 3), (-1) ** m * m, 1 if m % 2 == 0 else 3) for m in range(1, 13)]
    opts = IndexOptions(pressure_reference=REF)
    whole = coexistence_index(events, dyad=DYAD, options=opts)
    part = coexistence_index(events, dyad=DYAD, options=opts, start=dt.date(2010, 6, 1), end=dt.date(2010, 7, 31))
    assert part.activity_baseline == whole.activity_baseline
    w = {r["period"]: r for r in whole.rows()}
    for r in part.rows():
        assert r["conflict_intensity"] == w[r["period"]]["conflict_intensity"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 364), st.floats(-10, 10, allow_nan=False), st.integers(1, 4)),
                min_size=1, max_size=40))
def test_intensities_add_up_to_activity(items: list[tuple[int, float, int]]) -> None:
    events = [ev(dt.date(2010, 1, 1) + dt.timedelta(days=d), round(g, 1), q) for d, g, q in items]
    s = coexistence_index(events, dyad=DYAD, options=IndexOptions(pressure_reference=REF, dedup="none"))
    coop, conf = s.cooperation_intensity, s.conflict_intensity
    has = s.events > 0
    assert np.all(np.isnan(coop[~has])) and np.all(np.isnan(conf[~has]))
    if not s.activity_baseline > 0:  # only neutral events: no activity to measure against, so no value
        assert np.all(np.isnan(coop)) and np.all(np.isnan(conf))
        return
    assert np.all(coop[has] >= 0) and np.all(conf[has] >= 0)
    total = (coop[has] + conf[has]) * s.activity_baseline
    assert np.allclose(total, s._sums["wabs"][has])
