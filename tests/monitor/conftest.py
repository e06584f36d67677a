"""Fixtures for the world monitor: the recorded GDELT 2.0 feed served through an httpx transport, and the ICEWS
dyads fixture."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from monitor_data import MONITOR, FeedMaker, RecordedFeed

from detente.ingest import Downloader
from detente.ingest._feed import GdeltFeed


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
