"""A note and who carried it: "the President's letter, delivered by Ambassador X on July 27, restated ...".

The words of a letter, message or note carried by someone, read from the tokens alone (no actors, no parse), so
that both the actors' step (:mod:`detente.coding._delivered`: whose note it is) and the dates' step
(:mod:`detente.coding.event_dates`: a note's words are told on the day it is delivered) can ask.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DELIVERING", "NOTES", "carried_note", "note_participle"]

#: participles that name who delivered a message with "by" ("handed over by": "handed" with "over")
DELIVERING = frozenset(["delivered", "carried", "conveyed", "handed", "transmitted", "presented"])
#: nouns of a message carried by someone
NOTES = frozenset(["letter", "letters", "message", "messages", "note", "notes", "reply", "replies", "memorandum",
                   "invitation", "proposal", "proposals"])
#: how many words a note's "from" phrase has at most before the participle
_FROM_REACH = 7


def note_participle(low: Sequence[str], n: int) -> int | None:
    """The index of "by" after the participle that follows the note at ``n`` (", delivered by", "handed over by")."""
    k = n + 1
    if k < len(low) and low[k] == ",":
        k += 1
    if k >= len(low) or low[k] not in DELIVERING:
        return None
    k += 1
    if k < len(low) and low[k] == "over":
        k += 1
    return k if k < len(low) and low[k] == "by" else None


def carried_note(low: Sequence[str], verb: int) -> bool:
    """Whether the participle at ``verb`` tells who carried a note ("the letter, delivered by ...", "a message
    handed over by ..."): no delivery of aid and no handover of something yielded, only the note's path."""
    n = verb - 1
    if n >= 0 and low[n] == ",":
        n -= 1
    if n >= 0 and low[n] in NOTES:
        return note_participle(low, n) is not None
    # "a letter from Kim Jong Un, delivered by ...": the note before its author's "from" phrase
    for f in range(n, max(-1, n - _FROM_REACH), -1):
        if not low[f].isalnum() and low[f] not in ("'s", "-"):
            return False
        if low[f] == "from":
            return f >= 1 and low[f - 1] in NOTES and low[verb + 1:verb + 2] in (["by"], ["over"])
    return False
