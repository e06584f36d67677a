"""Plain-data functions over a store, for the CLI, the HTML report and the web app.

Each returns built objects or JSON-ready dicts; none prints or writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from detente.errors import MeasureError
from detente.judge._options import JudgeOptions
from detente.judge._sensitivity import sensitivity
from detente.judge._verdict import Verdict, judge
from detente.measure import (
    IndexOptions,
    IndexSeries,
    ScorecardOptions,
    TrackSeries,
    coexistence_index,
    dyad_events,
    dyad_milestones,
    scorecard,
)
from detente.measure._periods import to_date
from detente.model import Dyad, Milestone
from detente.store import SECOND_SOURCES, Store

__all__ = ["index_from_store", "milestone_rows", "report_data", "scorecard_from_store", "sensitivity_rows",
           "verdict_from_store"]


def index_from_store(store: Store, dyad: Dyad, *, options: IndexOptions | None = None, datasets: Sequence[str] = (),
                     start: dt.date | None = None, end: dt.date | None = None,
                     as_of: dt.date | None = None) -> IndexSeries:
    """The CXI of ``dyad`` from the store's events (``datasets``: all when empty) and its ledger."""
    frame = dyad_events(store, dyad, datasets=datasets, until=as_of)
    return coexistence_index(frame, dyad=dyad, milestones=dyad_milestones(store, dyad), options=options,
                             start=start, end=end, as_of=as_of)


def scorecard_from_store(store: Store, dyad: Dyad, *, options: ScorecardOptions | None = None,
                         start: dt.date | None = None, end: dt.date | None = None,
                         as_of: dt.date | None = None) -> TrackSeries:
    """Both tracks of ``dyad`` per period; the window defaults to the ledger's first step .. ``as_of`` or today's
    last ledger date."""
    ms = dyad_milestones(store, dyad)
    if as_of is not None:
        ms = [m for m in ms if m.date <= as_of]
    if not ms and (start is None or end is None):
        raise MeasureError(f"the store has no milestone ledger for {dyad}; the scorecard needs one "
                           "(the bundled record ships the US-DPRK ledger)")
    first = start or ms[0].date
    last = end or as_of or max(max(m.date for m in ms), max((m.end for m in ms if m.end), default=ms[0].date))
    return scorecard(ms, dyad=str(dyad), start=first, end=last, options=options, as_of=as_of)


def milestone_rows(milestones: Sequence[Milestone]) -> list[dict[str, Any]]:
    """The ledger as JSON-ready rows."""
    return [
        {"date": m.date.isoformat(), "end": None if m.end is None else m.end.isoformat(), "track": m.track,
         "kind": m.kind, "level": m.level, "grade": m.grade, "channel": m.channel, "summary": m.summary,
         "citation": m.citation}
        for m in milestones
    ]


def sensitivity_rows(table: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The sensitivity table as rows for display: one per conclusion, with the base value, the label, the
    variants that flip it, and each variant's value (``None``: the variant could not speak to it)."""
    if not table:
        return []
    out = []
    for name, c in table["conclusions"].items():
        row: dict[str, Any] = {"conclusion": name, "base": c["base"], "label": c["label"],
                               "flipped_by": ", ".join(c["flipped_by"])}
        for v in table["variants"]:
            row[v["name"]] = None if v["conclusions"] is None else v["conclusions"][name]
        out.append(row)
    return out


def verdict_from_store(store: Store, dyad: Dyad, *, as_of: dt.date | None = None,
                       options: JudgeOptions | None = None, datasets: Sequence[str] = (),
                       with_sensitivity: bool = False) -> Verdict:
    """The verdict on ``dyad`` as known on ``as_of``, optionally with its sensitivity table."""
    frame = dyad_events(store, dyad, datasets=datasets, until=as_of)
    ms = dyad_milestones(store, dyad)
    v = judge(frame, dyad=dyad, milestones=ms, as_of=as_of, options=options)
    if with_sensitivity:
        # the second sources (kcna) are compared with the verdict, not added to it, unless named in datasets
        names = [d for d in SECOND_SOURCES if d not in datasets]
        second = dyad_events(store, dyad, datasets=names, until=as_of) if names else None
        v = replace(v, sensitivity=sensitivity(frame, dyad=dyad, milestones=ms, base=v,
                                               second=second if second is not None and len(second) else None))
    return v


def report_data(store: Store, dyad: Dyad, *, as_of: dt.date | None = None,
                options: JudgeOptions | None = None) -> dict[str, Any]:
    """Everything the report shows about the judgement: the index with its components, both tracks, the
    ledger, the regimes, the verdict with its evidence, and the sensitivity table."""
    v = verdict_from_store(store, dyad, as_of=as_of, options=options, with_sensitivity=True)
    ms = [m for m in dyad_milestones(store, dyad) if m.date <= v.as_of]
    return {
        "dyad": str(dyad),
        "as_of": v.as_of.isoformat(),
        "index": v.series.rows(),
        "index_meta": v.series.meta(),
        "tracks": v.scorecard.rows(),
        "diagnostics": v.scorecard.diagnostics,
        "milestones": milestone_rows(ms),
        "regimes": [r.to_dict() for r in v.regimes],
        "change_points": [to_date(v.series.start[i]).isoformat() for i in v.found.change_points],
        "threshold": v.options.threshold,
        "verdict": v.to_dict(),
        "sensitivity": v.sensitivity,
        "sensitivity_rows": sensitivity_rows(v.sensitivity),
    }
