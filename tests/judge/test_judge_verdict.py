"""Regimes, the persistence rule, the paradigm and the verdict on synthetic records with a known answer."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from detente.errors import ConfigError
from detente.judge import JudgeOptions, find_regimes, judge, paradigm, sensitivity
from detente.measure import IndexOptions, coexistence_index, scorecard
from detente.model import Dyad, Event, Milestone
from detente.reference import enrich

USA_PRK = Dyad.parse("USA-PRK")
D = dt.date


def ev(day: dt.date, code: str, src: str = "USAGOV", tgt: str = "PRKGOV", **kw: object) -> Event:
    return enrich(Event(day, src, tgt, code, **kw))  # type: ignore[arg-type]


def _month(year: int, month: int, day: int = 5) -> dt.date:
    return D(year, month, day)


def hostile_then_calm(calm_months: int = 18, spike: tuple[int, int] | None = None) -> list[Event]:
    """Two years of threats and tests, then ``calm_months`` of consultation and aid."""
    out: list[Event] = []
    for i in range(24):
        y, m = 2016 + i // 12, i % 12 + 1
        out += [ev(_month(y, m, 3), "138"), ev(_month(y, m, 9), "150", "PRKMIL", "USA"),
                ev(_month(y, m, 15), "040"), ev(_month(y, m, 20), "172")]
    for i in range(calm_months):
        y, m = 2018 + i // 12, i % 12 + 1
        out += [ev(_month(y, m, 3), "040"), ev(_month(y, m, 10), "057"), ev(_month(y, m, 17), "070"),
                ev(_month(y, m, 24), "111" if i % 4 == 0 else "043")]
    if spike is not None:
        out.append(ev(_month(*spike, 28), "190"))
    return out


LEDGER = [
    Milestone(D(2018, 1, 10), "USA-PRK", "peace", "talks-working-level", 2, "B", "talks", "a source",
              end=D(2019, 12, 31), channel=2),
    Milestone(D(2018, 2, 1), "USA-PRK", "peace", "summit", 3, "B", "summit", "a source", channel=3),
    Milestone(D(2018, 3, 1), "USA-PRK", "denuclearization", "test-moratorium-nuclear", 1, "B", "m", "a source"),
    Milestone(D(2018, 5, 1), "USA-PRK", "peace", "exercise-suspension", 2, "B", "x", "a source"),
    Milestone(D(2018, 6, 1), "USA-PRK", "denuclearization", "site-dismantlement", 2, "B", "d", "a source"),
]


def test_regime_change_is_found_and_calm_regime_is_coexistent() -> None:
    v = judge(hostile_then_calm(), dyad=USA_PRK, milestones=LEDGER)
    starts = v.change_point_dates()
    assert any(D(2017, 12, 1) <= s <= D(2018, 2, 28) for s in starts)
    assert v.current.start >= D(2017, 12, 1)
    assert v.coexistent and v.current.coexistent
    assert not v.regimes[0].coexistent
    assert "peaceful coexistence, by the persistence rule" in v.text


def test_persistence_rule_needs_six_months() -> None:
    v = judge(hostile_then_calm(calm_months=4), dyad=USA_PRK, milestones=LEDGER)
    assert v.current.mean_cxi is not None and v.current.mean_cxi >= 60
    assert not v.coexistent
    assert any("required" in r for r in v.current.reasons)


def test_threshold_and_months_are_parameters() -> None:
    events = hostile_then_calm()
    strict = judge(events, dyad=USA_PRK, milestones=LEDGER, options=JudgeOptions(threshold=99.0))
    assert not strict.coexistent
    long = judge(events, dyad=USA_PRK, milestones=LEDGER, options=JudgeOptions(min_months=36))
    assert not long.coexistent
    with pytest.raises(ConfigError):
        JudgeOptions(threshold=120)


def test_one_month_spike_is_not_a_regime() -> None:
    events = hostile_then_calm(calm_months=24, spike=(2019, 2))
    s = coexistence_index(events, dyad=USA_PRK, milestones=LEDGER)
    found = find_regimes(s, JudgeOptions())
    feb = s.position(D(2019, 2, 15))
    assert feb not in found.change_points and feb + 1 not in found.change_points


def test_paradigm_parallel_and_sequenced() -> None:
    opts = JudgeOptions()
    cards = scorecard(LEDGER, dyad="USA-PRK", start=D(2018, 1, 1), end=D(2018, 12, 31))
    par = paradigm(cards, 0, len(cards) - 1, opts)
    assert par["label"] == "parallel", par
    cvid = [m for m in LEDGER if m.track == "denuclearization"]
    seq = paradigm(scorecard(cvid, dyad="USA-PRK", start=D(2018, 1, 1), end=D(2018, 12, 31)), 0, 11, opts)
    assert seq["label"] == "sequenced" and seq["first"] == "denuclearization" and "CVID" in seq["why"]
    none = paradigm(scorecard(LEDGER[:1], dyad="USA-PRK", start=D(2018, 1, 1), end=D(2018, 12, 31)), 0, 11, opts)
    assert none["label"] == "undetermined"


def test_verdict_json_has_the_documented_keys_and_is_deterministic() -> None:
    events = hostile_then_calm()
    a = judge(events, dyad=USA_PRK, milestones=LEDGER, as_of=D(2019, 2, 14)).to_dict()
    b = judge(list(reversed(events)), dyad=USA_PRK, milestones=LEDGER, as_of=D(2019, 2, 14)).to_dict()
    assert json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)
    for key in ("dyad", "as_of", "change_points", "regimes", "coexistent", "paradigm", "tracks", "channels",
                "evidence", "verdict"):
        assert key in a
    for r in a["regimes"]:
        assert {"start", "end", "mean_cxi", "coexistent"} <= set(r)
    assert a["as_of"] == "2019-02-14"
    assert a["channels"]["level"] == 2 and a["channels"]["source"] == "ledger"
    assert a["tracks"]["denuclearization"]["level"] == 2
    assert all(e["date"] <= "2019-02-14" for e in a["evidence"])
    assert all({"summary", "citation", "impact", "dataset"} <= set(e) for e in a["evidence"])


def test_as_of_ignores_the_future() -> None:
    events = hostile_then_calm()
    future = [ev(D(2019, 3, d), "190") for d in range(1, 28)]
    a = judge(events, dyad=USA_PRK, milestones=LEDGER, as_of=D(2019, 2, 14))
    b = judge(events + future, dyad=USA_PRK, milestones=LEDGER, as_of=D(2019, 2, 14))
    assert a.to_dict() == b.to_dict()


def test_evidence_names_the_events_that_moved_the_index() -> None:
    events = hostile_then_calm()
    v = judge(events, dyad=USA_PRK, milestones=LEDGER)
    impacts = [e["impact"] for e in v.evidence if e["context"] == "current regime"]
    assert impacts and max(abs(i) for i in impacts) > 0
    # the weapons test just before the turn is cited as lowering the index most around the change point
    turn = [e for e in v.evidence if e["context"].startswith("change point")]
    assert turn and min(turn, key=lambda e: e["impact"])["code"] == "150"
    # in the calm regime every cited event is cooperative and raised the index: its events are evidence of calm
    # against a hostile baseline (a lone criticism adds mass as well as a lean, so it need not lower the index)
    assert all(e["impact"] > 0 and e["goldstein"] > 0 for e in v.evidence if e["context"] == "current regime")


def test_sensitivity_labels_robust_and_fragile() -> None:
    events = hostile_then_calm()
    v = judge(events, dyad=USA_PRK, milestones=LEDGER)
    from detente.measure import EventFrame

    out = sensitivity(EventFrame.from_events(events), dyad=USA_PRK, milestones=LEDGER, base=v)
    names = [r["name"] for r in out["variants"]]
    assert "equal weights" in names and "balance alone" in names and "de-duplication none" in names
    assert set(out["conclusions"]) == {"coexistent", "regime_start", "trend", "paradigm", "direction"}
    assert out["conclusions"]["direction"]["label"] == "robust"
    strict = judge(events, dyad=USA_PRK, milestones=LEDGER, options=JudgeOptions(threshold=64.0))
    fragile = sensitivity(EventFrame.from_events(events), dyad=USA_PRK, milestones=LEDGER, base=strict)
    labels = {k: c["label"] for k, c in fragile["conclusions"].items()}
    assert set(labels.values()) <= {"robust", "fragile", "untested"}
    # sources: a second dataset that covers the regime is rerun alone
    icews_like = [Event(**{**e.to_dict(), "dataset": "other"}) for e in events[-20:]]
    two = sensitivity(EventFrame.from_events(events + icews_like), dyad=USA_PRK, milestones=LEDGER, base=v)
    assert {"source bundled only", "source other only"} <= {r["name"] for r in two["variants"]}


def test_week_and_quarter_verdicts_run() -> None:
    events = hostile_then_calm()
    for freq in ("week", "quarter"):
        v = judge(events, dyad=USA_PRK, milestones=LEDGER, options=JudgeOptions(index=IndexOptions(freq=freq)))
        assert v.series.freq == freq and v.regimes
        assert np.all((v.series.cxi[~np.isnan(v.series.cxi)] >= 0) & (v.series.cxi[~np.isnan(v.series.cxi)] <= 100))
