"""Code many texts, in one process or several (results in input order: parallel equals serial)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from detente.coding.coder import Coder
from detente.coding.lexicon import load_lexicon
from detente.model import Event

__all__ = ["Text", "code_texts"]


class Text(Protocol):
    """What the coder needs of a document (``detente.ingest.news.Document`` is one)."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def url(self) -> str | None: ...


_WORKER: Coder | None = None


def _init(dictionaries: str | None) -> None:
    global _WORKER  # one coder per worker process, built once
    _WORKER = Coder(load_lexicon(Path(dictionaries) if dictionaries else None))


def _code(item: tuple[str, str, dt.date | None, str | None]) -> list[Event]:
    assert _WORKER is not None
    doc_id, text, day, url = item
    return _WORKER.code_text(text, date=day, url=url, doc_id=doc_id)


def code_texts(
    texts: Iterable[Text], *, dictionaries: Path | None = None, processes: int = 1, chunksize: int = 16
) -> Iterator[tuple[str, list[Event]]]:
    """``(id, events)`` for each text, in input order, coded in ``processes`` worker processes."""
    items = ((t.id, t.text, t.date, t.url) for t in texts)
    if processes <= 1:
        coder = Coder(load_lexicon(dictionaries))
        for doc_id, text, day, url in items:
            yield doc_id, coder.code_text(text, date=day, url=url, doc_id=doc_id)
        return
    pending: list[str] = []

    def tracked() -> Iterator[tuple[str, str, dt.date | None, str | None]]:
        for item in items:
            pending.append(item[0])
            yield item

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with context.Pool(processes, initializer=_init, initargs=(str(dictionaries) if dictionaries else None,)) as pool:
        for number, events in enumerate(pool.imap(_code, tracked(), chunksize=chunksize)):
            yield pending[number], events
