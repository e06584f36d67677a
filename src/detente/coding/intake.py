"""Text intake: one news article from a URL, an HTML page, a text file or bytes, cleaned for the coder.

What is not the article is removed and listed, in order, in :attr:`Article.removed`:

- site chrome: menus ("Home | World | Politics", "Politics Foreign Affairs Culture"), site names and taglines
  above the headline, section labels, tags and link lists below the story;
- prompts to the reader: share/subscribe/sign-up/log-in/comment lines, newsletters, paywalls ("Already a
  subscriber?", "Try unlimited access", prices), membership and donation appeals ("Become a member"), cookie and
  legal notices, ads;
- bylines ("By Mary Major, Reuters"; the name becomes the author), date lines ("DATE: Monday, May 4, 1998"),
  wire credits ("Reporting by ...; Editing by ..."), relative time stamps ("2 hours ago");
- photo captions and credits ("... (Jonah Doe/The Daily Example)", "Kim in Hanoi.Evan Doe/AP", "Photo: AFP"),
  image file names and tracking tokens;
- the dateline that opens a wire story ("MOSCOW (Reuters) —", "BERLIN, March 3, 2015 —"): the place is not an
  actor of the story, so it is cut from the sentence and listed.

The article's date comes, in this order, from the caller, from the dateline ("BERLIN, March 3, 2015 —"), from the
page's metadata (HTML), from a labelled date line near the top ("Published: ...", "DATE: ..."), or from the
earliest date line near the top. :attr:`Article.date_source` says which; with none the article is undated.

Bad input fails with one clear :class:`~detente.errors.InputError`: empty, binary, not UTF-8, larger than
:data:`MAX_BYTES`, a device or a FIFO, a page with no article, a text not in English.

>>> article = read_article_text(
...     "Home | World | Politics\\nSEOUL (Wire) - Kim and Trump met in Hanoi on Wednesday.\\nShare on Facebook")
>>> article.text
'Kim and Trump met in Hanoi on Wednesday.'
>>> article.removed
('Home | World | Politics', 'SEOUL (Wire) -', 'Share on Facebook')
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from detente.coding import _boilerplate as bp
from detente.coding._source import DEADLINE, MAX_BYTES, decode, fetch_url, read_file, read_stream
from detente.coding._text import check_english, split_sentences
from detente.coding.dates import parse_date, parse_numeric_date
from detente.coding.timeline import year_headings
from detente.errors import InputError
from detente.model import Article

if TYPE_CHECKING:
    import httpx

__all__ = ["MAX_BYTES", "decode", "read_article", "read_article_html", "read_article_text"]

log = logging.getLogger(__name__)


#: lines at the top of a page where bylines and date lines belong
_TOP = 15


@dataclass
class _Dates:
    """Dates found in the text, by where they were found."""

    dateline: dt.date | None = None
    labelled: dt.date | None = None
    header: list[dt.date] = field(default_factory=list)
    above_title: list[dt.date] = field(default_factory=list)
    closing: list[dt.date] = field(default_factory=list)

    def best(self, meta: dt.date | None = None) -> tuple[dt.date | None, str | None]:
        """The article's date: the dateline's, the page's metadata, a labelled date line, the earliest date line
        below the headline (a later one is an update), else one above it (often the day the page was shown), else
        the date that closes a heading or source line above the story."""
        for day, source in ((self.dateline, "dateline"), (meta, "metadata"), (self.labelled, "date line")):
            if day is not None:
                return day, source
        for days in (self.header, self.above_title, self.closing):
            if days:
                return min(days), "date line"
        return None, None


@dataclass
class _Reading:
    body: list[str]
    removed: list[str]
    title: str | None = None
    author: str | None = None
    dates: _Dates = field(default_factory=_Dates)


#: a hard-wrapped text (a wire or teletype archive, a plain-text release, a report copied from a printed page or a
#: PDF) breaks its lines at a column of at most this many characters (a line printer's 132)
WRAP_WIDTH = 132
#: how many of its lines at least are broken inside a sentence
WRAPPED_LINES = 5
_LINE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")


def _unwrap(lines: list[str]) -> list[str]:
    """The lines of a hard-wrapped text joined into its paragraphs; other texts unchanged.

    A text is hard-wrapped when its longest line is at most :data:`WRAP_WIDTH` characters and at least
    :data:`WRAPPED_LINES` lines of more than half that length end inside a sentence (no closing stop) with the
    next line right below. Each such line is joined with the next ("... PUT BOTH" + "COUNTRIES UNDER
    SANCTIONS."); a blank line, a short line (a label, a heading) and a line closing a sentence end a paragraph,
    and a word cut by a hyphen at the line's end is mended.

    >>> _unwrap(["The United States has decided to lift some", "sanctions on India and Pakistan, imposed after",
    ...          "their tests. Officials said the move", "rewards restraint.", "", "SHORT LABEL"] * 2)[:2]
    ['The United States has decided to lift some sanctions on India and Pakistan, imposed after their tests. \
Officials said the move rewards restraint.', '']
    """
    lengths = [len(line.strip()) for line in lines]
    width = max(lengths, default=0)
    if not width or width > WRAP_WIDTH:
        return lines

    def broken(i: int) -> bool:
        line = lines[i].strip()
        return (2 * len(line) > width and i + 1 < len(lines) and bool(lines[i + 1].strip())
                and _LINE_END.search(line) is None)

    if sum(1 for i in range(len(lines)) if broken(i)) < WRAPPED_LINES:
        return lines
    out: list[str] = []
    joining = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if joining and out:
            cut = out[-1].endswith("-") and out[-1][-2:-1].isalpha() and line[:1].islower()
            out[-1] = out[-1][:-1] + line if cut else f"{out[-1]} {line}"
        else:
            out.append(line)
        joining = broken(i)
    return out


#: a function word of a story line run into the capitalized word after it, as scraped text loses a space ("the end
#: ofIsaias's visit", "talks betweenPeru andChile"); names written with an inner capital ("McCain", "iPhone") are
#: no such word
_GLUED_WORD = re.compile(r"\b(of|in|to|the|and|for|on|at|by|with|from|between|that|as)([A-Z][a-z]{2,})")


def _normalise(text: str) -> list[str]:
    out: list[str] = []
    for raw in _unwrap(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        line = bp.CONTROL.sub("", raw)
        line = " ".join(line.split())
        if line:
            out.append(line)
    return out


#: a line of a briefing transcript's index: the pages, then what is said there ("1 US is contacting Belgrade ...",
#: "1-2 Subjecting detained soldiers ...", "5,10 US will be seeking ...", "4-5,8 Refugees ...")
_INDEX_REF = re.compile(r"^(\d{1,2})(?:\s*-\s*\d{1,2})?(?:\s*,\s*\d{1,2}(?:\s*-\s*\d{1,2})?)*\s+(?=[A-Z$\"'\u201c])")
#: the heading of such an index ("I N D E X", "INDEX")
_INDEX_HEADING = re.compile(r"^(?:I\s?N\s?D\s?E\s?X)$")
#: how many index lines make an index with no heading above them, and how many lines may part two of them (a
#: wrapped line's end, a section's name: "FEDERAL REPUBLIC OF YUGOSLAVIA (KOSOVO)")
_INDEX_LINES = 4
_INDEX_GAP = 3


def _index_lines(lines: list[str]) -> set[int]:
    """The lines of a briefing transcript's index (the State Department's daily briefings of the 1990s open with
    one): a run of lines opening with page numbers, in page order, under an "INDEX" heading or at least
    :data:`_INDEX_LINES` of them, with the lines between them (wrapped ends, section names) and the heading. What
    the index sums up is told again in the body; a news story's sentences that open with a number ("12 fishermen
    were freed") are no such run."""
    refs = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _INDEX_REF.match(line))]
    out: set[int] = set()
    k = 0
    while k < len(refs):
        run = [refs[k]]
        while k + 1 < len(refs) and refs[k + 1][0] - run[-1][0] <= _INDEX_GAP and refs[k + 1][1] >= run[-1][1]:
            k += 1
            run.append(refs[k])
        k += 1
        start, end = run[0][0], run[-1][0]
        heading = next((i for i in range(start - 1, max(-1, start - 7), -1) if _INDEX_HEADING.match(lines[i])), None)
        if len(run) < (2 if heading is not None else _INDEX_LINES):
            continue
        out.update(range(heading if heading is not None else start, end + 1))
        after = end + 1  # the wrapped end of the last line ("servicemen.")
        if after < len(lines) and not _INDEX_REF.match(lines[after]) and lines[after][:1].islower():
            out.add(after)
    return out


def _read_lines(lines: list[str], *, find_title: bool = True) -> _Reading:
    """Split lines into the story, its title, byline and date, and what is removed (kept in order)."""
    kinds = [bp.classify(line) for line in lines]
    bp.extend_promotions(lines, kinds)
    for i in _index_lines(lines):
        kinds[i] = "index"  # a briefing transcript's index: what the body tells, summed up by page
    years = year_headings(lines)  # a chronology's "1993:": the year of the entries under it
    for i in years:
        kinds[i] = "year"
    for i in range(1, len(lines)):
        if lines[i] == lines[i - 1] and kinds[i] == "text":
            kinds[i] = "repeat"  # a line printed twice is kept once
            if len(lines[i].split()) < 40 and len(split_sentences(lines[i])) <= 2:
                kinds[i - 1] = "repeat"  # a short one printed twice is a photo's caption (alt text and caption)
    text_at = [i for i, kind in enumerate(kinds) if kind == "text"]
    paragraphs = [i for i in text_at if bp.is_paragraph(lines[i])]
    sentences = [i for i in text_at if bp.is_sentence(lines[i])]
    marks = [i for i in range(min(len(lines), _TOP)) if kinds[i] in ("byline", "date")]
    if marks and sum(1 for i in paragraphs if i < marks[-1]) > 2:  # more than a tagline and a standfirst
        marks = [i for i in marks if not paragraphs or i < paragraphs[0]]  # a byline or date inside the story
    after_marks = [i for i in paragraphs if marks and i > marks[-1]]
    first = (after_marks or paragraphs or sentences or text_at or [len(lines)])[0]
    last = (paragraphs or text_at or [-1])[-1]
    reading = _Reading([], [])
    title_at = _title_index(lines, kinds, first, marks) if find_title else None
    removed_at: set[int] = set()
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind == "year":
            if i > last:
                removed_at.add(i)  # no entry of the story follows it
        elif kind == "byline":
            if reading.author is None and i < first + 3:
                reading.author = bp.byline_name(line)
            removed_at.add(i)
        elif kind == "author":  # "Jane Roe is a senior fellow at ...": an op-ed's note on its author
            reading.author = reading.author or bp.author_note(line)
            removed_at.add(i)
        elif kind == "date":
            day = parse_date(line) or parse_numeric_date(line)
            if day is not None and i < first + 3:  # near the top (a standfirst may come before the date)
                if bp.is_labelled_date(line):
                    reading.dates.labelled = reading.dates.labelled or day
                elif title_at is not None and i < title_at:
                    reading.dates.above_title.append(day)
                else:
                    reading.dates.header.append(day)
            removed_at.add(i)
        elif kind != "text":
            removed_at.add(i)
        elif i == title_at:
            reading.title = line
        elif (i < first and not _kept_before_body(line, i, title_at)) or (
                i > last and not bp.is_closing_sentence(line)):
            removed_at.add(i)
    for i, line in enumerate(lines):
        if i in removed_at:
            reading.removed.append(line)
        elif i != title_at:
            _keep(line, reading)
        if i <= first and i not in removed_at and (day := _closing_date(line)) is not None:
            reading.dates.closing.append(day)
    return reading


#: a full date that closes a line, after a comma, a dash or a stop: a heading or a source line above the story
#: ("Statement at a White House briefing, Washington, DC, October 18, 1994.", "U.S. Department of State, October 5,
#: 2000", "N. Korea Admits Secret Nuclear Program - 2002-10-16", "Remarks ... of China. July 15, 1971")
_CLOSING_DATE = re.compile(r"(?:,|\s[-\u2013\u2014|]|[.:])\s*\(?((?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|"
                           r"\d{1,2}\s+[A-Z][a-z]+\.?,?\s+)\d{4}|\d{4}-\d{2}-\d{2})\)?\.?$")
#: the most words a heading or source line with a closing date has
_CLOSING_WORDS = 20


def _closing_date(line: str) -> dt.date | None:
    """The date that closes a short line above the story, or None."""
    if len(line.split()) > _CLOSING_WORDS:
        return None
    match = _CLOSING_DATE.search(line)
    return parse_date(match.group(1)) if match else None


def _kept_before_body(line: str, index: int, title_at: int | None) -> bool:
    """Above the story: what precedes the headline is site chrome; after it, a standfirst (a sentence or a long
    line) is kept, a short label is not; with no headline, sentences are kept."""
    if title_at is not None and index < title_at:
        return False
    return bp.is_sentence(line) or len(line.split()) >= 8


def _title_index(lines: list[str], kinds: list[str], first: int, marks: list[int]) -> int | None:
    """The headline among the lines above the story: a line repeated there (the page title and the heading),
    else the last heading of four words or more above the byline or date line (short ones are section labels; of a
    headline followed by its standfirst, the headline), else the last heading above the story."""
    headings = [i for i in range(first) if kinds[i] == "text" and bp.is_heading(lines[i])]
    if not headings:
        return None
    bare = {i: bp.SITE_SUFFIX.sub("", lines[i]) for i in range(first)}
    for i in headings:
        twins = [j for j in range(first) if j != i and bare[j] == bare[i]]
        if twins:
            exact = [j for j in (i, *twins) if lines[j] == bare[j] and j in headings]
            return exact[-1] if exact else i
    limit = marks[-1] if marks and marks[-1] < first else first
    full = [i for i in headings if i < limit and 4 <= len(lines[i].split()) <= 14]
    if not full:
        return headings[-1]
    last = full[-1]
    if last - 1 in full and last - 2 not in full and _CLAUSE_WORD.search(lines[last - 1]):
        # two headings in a row, the first one a clause: a headline and its standfirst ("U.S. envoy talks with N.
        # Koreans" / "Pompeo also plans to return"); a section label above a headline names things, it tells nothing
        return last - 1
    return last


#: a word that makes a heading a clause rather than a label of names ("Politics Foreign Affairs Culture")
_CLAUSE_WORD = re.compile(r"\b(?:to|with|of|on|in|for|at|as|by|over|after|from|against|into|is|are|was|were|will|"
                          r"has|have|had|says|said)\b", re.IGNORECASE)


#: a speaker's label opening a line of a transcript ("Secretary Blinken:", "MR PRICE:", "Q:", "FOREIGN MINISTER
#: PARK:", "Ambassador Thomas-Greenfield:"): a title or a word of the exchange, then up to three names
_SPEAKER = re.compile(
    r"^(?:Q|A|QUESTION|Question|MODERATOR|Moderator|OPERATOR|Operator|PARTICIPANT|Participant|"
    r"(?:(?:THE|The)\s+)?(?:(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr)\.?|SECRETARY|Secretary|MINISTER|Minister|PRESIDENT|"
    r"President|AMBASSADOR|Ambassador|SPOKESPERSON|Spokesperson|SPOKESMAN|Spokesman|SPOKESWOMAN|Spokeswoman|"
    r"DEPUTY|Deputy|UNDER|Under|ASSISTANT|Assistant|SENIOR|Senior|FOREIGN|Foreign|PRIME|Prime|GENERAL|General|"
    r"ADMIRAL|Admiral|SENATOR|Senator|ADMINISTRATION|Administration|OFFICIAL|Official|CHAIRMAN|Chairman)"
    r"(?:\s+(?:[A-Z][A-Za-z.'’-]*|of|the)){0,4})\s*:\s+(?=\S)"
    # a reporter's question as the White House and older State Department transcripts mark it, with no colon:
    # "Q    Thank you, Sean.", "Q. Mr. Secretary, ..."
    r"|^Q\.?\s+(?=[\"'\u201c\u2018]?[A-Z])")


def _keep(line: str, reading: _Reading) -> None:
    speaker = _SPEAKER.match(line)
    if speaker is not None:  # "Secretary Blinken: We remain ready ...": the label is no part of the sentence
        reading.removed.append(speaker.group(0).strip())
        line = line[speaker.end():]
    match = bp.DATELINE.match(line) or bp.colon_dateline(line)
    if match and len(line) > match.end():
        reading.removed.append(match.group(0).strip())
        line = line[match.end():]
        day = parse_date(match.group(0))
        if day is not None and reading.dates.dateline is None:
            reading.dates.dateline = day
    line = _GLUED_WORD.sub(r"\1 \2", bp.strip_inline(line))
    if line:
        reading.body.append(line)


def read_article_text(text: str, *, date: dt.date | None = None, url: str | None = None,
                      check_language: bool = True) -> Article:
    """An :class:`Article` from plain text (scraped or clean): chrome, prompts, captions, bylines and datelines
    removed and listed; title, author and date read."""
    reading = _read_lines(_normalise(text))
    return _article(reading, date=date, url=url, meta_date=None, check_language=check_language)


def _article(reading: _Reading, *, date: dt.date | None, url: str | None, meta_date: dt.date | None,
             check_language: bool, title: str | None = None, author: str | None = None) -> Article:
    body = "\n".join(reading.body).strip()
    if len(body.split()) < 5:
        raise InputError("no article text found: after removing menus, ads and comments fewer than 5 words remain; "
                         "pass the article's own page, or its text as .txt")
    if check_language:
        check_english(body)
    found, source = reading.dates.best(meta_date)
    return Article(
        text=body,
        title=title or reading.title,
        author=author or reading.author,
        date=date or found,
        url=url,
        removed=tuple(reading.removed),
        date_source="given" if date is not None else source,
    )


# -- HTML ---------------------------------------------------------------------------------------------------------

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
    """An :class:`Article` from an HTML page: main text by trafilatura, then cleaned as text."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except (ValueError, TypeError, RecursionError) as exc:
        raise InputError(f"the page cannot be read as HTML ({type(exc).__name__}); save its text as .txt") from None
    doc: dict[str, Any] = {}
    if extracted is not None:
        doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = doc.get("text")
    if not text or len(str(text).split()) < 5:
        raise InputError("no article found in the page: it has no main text (a menu, an index or a login page?); "
                         "pass the article's own page, or save its text as .txt")
    page_title = str(doc.get("title") or "").strip() or None
    lines = _normalise(str(text))
    if page_title:
        lines = [line for line in lines if line.lower() != page_title.lower()]
    reading = _read_lines(lines, find_title=False)
    meta_date: dt.date | None = None
    if doc.get("date"):
        try:
            meta_date = dt.date.fromisoformat(str(doc["date"])[:10])
        except ValueError:
            meta_date = None
    kept = set(reading.body)
    body = "\n".join(reading.body)
    dropped = [line for line in _visible_lines(html)
               if (bare := bp.DATELINE.sub("", line)) not in kept and bare not in body and line != page_title]
    reading.removed = list(dict.fromkeys([*reading.removed, *dropped]))
    if len(body.split()) < 5:
        raise InputError("no article found in the page: its text is all menus, ads or comments; pass the article's "
                         "own page, or save its text as .txt")
    return _article(reading, date=date, url=url or doc.get("url") or None, meta_date=meta_date,
                    check_language=check_language, title=page_title, author=doc.get("author") or None)


# -- any source ---------------------------------------------------------------------------------------------------

def _looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or head.count("<p") >= 2


def read_article(source: str | Path | bytes | BinaryIO, *, date: dt.date | None = None,
                 client: httpx.Client | None = None, check_language: bool = True,
                 deadline: float = DEADLINE, clock: Callable[[], float] | None = None) -> Article:
    """Read an article from a URL (fetched with ``client``, at most ``deadline`` seconds), a path (.html/.htm/.txt
    or any text), bytes, or a binary stream such as standard input (read up to :data:`MAX_BYTES`)."""
    url: str | None = None
    if isinstance(source, bytes):
        text = decode(source, name="standard input")
    elif not isinstance(source, str | Path):
        text = decode(read_stream(source), name="standard input")
    elif isinstance(source, str) and re.match(r"^https?://", source, re.I):
        import time

        fetched = fetch_url(source, client, deadline=deadline, clock=clock or time.monotonic)
        url = source
        text = decode(fetched.data, name=source, content_type=fetched.content_type)
        if "html" in fetched.content_type.lower() or _looks_like_html(text):
            return read_article_html(text, date=date, url=url, check_language=check_language)
        return read_article_text(text, date=date, url=url, check_language=check_language)
    else:
        path = Path(source)
        text = decode(read_file(path), name=str(path))
        if path.suffix.lower() in (".html", ".htm"):
            return read_article_html(text, date=date, check_language=check_language)
    if _looks_like_html(text):
        return read_article_html(text, date=date, url=url, check_language=check_language)
    return read_article_text(text, date=date, url=url, check_language=check_language)
