"""Every page answers, and its JSON twin says the same as the store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.model import Dyad
from detente.store import EventQuery, Store

HTML = {"accept": "text/html"}

#: each HTML page and its JSON twin
TWINS = [
    ("/", "/index.json"),
    ("/dyad?dyad=KOR-PRK&from=2010-01-01", "/dyad.json?dyad=KOR-PRK&from=2010-01-01"),
    ("/dyads", "/dyads.json"),
    ("/events?q=summit&track=peace", "/events.json?q=summit&track=peace"),
    ("/events/probe-unicode", "/events/probe-unicode.json"),
    ("/milestones?track=peace", "/milestones.json?track=peace"),
    ("/simulate?runs=300&seed=3", "/simulate.json?runs=300&seed=3"),
    ("/status", "/status.json"),
    ("/api", "/openapi.json"),
]


@pytest.mark.parametrize(("page", "twin"), TWINS)
def test_every_page_has_a_json_twin_it_links_to(client: TestClient, page: str, twin: str) -> None:
    html = client.get(page, headers=HTML)
    assert html.status_code == 200, html.text[:300]
    assert html.headers["content-type"].startswith("text/html")
    data = client.get(twin)
    assert data.status_code == 200, data.text[:300]
    assert data.headers["content-type"].startswith("application/json")
    assert isinstance(data.json(), dict)
    link = re.search(r'id="json-link" href="([^"]+)"', html.text) or re.search(r'href="([^"]+)" id="json-link"',
                                                                                  html.text)
    link = link or re.search(r'<a class="json" href="([^"]+)"', html.text)
    assert link is not None, "the page links to its JSON twin"
    assert client.get(link.group(1).replace("&amp;", "&")).status_code == 200


def test_overview_shows_the_verdict_of_the_default_dyad(client: TestClient) -> None:
    data = client.get("/index.json").json()
    assert data["dyad"] == "USA-PRK"
    assert data["verdict"]["dyad"] == "USA-PRK"
    assert data["verdict"]["coexistent"] in (True, False, None)  # None: insufficient evidence
    assert data["verdict"]["evidence_state"] in ("sufficient", "insufficient")
    assert {"cxi", "tracks", "balance", "quadclass"} <= set(data["charts"])
    assert data["index"] and all(0 <= r["cxi"] <= 100 for r in data["index"] if r["cxi"] is not None)
    page = client.get("/", headers=HTML).text
    assert data["verdict"]["verdict"].splitlines()[0] in page.replace("&#39;", "'")
    charts = json.loads(re.search(r'<script type="application/json" id="charts-data">(.*?)</script>', page,
                                  re.S).group(1))  # type: ignore[union-attr]
    assert set(charts) == set(data["charts"])
    line = next(t for t in charts["cxi"]["data"] if t["name"] == "coexistence index")
    assert line["y"][-1] == data["index"][-1]["cxi"]
    band = next(t for t in charts["cxi"]["data"] if t["name"] == "CXI 80% interval")
    assert band["fill"] == "toself"  # the interval drawn as a band


def test_dyad_explorer_limits_the_period(client: TestClient, web_store: Path) -> None:
    data = client.get("/dyad.json", params={"dyad": "PRK-USA", "from": "2018-01-01", "to": "2018-12-31"}).json()
    assert data["dyad"] == "USA-PRK" and data["from"] == "2018-01-01" and data["to"] == "2018-12-31"
    with Store.open(web_store, read_only=True) as store:
        expected = store.count(EventQuery(dyad=Dyad.parse("USA-PRK"), start=data_day("2018-01-01"),
                                          end=data_day("2018-12-31")))
    assert data["events"] == expected > 0
    assert all("2018-01-01" <= m["date"] <= "2018-12-31" for m in data["milestones"])
    assert all(r["start"] >= "2018-01-01" and r["start"] <= "2018-12-31" for r in data["index"])
    assert data["verdict"]["as_of"] <= "2018-12-31"


def data_day(text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_dyads_lists_every_pair_in_the_store(client: TestClient, web_store: Path) -> None:
    dyads = {d["dyad"]: d["events"] for d in client.get("/dyads.json").json()["dyads"]}
    with Store.open(web_store, read_only=True) as store:
        usa_prk = store.count(EventQuery(dyad=Dyad.parse("USA-PRK")))
        chn_jpn = store.count(EventQuery(dyad=Dyad.parse("CHN-JPN")))
    assert dyads["USA-PRK"] == usa_prk
    assert dyads["CHN-JPN"] == chn_jpn == 1
    page = client.get("/dyad?dyad=CHN-JPN", headers=HTML)
    assert page.status_code == 200 and "CHN-JPN" in page.text


def test_events_pages_through_every_match_once(client: TestClient, web_store: Path) -> None:
    with Store.open(web_store, read_only=True) as store:
        total = store.count(EventQuery(tracks=("peace",)))
    seen: list[str] = []
    page = 1
    while True:
        data = client.get("/events.json", params={"track": "peace", "size": 200, "page": page}).json()
        assert data["total"] == total and not data["total_capped"]
        seen += [e["key"] for e in data["events"]]
        if page * 200 >= total:
            break
        page += 1
    assert len(seen) == len(set(seen)) == total
    dates = [e["date"] for e in client.get("/events.json", params={"track": "peace"}).json()["events"]]
    assert dates == sorted(dates, reverse=True)


def test_pages_are_slices_of_one_sort(client: TestClient, web_store: Path) -> None:
    """Small pages cut through days with many events: each page is exactly its slice of the full order."""
    with Store.open(web_store, read_only=True) as store:
        rows = store.events_arrow(EventQuery(tracks=("tension",))).to_pylist()
    rows.sort(key=lambda r: (r["dataset"], r["key"]))
    rows.sort(key=lambda r: r["date"], reverse=True)
    expected = [r["key"] for r in rows]
    got: list[str] = []
    for page in range(1, len(expected) // 7 + 2):
        data = client.get("/events.json", params={"track": "tension", "size": 7, "page": page}).json()
        got += [e["key"] for e in data["events"]]
        assert data["total"] == len(expected)
    assert got == expected
    beyond = client.get("/events.json", params={"track": "tension", "size": 7, "page": len(expected)}).json()
    assert beyond["events"] == [] and beyond["total"] == len(expected)


@pytest.mark.parametrize(("params", "check"), [
    ({"q": "调查 nothing-matches-this"}, lambda e: False),
    ({"q": "평화"}, lambda e: e["key"] == "probe-unicode"),
    ({"q": "100%_done"}, lambda e: e["key"] == "probe-unicode"),
    ({"q": "100%_d0ne"}, lambda e: False),  # % and _ are literal, not wildcards
    ({"code": "11"}, lambda e: e["code"].startswith("11")),
    ({"actor": "Kim Yo"}, lambda e: "Kim Yo" in ((e["source_name"] or "") + (e["target_name"] or ""))),
    ({"actor": "CHNGOV"}, lambda e: "CHNGOV" in (e["source"], e["target"])),
    ({"dataset": "probe"}, lambda e: e["dataset"] == "probe"),
    ({"track": ["peace", "tension"]}, lambda e: e["track"] in ("peace", "tension")),
    ({"dyad": "JPN-CHN"}, lambda e: {e["source"][:3], e["target"][:3]} == {"CHN", "JPN"}),
    ({"from": "2019-03-04", "to": "2019-03-04"}, lambda e: e["date"] == "2019-03-04"),
])
def test_events_filters(client: TestClient, params: dict[str, object], check) -> None:  # type: ignore[no-untyped-def]
    data = client.get("/events.json", params=params).json()  # type: ignore[arg-type]
    assert all(check(e) for e in data["events"]), data["events"][:3]
    assert data["total"] == len(data["events"]) or data["total"] > data["size"]
    if params.get("q") in ("평화", "100%_done") or "actor" in params or params.get("dataset"):
        assert data["events"], "the filter finds the events made for it"


def test_events_html_filters_and_pages(client: TestClient) -> None:
    page = client.get("/events", params={"track": "tension", "size": 10}, headers=HTML).text
    assert 'id="next"' in page and 'id="prev"' not in page
    nxt = re.search(r'href="/events\?([^"]+)" id="next"', page).group(1).replace("&amp;", "&")  # type: ignore[union-attr]
    assert "page=2" in nxt and "track=tension" in nxt and "size=10" in nxt
    second = client.get(f"/events?{nxt}", headers=HTML).text
    assert 'id="prev"' in second


def test_one_event_with_its_provenance(client: TestClient) -> None:
    data = client.get("/events/probe-xss.json").json()
    (record,) = data["records"]
    assert record["dataset"] == "probe" and record["prov_file"] == "probe.csv" and record["prov_row"] == 2
    assert record["run_input"] == "probe.csv" and record["run_checksum"] == "abc123" and record["run_status"] == "ok"
    page = client.get("/events/probe-xss", headers=HTML).text
    assert "Provenance" in page and "probe.csv, row 2" in page and "abc123" in page
    bundled = client.get("/events/1993-02-09-special-inspection-request.json").json()["records"][0]
    assert bundled["citation"] and bundled["prov_file"] == "us_dprk_events.csv"


def test_event_keys_with_reserved_characters_round_trip(client: TestClient) -> None:
    assert client.get("/events.json", params={"q": "visit between"}).json()["events"][0]["key"] == "probe/slash?x=1"
    assert client.get("/events/probe%2Fslash%3Fx%3D1.json").json()["key"] == "probe/slash?x=1"
    listing = client.get("/events", params={"q": "visit between"}, headers=HTML).text
    link = re.search(r'<a href="(/events/probe[^"]+)">', listing).group(1)  # type: ignore[union-attr]
    page = client.get(link, headers=HTML)
    assert page.status_code == 200 and "Event probe/slash?x=1" in page.text


def test_milestones_json_is_the_ledger(client: TestClient, web_store: Path) -> None:
    with Store.open(web_store, read_only=True) as store:
        peace = store.milestones(dyad=Dyad.parse("USA-PRK"), track="peace")
    data = client.get("/milestones.json", params={"track": "peace"}).json()
    assert [m["date"] for m in data["milestones"]] == [m.date.isoformat() for m in peace]
    assert all(m["track"] == "peace" for m in data["milestones"])
    assert client.get("/milestones.json", params={"dyad": "CHN-JPN"}).json()["milestones"] == []


def test_simulation_is_cached_by_parameters_and_seed(client: TestClient) -> None:
    a = client.get("/simulate.json", params={"runs": 400, "seed": 11, "us": "grit", "dprk": "hedger"}).json()
    b = client.get("/simulate.json", params={"seed": 11, "dprk": "hedger", "runs": 400, "us": "grit"}).json()
    c = client.get("/simulate.json", params={"runs": 400, "seed": 12, "us": "grit", "dprk": "hedger"}).json()
    assert a == b and a["summary"]["seed"] == 11 and a["summary"]["runs"] == 400
    assert c["summary"]["seed"] == 12 and c["paths"] != a["paths"]
    web = client.app.state.web  # type: ignore[attr-defined]
    assert len(web.simulations) >= 2
    page = client.get("/simulate", params={"runs": 400, "seed": 11, "us": "grit", "dprk": "hedger"},
                      headers=HTML).text
    assert 'id="simulation-result"' in page and f"{100 * a['summary']['coexistence']['value']:.1f}%" in page
    assert 'id="simulation-result"' not in client.get("/simulate", headers=HTML).text


def test_status_shows_datasets_runs_and_quarantine(client: TestClient) -> None:
    data = client.get("/status.json").json()
    assert {d["name"] for d in data["datasets"]} == {"bundled", "kcna", "probe"}
    assert any(r["input"] == "probe.csv" and r["quarantined"] == 1 for r in data["ingest_runs"])
    assert data["quarantine"] == [{"dataset": "probe", "input": "probe.csv", "line": 5,
                                   "raw": "not,a,valid,row <b>bold</b>", "reason": "too few columns"}]
    assert data["store_file"] == "web.duckdb" and data["snapshot"]["generation"] >= 1
    assert "/" not in data["store_file"]
    page = client.get("/status", headers=HTML).text
    assert "too few columns" in page and "&lt;b&gt;bold&lt;/b&gt;" in page


def test_openapi_documents_every_json_twin(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    for _, twin in TWINS[:-1]:
        path = twin.split("?")[0].replace("probe-unicode", "{key}")
        assert path in paths, path
    api = client.get("/api", headers=HTML).text
    assert "/events.json" in api and "from" in api


def test_static_assets_are_served_from_the_package(client: TestClient) -> None:
    js = client.get("/static/plotly.min.js")
    assert js.status_code == 200 and len(js.content) > 1_000_000 and b"plotly" in js.content[:2000].lower()
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    for page in ("/", "/events", "/simulate?runs=50"):
        html = client.get(page, headers=HTML).text
        assert not re.search(r'(src|href)="(https?:)?//', html), "no asset from another host"


def test_paradigms_page_and_twin_recompute_from_the_store(client: TestClient, web_store: Path) -> None:
    from detente.ingest.bundled import bundled_policy_periods
    from detente.judge.paradigms import paradigms_from_store

    pair = Dyad.parse("USA-PRK")
    with Store.open(web_store, read_only=True) as store:  # the record's periods with kcna beside them
        want = paradigms_from_store(store, pair, bundled_policy_periods()).to_dict()
    got = client.get("/paradigms.json").json()
    assert got["periods"] == want["periods"] and got["groups"] == want["groups"]
    page = client.get("/paradigms")
    assert page.status_code == 200
    assert 'href="/paradigms.json"' in page.text or "/paradigms.json" in page.text
    for g in want["groups"]:
        assert g["paradigm"] in page.text
    assert "cannot show" in page.text
