"""Figures of the judgement: the index with its components, the two tracks, the milestone timeline, and the
regimes shaded. Each builder takes the plain data of :func:`detente.judge.report_data` and returns a
``plotly.graph_objects.Figure``; none reads a store or writes a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

__all__ = ["band_polygon", "cxi_traces", "index_figure", "judge_figures", "milestones_figure", "regimes_figure",
           "tracks_figure"]

COMPONENT_STYLE: tuple[tuple[str, str, float], ...] = (
    ("balance", "cooperation balance B (-1..1)", 1.0),
    ("material_conflict", "material conflict M (0..1)", 1.0),
    ("material_cooperation", "material cooperation K (0..1)", 1.0),
    ("channel", "channel C/4 (0..1)", 0.25),
    ("pressure", "military pressure X (0..1)", 1.0),
)
GRADE_COLOURS = {"A": "#1b7837", "B": "#2166ac", "C": "#b2abd2"}


def _one(x: Any) -> str:
    """A number to one decimal for hover text ("?" when missing)."""
    return "?" if x is None else f"{float(x):.1f}"


def _scaled(rows: Sequence[dict[str, Any]], key: str, factor: float) -> list[float | None]:
    return [None if r.get(key) is None else float(r[key]) * factor for r in rows]


CXI_COLOUR = "#13324a"
BAND_COLOUR = "rgba(19,50,74,0.16)"


def band_polygon(rows: Sequence[dict[str, Any]], low: str = "cxi_low",
                 high: str = "cxi_high") -> tuple[list[Any], list[Any], list[Any], list[Any]]:
    """The interval as closed polygons, one per run of two or more periods with a value (None separates them):
    each run goes forward along the upper bound and back along the lower bound, so gaps stay gaps. A period alone
    between gaps is returned apart as a vertical segment (the last two lists), since a polygon of one period has
    no width."""
    xs: list[Any] = []
    ys: list[Any] = []
    sx: list[Any] = []
    sy: list[Any] = []
    run: list[dict[str, Any]] = []

    def close() -> None:
        if len(run) == 1:
            sx.extend([run[0]["start"], run[0]["start"], None])
            sy.extend([run[0][low], run[0][high], None])
        elif run:
            xs.extend([r["start"] for r in run] + [r["start"] for r in reversed(run)] + [None])
            ys.extend([r[high] for r in run] + [r[low] for r in reversed(run)] + [None])
        run.clear()

    for r in rows:
        if r.get(low) is None or r.get(high) is None:
            close()
        else:
            run.append(r)
    close()
    return xs, ys, sx, sy


def cxi_traces(rows: Sequence[dict[str, Any]], *, name: str = "CXI (0..100)", band: bool = True,
               level: float | None = None, colour: str = CXI_COLOUR) -> list[go.Scatter]:
    """The CXI with its interval drawn as a band and thin periods (too few events to trust alone) as hollow
    points; periods without events are gaps. ``rows`` are :meth:`IndexSeries.rows` dicts; ``level`` names the
    interval's coverage in the legend."""
    out: list[go.Scatter] = []
    label = "CXI interval" if level is None else f"CXI {level:.0%} interval"
    if band:
        bx, by, sx, sy = band_polygon(rows)
        if bx:
            out.append(go.Scatter(x=bx, y=by, fill="toself", fillcolor=BAND_COLOUR, line={"width": 0},
                                  mode="lines", name=label, legendgroup="band", hoverinfo="skip"))
        if sx:
            out.append(go.Scatter(x=sx, y=sy, mode="lines", line={"width": 6, "color": BAND_COLOUR},
                                  name=label, legendgroup="band", showlegend=not bx, hoverinfo="skip"))
    x = [r["start"] for r in rows]
    y = _scaled(rows, "cxi", 1.0)
    thin = [bool(r.get("thin")) for r in rows]
    text = [f"{r.get('period', r['start'])}: CXI {r['cxi']:.1f}"
            + (f" ({r['cxi_low']:.1f}-{r['cxi_high']:.1f})" if r.get("cxi_low") is not None else "")
            + f", {r.get('events', '?')} event(s)" + (" - thin" if t else "")
            if r.get("cxi") is not None else "" for r, t in zip(rows, thin, strict=True)]
    out.append(go.Scatter(
        x=x, y=y, name=name, mode="lines+markers", connectgaps=False, line={"width": 2, "color": colour},
        marker={"symbol": ["circle-open" if t else "circle" for t in thin], "size": [8 if t else 6 for t in thin],
                "color": colour, "line": {"width": 1.5, "color": colour}},
        text=text, hoverinfo="text"))
    if any(t and v is not None for t, v in zip(thin, y, strict=True)):
        out.append(go.Scatter(x=[None], y=[None], mode="markers", name="thin period (hollow)",
                              marker={"symbol": "circle-open", "size": 8, "color": colour}))
    return out


def index_figure(rows: Sequence[dict[str, Any]], *, title: str = "Coexistence index and its components",
                 level: float | None = None) -> go.Figure:
    """The CXI with its interval band (top; thin periods hollow) and its five components (bottom); periods without
    events are gaps, not zeros."""
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.55, 0.45], vertical_spacing=0.06)
    x = [r["start"] for r in rows]
    for trace in cxi_traces(rows, level=level):
        fig.add_trace(trace, row=1, col=1)
    for key, label, factor in COMPONENT_STYLE:
        fig.add_trace(go.Scatter(x=x, y=_scaled(rows, key, factor), name=label, mode="lines", connectgaps=False),
                      row=2, col=1)
    fig.update_yaxes(title_text="CXI", range=[0, 100], row=1, col=1)
    fig.update_yaxes(title_text="component", range=[-1.05, 1.05], row=2, col=1)
    # over decades of months the band is a few pixels wide: buttons zoom to the last years (both panels follow)
    fig.update_xaxes(rangeselector={"buttons": [{"count": n, "label": f"{n} y", "step": "year", "stepmode": "backward"}
                                                for n in (2, 5, 10)] + [{"step": "all", "label": "all"}],
                                    "y": 1.02, "x": 0.0}, row=1, col=1)
    fig.update_layout(title=title, hovermode="x unified", legend={"orientation": "h", "y": -0.15})
    return fig


def tracks_figure(rows: Sequence[dict[str, Any]], *, title: str = "Peace and denuclearization tracks") -> go.Figure:
    """Both track levels (never merged) with their grade-A levels, and the action-for-action balance."""
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.65, 0.35], vertical_spacing=0.06)
    x = [r["start"] for r in rows]
    for track, colour in (("peace", "#1f77b4"), ("denuclearization", "#d62728")):
        fig.add_trace(go.Scatter(x=x, y=[r[track] for r in rows], name=f"{track} level", mode="lines",
                                 line={"shape": "hv", "color": colour}), row=1, col=1)
        fig.add_trace(go.Scatter(x=x, y=[r[f"{track}_grade_a"] for r in rows], name=f"{track} verified (grade A)",
                                 mode="lines", line={"shape": "hv", "color": colour, "dash": "dot"}), row=1, col=1)
    fig.add_trace(go.Scatter(x=x, y=[r["action_for_action"] for r in rows],
                             name="action-for-action balance (peace - denuclearization steps)", mode="lines",
                             line={"shape": "hv", "color": "#555"}), row=2, col=1)
    fig.update_yaxes(title_text="level 0..4", range=[-0.2, 4.2], row=1, col=1)
    fig.update_yaxes(title_text="balance", row=2, col=1)
    fig.update_layout(title=title, hovermode="x unified", legend={"orientation": "h", "y": -0.15})
    return fig


def milestones_figure(milestones: Sequence[dict[str, Any]], *, title: str = "Milestones on the timeline") -> go.Figure:
    """Each ledger step as a marker on its track's row: size by level, colour by evidence grade; a step with an
    end is drawn as a bar to its end."""
    fig = go.Figure()
    for grade, colour in GRADE_COLOURS.items():
        ms = [m for m in milestones if m["grade"] == grade]
        if not ms:
            continue
        fig.add_trace(go.Scatter(
            x=[m["date"] for m in ms], y=[m["track"] for m in ms], mode="markers", name=f"grade {grade}",
            marker={"size": [8 + 4 * int(m["level"]) for m in ms], "color": colour, "line": {"width": 1}},
            text=[f"{m['date']} {m['kind']} (level {m['level']}, grade {m['grade']}): {m['summary']}"
                  f"<br>source: {m['citation']}" for m in ms],
            hoverinfo="text",
        ))
        for m in ms:
            if m.get("end"):
                fig.add_trace(go.Scatter(x=[m["date"], m["end"]], y=[m["track"], m["track"]], mode="lines",
                                         line={"color": colour, "width": 2}, opacity=0.4, showlegend=False,
                                         hoverinfo="skip"))
    fig.update_layout(title=title, yaxis={"categoryorder": "array", "categoryarray": ["denuclearization", "peace"]})
    return fig


def regimes_figure(rows: Sequence[dict[str, Any]], regimes: Sequence[dict[str, Any]],
                   change_points: Sequence[str] = (), *, threshold: float | None = None,
                   title: str = "Regimes between change points", level: float | None = None) -> go.Figure:
    """The CXI with its band, each regime shaded (green: coexistent by the persistence rule; amber: too little
    evidence to judge) and its mean drawn."""
    fig = go.Figure()
    for trace in cxi_traces(rows, name="CXI", level=level):
        fig.add_trace(trace)
    for reg in regimes:
        colour = ("rgba(27,120,55,0.18)" if reg["coexistent"] else "rgba(230,159,0,0.16)"
                  if reg["coexistent"] is None else "rgba(120,120,120,0.12)")
        fig.add_vrect(x0=reg["start"], x1=reg["end"], fillcolor=colour, line_width=0, layer="below")
        if reg.get("mean_cxi") is not None:
            fig.add_trace(go.Scatter(x=[reg["start"], reg["end"]], y=[reg["mean_cxi"]] * 2, mode="lines",
                                     line={"color": "#333", "dash": "dash"}, showlegend=False,
                                     hovertext=f"regime {reg['start']}..{reg['end']}: mean CXI {reg['mean_cxi']:.1f}"
                                               f" ({_one(reg.get('cxi_low'))}-{_one(reg.get('cxi_high'))}), "
                                               f"{reg.get('events', '?')} events, evidence "
                                               f"{reg.get('evidence', '?')}",
                                     hoverinfo="text"))
    for cp in change_points:
        fig.add_vline(x=cp, line_width=1, line_color="#b2182b")
    if threshold is not None:
        fig.add_hline(y=threshold, line_dash="dot", line_color="#1b7837",
                      annotation_text=f"coexistence threshold {threshold:g}")
    fig.update_yaxes(title_text="CXI", range=[0, 100])
    fig.update_layout(title=title, hovermode="x unified")
    return fig


def judge_figures(data: dict[str, Any]) -> dict[str, go.Figure]:
    """All four figures from the dict :func:`detente.judge.report_data` returns, by name."""
    dyad = data["dyad"]
    level = ((data.get("index_meta") or {}).get("evidence") or {}).get("interval")
    return {
        "index": index_figure(data["index"], title=f"{dyad}: coexistence index and its components", level=level),
        "tracks": tracks_figure(data["tracks"], title=f"{dyad}: peace and denuclearization tracks"),
        "milestones": milestones_figure(data["milestones"], title=f"{dyad}: milestones on the timeline"),
        "regimes": regimes_figure(data["index"], data["regimes"], data["change_points"],
                                  threshold=data.get("threshold"), title=f"{dyad}: regimes between change points",
                                  level=level),
    }
