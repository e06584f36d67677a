"""A short name two states share, read as the state the article names in full.

"Congo" and "Congolese" are the Republic of the Congo's in the countries' table, but news of the Democratic Republic
of the Congo uses them for the DRC once it has named it ("The Congolese government has once again accused Rwanda
...", "as Congo carries out a dramatic military build-up"; wire style calls the DRC "Congo" and the other
"Republic of Congo"). An article that names one of the two states in full, or names a place, leader or armed group
only that state has ("Goma", "Tshisekedi", "M23"; "Sassou Nguesso", "Pointe-Noire": :mod:`._namesake_marks`), and
never the other in either way, means that state by the short name: its events are recoded from the other
(:func:`namesakes_read`). An article naming both, or neither, is read as the table reads it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from detente.coding._namesake_marks import DRC_MARKS, ROC_MARKS
from detente.model import Event

__all__ = ["namesakes_read"]

#: (the code the short name is read as, the state an article may mean by it instead, what names that state in full,
#: what names the first state in full, what marks the second state, what marks the first)
_NAMESAKE_STATES = (
    ("COG", "COD",
     re.compile(r"\b(?:Democratic\s+Republic\s+of\s+(?:the\s+)?Congo|DR\s?Congo|D\.?R\.?C\.?|Congo-Kinshasa|Kinshasa"
                r"|Zaire)\b"),
     re.compile(r"\b(?:(?<!Democratic )Republic\s+of\s+(?:the\s+)?Congo|Congo-Brazzaville|Brazzaville)\b"),
     DRC_MARKS, ROC_MARKS),
)


def _recoded(event: Event, short: str, meant: str) -> Event:
    changes: dict[str, str] = {}
    for side in ("source", "target"):
        code = getattr(event, side)
        if code[:3] == short:
            changes[side] = meant + code[3:]
            changes[f"{side}_country"] = meant
    return dataclasses.replace(event, **changes) if changes else event  # type: ignore[arg-type]


def namesakes_read(events: Sequence[Event], text: str) -> list[Event]:
    """``events`` with a state read by a short name it shares recoded to the state ``text`` names in full, when it
    names or marks that one and never the other ("the Democratic Republic of Congo ... the Congolese government",
    "Congolese troops fought M23 rebels near Goma": COD)."""
    out = list(events)
    for short, meant, named, own, marks, own_marks in _NAMESAKE_STATES:
        if (named.search(text) or marks.search(text)) and not (own.search(text) or own_marks.search(text)):
            out = [_recoded(e, short, meant) for e in out]
    return out
