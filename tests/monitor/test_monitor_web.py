"""The dashboard's world view: /world and /world.json over a store, ranked, filtered, paged, each dyad linked to
its explorer; the same rows as the world table; text from the store escaped."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")

from fastapi.testclient import TestClient
from monitor_data import MONITOR

from detente.config import Settings
from detente.ingest import ingest_paths
from detente.judge import world_from_store
from detente.model import Event
from detente.store import Store
from detente.web import create_app
from detente.web._world import sparkline_svg

XSS = '<script>window.__xss = 1</script><img src=x onerror="alert(2)">'


@pytest.fixture(scope="module")
def world_client(bundled_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Path]]:
    icews_dyads = MONITOR / "icews_dyads_2018.tab"
    path = tmp_path_factory.mktemp("webworld") / "w.duckdb"
    shutil.copyfile(bundled_store, path)
    with Store.open(path) as s:
        ingest_paths(s, "icews", [icews_dyads])
        s.write_events([Event(dt.date(2018, 6, 2), "FRAGOV", "NZLGOV", "043", dataset="probe", event_id="p1",
                              summary=f"A visit {XSS}", quad_class=1, goldstein=2.8)], dataset="probe",
                       input="probe.csv")
    with TestClient(create_app(Settings(store=path)), base_url="http://127.0.0.1") as client:
        yield client, path


def test_world_json_is_the_world_table(world_client: tuple[TestClient, Path]) -> None:
    client, path = world_client
    data = client.get("/world.json?sort=name&size=500").json()
    with Store.open(path, read_only=True) as s:
        table = world_from_store(s, sort="name")
    assert data["dyads_total"] == table.dyads_total == len(data["dyads"]) >= 46
    # the bundled record makes the window decades long: each sparkline covers the 60 months up to its dyad's
    # latest month with a CXI (the window's last 60 would leave a dyad whose events end in 2018 without a line)
    assert len(table.periods) > 120 and data["spark_max"] == 60
    # the dashboard names USA-PRK as the record and the configured dyad do; the table, alphabetically
    theirs_by_pair = {frozenset(d["dyad"].split("-")): d for d in table.to_dict()["dyads"]}
    assert len(theirs_by_pair) == len(data["dyads"])
    for mine in data["dyads"]:
        theirs = theirs_by_pair[frozenset(mine["dyad"].split("-"))]
        expected = "USA-PRK" if theirs["dyad"] == "PRK-USA" else theirs["dyad"]
        assert mine["dyad"] == expected and mine["explorer"] == f"/dyad?dyad={expected}"
        i0, i1 = table.periods.index(mine["spark_from"]), table.periods.index(mine["spark_to"])
        assert mine["sparkline"] == theirs["sparkline"][i0:i1 + 1] and i1 - i0 + 1 == min(60, i1 + 1)
        latest = [i for i, v in enumerate(theirs["sparkline"]) if v is not None]
        assert i1 == (latest[-1] if latest else len(table.periods) - 1)
        assert ({k: v for k, v in mine.items()
                 if k not in ("rank", "explorer", "sparkline", "dyad", "spark_from", "spark_to")}
                == {k: v for k, v in theirs.items() if k not in ("sparkline", "dyad")})
    assert [d["dyad"] for d in data["dyads"]] == sorted(d["dyad"] for d in data["dyads"])
    assert [d["rank"] for d in data["dyads"]] == list(range(1, len(data["dyads"]) + 1))


def test_the_table_is_computed_once_per_snapshot(bundled_store: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The world table is computed in the warm-up and every request after it filters the kept table, whose
    sparklines are cut to the 60 periods the page draws (tests/web/test_world_cache.py: kept across snapshots
    of one data version)."""
    import detente.web._world as web_world

    calls: list[int] = []
    real = web_world.world_from_store

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(web_world, "world_from_store", counted)
    path = tmp_path / "once.duckdb"
    shutil.copyfile(bundled_store, path)
    with TestClient(create_app(Settings(store=path)), base_url="http://127.0.0.1") as client:
        for query in ("", "?sort=cxi", "?country=PRK", "?min_events=3&page=2"):
            assert client.get(f"/world.json{query}").status_code == 200
            assert client.get(f"/world{query}").status_code == 200
    assert len(calls) == 1
    with Store.open(path, read_only=True) as s:
        table = web_world.world_table_of(s)
    cut, spans = web_world.cut_sparklines(table)
    assert len(table.periods) > 120 and all(len(r.sparkline) <= 60 for r in cut.rows) and len(spans) == len(cut.rows)


def test_filters_sort_and_pages(world_client: tuple[TestClient, Path]) -> None:
    client, _ = world_client
    prk = client.get("/world.json?country=prk&sort=cxi").json()
    assert prk["matching"] == len(prk["dyads"]) >= 5 and all("PRK" in d["dyad"].split("-") for d in prk["dyads"])
    cxi = [d["cxi"] for d in prk["dyads"] if d["cxi"] is not None]
    assert cxi == sorted(cxi, reverse=True)
    first, second = (client.get(f"/world.json?sort=name&size=10&page={p}").json() for p in (1, 2))
    assert [d["rank"] for d in second["dyads"]] == list(range(11, 21))
    assert first["dyads"][-1]["dyad"] < second["dyads"][0]["dyad"]
    busy = client.get("/world.json?min_events=12&sort=events").json()
    assert all(d["events"] >= 12 for d in busy["dyads"])


@pytest.mark.parametrize(("query", "status", "message"), [
    ("sort=size", 400, "is not one of: change, cxi, events, name"),
    ("country=K1R", 400, "is not a three-letter country code"),
    ("size=501", 422, "size"),
    ("page=0", 422, "page"),
])
def test_bad_parameters_are_one_line_errors(world_client: tuple[TestClient, Path], query: str, status: int,
                                            message: str) -> None:
    client, _ = world_client
    r = client.get(f"/world.json?{query}")
    assert r.status_code == status and message in r.json()["error"]


def test_the_page_links_each_dyad_and_escapes_the_store(world_client: tuple[TestClient, Path]) -> None:
    client, _ = world_client
    page = client.get("/world?country=FRA", headers={"accept": "text/html"})
    assert page.status_code == 200 and 'href="/dyad?dyad=FRA-NZL"' in page.text
    assert "<script>window.__xss" not in page.text and "&lt;script&gt;window.__xss" in page.text
    assert page.text.count('<svg class="spark"') == len(re.findall(r'<tr( class="alerted")?>\s*<td class="muted">',
                                                                    page.text))
    everything = client.get("/world", headers={"accept": "text/html"}).text
    assert 'aria-current="page">World<' in everything and "/world.json" in everything


def test_sparkline_draws_only_numbers() -> None:
    svg = sparkline_svg([None, 20.0, 80.0, None, 100.0])
    assert svg.startswith('<svg class="spark"') and svg.count("<polyline") == 1 and 'aria-label="CXI, last 100"' in svg
    assert 'points="' in svg and "nan" not in svg
    assert "polyline" not in sparkline_svg([None, None])
