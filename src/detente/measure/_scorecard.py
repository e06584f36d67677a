"""The two-track scorecard: the peace track and the denuclearization track per period, never merged.

Each milestone of the ledger is a step on one track with a level (0..4) and an evidence grade (A verified by
inspectors, B observed by third parties or the press, C announced only). A step stays in force until its
``end`` (open-ended when ``end`` is empty), except one-off steps without an ``end`` (summits, statements,
visits, exchanges, repatriations: :data:`ONE_OFF_KINDS`), which count for ``memory_days`` after their date.
As of a day, an ``end`` after it was not yet known: the step was still in force then. A track's score in a
period is the highest level in force during it; the grade-A score counts grade-A steps only.

Sequencing diagnostics (computed, never asserted):

- lead-lag: the cross-correlation of the two tracks' scores at lags -L..L periods (positive: peace leads);
- reciprocity ratio: the share of peace steps followed within ``reciprocity_days`` by a denuclearization step,
  over the base rate (the share of all days followed by one within as many days); and the reverse;
- action-for-action balance: cumulative peace steps minus cumulative denuclearization steps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from detente.errors import ConfigError, MeasureError
from detente.measure._channel import milestone_channel, open_until
from detente.measure._periods import Freq, check_freq, period_end, period_label, period_range, period_start
from detente.model import Milestone

__all__ = ["ONE_OFF_KINDS", "ScorecardOptions", "TrackSeries", "in_force", "scorecard", "track_state"]

#: kinds (substring match) that are one-off steps rather than standing ones
ONE_OFF_KINDS: tuple[str, ...] = (
    "summit", "meeting", "statement", "visit", "envoy", "letter", "exchange", "repatriation", "remains",
    "release", "talks", "reunion", "humanitarian", "invitation",
)
TRACK_NAMES: tuple[str, str] = ("peace", "denuclearization")
F64 = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class ScorecardOptions:
    """Parameters of the scorecard: resolution, memory of one-off steps, reciprocity window, maximum lag."""

    freq: Freq = "month"
    memory_days: int = 180
    reciprocity_days: int = 90
    max_lag: int = 6
    one_off_kinds: tuple[str, ...] = ONE_OFF_KINDS

    def __post_init__(self) -> None:
        check_freq(self.freq)
        if self.memory_days <= 0 or self.reciprocity_days <= 0 or self.max_lag < 0:
            raise ConfigError("memory_days and reciprocity_days must be positive and max_lag not negative")

    def with_(self, **changes: Any) -> ScorecardOptions:
        return replace(self, **changes)


def is_one_off(m: Milestone, options: ScorecardOptions) -> bool:
    kind = m.kind.lower()
    return any(token in kind for token in options.one_off_kinds)


def in_force(m: Milestone, first: dt.date, last: dt.date, *, options: ScorecardOptions,
             as_of: dt.date | None = None) -> bool:
    """True when the step counts at some day in ``first..last`` (as known on ``as_of``)."""
    if m.date > last or (as_of is not None and m.date > as_of):
        return False
    span = options.memory_days if is_one_off(m, options) else None
    end = open_until(m.date, m.end, as_of=as_of, span_days=span)
    return end is None or end >= first


@dataclass(frozen=True)
class TrackSeries:
    """Both tracks per period, and the sequencing diagnostics over the whole series."""

    dyad: str
    options: ScorecardOptions
    start: npt.NDArray[np.datetime64]
    level: dict[str, F64]
    grade_a_level: dict[str, F64]
    steps: dict[str, npt.NDArray[np.int64]]
    balance: npt.NDArray[np.int64]
    diagnostics: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return int(self.start.shape[0])

    @property
    def period(self) -> list[str]:
        return [period_label(s, self.options.freq) for s in self.start]

    def rows(self) -> list[dict[str, Any]]:
        labels = self.period
        ends = period_end(self.start, self.options.freq)
        return [
            {
                "period": labels[i],
                "start": str(self.start[i]),
                "end": str(ends[i]),
                "peace": int(self.level["peace"][i]),
                "denuclearization": int(self.level["denuclearization"][i]),
                "peace_grade_a": int(self.grade_a_level["peace"][i]),
                "denuclearization_grade_a": int(self.grade_a_level["denuclearization"][i]),
                "peace_steps": int(self.steps["peace"][i]),
                "denuclearization_steps": int(self.steps["denuclearization"][i]),
                "action_for_action": int(self.balance[i]),
            }
            for i in range(len(self))
        ]


def _corr(a: F64, b: F64) -> float | None:
    if a.size != b.size or a.size < 3 or np.std(a) == 0 or np.std(b) == 0:
        return None
    return float(np.corrcoef(a, b)[0, 1])


def lead_lag(peace: F64, denuc: F64, max_lag: int) -> dict[str, Any]:
    """Correlation of peace(t) with denuclearization(t + k) for k in -max_lag..max_lag (k > 0: peace leads)."""
    n = peace.size
    out: dict[str, float | None] = {}
    for k in range(-max_lag, max_lag + 1):
        if abs(k) >= n:
            out[str(k)] = None  # the lag is longer than the series: nothing to pair
            continue
        if k >= 0:
            a, b = peace[: n - k], denuc[k:]
        else:
            a, b = peace[-k:], denuc[: n + k]
        out[str(k)] = _corr(a, b)
    valid = {k: v for k, v in out.items() if v is not None}
    if not valid:
        return {"correlations": out, "best_lag": None, "best_correlation": None, "leader": None}
    best = max(valid, key=lambda k: (round(valid[k], 9), -abs(int(k))))
    lag = int(best)
    leader = "peace" if lag > 0 else "denuclearization" if lag < 0 else "simultaneous"
    return {"correlations": out, "best_lag": lag, "best_correlation": round(valid[best], 6), "leader": leader}


def reciprocity(after: Sequence[dt.date], answer: Sequence[dt.date], first: dt.date, last: dt.date,
                days: int) -> dict[str, Any]:
    """Share of ``after`` steps followed within ``days`` by an ``answer`` step, over the base rate."""
    ans = np.array(sorted(np.datetime64(d, "D") for d in answer), dtype="datetime64[D]")
    span = np.timedelta64(days, "D")

    def followed(day: np.datetime64) -> bool:
        i = int(np.searchsorted(ans, day, side="right"))
        return i < ans.size and ans[i] <= day + span

    steps = [np.datetime64(d, "D") for d in after]
    hit = int(sum(bool(followed(d)) for d in steps))
    all_days = np.arange(np.datetime64(first, "D"), np.datetime64(last, "D") + np.timedelta64(1, "D"))
    if all_days.size == 0 or ans.size == 0:
        base = 0.0
    else:
        nxt = np.searchsorted(ans, all_days, side="right")
        ok = nxt < ans.size
        base = float(np.mean(ok & (ans[np.minimum(nxt, ans.size - 1)] <= all_days + span)))
    share = hit / len(steps) if steps else None
    ratio = None if share is None or base == 0 else round(share / base, 6)
    return {"steps": len(steps), "answered": hit, "share": None if share is None else round(share, 6),
            "base_rate": round(base, 6), "ratio": ratio}


def scorecard(milestones: Sequence[Milestone], *, dyad: str, start: dt.date, end: dt.date,
              options: ScorecardOptions | None = None, as_of: dt.date | None = None) -> TrackSeries:
    """Both tracks of ``dyad`` per period from ``start`` to ``end`` (ledger rows after ``as_of`` ignored)."""
    opts = options or ScorecardOptions()
    if end < start:
        raise MeasureError(f"scorecard window {start}..{end} ends before it starts; swap --from and --to")
    ms = [m for m in milestones if m.track in TRACK_NAMES and (as_of is None or m.date <= as_of)]
    grid = period_range(np.datetime64(start, "D"), np.datetime64(end, "D"), opts.freq)
    ends = period_end(grid, opts.freq)
    level = {t: np.zeros(len(grid)) for t in TRACK_NAMES}
    grade_a = {t: np.zeros(len(grid)) for t in TRACK_NAMES}
    steps = {t: np.zeros(len(grid), dtype=np.int64) for t in TRACK_NAMES}
    for m in ms:
        # the periods where the step is in force: those ending on or after its date and starting by its last day
        last = open_until(m.date, m.end, as_of=as_of, span_days=opts.memory_days if is_one_off(m, opts) else None)
        lo = int(np.searchsorted(ends, np.datetime64(m.date, "D"), side="left"))
        hi = len(grid) if last is None else int(np.searchsorted(grid, np.datetime64(last, "D"), side="right"))
        if hi > lo:
            np.maximum(level[m.track][lo:hi], m.level, out=level[m.track][lo:hi])
            if m.grade == "A":
                np.maximum(grade_a[m.track][lo:hi], m.level, out=grade_a[m.track][lo:hi])
        p = np.datetime64(m.date, "D")
        if grid.size and grid[0] <= p <= ends[-1]:
            i = int(np.searchsorted(grid, period_start(np.array([p]), opts.freq)[0]))
            steps[m.track][i] += 1
    balance = np.cumsum(steps["peace"]) - np.cumsum(steps["denuclearization"])
    window_end = min(end, as_of) if as_of is not None else end
    dates = {t: [m.date for m in ms if m.track == t and start <= m.date <= window_end] for t in TRACK_NAMES}
    diagnostics = {
        "lead_lag": lead_lag(level["peace"], level["denuclearization"], opts.max_lag),
        "reciprocity": {
            "denuclearization_after_peace": reciprocity(dates["peace"], dates["denuclearization"], start,
                                                        window_end, opts.reciprocity_days),
            "peace_after_denuclearization": reciprocity(dates["denuclearization"], dates["peace"], start,
                                                        window_end, opts.reciprocity_days),
        },
        "action_for_action": {
            "peace_steps": len(dates["peace"]),
            "denuclearization_steps": len(dates["denuclearization"]),
            "final": int(balance[-1]) if balance.size else 0,
            "max_abs": int(np.abs(balance).max()) if balance.size else 0,
        },
    }
    return TrackSeries(dyad=dyad, options=opts, start=grid, level=level, grade_a_level=grade_a, steps=steps,
                       balance=balance, diagnostics=diagnostics)


def _m_dict(m: Milestone) -> dict[str, Any]:
    return {"date": m.date.isoformat(), "end": None if m.end is None else m.end.isoformat(), "track": m.track,
            "kind": m.kind, "level": m.level, "grade": m.grade, "summary": m.summary, "citation": m.citation}


def track_state(milestones: Sequence[Milestone], *, day: dt.date,
                options: ScorecardOptions | None = None) -> dict[str, dict[str, Any]]:
    """The state of each track on ``day``, as known then: the level and grade in force, the steps in force,
    the highest grade-A level, the last step, and (peace) whether a standing institution exists."""
    opts = options or ScorecardOptions()
    out: dict[str, dict[str, Any]] = {}
    for track in TRACK_NAMES:
        ms = [m for m in milestones if m.track == track and m.date <= day]
        active = [m for m in ms if in_force(m, day, day, options=opts, as_of=day)]
        standing = [m for m in active if not is_one_off(m, opts)]
        grades = sorted({m.grade for m in active})
        state: dict[str, Any] = {
            "level": max((m.level for m in active), default=0),
            "grades_in_force": grades,
            "grade_a_level": max((m.level for m in active if m.grade == "A"), default=0),
            "grade_a_steps": sum(1 for m in ms if m.grade == "A"),
            "steps_to_date": len(ms),
            "in_force": [_m_dict(m) for m in active],
            "standing": [_m_dict(m) for m in standing],
            "last_step": _m_dict(max(ms, key=lambda m: m.date)) if ms else None,
        }
        if track == "peace":
            inst = [m for m in active if milestone_channel(m) == 4]
            state["standing_institution"] = bool(inst)
        out[track] = state
    return out
