"""Read one news article from a URL, an HTML page, a plain-text file or bytes: clean text, title, author, date.

HTML goes through trafilatura (main text, no comments). Plain text scraped from a page is cleaned line by line:
menus, ads, share/subscribe/comment prompts, cookie notices, tracking tokens and image file names are dropped
and listed in :attr:`Article.removed`. Bad input fails with one clear :class:`~detente.errors.InputError`:
empty, binary, not UTF-8, larger than :data:`MAX_BYTES`, a page with no article, a text not in English.

URLs are fetched with an ``httpx.Client`` handed in by the caller (tests pass one with a ``MockTransport``).

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
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from detente.coding._text import check_english
from detente.coding.dates import parse_date
from detente.errors import FetchError, FormatError, InputError, SourceNotFound
from detente.model import Article

__all__ = [
    "MAX_BYTES", "Document", "decode", "read_article", "read_article_html", "read_article_text",
    "read_corpus",
]

log = logging.getLogger(__name__)

#: the largest article read (bytes); a bigger input is a corpus: use ``detente code``
MAX_BYTES = 2_000_000

_BOILERPLATE = re.compile(
    r"""^(?:
        advertisement|advertising|sponsored(?:\s+content)?|promoted|ad\b|ads\b|
        share(?:\s+(?:this|on|via|article|story))?\b|tweet\b|email\s+this|print(?:\s+this)?(?:\s+article)?$|
        (?:sign\s+up|subscribe|register)\b|newsletter|follow\s+us|like\s+us|
        (?:\d+\s+)?comments?\b|leave\s+a\s+(?:comment|reply)|log\s*in\s+to|add\s+a\s+comment|
        read\s+(?:more|next|also)|related(?:\s+(?:articles|stories|coverage))?\s*:?|more\s+from|recommended|
        most\s+(?:read|popular|viewed)|trending|click\s+here|skip\s+to|jump\s+to|back\s+to\s+top|
        (?:accept|manage)\s+cookies|we\s+use\s+cookies|this\s+(?:site|website)\s+uses\s+cookies|cookie\s+policy|
        privacy\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved|copyright\b|\u00a9|
        image\s*(?:caption|source|copyright)?\s*:|photo\s*(?:credit)?\s*:|getty\s+images|reuters/|ap\s+photo|
        (?:image|photo|picture)\s*\d*$|watch\s*:|video\s*:|listen\s*:|loading|
        (?:home|menu|search|navigation|main\s+menu|top\s+stories|latest\s+news)\s*$
    )""",
    re.I | re.X,
)
_IMAGE_FILE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?:\?\S*)?\b", re.I)
_TRACKING = re.compile(r"(?:utm_[a-z]+=|fbclid=|gclid=|\?ref=|&amp;|__[a-z]+=|\bpid=|data-[a-z-]+=)", re.I)
_LONG_TOKEN = re.compile(r"\b[A-Za-z0-9_\-]{28,}\b")
#: "HANOI -", "SEOUL, Feb. 28 (Yonhap) --": the dateline before the first sentence of a wire story
_DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][a-z]{2,4}\.? \d{1,2})?(?:\s*\([^)]{2,30}\))?\s*[-\u2013\u2014]+\s+"
)
_MENU_SEPARATORS = re.compile(r"\s(?:\||\u2022|\u00b7|/|>|\u203a|\u00bb)\s")
_BYLINE = re.compile(r"^(?:by|written by|author:?)\s+([A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})\s*(?:[,|]|$)", re.I)
_DATELINE = re.compile(
    r"^(?:published|posted|updated|date|last\s+updated)?\s*:?\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
    r"(?:[\s,]+\d{1,2}[:.]\d{2}.*)?$",
    re.I,
)


def decode(data: bytes, *, name: str = "input") -> str:
    """Text of ``data``, refusing empty, binary, oversized and non-UTF-8 input with a clear message."""
    if not data or not data.strip():
        raise InputError(f"{name} is empty; pass a news page (.html), a text file (.txt) or a URL")
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name} is {len(data) / 1e6:.1f} MB, more than one article ({MAX_BYTES / 1e6:.0f} MB at most); "
            "to code a corpus use: detente code FILE"
        )
    head = data[:8192]
    if b"\x00" in head or sum(1 for b in head if b < 9 or 13 < b < 32) > len(head) // 100 + 1:
        raise FormatError(f"{name} is binary, not text; pass a news page (.html), a text file (.txt) or a URL")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = re.search(rb"charset=[\"']?([A-Za-z0-9_\-]+)", head)
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise FormatError(
            f"{name} is not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); convert it first, "
            "e.g. iconv -f latin1 -t utf-8"
        ) from None


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or head.count("<p") >= 2


#: words that mark a line starting with a prompt word as addressed to the reader (a prompt, not story text)
_PROMPT_MARKERS = re.compile(
    r":|\b(?:you|your|our|us|click|tap|below|above|newsletter|cookies?|rights\s+reserved|sign\s+up|log\s*in|"
    r"this\s+(?:article|story|page|post|site|website|video))\b",
    re.I,
)


def _is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    words = stripped.split()
    short = len(words) <= 12
    ends_sentence = stripped.endswith((".", "?", "!", '"', "”"))
    # a prompt ("Share this article.", "Comments are closed.", "Read more: ..."), not a short sentence of the
    # story that happens to start with the same word ("Share prices in Seoul rose.")
    prompt = len(words) <= 6 or not ends_sentence or _PROMPT_MARKERS.search(stripped)
    if short and prompt and _BOILERPLATE.match(stripped):
        return True
    if _IMAGE_FILE.fullmatch(stripped) or (_IMAGE_FILE.search(stripped) and len(words) <= 4):
        return True
    if _TRACKING.search(stripped) or (_LONG_TOKEN.search(stripped) and len(words) <= 3):
        return True
    if len(_MENU_SEPARATORS.findall(f" {stripped} ")) >= 2 and not ends_sentence:
        return True  # "Home | World | Politics"
    return len(words) <= 6 and not ends_sentence and all(
        w.lower().strip(",.|:") in _MENU_WORDS for w in words
    )


_MENU_WORDS = frozenset(
    [
        "home", "world", "politics", "business", "sport", "sports", "opinion", "tech", "technology",
        "science", "health", "culture", "entertainment", "video", "videos", "live", "news", "asia",
        "europe", "americas", "africa", "middle", "east", "login", "log", "in", "sign", "subscribe",
        "menu", "search", "contact", "about", "us", "weather", "markets", "travel", "style", "more",
        "topics", "sections", "edition", "podcasts", "newsletters",
    ]
)


def _clean_lines(text: str) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    removed: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _is_boilerplate(line):
            removed.append(line)
            continue
        cleaned = _DATELINE_PREFIX.sub("", _IMAGE_FILE.sub("", line)).strip()
        kept.append(re.sub(r"\s{2,}", " ", cleaned))
    return kept, removed


def read_article_text(text: str, *, date: dt.date | None = None, url: str | None = None,
                      check_language: bool = True) -> Article:
    """An :class:`Article` from plain text (scraped or clean): boilerplate lines removed, title/author/date read."""
    kept, removed = _clean_lines(text)
    title: str | None = None
    author: str | None = None
    found_date: dt.date | None = None
    body: list[str] = []
    for index, line in enumerate(kept):
        if index < 6 and author is None and (match := _BYLINE.match(line)):
            author = match.group(1)
            continue
        if index < 6 and found_date is None and _DATELINE.match(line):
            found_date = parse_date(line)
            if found_date is not None:
                continue
        if (title is None and not body and len(line.split()) <= 20 and not line.endswith((".", "?", "!", '"'))
                and index < 4):
            title = line
            continue
        body.append(line)
    article_text = "\n".join(body).strip()
    if len(article_text.split()) < 5:
        raise InputError("no article text found: after removing menus, ads and comments fewer than 5 words remain")
    if check_language:
        check_english(article_text)
    return Article(text=article_text, title=title, author=author, date=date or found_date, url=url,
                   removed=tuple(removed))


def _visible_lines(html: str) -> list[str]:
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html)
    except Exception:  # a page lxml cannot parse has no lines to report
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    lines: list[str] = []
    for element in tree.iter("p", "li", "a", "h1", "h2", "h3", "h4", "span", "div", "figcaption", "button"):
        text = " ".join((element.text or "").split())
        if text and text not in lines:
            lines.append(text)
    return lines


def read_article_html(html: str, *, date: dt.date | None = None, url: str | None = None,
                      check_language: bool = True) -> Article:
    """An :class:`Article` from an HTML page, main text extracted by trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, include_images=False)
    doc: dict[str, Any] | None = (
        extracted if extracted is None or isinstance(extracted, dict) else extracted.as_dict()
    )
    text = (doc or {}).get("text")
    if not text or len(text.split()) < 5:
        raise InputError("no article found in the page: it has no main text (a menu, an index or a login page?); "
                         "pass the article's own page, or save its text as .txt")
    kept, removed = _clean_lines(text)
    title = str(doc.get("title") or "") if isinstance(doc, dict) else ""
    kept = [line for line in kept if line.strip().lower() != title.strip().lower()]
    body = "\n".join(kept).strip()
    if len(body.split()) < 5:
        raise InputError("no article found in the page: its text is all menus, ads or comments; pass the article's "
                         "own page, or save its text as .txt")
    if check_language:
        check_english(body)
    assert isinstance(doc, dict)
    page_date: dt.date | None = None
    if doc.get("date"):
        try:
            page_date = dt.date.fromisoformat(str(doc["date"])[:10])
        except ValueError:
            page_date = None
    kept_set = set(kept)
    dropped = [line for line in _visible_lines(html)
               if (bare := _DATELINE_PREFIX.sub("", line)) not in kept_set and bare not in body
               and line != doc.get("title")]
    return Article(
        text=body,
        title=doc.get("title") or None,
        author=doc.get("author") or None,
        date=date or page_date,
        url=url or doc.get("url") or None,
        removed=tuple(dict.fromkeys([*removed, *dropped])),
    )


def read_article(source: str | Path | bytes, *, date: dt.date | None = None,
                 client: httpx.Client | None = None, check_language: bool = True) -> Article:
    """Read an article from a URL (fetched with ``client``), a path (.html/.htm/.txt or any text) or bytes."""
    url: str | None = None
    if isinstance(source, bytes):
        text = decode(source, name="standard input")
    elif isinstance(source, str) and re.match(r"^https?://", source):
        url = source
        text = _fetch(source, client)
    else:
        path = Path(source)
        if not path.exists():
            raise SourceNotFound(f"no file at {path}; pass an .html or .txt file, '-' for standard input, or a URL")
        if path.is_dir():
            raise InputError(f"{path} is a folder; pass one article (to code a folder use: detente code {path})")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path} is {size / 1e6:.1f} MB, more than one article ({MAX_BYTES / 1e6:.0f} MB at most); "
                f"to code a corpus use: detente code {path}"
            )
        text = decode(path.read_bytes(), name=str(path))
        if path.suffix.lower() in (".html", ".htm"):
            return read_article_html(text, date=date, check_language=check_language)
    if _looks_like_html(text):
        return read_article_html(text, date=date, url=url, check_language=check_language)
    return read_article_text(text, date=date, url=url, check_language=check_language)


def _fetch(url: str, client: httpx.Client | None) -> str:
    owned = client is None
    http = client or httpx.Client(timeout=20.0, follow_redirects=True,
                                  headers={"User-Agent": "detente (news reader)"})
    try:
        response = http.get(url)
    except httpx.HTTPError as exc:
        raise FetchError(
            f"could not fetch {url}: {exc}; check the address or save the page and pass the file"
        ) from None
    finally:
        if owned:
            http.close()
    if response.status_code >= 400:
        raise FetchError(f"could not fetch {url}: HTTP {response.status_code}; save the page and pass the file")
    return decode(response.content, name=url)


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
