"""The GDELT 2.0 feed client: the last-update list, the master list's tail read by suffix ranges, and the
fallback when a server ignores ranges."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest
from monitor_data import BASE, FEED, FeedMaker, RecordedFeed

from detente.errors import FetchError
from detente.ingest import Downloader
from detente.ingest._feed import GdeltFeed, interval_stamps, parse_file_list, stamp_of


def test_the_last_update_list_names_export_and_mentions_not_gkg() -> None:
    files = parse_file_list((FEED / "lastupdate-20180602010000.txt").read_text())
    assert [(f.kind, f.name) for f in files] == [("export", "20180602010000.export.CSV.zip"),
                                                 ("mentions", "20180602010000.mentions.CSV.zip")]
    body = (FEED / "20180602010000.export.CSV.zip").read_bytes()
    assert files[0].remote.size == len(body) and files[0].stamp == dt.datetime(2018, 6, 2, 1, 0)


def test_malformed_lines_and_other_files_are_skipped() -> None:
    text = "\n".join([
        "not a line",
        f"12 {'a' * 32} {BASE}20180602010000.gkg.csv.zip",
        f"12 {'a' * 32} {BASE}20180602010000.translation.export.CSV.zip",
        f"x {'a' * 32} {BASE}20180602010000.export.CSV.zip",
        f"12 nothex {BASE}20180602010000.export.CSV.zip",
        f"12 {'A' * 32} {BASE}20180602011500.export.CSV.zip",
    ])
    [only] = parse_file_list(text)
    assert only.name == "20180602011500.export.CSV.zip" and only.remote.md5 == "a" * 32
    assert stamp_of("x/20180602011500.gkg.csv.zip") is None


def test_interval_stamps_step_by_fifteen_minutes() -> None:
    start = dt.datetime(2018, 6, 2, 0, 0)
    assert interval_stamps(start, start) == []
    assert interval_stamps(start, dt.datetime(2018, 6, 2, 0, 45))[-1] == dt.datetime(2018, 6, 2, 0, 45)
    assert len(interval_stamps(start, dt.datetime(2018, 6, 2, 1, 0))) == 4


def test_latest_is_the_newest_interval(recorded: RecordedFeed, make_feed: FeedMaker) -> None:
    recorded.next_cycle()
    latest = make_feed(recorded).latest()
    assert latest.stamp == dt.datetime(2018, 6, 2, 0, 0) and [f.kind for f in latest.files] == ["export", "mentions"]


def test_between_reads_only_the_tail_growing_it_until_it_reaches_back(recorded: RecordedFeed,
                                                                      make_feed: FeedMaker) -> None:
    feed = make_feed(recorded)
    found = feed.between(dt.datetime(2018, 6, 2, 0, 0), dt.datetime(2018, 6, 2, 0, 45))
    assert [i.stamp.strftime("%H%M") for i in found] == ["0015", "0030", "0045"]
    assert all(len(i.files) == 2 for i in found)
    assert recorded.ranges[0] == "bytes=-512" and len(recorded.ranges) >= 2  # doubled until it reached 00:00
    lo, hi = dt.datetime(2018, 6, 2, 0, 0), dt.datetime(2018, 6, 2, 0, 45)
    everything = [f for f in parse_file_list((FEED / "masterfilelist.txt").read_text()) if lo < f.stamp <= hi]
    assert [f for i in found for f in i.files] == everything


def test_a_server_without_ranges_is_read_as_a_stream(tmp_path: Path) -> None:
    master = (FEED / "masterfilelist.txt").read_bytes()

    def no_ranges(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=master)

    client = httpx.Client(transport=httpx.MockTransport(no_ranges))
    feed = GdeltFeed(client, tmp_path, downloader=Downloader(client, tmp_path, sleep=lambda s: None))
    found = feed.between(dt.datetime(2018, 6, 1, 23, 30), dt.datetime(2018, 6, 2, 0, 15))
    assert [i.stamp.strftime("%H%M") for i in found] == ["2345", "0000", "0015"]


def test_a_list_with_nothing_to_read_says_so(tmp_path: Path) -> None:
    client = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=b"\n")))
    feed = GdeltFeed(client, tmp_path, downloader=Downloader(client, tmp_path, sleep=lambda s: None))
    with pytest.raises(FetchError, match=r"lists no GDELT 2\.0 export file"):
        feed.latest()
    assert feed.between(dt.datetime(2018, 6, 2, 1), dt.datetime(2018, 6, 2, 0)) == []


def test_a_master_list_that_keeps_failing_raises_after_the_retries(tmp_path: Path) -> None:
    pauses: list[float] = []
    client = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(503)))
    feed = GdeltFeed(client, tmp_path, downloader=Downloader(client, tmp_path, sleep=pauses.append, retries=2))
    with pytest.raises(FetchError, match="HTTP 503 after 3 attempts"):
        feed.between(dt.datetime(2018, 6, 2, 0), dt.datetime(2018, 6, 2, 1))
    assert pauses == [1.0, 2.0]
