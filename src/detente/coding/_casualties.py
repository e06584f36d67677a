"""Whose casualties a report tells: the place an attack was on is the victim's, never the killer.

"The attack on the South Korean island of Yeonpyeong is reported to have killed two and injured 15" gave South
Korea as the doer of the killing (KOR 180): the subject of "killed" is the attack, and the only state in it is
the one the attack was on. The same in "The shelling of the Ukrainian city of Kharkiv killed seven people" and
"The bombing of the Pakistani embassy in Kabul wounded three guards". A state named in the "on", "of", "against"
or "at" phrase of an attack noun heading the subject of a casualty verb is where the blow fell: it is no source of
the casualties (the doer, if the sentence names one, stands before the noun: "North Korea's attack on ...", "The
Israeli strike on ..."; or after "by").
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["casualty_sources"]

#: verbs that count the dead and wounded of an attack
_CASUALTY_VERBS = ("kill", "injur", "wound", "maim")
#: nouns of an attack that can head the subject of a casualty verb
_ATTACK_NOUNS = frozenset(["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air-strike",
                           "shelling", "bombing", "bombings", "bombardment", "raid", "raids", "assault", "barrage",
                           "shootings", "shooting", "blast", "explosion", "ambush"])
#: the prepositions that name where the attack fell
_ON = frozenset(["on", "of", "against", "at", "in"])
#: words that may stand between the preposition and the victim's name ("on the South Korean island")
_BETWEEN = frozenset(["the", "a", "an", "its", "their", "two", "several", "northern", "southern", "eastern",
                      "western", "border", "frontier"])
#: how many words the phrase from the attack noun to the casualty verb may hold
_REACH = 16


def casualty_sources(low: Sequence[str], cand: Candidate) -> list[Mention]:
    """``cand``'s sources less those standing where the attack heading its subject fell (see the module)."""
    if not cand.sources or not low[cand.verb].startswith(_CASUALTY_VERBS) or cand.code[:2] not in ("18", "19"):
        return cand.sources
    return [m for m in cand.sources if not _struck(low, m, cand)]


def _struck(low: Sequence[str], m: Mention, cand: Candidate) -> bool:
    """Whether ``m`` follows an attack noun and its preposition of place in the subject of ``cand``'s verb, with
    no other source of it and no clause break between them."""
    verb = cand.verb
    if not 2 <= m.start < verb or verb - m.start > _REACH:
        return False
    q = m.start - 1
    while q > 0 and low[q] in _BETWEEN:
        q -= 1
    if low[q] not in _ON or low[q - 1] not in _ATTACK_NOUNS:
        return False
    return not any(w in (",", ";", ":", "that", "which", "who") for w in low[m.end:verb]) \
        and not any(m.end <= o.start < verb for o in cand.sources if o is not m)
