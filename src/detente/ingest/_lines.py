"""An input's lines as its bytes define them, independently of any CSV reader.

A line ends at ``\\n`` and nowhere else; the carriage returns that end it (``\\r\\n``) are not part of it, and a
carriage return anywhere else is a character of a field. A line is *empty* when nothing else is left, and a
*data line* when it is not empty and not the header. :func:`scan_lines` reads an input once and counts its data
lines; the ingest run records the count, and a run whose reader returned another number of rows is loaded
again through :func:`line_batches` (which splits lines by the same rule) or refused. Lines longer than
:data:`LINE_LIMIT` are quarantined, with their true line number, never held whole in memory.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

import pyarrow as pa

from detente.errors import FormatError

__all__ = [
    "LINE_LIMIT",
    "Plain",
    "Scan",
    "ScanCancelled",
    "bomb",
    "inflate_limit",
    "invalid_utf8_reason",
    "line_batches",
    "long_line_reason",
    "open_plain",
    "physical_lines",
    "scan_lines",
]

#: the longest line read as a row, in bytes without its "\n"; a longer line is quarantined
LINE_LIMIT = 1 << 20
#: how much of a line over the limit the quarantine keeps
LONG_PREFIX = 4096
#: the most a compressed input may expand: event files compress 5 to 15 times; far beyond is a decompression bomb
MAX_INFLATION = 200
#: inputs this small may expand further (a tiny test file of repeated rows compresses very well)
INFLATION_FLOOR = 64 << 20
_BLOCK = 1 << 22
_WINDOW = LINE_LIMIT // 2


@dataclass(frozen=True, slots=True)
class Plain:
    """One input as a file that can be read line by line: plain, or gzip."""

    path: Path  # a file DuckDB can read (plain or gzip)
    name: str  # what the user sees and the run records
    checksum: str | None  # None: the scan of the file's bytes computes it (plain files, read once)

    @property
    def gzipped(self) -> bool:
        return self.path.name.lower().endswith(".gz")


def inflate_limit(compressed: int) -> int:
    """The most bytes an input of ``compressed`` bytes may expand to."""
    return max(INFLATION_FLOOR, MAX_INFLATION * compressed)


def bomb(where: str, limit: int) -> FormatError:
    return FormatError(f"{where}: it expands past {limit:,} bytes, over {MAX_INFLATION} times its compressed size; "
                       "that is a decompression bomb, not an event file; nothing from it was stored")


def open_plain(plain: Plain) -> IO[bytes]:
    """The input's bytes (decompressed when it is gzip)."""
    if plain.gzipped:
        return cast(IO[bytes], gzip.open(plain.path, "rb"))
    return plain.path.open("rb")


def invalid_utf8_reason(raw: bytes) -> str:
    """The quarantine reason of a line that is not UTF-8: where its first bad byte is, and the byte."""
    try:
        raw.decode("utf-8")
        at = 0
    except UnicodeDecodeError as err:
        at = err.start
    return f"invalid UTF-8 (byte {at + 1} of the line: {raw[at:at + 1]!r})"


def long_line_reason(length: int) -> str:
    return (f"line longer than {LINE_LIMIT:,} bytes ({length:,} bytes); only its first {LONG_PREFIX:,} bytes "
            "are kept here")


@dataclass(frozen=True, slots=True)
class Scan:
    """What one pass over an input's bytes finds.

    ``lines``: every line, empty or not; ``empty``: the numbers of the empty lines; ``bad``: the lines that are
    not valid UTF-8 (number, bytes); ``long``: the lines over :data:`LINE_LIMIT` (number, first bytes,
    length); ``carriage_returns``: how many lines hold a carriage return that does not end them."""

    lines: int
    empty: tuple[int, ...]
    bad: tuple[tuple[int, bytes], ...]
    long: tuple[tuple[int, bytes, int], ...]
    carriage_returns: int
    sha256: str

    def data_lines(self, first_row_line: int) -> int:
        """The non-empty lines from ``first_row_line`` on: every one must be stored, a duplicate or quarantined."""
        before = sum(1 for n in range(1, min(first_row_line, self.lines + 1)) if n not in self.empty)
        return self.lines - len(self.empty) - before

    def skipped(self, first_row_line: int) -> list[int]:
        """The numbers of the data lines a CSV reader does not return as rows (invalid UTF-8, too long) and of the
        empty lines, sorted."""
        return sorted(n for n in (*self.empty, *(b[0] for b in self.bad), *(g[0] for g in self.long))
                      if n >= first_row_line)

    @property
    def needs_line_reader(self) -> bool:
        """Whether a CSV reader would split or drop lines here (a lone carriage return, a line over the limit)."""
        return bool(self.carriage_returns or self.long)


class ScanCancelled(Exception):
    """The scan was asked to stop (the ingest it served was interrupted or failed)."""


class _Lines:
    """The running state of :func:`scan_lines`."""

    def __init__(self) -> None:
        self.done = 0  # complete lines seen
        self.empty: list[int] = []
        self.bad: list[tuple[int, bytes]] = []
        self.long: list[tuple[int, bytes, int]] = []
        self.returns = 0

    def one(self, raw: bytes, length: int | None = None) -> None:
        """The next line (without its "\\n"; for a long line its first bytes and its ``length``)."""
        self.done += 1
        if length is not None or len(raw) > LINE_LIMIT:
            self.long.append((self.done, raw[:LONG_PREFIX], len(raw) if length is None else length))
            return
        content = raw.rstrip(b"\r")
        if not content:
            self.empty.append(self.done)
            return
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            self.bad.append((self.done, content))
            return
        if b"\r" in content:
            self.returns += 1

    def body(self, body: bytes) -> None:
        """A run of complete lines (``body`` ends with "\\n"): counted at memory speed when nothing is special."""
        valid = body.isascii()  # the common case, checked at memory speed
        if not valid:
            try:
                body.decode("utf-8")
                valid = True
            except UnicodeDecodeError:
                pass
        special = (not valid or b"\n\n" in body or b"\n\r" in body or body.startswith((b"\n", b"\r"))
                   or (b"\r" in body and body.count(b"\r") != body.count(b"\r\n"))
                   or _maybe_long(body))
        if not special:
            self.done += body.count(b"\n")
            return
        for raw in body.split(b"\n")[:-1]:
            self.one(raw)


def _maybe_long(body: bytes) -> bool:
    """Whether ``body`` may hold a line over the limit: any such line covers a whole aligned window of half the
    limit with no "\\n" in it, so one search per window tells (most end at the first few hundred bytes)."""
    if len(body) <= LINE_LIMIT:
        return False
    return any(body.find(b"\n", k, k + _WINDOW) < 0 for k in range(0, len(body) - _WINDOW + 1, _WINDOW))


def scan_lines(plain: Plain, *, cancel: threading.Event | None = None) -> Scan:
    """Count the input's lines and find those a CSV reader would skip, split or drop, in one streaming pass
    whose memory is bounded whatever the lines' length; with the input's SHA-256 (of its decompressed bytes).
    Setting ``cancel`` stops the scan within one block (:class:`ScanCancelled`)."""
    limit = inflate_limit(plain.path.stat().st_size) if plain.gzipped else None
    state = _Lines()
    digest = hashlib.sha256()
    read = 0
    carry = b""  # the line under way (at most LINE_LIMIT + 1 bytes)
    long_head: bytes | None = None  # the first bytes of a line under way that is over the limit
    long_length = 0
    try:
        with open_plain(plain) as fh:
            while block := fh.read(_BLOCK):
                if cancel is not None and cancel.is_set():
                    raise ScanCancelled(plain.name)
                read += len(block)
                if limit is not None and read > limit:
                    raise bomb(plain.name, limit)
                digest.update(block)
                start = 0
                if long_head is not None:
                    end = block.find(b"\n")
                    if end < 0:
                        long_length += len(block)
                        continue
                    state.one(long_head, long_length + end)
                    long_head, start = None, end + 1
                cut = block.rfind(b"\n", start) + 1
                if cut:
                    state.body(carry + block[start:cut])
                    carry = block[cut:]
                else:
                    carry += block[start:]
                if len(carry) > LINE_LIMIT:
                    long_head, long_length, carry = carry[:LONG_PREFIX], len(carry), b""
    except (OSError, EOFError, zlib.error) as err:
        raise FormatError(f"{plain.name}: the file is truncated or corrupt ({err}); nothing from it was stored; "
                          "download it again") from err
    if long_head is not None:
        state.one(long_head, long_length)
    elif carry:
        state.one(carry)
    return Scan(state.done, tuple(state.empty), tuple(state.bad), tuple(state.long), state.returns,
                digest.hexdigest())


def physical_lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes, int]]:
    """Each line of ``fh`` as (number from 1, bytes without the "\\n", length): a line over :data:`LINE_LIMIT`
    gives only its first :data:`LONG_PREFIX` bytes (the rest is read past, never held)."""
    number = 0
    while raw := fh.readline(LINE_LIMIT + 1):
        number += 1
        if raw.endswith(b"\n"):
            yield number, raw[:-1], len(raw) - 1
            continue
        if len(raw) <= LINE_LIMIT:  # the last line, without a "\n"
            yield number, raw, len(raw)
            return
        head, length = raw[:LONG_PREFIX], len(raw)
        while more := fh.readline(LINE_LIMIT):
            if more.endswith(b"\n"):
                length += len(more) - 1
                break
            length += len(more)
        yield number, head, length


def line_batches(plain: Plain, *, first_row_line: int, skip: set[int], rows: int) -> Iterator[pa.Table]:
    """The input's data lines (less the lines numbered in ``skip``), in batches of ``rows``: tables of ``line``
    (the physical line number) and ``l`` (the line's text, its ending carriage returns removed)."""
    numbers: list[int] = []
    texts: list[str] = []
    with open_plain(plain) as fh:
        for number, raw, length in physical_lines(fh):
            if number < first_row_line or number in skip or length > LINE_LIMIT:
                continue
            content = raw.rstrip(b"\r")
            if not content:
                continue
            numbers.append(number)
            texts.append(content.decode("utf-8", errors="replace"))
            if len(numbers) >= rows:
                yield pa.table({"line": pa.array(numbers, pa.int64()), "l": pa.array(texts, pa.string())})
                numbers, texts = [], []
    if numbers:
        yield pa.table({"line": pa.array(numbers, pa.int64()), "l": pa.array(texts, pa.string())})
