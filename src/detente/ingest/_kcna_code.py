"""How the KCNA corpus is coded into the ``kcna`` dataset: which documents, which events, what each row cites.

The corpus (``../shared/data/korea``; the texts are © KCNA, collected by the xmarquez/KCNA dataset, GPL-3):

- ``kcna_headlines_1997_2014.csv``: every KCNA headline, 1997-01 to 2014-09 (date, title, English flag, link);
- ``kcna_stories_<year>.jsonl`` for 2011 and 2012: the full English stories (date, title, story, index link).

Each document is coded once: a story where the corpus has its full text, else its headline (a headline of 2011
or 2012 whose day and title match a story is coded through the story). Headlines not flagged English are left
out. A headline is coded as a text of one sentence; a story, its title first, sentence by sentence, each dated by
the story, as ``detente read`` codes an article (documents are coded in chunks, the coder parsing their sentences
together).

Kept from what the coder finds (the rules below are this dataset's, documented in docs/kcna.md):

- events between two different known countries (or a country and an international organisation): both actors
  have a country code, and the codes differ; an event with one side unknown names no dyad;
- events the coder reads as having happened or as announced (``occurred``, ``intended``), and the refusals and
  threats it codes from a negated or conditional act (CAMEO roots 12 and 13); other negated or hypothetical acts
  did not happen and are left out;
- events dated from :data:`LOOKBACK_DAYS` days before the document to its day: a story's retelling of older
  history (the war of 1950, an anniversary) is not news of that day and is left out;
- one event per act in a document: the coder's article step merges the mentions of one act (same countries,
  CAMEO root, date and standing; a story repeats its lead in its body) into one event with its ``mentions``.

What each row carries: the coded facts (date, actors, names, CAMEO code, QuadClass, Goldstein, PLOVER, track,
modality), a citation naming the document (``KCNA, "<headline>", <date>``), its link, the corpus file and line it
was read from, and a summary in this project's words (the code's name and whether a headline or a story was
coded). No sentence or story text is kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import multiprocessing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from detente.coding._text import story_body, story_text
from detente.coding.article import merge_events
from detente.coding.coder import Coder
from detente.errors import InputError, SourceNotFound
from detente.model import Event

__all__ = [
    "HEADLINES_FILE",
    "LOOKBACK_DAYS",
    "STORY_FILES",
    "CodedDocument",
    "Document",
    "code_documents",
    "keep_event",
    "read_documents",
]

HEADLINES_FILE = "kcna_headlines_1997_2014.csv"
STORY_FILES = ("kcna_stories_2011.jsonl", "kcna_stories_2012.jsonl")
#: how many days before its document an event may be dated and still be kept
LOOKBACK_DAYS = 31
#: CAMEO roots the coder gives a negated or conditional act it reads as a refusal or a threat
_RECODED_ROOTS = ("12", "13")


@dataclass(frozen=True, slots=True)
class Document:
    """One KCNA document to code: a headline or a full story."""

    kind: str  # "headline" or "story"
    file: str  # the corpus file it was read from
    line: int  # its line there (1-based; the CSV header is line 1)
    date: dt.date
    title: str | None
    text: str  # the headline itself, or the story's body
    url: str | None

    @property
    def doc_id(self) -> str:
        stem = self.file.removeprefix("kcna_").split(".")[0]
        return f"{stem}:{self.line}"

    @property
    def citation(self) -> str:
        title = " ".join((self.title or "").split())
        if title:
            return f'KCNA, "{title}", {self.date.isoformat()}'
        return f"KCNA, untitled story of {self.date.isoformat()} ({self.file} line {self.line})"


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """A document with the events kept from it and the number the coder found before the rules above."""

    document: Document
    events: tuple[Event, ...]
    found: int


def _day(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"{where}: {value!r} is not an ISO date; the KCNA corpus file is damaged") from None


def _title_key(day: dt.date, title: str | None) -> tuple[dt.date, str]:
    return day, " ".join((title or "").lower().split())


def _stories(korea: Path) -> list[Document]:
    out: list[Document] = []
    for name in STORY_FILES:
        path = korea / name
        if not path.is_file():
            raise SourceNotFound(f"no {name} in {korea}; pass the folder that holds the KCNA corpus files")
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                row = json.loads(line)
                title = row.get("title") if isinstance(row.get("title"), str) else None
                body = story_body(str(row.get("story") or ""))
                out.append(Document("story", name, number, _day(str(row.get("date")), f"{name} line {number}"),
                                    title.strip() if title else None, body, row.get("index_link") or None))
    return out


def _headlines(korea: Path, skip: set[tuple[dt.date, str]]) -> Iterator[Document]:
    path = korea / HEADLINES_FILE
    if not path.is_file():
        raise SourceNotFound(f"no {HEADLINES_FILE} in {korea}; pass the folder that holds the KCNA corpus files")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            line = reader.line_num
            if row.get("english", "").strip() != "1":
                continue
            title = " ".join((row.get("title") or "").split())
            day = _day(row.get("date") or "", f"{HEADLINES_FILE} line {line}")
            if not title or _title_key(day, title) in skip:
                continue
            yield Document("headline", HEADLINES_FILE, line, day, title, title, row.get("story_link") or None)


def read_documents(korea: Path) -> list[Document]:
    """The documents of the corpus in ``korea``, in a fixed order: headlines (those without a story), then
    stories."""
    stories = _stories(korea)
    have_story = {_title_key(s.date, s.title) for s in stories if s.title}
    return [*_headlines(korea, have_story), *stories]


def keep_event(event: Event, day: dt.date) -> bool:
    """The dataset's rules for one coded event of a document dated ``day`` (see the module docstring)."""
    a, b = event.source_country, event.target_country
    if not a or not b or a == b or "-" in a or "-" in b:
        return False
    if event.modality not in ("occurred", "intended") and not event.code.startswith(_RECODED_ROOTS):
        return False
    return day - dt.timedelta(days=LOOKBACK_DAYS) <= event.date <= day


def _select(doc: Document, found: Sequence[Event]) -> CodedDocument:
    kept: list[Event] = []
    seen: set[tuple[dt.date, str, str, str]] = set()
    for event in found:
        key = (event.date, event.source, event.target, event.code)
        if key in seen or not keep_event(event, doc.date):
            continue
        seen.add(key)
        kept.append(event)
    return CodedDocument(doc, tuple(kept), len(found))


def _text(doc: Document) -> str:
    """What is coded: a headline; a story's title and body (:func:`story_text`)."""
    return story_text(doc.title, doc.text) if doc.kind == "story" else doc.text


def _code_chunk(coder: Coder, docs: Sequence[Document]) -> list[CodedDocument]:
    """A chunk of documents coded together (the coder parses their sentences in one batch). A headline is a text of
    one sentence; a story's sentences are each dated by the story, as ``detente read`` codes an article."""
    found = coder.code_batch([(_text(doc), doc.date, doc.url, None) for doc in docs])
    # the article step: one event per real-world act of the document (its mentions counted), as detente read does
    return [_select(doc, merge_events(events, default=doc.date)) for doc, events in zip(docs, found, strict=True)]


_WORKER: Coder | None = None


def _init() -> None:
    global _WORKER  # one coder per worker process, built once
    _WORKER = Coder()


def _work(docs: list[Document]) -> list[CodedDocument]:
    assert _WORKER is not None
    return _code_chunk(_WORKER, docs)


def code_documents(documents: Sequence[Document], *, processes: int = 1,
                   chunksize: int = 64) -> Iterator[CodedDocument]:
    """Code each document with the shipped coder, in input order (``processes`` > 1 gives the same result)."""
    chunks = [list(documents[i:i + chunksize]) for i in range(0, len(documents), chunksize)]
    if processes <= 1:
        coder = Coder()
        for chunk in chunks:
            yield from _code_chunk(coder, chunk)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(processes, initializer=_init) as pool:
        for coded in pool.imap(_work, chunks):
            yield from coded
