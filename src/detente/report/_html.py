"""A self-contained HTML page: inline CSS, plotly.js embedded once, no request leaves the page."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

__all__ = ["Section", "events_table_html", "render_page"]


@dataclass(frozen=True)
class Section:
    """One part of the report: an id (anchor), a title, body HTML (already escaped) and charts."""

    id: str
    title: str
    body: str = ""
    figures: Sequence[tuple[str, go.Figure]] = field(default_factory=tuple)  # (name, figure)


_CSS = """
:root { --ink:#1d2733; --muted:#5b6b7c; --line:#dde3ea; --accent:#1f6f8b; --bg:#fbfcfd; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: var(--bg); margin: 0; }
header { background: #13324a; color: #fff; padding: 1.2rem 2rem; }
header h1 { margin: 0 0 .2rem; font-size: 1.5rem; }
header p { margin: 0; color: #c9d8e6; }
nav { padding: .5rem 2rem; background: #fff; border-bottom: 1px solid var(--line);
      position: sticky; top: 0; z-index: 5; }
nav a { margin-right: 1rem; color: var(--accent); text-decoration: none; font-size: .9rem; }
main { padding: 1rem 2rem 3rem; max-width: 1200px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.3rem; margin: 1rem 0; }
h2 { margin-top: .2rem; font-size: 1.2rem; }
.muted { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { cursor: pointer; background: #f3f6f9; position: sticky; top: 0; }
.verdict { font-size: 1.05rem; border-left: 4px solid var(--accent); padding-left: .8rem; }
.tag { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; background: #e8eef4; }
.tag.robust { background: #dff3e4; } .tag.fragile { background: #fbe3e3; }
input[type=search] { padding: .3rem .5rem; width: 20rem; max-width: 100%; margin: .3rem 0 .6rem; }
.scroll { max-height: 36rem; overflow: auto; }
"""

_TABLE_JS = """
document.querySelectorAll('table.sortable').forEach(function (table) {
  var body = table.tBodies[0];
  table.querySelectorAll('th').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.v || a.cells[col].textContent;
        var y = b.cells[col].dataset.v || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
document.querySelectorAll('input[data-filter]').forEach(function (input) {
  var table = document.getElementById(input.dataset.filter);
  input.addEventListener('input', function () {
    var q = input.value.toLowerCase();
    Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
      r.style.display = r.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
    });
  });
});
"""


def _figure_html(name: str, fig: go.Figure) -> str:
    out: str = fig.to_html(
        full_html=False,
        include_plotlyjs=False,
        div_id=f"chart-{name}",
        config={"displaylogo": False, "responsive": True},
    )
    return out


def render_page(title: str, subtitle: str, sections: Sequence[Section]) -> str:
    """The whole report as one HTML string that works from disk with the network cut."""
    nav = "".join(f'<a href="#{html.escape(s.id)}">{html.escape(s.title)}</a>' for s in sections)
    parts: list[str] = []
    for s in sections:
        charts = "".join(_figure_html(name, fig) for name, fig in s.figures)
        parts.append(
            f'<section id="{html.escape(s.id)}"><h2>{html.escape(s.title)}</h2>{s.body}{charts}</section>'
        )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)}</title><style>{_CSS}</style>"
        f"<script type=\"text/javascript\">{get_plotlyjs()}</script></head><body>"
        f"<header><h1>{html.escape(title)}</h1><p>{html.escape(subtitle)}</p></header>"
        f"<nav>{nav}</nav><main>{''.join(parts)}</main>"
        f"<script type=\"text/javascript\">{_TABLE_JS}</script></body></html>\n"
    )


def _cell(value: Any) -> str:
    if value is None:
        return "<td></td>"
    if isinstance(value, float):
        shown = f"{value:.1f}" if abs(value) >= 10 else f"{value:.3f}".rstrip("0").rstrip(".")
        return f'<td data-v="{value}">{shown}</td>'
    if isinstance(value, dt.date):
        return f"<td>{value.isoformat()}</td>"
    return f"<td>{html.escape(str(value))}</td>"


def events_table_html(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, table_id: str) -> str:
    """A sortable, filterable table (click a header to sort; type to filter)."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(_cell(r.get(c)) for c in columns) + "</tr>" for r in rows)
    return (
        f'<input type="search" placeholder="Filter rows…" data-filter="{table_id}" aria-label="filter">'
        f'<div class="scroll"><table id="{table_id}" class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def json_script(data: Any, *, element_id: str) -> str:
    """Data embedded for scripts, safe inside HTML."""
    # <, > and & as JSON escapes: no sequence in the data can end the element or open a comment in it
    text = json.dumps(data, default=str).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{element_id}">{text}</script>'
