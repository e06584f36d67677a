"""Joint military exercises read as a show of force: the states that hold them together cooperate militarily.

The lexicon reads drills held around, near or against a place or a state as a show of force (CAMEO 150), joint
ones too ("launched the joint military exercises targeted against the DPRK"). Such a reading kept only the force:
"The United States and South Korea kicked off joint exercises against the DPRK" gave each a show of force at the
DPRK and nothing between the two, and "Japan staged joint drills with the United States around the peninsula" a
show of force by Japan at the United States, its partner. An exercise held together is also military cooperation
of its holders with each other (CAMEO 062), as the lexicon reads joint drills with no aim ("began joint naval
drills").

The rule: an act of root 15 whose words (from its verb or noun to the end of its matched phrase) name an exercise
("exercise", "drills", "maneuvers", "war games", "patrol") held together ("joint", "combined") has as its holders
its sources (or the group of a hyphenated pair, :mod:`detente.coding._paired`) and the states named in a "with"
phrase right after the exercise's noun ("joint exercises with south Korea"), which are no target of it. Each holder
cooperates with each other holder of another country (062, both ways); the show of force is at the targets left,
each holder's; with no target left no show of force is told ("held joint naval exercises near Vladivostok": a
place, at no one).

Limits: one state's services exercising together ("the army and navy of China held joint exercises") are no pair
(holders of one country); a "with" phrase further on ("near the border with North Korea") names no partner; an
exercise one state holds alone stays a show of force as the lexicon reads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.mentions import Mention

if TYPE_CHECKING:
    from detente.coding.roles import Candidate

__all__ = ["DRILL_CODE", "drill_holders", "holder_pairs"]

#: what the holders of a joint exercise do to each other: cooperate militarily
DRILL_CODE = "062"
#: words that say an exercise is held by several together
_TOGETHER = frozenset(["joint", "combined"])
#: the nouns of an exercise
_EXERCISES = frozenset(["exercise", "exercises", "drill", "drills", "maneuver", "maneuvers", "manoeuvre",
                        "manoeuvres", "games", "wargame", "wargames", "patrol", "patrols"])
#: words that may stand between "with" and the partner's name ("with the south Korean puppet army")
_BEFORE_PARTNER = frozenset(["the", "its", "their", "his", "her"])
#: prepositions that name whom or where an exercise is aimed at ("with Japan against the DPRK")
_AIMED = frozenset(["against", "targeting", "toward", "towards", "around", "near", "off", "at"])
#: how far after the partner the phrase of aim may stand ("with south Korea on Monday against the DPRK")
_AIM_REACH = 6
#: words that end the exercise's clause
_CLAUSE_END = frozenset([".", ";", ":", ",", "but", "while", "and", "which", "who", "that", "when", "as"])


def _partners(span: range, low: Sequence[str], targets: Sequence[Mention]) -> list[Mention]:
    """The targets named in a "with" phrase right after the exercise's noun in ``span``."""
    noun = next((q for q in reversed(span) if low[q] in _EXERCISES), None)
    if noun is None or noun + 1 >= len(low) or low[noun + 1] != "with":
        return []
    return [t for t in targets if t.start > noun + 1 and t.has_country
            and all(w in _BEFORE_PARTNER for w in low[noun + 2:t.start])][:1]


def _aimed_at(low: Sequence[str], after: int, mentions: Sequence[Mention], holders: Sequence[Mention]) -> list[Mention]:
    """The state an exercise is aimed at in a phrase after its partner (ending at ``after``): "with south Korea
    against the DPRK"; none past the end of the clause."""
    own = {h.code[:3] for h in holders}
    for q in range(after, min(len(low), after + _AIM_REACH)):
        if low[q] in _CLAUSE_END:
            return []
        if low[q] in _AIMED:
            return [m for m in mentions if q < m.start <= q + 2 and m.has_country and m.code[:3] not in own
                    and all(w in _BEFORE_PARTNER for w in low[q + 1:m.start])][:1]
    return []


def drill_holders(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """Whether ``cand`` is a joint exercise read as a show of force; if so its partner in a "with" phrase joins its
    holders (``cand.compound`` when it has a group, else ``cand.sources``) and leaves its targets, the state a
    phrase after the partner aims it at being its target."""
    if cand.code[:2] != "15":
        return False
    end = max(cand.end, max(cand.used) + 1 if cand.used else 0)
    span = range(max(0, cand.verb - 1), min(len(low), end))  # "a joint exercise": the noun's modifier before it
    words = {low[q] for q in span}
    if _TOGETHER.isdisjoint(words) or _EXERCISES.isdisjoint(words):
        return False
    partners = _partners(span, low, cand.targets)
    if partners:
        holders = cand.compound or cand.sources
        holders.extend(p for p in partners if all(p is not h for h in holders))
        cand.targets = [t for t in cand.targets if all(t is not p for p in partners)] \
            or _aimed_at(low, partners[-1].end, mentions, holders)
    return True


def holder_pairs(holders: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """Each holder with each other holder of another country, both ways (one per pair of countries)."""
    firsts: dict[str, Mention] = {}
    for m in holders:
        if m.has_country and m.code[:3] != "---":
            firsts.setdefault(m.code[:3], m)
    ones = list(firsts.values())
    return [(a, b) for a in ones for b in ones if a is not b]
