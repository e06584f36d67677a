"""Channel status C (0..4) per period, from the milestone ledger or, without one, from meeting events.

Levels: 0 no contact; 1 an indirect channel (e.g. the New York channel); 2 working-level talks in the last
``working_days`` days; 3 a leader-level meeting in the last ``leader_days`` days; 4 a standing institution
(liaison office, embassy, peace-regime body).

From the ledger, a milestone opens the channel level in its ``channel`` field (empty: none). A milestone with
an ``end`` keeps its level open until that day (a process such as a series of talks); without one, levels 1
and 4 stay open, level 2 for ``working_days`` and level 3 for ``leader_days``. As of a day, an ``end`` that
lies after it was not yet known: the step was still open then.

From events (datasets without a ledger): a CAMEO 04x consultation or meeting between the two parties opens
level 2 for ``working_days`` days; any other verbal cooperation (roots 01-03) between them opens level 1 for
the same time. Events cannot show a leader meeting or an institution, so this path never exceeds 2.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from detente.measure._frame import EventFrame
from detente.measure._periods import Freq, period_end
from detente.model import Milestone

__all__ = ["Window", "channel_from_events", "channel_from_ledger", "channel_series", "event_windows",
           "ledger_windows", "milestone_channel", "open_until"]

#: (first day, last day inclusive or None for open-ended, level, index of the milestone or event)
Window = tuple[np.datetime64, np.datetime64 | None, int, int]


def milestone_channel(m: Milestone) -> int:
    """The channel level a milestone opens (0: none)."""
    return 0 if m.channel is None else max(0, min(4, int(m.channel)))


def open_until(start: dt.date, end: dt.date | None, *, as_of: dt.date | None, span_days: int | None) -> dt.date | None:
    """The last day a step counts, as known on ``as_of``: its ``end``; when the end was not yet known on
    ``as_of``, open (None); without an end, ``span_days`` after ``start`` (or open when ``span_days`` is None)."""
    if end is not None:
        return end if (as_of is None or end <= as_of) else None
    return None if span_days is None else start + dt.timedelta(days=span_days - 1)


def ledger_windows(milestones: Sequence[Milestone], *, as_of: dt.date | None, working_days: int,
                   leader_days: int) -> list[Window]:
    """When each ledger milestone keeps a channel open. Only milestones dated by ``as_of`` count."""
    out: list[Window] = []
    for i, m in enumerate(milestones):
        level = milestone_channel(m)
        if level == 0 or (as_of is not None and m.date > as_of):
            continue
        span = working_days if level == 2 else leader_days if level == 3 else None
        last = open_until(m.date, m.end, as_of=as_of, span_days=span)
        out.append((np.datetime64(m.date, "D"), None if last is None else np.datetime64(last, "D"), level, i))
    return out


def _apply(windows: Sequence[Window], starts: npt.NDArray[np.datetime64], freq: Freq) -> npt.NDArray[np.float64]:
    """The highest level of the windows open in each period (all windows at once: per level, the periods some
    window of that level covers)."""
    n = len(starts)
    level = np.zeros(n, dtype=np.float64)
    if not windows or n == 0:
        return level
    ends = period_end(starts, freq)
    first = np.array([w[0] for w in windows], dtype="datetime64[D]")
    open_ended = np.array([w[1] is None for w in windows])
    last = np.array([w[0] if w[1] is None else w[1] for w in windows], dtype="datetime64[D]")
    levels = np.array([w[2] for w in windows], dtype=np.int64)
    lo = np.searchsorted(ends, first, side="left")  # first period ending on or after `first`
    hi = np.where(open_ended, n, np.searchsorted(starts, last, side="right"))
    for lv in np.unique(levels).tolist():
        mine = (levels == lv) & (hi > lo)
        if not mine.any():
            continue
        edges = np.zeros(n + 1, dtype=np.int64)
        np.add.at(edges, lo[mine], 1)
        np.add.at(edges, hi[mine], -1)
        covered = np.cumsum(edges[:n]) > 0
        level[covered] = np.maximum(level[covered], lv)
    return level


def channel_from_ledger(milestones: Sequence[Milestone], starts: npt.NDArray[np.datetime64], freq: Freq, *,
                        as_of: dt.date | None = None, working_days: int = 90,
                        leader_days: int = 180) -> npt.NDArray[np.float64]:
    """The highest channel level open at any time in each period, from the ledger."""
    windows = ledger_windows(milestones, as_of=as_of, working_days=working_days, leader_days=leader_days)
    return _apply(windows, starts, freq)


def event_windows(frame: EventFrame, *, working_days: int) -> list[Window]:
    """Channel windows opened by meeting (04x, level 2) and other verbal-cooperation (01-03, level 1) events."""
    out: list[Window] = []
    span = np.timedelta64(working_days - 1, "D")
    for i in range(len(frame)):
        root = str(frame.root[i])
        if root == "04":
            lv = 2
        elif root in ("01", "02", "03"):
            lv = 1
        else:
            continue
        out.append((frame.date[i], frame.date[i] + span, lv, i))
    return out


def channel_from_events(frame: EventFrame, starts: npt.NDArray[np.datetime64], freq: Freq, *,
                        working_days: int = 90) -> npt.NDArray[np.float64]:
    """The highest channel level open in each period, inferred from events (never above 2)."""
    return _apply(event_windows(frame, working_days=working_days), starts, freq)


def channel_series(frame: EventFrame, milestones: Sequence[Milestone], starts: npt.NDArray[np.datetime64],
                   freq: Freq, *, source: str, as_of: dt.date | None, working_days: int,
                   leader_days: int) -> tuple[npt.NDArray[np.float64], str]:
    """Channel status per period and where it came from (``ledger`` or ``events``)."""
    use_ledger = source == "ledger" or (source == "auto" and len(milestones) > 0)
    if use_ledger:
        return channel_from_ledger(milestones, starts, freq, as_of=as_of, working_days=working_days,
                                   leader_days=leader_days), "ledger"
    return channel_from_events(frame, starts, freq, working_days=working_days), "events"
