"""The world view keeps its table per state of the store's data: a rewrite of the file that changes no row serves
the kept table, an ingest makes /world show the new rows, many requests at once compute the table once; and the
dashboard names each dyad one way."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")

from fastapi.testclient import TestClient
from jinja2 import Environment, PackageLoader, select_autoescape

import detente.web._world as web_world
from detente.config import Settings
from detente.model import Dyad, Event
from detente.store import Store
from detente.web import create_app
from detente.web._app import _Web
from detente.web._names import DyadNames
from detente.web._snapshot import SnapshotManager

HTML = {"accept": "text/html"}


class Counted:
    """world_from_store, counting its calls (and slowed down, to make requests meet)."""

    def __init__(self, delay: float = 0.0) -> None:
        self.calls = 0
        self.delay = delay
        self.real = web_world.world_from_store

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        time.sleep(self.delay)
        return self.real(*args, **kwargs)


def _generation(client: TestClient) -> int:
    return int(client.get("/status.json").json()["snapshot"]["generation"])


def _wait_for_snapshot(client: TestClient, after: int) -> None:
    """Until the dashboard serves a snapshot taken after generation ``after`` (it refreshes in the background)."""
    deadline = time.monotonic() + 60
    while _generation(client) <= after:
        assert time.monotonic() < deadline, "the dashboard did not take a new snapshot within 60 s"
        time.sleep(0.1)


@pytest.fixture
def changing(bundled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[
        tuple[TestClient, Path, Counted, _Web]]:
    counted = Counted()
    monkeypatch.setattr(web_world, "world_from_store", counted)
    path = tmp_path / "changing.duckdb"
    shutil.copyfile(bundled_store, path)
    app = create_app(Settings(store=path), check_every=0.0)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client, path, counted, app.state.web


def _pair(data: dict[str, Any], a: str, b: str) -> dict[str, Any] | None:
    return next((d for d in data["dyads"] if set(d["dyad"].split("-")) == {a, b}), None)


def test_the_table_is_kept_until_the_data_changes(changing: tuple[TestClient, Path, Counted, _Web]) -> None:
    client, path, counted, web = changing
    before = client.get("/world.json?country=ISL&size=500").json()
    assert counted.calls == 1 and web.world.computed == 1
    assert _pair(before, "ISL", "MLT") is None
    # the file changes and no row does: a new snapshot, the same table
    first = _generation(client)
    with Store.open(path) as s:
        s.cluster()
    _wait_for_snapshot(client, first)
    assert client.get("/world.json?country=ISL&size=500").json() == before
    assert counted.calls == 1 and web.world.computed == 1
    # an ingest: the next snapshot computes the table again, and /world shows the new dyad and its events
    second = _generation(client)
    day = dt.date(2019, 6, 3)
    with Store.open(path) as s:
        s.write_events([Event(day + dt.timedelta(days=i), "ISLGOV", "MLTGOV", "043", dataset="probe",
                              event_id=f"isl-mlt-{i}", summary=f"Visit {i}", quad_class=1, goldstein=2.8,
                              track="peace") for i in range(7)], dataset="probe", input="isl-mlt.csv")
    _wait_for_snapshot(client, second)
    after = client.get("/world.json?country=ISL&size=500").json()
    row = _pair(after, "ISL", "MLT")
    assert row is not None and row["events"] == 7 and row["dyad"] == "ISL-MLT"
    assert after["dyads_total"] == before["dyads_total"] + 1
    assert counted.calls == 2 and web.world.computed == 2
    page = client.get("/world?country=MLT", headers=HTML).text
    assert 'href="/dyad?dyad=ISL-MLT"' in page and page.count('<svg class="spark"') == len(_rows(page)) >= 1
    explorer = client.get("/dyad.json?dyad=MLT-ISL").json()
    assert explorer["dyad"] == "ISL-MLT" and explorer["events"] == 7


def _rows(page: str) -> list[str]:
    return re.findall(r'<tr(?: class="alerted")?><td class="muted">(\d+)</td>', page)


def test_many_requests_at_once_compute_the_table_once(bundled_store: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    counted = Counted(delay=0.5)
    monkeypatch.setattr(web_world, "world_from_store", counted)
    path = tmp_path / "once.duckdb"
    shutil.copyfile(bundled_store, path)
    manager = SnapshotManager(path)  # no warm-up: the requests find no table
    manager.start()
    env = Environment(loader=PackageLoader("detente.web", "templates"), autoescape=select_autoescape(default=True))
    views = web_world.WorldViews(Dyad.parse("USA-PRK"), web_world.row_template(env))
    got: list[web_world.WorldIndex] = []
    try:
        with manager.using() as snap:
            assert views.ready(snap) is None
            threads = [threading.Thread(target=lambda: got.append(views.of(snap))) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            assert views.ready(snap) is got[0]
    finally:
        manager.close()
    assert len(got) == 8 and all(g is got[0] for g in got)
    assert counted.calls == 1 and views.computed == 1


def test_filters_and_sorts_come_from_the_kept_table(client: TestClient) -> None:
    """Every sort and a country filter give the rows select_rows gives on the table, paged and ranked."""
    from detente.judge import select_rows

    web = client.app.state.web  # type: ignore[attr-defined]
    with web.snapshots.using() as snap:
        index = web.world.of(snap)
    names = {frozenset(r.countries): n for r, n in zip(index.table.rows, index.names, strict=True)}
    for sort in ("change", "cxi", "events"):
        for country in (None, "PRK", "USA"):
            data = client.get("/world.json", params={"sort": sort, "country": country, "size": 7,
                                                     "page": 2}).json()
            expected = select_rows(index.table.rows, sort=sort, country=country)
            assert data["matching"] == len(expected)
            assert [d["dyad"] for d in data["dyads"]] == [names[frozenset(r.countries)] for r in expected[7:14]]
            assert [d["rank"] for d in data["dyads"]] == list(range(8, 8 + len(data["dyads"])))
            assert data["alerts"] == sum(r.alert for r in expected)
    floor = client.get("/world.json?min_events=5&sort=events&size=500").json()
    assert floor["matching"] == sum(r.events >= 5 for r in index.table.rows)
    assert all(d["events"] >= 5 for d in floor["dyads"])


def test_one_name_per_dyad_everywhere(client: TestClient) -> None:
    """The configured dyad (USA-PRK, as the record writes it) is USA-PRK in the dropdown, the heading, the lists,
    the world table and the JSON twins, however a request writes it; other pairs alphabetically."""
    dyads = [d["dyad"] for d in client.get("/dyads.json").json()["dyads"]]
    assert "USA-PRK" in dyads and "PRK-USA" not in dyads and "CHN-JPN" in dyads
    overview = client.get("/", headers=HTML).text
    assert re.search(r"<h1[^>]*>Overview: USA-PRK</h1>", overview)
    assert re.search(r'<option value="USA-PRK" selected>USA-PRK \(', overview)
    assert "PRK-USA" not in overview
    for asked in ("PRK-USA", "usa-prk", "PRK/USA"):
        page = client.get(f"/dyad?dyad={asked}", headers=HTML).text
        assert "Dyad explorer: USA-PRK" in page and re.search(r'<option value="USA-PRK" selected>', page)
        assert client.get(f"/dyad.json?dyad={asked}").json()["dyad"] == "USA-PRK"
    assert client.get("/milestones.json?dyad=PRK-USA").json()["dyad"] == "USA-PRK"
    world = client.get("/world.json?country=PRK&size=500").json()
    names = [d["dyad"] for d in world["dyads"]]
    assert "USA-PRK" in names and "PRK-USA" not in names
    assert 'href="/dyad?dyad=USA-PRK"' in client.get("/world?country=PRK&size=500", headers=HTML).text


def test_names_rule() -> None:
    names = DyadNames.build(Dyad.parse("USA-PRK"), ["KOR-PRK", "PRK-KOR", "bad"])
    assert names.of("PRK", "USA") == "USA-PRK" and names.of("USA", "PRK") == "USA-PRK"
    assert names.of("PRK", "KOR") == "KOR-PRK" and names.of("NZL", "FRA") == "FRA-NZL"
    assert str(names.dyad(Dyad.parse("JPN-CHN"))) == "CHN-JPN"
    # the configured dyad wins over the ledger's order
    assert DyadNames.build(Dyad.parse("PRK-USA"), ["USA-PRK"]).of("USA", "PRK") == "PRK-USA"


def test_a_dyad_beyond_the_busiest_list_opens(web_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The world table links every dyad; the dropdown lists the busiest: a pair outside that list still opens
    when the store has events of it, and one without any is a 404."""
    import detente.web._app as web_app

    real = web_app.dyads_present
    monkeypatch.setattr(web_app, "dyads_present", lambda store: real(store, limit=1))
    with TestClient(create_app(Settings(store=web_store)), base_url="http://127.0.0.1") as client:
        assert [d["dyad"] for d in client.get("/dyads.json").json()["dyads"]] == ["USA-PRK"]
        assert client.get("/dyad.json?dyad=JPN-CHN").json()["dyad"] == "CHN-JPN"
        assert client.get("/dyad.json?dyad=ISL-MLT").status_code == 404
