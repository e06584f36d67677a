"""The two-track scorecard and its sequencing diagnostics on small ledgers."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from detente.errors import MeasureError
from detente.measure import ScorecardOptions, in_force, lead_lag, reciprocity, scorecard, track_state
from detente.model import Milestone

D = dt.date


def ms(day: dt.date, track: str, kind: str, level: int, grade: str = "B", end: dt.date | None = None,
       channel: int | None = None) -> Milestone:
    return Milestone(day, "USA-PRK", track, kind, level, grade, f"{kind} on {day}", "a public source", end=end,
                     channel=channel)


LEDGER = [
    ms(D(2018, 4, 20), "denuclearization", "test-moratorium-nuclear", 1),
    ms(D(2018, 5, 24), "denuclearization", "site-dismantlement", 2, end=D(2019, 3, 7)),
    ms(D(2018, 6, 12), "peace", "summit", 3, channel=3),
    ms(D(2018, 6, 18), "peace", "exercise-suspension", 2, end=D(2022, 8, 22)),
    ms(D(2019, 2, 27), "peace", "summit", 3, channel=3),
]


def test_levels_one_off_memory_and_ends() -> None:
    cards = scorecard(LEDGER, dyad="USA-PRK", start=D(2018, 1, 1), end=D(2019, 12, 31))
    rows = {r["period"]: r for r in cards.rows()}
    assert rows["2018-03"]["peace"] == 0 and rows["2018-03"]["denuclearization"] == 0
    assert rows["2018-04"]["denuclearization"] == 1
    assert rows["2018-06"]["denuclearization"] == 2 and rows["2018-06"]["peace"] == 3
    assert rows["2018-12"]["peace"] == 3  # the summit counts for 180 days
    assert rows["2019-01"]["peace"] == 2  # then only the standing exercise suspension
    assert rows["2019-04"]["denuclearization"] == 1  # dismantlement reversed in March 2019; moratorium remains
    assert all(r["peace_grade_a"] == 0 and r["denuclearization_grade_a"] == 0 for r in rows.values())
    assert rows["2018-06"]["peace_steps"] == 2 and rows["2018-06"]["denuclearization_steps"] == 0
    assert rows["2019-12"]["action_for_action"] == 3 - 2


def test_as_of_hides_later_steps_and_unknown_ends() -> None:
    cards = scorecard(LEDGER, dyad="USA-PRK", start=D(2018, 1, 1), end=D(2019, 2, 14), as_of=D(2019, 2, 14))
    assert cards.rows()[-1]["denuclearization"] == 2  # the March 2019 reversal was not yet known
    assert int(cards.steps["peace"].sum()) == 2
    state = track_state(LEDGER, day=D(2019, 2, 14))
    assert state["denuclearization"]["level"] == 2
    assert {m["kind"] for m in state["denuclearization"]["standing"]} == {"test-moratorium-nuclear",
                                                                         "site-dismantlement"}
    assert state["peace"]["standing_institution"] is False
    inst = [*LEDGER, ms(D(2019, 1, 1), "peace", "liaison-office", 4, channel=4)]
    assert track_state(inst, day=D(2019, 2, 14))["peace"]["standing_institution"] is True


def test_in_force_rules() -> None:
    opts = ScorecardOptions(memory_days=30)
    summit = ms(D(2018, 6, 12), "peace", "summit", 3)
    assert in_force(summit, D(2018, 7, 1), D(2018, 7, 11), options=opts)
    assert not in_force(summit, D(2018, 7, 12), D(2018, 7, 31), options=opts)
    talks = ms(D(2018, 6, 12), "peace", "talks-working-level", 2, end=D(2019, 1, 1))
    assert in_force(talks, D(2018, 12, 1), D(2018, 12, 31), options=opts)  # a process with an end lasts to it
    assert not in_force(talks, D(2018, 6, 1), D(2018, 6, 11), options=opts)


def test_lead_lag_finds_the_leading_track() -> None:
    peace = np.array([0, 0, 1, 1, 2, 2, 3, 3, 3, 2, 2, 1, 1, 0, 0, 0], dtype=float)
    denuc = np.concatenate([np.zeros(2), peace[:-2]])  # follows two periods later
    out = lead_lag(peace, denuc, 4)
    assert out["best_lag"] == 2 and out["leader"] == "peace"
    assert out["best_correlation"] == pytest.approx(1.0, abs=1e-9)
    assert lead_lag(peace, np.zeros(16), 3)["best_lag"] is None  # a flat track gives no correlation


def test_reciprocity_ratio_against_base_rate() -> None:
    peace_steps = [D(2018, 1, 1), D(2018, 7, 1)]
    answers = [D(2018, 1, 20), D(2018, 7, 15)]
    out = reciprocity(peace_steps, answers, D(2018, 1, 1), D(2018, 12, 31), 30)
    assert out["answered"] == 2 and out["share"] == 1.0
    # days followed by an answer within 30 days: 1-19 January (the window opens on 1 January), 15 June-14 July
    assert out["base_rate"] == pytest.approx(49 / 365, abs=1e-6)
    assert out["ratio"] == pytest.approx(365 / 49, rel=1e-5)
    none = reciprocity(peace_steps, [], D(2018, 1, 1), D(2018, 12, 31), 30)
    assert none["ratio"] is None and none["answered"] == 0


def test_scorecard_refuses_reversed_window() -> None:
    with pytest.raises(MeasureError):
        scorecard(LEDGER, dyad="USA-PRK", start=D(2019, 1, 1), end=D(2018, 1, 1))
