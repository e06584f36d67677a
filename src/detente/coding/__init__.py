"""The event coder: text in, who-did-what-to-whom events out.

>>> import datetime as dt
>>> from detente.coding import Coder
>>> [(e.source, e.target, e.code) for e in Coder().code_text(
...     "Pyongyang fired two missiles on Thursday. Washington condemned the launch.", date=dt.date(2019, 5, 9))]
[('PRKGOV', '---', '150'), ('USAGOV', 'PRKGOV', '111')]

- :class:`Coder` codes sentences with a :class:`Lexicon` (the shipped dictionaries, or PETRARCH ones);
- :func:`read_article_events` codes a whole :class:`~detente.model.Article` and frames it (:func:`frame`);
- :func:`evaluate` scores the coder on a gold file, :func:`evaluate_articles` the article reader on a set of
  real articles; :func:`code_texts` codes a corpus in parallel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from detente.coding._namesakes import namesakes_read
from detente.coding._text import check_english, split_sentences, tokenize
from detente.coding.anchors import Chronology, anchor_events, date_basis, date_reference
from detente.coding.article import merge_events
from detente.coding.coder import UNDATED, Coder, CoderOptions, reported_act
from detente.coding.corpus import code_texts
from detente.coding.dates import resolve_date
from detente.coding.evaluate import EvalReport, evaluate
from detente.coding.evaluate_articles import ArticleEvalReport, evaluate_articles
from detente.coding.framing import Framing, frame
from detente.coding.lexicon import Lexicon, builtin_lexicon, load_lexicon, read_petrarch
from detente.coding.timeline import timeline_dates
from detente.model import Article, Event

__all__ = [
    "UNDATED",
    "ArticleEvalReport",
    "ArticleReading",
    "Coder",
    "CoderOptions",
    "EvalReport",
    "Framing",
    "Lexicon",
    "builtin_lexicon",
    "check_english",
    "code_texts",
    "evaluate",
    "evaluate_articles",
    "event_row",
    "frame",
    "load_lexicon",
    "merge_events",
    "read_article_events",
    "read_petrarch",
    "reported_act",
    "resolve_date",
    "split_sentences",
    "tokenize",
]

EVENT_OUTPUT_FIELDS = ("source", "target", "code", "root", "goldstein", "quad_class", "plover", "track",
                       "sentence", "date", "modality")


def event_row(event: Event) -> dict[str, Any]:
    """The event as ``detente read`` shows it (date ``None`` when neither text nor article gives one;
    ``date_basis`` ``"text"``, or ``"record"`` with ``date_reference`` the id of the reference event whose day a
    vague time took, see :mod:`detente.coding.anchors`)."""
    return {
        "source": event.source,
        "target": event.target,
        "code": event.code,
        "root": event.root,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "plover": event.plover_event,
        "track": event.track,
        "sentence": event.sentence,
        "date": None if event.date == UNDATED else event.date.isoformat(),
        "date_basis": date_basis(event),
        "date_reference": date_reference(event),
        "modality": event.modality,
        "mentions": event.mentions or 1,
        "source_name": event.source_name,
        "target_name": event.target_name,
    }


@dataclass(frozen=True)
class ArticleReading:
    """An article with its sentences, coded events and framing."""

    article: Article
    sentences: tuple[str, ...]
    events: tuple[Event, ...]
    framing: Framing

    @property
    def notes(self) -> list[str]:
        """What a reader of the output should know: an undated article's events are undated."""
        if self.article.date is not None:
            return []
        return ["undated: the article gives no date and none was passed (--date YYYY-MM-DD); relative dates "
                "('on Tuesday', 'last month') are not resolved, its events are undated, and people are not "
                "resolved to the office they held"]

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "title": a.title,
            "author": a.author,
            "date": a.date.isoformat() if a.date else None,
            "date_source": a.date_source,
            "notes": self.notes,
            "url": a.url,
            "text": a.text,
            "removed": list(a.removed),
            "sentences": len(self.sentences),
            "events": [event_row(e) for e in self.events],
            "framing": self.framing.to_dict(),
        }


def read_article_events(article: Article, *, coder: Coder | None = None,
                        reference: Chronology | None = None) -> ArticleReading:
    """Split ``article`` into sentences, code each (dates resolved against the article's), frame the whole.

    ``reference``: a dated record that acts told with a vague time ("earlier this month", "last May") take their
    day from when it holds one episode of their two countries in that span (see :mod:`detente.coding.anchors`).
    """
    coder = coder or Coder()
    sentences = tuple(split_sentences(article.text))
    coded = coder.code_many(sentences, date=article.date, url=article.url, title=article.title,
                             header=article.removed)
    # a chronology's entries: their own dates (the title or a heading above the text may say it is one)
    coded = timeline_dates(coded, sentences, article.text, article.date, (article.title or "", *article.removed))
    # what did not happen ("did not meet", "if China attacks", "is expected to offer") is no event of the article
    acts = [e for found in coded for e in found if reported_act(e)]
    acts = namesakes_read(acts, article.text)  # "Congolese" in news of the DRC
    if reference is not None:
        acts = anchor_events(acts, reference, article.date, sentences)
    events = merge_events(acts, default=article.date)
    return ArticleReading(article, sentences, tuple(events), frame(sentences))
