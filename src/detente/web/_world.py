"""The world view: ``/world`` and ``/world.json``, every dyad ranked, with its sparkline and alert badge.

The table of every dyad (:func:`~detente.judge.world_from_store`) is what costs: it is computed once per state of
the store's data and kept in memory (:class:`WorldViews`) until that state changes. The state is the store's
:func:`data_version`: the last ingest run, the count of events and a fingerprint of the milestones, which every
write of events or milestones changes. A new snapshot of the store (the file changed: an ingest, a checkpoint,
``detente dyads`` refreshing its day sums, ``detente cluster``) whose version equals the kept table's serves that
table as it is; another version computes the table once, in the snapshot's warm-up before it is served, and
requests that arrive while it is computed wait for that one computation instead of starting their own.

Each request then costs no table work: the rows' order for each sort, their events and alert flags are arrays
made once per table, so a filter by country or events and a page are index operations; each row's JSON and its
HTML (the sparkline's SVG inside) are encoded once, the first time a page shows the row, and joined per request.
Each dyad links to its explorer page (``/dyad?dyad=A-B``); dyads are named as everywhere on the dashboard
(:mod:`detente.web._names`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

import numpy as np
import numpy.typing as npt
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, Template
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from detente.errors import InputError
from detente.judge import WORLD_SORTS, DyadTable, bound_above, bound_below, select_rows, world_from_store
from detente.model import Dyad
from detente.store import Store
from detente.web._names import DyadNames, dyad_names
from detente.web._snapshot import Cache, Snapshot
from detente.web._views import json_body

__all__ = ["WorldIndex", "WorldQuery", "WorldViews", "cut_sparklines", "data_version", "register_world", "spark_keep",
           "sparkline_svg", "world_table_of"]

#: rows on one page of the world view, at most
MAX_SIZE = 500
#: a window of more periods than this shows only its last SPARK_PERIODS in the sparklines (five years of months)
SPARK_MAX, SPARK_PERIODS = 120, 60
#: tables kept at once: the one being served and the one a new snapshot is warmed with
KEPT_TABLES = 2
#: encoded answers (pages and JSON twins) kept per table, at most, and their bytes
ANSWERS, ANSWER_BYTES = 512, 64 << 20

I64 = npt.NDArray[np.int64]
T = TypeVar("T")


def world_table_of(store: Store) -> DyadTable:
    """Every dyad of a (read-only) snapshot, in name order; filters and sorts come per request."""
    return world_from_store(store, refresh=False, sort="name")


def cut_sparklines(table: DyadTable) -> tuple[DyadTable, list[tuple[str, str]]]:
    """The table with each sparkline cut to what the page draws, and the first and last period of each.

    Over a window of at most SPARK_MAX periods every sparkline is the whole window. Over a longer one each keeps
    the SPARK_PERIODS periods up to its dyad's latest period with a CXI: a window made long by one dyad's record
    (the bundled record reaches 2026) would otherwise leave every dyad whose events end earlier with an empty
    line."""
    periods = table.periods
    n = len(periods)
    keep = spark_keep(periods)
    if not n:
        return table, [("", "")] * len(table.rows)
    if keep == n:
        return table, [(periods[0], periods[-1])] * len(table.rows)
    rows, spans = [], []
    for r in table.rows:
        line = r.sparkline
        end = next((i for i in range(len(line) - 1, -1, -1) if line[i] is not None), n - 1)
        start = max(0, end - keep + 1)
        rows.append(replace(r, sparkline=line[start:end + 1]))
        spans.append((periods[start], periods[end]))
    return replace(table, rows=rows), spans


def spark_keep(periods: list[str]) -> int:
    """How many of the window's last periods the sparklines cover."""
    return SPARK_PERIODS if len(periods) > SPARK_MAX else len(periods)


def data_version(store: Store) -> tuple[int, ...]:
    """The state of what the world table reads: the last ingest run, the count of events (a run that added or
    removed none leaves it), and the count and a fingerprint of the milestones. Every write of events goes
    through an ingest run; rewriting the file without changing a row (a checkpoint, ``detente cluster``, the day
    sums ``detente dyads`` keeps) leaves the version as it was."""
    row = store.con.execute(
        "SELECT (SELECT coalesce(max(run_id), 0) FROM ingest_runs), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM milestones), (SELECT coalesce(bit_xor(hash(m)), 0) FROM milestones m)"
    ).fetchall()[0]
    return tuple(int(v) for v in row)


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


class WorldIndex:
    """One world table made ready for requests: each sort's order of the rows, their events and alert flags as
    arrays, each country's rows, and each row's JSON and HTML encoded once (the first time a page shows it)."""

    def __init__(self, table: DyadTable, version: tuple[int, ...], names: DyadNames, row_template: Template) -> None:
        table, self.spans = cut_sparklines(table)
        self.table = table
        self.version = version
        rows = table.rows
        self.names = [names.of(*r.countries) for r in rows]
        self.events: I64 = np.fromiter((r.events for r in rows), dtype=np.int64, count=len(rows))
        self.alert = np.fromiter((r.alert for r in rows), dtype=bool, count=len(rows))
        position = {id(r): i for i, r in enumerate(rows)}
        self.orders: dict[str, I64] = {
            s: np.fromiter((position[id(r)] for r in select_rows(rows, sort=s)), dtype=np.int64, count=len(rows))
            for s in WORLD_SORTS if s != "name"}
        self.orders["name"] = np.array(sorted(range(len(rows)), key=self.names.__getitem__), dtype=np.int64)
        members: dict[str, list[int]] = {}
        for i, r in enumerate(rows):
            for c in set(r.countries):
                members.setdefault(c, []).append(i)
        self._members = {c: np.array(v, dtype=np.int64) for c, v in members.items()}
        self._masks: dict[str, npt.NDArray[np.bool_]] = {}
        self.countries = sorted(members)
        self._static = json_body({
            "freq": table.options.index.freq, "periods": table.periods,
            "spark_max": spark_keep(table.periods), "dyads_total": table.dyads_total, "countries": self.countries,
        })[1:-1]
        self.datalist = Markup("").join(Markup('<option value="{}">').format(c) for c in self.countries)
        self._row_template = row_template
        self._json: list[bytes | None] = [None] * len(rows)
        self._html: list[str | None] = [None] * len(rows)
        #: answers encoded whole, per query (and snapshot, which a page's footer names)
        self.answers = Cache(ANSWERS, max_bytes=ANSWER_BYTES)

    def answer(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per key (a query's encoded answer) while this table is served."""
        return self.answers.get_or_compute(key, compute)

    # -- per request: index operations ------------------------------------------------------------------------
    def _country_mask(self, code: str) -> npt.NDArray[np.bool_]:
        mask = self._masks.get(code)
        if mask is None:
            mask = np.zeros(len(self.names), dtype=bool)
            mask[self._members.get(code, np.zeros(0, dtype=np.int64))] = True
            self._masks[code] = mask
        return mask

    def select(self, query: WorldQuery) -> I64:
        """The rows the query keeps, in its sort's order (positions in the table)."""
        order = self.orders[query.sort]
        keep: npt.NDArray[np.bool_] | None = None
        if query.min_events:
            keep = self.events[order] >= query.min_events
        if query.country is not None:
            inside = self._country_mask(query.country)[order]
            keep = inside if keep is None else keep & inside
        return order if keep is None else order[keep]

    def page(self, query: WorldQuery) -> tuple[dict[str, Any], list[int]]:
        """The query's counts (its JSON's head) and the positions of the rows of its page."""
        chosen = self.select(query)
        first = (query.page - 1) * query.size
        head = {"matching": int(chosen.size), "page": query.page, "size": query.size,
                "alerts": int(self.alert[chosen].sum()),
                "query": {k: v for k, v in query.params().items() if v}}
        return head, chosen[first:first + query.size].tolist()

    def row_json(self, i: int) -> bytes:
        """Row ``i`` as JSON without its rank: the world table's fields, named as the dashboard names the dyad,
        with its explorer link."""
        found = self._json[i]
        if found is None:
            name = self.names[i]
            item = self.table.rows[i].to_dict()
            item["dyad"] = name
            item["spark_from"], item["spark_to"] = self.spans[i]
            item["explorer"] = "/dyad?" + urlencode({"dyad": name})
            found = self._json[i] = json_body(item)
        return found

    def row_html(self, i: int) -> str:
        """Row ``i``'s cells after its rank, its sparkline drawn."""
        found = self._html[i]
        if found is None:
            row = self.table.rows[i]
            name = self.names[i]
            first, last = self.spans[i]
            found = self._html[i] = self._row_template.render(
                d=row, name=name, explorer="/dyad?" + urlencode({"dyad": name}), spark_span=f"{first} … {last}",
                spark=Markup(sparkline_svg(row.sparkline)))  # only numbers go into the SVG
        return found

    def json(self, query: WorldQuery) -> bytes:
        """The JSON twin of one query: the table's fixed fields, the query's counts, then its rows with their
        ranks (each row's encoding made once)."""
        head, shown = self.page(query)
        first = (query.page - 1) * query.size + 1
        rows = b",".join(b'{"rank":%d,' % rank + self.row_json(i)[1:] for rank, i in enumerate(shown, start=first))
        return b"{" + self._static + b"," + json_body(head)[1:-1] + b',"dyads":[' + rows + b"]}"

    def rows_html(self, shown: list[int], first: int) -> Markup:
        """The table body of one page (``first``: the rank of its first row)."""
        parts = []
        for rank, i in enumerate(shown, start=first):
            open_tr = '<tr class="alerted">' if self.alert[i] else "<tr>"
            parts.append(f'{open_tr}<td class="muted">{rank}</td>{self.row_html(i)}</tr>')
        return Markup("\n".join(parts))  # each row rendered by an autoescaping template

    def warm(self) -> None:
        """Encode every row (its JSON, and its HTML with the sparkline drawn), so that no request does."""
        for i in range(len(self.names)):
            self.row_json(i)
            self.row_html(i)


class WorldViews:
    """The world tables of a dashboard, one per data version (the last KEPT_TABLES kept), shared by the
    snapshots of that version; at most one computed at a time."""

    def __init__(self, default: Dyad, row_template: Template) -> None:
        self.default = default
        self.row_template = row_template
        self._kept: OrderedDict[tuple[int, ...], WorldIndex] = OrderedDict()
        self._versions: OrderedDict[int, tuple[int, ...]] = OrderedDict()
        self._lock = threading.Lock()
        #: how many tables were computed (one per data version served)
        self.computed = 0

    def _version(self, snap: Snapshot) -> tuple[int, ...]:
        found = self._versions.get(snap.generation)
        if found is None:
            with snap.reader() as store:
                found = data_version(store)
            self._versions[snap.generation] = found
            while len(self._versions) > 8:
                self._versions.popitem(last=False)
        return found

    def ready(self, snap: Snapshot) -> WorldIndex | None:
        """The snapshot's table when it is computed already (no query, no computation: safe on the event loop)."""
        version = self._versions.get(snap.generation)
        return None if version is None else self._kept.get(version)

    def of(self, snap: Snapshot) -> WorldIndex:
        """The snapshot's table: the kept one of its data version, else computed now (once, however many ask)."""
        version = self._version(snap)
        found = self._kept.get(version)
        if found is not None:
            return found
        with self._lock:
            found = self._kept.get(version)
            if found is not None:
                return found
            with snap.reader() as store:
                names = dyad_names(store, self.default)
                table = world_table_of(store)
            found = WorldIndex(table, version, names, self.row_template)
            found.warm()
            self._kept[version] = found
            self.computed += 1
            while len(self._kept) > KEPT_TABLES:
                self._kept.popitem(last=False)
            return found


def sparkline_svg(values: list[float | None], *, width: int = 120, height: int = 26) -> str:
    """A small inline SVG of a CXI series (0..100): a line through the periods with a value, the last one
    marked. Only numbers go into it."""
    points = [(i, v) for i, v in enumerate(values) if v is not None]
    mid = height - 1 - (height - 2) * 0.5
    if not points:
        return (f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
                f'aria-label="no CXI"><line x1="0" y1="{mid:.1f}" x2="{width}" y2="{mid:.1f}" class="mid"/></svg>')
    n = max(len(values) - 1, 1)

    def xy(i: int, v: float) -> str:
        return f"{1 + (width - 2) * i / n:.1f},{height - 1 - (height - 2) * max(0.0, min(100.0, v)) / 100:.1f}"

    line = " ".join(xy(i, v) for i, v in points)
    li, lv = points[-1]
    cx, cy = xy(li, lv).split(",")
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


def register_world(app: FastAPI, web: Any, render: Callable[..., str]) -> None:
    """Add ``/world`` and ``/world.json`` to the dashboard (``web``: the app's shared state, with its snapshots
    and its :class:`WorldViews` as ``web.world``; ``render``: renders a page template).

    The routes run on the event loop: a kept table answers without a thread, a query or a computation; only when
    the table is not computed yet (a store whose warm-up failed) is it computed in a worker thread."""

    def current() -> tuple[WorldIndex | None, int]:
        with web.snapshots.using() as snap:
            found: WorldIndex | None = web.world.ready(snap)
            return found, snap.generation

    def compute() -> tuple[WorldIndex, int]:
        with web.snapshots.using() as snap:
            found: WorldIndex = web.world.of(snap)
            return found, snap.generation

    async def index() -> tuple[WorldIndex, int]:
        found, generation = current()
        return (found, generation) if found is not None else await run_in_threadpool(compute)

    def page_html(world: WorldIndex, generation: int, query: WorldQuery, path: str) -> str:
        head, shown = world.page(query)
        params = {k: v for k, v in query.params().items() if v not in (None, "")}
        pages = {
            "prev": None if query.page == 1 else urlencode({**params, "page": query.page - 1}),
            "next": urlencode({**params, "page": query.page + 1})
            if query.page * query.size < head["matching"] else None,
        }
        table = world.table
        data = {**head, "freq": table.options.index.freq, "dyads_total": table.dyads_total,
                "first_period": table.periods[0] if table.periods else "",
                "last_period": table.periods[-1] if table.periods else ""}
        return render(path, "world.html", data=data, query=query, pages=pages, sorts=WORLD_SORTS,
                      rows=world.rows_html(shown, (query.page - 1) * query.size + 1), countries=world.datalist,
                      spark_max=spark_keep(table.periods), snapshot=generation,
                      json_url="/world.json?" + urlencode({**params, "page": query.page}))

    @app.get("/world", response_class=HTMLResponse, summary="World: every dyad ranked, with sparklines and alerts")
    async def world_html(request: Request, country: Country = None, sort: SortParam = "change",
                         min_events: MinEvents = 0, page: Page = 1, size: Size = 100) -> Response:
        query = _query(country, sort, min_events, page, size)
        world, generation = await index()
        path = request.url.path
        html = world.answer(("html", generation, path, query), lambda: page_html(world, generation, query, path))
        return HTMLResponse(html)

    @app.get("/world.json", summary="World as JSON (same parameters as /world)")
    async def world_json(country: Country = None, sort: SortParam = "change", min_events: MinEvents = 0,
                         page: Page = 1, size: Size = 100) -> Response:
        query = _query(country, sort, min_events, page, size)
        world, _ = await index()
        return Response(world.answer(("json", query), lambda: world.json(query)), media_type="application/json")


def row_template(env: Environment) -> Template:
    """The template of one row's cells after its rank (its interval rounded outward as the verdict's text rounds it:
    the ``low1`` and ``high1`` filters, added to ``env``'s when missing)."""
    env.filters.setdefault("low1", bound_below)
    env.filters.setdefault("high1", bound_above)
    return env.get_template("_world_row.html")
