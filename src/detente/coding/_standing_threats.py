"""A standing threat named by a noun is a charge, not a threat made.

"the U.S. undisguised nuclear threat", "the persistent nuclear threat of the U.S.", "North Korea's growing nuclear
threat", "U.S. military threats": the noun names what a teller holds the other side to pose, over years, in the
words of a charge or of a policy ("to cope with the U.S. nuclear threat", "the nuclear issue is ascribable to the
U.S. undisguised nuclear threat", "to counter North Korea's nuclear threat"). No threat was made (CAMEO 13) on the
day of the text: the teller's criticism, where one is told ("Rodong Sinmun slams U.S. nuclear threats"), is the act.

The rule: the noun "threat" or "threats" with a word of kind or duration among the three before it ("nuclear",
"military", "persistent", "undisguised", "growing", ...) is no act. A threat told by a verb ("threatened to strike",
"vied with each other to threaten Iran") and a threat named with what it threatens ("Trump's threat to unleash
fire and fury", "the threat of a missile attack", read elsewhere) are left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["standing_threat"]

_THREAT_NOUNS = frozenset(["threat", "threats"])
#: words of kind or duration that make a threat a standing one ("the U.S. undisguised nuclear threat")
_STANDING = frozenset(["nuclear", "military", "persistent", "undisguised", "constant", "continued", "continuous",
                       "growing", "ever-growing", "ever-increasing", "increasing", "escalating", "mounting",
                       "permanent", "ongoing", "long-standing", "incessant", "unceasing", "chronic", "security",
                       "missile", "existential", "standing", "potential"])
_REACH = 3
#: verbs a threat made names after "to" ("the threat to unleash fire and fury", "its threat to strike Guam")
_THREATENED_ACTS = frozenset(["unleash", "attack", "strike", "destroy", "use", "launch", "invade", "annihilate",
                              "retaliate", "impose", "cut", "withdraw", "quit", "leave", "end", "sever", "close",
                              "break", "bomb", "fire", "shoot", "punish", "expel", "sanction", "halt", "suspend",
                              "scrap", "pull", "seize", "sink", "wipe", "hit", "resume", "conduct", "take", "turn",
                              "obliterate", "crush", "blockade", "boycott", "reimpose", "tighten", "stop"])


def standing_threat(low: Sequence[str], verb: int) -> bool:
    """Whether the word at ``verb`` is the noun of a standing threat (module docstring)."""
    if low[verb] not in _THREAT_NOUNS:
        return False
    if low[verb + 1:verb + 2] == ["to"] and low[verb + 2:verb + 3] and low[verb + 2] in _THREATENED_ACTS:
        return False  # "the threat to unleash fire and fury": a threat made ("threats to the DPRK" stay standing)
    return not _STANDING.isdisjoint(low[max(0, verb - _REACH):verb])
