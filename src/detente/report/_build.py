"""Assemble the report for one dyad from a store."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import plotly.graph_objects as go

from detente.errors import InputError
from detente.measure import EvidenceOptions
from detente.model import Dyad, Milestone
from detente.reference import reference_tables
from detente.report._html import Section, events_table_html, render_page
from detente.report._sections import judge_sections, paradigm_section, simulation_section
from detente.store import EventQuery, Store, monthly_summary

__all__ = ["Report", "ReportOptions", "build_report"]

_QUAD_NAMES = {"q1": "verbal cooperation", "q2": "material cooperation", "q3": "verbal conflict",
               "q4": "material conflict"}
_QUAD_COLORS = {"q1": "#7fb8d4", "q2": "#1f6f8b", "q3": "#f0a868", "q4": "#c0392b"}
_TRACK_COLORS = {"peace": "#2e8b57", "denuclearization": "#1f6f8b"}
#: months with fewer events are thin (the index's default, ``EvidenceOptions.thin_events``)
THIN_EVENTS = EvidenceOptions().thin_events


@dataclass(frozen=True)
class ReportOptions:
    """What the report covers: the dyad, an optional window, datasets, and the day of the verdict."""

    dyad: Dyad
    start: dt.date | None = None
    end: dt.date | None = None
    datasets: tuple[str, ...] = ()
    as_of: dt.date | None = None
    simulate_runs: int = 2000  # runs per pairing of the simulation section; 0 leaves the section out
    simulate_seed: int = 1
    thin_events: int = THIN_EVENTS  # months with fewer events are thin: hollow in the index chart, pale as bars

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise InputError(f"--from {self.start} is after --to {self.end}; swap them")
        if self.thin_events < 0:
            raise InputError(f"--thin-events {self.thin_events} is negative; give a count of events such as 3 "
                             "(0: no month is thin)")


@dataclass
class Report:
    """The report: its HTML, a summary for the terminal, and each chart for export."""

    html: str
    summary: dict[str, Any]
    figures: dict[str, go.Figure] = field(default_factory=dict)


def _milestone_shapes(fig: go.Figure, milestones: list[Milestone], y: float) -> None:
    for track, color in _TRACK_COLORS.items():
        ms = [m for m in milestones if m.track == track]
        if not ms:
            continue
        fig.add_trace(go.Scatter(
            x=[m.date for m in ms], y=[y] * len(ms), mode="markers", name=f"{track} milestone",
            marker={"symbol": "diamond", "size": [6 + 2 * m.level for m in ms], "color": color},
            text=[f"{m.date}: {m.summary} (level {m.level}, grade {m.grade}; {m.citation})" for m in ms],
            hoverinfo="text",
        ))


def balance_figure(months: list[dict[str, Any]], milestones: list[Milestone], title: str, *,
                   thin_events: int = THIN_EVENTS) -> go.Figure:
    """Monthly Goldstein balance Σg/Σ|g| (−1 all conflict … +1 all cooperation), raw (not weighted by evidence),
    with milestones. Months with fewer than ``thin_events`` events are drawn pale: a raw share of one or two events
    reaches ±1 by itself (the index weighs them by their evidence)."""
    fig = go.Figure()
    fig.add_trace(go.Bar(
        x=[m["month"] for m in months], y=[m["balance"] for m in months],
        name=f"Goldstein balance, raw (pale: fewer than {thin_events} events)",
        marker_color=["#2e8b57" if (m["balance"] or 0) >= 0 else "#c0392b" for m in months],
        marker_opacity=[0.35 if m["events"] < thin_events else 1.0 for m in months],
        customdata=[m["events"] for m in months],
        hovertemplate="%{x|%b %Y}: raw balance %{y:.2f} (%{customdata} events)<extra></extra>",
    ))
    _milestone_shapes(fig, milestones, 1.08)
    fig.update_layout(title=title, yaxis={"range": [-1.15, 1.2], "title": "Σg / Σ|g|"}, height=380,
                      margin={"l": 50, "r": 20, "t": 50, "b": 40}, legend={"orientation": "h"},
                      template="plotly_white")
    return fig


def quad_figure(months: list[dict[str, Any]], title: str) -> go.Figure:
    """Share of each QuadClass among the month's events."""
    fig = go.Figure()
    for key, name in _QUAD_NAMES.items():
        fig.add_trace(go.Bar(x=[m["month"] for m in months], y=[m[key] for m in months], name=name,
                             marker_color=_QUAD_COLORS[key]))
    fig.update_layout(title=title, barmode="stack", yaxis={"range": [0, 1], "title": "share of events"},
                      height=340, margin={"l": 50, "r": 20, "t": 50, "b": 40}, legend={"orientation": "h"},
                      template="plotly_white")
    return fig


def _overview(store: Store, q: EventQuery, months: list[dict[str, Any]]) -> dict[str, Any]:
    tracks = dict(
        store.con.execute(
            f"SELECT track, count(*) FROM events{q.where()[0]} GROUP BY 1 ORDER BY 1", q.where()[1]
        ).fetchall()
    )
    nonempty = [m for m in months if m["balance"] is not None]
    best = max(nonempty, key=lambda m: (m["balance"], m["events"]), default=None)
    worst = min(nonempty, key=lambda m: (m["balance"], -m["events"]), default=None)
    return {
        "events": sum(m["events"] for m in months),
        "first": months[0]["month"] if months else None,
        "last": months[-1]["month"] if months else None,
        "months_with_events": len(nonempty),
        "tracks": {k: int(v) for k, v in tracks.items()},
        "most_cooperative_month": None if best is None else {
            "month": best["month"], "balance": round(best["balance"], 3), "events": best["events"]},
        "most_conflictual_month": None if worst is None else {
            "month": worst["month"], "balance": round(worst["balance"], 3), "events": worst["events"]},
    }


def _method_section() -> Section:
    t = reference_tables()
    sample = t.cameo["057"]
    body = (
        "<p>Events are CAMEO-coded (who did what to whom). Each code carries a QuadClass and a Goldstein weight "
        "from one pinned table: "
        f"{html.escape(sample.goldstein_source)} (e.g. {sample.code} “{html.escape(sample.name)}” = "
        f"{sample.goldstein:+.1f}). The monthly <em>Goldstein balance</em> is Σg/Σ|g| over the month's events "
        "between the two countries, in [−1, 1]; it is a ratio within the dyad, so the growth of media volume "
        "over the years does not move it. The chart of the Goldstein balance shows it raw, month by month, with "
        "the months of fewer than three events pale; the index weighs each month by its evidence instead. "
        "Milestones come from the ledger shipped with the record: level 0–4 on "
        "each track, evidence grade A (verified by inspectors), B (observed by third parties) or C (announced "
        "only). The tracks are never merged into one number.</p>"
        "<p class=\"muted\">Sources: CAMEO 1.1b3 codebook; GDELT CAMEO Goldstein weights; PLOVER CAMEO crosswalk; "
        "the bundled US–DPRK record cites a named public source on every row (see the events table).</p>"
    )
    return Section("method", "Method and sources", body)


def build_report(store: Store, options: ReportOptions, *, extra_sections: Sequence[Section] = ()) -> Report:
    """Build the report for ``options.dyad`` from what the store holds.

    Sections: the verdict with its evidence and sensitivity, the index and its components, the two tracks, the
    milestones on a timeline, the regimes, the Goldstein balance, the ledger, a sortable and filterable events
    table, the policy periods by paradigm (USA-PRK), any ``extra_sections`` (e.g. simulation results) and the
    method with its sources.
    """
    q = EventQuery(dyad=options.dyad, start=options.start, end=options.end, datasets=options.datasets)
    months = monthly_summary(store, q)
    milestones = [
        m for m in store.milestones(dyad=options.dyad)
        if (options.start is None or m.date >= options.start) and (options.end is None or m.date <= options.end)
    ]
    overview = _overview(store, q, months)
    summary: dict[str, Any] = {"dyad": str(options.dyad), **overview, "milestones": len(milestones)}
    figures = {
        "balance": balance_figure(months, milestones, f"{options.dyad}: monthly Goldstein balance",
                                  thin_events=options.thin_events),
        "quadclass": quad_figure(months, f"{options.dyad}: QuadClass shares by month"),
    }
    events = store.events_arrow(q).to_pylist()
    events.sort(key=lambda e: (e["date"], e["key"]), reverse=True)
    cols = ["date", "source", "target", "code", "goldstein", "quad_class", "track", "summary", "citation",
            "dataset"]
    span = f"{overview['first']} to {overview['last']}" if months else "no events"
    intro = (
        f"<p>{overview['events']} events between {options.dyad.a} and {options.dyad.b} ({span}), "
        f"{len(milestones)} milestones. Tracks: "
        + ", ".join(f"{html.escape(k)} {v}" for k, v in overview["tracks"].items())
        + ".</p>"
    )
    judged, judge_figs, judge_summary = judge_sections(store, options.dyad, as_of=options.as_of or options.end,
                                                       thin_events=options.thin_events)
    summary.update(judge_summary)
    figures.update(judge_figs)
    sections = [
        *judged,
        Section("overview", "Goldstein balance and QuadClass shares", intro,
                figures=[("balance", figures["balance"]), ("quadclass", figures["quadclass"])]),
        Section("milestones", "Milestone ledger",
                events_table_html([_ms_row(m) for m in milestones],
                                  ["date", "track", "kind", "level", "grade", "summary", "citation", "end"],
                                  table_id="milestones-table")),
        Section("events", "Events", events_table_html(events, cols, table_id="events-table")),
    ]
    periods = paradigm_section(store, options.dyad, as_of=options.as_of or options.end)
    if periods is not None:
        sections.append(periods)
    if options.simulate_runs:
        sim, sim_figs = simulation_section(runs=options.simulate_runs, seed=options.simulate_seed)
        sections.append(sim)
        figures.update(sim_figs)
    sections.extend(extra_sections)
    sections.append(_method_section())
    page = render_page(
        f"detente report: {options.dyad}",
        f"Do {options.dyad.a} and {options.dyad.b} come to coexist peacefully? Generated {dt.date.today()}.",
        sections,
    )
    return Report(html=page, summary=summary, figures=figures)


def _ms_row(m: Milestone) -> dict[str, Any]:
    return {"date": m.date, "track": m.track, "kind": m.kind, "level": m.level, "grade": m.grade,
            "summary": m.summary, "citation": m.citation, "end": m.end}
