"""The collector's threshold while a corpus is coded in one process (docs/coder.md, "Speed"): raised while the
texts are coded, given back when the caller has them all, and a caller's own higher threshold kept."""

from __future__ import annotations

import datetime as dt
import gc
from typing import NamedTuple

from detente.coding.corpus import YOUNG, code_texts


class _Text(NamedTuple):
    id: str
    text: str
    date: dt.date | None
    url: str | None


_TEXTS = [_Text("a", "China condemned Japan on Monday.", dt.date(2012, 3, 5), None),
          _Text("b", "Peru praised Chile.", dt.date(2012, 3, 6), None)]


def test_the_threshold_is_raised_while_coding_and_given_back() -> None:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        coded = code_texts(_TEXTS, syntax=False)
        first = next(coded)
        assert first[0] == "a"
        assert gc.get_threshold() == (YOUNG, 10, 10)
        assert [doc_id for doc_id, _ in coded] == ["b"]
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_a_callers_higher_threshold_is_kept() -> None:
    before = gc.get_threshold()
    gc.set_threshold(YOUNG * 2, 5, 5)
    try:
        coded = code_texts(_TEXTS, syntax=False)
        next(coded)
        assert gc.get_threshold() == (YOUNG * 2, 5, 5)
        list(coded)
        assert gc.get_threshold() == (YOUNG * 2, 5, 5)
    finally:
        gc.set_threshold(*before)
