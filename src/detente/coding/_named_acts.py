"""An act named by another in a clause after it: "Chilean ships entered the disputed waters, in what Peru called a
provocation", "Chile shelled the border post, which Peru described as an unprovoked attack". The word of naming
(call, describe as, term, brand, label, dub, characterize, denounce as) judges the act the main clause tells: its
target is that act's doer, where the parse of the "what" or "which" clause finds none (Peru -> Chile 111).

The clause is "in what" or "which" after a comma, the judge named within four words after it, and the act judged
is the last event before the clause whose doer is a known state other than the judge's; a statement (010) or a
judgment of the judge's own side ("Peru held drills in what it called a routine exercise") takes no target.

>>> import datetime as dt
>>> from detente.model import Event
>>> low = "chilean ships entered the waters , in what peru called a provocation .".split()
>>> act = Event(date=dt.date(2015, 6, 1), source="CHL", target="---", code="150", dataset="t")
>>> said = Event(date=dt.date(2015, 6, 1), source="PER", target="---", code="111", dataset="t")
>>> [(e.source, e.target, e.code) for e in named_acts([act, said], [2, 9], low)]
[('CHL', '---', '150'), ('PER', 'CHL', '111')]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from detente.coding._words import REPORT_CODES
from detente.model import Event

__all__ = ["named_acts"]

#: the words of naming another's act (their forms as the lexicon's patterns of calling and describing match them)
_NAMING = frozenset([
    "called", "calls", "described", "describes", "termed", "terms", "branded", "brands", "labelled", "labeled",
    "labels", "dubbed", "dubs", "characterized", "characterised", "characterizes", "characterises", "denounced",
    "denounces", "condemned", "condemns", "hailed", "hails", "praised", "praises", "welcomed", "welcomes"])

#: at most this many words between "what"/"which" and the word of naming: the judge's name ("the Chinese foreign
#: ministry")
_SPEAKER_SPAN = 5


def _opening(low: Sequence[str], verb: int) -> int | None:
    """The index of the "what" of "in what" or the "which" after a comma that opens the clause of ``verb``."""
    for k in range(verb - 1, max(verb - _SPEAKER_SPAN - 2, 0), -1):
        word = low[k]
        if word == "what" and low[k - 1] == "in":
            return k
        if word == "which" and low[k - 1] == ",":
            return k
        if word in (",", ";", "and", "but", "that", "who"):
            return None
    return None


def named_acts(events: list[Event], verbs: Sequence[int], low: Sequence[str]) -> list[Event]:
    """``events`` (their verbs at ``verbs``, in step) with each judgment of a word of naming in an "in what" or
    ", which" clause and no target aimed at the doer of the act told before the clause."""
    out = list(events)
    for k, (e, v) in enumerate(zip(events, verbs, strict=True)):
        if e.target[:3] != "---" or e.source[:3] == "---" or e.code in REPORT_CODES or low[v] not in _NAMING:
            continue
        opening = _opening(low, v)
        if opening is None:
            continue
        judged = next((x for x, w in reversed(list(zip(events, verbs, strict=True)))
                       if w < opening and x.source[:3] != "---" and x.code not in REPORT_CODES), None)
        if judged is None or judged.source[:3] == e.source[:3]:
            continue
        out[k] = dataclasses.replace(e, target=judged.source, target_name=judged.source_name)
    return out
