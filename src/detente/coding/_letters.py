"""A letter that calls off a meeting: the calling off, not the letter.

"Ghana sent a letter to Togo cancelling the summit", "sent a letter to Togo saying the summit will not take place":
the letter is how the meeting was called off (CAMEO 164, talks broken off), no communication of note between the
two (040).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from detente.coding._words import BOUNDARIES
from detente.model import Event
from detente.reference import ReferenceTables

__all__ = ["called_off_by_letter"]

_SENDING = frozenset(["send", "sends", "sent", "sending"])
_LETTERS = frozenset(["letter", "letters", "message", "messages", "note", "notes"])
_MEETINGS = frozenset(["summit", "meeting", "talks", "visit", "negotiations"])
_CALLING_OFF = frozenset(["cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "scrap",
                          "scrapping", "scrapped"])
_NOT_HELD = (("not", "take", "place"), ("not", "go", "ahead"), ("not", "be", "held"), ("be", "cancelled"),
             ("be", "canceled"), ("be", "called", "off"))
#: how many words after the letter what it does may be told
_REACH = 30


def _calls_off(part: Sequence[str]) -> bool:
    for q, w in enumerate(part):
        ahead = part[q + 1:q + 5]
        if (w in _CALLING_OFF or (w.startswith("call") and ahead[:1] == ["off"])) \
                and not _MEETINGS.isdisjoint(ahead):
            return True
        if w in _MEETINGS:
            after = list(part[q + 1:q + 10])
            for shape in _NOT_HELD:
                n = len(shape)
                if any(tuple(after[i:i + n]) == shape for i in range(len(after) - n + 1)):
                    return True
    return False


def called_off_by_letter(events: list[Event], verbs: list[int], low: Sequence[str], tables: ReferenceTables,
                         track: Callable[[str, int | None], str], recode: Callable[..., Event]) -> list[Event]:
    """Each letter sent to another state (040) whose words, told after it in its sentence part, call off a summit,
    meeting, talks or visit ("cancelling the summit", "saying the summit will not take place") as the sender's
    calling off (164, by ``recode`` with ``tables`` and ``track``) toward the same state."""
    out = list(events)
    for k, e in enumerate(events):
        v = verbs[k]
        if e.code != "040" or low[v] not in _SENDING or e.target[:3] == "---":
            continue
        letter = next((q for q in range(v + 1, min(len(low), v + 4)) if low[q] in _LETTERS), None)
        if letter is None:
            continue
        end = next((q for q in range(letter, min(len(low), letter + _REACH)) if low[q] in BOUNDARIES),
                   min(len(low), letter + _REACH))
        if _calls_off(low[letter + 1:end]):
            out[k] = recode(e, "164", e, tables, track)
    return out
