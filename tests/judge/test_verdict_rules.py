"""Verdict rules on crafted event records and ledgers: each verdict category is reachable, the evidence names the
events and milestones that decide it, the sensitivity table flips when (and only when) a variant changes a
conclusion, and the store-level helpers (``verdict_from_store``, ``report_data``) agree with ``judge``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import numpy as np
import pytest

from detente.judge import (
    CHANNEL_NAMES,
    JudgeOptions,
    judge,
    paradigm,
    report_data,
    sensitivity,
    sensitivity_rows,
    variants,
    verdict_from_store,
)
from detente.measure import ChangeOptions, EventFrame, event_impacts, scorecard
from detente.measure._periods import period_label
from detente.model import Dyad, Event, Milestone
from detente.reference import enrich
from detente.store import Store

USA_PRK = Dyad.parse("USA-PRK")
D = dt.date


def ev(day: dt.date, code: str, src: str = "USAGOV", tgt: str = "PRKGOV", **kw: object) -> Event:
    return enrich(Event(day, src, tgt, code, **kw))  # type: ignore[arg-type]


def months(first_year: int, n: int) -> Iterator[dt.date]:
    for i in range(n):
        yield D(first_year + i // 12, i % 12 + 1, 1)


def hostile(first_year: int, n: int, dataset: str = "bundled") -> list[Event]:
    """``n`` months of threats (138), weapons tests (150) and sanctions (172), each with its own summary."""
    return [e for m in months(first_year, n) for e in (
        ev(m.replace(day=3), "138", summary=f"threat {m:%Y-%m}", dataset=dataset),
        ev(m.replace(day=9), "150", "PRKMIL", "USA", summary=f"test {m:%Y-%m}", dataset=dataset),
        ev(m.replace(day=20), "172", summary=f"sanction {m:%Y-%m}", dataset=dataset))]


def calm(first_year: int, n: int, dataset: str = "bundled") -> list[Event]:
    """``n`` months of consultation (040), signed agreements (057) and aid (070), each twice: six events a month,
    twice the evidence of a hostile month, so that a calm regime after a crisis is well attested."""
    return [e for m in months(first_year, n) for again in (0, 1) for e in (
        ev(m.replace(day=3 - again), "040", summary=f"consult {m:%Y-%m}{' again' * again}", dataset=dataset),
        ev(m.replace(day=10 - again), "057", summary=f"sign {m:%Y-%m}{' again' * again}", dataset=dataset),
        ev(m.replace(day=17 - again), "070", summary=f"aid {m:%Y-%m}{' again' * again}", dataset=dataset))]


def ms(day: dt.date, track: str, kind: str, level: int, grade: str = "B", channel: int | None = None,
       end: dt.date | None = None) -> Milestone:
    return Milestone(day, "USA-PRK", track, kind, level, grade, f"{kind} on {day}", f"source for {kind}",
                     end=end, channel=channel)


RECORD = hostile(2016, 24) + calm(2018, 18)  # a two-year crisis, then eighteen calm months
ANCHORS = [ms(D(2018, 1, 10), "peace", "liaison-office", 3, "A", channel=4),
           ms(D(2018, 2, 10), "denuclearization", "site-dismantlement", 2, "A")]


def head(text: str) -> str:
    return text.splitlines()[0]


# ---- each verdict category is reachable -------------------------------------------------------------------------


def test_long_calm_regime_is_coexistence_but_not_anchored_without_institution_or_grade_a() -> None:
    v = judge(RECORD, dyad=USA_PRK)
    assert v.coexistent and D(2018, 1, 1) in v.change_point_dates()
    # the crisis regimes are not coexistent; the calm ones are (the evidence-weighted CXI keeps rising while the
    # calm months enter the baseline, so the calm stretch may be cut in two)
    assert all(r.coexistent is (r.start >= D(2018, 1, 1)) for r in v.regimes)
    first = head(v.text)
    assert first.startswith("USA-PRK as of 2019-06-17: peaceful coexistence, by the persistence rule.")
    assert "no standing institution" in first and "no verified (grade-A) denuclearization step" in first
    assert first.endswith("so it is not yet anchored.")
    # the text names the regime before the current one, with its dates
    prev = v.regimes[-2]
    assert f"after a regime at mean CXI {prev.mean_cxi:.1f} ({prev.start}..{prev.end})" in v.text


def test_standing_institution_and_grade_a_step_anchor_the_verdict() -> None:
    v = judge(RECORD, dyad=USA_PRK, milestones=ANCHORS)
    assert v.coexistent
    assert head(v.text) == "USA-PRK as of 2019-06-17: peaceful coexistence, by the persistence rule."
    assert v.tracks["peace"]["standing_institution"] is True
    assert v.tracks["denuclearization"]["grade_a_level"] == 2
    assert "with liaison-office (grade A, 2018-01-10) in force" in v.text
    assert "with site-dismantlement (grade A, 2018-02-10) in force" in v.text
    assert v.channels["level"] == 4 and v.channels["name"] == CHANNEL_NAMES[4] and v.channels["source"] == "ledger"
    # the open channel is the liaison office, cited with its date and source
    assert v.channels["open"][0] == {"level": 4, "since": "2018-01-10", "kind": "liaison-office",
                                     "summary": "liaison-office on 2018-01-10", "citation": "source for liaison-office"}


@pytest.mark.parametrize(("missing", "phrase"), [
    (0, "no standing institution (liaison office, embassy, peace-regime body)"),  # only the grade-A step
    (1, "no verified (grade-A) denuclearization step"),  # only the liaison office
])
def test_one_missing_anchor_is_named_alone(missing: int, phrase: str) -> None:
    kept = [m for i, m in enumerate(ANCHORS) if i != missing]
    first = head(judge(RECORD, dyad=USA_PRK, milestones=kept).text)
    assert f"It rests on {phrase}, so it is not yet anchored." in first
    assert first.count(" and ") == 0


def test_short_cooperative_regime_is_not_yet_coexistence() -> None:
    v = judge(hostile(2016, 24) + calm(2018, 4), dyad=USA_PRK)
    assert not v.coexistent and v.current.mean_cxi is not None and v.current.mean_cxi >= 60
    assert head(v.text) == ("USA-PRK as of 2018-04-17: not yet peaceful coexistence: the current regime is "
                            "cooperative but does not yet meet the persistence rule.")
    assert "lasts 4 of the 6 periods required" in v.text


def test_hostile_record_is_no_coexistence() -> None:
    v = judge(hostile(2016, 36), dyad=USA_PRK)
    assert not v.coexistent and v.current.mean_cxi is not None and v.current.mean_cxi < 60
    assert head(v.text) == "USA-PRK as of 2018-12-20: no peaceful coexistence."
    assert "stays below the threshold 60" in v.text
    assert v.to_dict()["coexistent"] is False and v.to_dict()["verdict"] == v.text


def test_the_threshold_moves_a_calm_regime_between_categories() -> None:
    cur = judge(RECORD, dyad=USA_PRK).current
    assert cur.mean_cxi is not None and cur.cxi_low is not None and cur.cxi_high is not None
    assert cur.cxi_low < cur.mean_cxi < cur.cxi_high
    above = judge(RECORD, dyad=USA_PRK, options=JudgeOptions(threshold=float(np.floor(cur.cxi_low))))
    # between the lower bound and the mean: the mean clears the threshold, the lower bound does not
    between = judge(RECORD, dyad=USA_PRK, options=JudgeOptions(threshold=(cur.cxi_low + cur.mean_cxi) / 2))
    below = judge(RECORD, dyad=USA_PRK, options=JudgeOptions(threshold=float(np.ceil(cur.cxi_high + 0.01))))
    assert above.coexistent is True and between.coexistent is False and below.coexistent is False
    assert "not yet peaceful coexistence" in head(between.text) and "its lower bound stays below" in between.text
    assert "no peaceful coexistence" in head(below.text) and "its upper bound stays below" in below.text


def test_a_later_as_of_changes_the_verdict_only_by_what_became_known() -> None:
    record = RECORD + hostile(2019, 12)[18:]  # hostility returns from July 2019
    early = judge(record, dyad=USA_PRK, as_of=D(2019, 6, 30))
    late = judge(record, dyad=USA_PRK)
    assert early.coexistent and early.as_of == D(2019, 6, 30)
    assert not late.coexistent and late.current.start >= D(2019, 6, 1)
    assert late.change_point_dates()[-1] == late.current.start


# ---- evidence -----------------------------------------------------------------------------------------------------


def _labels(v: object) -> list[str]:
    return [period_label(s, v.series.freq) for s in v.series.start]  # type: ignore[attr-defined]


@pytest.mark.parametrize("count", [0, 3, 8])
def test_evidence_is_the_strongest_movers_of_the_current_regime_and_of_the_turn(count: int) -> None:
    v = judge(RECORD, dyad=USA_PRK, options=JudgeOptions(evidence=count))
    impact = event_impacts(v.series)
    frame, pos = v.series.frame, v.series.event_period
    cur = v.current
    in_cur = [e for e in v.evidence if e["context"] == "current regime"]
    assert len(in_cur) == min(count, int(((pos >= cur.first) & (pos <= cur.last)).sum()))
    labels = _labels(v)
    cur_labels = set(labels[cur.first:cur.last + 1])
    assert all(e["period"] in cur_labels for e in in_cur)
    # no uncited event of the current regime moved the index more than the weakest cited one
    cited = {e["key"] for e in v.evidence}
    if in_cur:
        weakest = min(abs(e["impact"]) for e in in_cur)
        others = [abs(float(impact[i])) for i in range(len(frame))
                  if cur.first <= pos[i] <= cur.last and str(frame.key[i]) not in cited]
        assert all(o <= weakest + 1e-3 for o in others)
    # the turn that opened the regime is cited: events of its first period or the one before, at most three
    cp = v.found.change_points[-1]
    turn = [e for e in v.evidence if e["context"].startswith("change point")]
    assert turn and len(turn) <= 3
    assert all(e["context"] == f"change point {labels[cp]}" for e in turn)
    assert all(e["period"] in (labels[cp - 1], labels[cp]) for e in turn)
    # listed by date, each cited event is a real event of the record with its summary
    assert [e["date"] for e in v.evidence] == sorted(e["date"] for e in v.evidence)
    summaries = {e.summary for e in RECORD}
    assert all(e["summary"] in summaries for e in v.evidence)


def test_a_lone_strike_in_a_calm_regime_is_cited_as_lowering_the_index() -> None:
    strike = ev(D(2018, 9, 25), "190", "PRKMIL", "USA", summary="artillery strike on an outpost")
    v = judge([*RECORD, strike], dyad=USA_PRK)
    cited = [e for e in v.evidence if e["summary"] == "artillery strike on an outpost"]
    # cited once, as lowering the index, whether it falls in the current regime or just before its change point
    assert len(cited) == 1 and cited[0]["impact"] < 0 and cited[0]["period"] == "2018-09"
    lowered = next(line for line in v.text.splitlines() if line.startswith("Lowered the index most:"))
    assert "2018-09-25 artillery strike on an outpost" in lowered


def test_evidence_without_a_change_point_comes_from_the_whole_series() -> None:
    one_regime = JudgeOptions(evidence=5, change=ChangeOptions(penalty_factor=1e9))
    v = judge(calm(2018, 12), dyad=USA_PRK, options=one_regime)
    assert v.found.change_points == () and len(v.regimes) == 1
    assert len(v.evidence) == 5 and {e["context"] for e in v.evidence} == {"current regime"}
    assert "after a regime" not in v.text


# ---- tracks, channels and the paradigm in the verdict ------------------------------------------------------------


def test_tracks_without_steps_say_so_and_a_peace_only_ledger_is_sequenced_peace_first() -> None:
    bare = judge(RECORD, dyad=USA_PRK)
    assert "the peace track has no step on the ledger; the denuclearization track has no step on the ledger" \
        in bare.text
    assert bare.paradigm["label"] == "undetermined" and "only 0 ledger step(s)" in bare.paradigm["why"]
    start = bare.current.start  # two peace steps inside the current regime
    peace_only = [ms(start + dt.timedelta(days=30), "peace", "exercise-suspension", 2),
                  ms(start + dt.timedelta(days=120), "peace", "summit", 3)]
    v = judge(RECORD, dyad=USA_PRK, milestones=peace_only)
    assert v.current.start == start
    assert v.paradigm["label"] == "sequenced" and v.paradigm["first"] == "peace"
    assert v.paradigm["why"] == "2 peace step(s) and no denuclearization step: the peace track ran alone"
    assert "Paradigm: the regime looks sequenced: 2 peace step(s)" in v.text


def test_unbalanced_unanswered_tracks_are_sequenced_with_both_reasons() -> None:
    opts = JudgeOptions()
    ledger = [ms(D(2018, m, 5), "peace", "exercise-suspension", 1) for m in (1, 2, 3, 4)]
    ledger.append(ms(D(2018, 12, 20), "denuclearization", "test-moratorium", 1))
    cards = scorecard(ledger, dyad="USA-PRK", start=D(2018, 1, 1), end=D(2018, 12, 31))
    out = paradigm(cards, 0, len(cards) - 1, opts)
    assert (out["peace_steps"], out["denuclearization_steps"], out["action_for_action"]) == (4, 1, 3)
    assert out["label"] == "sequenced" and out["first"] == "peace"
    # |drift| 3 > 0.5 * 5 steps: the peace track ran ahead
    assert "the peace track ran ahead (action-for-action balance +3 of 5 steps)" in out["why"]
    loose = paradigm(cards, 0, len(cards) - 1, opts.with_(parallel_tolerance=0.6))
    assert "ran ahead" not in loose["why"]
    strict = paradigm(cards, 0, len(cards) - 1, opts.with_(min_steps=6))
    assert strict["label"] == "undetermined" and "fewer than the 6 needed" in strict["why"]


def test_channel_from_events_is_working_level_while_a_consultation_is_recent() -> None:
    v = judge(RECORD, dyad=USA_PRK)
    assert v.channels["source"] == "events"
    assert v.channels["level"] == 2 and v.channels["name"] == "working-level talks"
    assert all(o["kind"].startswith("CAMEO 04") for o in v.channels["open"])
    quiet = judge(RECORD, dyad=USA_PRK, as_of=D(2020, 6, 30))  # a year with no consultation
    assert quiet.channels["level"] == 0 and quiet.channels["name"] == "no contact" and quiet.channels["open"] == []


def test_a_lapsed_ledger_channel_is_not_open() -> None:
    ledger = [ms(D(2018, 1, 10), "peace", "talks-working-level", 2, channel=2, end=D(2018, 3, 31))]
    v = judge(RECORD, dyad=USA_PRK, milestones=ledger, as_of=D(2018, 3, 15))
    assert v.channels["level"] == 2 and v.channels["open"][0]["since"] == "2018-01-10"
    after = judge(RECORD, dyad=USA_PRK, milestones=ledger, as_of=D(2018, 6, 15))
    assert after.channels["level"] == 0 and after.channels["open"] == []


# ---- sensitivity --------------------------------------------------------------------------------------------------


def _variant_bounds() -> dict[str, float]:
    """The lower bound of the current regime's CXI under each variant (the bound the rule reads)."""
    out = {}
    for var in variants(JudgeOptions(), ["bundled"]):
        low = judge(RECORD, dyad=USA_PRK, options=var.options).current.cxi_low
        assert low is not None
        out[var.name] = low
    return out


def test_coexistence_is_robust_when_every_variant_clears_the_threshold_and_fragile_otherwise() -> None:
    base_low = judge(RECORD, dyad=USA_PRK).current.cxi_low
    assert base_low is not None
    means = _variant_bounds()
    assert {"n0 halved", "n0 doubled"} <= set(means)
    frame = EventFrame.from_events(RECORD)
    robust_at = min([*means.values(), base_low]) - 1.0
    base = judge(RECORD, dyad=USA_PRK, options=JudgeOptions(threshold=robust_at))
    out = sensitivity(frame, dyad=USA_PRK, milestones=[], base=base)
    assert out["conclusions"]["coexistent"] == {"base": True, "label": "robust", "flipped_by": []}
    # between the lowest variant and the base: exactly the variants below it flip the conclusion
    low = [n for n, m in means.items() if m < base_low]
    assert low, means
    cut = (max(m for m in means.values() if m < base_low) + base_low) / 2
    base = judge(RECORD, dyad=USA_PRK, options=JudgeOptions(threshold=cut))
    assert base.coexistent
    out = sensitivity(frame, dyad=USA_PRK, milestones=[], base=base)
    flips = out["conclusions"]["coexistent"]
    assert flips["label"] == "fragile" and sorted(flips["flipped_by"]) == sorted(low)
    assert out["conclusions"]["direction"] == {"base": "cooperative", "label": "robust", "flipped_by": []}
    assert out["window"] == [base.current.start.isoformat(), base.as_of.isoformat()]


def test_a_source_that_sees_only_hostility_flips_the_direction() -> None:
    # one sanction a month from a second source against three cooperative events a month from the first
    sanctions = [ev(m.replace(day=25), "172", summary=f"sanction {m:%Y-%m}", dataset="hawk")
                 for m in months(2018, 18)]
    frame = EventFrame.from_events(RECORD + sanctions)
    base = judge(frame, dyad=USA_PRK)
    out = sensitivity(frame, dyad=USA_PRK, milestones=[], base=base)
    direction = out["conclusions"]["direction"]
    assert direction == {"base": "cooperative", "label": "fragile", "flipped_by": ["source hawk only"]}
    rows = {r["name"]: r for r in out["variants"]}
    assert rows["source hawk only"]["status"] == "ok"  # it covers every month of the regime
    assert rows["source hawk only"]["conclusions"]["direction"] == "hostile"
    assert rows["source bundled only"]["conclusions"]["direction"] == "cooperative"


def test_sources_that_cover_little_or_nothing_of_the_regime_speak_to_direction_only() -> None:
    little = calm(2019, 2, dataset="thin")  # two of the current regime's months
    nothing = hostile(2016, 6, dataset="old")  # before the regime
    frame = EventFrame.from_events(RECORD + little + nothing)
    base = judge(frame, dyad=USA_PRK)
    out = sensitivity(frame, dyad=USA_PRK, milestones=[], base=base)
    rows = {r["name"]: r for r in out["variants"]}
    assert rows["source old only"]["status"] == "no data in the current regime"
    assert rows["source old only"]["conclusions"] is None
    thin = rows["source thin only"]
    share = 2 / base.current.periods
    assert thin["status"].startswith(f"covers {share:.0%} of the regime's periods: direction only")
    assert thin["conclusions"] == {"coexistent": None, "regime_start": None, "trend": None, "paradigm": None,
                                   "direction": "cooperative"}
    assert rows["source bundled only"]["status"] == "ok"
    table = sensitivity_rows(out)
    assert [r["conclusion"] for r in table] == ["coexistent", "regime_start", "trend", "paradigm", "direction"]
    direction = next(r for r in table if r["conclusion"] == "direction")
    assert direction["source thin only"] == "cooperative" and direction["source old only"] is None


def test_variants_leave_out_the_base_dedup_and_swap_the_weighting() -> None:
    names = [v.name for v in variants(JudgeOptions(), ["a"])]
    base_dedup = JudgeOptions().index.dedup
    assert f"de-duplication {base_dedup}" not in names
    assert len([n for n in names if n.startswith("de-duplication")]) == 2
    assert ("unit event weights" in names) == (JudgeOptions().index.source_weighting == "log")
    assert not [n for n in names if n.startswith("source")]
    two = variants(JudgeOptions(), ["a", "b"])
    assert [(v.name, v.dataset) for v in two if v.kind == "source"] == [("source a only", "a"), ("source b only", "b")]
    assert sensitivity_rows(None) == [] and sensitivity_rows({}) == []


# ---- the store-level helpers ---------------------------------------------------------------------------------


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        s.write_events(RECORD, dataset="bundled", input="test")
        s.write_events(calm(2018, 6, dataset="extra"), dataset="extra", input="test-extra")
        s.replace_milestones([*ANCHORS, ms(D(2019, 5, 1), "peace", "summit", 3, channel=3)], dataset="bundled")
        yield s


def test_verdict_from_store_equals_judge_on_the_same_events(store: Store) -> None:
    got = verdict_from_store(store, USA_PRK, datasets=["bundled"], as_of=D(2019, 2, 14))
    want = judge(RECORD, dyad=USA_PRK, milestones=ANCHORS, as_of=D(2019, 2, 14))
    a, b = got.to_dict(), want.to_dict()
    # the store keeps Goldstein weights as 32-bit floats: compare them to that precision
    for e in a["evidence"] + b["evidence"]:
        e["goldstein"] = round(e["goldstein"], 4)
    assert a == b
    assert got.sensitivity is None
    assert verdict_from_store(store, USA_PRK, with_sensitivity=True).sensitivity is not None


def test_report_data_holds_the_ledger_known_on_the_day(store: Store) -> None:
    data = report_data(store, USA_PRK, as_of=D(2019, 2, 14))
    assert data["as_of"] == "2019-02-14" and data["dyad"] == "USA-PRK"
    assert [m["kind"] for m in data["milestones"]] == ["liaison-office", "site-dismantlement"]  # not the 2019 summit
    assert data["threshold"] == 60.0
    assert data["regimes"] == data["verdict"]["regimes"]
    assert data["change_points"] == [c["date"] for c in data["verdict"]["change_points"]]
    assert data["index"][-1]["period"] == "2019-02"
    names = [v["name"] for v in data["sensitivity"]["variants"]]
    assert {"source bundled only", "source extra only"} <= set(names)
    assert len(data["sensitivity_rows"]) == 5
    assert all(set(names) <= set(row) for row in data["sensitivity_rows"])
