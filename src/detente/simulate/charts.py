"""Charts of simulation results: pure functions that return plotly figures, and the data behind them.

* :func:`outcome_chart`: per pairing, P(coexistence) and P(deal) with 95% intervals;
* :func:`level_chart`: per pairing, the distribution of the denuclearization level reached;
* :func:`fan_chart` / :func:`fan_data`: the median and the 50% and 90% bands, round by round, of trust
  (``"trust_us"``, ``"trust_dprk"``), the track levels (``"peace"``, ``"denuclearization"``, ``"sanctions"``).

Nothing here draws on screen or writes files; the report embeds the figures and exports their data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go
from numpy.typing import NDArray

from detente.errors import SimulationError
from detente.simulate._negotiation import TRUST_BINS, NegotiationResult

__all__ = ["FAN_QUANTILES", "SERIES", "fan_chart", "fan_data", "level_chart", "outcome_chart"]

SERIES = ("trust_us", "trust_dprk", "peace", "denuclearization", "sanctions")
FAN_QUANTILES = (0.05, 0.25, 0.5, 0.75, 0.95)
_LEVEL_COLOURS = ("#b2182b", "#ef8a62", "#fddbc7", "#67a9cf", "#2166ac")


def _label(result: NegotiationResult) -> str:
    return f"{result.us} vs {result.dprk}"


def outcome_chart(results: Sequence[NegotiationResult]) -> go.Figure:
    """Grouped bars: P(coexistence reached) and P(deal) per pairing, with 95% Wilson intervals."""
    labels = [_label(r) for r in results]
    summaries = [r.summary() for r in results]
    fig = go.Figure()
    for key, name in (("coexistence", "P(coexistence reached)"), ("deal", "P(deal)")):
        values = [s[key]["value"] for s in summaries]
        fig.add_bar(
            name=name, x=labels, y=values,
            error_y={"type": "data", "symmetric": False,
                     "array": [s[key]["high"] - s[key]["value"] for s in summaries],
                     "arrayminus": [s[key]["value"] - s[key]["low"] for s in summaries]},
        )
    fig.update_layout(barmode="group", yaxis={"title": "share of runs", "range": [0, 1]},
                      title="Outcomes per pairing (95% intervals)")
    return fig


def level_chart(results: Sequence[NegotiationResult]) -> go.Figure:
    """Stacked bars: share of runs ending at each denuclearization level (0 testing .. 4 complete)."""
    labels = [_label(r) for r in results]
    fig = go.Figure()
    for level in range(5):
        shares = [float((r.final_level == level).mean()) for r in results]
        fig.add_bar(name=f"level {level}", x=labels, y=shares, marker_color=_LEVEL_COLOURS[level])
    fig.update_layout(barmode="stack", yaxis={"title": "share of runs", "range": [0, 1]},
                      title="Denuclearization level reached")
    return fig


def _quantiles_from_counts(counts: NDArray[np.int64], edges: NDArray[np.float64], *,
                           continuous: bool) -> NDArray[np.float64]:
    """Quantiles per round from per-round counts over bins (``edges``: bin starts, plus the last end)."""
    totals = counts.sum(axis=1, keepdims=True)
    cdf = np.cumsum(counts, axis=1) / np.maximum(totals, 1)
    out = np.full((counts.shape[0], len(FAN_QUANTILES)), np.nan)
    for j, q in enumerate(FAN_QUANTILES):
        idx = np.minimum((cdf < q).sum(axis=1), counts.shape[1] - 1)
        if continuous:  # interpolate inside the bin
            before = np.where(idx > 0, cdf[np.arange(len(idx)), idx - 1], 0.0)
            inside = cdf[np.arange(len(idx)), idx] - before
            frac = np.where(inside > 0, (q - before) / np.where(inside > 0, inside, 1), 0.0)
            value = edges[idx] + frac * (edges[idx + 1] - edges[idx])
        else:
            value = edges[idx]
        out[:, j] = np.where(totals[:, 0] > 0, value, np.nan)
    return out


def fan_data(result: NegotiationResult, series: str) -> dict[str, Any]:
    """Round-by-round quantiles (:data:`FAN_QUANTILES`) of one series, over the runs still going."""
    if series not in SERIES:
        raise SimulationError(f"unknown series {series!r}; choose from {', '.join(SERIES)}")
    if series.startswith("trust"):
        counts = result.trust_hist[0 if series == "trust_us" else 1]
        edges = np.linspace(0.0, 1.0, TRUST_BINS + 1)
        quantiles = _quantiles_from_counts(counts, edges, continuous=True)
    else:
        counts = result.level_counts[("peace", "denuclearization", "sanctions").index(series)]
        quantiles = _quantiles_from_counts(counts, np.arange(6, dtype=np.float64), continuous=False)
    return {
        "series": series, "pairing": _label(result), "seed": result.seed,
        "round": list(range(1, result.rounds + 1)), "runs": result.alive.tolist(),
        "quantiles": {f"{q:g}": quantiles[:, j].tolist() for j, q in enumerate(FAN_QUANTILES)},
    }


def fan_chart(result: NegotiationResult, series: str) -> go.Figure:
    """Fan chart: median line with 50% and 90% bands of ``series`` per round."""
    data = fan_data(result, series)
    x, q = data["round"], data["quantiles"]
    fig = go.Figure()
    for low, high, alpha, name in (("0.05", "0.95", 0.15, "90% of runs"), ("0.25", "0.75", 0.3, "50% of runs")):
        fig.add_scatter(x=x, y=q[high], mode="lines", line={"width": 0}, showlegend=False, hoverinfo="skip")
        fig.add_scatter(x=x, y=q[low], mode="lines", line={"width": 0}, fill="tonexty",
                        fillcolor=f"rgba(33, 102, 172, {alpha})", name=name)
    fig.add_scatter(x=x, y=q["0.5"], mode="lines", line={"color": "#2166ac"}, name="median")
    fig.update_layout(title=f"{series.replace('_', ' ')}: {data['pairing']}", xaxis={"title": "round (month)"},
                      yaxis={"title": series.replace("_", " ")})
    return fig
