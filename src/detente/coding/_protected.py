"""Whom a threat to protect people in another state is aimed at: that state.

"Putin said his country is prepared to use all options to protect Russians in Ukraine" (VOA, 4 March 2014): the
threat (13) named no party, as "use all options" has none, and the place of the people it would protect, in the
purpose clause, is where force would be used. The target of a threat or a show of force (13, 15) with no party
of its own is the state named after "in" in its purpose clause of protecting or defending ("to protect its
citizens in Georgia", "to defend Russian speakers in Moldova"), when that state is not the threatener's own.

Only that purpose clause: a threat told "in Geneva" or "in a statement" names where it was made, and a state
named as the people protected ("to protect Ukraine") is the one protected, another reading.
"""

from __future__ import annotations

from collections.abc import Callable

from detente.coding._words import PROTECTING
from detente.coding.mentions import Mention
from detente.coding.syntax import Parse

__all__ = ["protected_in"]


def protected_in(parse: Parse, low: list[str], verb: int, actors: Callable[[int], list[Mention]],
                 case: Callable[[int], str | None], own: frozenset[str]) -> list[Mention]:
    """The state after "in" in the purpose clause of protecting that hangs on the threat at ``verb``."""
    heads = [verb, *parse.children(verb, "ccomp", "xcomp")]  # "warned it would use force to protect ..."
    heads += [c for h in heads[1:] for c in parse.children(h, "xcomp")]
    for clause in (c for h in heads for c in parse.children(h, "advcl", "xcomp")):
        if low[clause] not in PROTECTING or not any(low[m] == "to" for m in parse.children(clause, "mark")):
            continue
        for phrase in [*parse.children(clause, "obl"),
                       *(n for o in parse.children(clause, "obj") for n in parse.children(o, "nmod"))]:
            if case(phrase) != "in":
                continue
            found = [m for m in actors(phrase) if m.has_country and m.code[:3] not in own]
            if found:
                return found[:1]
    return []
