"""Downloads through an injected :class:`httpx.Client`: cached on disk, resumable, retried with backoff,
checked against the size and MD5 the source publishes.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from detente.errors import FetchError

log = logging.getLogger(__name__)

__all__ = ["Downloader", "Missing", "RemoteFile"]

#: HTTP statuses worth another try (the server is busy or failing for now)
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """A file a source lists: where it is, and the size and MD5 it should have (when published)."""

    url: str
    name: str
    size: int | None = None
    md5: str | None = None


class Missing(FetchError):
    """The server says the file is not there (404/410): the list names a file that does not exist."""


def _md5(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Downloader:
    """Fetch files into ``cache_dir`` with resume (HTTP Range on a ``.part`` file), retries with exponential
    backoff (``backoff * 2**attempt`` seconds; ``sleep`` is injectable for tests) and size/MD5 checks."""

    def __init__(
        self,
        client: httpx.Client,
        cache_dir: Path,
        *,
        retries: int = 4,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.cache_dir = cache_dir
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep

    def text(self, url: str) -> str:
        """A small text resource (a file list), with the same retries."""
        for attempt in range(self.retries + 1):
            try:
                response = self.client.get(url)
            except httpx.TransportError as err:
                self._wait(attempt, url, str(err))
                continue
            if response.status_code in RETRY_STATUSES:
                self._wait(attempt, url, f"HTTP {response.status_code}")
                continue
            if response.status_code in (404, 410):
                raise Missing(f"{url} returned HTTP {response.status_code}; check the address or try later")
            if response.status_code >= 400:
                raise FetchError(f"{url} returned HTTP {response.status_code}; check the address or try later")
            return response.text
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, attempt: int, url: str, why: str) -> None:
        if attempt >= self.retries:
            raise FetchError(f"{url}: {why} after {self.retries + 1} attempts; try again later")
        delay = self.backoff * 2**attempt
        log.warning("%s: %s; retrying in %.1f s", url, why, delay)
        self.sleep(delay)

    def file(self, remote: RemoteFile, folder: str) -> Path:
        """The cached copy of ``remote`` (downloaded or resumed when absent), checked against its size and MD5.

        A copy whose MD5 does not match is downloaded once more from scratch; a second mismatch raises
        :class:`FetchError`. A 404 raises :class:`Missing`.
        """
        target = self.cache_dir / folder / remote.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and self._valid(target, remote) is None:
            return target
        target.unlink(missing_ok=True)
        problem: str | None = None
        for _fresh in range(2):
            part = self._fetch(remote, target.with_name(target.name + ".part"))
            problem = self._valid(part, remote)
            if problem is None:
                part.replace(target)
                return target
            log.warning("%s: %s; downloading it again", remote.url, problem)
            part.unlink(missing_ok=True)
        raise FetchError(f"{remote.url}: {problem} (twice); the server's copy may be damaged; try again later")

    @staticmethod
    def _valid(path: Path, remote: RemoteFile) -> str | None:
        size = path.stat().st_size
        if remote.size is not None and size != remote.size:
            return f"received {size} bytes, the list says {remote.size}"
        if remote.md5 is not None:
            digest = _md5(path)
            if digest.lower() != remote.md5.lower():
                return f"MD5 {digest} does not match the published {remote.md5}"
        return None

    def _fetch(self, remote: RemoteFile, part: Path) -> Path:
        for attempt in range(self.retries + 1):
            have = part.stat().st_size if part.exists() else 0
            if remote.size is not None and have >= remote.size:
                return part
            headers = {"Range": f"bytes={have}-"} if have else {}
            try:
                with self.client.stream("GET", remote.url, headers=headers) as response:
                    if response.status_code in (404, 410):
                        raise Missing(f"{remote.url} returned HTTP {response.status_code}: the list names a file "
                                      "the server does not have")
                    if response.status_code in RETRY_STATUSES:
                        self._wait(attempt, remote.url, f"HTTP {response.status_code}")
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{remote.url} returned HTTP {response.status_code}")
                    mode = "ab" if response.status_code == 206 and have else "wb"
                    with part.open(mode) as fh:
                        for chunk in response.iter_bytes(1 << 20):
                            fh.write(chunk)
            except httpx.TransportError as err:  # dropped connection: resume from what arrived
                self._wait(attempt, remote.url, f"{type(err).__name__}: {err}")
                continue
            if remote.size is None or part.stat().st_size >= remote.size:
                return part
            self._wait(attempt, remote.url, f"connection closed after {part.stat().st_size} of {remote.size} bytes")
        return part
