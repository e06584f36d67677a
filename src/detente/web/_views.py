"""What each page shows, as JSON-ready data (the ``.json`` twin) plus the charts its HTML draws.

Nothing here renders HTML or reads the request; the routes in ``_app.py`` validate parameters, call these, and
hand the results to a template or to JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import plotly.graph_objects as go

from detente.errors import MeasureError
from detente.judge import index_from_store, milestone_rows, verdict_from_store
from detente.model import Dyad, Milestone
from detente.report import balance_figure, cxi_traces, quad_figure
from detente.simulate import DPRK_POLICIES, US_POLICIES, Dynamics, simulate
from detente.store import EventQuery, Store, monthly_summary

__all__ = ["SimulationParams", "dyad_view", "figure_json", "json_body", "jsonable", "simulation_view", "status_view"]

_TRACK_COLORS = {"peace": "#2e8b57", "denuclearization": "#1f6f8b"}


def json_body(data: Any) -> bytes:
    """Compact JSON (dates as ISO strings), as the JSON twins send it."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, default=str, separators=(",", ":")).encode()


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, numpy scalars as numbers, NaN and infinities as None, recursively."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, np.ndarray):
        return jsonable(value.tolist())
    return value


def figure_json(fig: go.Figure) -> dict[str, Any]:
    """A figure as the ``{data, layout}`` object that ``Plotly.newPlot`` takes."""
    out: dict[str, Any] = fig.to_plotly_json()
    clean: dict[str, Any] = jsonable({"data": out.get("data", []), "layout": out.get("layout", {})})
    return clean


def cxi_figure(rows: list[dict[str, Any]], milestones: list[Milestone], title: str,
               level: float | None = None) -> go.Figure:
    """The coexistence index per period (0..100) with its interval band (thin periods hollow) and the ledger's
    steps on both tracks."""
    fig = go.Figure()
    for trace in cxi_traces(rows, name="coexistence index", level=level):
        fig.add_trace(trace)
    for track, color in _TRACK_COLORS.items():
        ms = [m for m in milestones if m.track == track]
        if ms:
            fig.add_trace(go.Scatter(
                x=[m.date for m in ms], y=[103] * len(ms), mode="markers", name=f"{track} step",
                marker={"symbol": "diamond", "size": [6 + 2 * m.level for m in ms], "color": color},
                text=[f"{m.date}: {m.summary} (level {m.level}, grade {m.grade})" for m in ms], hoverinfo="text",
            ))
    fig.update_layout(title=title, yaxis={"range": [0, 108], "title": "CXI"}, height=360,
                      margin={"l": 50, "r": 20, "t": 50, "b": 40}, legend={"orientation": "h"},
                      template="plotly_white")
    return fig


def tracks_figure(rows: list[dict[str, Any]], title: str) -> go.Figure:
    """The level of each track (0..4) per period, never merged into one number."""
    fig = go.Figure()
    for track, color in _TRACK_COLORS.items():
        fig.add_trace(go.Scatter(x=[r["start"] for r in rows], y=[r[track] for r in rows], mode="lines",
                                 line={"shape": "hv", "color": color}, name=track))
    fig.update_layout(title=title, yaxis={"range": [-0.2, 4.2], "title": "level", "dtick": 1}, height=300,
                      margin={"l": 50, "r": 20, "t": 50, "b": 40}, legend={"orientation": "h"},
                      template="plotly_white")
    return fig


def dyad_view(store: Store, dyad: Dyad, *, start: dt.date | None = None,
              end: dt.date | None = None) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """A dyad over a period: counts, the verdict as of the period's end, the index, both tracks, the milestones
    and the monthly event mix. Returns (JSON-ready data, charts as Plotly JSON)."""
    q = EventQuery(dyad=dyad, start=start, end=end)
    months = monthly_summary(store, q)
    every_ms = store.milestones(dyad=dyad)
    ms = [m for m in every_ms if (start is None or m.date >= start) and (end is None or m.date <= end)]
    data: dict[str, Any] = {
        "dyad": str(dyad), "from": start, "to": end,
        "events": sum(int(m["events"]) for m in months),
        "first": months[0]["month"] if months else None,
        "last": months[-1]["month"] if months else None,
        "milestones": milestone_rows(ms),
        "months": months,
        "verdict": None, "verdict_error": None, "index": [], "tracks": [],
    }
    charts: dict[str, Any] = {}
    try:
        verdict = verdict_from_store(store, dyad, as_of=end)
    except MeasureError as err:
        data["verdict_error"] = str(err)
    else:
        data["verdict"] = verdict.to_dict()
        index_rows = verdict.series.rows()
        if start is not None or end is not None:
            try:
                index_rows = index_from_store(store, dyad, start=start, end=end, as_of=end).rows()
            except MeasureError as err:
                data["verdict_error"] = str(err)
                index_rows = []
        data["index"] = index_rows
        if index_rows:
            charts["cxi"] = figure_json(cxi_figure(index_rows, ms, f"{dyad}: coexistence index",
                                                   level=verdict.series.options.evidence.level))
        tracks = [r for r in verdict.scorecard.rows()
                  if (start is None or r["end"] >= start.isoformat())
                  and (end is None or r["start"] <= end.isoformat())]
        data["tracks"] = tracks
        if tracks:
            charts["tracks"] = figure_json(tracks_figure(tracks, f"{dyad}: the two tracks"))
    if months:
        charts["balance"] = figure_json(balance_figure(months, ms, f"{dyad}: monthly Goldstein balance"))
        charts["quadclass"] = figure_json(quad_figure(months, f"{dyad}: QuadClass shares by month"))
    return jsonable(data), charts


def status_view(store: Store) -> dict[str, Any]:
    """Datasets, ingest runs, and the first quarantined rows with the reasons."""
    info = store.info()
    info.pop("store", None)  # the snapshot's private path says nothing useful
    info["quarantine"] = store.quarantine(limit=100)
    clean: dict[str, Any] = jsonable(info)
    return clean


@dataclass(frozen=True, slots=True)
class SimulationParams:
    """One simulation request; frozen and hashable, so it keys the results cache."""

    us: str = "action-for-action"
    dprk: str = "reciprocator"
    runs: int = 2000
    rounds: int = 120
    continuation: float = 0.99
    noise: float = 0.05
    seed: int = 1

    @staticmethod
    def choices() -> dict[str, list[str]]:
        return {"us": sorted(US_POLICIES), "dprk": sorted(DPRK_POLICIES)}


def simulation_view(params: SimulationParams) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Run the negotiation model with these parameters: its summary with intervals and the mean paths."""
    result = simulate(params.us, params.dprk, runs=params.runs, rounds=params.rounds,
                      continuation=params.continuation, seed=params.seed, dynamics=Dynamics(noise=params.noise))
    rounds = list(range(1, params.rounds + 1))
    paths = {
        "cooperation": result.cooperation_path, "joint_payoff": result.joint_payoff_path,
        "test": result.test_path, "talk": result.talk_path, "alive": result.alive,
    }
    data = {"params": {"us": params.us, "dprk": params.dprk, "runs": params.runs, "rounds": params.rounds,
                       "continuation": params.continuation, "noise": params.noise, "seed": params.seed},
            "summary": result.summary(), "paths": {k: np.asarray(v).tolist() for k, v in paths.items()}}
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=rounds, y=result.cooperation_path, name="cooperation index", mode="lines"))
    fig.add_trace(go.Scatter(x=rounds, y=result.talk_path, name="share of runs in talks", mode="lines"))
    fig.add_trace(go.Scatter(x=rounds, y=result.test_path, name="share of runs with a test", mode="lines"))
    fig.update_layout(title=f"{params.us} vs {params.dprk}: mean paths over {params.runs} runs (seed {params.seed})",
                      xaxis={"title": "round (month)"}, yaxis={"range": [0, 1]}, height=360,
                      margin={"l": 50, "r": 20, "t": 50, "b": 40}, legend={"orientation": "h"},
                      template="plotly_white")
    return jsonable(data), {"paths": figure_json(fig)}
