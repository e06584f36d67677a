"""Whom a statement issued "in support of" another's statement, decision or stand endorses: that other's state.

"The All-India Indo-Korean Friendship Association issued a statement on June 6 in support of a statement of the
spokesman for the General Staff of the Korean People's Army" (KCNA, 12 June 2011): the lexicon reads a statement,
appeal or bulletin issued, released or made public "in support of" something as an endorsement (051), and its
target is whoever holds what is supported. That holder sits deep in the phrase, behind the text supported and the
one who gave it: "of the spokesman for the General Staff of the Korean People's Army", "released by a spokesman
for the DPRK Foreign Ministry", "an answer given by the DPRK Foreign Ministry". The first actor of a country in the
phrase after "support of" is the target; a spokesman or body that names no country is passed over for the one it
speaks for. A phrase that names no state ("in support of the decision of the enlarged meeting of the preparatory
committee") gives the act no target, and so no event.
"""

from __future__ import annotations

from detente.coding.mentions import Mention
from detente.coding.syntax import Parse

__all__ = ["supported_holder"]


def supported_holder(parse: Parse, low: list[str], mentions: list[Mention], phrase: int,
                     own: frozenset[str]) -> list[Mention]:
    """The first actor of a country (not the endorser's own) inside the phrase headed by ``phrase``, the noun
    "support" after "in", when "of" follows it."""
    if low[phrase] != "support" or phrase + 1 >= len(low) or low[phrase + 1] != "of":
        return []
    inside = {phrase}
    todo = [phrase]
    while todo:
        for child in parse.children(todo.pop()):
            if child not in inside:
                inside.add(child)
                todo.append(child)
    end = max(inside)
    for m in mentions:
        if phrase < m.start <= end and m.has_country and any(i in inside for i in range(m.start, m.end)) \
                and m.code[:3] not in own:
            return [m]
    return []
