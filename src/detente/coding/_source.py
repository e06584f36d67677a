"""Bounded reads of one article: a file, standard input or a URL, never more than :data:`MAX_BYTES`.

The limit is enforced while reading: a file is read up to one byte past the limit, standard input likewise, and a
download stops as soon as its body passes the limit (a ``Content-Length`` over it is refused before the body is
read). A download has one deadline for the whole transfer (:data:`DEADLINE` seconds), not one per read: a server
that drips a byte a second is cut off when the deadline passes. Only regular files are read: a device
(``/dev/zero``), a FIFO or a socket is refused before it is opened for reading, so nothing blocks or runs forever.

The network goes through the ``httpx.Client`` handed in (tests pass one with a ``MockTransport``), and time through
the ``clock`` handed in (tests pass a fake one).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from detente.errors import FetchError, FormatError, InputError, SourceNotFound

if TYPE_CHECKING:
    import httpx

__all__ = ["DEADLINE", "MAX_BYTES", "Fetched", "decode", "fetch_url", "read_file", "read_stream"]

#: the largest article read (bytes); a bigger input is a corpus: use ``detente code``
MAX_BYTES = 2_000_000
#: seconds a download of one article may take in all
DEADLINE = 30.0
#: seconds one read of a download may wait for the server before it is given up
READ_TIMEOUT = 10.0
_CHUNK = 65_536


def _too_big(name: str, size: float, *, at_least: bool = False) -> InputError:
    amount = f"more than {MAX_BYTES / 1e6:.0f} MB" if at_least else f"{size / 1e6:.1f} MB"
    return InputError(
        f"{name} is {amount}; one article is {MAX_BYTES / 1e6:.0f} MB at most (to code a corpus use: detente code "
        f"{name if not name.startswith(('http', 'standard')) else 'FILE'})"
    )


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_BYTES`; anything else is refused with a clear error."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SourceNotFound(f"no file at {path}; pass an .html or .txt file, '-' for standard input, "
                             "or a URL") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}; check the path and its permissions") from None
    _check_kind(path, info.st_mode)
    if info.st_size > MAX_BYTES:
        raise _too_big(str(path), info.st_size)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO swapped in cannot block the open
    except OSError as exc:
        if exc.errno in (errno.ENXIO, errno.EWOULDBLOCK):
            raise InputError(f"{path} is a pipe (FIFO), not a file; save the article to a file first") from None
        raise InputError(f"cannot read {path}: {exc.strerror}; check the path and its permissions") from None
    with os.fdopen(fd, "rb") as handle:
        _check_kind(path, os.fstat(handle.fileno()).st_mode)
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_big(str(path), len(data), at_least=True)
    return data


def _check_kind(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise InputError(f"{path} is a folder; pass one article (to code a folder use: detente code {path})")
    if stat.S_ISFIFO(mode):
        raise InputError(f"{path} is a pipe (FIFO), not a file; save the article to a file first, or pipe it to "
                         "detente read -")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise InputError(f"{path} is a device, not a file; pass an .html or .txt file")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path} is not a regular file; pass an .html or .txt file")


def read_stream(stream: BinaryIO, *, name: str = "standard input") -> bytes:
    """At most :data:`MAX_BYTES` from ``stream`` (standard input): refused as soon as it holds more."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, MAX_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_BYTES:
            raise _too_big(name, total, at_least=True)
    return b"".join(chunks)


@dataclass(frozen=True)
class Fetched:
    """A downloaded page: its bytes, the content type the server gave, and the final URL after redirects."""

    data: bytes
    content_type: str
    url: str


def fetch_url(url: str, client: httpx.Client | None = None, *, deadline: float = DEADLINE,
              clock: Callable[[], float] = time.monotonic) -> Fetched:
    """Download one page, streaming: refused past :data:`MAX_BYTES` or past ``deadline`` seconds in all.

    ``client`` defaults to a new client (redirects followed, each read waiting at most :data:`READ_TIMEOUT` s);
    ``clock`` gives seconds (tests pass a fake clock).
    """
    import httpx

    owned = client is None
    http = client or httpx.Client(timeout=httpx.Timeout(READ_TIMEOUT, connect=READ_TIMEOUT), follow_redirects=True,
                                  headers={"User-Agent": "detente (news reader)"})
    start = clock()
    try:
        with http.stream("GET", url, timeout=min(READ_TIMEOUT, deadline)) as response:
            if response.status_code >= 400:
                raise FetchError(f"could not fetch {url}: HTTP {response.status_code}; save the page and pass the file")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BYTES:
                raise _too_big(url, int(declared))
            chunks: list[bytes] = []
            total = 0
            for chunk in response.iter_bytes():  # as the bytes arrive: a buffer would hide a slow drip
                chunks.append(chunk)
                total += len(chunk)
                if total > MAX_BYTES:
                    raise _too_big(url, total, at_least=True)
                if clock() - start > deadline:
                    raise FetchError(f"could not fetch {url}: the download took more than {deadline:.0f} s "
                                     f"({total:,} bytes so far); save the page and pass the file")
            return Fetched(b"".join(chunks), response.headers.get("content-type", ""), str(response.url))
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch {url}: {str(exc) or type(exc).__name__}; check the address or save the page "
                         "and pass the file") from None
    finally:
        if owned:
            http.close()


def decode(data: bytes, *, name: str = "input", content_type: str = "") -> str:
    """Text of ``data``, refusing empty, binary, oversized and undecodable input with a clear message.

    UTF-8 first (a BOM is dropped), then the charset the server or the page declares.
    """
    if not data or not data.strip():
        raise InputError(f"{name} is empty; pass a news page (.html), a text file (.txt) or a URL")
    if len(data) > MAX_BYTES:
        raise _too_big(name, len(data))
    head = data[:8192]
    if b"\x00" in head or sum(1 for b in head if b < 9 or 13 < b < 32) > len(head) // 100 + 1:
        raise FormatError(f"{name} is binary, not text; pass a news page (.html), a text file (.txt) or a URL")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = re.search(rb"charset=[\"']?([A-Za-z0-9_\-]+)", content_type.encode("latin-1", "replace") + b" "
                             + head)
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise FormatError(
            f"{name} is not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); convert it first, "
            "e.g. iconv -f latin1 -t utf-8"
        ) from None
