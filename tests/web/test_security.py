"""Hostile input in every parameter: a 4xx JSON error or a safe result, never a 5xx, a trace or injected markup."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'  # as in conftest

#: every route that takes parameters, with the parameters it takes
ROUTES: dict[str, tuple[str, ...]] = {
    "/events.json": ("q", "track", "code", "actor", "dataset", "dyad", "from", "to", "page", "size"),
    "/events": ("q", "track", "code", "actor", "dataset", "dyad", "from", "to", "page", "size"),
    "/dyad.json": ("dyad", "from", "to"),
    "/dyad": ("dyad", "from", "to"),
    "/milestones.json": ("dyad", "track"),
    "/milestones": ("dyad", "track"),
    "/simulate.json": ("us", "dprk", "runs", "rounds", "continuation", "noise", "seed"),
    "/simulate": ("us", "dprk", "runs", "rounds", "continuation", "noise", "seed"),
}

PAYLOADS = [
    "' OR 1=1 --",
    "x'); DROP TABLE events; --",
    "1; SELECT * FROM ingest_runs",
    "%' UNION SELECT key FROM events --",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "/etc/passwd",
    "file:///etc/passwd",
    XSS,
    "9" * 400,
    "-1",
    "1e308",
    "NaN",
    "x" * 5000,
    "북한 평화 ☮ \u202e\u200b",
    "\x00",
    "%00",
    "{{7*7}}",
    "${jndi:ldap://x}",
]

TRACE_MARKERS = ("Traceback", 'File "', "duckdb.", "Error:", "/site-packages/", "src/detente")


def _check(response, where: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code < 500, f"{where}: {response.status_code} {response.text[:300]}"
    body = response.text
    for marker in TRACE_MARKERS:
        assert marker not in body, f"{where}: the answer shows {marker!r}"
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/json"), where
        data = response.json()
        assert data["status"] == response.status_code and isinstance(data["error"], str)
        assert len(body) < 5000, f"{where}: the error echoes the input"
    if response.headers["content-type"].startswith("text/html"):
        assert "<script>window.__xss" not in body and "onerror=" not in body.replace("onerror=&#34;", "")


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_every_parameter_refuses_or_survives_hostile_values(client: TestClient, route: str) -> None:
    for name in ROUTES[route]:
        for payload in PAYLOADS:
            _check(client.get(route, params={name: payload}), f"{route}?{name}={payload[:30]!r}")


@pytest.mark.parametrize("route", ["/events", "/events.json"])
def test_repeated_and_huge_parameters(client: TestClient, route: str) -> None:
    _check(client.get(route, params=[("track", "peace")] * 50), "50 tracks")
    _check(client.get(route, params=[("dataset", f"d{i}") for i in range(100)]), "100 datasets")
    _check(client.get(route, params={"page": str(10**30)}), "huge page")
    _check(client.get(route, params={"page": 100_000, "size": 200}), "deep page")
    _check(client.get(route, params={"size": 10**6}), "huge size")
    _check(client.get(route, params={"q": " ".join(["a"] * 60)}), "many words")
    _check(client.get(route + "?q=%ff%fe"), "invalid utf-8")
    _check(client.get(route + "?from=2019-02-30"), "impossible date")
    _check(client.get(route + "?from=2020-01-01&to=2019-01-01"), "reversed period")


def test_sql_in_the_search_is_text(client: TestClient) -> None:
    for q in ("' OR 1=1 --", "%", "_", "\\"):
        data = client.get("/events.json", params={"q": q}).json()
        assert all(q.lower() in " ".join(str(v) for v in e.values()).lower() for e in data["events"]), q
    assert client.get("/events.json", params={"q": "' OR 1=1 --"}).json()["total"] == 0
    assert client.get("/events.json", params={"actor": "' OR '1'='1"}).json()["total"] == 0
    assert client.get("/status.json").json()["events"] > 800, "nothing was dropped"


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd",
    "/static/..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/_app.py",
    "/static/style.css%00.js",
    "/events/..%2f..%2fetc%2fpasswd",
    "/events/" + "k" * 5000,
    "/events/%00",
    "/events/%27%20OR%201%3D1%20--.json",
    "/events/" + "é" * 300 + ".json",
    "/dyad.json/../../etc/passwd",
    "/..%2f..%2fetc/passwd",
])
def test_paths_never_reach_a_file(client: TestClient, path: str) -> None:
    response = client.get(path)
    _check(response, path)
    assert response.status_code in (400, 404, 422)
    assert "root:" not in response.text


def test_errors_are_one_line_json_with_a_4xx(client: TestClient) -> None:
    r = client.get("/events.json", params={"page": 0})
    assert r.status_code == 422 and r.json()["error"].startswith("query.page")
    r = client.get("/dyad.json", params={"dyad": "USA"})
    assert r.status_code == 400 and "USA-PRK" in r.json()["error"]
    r = client.get("/dyad.json", params={"dyad": "ABC-XYZ"})
    assert r.status_code == 404
    r = client.get("/nowhere")
    assert r.status_code == 404 and r.json()["status"] == 404
    r = client.post("/events.json")
    assert r.status_code == 405 and r.json()["status"] == 405
    browser = client.get("/events.json?page=0", headers={"accept": "text/html"})
    assert browser.headers["content-type"].startswith("application/json"), "a .json URL always answers JSON"
    page = client.get("/events?page=0", headers={"accept": "text/html"})
    assert page.status_code == 422 and 'id="error-message"' in page.text


def test_stored_markup_is_escaped_and_script_urls_are_not_links(client: TestClient) -> None:
    for path in ("/events?dataset=probe", "/events/probe-xss", "/dyad?dyad=PRK-USA&from=2019-03-01&to=2019-03-31"):
        page = client.get(path, headers={"accept": "text/html"}).text
        assert "<script>window.__xss" not in page and "<img src=x" not in page
    event = client.get("/events/probe-xss", headers={"accept": "text/html"}).text
    assert "&lt;script&gt;window.__xss" in event
    assert 'href="javascript:' not in event and "javascript:alert(1)" in event


def test_security_headers(client: TestClient) -> None:
    r = client.get("/", headers={"accept": "text/html"})
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in \
        csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "server" not in {k.lower() for k in r.headers} or "uvicorn" not in r.headers.get("server", "")


def test_other_host_names_are_refused(client: TestClient) -> None:
    """A page on another site that resolves its name to 127.0.0.1 (DNS rebinding) gets no answer."""
    assert client.get("/status.json", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/status.json", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/status.json", headers={"host": "127.0.0.1:8000"}).status_code == 200


def test_unexpected_failures_answer_500_without_a_trace(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.web import _app

    def boom(*args: object, **kwargs: object) -> object:
        raise RuntimeError("secret internal detail /work/x.py")

    monkeypatch.setattr(_app, "status_view", boom)
    client.app.state.web.snapshots.current.cache._data.pop(("status",), None)  # type: ignore[attr-defined]
    with TestClient(client.app, base_url="http://127.0.0.1", raise_server_exceptions=False) as quiet:
        r = quiet.get("/status.json")
    assert r.status_code == 500
    assert r.json() == {"error": "internal error; the server log has the details", "status": 500}
    assert "secret" not in r.text and not re.search(r"Traceback|\.py", r.text)


def test_heavy_work_runs_two_at_a_time(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many different simulations at once: at most two compute together, the rest wait; all are answered."""
    import threading
    import time

    from detente.web import _app

    running = peak = 0
    lock = threading.Lock()
    real = _app._simulation_page

    def tracked(params):  # type: ignore[no-untyped-def]
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.1)
        try:
            return real(params)
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(_app, "_simulation_page", tracked)
    codes: list[int] = []
    threads = [threading.Thread(target=lambda s=seed: codes.append(
        client.get("/simulate.json", params={"runs": 20, "rounds": 12, "seed": 1000 + s}).status_code))
        for seed in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert codes == [200] * 6
    assert peak == 2
