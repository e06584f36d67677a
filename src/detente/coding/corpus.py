"""Code many texts, in one process or several (results in input order: parallel equals serial)."""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from detente.coding.coder import Coder, CoderOptions
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


def _init(dictionaries: str | None, syntax: bool = True) -> None:
    global _WORKER  # one coder per worker process, built once
    lexicon = load_lexicon(Path(dictionaries) if dictionaries else None)
    _WORKER = Coder(lexicon, options=CoderOptions(syntax=syntax))
    gc.freeze()  # the worker's coder lives as long as the worker: the collector need not scan it again
    gc.set_threshold(max(gc.get_threshold()[0], YOUNG), *gc.get_threshold()[1:])


Item = tuple[str, str, dt.date | None, str | None]
#: texts coded (and their sentences parsed) together by a worker process
BATCH = 32
#: ... and in one process, where no worker waits for the batch: the parser's loop costs per step, a step serves every
#: sentence of the batch, so the larger batch takes fewer steps (docs/coder.md, "Speed")
ONE_PROCESS_BATCH = 128
#: while a corpus is coded, the collector's youngest generation is collected once this many more objects were made
#: than freed (Python's default, 700, ran it about every 6 stories of KCNA prose, some 1.5% of the coding time;
#: what the coder makes is freed by reference counts, so the collections found next to nothing)
YOUNG = 20_000


def _code(chunk: list[Item]) -> list[list[Event]]:
    assert _WORKER is not None
    return _code_with(_WORKER, chunk)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def code_texts(
    texts: Iterable[Text], *, dictionaries: Path | None = None, processes: int = 1, chunksize: int = 16,
    syntax: bool = True,
) -> Iterator[tuple[str, list[Event]]]:
    """``(id, events)`` for each text, in input order, coded in ``processes`` worker processes (``syntax=False``:
    the faster word-order reading, no parser)."""
    items = ((t.id, t.text, t.date, t.url) for t in texts)
    if processes <= 1:
        coder = Coder(load_lexicon(dictionaries), options=CoderOptions(syntax=syntax))
        froze, threshold = _freeze(), gc.get_threshold()
        gc.set_threshold(max(threshold[0], YOUNG), *threshold[1:])
        try:
            for chunk in _chunks(items, ONE_PROCESS_BATCH):
                yield from zip((item[0] for item in chunk), _code_with(coder, chunk), strict=True)
        finally:
            gc.set_threshold(*threshold)
            if froze:
                gc.unfreeze()
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    initargs = (str(dictionaries) if dictionaries else None, syntax)
    with context.Pool(processes, initializer=_init, initargs=initargs) as pool:
        chunks = _chunks(items, BATCH)
        pending: list[list[Item]] = []

        def tracked() -> Iterator[list[Item]]:
            for chunk in chunks:
                pending.append(chunk)
                yield chunk

        for number, coded in enumerate(pool.imap(_code, tracked(), chunksize=max(1, chunksize // BATCH))):
            yield from zip((item[0] for item in pending[number]), coded, strict=True)
            pending[number] = []


def _freeze() -> bool:
    """Set the objects alive before a corpus is coded (the coder's dictionaries and parser, the caller's data)
    aside from the garbage collector while it is coded, unless the caller has frozen some itself: the collector's
    full passes would otherwise scan them again and again (about a tenth of the coding time on the KCNA corpus).
    Whether they were set aside, so the caller's ``finally`` gives them back (``gc.unfreeze``)."""
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


def _code_with(coder: Coder, chunk: list[Item]) -> list[list[Event]]:
    return coder.code_batch([(text, day, url, doc_id) for doc_id, text, day, url in chunk])
