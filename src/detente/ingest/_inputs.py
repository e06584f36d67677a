"""The inputs an ingest reads: paths expanded into files, zip members extracted, each input's header decoded and
matched to a layout, and every input checked before anything is stored.

An input that cannot be used (unreadable, an encrypted zip member, a first line that matches no layout, a
header that names a column detente reads twice, UTF-16 text) raises a one-line :class:`InputError` before the
first input's run begins, so a command either stores its inputs or stores nothing of them.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import os
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, cast

from detente.errors import FormatError, InputError, SourceNotFound
from detente.ingest._layouts import Layout, _normal, detect_layout
from detente.ingest._lines import LINE_LIMIT, Plain, bomb, inflate_limit

__all__ = ["SUFFIXES", "check_inputs", "column_positions", "expand_paths", "first_line", "plain_inputs"]

#: file name endings the ingester reads when it walks a folder
SUFFIXES: tuple[str, ...] = (".csv", ".tab", ".tsv", ".txt", ".zip", ".gz")
#: header names that stand for a layout's column in some releases
_ALIASES = {"intensity": ("event intensity",)}


def _unreadable(path: Path | str, err: OSError) -> InputError:
    return InputError(f"cannot read {path}: {err.strerror or 'permission denied'}; check its permissions (or run "
                      "detente as a user who can read it)")


def _walk(folder: Path) -> list[Path]:
    """The event files under ``folder``; a subfolder that cannot be read is an error, not a silent gap."""
    hits: list[Path] = []
    pending = [folder]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):  # as os.walk: a linked folder is not entered
                    pending.append(Path(entry.path))
                elif entry.is_file() and entry.name.lower().endswith(SUFFIXES):
                    hits.append(Path(entry.path))
    return sorted(hits)


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files named by ``paths``: files as given, folders walked for event files, globs expanded; each file once
    (the same file named twice, or through a link, is read the first time). An unreadable folder is named here;
    :func:`check_inputs` opens every file."""
    out: list[Path] = []
    for raw in paths:
        text = str(raw)
        try:
            # a path that exists is taken as it is, even when its name holds a glob character ("events[1].csv")
            if any(ch in text for ch in "*?[") and not Path(text).expanduser().exists():
                hits = sorted(Path(h) for h in glob.glob(text, recursive=True) if Path(h).is_file())
                if not hits:
                    raise SourceNotFound(f"no file matches {text}; check the pattern (quote it so the shell keeps "
                                         "it)")
                out += hits
                continue
            p = Path(text).expanduser()
            if p.is_dir():
                hits = _walk(p)
                if not hits:
                    raise SourceNotFound(f"{p} holds no event files ({', '.join(SUFFIXES)}); name the files "
                                         "directly")
                out += hits
            elif p.is_file():
                out.append(p)
            else:
                raise SourceNotFound(f"no file or folder at {p}; check the path")
        except PermissionError as err:
            raise _unreadable(err.filename or text, err) from err
    seen: set[tuple[int, int]] = set()
    unique: list[Path] = []
    for p in out:
        st = p.stat()
        if (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            unique.append(p)
    return unique


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _copy_capped(src: Any, dst: Any, *, limit: int, where: str) -> None:
    """Copy a decompressing stream, refusing it once it passes ``limit`` bytes (a decompression bomb)."""
    written = 0
    while block := src.read(1 << 20):
        written += len(block)
        if written > limit:
            raise bomb(where, limit)
        dst.write(block)


def _is_zip(path: Path) -> bool:
    return path.name.lower().endswith(".zip")


def _members(path: Path, zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The archive's file members; an encrypted one is refused (detente has no password to read it with)."""
    members = [m for m in zf.infolist() if not m.is_dir()]
    for info in members:
        if info.flag_bits & 0x1:
            raise FormatError(f"{path}:{info.filename}: the zip member is encrypted (password-protected) and "
                              "detente cannot read it; extract it with its password and ingest the extracted "
                              "file; nothing from the archive was stored")
    if not members:
        raise FormatError(f"{path}: the zip archive is empty; nothing to ingest")
    return members


def _broken_zip(path: Path, err: Exception) -> FormatError:
    if isinstance(err, NotImplementedError):
        return FormatError(f"{path}: the zip archive uses a compression method detente cannot read ({err}); "
                           "unzip it with another tool and ingest the extracted files")
    return FormatError(f"{path}: the zip archive is truncated or corrupt ({err}); nothing from it was stored; "
                       "download it again")


_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)


@contextmanager
def plain_inputs(path: Path) -> Iterator[list[Plain]]:
    """The readable files inside ``path``: the file itself, or each member of a zip extracted to a temporary
    folder (removed afterwards). A corrupt or truncated archive raises :class:`FormatError`."""
    if not _is_zip(path):
        yield [Plain(path, str(path), sha256(path) if path.name.lower().endswith(".gz") else None)]
        return
    checksum = sha256(path)
    with tempfile.TemporaryDirectory(prefix="detente-ingest-") as tmp:
        plains: list[Plain] = []
        try:
            with zipfile.ZipFile(path) as zf:
                for i, info in enumerate(_members(path, zf)):
                    target = Path(tmp) / f"{i}-{Path(info.filename).name}"
                    with zf.open(info) as src, target.open("wb") as dst:
                        _copy_capped(src, dst, limit=inflate_limit(info.compress_size),
                                     where=f"{path}:{info.filename}")
                    plains.append(Plain(target, f"{path}:{info.filename}", f"{checksum}:{info.CRC:08x}"))
        except _ZIP_ERRORS as err:
            raise _broken_zip(path, err) from err
        yield plains


def _header(head: bytes, name: str, *, header: bool) -> str:
    """The first line of an input as text. A UTF-8 byte-order mark is read past; UTF-16 text is refused, and so
    is a header (``header``: the dataset's files have one) that is not UTF-8."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.startswith(b"\x1f\x8b"):
        raise FormatError(f"{name}: the file is gzip-compressed but its name does not end in .gz; rename it to end "
                          "in .gz and ingest it again")
    halves = max(1, len(head) // 4)
    marked = head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in head
    if marked or head[0::2].count(0) > halves or head[1::2].count(0) > halves:
        raise FormatError(f"{name}: the file is UTF-16 text, not UTF-8; save it as UTF-8 (tab-separated) and "
                          "ingest it again")
    nul = head.count(0)  # a NUL inside a field of a tab-separated line is data (stored as any other byte)
    if nul and (head.count(b"\t") < 2 or nul * 4 > len(head)):
        raise FormatError(f"{name}: the file is binary, not text (its first line holds NUL bytes); pass the "
                          "dataset's tab-separated files (.csv, .tab, .txt, or those in .zip or .gz)")
    if not head.strip():
        raise FormatError(f"{name}: the file is empty; nothing to ingest")
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as err:
        if header:
            bad = head[err.start:err.start + 1]
            raise FormatError(f"{name}: the header is not UTF-8 (byte {err.start + 1}: {bad!r}; Latin-1 or "
                              "Windows-1252?); save the file as UTF-8 and ingest it again") from None
        return head.decode("utf-8", errors="replace")


def _first_fitting(fh: IO[bytes], name: str, dataset: str) -> bytes:
    """The first line of ``fh`` (up to the line limit). For a dataset whose files have no header, a first line
    over the limit is passed over (it is quarantined when the file is read) and the layout is told by the first
    line that fits; a file with no such line is refused."""
    head = fh.readline(LINE_LIMIT)
    if _has_header(dataset):
        return head
    skipped = 0
    while len(head) == LINE_LIMIT and not head.endswith(b"\n"):
        rest = head
        while len(rest) == LINE_LIMIT and not rest.endswith(b"\n"):  # the rest of the long line
            rest = fh.readline(LINE_LIMIT)
        head = fh.readline(LINE_LIMIT)
        skipped += 1
    if skipped and not head.strip():
        raise FormatError(f"{name}: every line is longer than {LINE_LIMIT:,} bytes, so its layout cannot be told; "
                          "nothing was stored; pass the dataset's native files")
    return head


def _has_header(dataset: str) -> bool:
    from detente.ingest._layouts import layouts_for

    return any(layout.header for layout in layouts_for(dataset))


def first_line(plain: Plain, dataset: str = "gdelt") -> str:
    """The input's first line as text (see :func:`_header`); an unreadable input raises :class:`FormatError`."""
    try:
        with gzip.open(plain.path, "rb") if plain.gzipped else plain.path.open("rb") as fh:
            head = _first_fitting(cast(IO[bytes], fh), plain.name, dataset)
    except PermissionError as err:
        raise _unreadable(plain.name, err) from err
    except (OSError, EOFError, zlib.error) as err:
        kind = "gzip" if plain.gzipped else "text"
        raise FormatError(f"{plain.name}: cannot be read as {kind} ({err}); the file is truncated or corrupt; "
                          "nothing from it was stored") from err
    return _header(head, plain.name, header=_has_header(dataset))


def column_positions(layout: Layout, first: str, *, where: str) -> dict[str, int]:
    """Each layout column's 0-based field index, from the header when the layout has one, and ``__n__``: the
    number of fields every row must have. A header that names a column detente reads twice is refused (which
    one to read cannot be told); repeated or empty names of other columns are left alone."""
    fields = first.rstrip("\r\n").split("\t")
    if not layout.header:
        return {**{c: i for i, c in enumerate(layout.columns)}, "__n__": len(fields)}
    seen: dict[str, list[int]] = {}
    for i, f in enumerate(fields):
        seen.setdefault(_normal(f), []).append(i)
    out: dict[str, int] = {}
    for c in layout.columns:
        for key in (_normal(c), *_ALIASES.get(_normal(c), ())):
            if key in seen:
                if len(seen[key]) > 1 and c in layout.reads:
                    cols = " and ".join(str(i + 1) for i in seen[key][:2])
                    raise FormatError(f"{where}: the header names the column {c!r} twice (columns {cols}); detente "
                                      "cannot tell which to read: rename or remove one and ingest the file again")
                out[c] = seen[key][0]
                break
    out["__n__"] = len(fields)
    return out


def _check_text(head: IO[bytes], name: str, dataset: str) -> None:
    first = _header(_first_fitting(head, name, dataset), name, header=_has_header(dataset))
    layout = detect_layout(first, dataset, where=name)
    column_positions(layout, first, where=name)


def check_inputs(files: Sequence[Path], dataset: str) -> dict[Path, str]:
    """Read the first line of every input (every member of a zip) and match it to a layout of ``dataset``,
    before anything is stored: an input that cannot be used raises here, with its name. Returns the first line
    of each input that is not a zip."""
    firsts: dict[Path, str] = {}
    for path in files:
        try:
            if _is_zip(path):
                with zipfile.ZipFile(path) as zf:
                    for info in _members(path, zf):
                        with zf.open(info) as member:
                            if info.filename.lower().endswith(".gz"):
                                with gzip.GzipFile(fileobj=member, mode="rb") as inner:
                                    _check_text(cast(IO[bytes], inner), f"{path}:{info.filename}", dataset)
                            else:
                                _check_text(member, f"{path}:{info.filename}", dataset)
            else:
                plain = Plain(path, str(path), None)
                first = first_line(plain, dataset)
                column_positions(detect_layout(first, dataset, where=str(path)), first, where=str(path))
                firsts[path] = first
        except PermissionError as err:
            raise _unreadable(path, err) from err
        except _ZIP_ERRORS as err:
            raise _broken_zip(path, err) from err
        except (OSError, zlib.error) as err:
            raise FormatError(f"{path}: cannot be read ({err}); the file is truncated or corrupt; nothing was "
                              "stored") from err
    return firsts
