"""Policy periods by paradigm, and what each achieved on both tracks.

Each period of a dyad's policy (shipped for US–DPRK in ``policy_periods.csv``, every label with its sources) is
measured from the store: its coexistence index and components (mean and trend), weapons tests per year, the
milestones reached on each track with their evidence grades, crisis months, and channel status. The periods are
then pooled by paradigm label (``denuclearization-first``, ``parallel``, ``mixed``) and compared with moving-block
bootstrap intervals over months, followed by a plain statement of what so few periods can and cannot show.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from detente.errors import MeasureError
from detente.ingest.bundled import PolicyPeriod
from detente.measure import EventFrame, IndexOptions, IndexSeries, coexistence_index
from detente.model import Dyad, Milestone

if TYPE_CHECKING:
    from detente.store import Store

__all__ = ["PARADIGMS", "ParadigmOptions", "ParadigmRecord", "paradigm_record", "paradigms_from_store",
           "second_sources_text"]

PARADIGMS: tuple[str, ...] = ("denuclearization-first", "parallel", "mixed")
F64 = npt.NDArray[np.float64]
_NUCLEAR = re.compile(r"\bnuclear (weapons? )?test|\bnuclear device|\bnuclear explosion", re.I)


@dataclass(frozen=True, slots=True)
class ParadigmOptions:
    """How periods are measured and compared.

    - ``index``: the coexistence-index options (monthly frequency is forced: periods are compared over months).
    - ``resamples``, ``seed``, ``confidence``: the bootstrap (results record the seed).
    - ``block_months``: block length of the moving-block bootstrap; months are autocorrelated, so resampling
      single months would give intervals that are too narrow.
    - ``crisis_quantile``: a crisis month is one whose CXI falls in this lowest share of all months measured.
    - ``pressure_roots``: CAMEO roots counted as weapons tests and military posture (15).
    """

    index: IndexOptions = field(default_factory=IndexOptions)
    resamples: int = 2000
    seed: int = 0
    confidence: float = 0.9
    block_months: int = 6
    crisis_quantile: float = 0.1
    pressure_roots: tuple[str, ...] = ("15",)

    def __post_init__(self) -> None:
        if not 0 < self.confidence < 1:
            raise MeasureError("confidence must lie between 0 and 1, e.g. 0.9")
        if self.resamples < 100 or self.block_months < 1:
            raise MeasureError("use at least 100 bootstrap resamples and a block of at least 1 month")
        if not 0 < self.crisis_quantile < 0.5:
            raise MeasureError("crisis_quantile must lie between 0 and 0.5, e.g. 0.1")


@dataclass(frozen=True)
class ParadigmRecord:
    """Per-period figures, the comparison between paradigm groups, and what the record cannot show."""

    dyad: str
    as_of: dt.date | None
    periods: list[dict[str, Any]]
    groups: list[dict[str, Any]]
    contrasts: list[dict[str, Any]]
    statement: list[str]
    options: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "dyad": self.dyad,
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
            "periods": self.periods,
            "groups": self.groups,
            "contrasts": self.contrasts,
            "statement": self.statement,
            "options": self.options,
        }


def _round(x: float | None, nd: int = 2) -> float | None:
    return None if x is None or not np.isfinite(x) else round(float(x), nd)


def _mean(values: F64) -> float | None:
    finite = values[np.isfinite(values)]
    return float(finite.mean()) if finite.size else None


def _trend_per_year(starts: npt.NDArray[np.datetime64], values: F64) -> float | None:
    """Least-squares slope of the values, in units per year (None with fewer than 3 valued months)."""
    ok = np.isfinite(values)
    if ok.sum() < 3:
        return None
    years = (starts[ok] - starts[ok][0]).astype("timedelta64[D]").astype(np.float64) / 365.25
    if np.ptp(years) == 0:
        return None
    slope = np.polyfit(years, values[ok], 1)[0]
    return float(slope)


def _block_bootstrap_means(values: F64, rng: np.random.Generator, resamples: int, block: int) -> F64:
    """Moving-block bootstrap of the mean of a monthly series (NaN months dropped first)."""
    v = values[np.isfinite(values)]
    n = v.size
    if n == 0:
        return np.full(resamples, np.nan)
    b = min(block, n)
    starts_max = n - b + 1
    blocks = int(np.ceil(n / b))
    picks = rng.integers(0, starts_max, size=(resamples, blocks))
    idx = (picks[:, :, None] + np.arange(b)[None, None, :]).reshape(resamples, -1)[:, :n]
    means: F64 = v[idx].mean(axis=1)
    return means


def _interval(samples: F64, confidence: float) -> list[float | None]:
    s = samples[np.isfinite(samples)]
    if s.size == 0:
        return [None, None]
    a = (1 - confidence) / 2
    return [_round(float(np.quantile(s, a))), _round(float(np.quantile(s, 1 - a)))]


def _month_mask(series: IndexSeries, start: dt.date, end: dt.date) -> npt.NDArray[np.bool_]:
    s = np.datetime64(start, "D")
    e = np.datetime64(end, "D")
    month_start = series.start
    # a month belongs to the period that holds its 15th day (periods start and end mid-month)
    mid = month_start + np.timedelta64(14, "D")
    return (mid >= s) & (mid <= e)


def _tests(frame: EventFrame, start: dt.date, end: dt.date, roots: Sequence[str],
           sides: tuple[str, str]) -> dict[str, Any]:
    d = frame.date
    inside = (d >= np.datetime64(start, "D")) & (d <= np.datetime64(end, "D")) & np.isin(frame.root, list(roots))
    out: dict[str, Any] = {}
    for side in sides:
        mine = inside & (frame.source_country == side)
        nuclear = np.array([bool(_NUCLEAR.search(str(s))) for s in frame.summary[mine]], dtype=bool)
        out[side] = {"military_posture_events": int(mine.sum()), "nuclear_tests": int(nuclear.sum()),
                     "other": int(mine.sum() - nuclear.sum())}
    return out


def _milestones_in(milestones: Sequence[Milestone], start: dt.date, end: dt.date, track: str) -> list[dict[str, Any]]:
    return [
        {"date": m.date.isoformat(), "kind": m.kind, "level": m.level, "grade": m.grade, "summary": m.summary,
         "citation": m.citation}
        for m in milestones if m.track == track and start <= m.date <= end
    ]


def paradigm_record(
    frame: EventFrame,
    milestones: Sequence[Milestone],
    periods: Sequence[PolicyPeriod],
    *,
    dyad: Dyad,
    options: ParadigmOptions | None = None,
    as_of: dt.date | None = None,
    second: EventFrame | None = None,
) -> ParadigmRecord:
    """Measure each policy period of ``dyad`` and compare the paradigm groups.

    ``as_of`` uses only what was known by that day: events and milestones after it are ignored, periods that
    began after it are left out and the one in progress ends there. ``second`` holds the events of second sources
    (datasets read only when named, e.g. the machine-coded ``kcna``): each period gets, beside its own figures,
    each second source's mean balance and CXI over the months of the period it has events in
    (``second_sources``; empty outside the source's years).
    """
    opts = options or ParadigmOptions()
    index_opts = opts.index.with_(freq="month")
    series = coexistence_index(frame, dyad=dyad, milestones=milestones, options=index_opts, as_of=as_of)
    used = series.frame
    last_known = as_of or max(
        (np.datetime64(series.end[-1], "D").astype(dt.date),), default=dt.date.today()
    )
    known_ms = [m for m in milestones if as_of is None or m.date <= as_of]
    valid = series.cxi[np.isfinite(series.cxi)]
    if valid.size == 0:
        raise MeasureError(f"no month of {dyad} has a coexistence index; ingest events for the dyad first")
    crisis_line = float(np.quantile(valid, opts.crisis_quantile))

    seconds = _second_series(second, dyad=dyad, milestones=milestones, options=index_opts, as_of=as_of)
    rows: list[dict[str, Any]] = []
    by_paradigm: dict[str, list[npt.NDArray[np.bool_]]] = {p: [] for p in PARADIGMS}
    for period in sorted(periods, key=lambda p: p.start):
        if period.start > last_known:
            continue
        end = min(period.end or last_known, last_known)
        mask = _month_mask(series, period.start, end)
        months = int(mask.sum())
        cxi = series.cxi[mask]
        years = max((end - period.start).days + 1, 1) / 365.25
        tests = _tests(used, period.start, end, opts.pressure_roots, (dyad.a, dyad.b))
        peace = _milestones_in(known_ms, period.start, end, "peace")
        denuc = _milestones_in(known_ms, period.start, end, "denuclearization")
        rows.append({
            "id": period.id,
            "name": period.name,
            "paradigm": period.paradigm,
            "contested": period.contested,
            "start": period.start.isoformat(),
            "end": end.isoformat(),
            "in_progress": period.end is None or period.end > last_known,
            "months": months,
            "months_with_events": int(np.isfinite(cxi).sum()),
            "cxi_mean": _round(_mean(cxi)),
            "cxi_trend_per_year": _round(_trend_per_year(series.start[mask], cxi)),
            "components": {
                name: _round(_mean(getattr(series, name)[mask]), 3)
                for name in ("balance", "material_conflict", "material_cooperation", "channel", "pressure")
            },
            "tests_per_year": {side: round(t["military_posture_events"] / years, 2) for side, t in tests.items()},
            "tests": tests,
            "nuclear_tests": sum(t["nuclear_tests"] for t in tests.values()),
            "crisis_months": int((cxi[np.isfinite(cxi)] <= crisis_line).sum()),
            "channel_max": _round(float(np.nanmax(series.channel[mask])) if months else None, 0),
            "peace_milestones": peace,
            "denuclearization_milestones": denuc,
            "peace_level_max": max((m["level"] for m in peace), default=0),
            "denuclearization_level_max": max((m["level"] for m in denuc), default=0),
            "grade_a_steps": sum(1 for m in peace + denuc if m["grade"] == "A"),
            "second_sources": _second_figures(seconds, period.start, end),
            "justification": period.justification,
            "citation": period.citation,
        })
        if period.paradigm in by_paradigm:
            by_paradigm[period.paradigm].append(mask)

    rng = np.random.default_rng(opts.seed)
    groups: list[dict[str, Any]] = []
    draws: dict[str, F64] = {}
    posture_draws: dict[str, F64] = {}
    pdays = series._sums.get("pdays", np.zeros(len(series)))
    for paradigm in PARADIGMS:
        masks = by_paradigm[paradigm]
        if not masks:
            continue
        mask = np.logical_or.reduce(masks)
        cxi = series.cxi[mask]
        draws[paradigm] = _block_bootstrap_means(cxi, rng, opts.resamples, opts.block_months)
        posture = pdays[mask].astype(np.float64) * 12.0
        posture_draws[paradigm] = _block_bootstrap_means(posture, rng, opts.resamples, opts.block_months)
        members = [r for r in rows if r["paradigm"] == paradigm]
        groups.append({
            "paradigm": paradigm,
            "periods": len(members),
            "months": int(mask.sum()),
            "cxi_mean": _round(_mean(cxi)),
            "cxi_interval": _interval(draws[paradigm], opts.confidence),
            "posture_days_per_year": _round(_mean(posture)),
            "posture_days_interval": _interval(posture_draws[paradigm], opts.confidence),
            "peace_level_max": max((r["peace_level_max"] for r in members), default=0),
            "denuclearization_level_max": max((r["denuclearization_level_max"] for r in members), default=0),
            "crisis_months": sum(r["crisis_months"] for r in members),
            "contested_periods": sum(1 for r in members if r["contested"]),
        })

    contrasts: list[dict[str, Any]] = []
    for a, b in (("parallel", "denuclearization-first"), ("mixed", "denuclearization-first")):
        if a in draws and b in draws:
            lo, hi = _interval(draws[a] - draws[b], opts.confidence)
            mean_a = _mean(series.cxi[np.logical_or.reduce(by_paradigm[a])])
            mean_b = _mean(series.cxi[np.logical_or.reduce(by_paradigm[b])])
            contrasts.append({
                "contrast": f"{a} - {b}",
                "cxi_difference": None if mean_a is None or mean_b is None else _round(mean_a - mean_b),
                "interval": [lo, hi],
                "excludes_zero": lo is not None and hi is not None and (lo > 0 or hi < 0),
                "posture_days_difference_interval": _interval(posture_draws[a] - posture_draws[b], opts.confidence),
            })

    return ParadigmRecord(
        dyad=str(dyad),
        as_of=as_of,
        periods=rows,
        groups=groups,
        contrasts=contrasts,
        statement=_statement(rows, groups, contrasts, opts),
        options={"seed": opts.seed, "resamples": opts.resamples, "confidence": opts.confidence,
                 "block_months": opts.block_months, "crisis_quantile": opts.crisis_quantile,
                 "crisis_cxi_below": round(crisis_line, 2), "index": index_opts.to_dict()},
    )


def paradigms_from_store(store: Store, dyad: Dyad, periods: Sequence[PolicyPeriod], *,
                         options: ParadigmOptions | None = None, as_of: dt.date | None = None) -> ParadigmRecord:
    """:func:`paradigm_record` on the store's events of ``dyad`` (the datasets read by default) and its ledger, with
    each second source (``kcna``) beside every period it covers."""
    from detente.measure import dyad_events, dyad_milestones
    from detente.store import SECOND_SOURCES

    second = dyad_events(store, dyad, datasets=SECOND_SOURCES)
    return paradigm_record(dyad_events(store, dyad), dyad_milestones(store, dyad), periods, dyad=dyad,
                           options=options, as_of=as_of, second=second if len(second) else None)


def _second_series(frame: EventFrame | None, *, dyad: Dyad, milestones: Sequence[Milestone],
                   options: IndexOptions, as_of: dt.date | None) -> dict[str, IndexSeries]:
    """Each second source's own monthly index (none for a source without events of the dyad)."""
    out: dict[str, IndexSeries] = {}
    if frame is None:
        return out
    frame = frame.take(frame.in_dyad(dyad))
    for name in sorted({str(d) for d in frame.dataset}):
        try:
            out[name] = coexistence_index(frame.take(frame.dataset == name), dyad=dyad, milestones=milestones,
                                          options=options, as_of=as_of)
        except MeasureError:  # nothing of it known by as_of
            continue
    return out


def _second_figures(seconds: dict[str, IndexSeries], start: dt.date, end: dt.date) -> dict[str, Any]:
    """Per second source, its months with events inside the period and their mean balance and CXI."""
    out: dict[str, Any] = {}
    for name, series in seconds.items():
        mask = _month_mask(series, start, end) & (series.events > 0)
        if mask.any():
            out[name] = {"months_with_events": int(mask.sum()), "balance_mean": _round(_mean(series.balance[mask]), 3),
                         "cxi_mean": _round(_mean(series.cxi[mask]))}
    return out


def second_sources_text(figures: dict[str, Any]) -> str:
    """A period's ``second_sources`` in one line: "kcna: balance +0.12, CXI 41.0 over 14 months" ("-" if none)."""
    parts = []
    for name, f in sorted(figures.items()):
        balance = "-" if f["balance_mean"] is None else f"{f['balance_mean']:+.2f}"
        cxi = "-" if f["cxi_mean"] is None else f"{f['cxi_mean']:.1f}"
        parts.append(f"{name}: balance {balance}, CXI {cxi} over {f['months_with_events']} months")
    return "; ".join(parts) or "-"


def _statement(rows: list[dict[str, Any]], groups: list[dict[str, Any]], contrasts: list[dict[str, Any]],
               opts: ParadigmOptions) -> list[str]:
    pct = round(opts.confidence * 100)
    out: list[str] = []
    counts = ", ".join(f"{g['periods']} {g['paradigm']} ({g['months']} months)" for g in groups)
    out.append(f"The record holds {len(rows)} policy periods: {counts}.")
    for c in contrasts:
        lo, hi = c["interval"]
        verdict = ("the interval excludes zero" if c["excludes_zero"]
                   else "the interval includes zero, so the record does not separate them")
        out.append(
            f"Mean monthly CXI, {c['contrast']}: {c['cxi_difference']:+.1f} points ({pct}% block-bootstrap "
            f"interval {lo:+.1f} to {hi:+.1f}); {verdict}."
            if c["cxi_difference"] is not None and lo is not None and hi is not None else
            f"{c['contrast']}: not enough valued months to compare."
        )
    best = {g["paradigm"]: (g["peace_level_max"], g["denuclearization_level_max"]) for g in groups}
    if best:
        out.append("Highest milestone level reached (peace, denuclearization): "
                   + "; ".join(f"{p} {v[0]}, {v[1]}" for p, v in best.items()) + ".")
    contested = sum(1 for r in rows if r["contested"])
    out.append(
        f"What the record cannot show: with {len(rows)} periods, {contested} of them contested in their label, "
        "the paradigm is confounded with the leaders in office, the DPRK's growing capabilities and the years "
        "themselves; months within a period are not independent (hence the block bootstrap), and the "
        "intervals describe these months, not what another policy would have done. Read the comparison as a "
        "description of the record, not as a causal estimate."
    )
    return out
