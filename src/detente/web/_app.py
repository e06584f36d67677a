"""The FastAPI application: every HTML page has a JSON twin (``/events`` and ``/events.json``).

Routes validate their parameters (FastAPI, then the library's own checks), read the current snapshot of the store
through a cursor of their own, and cache results per snapshot. Errors are one-line JSON (or a small HTML page for a
browser) with a 4xx status; an unexpected failure is logged and answered with a plain 500 that carries no trace.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar, cast
from urllib.parse import urlencode

import plotly
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.config import Settings
from detente.errors import DetenteError, InputError, MeasureError, SourceNotFound, StoreError
from detente.judge import bound_above, bound_below
from detente.model import TRACKS, Dyad, iso_day
from detente.store import Store
from detente.web._names import DyadNames, dyad_names
from detente.web._queries import EventSearch, dyad_extent, dyads_present, event_detail, search_events
from detente.web._snapshot import Cache, Snapshot, SnapshotManager
from detente.web._views import SimulationParams, dyad_view, json_body, jsonable, simulation_view, status_view
from detente.web._world import WorldViews, register_world, row_template

log = logging.getLogger(__name__)
T = TypeVar("T")

__all__ = ["create_app"]

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
_CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; "
        "base-uri 'none'; form-action 'self'; object-src 'none'")
_STATIC = {"style.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}

_SIM = SimulationParams()
#: free text, and the dyad (read by Dyad.parse on every route, so each gives the same answer to the same value)
Text = Annotated[str | None, Query(max_length=200, description="e.g. USA-PRK for a dyad")]
FromDay = Annotated[str | None, Query(alias="from", max_length=40, description="first day, YYYY-MM-DD")]
ToDay = Annotated[str | None, Query(alias="to", max_length=40, description="last day, YYYY-MM-DD")]
MsTrack = Annotated[str | None, Query(max_length=20, description="peace or denuclearization")]


def event_args(
    q: Annotated[str | None, Query(max_length=200, description="words that must all appear (any text field)")]
    = None,
    track: Annotated[list[str] | None, Query(max_length=len(TRACKS), description="peace, denuclearization, "
                                              "tension or other; repeat for several")] = None,
    code: Annotated[str | None, Query(max_length=4, description="CAMEO code or its prefix, e.g. 04")] = None,
    actor: Annotated[str | None, Query(max_length=60, description="actor code prefix or name")] = None,
    dataset: Annotated[list[str] | None, Query(max_length=20, description="dataset name; repeat")] = None,
    dyad: Text = None,
    start: FromDay = None,
    end: ToDay = None,
    page: Annotated[int, Query(ge=1, le=100_001)] = 1,
    size: Annotated[int, Query(ge=1, le=200)] = 50,
) -> dict[str, Any]:
    return {"q": q, "track": track, "code": code, "actor": actor, "dataset": dataset, "dyad": dyad,
            "start": parse_day(start, "from"), "end": parse_day(end, "to"), "page": page, "size": size}


def parse_day(value: str | None, name: str) -> dt.date | None:
    """A date parameter; empty (as an HTML form sends an unfilled date) means none."""
    if value is None or not value.strip():
        return None
    try:
        return iso_day(value.strip())
    except ValueError:
        raise InputError(f"{name} {value[:40]!r} is not a date; write it as YYYY-MM-DD, e.g. 2018-06-12") from None


EventArgs = Annotated[dict[str, Any], Depends(event_args)]


def sim_args(
    us: Annotated[str, Query(max_length=40, description="US policy")] = _SIM.us,
    dprk: Annotated[str, Query(max_length=40, description="DPRK policy")] = _SIM.dprk,
    runs: Annotated[int, Query(ge=1, le=20_000)] = _SIM.runs,
    rounds: Annotated[int, Query(ge=1, le=240)] = _SIM.rounds,
    continuation: Annotated[float, Query(gt=0, le=1)] = _SIM.continuation,
    noise: Annotated[float, Query(ge=0, le=0.66)] = _SIM.noise,
    seed: Annotated[int, Query(ge=0, le=2**32 - 1)] = _SIM.seed,
) -> SimulationParams:
    choices = _SIM.choices()
    if us not in choices["us"]:
        raise InputError(f"us {us!r} is not one of: {', '.join(choices['us'])}")
    if dprk not in choices["dprk"]:
        raise InputError(f"dprk {dprk!r} is not one of: {', '.join(choices['dprk'])}")
    return SimulationParams(us=us, dprk=dprk, runs=runs, rounds=rounds, continuation=continuation, noise=noise,
                            seed=seed)


SimArgs = Annotated[SimulationParams, Depends(sim_args)]


def _plotly_js() -> Path:
    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def _script_json(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (no ``<``, ``>`` or ``&``)."""
    text = json.dumps(data, default=str, allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _wants_json(request: Request) -> bool:
    path = request.url.path
    if path.endswith(".json") or path.startswith("/api/") or path == "/openapi.json":
        return True
    return "text/html" not in request.headers.get("accept", "")


def _status_for(err: DetenteError) -> int:
    if isinstance(err, SourceNotFound):
        return 404
    if isinstance(err, StoreError):
        return 503
    if isinstance(err, MeasureError):
        return 422
    return 400


class RawJSON(Response):
    """JSON already encoded (the cached answers skip encoding anew)."""

    media_type = "application/json"


@dataclass(frozen=True)
class Page:
    """A page's data and charts, with the charts and the JSON twin already encoded (cached per snapshot)."""

    data: dict[str, Any]
    charts: dict[str, Any]
    charts_script: str
    json: bytes

    def weight(self) -> int:
        """The memory the page holds, estimated: its data and charts take about three times their encoded
        length beside the encodings themselves (measured on the dashboard's dyad pages)."""
        return 4 * (len(self.json) + len(self.charts_script))


def _dyads(store: Store) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = jsonable(dyads_present(store))
    return rows


def _dyad_page(store: Store, dyad: Dyad, start: dt.date | None, end: dt.date | None) -> Page:
    data, charts = dyad_view(store, dyad, start=start, end=end)
    return Page(data, charts, _script_json(charts), json_body({**data, "charts": sorted(charts)}))


def _simulation_page(params: SimulationParams) -> Page:
    data, charts = simulation_view(params)
    return Page(data, charts, _script_json(charts), json_body(data))


class _Web:
    """Everything the routes share: settings, the snapshot manager, templates and the simulation cache."""

    def __init__(self, settings: Settings, *, check_every: float) -> None:
        self.settings = settings
        self.default_dyad = Dyad.parse(settings.dyad)
        self.env = Environment(loader=PackageLoader("detente.web", "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.env.filters["tojson_script"] = _script_json
        self.env.filters["quote"] = _quote
        self.env.filters["low1"] = bound_below
        self.env.filters["high1"] = bound_above
        self.env.globals["tracks"] = TRACKS
        #: the world table, kept per data version of the store across snapshots
        self.world = WorldViews(self.default_dyad, row_template(self.env))
        self.snapshots = SnapshotManager(settings.store, threads=settings.threads, check_every=check_every,
                                         warm=self.warm)
        self.simulations = Cache(size=64, max_bytes=64 << 20)
        #: verdicts and simulations hold a whole dyad's events or many runs in memory: two at a time at most
        self.heavy = threading.BoundedSemaphore(2)

    # -- data, cached per snapshot -------------------------------------------------------------------------
    def cached(self, key: tuple[Any, ...], compute: Callable[[Store], Any]) -> tuple[Snapshot, Any]:
        with self.snapshots.using() as snap:
            return snap, snap.cached(key, compute)

    def names(self) -> DyadNames:
        """How the dashboard names each dyad (:mod:`detente.web._names`)."""
        _, names = self.cached(("names",), lambda store: dyad_names(store, self.default_dyad))
        return cast(DyadNames, names)

    def named(self, pair: Dyad) -> Dyad:
        """``pair`` as the dashboard names it (``PRK-USA`` asks for the dyad it writes ``USA-PRK``)."""
        return self.names().dyad(pair)

    def dyads(self) -> list[dict[str, Any]]:
        names = self.names()
        _, rows = self.cached(("dyads",), _dyads)
        return [{**r, "dyad": names.of(r["a"], r["b"])} for r in rows]

    def extent(self, dyad: Dyad) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day of the dyad's events and milestones (None, None without any)."""
        _, found = self.cached(("extent", str(dyad)), lambda store: dyad_extent(store, dyad))
        return cast(tuple[dt.date | None, dt.date | None], found)

    def span(self, dyad: Dyad, start: dt.date | None, end: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
        """The period asked for, clipped to the dyad's data: a bound beyond the data is no bound (so every far
        date is the same request, computed and cached once); a period with no data at all is refused."""
        if start is not None and end is not None and start > end:
            raise InputError(f"from {start} is after to {end}; swap them")
        first, last = self.extent(dyad)
        if first is None or last is None:
            return start, end
        if (start is not None and start > last) or (end is not None and end < first):
            asked = f"from {start or '...'} to {end or '...'}"
            raise InputError(f"{asked} holds no data of {dyad}: its events and milestones run from {first} to "
                             f"{last}; pick dates in that range")
        return (None if start is not None and start <= first else start,
                None if end is not None and end >= last else end)

    def dyad(self, dyad: Dyad, start: dt.date | None, end: dt.date | None) -> Page:
        start, end = self.span(dyad, start, end)

        def compute(store: Store) -> Page:
            with self.heavy:
                return _dyad_page(store, dyad, start, end)

        _, page = self.cached(("dyad", str(dyad), start, end), compute)
        return cast(Page, page)

    def warm(self, snap: Snapshot) -> None:
        """Compute the overview of the default dyad and the first page of events before a snapshot is served."""
        snap.cached(("dyads",), _dyads)
        snap.cached(("dyad", str(self.default_dyad), None, None),
                    lambda store: _dyad_page(store, self.default_dyad, None, None))
        empty = EventSearch()
        snap.cached(("events", empty), lambda store: jsonable(search_events(store, empty)))
        self.world.of(snap)

    # -- rendering ----------------------------------------------------------------------------------------
    def memo(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()`` once per key on the current snapshot (for what needs no query: encoded answers)."""
        with self.snapshots.using() as snap:
            return snap.cache.get_or_compute(key, compute)

    def render(self, path: str, template: str, **context: Any) -> str:
        snap = self.snapshots.current
        generation = context.pop("snapshot", None if snap is None else snap.generation)
        return self.env.get_template(template).render(
            request_path=path, json_url=context.pop("json_url", None), default_dyad=str(self.default_dyad),
            snapshot=generation, **context)

    def page(self, request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(self.render(request.url.path, template, **context), status_code=status_code)


def _error_response(web: _Web, request: Request, status: int, message: str,
                    detail: Any = None) -> Response:
    body: dict[str, Any] = {"error": message, "status": status}
    if detail is not None:
        body["detail"] = detail
    if _wants_json(request):
        return JSONResponse(body, status_code=status)
    return web.page(request, "error.html", status_code=status, status=status, message=message, detail=detail)


def _clean_validation(errors: Any) -> list[dict[str, Any]]:
    """Validation errors without the rejected input (which may be huge or hostile) or internals."""
    out: list[dict[str, Any]] = []
    for e in list(errors)[:20]:
        loc = [str(x) for x in e.get("loc", ())]
        out.append({"where": ".".join(loc), "problem": str(e.get("msg", "invalid value"))[:200]})
    return out


def _install_errors(app: FastAPI, web: _Web) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        detail = _clean_validation(exc.errors())
        first = detail[0] if detail else {"where": "request", "problem": "invalid"}
        return _error_response(web, request, 422, f"{first['where']}: {first['problem']}", detail)

    @app.exception_handler(DetenteError)
    async def _detente(request: Request, exc: DetenteError) -> Response:
        return _error_response(web, request, _status_for(exc), str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path[:200]}; see /api for the pages and their JSON twins"
        return _error_response(web, request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return JSONResponse({"error": "internal error; the server log has the details", "status": 500},
                            status_code=500)


class HeadAsGet:
    """Answers HEAD like GET, without the body (the routes are declared for GET; without this HEAD got 405)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)


class SecurityHeaders:
    """Adds the security headers to every answer (plain ASGI: no cost per request beyond the headers)."""

    HEADERS: tuple[tuple[bytes, bytes], ...] = (
        (b"content-security-policy", _CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [h for h in self.HEADERS if h[0] not in names]
                if b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings, *, host: str = "127.0.0.1", check_every: float = 1.0) -> FastAPI:
    """The dashboard over ``settings.store``, which it reads through private read-only snapshots.

    ``host`` is the address the server binds to: requests must name it or a loopback name in their Host header
    (a guard against DNS rebinding). Raises :class:`~detente.errors.StoreError` when the store cannot be read.
    """
    web = _Web(settings, check_every=check_every)
    web.snapshots.start()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            web.snapshots.close()

    app = FastAPI(title="detente", version=_version(), lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Do two countries come to coexist peacefully? The dashboard's pages as JSON.")
    app.state.web = web
    hosts = sorted({*LOOPBACK_HOSTS, host.strip("[]"), f"[{host.strip('[]')}]" if ":" in host else host})
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    _install_errors(app, web)
    _routes(app, web)
    return app


def _version() -> str:
    from detente import __version__

    return str(__version__)


def _query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", [])}, doseq=True)


def _routes(app: FastAPI, web: _Web) -> None:
    register_world(app, web, web.render)
    # -- static files: fixed names only, never a path from the request --------------------------------------
    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(_plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in _STATIC:
            raise StarletteHTTPException(404, f"no static file {name[:80]!r}")
        text = resources.files("detente.web").joinpath("static", name).read_bytes()
        return Response(text, media_type=_STATIC[name], headers={"Cache-Control": "public, max-age=3600"})

    # -- overview and dyad explorer ------------------------------------------------------------------------
    def dyad_page(request: Request, dyad: Dyad, start: dt.date | None, end: dt.date | None,
                  template: str, json_url: str) -> Response:
        start, end = web.span(dyad, start, end)

        def render() -> str:
            page = web.dyad(dyad, start, end)
            return web.render(request.url.path, template, data=page.data, charts=page.charts,
                              charts_script=page.charts_script, dyads=web.dyads(), json_url=json_url)

        return HTMLResponse(web.memo(("html", template, str(dyad), start, end), render))

    @app.get("/", response_class=HTMLResponse, summary="Overview: the verdict and charts for the default dyad")
    def overview(request: Request) -> Response:
        return dyad_page(request, web.default_dyad, None, None, "overview.html", "/index.json")

    @app.get("/index.json", summary="Overview as JSON: verdict, index, tracks, milestones, monthly mix")
    def overview_json() -> Response:
        return RawJSON(web.dyad(web.default_dyad, None, None).json)

    def check_dyad(dyad: str | None) -> Dyad:
        pair = web.named(Dyad.parse(dyad)) if dyad else web.default_dyad
        present = {d["dyad"] for d in web.dyads()}  # the busiest; any other pair is looked up
        if str(pair) not in present and pair != web.default_dyad and web.extent(pair)[0] is None:
            raise SourceNotFound(f"the store has no events between {pair.a} and {pair.b}; pick a dyad from /dyads")
        return pair

    @app.get("/dyad", response_class=HTMLResponse, summary="Dyad explorer: any dyad in the store, any period")
    def dyad_html(request: Request, dyad: Text = None, from_: FromDay = None, to: ToDay = None) -> Response:
        pair = check_dyad(dyad)
        start, end = parse_day(from_, "from"), parse_day(to, "to")
        qs = _query_string({"dyad": str(pair), "from": start, "to": end})
        return dyad_page(request, pair, start, end, "dyad.html", f"/dyad.json?{qs}")

    @app.get("/dyad.json", summary="Dyad explorer as JSON")
    def dyad_json(dyad: Text = None, from_: FromDay = None, to: ToDay = None) -> Response:
        pair = check_dyad(dyad)
        start, end = parse_day(from_, "from"), parse_day(to, "to")
        return RawJSON(web.dyad(pair, start, end).json)

    @app.get("/dyads", response_class=HTMLResponse, summary="The dyads present in the store")
    def dyads_html(request: Request) -> Response:
        return web.page(request, "dyads.html", dyads=web.dyads(), json_url="/dyads.json")

    @app.get("/dyads.json", summary="The dyads present in the store, busiest first")
    def dyads_json() -> dict[str, Any]:
        return {"dyads": web.dyads()}

    # -- events ---------------------------------------------------------------------------------------------
    def events_search(q: str | None, track: list[str] | None, code: str | None, actor: str | None,
                      dataset: list[str] | None, dyad: str | None, start: dt.date | None, end: dt.date | None,
                      page: int, size: int) -> tuple[EventSearch, dict[str, Any]]:
        if len(track or ()) > len(TRACKS) or len(dataset or ()) > 20:
            raise InputError("too many track or dataset filters; pick at most 4 tracks and 20 datasets")
        search = EventSearch.build(q=q, tracks=track, code=code, actor=actor, datasets=dataset, dyad=dyad,
                                   start=start, end=end, page=page, size=size)
        _, result = web.cached(("events", search), lambda store: jsonable(search_events(store, search)))
        return search, result

    @app.get("/events", response_class=HTMLResponse, summary="Events: full-text search, filters, pages")
    def events_html(request: Request, args: EventArgs) -> Response:
        search, result = events_search(**args)
        params = search.params()
        pages = {
            "prev": None if search.page == 1 else _query_string(params, page=search.page - 1),
            "next": _query_string(params, page=search.page + 1)
            if search.page * search.size < result["total"] else None,
        }
        datasets = [d["name"] for d in web.cached(("datasets",), lambda s: jsonable(s.datasets()))[1]]
        return web.page(request, "events.html", search=search, result=result, pages=pages, datasets=datasets,
                        json_url="/events.json" + (f"?{_query_string(params, page=search.page)}"))

    @app.get("/events.json", summary="Events as JSON (same parameters as /events)")
    def events_json(args: EventArgs) -> Response:
        search, result = events_search(**args)
        body = web.memo(("events-json", search), lambda: json_body(
            {"query": search.params() | {"page": search.page, "size": search.size}, **result}))
        return RawJSON(body)

    def check_key(key: str) -> str:
        if len(key) > 200 or any(ord(c) < 32 for c in key):
            raise InputError("an event key is at most 200 printable characters")
        return key

    def one_event(key: str) -> dict[str, Any]:
        key = check_key(key)
        _, found = web.cached(("event", key), lambda store: jsonable(event_detail(store, key)))
        if found is None:
            raise SourceNotFound(f"no event with key {key[:80]!r}; search for it at /events")
        return dict(found)

    @app.get("/events/{key:path}.json", summary="One event with its provenance, as JSON")
    def event_json(key: str) -> dict[str, Any]:
        return one_event(key)

    @app.get("/events/{key:path}", response_class=HTMLResponse, summary="One event with its provenance")
    def event_html(request: Request, key: str) -> Response:
        found = one_event(key)
        return web.page(request, "event.html", event=found, json_url=f"/events/{_quote(key)}.json")

    # -- milestones -----------------------------------------------------------------------------------------
    def milestones_data(dyad: str | None, track: str | None) -> dict[str, Any]:
        pair = web.named(Dyad.parse(dyad)) if dyad else web.default_dyad
        if track is not None and track not in ("peace", "denuclearization"):
            raise InputError(f"track {track!r} is not one of: peace, denuclearization")
        from detente.judge import milestone_rows

        _, rows = web.cached(("milestones", str(pair), track),
                             lambda store: milestone_rows(store.milestones(dyad=pair, track=track)))
        return {"dyad": str(pair), "track": track, "milestones": rows}

    @app.get("/milestones", response_class=HTMLResponse, summary="The milestone ledger of a dyad")
    def milestones_html(request: Request, dyad: Text = None, track: MsTrack = None) -> Response:
        data = milestones_data(dyad, track)
        qs = _query_string({"dyad": data["dyad"], "track": track})
        return web.page(request, "milestones.html", data=data, json_url=f"/milestones.json?{qs}")

    @app.get("/milestones.json", summary="The milestone ledger as JSON")
    def milestones_json(dyad: Text = None, track: MsTrack = None) -> dict[str, Any]:
        return milestones_data(dyad, track)

    # -- policy periods by paradigm ---------------------------------------------------------------------------
    def paradigms_data() -> dict[str, Any]:
        from detente.ingest.bundled import bundled_policy_periods
        from detente.judge.paradigms import paradigms_from_store

        pair = Dyad.parse("USA-PRK")

        def compute(store: Store) -> dict[str, Any]:
            with web.heavy:
                rec = paradigms_from_store(store, pair, bundled_policy_periods())
            return rec.to_dict()

        _, data = web.cached(("paradigms",), compute)
        return cast(dict[str, Any], data)

    @app.get("/paradigms", response_class=HTMLResponse, summary="US policy toward the DPRK by paradigm")
    def paradigms_html(request: Request) -> Response:
        return web.page(request, "paradigms.html", data=paradigms_data(), json_url="/paradigms.json")

    @app.get("/paradigms.json", summary="Policy periods by paradigm, the comparison and its limits, as JSON")
    def paradigms_json() -> dict[str, Any]:
        return paradigms_data()

    # -- simulate -------------------------------------------------------------------------------------------
    def run_simulation(params: SimulationParams) -> Page:
        def compute() -> Page:
            with web.heavy:
                return _simulation_page(params)

        return web.simulations.get_or_compute(params, compute)

    @app.get("/simulate", response_class=HTMLResponse, summary="Simulate: the negotiation model, as a form")
    def simulate_html(request: Request, params: SimArgs) -> Response:
        ran = bool(request.query_params)
        page = run_simulation(params) if ran else None
        qs = _query_string({f: getattr(params, f) for f in SimulationParams.__dataclass_fields__})
        return web.page(request, "simulate.html", params=params, choices=SimulationParams.choices(),
                        data=page.data if page else {}, charts=page.charts if page else {},
                        charts_script=page.charts_script if page else None, ran=ran,
                        json_url=f"/simulate.json?{qs}")

    @app.get("/simulate.json", summary="Simulate as JSON (results cached by parameters and seed)")
    def simulate_json(params: SimArgs) -> Response:
        return RawJSON(run_simulation(params).json)

    # -- store status ---------------------------------------------------------------------------------------
    def status_data() -> dict[str, Any]:
        snap, data = web.cached(("status",), status_view)
        mgr = web.snapshots
        return {**data, "store_file": mgr.source.name,
                "snapshot": {"generation": snap.generation, "taken": snap.taken.isoformat(timespec="seconds"),
                             "last_error": mgr.last_error, "failed_refreshes": mgr.failures}}

    @app.get("/status", response_class=HTMLResponse, summary="Store status: datasets, ingest runs, quarantine")
    def status_html(request: Request) -> Response:
        return web.page(request, "status.html", data=status_data(), json_url="/status.json")

    @app.get("/status.json", summary="Store status as JSON")
    def status_json() -> dict[str, Any]:
        return status_data()

    # -- API docs (rendered here from the OpenAPI schema: no script from elsewhere) ---------------------------
    @app.get("/api", response_class=HTMLResponse, summary="The JSON API, from its OpenAPI schema")
    def api_html(request: Request) -> Response:
        schema = app.openapi()
        routes = []
        for path, ops in schema.get("paths", {}).items():
            for method, op in ops.items():
                params = [{"name": p["name"], "required": p.get("required", False),
                           "description": p.get("description", ""),
                           "schema": json.dumps(p.get("schema", {}), sort_keys=True)}
                          for p in op.get("parameters", [])]
                routes.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "params": params})
        return web.page(request, "api.html", routes=routes, json_url="/openapi.json")


def _quote(key: str) -> str:
    from urllib.parse import quote

    return quote(key, safe="")
