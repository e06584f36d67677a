"""The world view: ``/world`` and ``/world.json``, every dyad ranked, with its sparkline and alert badge.

The table of every dyad (:func:`~detente.judge.world_from_store`) is computed once per snapshot (before the
snapshot is served, with the other warm-up pages) from the store's per-dyad day sums, or in one pass over the
events when the store has none up to date; each request only filters, sorts and pages it. Each dyad links to its
explorer page (``/dyad?dyad=A-B``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response

from detente.errors import InputError
from detente.judge import WORLD_SORTS, DyadTable, select_rows, world_from_store
from detente.store import Store

__all__ = ["WorldQuery", "register_world", "spark_keep", "sparkline_svg", "world_table_of", "world_view"]

#: rows on one page of the world view, at most
MAX_SIZE = 500
#: a window of more periods than this shows only its last SPARK_PERIODS in the sparklines (five years of months)
SPARK_MAX, SPARK_PERIODS = 120, 60


def world_table_of(store: Store) -> DyadTable:
    """Every dyad of a (read-only) snapshot, in name order; filters and sorts come per request. Over a window of
    more than SPARK_MAX periods each sparkline keeps its last SPARK_PERIODS (what the page draws), so that the
    table of some 20,000 dyads stays in the snapshot's cache instead of being computed again per request."""
    table = world_from_store(store, refresh=False, sort="name")
    keep = spark_keep(table.periods)
    if keep == len(table.periods):
        return table
    return replace(table, rows=[replace(r, sparkline=r.sparkline[-keep:] if keep else []) for r in table.rows])


def spark_keep(periods: list[str]) -> int:
    """How many of the window's last periods the sparklines cover."""
    return SPARK_PERIODS if len(periods) > SPARK_MAX else len(periods)


@dataclass(frozen=True)
class WorldQuery:
    """What a request of the world view asks: a country, a sort, a floor on events, a page."""

    country: str | None = None
    sort: str = "change"
    min_events: int = 0
    page: int = 1
    size: int = 100

    def params(self) -> dict[str, Any]:
        return {"country": self.country, "sort": self.sort, "min_events": self.min_events or None,
                "size": self.size if self.size != 100 else None}


def world_view(table: DyadTable, query: WorldQuery) -> dict[str, Any]:
    """The page's data (its JSON twin): the dyads of one page after the filters, each with its explorer link."""
    rows = select_rows(table.rows, sort=query.sort, min_events=query.min_events, country=query.country)
    first = (query.page - 1) * query.size
    shown = rows[first:first + query.size]
    out = []
    for rank, row in enumerate(shown, start=first + 1):
        item = row.to_dict()
        item["rank"] = rank
        item["explorer"] = "/dyad?" + urlencode({"dyad": row.dyad})
        out.append(item)
    countries = sorted({c for r in table.rows for c in r.countries})
    return {
        "freq": table.options.index.freq, "periods": table.periods,
        "spark_periods": table.periods[len(table.periods) - spark_keep(table.periods):],
        "dyads_total": table.dyads_total,
        "matching": len(rows), "page": query.page, "size": query.size,
        "alerts": sum(1 for r in rows if r.alert), "query": {k: v for k, v in query.params().items() if v},
        "countries": countries, "dyads": out,
    }


def sparkline_svg(values: list[float | None], *, width: int = 120, height: int = 26) -> str:
    """A small inline SVG of a CXI series (0..100): a line through the periods with a value, the last one
    marked. Only numbers go into it."""
    points = [(i, v) for i, v in enumerate(values) if v is not None]
    if not points:
        return f'<svg class="spark" width="{width}" height="{height}" role="img" aria-label="no CXI"></svg>'
    n = max(len(values) - 1, 1)

    def xy(i: int, v: float) -> str:
        return f"{1 + (width - 2) * i / n:.1f},{height - 1 - (height - 2) * max(0.0, min(100.0, v)) / 100:.1f}"

    line = " ".join(xy(i, v) for i, v in points)
    li, lv = points[-1]
    cx, cy = xy(li, lv).split(",")
    mid = height - 1 - (height - 2) * 0.5
    return (f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="CXI, last {lv:.0f}"><line x1="0" y1="{mid:.1f}" x2="{width}" y2="{mid:.1f}" '
            f'class="mid"/><polyline points="{line}"/><circle cx="{cx}" cy="{cy}" r="2.2"/></svg>')


Country = Annotated[str | None, Query(max_length=3, description="three-letter country code, e.g. PRK")]
SortParam = Annotated[str, Query(max_length=10, description="change, cxi, events or name")]
MinEvents = Annotated[int, Query(ge=0, le=10_000_000, description="only dyads with at least this many events")]
Page = Annotated[int, Query(ge=1, le=10_000)]
Size = Annotated[int, Query(ge=1, le=MAX_SIZE)]


def _query(country: str | None, sort: str, min_events: int, page: int, size: int) -> WorldQuery:
    if sort not in WORLD_SORTS:
        raise InputError(f"sort {sort!r} is not one of: {', '.join(WORLD_SORTS)}")
    code = (country or "").strip().upper() or None
    if code is not None and (len(code) != 3 or not code.isalpha()):
        raise InputError(f"country {country!r} is not a three-letter country code, e.g. PRK")
    return WorldQuery(country=code, sort=sort, min_events=min_events, page=page, size=size)


def register_world(app: FastAPI, web: Any) -> None:
    """Add ``/world`` and ``/world.json`` to the dashboard (``web``: the app's shared state)."""

    from detente.web._app import RawJSON, json_body  # the app module registers this one: imported once it is loaded

    def data(query: WorldQuery) -> dict[str, Any]:
        _, table = web.cached(("world",), world_table_of)
        return dict(web.memo(("world-view", query), lambda: world_view(table, query)))

    @app.get("/world", response_class=HTMLResponse, summary="World: every dyad ranked, with sparklines and alerts")
    def world_html(request: Request, country: Country = None, sort: SortParam = "change", min_events: MinEvents = 0,
                   page: Page = 1, size: Size = 100) -> Response:
        query = _query(country, sort, min_events, page, size)

        def render() -> str:
            view = data(query)
            params = query.params()
            pages = {
                "prev": None if page == 1 else urlencode({**_clean(params), "page": page - 1}),
                "next": urlencode({**_clean(params), "page": page + 1}) if page * size < view["matching"] else None,
            }
            spark = {d["dyad"]: sparkline_svg(d["sparkline"]) for d in view["dyads"]}
            shown = view["spark_periods"]
            qs = urlencode({**_clean(params), "page": page})
            html: str = web.render(request.url.path, "world.html", data=view, query=query, pages=pages, spark=spark,
                                   spark_span=(shown[0], shown[-1]) if shown else ("", ""), sorts=WORLD_SORTS,
                                   json_url=f"/world.json?{qs}")
            return html

        # the page and its JSON twin are encoded once per query and snapshot, as the other cached answers are
        return HTMLResponse(web.memo(("world-html", query), render))

    @app.get("/world.json", summary="World as JSON (same parameters as /world)")
    def world_json(country: Country = None, sort: SortParam = "change", min_events: MinEvents = 0, page: Page = 1,
                   size: Size = 100) -> Response:
        query = _query(country, sort, min_events, page, size)
        return RawJSON(web.memo(("world-json", query), lambda: json_body(data(query))))


def _clean(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if v not in (None, "")}
