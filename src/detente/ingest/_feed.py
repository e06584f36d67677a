"""GDELT 2.0's 15-minute feed: the last-update list, the intervals missed since a given one, and the files.

GDELT 2.0 publishes three files every 15 minutes (UTC): the event export, the mentions and the GKG, named by the
interval's stamp (``20180612000000.export.CSV.zip``). ``lastupdate.txt`` lists the newest interval's files, one
line each: size in bytes, MD5, URL. ``masterfilelist.txt`` lists every interval since February 2015 in the same
form, oldest first; it is large (over a million lines), so :meth:`GdeltFeed.between` reads only its tail with an
HTTP suffix range (``Range: bytes=-N``), doubling N until the tail reaches back far enough, and streams the whole
list line by line only when the server does not honour ranges. Only the export and mentions files are used.

All network goes through the :class:`httpx.Client` handed in; downloads go through
:class:`~detente.ingest.Downloader` (size and MD5 checked, resumed, retried). A client over
:class:`FolderTransport` reads a copy of the feed kept in a local folder instead (a mirror, or a recorded day
replayed), through the same code.

>>> stamp_of("http://data.gdeltproject.org/gdeltv2/20180612001500.export.CSV.zip")
datetime.datetime(2018, 6, 12, 0, 15)
>>> [line.kind for line in parse_file_list("1 a http://x/20180612001500.mentions.CSV.zip")]
['mentions']
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeAlias

import httpx

from detente.errors import FetchError
from detente.ingest._download import RETRY_STATUSES, Downloader, Missing, RemoteFile

log = logging.getLogger(__name__)

__all__ = ["FEED_KINDS", "INTERVAL", "FeedFile", "FeedInterval", "FeedKind", "FolderTransport", "GdeltFeed",
           "interval_stamps", "parse_file_list", "stamp_of"]

GDELT_V2 = "http://data.gdeltproject.org/gdeltv2/"
#: GDELT 2.0's update interval
INTERVAL = dt.timedelta(minutes=15)
FeedKind: TypeAlias = Literal["export", "mentions"]
#: the files of an interval the monitor reads, in the order they are ingested (mentions link to the events)
FEED_KINDS: tuple[FeedKind, ...] = ("export", "mentions")
_NAME = re.compile(r"(\d{14})\.(export|mentions)\.CSV\.zip$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedFile:
    """One file of the feed: its interval, its kind, and where it is with its published size and MD5."""

    stamp: dt.datetime
    kind: FeedKind
    remote: RemoteFile

    @property
    def name(self) -> str:
        return self.remote.name


@dataclass(frozen=True, slots=True)
class FeedInterval:
    """One 15-minute interval with the files the feed lists for it (a kind the list lacks is absent)."""

    stamp: dt.datetime
    files: tuple[FeedFile, ...]

    def file(self, kind: FeedKind) -> FeedFile | None:
        return next((f for f in self.files if f.kind == kind), None)


def stamp_of(name_or_url: str) -> dt.datetime | None:
    """The interval stamp in a GDELT 2.0 export or mentions file name (None for other files)."""
    m = _NAME.search(name_or_url)
    return dt.datetime.strptime(m.group(1), "%Y%m%d%H%M%S") if m else None


def parse_file_list(lines: Iterable[str]) -> list[FeedFile]:
    """The export and mentions files of a GDELT 2.0 file list (``size md5 url`` per line); other files (GKG,
    translations) and malformed lines are skipped."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    out: list[FeedFile] = []
    for line in lines:
        parts = line.split()
        if len(parts) != 3 or not parts[0].isdigit() or not re.fullmatch(r"[0-9a-fA-F]{32}", parts[1]):
            continue
        m = _NAME.search(parts[2])
        if m is None or "translation" in parts[2]:
            continue
        stamp = dt.datetime.strptime(m.group(1), "%Y%m%d%H%M%S")
        kind: FeedKind = "export" if m.group(2).lower() == "export" else "mentions"
        name = parts[2].rsplit("/", 1)[-1]
        out.append(FeedFile(stamp, kind, RemoteFile(parts[2], name, int(parts[0]), parts[1].lower())))
    return out


def _intervals(files: Iterable[FeedFile]) -> list[FeedInterval]:
    by_stamp: dict[dt.datetime, dict[str, FeedFile]] = {}
    for f in files:
        by_stamp.setdefault(f.stamp, {})[f.kind] = f
    return [FeedInterval(s, tuple(by_stamp[s][k] for k in FEED_KINDS if k in by_stamp[s]))
            for s in sorted(by_stamp)]


class FolderTransport(httpx.BaseTransport):
    """An HTTP transport that answers from a local folder holding a copy of the feed (``lastupdate.txt``,
    ``masterfilelist.txt`` and the interval files): any URL gets the folder's file named by the URL's last path
    segment, whole (ranges are not served, so the master list is read in full), or 404 when there is none.
    The lists keep GDELT's addresses; only the file names matter."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[-1]
        path = self.folder / name
        if request.method not in ("GET", "HEAD"):
            return httpx.Response(405, request=request)
        if not name or name.startswith(".") or not path.is_file():
            return httpx.Response(404, request=request)
        body = path.read_bytes()
        return httpx.Response(200, content=b"" if request.method == "HEAD" else body, request=request,
                              headers={"Content-Length": str(len(body))})


def interval_stamps(after: dt.datetime, until: dt.datetime) -> list[dt.datetime]:
    """Every interval stamp after ``after`` up to ``until`` (both on the 15-minute grid)."""
    out: list[dt.datetime] = []
    t = after + INTERVAL
    while t <= until:
        out.append(t)
        t += INTERVAL
    return out


class GdeltFeed:
    """The GDELT 2.0 feed through an injected client: what is newest, what was missed, and the files.

    ``tail_bytes`` is the first size of the master list's tail read to catch up (64 KB holds about 200 intervals,
    two days); it doubles until the tail reaches back far enough, up to ``max_tail_bytes``, after which the
    whole list is streamed.
    """

    def __init__(self, client: httpx.Client, cache_dir: Path, *, downloader: Downloader | None = None,
                 base: str = GDELT_V2, tail_bytes: int = 1 << 16, max_tail_bytes: int = 1 << 26) -> None:
        self.client = client
        self.base = base.rstrip("/") + "/"
        self.downloader = downloader or Downloader(client, cache_dir / "downloads")
        self.tail_bytes = tail_bytes
        self.max_tail_bytes = max_tail_bytes

    @property
    def last_update_url(self) -> str:
        return self.base + "lastupdate.txt"

    @property
    def master_url(self) -> str:
        return self.base + "masterfilelist.txt"

    def latest(self) -> FeedInterval:
        """The newest interval, from the last-update list."""
        text = self.downloader.text(self.last_update_url)
        found = _intervals(parse_file_list(text))
        if not found:
            raise FetchError(f"{self.last_update_url} lists no GDELT 2.0 export file; the feed may be paused, "
                             "try again later")
        return found[-1]

    def between(self, after: dt.datetime, until: dt.datetime) -> list[FeedInterval]:
        """The intervals the master list holds after ``after`` up to ``until`` (both ends on the grid)."""
        if until <= after:
            return []
        size = self.tail_bytes
        while size <= self.max_tail_bytes:
            tail = self._tail(size)
            if tail is None:
                break  # no range support: stream the whole list
            lines, whole = tail
            files = parse_file_list(lines)
            if whole or (files and files[0].stamp <= after):
                return [i for i in _intervals(files) if after < i.stamp <= until]
            size *= 2
        return [i for i in _intervals(f for f in parse_file_list(self._stream_lines()) if after < f.stamp <= until)]

    def _tail(self, size: int) -> tuple[list[str], bool] | None:
        """The complete lines of the master list's last ``size`` bytes, and whether that is the whole list;
        None when the server answers a range request with the whole list (it does not do ranges)."""
        for attempt in range(self.downloader.retries + 1):
            try:
                response = self.client.get(self.master_url, headers={"Range": f"bytes=-{size}"})
            except httpx.TransportError as err:
                self._pause(attempt, str(err))
                continue
            if response.status_code in RETRY_STATUSES:
                self._pause(attempt, f"HTTP {response.status_code}")
                continue
            if response.status_code in (404, 410):
                raise Missing(f"{self.master_url} returned HTTP {response.status_code}; check the feed address")
            if response.status_code == 416:  # the range covers the whole list
                return self._tail_whole()
            if response.status_code >= 400:
                raise FetchError(f"{self.master_url} returned HTTP {response.status_code}; try again later")
            if response.status_code == 200:
                return None
            lines = response.text.splitlines()
            total = _content_range_total(response.headers.get("content-range", ""))
            whole = total is not None and total <= size
            return (lines if whole else lines[1:]), whole  # the first line of a tail may be cut
        raise AssertionError("unreachable")  # pragma: no cover

    def _pause(self, attempt: int, why: str) -> None:
        d = self.downloader
        if attempt >= d.retries:
            raise FetchError(f"{self.master_url}: {why} after {d.retries + 1} attempts; try again later")
        log.warning("%s: %s; retrying in %.1f s", self.master_url, why, d.backoff * 2**attempt)
        d.sleep(d.backoff * 2**attempt)

    def _tail_whole(self) -> tuple[list[str], bool]:
        return self.downloader.text(self.master_url).splitlines(), True

    def _stream_lines(self) -> Iterator[str]:
        """The master list, line by line, without holding it in memory."""
        try:
            with self.client.stream("GET", self.master_url) as response:
                if response.status_code >= 400:
                    raise FetchError(f"{self.master_url} returned HTTP {response.status_code}; try again later")
                yield from response.iter_lines()
        except httpx.TransportError as err:
            raise FetchError(f"{self.master_url}: {err}; try again later") from err

    def download(self, file: FeedFile) -> Path:
        """The file on disk, its size and MD5 checked against the list (see :meth:`Downloader.file`)."""
        return self.downloader.file(file.remote, "gdelt-feed")


def _content_range_total(value: str) -> int | None:
    m = re.fullmatch(r"\s*bytes\s+\d+-\d+/(\d+)\s*", value)
    return int(m.group(1)) if m else None
