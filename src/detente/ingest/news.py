"""Read news: one article (see :mod:`detente.coding.intake`, re-exported here) or a corpus of texts.

A corpus is a JSONL or CSV file (id, text, date) or a folder of .txt/.html files; each document is read as an
article (boilerplate removed, date found) when it comes from a file.

>>> article = read_article_text(
...     "Home | World | Politics\\nKim and Trump met in Hanoi on Wednesday.\\nShare on Facebook")
>>> article.text
'Kim and Trump met in Hanoi on Wednesday.'
>>> article.removed
('Home | World | Politics', 'Share on Facebook')
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from detente.coding._source import MAX_BYTES, decode
from detente.coding.dates import parse_date
from detente.coding.intake import read_article, read_article_html, read_article_text
from detente.errors import FormatError, InputError, SourceNotFound

__all__ = [
    "MAX_BYTES", "Document", "decode", "read_article", "read_article_html", "read_article_text",
    "read_corpus",
]

log = logging.getLogger(__name__)


# -- corpora -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Document:
    """One text of a corpus: its id, text, date and where it came from."""

    id: str
    text: str
    date: dt.date | None = None
    url: str | None = None


_TEXT_KEYS = ("text", "story", "body", "content", "article")


def _document(row: dict[str, object], fallback_id: str, origin: str) -> Document:
    text = next((str(row[k]) for k in _TEXT_KEYS if row.get(k)), "")
    title = row.get("title")
    if title and text and not text.startswith(str(title)):
        text = f"{title}.\n{text}" if not str(title).endswith((".", "?", "!")) else f"{title}\n{text}"
    raw_date = str(row.get("date") or "").strip()
    day: dt.date | None = None
    if raw_date:
        try:
            day = dt.date.fromisoformat(raw_date[:10])
        except ValueError:
            day = parse_date(raw_date)
            if day is None:
                raise FormatError(f"{origin}: date {raw_date!r} is not a date; write dates as YYYY-MM-DD") from None
    url = row.get("url") or row.get("index_link")
    return Document(str(row.get("id") or fallback_id), text, day, str(url) if url else None)


def read_corpus(path: Path) -> Iterator[Document]:
    """Documents of a corpus: a JSONL or CSV file (id, text, date) or a folder of .txt/.html files."""
    try:
        yield from _read_corpus(path)
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{path} is not UTF-8 text (byte {exc.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def _read_corpus(path: Path) -> Iterator[Document]:
    if not path.exists():
        raise SourceNotFound(f"no corpus at {path}; pass a .jsonl or .csv file (id, text, date) or a folder")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm"))
        if not files:
            raise InputError(f"{path} holds no .txt or .html files")
        for file in files:
            try:
                article = read_article(file, check_language=False)
            except InputError as exc:
                log.warning("skipping %s: %s", file, exc)
                continue
            yield Document(str(file.relative_to(path)), article.text, article.date, article.url)
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise FormatError(f"{path}:{number}: not JSON ({exc.msg}); one object a line") from None
                if not isinstance(row, dict):
                    raise FormatError(f"{path}:{number}: expected an object with id, text, date")
                yield _document(row, f"{path.stem}-{number}", f"{path}:{number}")
        return
    if suffix in (".csv", ".tsv"):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t" if suffix == ".tsv" else ",")
            if not reader.fieldnames or not any(k in reader.fieldnames for k in _TEXT_KEYS):
                raise FormatError(f"{path} has no 'text' column; the columns should be id, text, date")
            for number, row in enumerate(reader, 2):
                yield _document(dict(row), f"{path.stem}-{number}", f"{path}:{number}")
        return
    raise FormatError(f"{path}: unknown corpus format {suffix!r}; use .jsonl, .csv or a folder of .txt/.html")
