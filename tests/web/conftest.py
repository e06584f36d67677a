"""Fixtures for the dashboard: a store with the bundled record plus a hostile little dataset, and the app."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")

from fastapi.testclient import TestClient

from detente.config import Settings
from detente.model import Event
from detente.store import Store
from detente.web import create_app

#: text a hostile source could put into the store: each must come out escaped, never as markup or script
XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'


def hostile_events() -> list[Event]:
    """A few events of a second dataset, "probe": odd text, a javascript: URL, unicode, another dyad."""
    day = dt.date(2019, 3, 4)
    return [
        Event(day, "USAGOV", "PRKGOV", "036", dataset="probe", event_id="probe-xss", summary=f"Probe {XSS}",
              url="javascript:alert(1)", citation="probe citation", track="peace", quad_class=1, goldstein=4.0,
              prov_file="probe.csv", prov_row=2),
        Event(day, "PRKGOV", "USAGOV", "112", dataset="probe", event_id="probe-unicode",
              summary="조선 statement: 평화 – “peace” ✓ and 100%_done", track="tension", quad_class=3,
              goldstein=-2.0, source_name="Kim Yo Jong", prov_file="probe.csv", prov_row=3),
        Event(dt.date(2020, 1, 2), "CHNGOV", "JPNGOV", "042", dataset="probe", event_id="probe/slash?x=1",
              summary="A visit between two other countries.", track="other", quad_class=1, goldstein=1.9,
              prov_file="probe.csv", prov_row=4),
    ]


@pytest.fixture(scope="session")
def web_store(bundled_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled record plus the "probe" dataset and one quarantined row (read it; don't write to it)."""
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    shutil.copyfile(bundled_store, path)
    with Store.open(path) as store, store.ingest(input="probe.csv", dataset="probe", checksum="abc123") as run:
        events = hostile_events()
        run.count_read(len(events) + 1)
        run.add(events)
        run.reject(5, "not,a,valid,row <b>bold</b>", "too few columns")
    return path


@pytest.fixture(scope="module")
def client(web_store: Path) -> Iterator[TestClient]:
    """The app over ``web_store``, driven in-process (base URL on loopback, as the Host guard requires)."""
    app = create_app(Settings(store=web_store))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c
