"""``detente serve``: the local dashboard (needs the ``web`` extra)."""

from __future__ import annotations

import ipaddress
import logging
from typing import Annotated

import typer

from detente.cli._common import StoreOption, err_console, literal, settings
from detente.errors import ConfigError, OptionalDependencyError

log = logging.getLogger(__name__)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind; loopback unless you say otherwise.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port to listen on.", min=1, max=65535)] = 8000,
    check_every: Annotated[float, typer.Option("--check-every", help="Seconds between looks at the store file "
                                                                     "for changes (a changed store is re-read).",
                                               min=0.1, max=3600)] = 1.0,
) -> None:
    """Serve the dashboard: overview, dyad explorer, events, milestones, simulator and store status, each page
    with a JSON twin (/events and /events.json) and OpenAPI docs at /api.

    The store is read through private read-only snapshots, so 'detente ingest' can write it meanwhile.

    Example: detente serve --port 8000   (then open http://127.0.0.1:8000/)
    """
    try:
        import uvicorn

        from detente.web import create_app
    except ImportError as err:
        missing = getattr(err, "name", None) or "fastapi"
        raise OptionalDependencyError(missing if missing in ("fastapi", "uvicorn", "jinja2") else "fastapi",
                                      "web", "detente serve") from None
    if not host.strip():
        raise ConfigError("--host is empty; pass an address such as 127.0.0.1")
    if not _is_loopback(host):
        err_console.print(f"warning: serving on {literal(host, markup=False)}, reachable from other machines; the "
                          "dashboard has no login (use 127.0.0.1 unless you mean it)", markup=False)
    s = settings(store)
    err_console.print(f"reading {literal(s.store, markup=False)} (a large store takes a while the first time)",
                      markup=False, highlight=False)
    app = create_app(s, host=host, check_every=check_every)
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    err_console.print(f"detente dashboard on http://{shown}:{port}/ (store {literal(s.store, markup=False)}); "
                      "Ctrl+C stops it", markup=False, highlight=False)
    uvicorn.run(app, host=host.strip("[]"), port=port, log_level="warning", access_log=False,
                server_header=False, proxy_headers=False)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
