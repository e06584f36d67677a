"""A real Chromium drives the dashboard, and opens the HTML report from disk with the network cut.

Uses Debian's chromium (``/usr/bin/chromium``; CI installs it with apt-get), never a browser download. Outside CI
a machine without it skips these tests with the reason; in CI (``CI=true``) a missing chromium fails them.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from detente.config import Settings

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing in CI; .ci/run installs it with 'apt-get install -y chromium'")
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); the browser tests need it")


@pytest.fixture(scope="module")
def server(web_store: Path) -> Iterator[str]:
    """The dashboard over ``web_store`` on a free loopback port, served by uvicorn in a thread."""
    import uvicorn

    from detente.web import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(Settings(store=web_store))
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=30)
        sock.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A Chromium context with a fresh user-data folder."""
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), args=ARGS,
            headless=True, viewport={"width": 1280, "height": 900},
        )
        try:
            yield ctx
        finally:
            ctx.close()


class Watch:
    """The requests and console errors of one page."""

    def __init__(self, page: Any) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def check(self, base: str) -> None:
        assert not self.errors, self.errors
        outside = [u for u in self.requests if not u.startswith(base) and not u.startswith("data:")]
        assert not outside, f"requests left the server: {outside[:5]}"


@pytest.fixture
def page(context: Any, server: str) -> Iterator[tuple[Any, Watch]]:
    p = context.new_page()
    watch = Watch(p)
    try:
        yield p, watch
    finally:
        p.close()
    watch.check(server)


def _charts_drawn(p: Any, *names: str) -> None:
    for name in names:
        p.wait_for_selector(f"#chart-{name}[data-drawn=true] svg.main-svg", timeout=30_000)
        assert p.locator(f"#chart-{name} g.trace").count() > 0, f"chart {name} has no trace"


def test_overview(page: tuple[Any, Watch], server: str, shots: Path) -> None:
    p, _ = page
    p.goto(server + "/")
    _charts_drawn(p, "cxi", "tracks", "balance", "quadclass")
    verdict = p.locator("#verdict-text").inner_text()
    assert verdict.startswith("USA-PRK as of") and "coexistence" in verdict
    p.screenshot(path=str(shots / "1-overview.png"), full_page=True)


def test_switch_the_dyad(page: tuple[Any, Watch], server: str, shots: Path) -> None:
    p, _ = page
    p.goto(server + "/")
    p.select_option("#dyad-select", "KOR-PRK")
    p.fill("input[name=from]", "2015-01-01")
    p.click("#dyad-go")
    p.wait_for_url("**/dyad?dyad=KOR-PRK*")
    _charts_drawn(p, "balance", "quadclass")
    assert "Dyad explorer: KOR-PRK" in p.locator("h1.page").inner_text()
    assert p.locator("#dyad-select").input_value() == "KOR-PRK"
    p.screenshot(path=str(shots / "2-dyad.png"), full_page=True)


def test_filter_events_and_open_one(page: tuple[Any, Watch], server: str, shots: Path) -> None:
    p, _ = page
    p.goto(server + "/events")
    p.fill("#q", "summit")
    p.select_option("#track", "peace")
    p.click("#events-go")
    p.wait_for_url("**/events?*q=summit*")
    rows = p.locator("#events-table tbody tr")
    assert rows.count() > 0
    tracks = p.locator("#events-table tbody tr td:nth-child(6)").all_inner_texts()
    assert tracks and set(tracks) == {"peace"}
    assert "matching events" in p.locator("#events-count").inner_text()
    p.screenshot(path=str(shots / "3-events.png"), full_page=True)
    first = rows.first.locator("td a")
    date = first.inner_text()
    first.click()
    p.wait_for_selector("#provenance")
    assert date in p.locator("h2").first.inner_text()
    assert p.locator("text=dataset").count() > 0
    p.screenshot(path=str(shots / "4-event.png"), full_page=True)


def test_stored_script_does_not_run(page: tuple[Any, Watch], server: str) -> None:
    p, _ = page
    p.goto(server + "/events/probe-xss")
    p.wait_for_selector("#provenance")
    assert p.evaluate("window.__xss === undefined")


def test_run_a_simulation(page: tuple[Any, Watch], server: str, shots: Path) -> None:
    p, _ = page
    p.goto(server + "/simulate")
    p.select_option("#us", "grit")
    p.fill("#runs", "500")
    p.fill("#seed", "5")
    p.click("#simulate-go")
    p.wait_for_selector("#simulation-result")
    _charts_drawn(p, "paths")
    assert "grit vs reciprocator: 500 runs, seed 5" in p.locator("#simulation-result h2").inner_text()
    assert p.locator("#coexistence").inner_text().endswith(")")
    p.screenshot(path=str(shots / "5-simulate.png"), full_page=True)


def test_report_from_disk_draws_its_charts_offline(context: Any, web_store: Path, tmp_path: Path, shots: Path,
                                                   cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.html"
    store = tmp_path / "report.duckdb"
    shutil.copyfile(web_store, store)  # the report may write its store; the shared one stays as it is
    result = cli("report", "--store", str(store), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    blocked: list[str] = []

    def block(route: Any) -> None:
        if route.request.url == out.as_uri():  # the report file itself; anything else is cut
            route.continue_()
            return
        blocked.append(route.request.url)
        route.abort()

    p = context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.route("**/*", block)
    try:
        p.goto(out.as_uri())
        p.wait_for_selector("#chart-balance svg.main-svg", timeout=30_000)
        p.wait_for_selector("#chart-quadclass svg.main-svg", timeout=30_000)
        assert p.locator("#chart-balance g.trace").count() > 0
        assert p.locator("#chart-balance g.trace path").count() > 10, "the bars are drawn"
        p.locator("#chart-balance").screenshot(path=str(shots / "6-report-offline.png"))
    finally:
        p.close()
    assert not errors, errors
    assert not blocked, f"the report asked for something besides itself: {blocked[:5]}"
