"""Fixtures for the world monitor: the recorded GDELT 2.0 feed served through an httpx transport, and the ICEWS
dyads fixture."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from monitor_data import MONITOR, FeedMaker, RecordedFeed

from detente.ingest import Downloader
from detente.ingest._feed import GdeltFeed
from detente.store import Store


@pytest.fixture
def recorded() -> RecordedFeed:
    return RecordedFeed()


@pytest.fixture
def make_feed(tmp_path: Path) -> FeedMaker:
    def make(transport: RecordedFeed) -> GdeltFeed:
        client = httpx.Client(transport=httpx.MockTransport(transport))
        return GdeltFeed(client, tmp_path / "cache",
                         downloader=Downloader(client, tmp_path / "cache" / "downloads", sleep=lambda s: None),
                         tail_bytes=512)

    return make


@pytest.fixture
def icews_dyads() -> Path:
    return MONITOR / "icews_dyads_2018.tab"


@pytest.fixture
def store(tmp_path: Path, bundled_store: Path) -> Iterator[Store]:
    """A copy of a store holding the bundled record (its US-DPRK history is what the alerts compare against)."""
    path = tmp_path / "watch.duckdb"
    shutil.copyfile(bundled_store, path)
    with Store.open(path) as s:
        yield s
