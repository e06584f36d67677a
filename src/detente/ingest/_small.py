"""Small inputs loaded together: the files of one folder read in Python, normalised by one statement and stored
in one transaction (:func:`detente.store.ingest_files`), one ingest run per file.

Each file costs a transaction and a few statements on its own path, which is nothing for a large file and
everything for a one-row one: a folder of 10,000 one-row files took twelve minutes. Consecutive small files of
a folder that share a layout are gathered into one batch instead (up to :data:`BATCH_BYTES`); their lines
are split by the byte scan's own rule (:mod:`detente.ingest._lines`), so every data line is stored, a duplicate
or quarantined, with its true line number, as on the file-by-file path.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from detente.errors import FormatError
from detente.ingest._inputs import column_positions, first_line
from detente.ingest._layouts import Layout, detect_layout
from detente.ingest._lines import (
    LINE_LIMIT,
    LONG_PREFIX,
    Plain,
    bomb,
    inflate_limit,
    invalid_utf8_reason,
    long_line_reason,
)
from detente.ingest._normalise import WRONG_COUNT, normalise_sql, raw_columns
from detente.store import FileInput

__all__ = ["BATCH_BYTES", "SMALL_FILE", "SmallFile", "batches", "read_small", "rows_sql"]

#: files up to this size (on disk) are loaded together with their neighbours
SMALL_FILE = 256 << 10
#: the most bytes (on disk) one batch reads (a folder of more small files is loaded in several)
BATCH_BYTES = 32 << 20


@dataclass
class SmallFile:
    """A small input, its layout, and what reading it found."""

    path: Path
    name: str
    layout: Layout
    columns: dict[str, int]
    n_fields: int
    data: FileInput = field(init=False)

    @property
    def key(self) -> tuple[object, ...]:
        """What files must share to be normalised by one statement."""
        return (self.path.parent, self.layout.name, self.n_fields, tuple(sorted(self.columns.items())))


def small_file(path: Path, dataset: str, first: str | None = None) -> SmallFile | None:
    """``path`` as a :class:`SmallFile` (``first``: its first line, when it was read already), or None when it
    goes the file-by-file way (a large file, a zip, GDELT Mentions, which are linked to stored events)."""
    if path.name.lower().endswith(".zip") or path.stat().st_size > SMALL_FILE:
        return None
    plain = Plain(path, str(path), None)
    first = first_line(plain, dataset) if first is None else first
    layout = detect_layout(first, dataset, where=plain.name)
    if layout.name == "gdelt2-mentions":
        return None
    columns = column_positions(layout, first, where=plain.name)
    n_fields = columns.pop("__n__")
    return SmallFile(path, plain.name, layout, columns, n_fields)


def batches(files: Sequence[Path], dataset: str, firsts: dict[Path, str] | None = None
            ) -> Iterator[list[SmallFile] | Path]:
    """``files`` in order, as either a batch of consecutive small files that share a folder and a layout (two or
    more), or a single path to load on its own (``firsts``: the files' first lines, read already)."""
    run: list[SmallFile] = []
    size = 0
    for path in files:
        small = small_file(path, dataset, (firsts or {}).get(path))
        if small is not None and (not run or (run[-1].key == small.key and size < BATCH_BYTES)):
            run.append(small)
            size += path.stat().st_size
            continue
        size = 0 if small is None else path.stat().st_size
        yield from _flush(run)
        run = []
        if small is None:
            yield path
        else:
            run = [small]
    yield from _flush(run)


def _flush(run: list[SmallFile]) -> Iterator[list[SmallFile] | Path]:
    if len(run) == 1:
        yield run[0].path
    elif run:
        yield run


def _inflate(small: SmallFile, limit: int) -> bytes:
    with gzip.open(small.path, "rb") as fh:
        data: bytes = fh.read(limit + 1)
    return data


def read_small(files: list[SmallFile]) -> pa.Table:
    """Read every file's lines (setting each file's :class:`FileInput`): a table of ``_name`` (the file),
    ``line`` and ``l`` for the lines the SQL normalises; lines over the size limit and lines that are not UTF-8
    are refused here, with their reason."""
    names: list[str] = []
    numbers: list[int] = []
    texts: list[str] = []
    for small in files:
        raw_bytes = small.path.read_bytes()
        checksum = hashlib.sha256(raw_bytes).hexdigest()
        if small.path.name.lower().endswith(".gz"):
            limit = inflate_limit(len(raw_bytes))
            try:
                raw_bytes = _inflate(small, limit)
            except (OSError, EOFError, zlib.error) as err:
                raise FormatError(f"{small.name}: the file is truncated or corrupt ({err}); nothing from it was "
                                  "stored; download it again") from err
            if len(raw_bytes) > limit:
                raise bomb(small.name, limit)
        entry = FileInput(small.name, checksum, 0)
        pieces = raw_bytes.split(b"\n")
        if pieces and not pieces[-1]:
            pieces.pop()  # the file's last line end
        for number, raw in enumerate(pieces, start=1):
            content = raw.rstrip(b"\r")
            if number < small.layout.first_row_line or not content:
                continue
            entry.data_lines += 1
            if len(raw) > LINE_LIMIT:
                entry.rejected.append((number, raw[:LONG_PREFIX].decode("utf-8", "backslashreplace"),
                                       long_line_reason(len(raw))))
                continue
            try:
                text = content.decode("utf-8")
            except UnicodeDecodeError:
                entry.rejected.append((number, content.decode("utf-8", "backslashreplace"),
                                       invalid_utf8_reason(content)))
                continue
            names.append(small.name)
            numbers.append(number)
            texts.append(text)
        small.data = entry
    return pa.table({"_name": pa.array(names, pa.string()), "line": pa.array(numbers, pa.int64()),
                     "l": pa.array(texts, pa.string())})


def rows_sql(files: list[SmallFile], table: str) -> str:
    """SQL normalising the lines of ``table`` (from :func:`read_small`) for :func:`detente.store.ingest_files`:
    the event fields, ``prov_file``, ``prov_row``, ``_reason`` (the column count filled in) and ``_raw``."""
    first = files[0]
    n = first.n_fields
    parts = ", ".join(f"_p[{i + 1}] AS {c}" for i, c in enumerate(raw_columns(n)))
    source = f"(SELECT {parts}, line, _name FROM (SELECT string_split(l, chr(9)) AS _p, line, _name FROM {table}))"
    normal = normalise_sql(first.layout, first.columns, source, n_fields=n, prov_file="", prov_file_column="_name")
    tabs = "(length(t.l) - length(replace(t.l, chr(9), '')) + 1)"
    return (f"SELECT r.* EXCLUDE (_reason), CASE WHEN r._reason = '{WRONG_COUNT}' THEN r._reason || ': ' || "
            f"{tabs} || ' tab-separated fields, expected {n}' ELSE r._reason END AS _reason, "
            f"CASE WHEN r._reason IS NOT NULL THEN t.l END AS _raw "
            f"FROM ({normal}) r JOIN {table} t ON t._name = r.prov_file AND t.line = r.prov_row")
