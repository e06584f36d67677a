"""Sensitivity of a verdict: rerun it with other weights, de-duplication filters, event weighting, evidence
weighting (n0 halved and doubled) and sources, and label each conclusion robust (every variant with data agrees)
or fragile (some variant flips it).

Conclusions compared:

- ``coexistent``: whether the current regime is coexistent by the persistence rule (``"insufficient evidence"``
  when it rests on too few events to say);
- ``regime_start``: when the current regime began (agreement: within one month);
- ``trend``: rising, flat or falling;
- ``paradigm``: sequenced, parallel or undetermined;
- ``direction``: the sign of the cooperation balance B of the base verdict's current regime, its events pooled
  (and shrunk once toward the baseline, not once per period).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from detente.errors import MeasureError
from detente.judge._options import JudgeOptions
from detente.judge._regimes import pooled_balance
from detente.judge._verdict import Verdict, judge
from detente.measure import EventFrame, Freq, IndexWeights, period_start
from detente.model import Dyad, Milestone

__all__ = ["CONCLUSIONS", "Variant", "sensitivity", "variants"]

CONCLUSIONS: tuple[str, ...] = ("coexistent", "regime_start", "trend", "paradigm", "direction")


@dataclass(frozen=True)
class Variant:
    """One rerun: a name, what it varies (weights, dedup, weighting, source, second source) and its options or
    dataset."""

    name: str
    kind: str
    options: JudgeOptions
    dataset: str | None = None


def variants(options: JudgeOptions, datasets: Sequence[str]) -> list[Variant]:
    """The standard variants of ``options``: two weightings, the de-duplication filters, unit event weights,
    the pseudo-count n0 halved and doubled, and (when there is more than one) each dataset alone."""
    idx = options.index
    out = [
        Variant("equal weights", "weights", options.with_(index=idx.with_(weights=IndexWeights.equal()))),
        Variant("balance alone", "weights", options.with_(index=idx.with_(weights=IndexWeights.balance_only()))),
    ]
    for mode in ("none", "exact", "min-sources"):
        if mode != idx.dedup:
            out.append(Variant(f"de-duplication {mode}", "dedup", options.with_(index=idx.with_(dedup=mode))))
    other = "unit" if idx.source_weighting == "log" else "log"
    out.append(Variant(f"{other} event weights", "weighting",
                       options.with_(index=idx.with_(source_weighting=other))))
    ev = idx.evidence
    for name, factor in (("n0 halved", 0.5), ("n0 doubled", 2.0)):
        out.append(Variant(name, "evidence",
                           options.with_(index=idx.with_(evidence=ev.with_(n0_factor=ev.n0_factor * factor)))))
    if len(datasets) > 1:
        out += [Variant(f"source {d} only", "source", options, dataset=d) for d in datasets]
    return out


def _conclusions(v: Verdict, window: tuple[dt.date, dt.date]) -> dict[str, Any]:
    s = v.series
    lo, hi = np.datetime64(window[0], "D"), np.datetime64(window[1], "D")
    sel = np.flatnonzero((s.start >= lo) & (s.start <= hi))
    b = pooled_balance(s, int(sel[0]), int(sel[-1])) if sel.size else None
    return {
        "coexistent": "insufficient evidence" if v.coexistent is None else v.coexistent,
        "regime_start": v.current.start.isoformat(),
        "trend": v.current.trend,
        "paradigm": v.paradigm["label"],
        "direction": None if b is None else ("cooperative" if b > 0 else "hostile" if b < 0 else "neutral"),
    }


#: how far apart two regime starts may be and still agree: one month, or one period when periods are longer
START_TOLERANCE_DAYS: dict[str, int] = {"week": 31, "month": 31, "quarter": 92}


def _agree(name: str, base: Any, other: Any, freq: str) -> bool:
    if name == "regime_start":
        gap = abs((dt.date.fromisoformat(base) - dt.date.fromisoformat(other)).days)
        return gap <= START_TOLERANCE_DAYS[freq]
    return bool(base == other)


def _periods_with_events(frame: EventFrame, window: tuple[dt.date, dt.date], freq: Freq) -> set[str]:
    inside = (frame.date >= np.datetime64(window[0], "D")) & (frame.date <= np.datetime64(window[1], "D"))
    return {str(p) for p in np.unique(period_start(frame.date[inside], freq))}


def sensitivity(frame: EventFrame, *, dyad: Dyad, milestones: Sequence[Milestone], base: Verdict,
                options: JudgeOptions | None = None, min_coverage: float = 0.5,
                second: EventFrame | None = None) -> dict[str, Any]:
    """Rerun ``base`` under each variant; returns the variants' conclusions and a robust/fragile label for each
    conclusion (with the variants that flip it).

    A source variant whose events fall in fewer than ``min_coverage`` of the periods the base verdict's current
    regime has events in is compared on ``direction`` only (it cannot speak to regimes it does not cover).
    ``second`` holds the events of second sources (datasets read only when named, e.g. the machine-coded ``kcna``):
    each is one more variant, the verdict rerun on its events alone, over the years it covers."""
    opts = options or base.options
    frame = frame.take(frame.in_dyad(dyad)).until(base.as_of)
    datasets = sorted({str(d) for d in frame.dataset})
    seconds = None if second is None else second.take(second.in_dyad(dyad)).until(base.as_of)
    extra = [] if seconds is None else [Variant(f"second source {d} only", "second source", opts, dataset=d)
                                        for d in sorted({str(d) for d in seconds.dataset})]
    window = (base.current.start, base.as_of)
    ref = _conclusions(base, window)
    rows: list[dict[str, Any]] = []
    base_periods = _periods_with_events(base.series.frame, window, base.series.freq)
    for var in variants(opts, datasets) + extra:
        whole = seconds if var.kind == "second source" and seconds is not None else frame
        f = whole if var.dataset is None else whole.take(whole.dataset == var.dataset)
        covered = _periods_with_events(f, window, base.series.freq)
        if not covered:
            rows.append({"name": var.name, "kind": var.kind, "status": "no data in the current regime",
                         "conclusions": None})
            continue
        try:
            v = judge(f, dyad=dyad, milestones=milestones, as_of=base.as_of, options=var.options)
        except MeasureError as err:
            rows.append({"name": var.name, "kind": var.kind, "status": f"not computable: {err}", "conclusions": None})
            continue
        got = _conclusions(v, window)
        share = len(covered & base_periods) / max(1, len(base_periods))
        status = "ok"
        if share < min_coverage:
            # a source that covers little of the regime can speak to the direction of what it covers only
            got = {k: (val if k == "direction" else None) for k, val in got.items()}
            status = f"covers {share:.0%} of the regime's periods: direction only"
        rows.append({"name": var.name, "kind": var.kind, "status": status, "conclusions": got})
    labels: dict[str, Any] = {}
    freq = base.series.freq
    for c in CONCLUSIONS:
        tested = [r for r in rows if r["conclusions"] is not None and r["conclusions"][c] is not None]
        flipped = [] if ref[c] is None else [
            r["name"] for r in tested if not _agree(c, ref[c], r["conclusions"][c], freq)]
        label = "untested" if not tested or ref[c] is None else ("fragile" if flipped else "robust")
        labels[c] = {"base": ref[c], "label": label, "flipped_by": flipped}
    return {"as_of": base.as_of.isoformat(), "window": [window[0].isoformat(), window[1].isoformat()],
            "variants": rows, "conclusions": labels}
