"""A meeting owned by "their" with no group before it: the pair that met. "The summit between Kim and Trump in Hanoi
ended on Thursday. Their first summit, in Singapore on June 12 last year, ...", "Kim invited Putin to visit during
their talks at the Vostochny cosmodrome on Wednesday", "Abe and Moon's talks ... their last meeting, in New York".

"Their" stands for the last group of actors that was a sentence's subject (:mod:`detente.coding.coref`); when no
group was (the pair stood in a "between" phrase, or one was the subject and the other its object), the pronoun
stayed unresolved and the meeting it owns had no parties, or only a place ("in Singapore") for one. A meeting has
two sides, so "their" before a meeting noun with no group to stand for is read as "the two leaders" would be: the
two states that last acted together, else the last two named (``Discourse._sides``).

>>> pair_meeting("their first summit , in singapore".split(), 0)
True
>>> pair_meeting("their own people".split(), 0), pair_meeting("their forces".split(), 0)
(False, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._dated_meetings import MEETING_NOUNS

__all__ = ["pair_meeting"]

#: words that may stand between "their" and the meeting noun ("their first face-to-face meeting")
_BETWEEN = frozenset(["first", "second", "third", "fourth", "fifth", "last", "latest", "previous", "earlier",
                      "recent", "most", "historic", "landmark", "landmark", "face-to-face", "in-person", "formal",
                      "informal", "official", "bilateral", "high-level", "summit", "one-on-one", "brief", "only",
                      "two-day", "three-day", "previous", "telephone", "phone", "round", "of"])


def pair_meeting(low: Sequence[str], q: int) -> bool:
    """Whether "their" at ``q`` owns a noun of a meeting within four words ("their talks", "their last face-to-face
    meeting", "their previous round of talks"), describing words between."""
    if low[q] != "their":
        return False
    for k in range(q + 1, min(len(low), q + 6)):
        if low[k] in MEETING_NOUNS or low[k] in ("call", "encounter", "encounters"):
            return True
        if low[k] not in _BETWEEN:
            return False
    return False
