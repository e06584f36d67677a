"""Who protests in "the protest of X": X, when X is an actor named by its own head ("the strong protest of the
Philippine government" conveyed to an ambassador, "the protest of the Thai farmers"), not the one protested
against. A protest "of" an act ("a protest of the Chinese incursion") is aimed at that act's doer, as before.

A government's protest is its diplomatic protest (114), a crowd's a demonstration (140): the coder turns 140 into
114 when the source is official, so the protester read here decides both who protests and how.

>>> PROTEST_NOUNS >= {"protest", "protests"}
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.coding.mentions import Mention

__all__ = ["PROTEST_NOUNS", "protester"]

#: nouns of protest whose "of" phrase names the protester when it names an actor by its head
PROTEST_NOUNS = frozenset(["protest", "protests"])


def protester(reader: object, noun: int) -> list[Mention]:
    """The actors of ``noun``'s "of" phrase when ``noun`` is a protest and the phrase's head word is itself part
    of an actor's name ("of the Philippine government", "of the Thai farmers"); else none."""
    low, parse, at = reader.low, reader.parse, reader.at  # type: ignore[attr-defined]
    if low[noun] not in PROTEST_NOUNS:
        return []
    for child in parse.children(noun, "nmod", "obl"):
        if reader._case(child) == "of" and child in at and child > noun:  # type: ignore[attr-defined]
            return list(reader.actors(child))  # type: ignore[attr-defined]
    return []
