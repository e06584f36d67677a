"""The sequencing diagnostics of the two tracks as sentences and tables (for the report and the dashboard)."""

from __future__ import annotations

import html
from typing import Any

from detente.measure import diagnostics_sentences

__all__ = ["diagnostics_html", "diagnostics_sentences"]


def _esc(x: Any) -> str:
    return html.escape("" if x is None else str(x))


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.0%}"


def diagnostics_html(diag: dict[str, Any], *, reciprocity_days: int = 90) -> str:
    """The diagnostics as sentences followed by their tables (lead-lag correlations, reciprocity both ways)."""
    if not diag:
        return "<p class=\"muted\">No sequencing diagnostics: the ledger has no steps in the window.</p>"
    parts = ["<h3>Sequencing diagnostics</h3>"]
    parts += [f"<p>{_esc(s)}</p>" for s in diagnostics_sentences(diag, reciprocity_days=reciprocity_days)]
    corr = (diag.get("lead_lag") or {}).get("correlations") or {}
    if corr:
        lags = sorted(corr, key=int)
        head = "".join(f"<th>{int(k):+d}</th>" for k in lags)
        cells = "".join(f"<td>{'-' if corr[k] is None else f'{corr[k]:.2f}'}</td>" for k in lags)
        parts.append("<table id=\"lead-lag-table\"><caption>Correlation of the peace level at t with the "
                     "denuclearization level at t + k (k &gt; 0: peace leads)</caption>"
                     f"<thead><tr><th>k</th>{head}</tr></thead><tbody><tr><td>r</td>{cells}</tr></tbody></table>")
    rec = diag.get("reciprocity") or {}
    if rec:
        rows = []
        for key, label in (("denuclearization_after_peace", "peace step, then denuclearization"),
                           ("peace_after_denuclearization", "denuclearization step, then peace")):
            r = rec.get(key)
            if r is None:
                continue
            ratio = "-" if r.get("ratio") is None else f"{r['ratio']:.2f}"
            rows.append(f"<tr><td>{_esc(label)}</td><td>{r['steps']}</td><td>{r['answered']}</td>"
                        f"<td>{_pct(r.get('share'))}</td><td>{_pct(r.get('base_rate'))}</td><td>{ratio}</td></tr>")
        parts.append(f"<table id=\"reciprocity-table\"><caption>Steps answered within {reciprocity_days} days"
                     "</caption><thead><tr><th>sequence</th><th>steps</th><th>answered</th><th>share</th>"
                     "<th>base rate</th><th>ratio</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    return "".join(parts)
