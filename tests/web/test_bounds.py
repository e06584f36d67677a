"""The work one request can cause is bounded: date ranges are clipped to the data (a range with no data is
refused with 400), and the per-snapshot cache is bounded by bytes, not only by entries.

``/dyad.json?dyad=USA-PRK&to=9999-12-31`` built 96,000 monthly points (42 MB, 6-8 s of CPU) and every distinct
far date kept about 170 MB in the cache, so a few hundred requests exhausted the machine.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.config import Settings
from detente.web import create_app
from detente.web._snapshot import Cache


@pytest.fixture
def fresh(web_store: Path) -> TestClient:
    """An app of its own (its cache starts empty)."""
    return TestClient(create_app(Settings(store=web_store)), base_url="http://127.0.0.1")


def _extent(client: TestClient) -> tuple[dt.date, dt.date]:
    data = client.get("/dyad.json", params={"dyad": "USA-PRK"}).json()
    return dt.date.fromisoformat(data["first"]), dt.date.fromisoformat(data["last"])


def _months(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month + 1


@pytest.mark.parametrize("far", [{"to": "9999-12-31"}, {"from": "0001-01-01"},
                                 {"from": "0001-01-01", "to": "9999-12-31"}])
def test_a_far_date_is_clipped_to_the_data(fresh: TestClient, far: dict[str, str]) -> None:
    with fresh:
        first, last = _extent(fresh)
        started = time.perf_counter()
        answer = fresh.get("/dyad.json", params={"dyad": "USA-PRK", **far})
        took = time.perf_counter() - started
        assert answer.status_code == 200, answer.text
        data = answer.json()
        assert len(data["index"]) <= _months(first, last) + 1
        assert len(answer.content) < 5_000_000
        assert data["from"] is None or dt.date.fromisoformat(data["from"]) >= first
        assert data["to"] is None or dt.date.fromisoformat(data["to"]) <= dt.date(last.year, last.month, 28) + \
            dt.timedelta(days=4)
        assert took < 60  # generous for a loaded machine; it took 6-8 s of CPU per request before


def test_distinct_far_dates_share_one_cache_entry(fresh: TestClient) -> None:
    with fresh:
        web = fresh.app.state.web  # type: ignore[attr-defined]
        fresh.get("/dyad.json", params={"dyad": "USA-PRK", "to": "9999-12-31"})
        cache = web.snapshots.current.cache
        before = len(cache)
        for year in (3000, 4000, 5000, 9998):
            assert fresh.get("/dyad.json", params={"dyad": "USA-PRK", "to": f"{year}-06-30"}).status_code == 200
            assert fresh.get("/dyad", params={"dyad": "USA-PRK", "to": f"{year}-06-30"}).status_code == 200
        assert len(cache) <= before + 1  # the HTML page once, the data shared with the first request


@pytest.mark.parametrize("outside", [{"from": "9000-01-01"}, {"to": "0900-01-01"},
                                     {"from": "0900-01-01", "to": "0900-12-31"}])
def test_a_range_without_data_is_refused_with_400(fresh: TestClient, outside: dict[str, str]) -> None:
    with fresh:
        first, last = _extent(fresh)
        for path in ("/dyad.json", "/dyad"):
            answer = fresh.get(path, params={"dyad": "USA-PRK", **outside},
                               headers={"accept": "application/json"})
            assert answer.status_code == 400, answer.text
            message = answer.json()["error"]
            assert str(first.year) in message and str(last.year) in message  # says where the data is


def test_the_cache_is_bounded_by_bytes() -> None:
    cache = Cache(size=1000, max_bytes=10_000)
    for i in range(50):
        cache.get_or_compute(("k", i), lambda i=i: b"x" * 3_000)
    assert cache.bytes <= 10_000
    assert len(cache) == 3
    assert cache.get_or_compute(("k", 49), lambda: b"recomputed") == b"x" * 3_000  # the newest stay
    big = cache.get_or_compute("big", lambda: b"y" * 50_000)  # larger than the whole cache: answered, not kept
    assert big == b"y" * 50_000 and "big" not in cache
    assert cache.bytes <= 10_000


def test_the_dashboard_cache_stays_within_its_byte_bound(fresh: TestClient) -> None:
    with fresh:
        web = fresh.app.state.web  # type: ignore[attr-defined]
        first, last = _extent(fresh)
        for year in range(max(first.year, 2000), min(last.year, 2024) + 1):
            fresh.get("/dyad.json", params={"dyad": "USA-PRK", "from": f"{year}-01-01", "to": f"{year}-12-31"})
        cache = web.snapshots.current.cache
        assert 0 < cache.bytes <= cache.max_bytes
