"""The verdict: is the dyad coexisting peacefully, judged by persistence, with the evidence for it.

:func:`judge` computes the index as known on ``as_of``, cuts it into regimes, judges the current regime by the
persistence rule, states the open channels and both tracks, names the paradigm the current regime resembles
(sequenced or parallel, from the sequencing diagnostics), and cites the events that moved the index most.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

from detente.judge._options import JudgeOptions
from detente.judge._regimes import Regime, Regimes, find_regimes
from detente.measure import (
    EventFrame,
    IndexSeries,
    TrackSeries,
    as_frame,
    coexistence_index,
    event_impacts,
    scorecard,
    track_state,
)
from detente.measure._channel import event_windows, ledger_windows
from detente.measure._periods import period_label, to_date
from detente.model import Dyad, Event, Milestone

__all__ = ["CHANNEL_NAMES", "Verdict", "judge", "paradigm"]

CHANNEL_NAMES: dict[int, str] = {
    0: "no contact",
    1: "an indirect channel",
    2: "working-level talks",
    3: "a leader-level meeting",
    4: "a standing institution",
}


@dataclass(frozen=True)
class Verdict:
    """Everything a verdict says; :meth:`to_dict` is the JSON of ``detente judge --format json``."""

    dyad: str
    as_of: dt.date
    series: IndexSeries
    found: Regimes
    tracks: dict[str, dict[str, Any]]
    scorecard: TrackSeries
    channels: dict[str, Any]
    paradigm: dict[str, Any]
    evidence: list[dict[str, Any]]
    text: str
    options: JudgeOptions
    sensitivity: dict[str, Any] | None = field(default=None)

    @property
    def regimes(self) -> tuple[Regime, ...]:
        return self.found.regimes

    @property
    def current(self) -> Regime:
        return self.found.current

    @property
    def coexistent(self) -> bool | None:
        """Whether the current regime is coexistent; None: too little evidence to say (``evidence``)."""
        return self.found.current.coexistent

    @property
    def evidence_state(self) -> str:
        """``sufficient`` or ``insufficient``: whether the current regime rests on enough events to be judged."""
        return self.found.current.evidence

    def change_point_dates(self) -> list[dt.date]:
        return [to_date(self.series.start[i]) for i in self.found.change_points]

    def to_dict(self) -> dict[str, Any]:
        freq = self.series.freq
        out: dict[str, Any] = {
            "dyad": self.dyad,
            "as_of": self.as_of.isoformat(),
            "change_points": [
                {"date": to_date(self.series.start[i]).isoformat(),
                 "period": period_label(self.series.start[i], freq), "method": "pelt"}
                for i in self.found.change_points
            ],
            "online": self.found.online.to_dict() | {"method": "bocpd"},
            "regimes": [r.to_dict() for r in self.found.regimes],
            "current_regime": self.current.to_dict(),
            "coexistent": self.coexistent,
            "evidence_state": self.evidence_state,
            "paradigm": self.paradigm,
            "tracks": self.tracks,
            "channels": self.channels,
            "evidence": self.evidence,
            "verdict": self.text,
            "method": {
                "options": self.options.to_dict(),
                "pelt_penalty": round(self.found.penalty, 6),
                "conflict_reference_median": None if self.found.conflict_median is None
                else round(self.found.conflict_median, 6),
                "index": self.series.meta(),
            },
        }
        if self.sensitivity is not None:
            out["sensitivity"] = self.sensitivity
        return out


def paradigm(cards: TrackSeries, first: int, last: int, options: JudgeOptions) -> dict[str, Any]:
    """Sequenced or parallel, from the steps of both tracks in periods ``first..last`` and the diagnostics."""
    peace = int(cards.steps["peace"][first:last + 1].sum())
    denuc = int(cards.steps["denuclearization"][first:last + 1].sum())
    rec = cards.diagnostics["reciprocity"]
    ratios = [rec[k]["ratio"] for k in ("denuclearization_after_peace", "peace_after_denuclearization")]
    best = max((r for r in ratios if r is not None), default=None)
    lead = cards.diagnostics["lead_lag"]
    before = int(cards.balance[first - 1]) if first > 0 else 0
    drift = int(cards.balance[last]) - before
    info: dict[str, Any] = {"peace_steps": peace, "denuclearization_steps": denuc, "action_for_action": drift,
                            "reciprocity_ratio": best, "lead_lag": {k: lead[k] for k in ("best_lag", "leader")}}
    total = peace + denuc
    if total < options.min_steps:
        return info | {"label": "undetermined",
                       "why": f"only {total} ledger step(s) in the regime, fewer than the {options.min_steps} needed"}
    balanced = abs(drift) <= options.parallel_tolerance * total
    answered = best is not None and best >= 1.0
    if peace and denuc and balanced and answered:
        why = (f"both tracks moved ({peace} peace and {denuc} denuclearization steps), the action-for-action "
               f"balance moved by {drift:+d} only, and steps were answered within "
               f"{options.scorecard.reciprocity_days} days more often than chance (ratio {best:.2f})")
        return info | {"label": "parallel", "why": why}
    if denuc == 0:
        why = f"{peace} peace step(s) and no denuclearization step: the peace track ran alone"
        first_track = "peace"
    elif peace == 0:
        why = (f"{denuc} denuclearization step(s) and no peace step: peace waited on denuclearization "
               "(the CVID-first pattern)")
        first_track = "denuclearization"
    else:
        first_track = "peace" if drift > 0 else "denuclearization"
        parts = []
        if not balanced:
            parts.append(f"the {first_track} track ran ahead (action-for-action balance {drift:+d} of {total} steps)")
        if not answered:
            parts.append("steps were not answered within "
                         f"{options.scorecard.reciprocity_days} days more often than chance"
                         + (f" (ratio {best:.2f})" if best is not None else ""))
        why = "; ".join(parts)
    return info | {"label": "sequenced", "first": first_track, "why": why}


def _channels(series: IndexSeries, milestones: Sequence[Milestone], as_of: dt.date,
              options: JudgeOptions) -> dict[str, Any]:
    day = np.datetime64(as_of, "D")
    opts = options.index
    open_now: list[dict[str, Any]] = []
    if series.channel_source == "ledger":
        for first, last, level, i in ledger_windows(milestones, as_of=as_of, working_days=opts.working_days,
                                                    leader_days=opts.leader_days):
            if first <= day and (last is None or day <= last):
                m = milestones[i]
                open_now.append({"level": level, "since": m.date.isoformat(), "kind": m.kind,
                                 "summary": m.summary, "citation": m.citation})
    else:
        frame = series.frame
        for first, last, level, i in event_windows(frame, working_days=opts.working_days):
            if first <= day and (last is None or day <= last) and level == 2:
                open_now.append({"level": level, "since": str(frame.date[i]), "kind": f"CAMEO {frame.code[i]}",
                                 "summary": str(frame.summary[i]) or None, "citation": str(frame.citation[i]) or None})
    open_now.sort(key=lambda o: (-int(o["level"]), o["since"]))
    level = max((int(o["level"]) for o in open_now), default=0)
    return {"level": level, "name": CHANNEL_NAMES[level], "source": series.channel_source, "open": open_now}


def _evidence(series: IndexSeries, found: Regimes, count: int) -> list[dict[str, Any]]:
    impact = event_impacts(series)
    frame, pos = series.frame, series.event_period
    cur = found.current
    picked: dict[int, str] = {}

    def best(mask: np.ndarray[Any, np.dtype[np.bool_]], n: int) -> list[int]:
        idx = np.flatnonzero(mask & ~np.isnan(impact))
        order = sorted(idx.tolist(), key=lambda i: (-abs(float(impact[i])), str(frame.date[i]), str(frame.key[i])))
        return order[:n]

    for i in best((pos >= cur.first) & (pos <= cur.last), count):
        picked[i] = "current regime"
    if found.change_points:  # the turn that opened the current regime: its first period and the one before
        cp = found.change_points[-1]
        label = period_label(series.start[cp], series.freq)
        for i in best((pos >= cp - 1) & (pos <= cp), 3):
            picked.setdefault(i, f"change point {label}")
    out = []
    for i in sorted(picked, key=lambda i: (str(frame.date[i]), str(frame.key[i]))):
        row = frame.row(i)
        row["impact"] = round(float(impact[i]), 3)
        row["period"] = period_label(series.start[pos[i]], series.freq)
        row["context"] = picked[i]
        out.append(row)
    return out


def _fmt_track(name: str, state: dict[str, Any]) -> str:
    standing = state["standing"]
    if not state["steps_to_date"]:
        return f"the {name} track has no step on the ledger"
    parts = [f"the {name} track stands at level {state['level']}"]
    if standing:
        items = ", ".join(f"{s['kind']} (grade {s['grade']}, {s['date']})" for s in standing[:3])
        parts.append(f"with {items} in force")
    parts.append("no verified (grade-A) step in force" if state["grade_a_level"] == 0
                 else f"verified (grade-A) steps in force up to level {state['grade_a_level']}")
    if name == "peace" and "standing_institution" in state:
        parts.append("a standing institution exists" if state["standing_institution"]
                     else "no standing institution (no liaison office or embassy)")
    return ", ".join(parts)


def _text(dyad: str, as_of: dt.date, series: IndexSeries, found: Regimes, channels: dict[str, Any],
          tracks: dict[str, dict[str, Any]], para: dict[str, Any], evidence: list[dict[str, Any]],
          options: JudgeOptions) -> str:
    cur = found.current
    period = period_label(series.start[cur.first], series.freq)
    mean = "no events" if cur.mean_cxi is None else f"mean CXI {cur.mean_cxi:.1f}"
    if cur.coexistent:
        head = f"{dyad} as of {as_of}: peaceful coexistence, by the persistence rule."
        missing = []
        if not tracks["peace"].get("standing_institution"):
            missing.append("no standing institution (liaison office, embassy, peace-regime body)")
        if tracks["denuclearization"]["grade_a_level"] == 0:
            missing.append("no verified (grade-A) denuclearization step")
        if missing:
            head += " It rests on " + " and ".join(missing) + ", so it is not yet anchored."
    elif cur.coexistent is None:
        head = (f"{dyad} as of {as_of}: insufficient evidence to judge: the current regime rests on {cur.events} "
                f"event(s) in {cur.observed} period(s), fewer than the {options.min_events} events in "
                f"{options.min_periods} periods a verdict needs.")
    elif cur.mean_cxi is not None and cur.mean_cxi >= options.threshold:
        head = (f"{dyad} as of {as_of}: not yet peaceful coexistence: the current regime is cooperative but does "
                "not yet meet the persistence rule.")
    else:
        head = f"{dyad} as of {as_of}: no peaceful coexistence."
    prev = found.regimes[-2] if len(found.regimes) > 1 else None
    shift = ""
    if prev is not None and prev.mean_cxi is not None and cur.mean_cxi is not None:
        shift = f", after a regime at mean CXI {prev.mean_cxi:.1f} ({prev.start}..{prev.end})"
    lines = [
        head,
        f"The current regime began in {period}{shift}: {mean} over {cur.periods} period(s), trend {cur.trend}; "
        + "; ".join(cur.reasons) + ".",
        f"Channels: {channels['name']} (level {channels['level']}, from the {channels['source']}).",
        "Tracks (never merged): " + "; ".join(_fmt_track(t, tracks[t]) for t in ("peace", "denuclearization"))
        + ".",
        f"Paradigm: the regime looks {para['label']}: {para['why']}.",
    ]
    online = found.online
    lines.append(
        f"Live check (BOCPD): probability {online.recent_probability:.2f} that a new regime began in the last "
        f"{options.change.recent} periods" + (" - a change may be under way." if online.flag else ".")
    )
    def cite(items: list[dict[str, Any]]) -> str:
        return "; ".join(f"{e['date']} {e['summary'] or 'CAMEO ' + e['code']} ({e['impact']:+.1f} CXI in "
                         f"{e['period']}; source: {e['citation'] or e['url'] or e['dataset']})" for e in items)

    order = sorted(evidence, key=lambda e: (-abs(e["impact"]), e["date"], e["key"]))
    up = [e for e in order if e["impact"] > 0][:2]
    down = [e for e in order if e["impact"] < 0][:2]
    if up:
        lines.append(f"Raised the index most: {cite(up)}.")
    if down:
        lines.append(f"Lowered the index most: {cite(down)}.")
    return "\n".join(lines)


def judge(
    events: EventFrame | pa.Table | Iterable[Event],
    *,
    dyad: Dyad,
    milestones: Sequence[Milestone] = (),
    as_of: dt.date | None = None,
    options: JudgeOptions | None = None,
) -> Verdict:
    """The verdict on ``dyad`` from ``events`` and the ledger, using only what was known on ``as_of``
    (default: the last event's date)."""
    opts = options or JudgeOptions()
    frame = as_frame(events)
    frame = frame.take(frame.in_dyad(dyad))
    day = as_of or (to_date(frame.date.max()) if len(frame) else dt.date.today())
    known = [m for m in milestones if m.date <= day]
    series = coexistence_index(frame, dyad=dyad, milestones=known, options=opts.index, as_of=day)
    found = find_regimes(series, opts)
    cards = scorecard(known, dyad=str(dyad), start=to_date(series.start[0]), end=day, options=opts.scorecard,
                      as_of=day)
    cur = found.current
    para = paradigm(cards, cur.first, min(cur.last, len(cards) - 1), opts)
    tracks = track_state(known, day=day, options=opts.scorecard)
    channels = _channels(series, known, day, opts)
    evidence = _evidence(series, found, opts.evidence)
    text = _text(str(dyad), day, series, found, channels, tracks, para, evidence, opts)
    return Verdict(dyad=str(dyad), as_of=day, series=series, found=found, tracks=tracks, scorecard=cards,
                   channels=channels, paradigm=para, evidence=evidence, text=text, options=opts)
