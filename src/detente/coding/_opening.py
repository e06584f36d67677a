"""Who holds a meeting, a call or a visit named in a phrase that opens the sentence: the main clause's subject.

"In a meeting with Lula on Tuesday, Macron said ...", "During talks with Lula in Brasilia, Macron announced
...": the opening phrase names an event noun of consultation (CAMEO 04: a meeting, talks, a call, a visit) and its
other party, and the sentence's subject is the one who held it. The main verb may take the phrase's party as its
addressee (:meth:`detente.coding.roles.RoleFinder.addressee`); the noun itself had no source (``--- BRAGOV``
044), so the meeting was lost. Its source is now the actor that opens the main clause, right after the phrase's
comma (a determiner, a title or an adjective of its country before it).

Not read so: a phrase with a clause word or a second comma in it, a main clause that does not start with an actor
("At a meeting with Lula, it was agreed ..."), and an actor of the phrase's own party (no one meets himself).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["opening_holder"]

#: prepositions that open a phrase naming an event before the main clause
_OPENING = frozenset(["in", "at", "during", "on"])
#: how far into the sentence the opening phrase's comma may stand
_REACH = 18
#: words that end a phrase or open a clause inside it: the phrase is then no simple opening
_BREAKS = frozenset([";", ":", "that", "which", "who", "when", "while", "because", "if", "after", "before"])
#: codes of the nouns whose holder is read so: calls, meetings, visits, consultations (04)
_ROOTS = frozenset(["04"])
#: how many words may stand between the comma and the main clause's actor ("the French president")
_SUBJECT_REACH = 4


def opening_holder(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The actor that holds the event noun at ``cand`` named in a phrase opening the sentence: the main clause's
    subject right after the phrase's comma; ``[]`` when the sentence has no such shape."""
    if cand.sources or cand.code[:2] not in _ROOTS or not low or low[0] not in _OPENING:
        return []
    comma = next((q for q in range(1, min(len(low), _REACH)) if low[q] == ","), None)
    if comma is None or not cand.verb < comma or any(w in _BREAKS for w in low[1:comma]):
        return []
    subject = next((m for m in mentions if m.start > comma), None)
    if subject is None or not subject.has_country or subject.start > comma + _SUBJECT_REACH:
        return []
    if any(w in (",", "and") or w in _BREAKS for w in low[comma + 1:subject.start]):
        return []
    if any(t.code[:3] == subject.code[:3] for t in cand.targets):
        return []
    return [subject]
