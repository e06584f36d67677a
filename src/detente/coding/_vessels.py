"""Ships and aircraft named again: "... a visit by Chinese government ships ... the four ships entered the
Japan-controlled territory": the ships are China's.

A story names a state's vessels once, with their owner ("Chinese government ships", "Russian warships"), and then
as "the ships", "the four vessels". The phrase named no actor, so what the ships did had no doer. The discourse
(:mod:`detente.coding.coref`) remembers which actor's ships, vessels, warships, aircraft ... the recent sentences
named (the actor right before the noun, or one word between: "Chinese coast guard ships"), and a later "the
ships" or "the four ships" that no actor names is that actor, when one noun names one owner only.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._mention_shapes import _copy
from detente.coding.mentions import Mention

__all__ = ["VESSELS", "owned_vessels", "vessels_again"]

#: the nouns of a state's ships and aircraft
VESSELS = frozenset(["ships", "vessels", "warships", "boats", "aircraft", "warplanes", "planes", "jets", "bombers",
                     "submarines", "destroyers", "frigates", "patrol"])
#: number words between "the" and the noun ("the four ships")
_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])


def owned_vessels(low: Sequence[str], mentions: Sequence[Mention]) -> dict[str, Mention | None]:
    """The vessel nouns the sentence names with an owner of a country right before them (one word may stand
    between: "Chinese coast guard ships" is a mention and its noun); None for a noun named with two owners."""
    out: dict[str, Mention | None] = {}
    for m in mentions:
        if not m.has_country or m.also or m.person:
            continue
        for q in range(m.end, min(len(low), m.end + 2)):
            if low[q] in VESSELS:
                known = out.get(low[q], m)
                out[low[q]] = m if known is not None and known.code == m.code else None
                break
            if not low[q].isalpha():
                break
    return out


def vessels_again(low: Sequence[str], mentions: list[Mention], known: dict[str, Mention | None]) -> list[Mention]:
    """``mentions`` with each "the ships", "the four vessels" that no actor names given the owner the discourse
    remembers for that noun (``known``)."""
    taken = {q for m in mentions for q in range(m.start, m.end)}
    added: list[Mention] = []
    for q, w in enumerate(low):
        owner = known.get(w)
        if owner is None or q in taken or q == 0:
            continue
        start = q - 2 if q >= 2 and low[q - 1] in _COUNTS and low[q - 2] == "the" else q - 1
        if low[start] != "the" or start in taken:
            continue
        added.append(_copy(owner, start, q + 1))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
