"""A warning to answer a provocation or an attack yet to come is aimed at the one who would make it.

"The Chilean army will respond to any provocation by Peru with overwhelming force", "Chile said it would react
firmly to further Peruvian incursions", "vowed to retaliate against any attack from Peru": the dictionary codes
the answer (130, or 138 for an attack answered); whom it warns is the maker of the provocation, named as an
adjective or a possessive before the noun ("any Peruvian provocation", "Peru's provocations") or after "by" or
"from" after it. Word order alone took the means of the answer ("with overwhelming force", read as some military)
or nothing at all.

Not read so: an answer to anything else ("will respond to Peru's proposal"), a maker who is the warner's own side,
and an answer with no state named as the maker (left with the targets it had).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["provoker"]

#: verbs of answering (their forms start so)
_ANSWERS = ("respond", "react", "answer", "counter", "retaliat")
#: what an answer warned of answers
_PROVOCATIONS = frozenset(["provocation", "provocations", "intrusion", "intrusions", "incursion", "incursions",
                           "attack", "attacks", "aggression", "invasion", "acts", "act"])
#: how many words may stand between the verb and the noun
_REACH = 8


def provoker(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention] | None:
    """The maker of the provocation or attack a warning to answer names (see the module), as the warning's
    target; ``None`` when the act is no such warning or names no maker of another state than the warner's."""
    v = cand.verb
    if cand.code[:2] != "13" or cand.nominal or not low[v].startswith(_ANSWERS):
        return None
    noun = next((q for q in range(v + 1, min(len(low), v + 1 + _REACH)) if low[q] in _PROVOCATIONS), None)
    if noun is None or any(w in (",", ";", ":", ".") for w in low[v + 1:noun]):
        return None
    if low[noun] in ("act", "acts") and low[noun - 1] != "hostile":
        return None
    q = noun + 1 + (low[noun + 1:noun + 2] in (["by"], ["from"]))
    q += q > noun + 1 and low[q:q + 1] == ["the"]
    maker = next((m for m in mentions if m.has_country and (
        (v < m.start and m.end <= noun and noun - m.end <= 1)  # "any Peruvian provocation", "Peru's attacks"
        or (q > noun + 1 and m.start == q))), None)  # "any provocation by Peru"
    own = {m.code[:3] for m in cand.sources}
    if maker is None or maker.code[:3] in own:
        return None
    return [maker]
