"""Talks a state encourages, calls for or supports as a course are no talks held.

"G7 members continue to encourage the peaceful resolution of issues through constructive cross-Strait dialogue"
(the G7 foreign ministers' statement of 6 April 2025) was read as China and Taiwan holding talks (040) beside the
appeal: the dialogue is what the appeal asks for, named further than the eight words in which
``_acts.weighed`` looks for what an appeal asks. "The G7 supports dialogue between India and Pakistan" likewise
coded talks between the two: support for talks in the present, with no article, is support of a course, not of
talks held.

The rule: a noun of talks within fourteen words after an appeal or a demand (02, 10), or after "support(s)" or
"encourage(s)" in the present, with no clause break between (a semicolon, a colon, a comma, "and", "but", a
relative or subordinating word), is no act. After "support(s)" the talks must be named with no article or
pronoun before them ("supports the talks" may be talks held, and stays).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._clause_words import TALK_NOUNS
from detente.coding._words import ASKING_ROOTS, BOUNDARIES, CLAUSE_WORDS, CONTRAST_WORDS
from detente.coding.roles import Candidate

__all__ = ["talks_sought"]

#: verbs that back a course in the present ("supports dialogue between", "encourages talks")
_BACKING = frozenset(["support", "supports", "encourage", "encourages"])
#: words before talks that make them talks of the world, held or set ("the talks", "their dialogue")
_NAMED = frozenset(["the", "these", "this", "those", "its", "their", "his", "her", "our", "last", "recent", "such"])
#: words that end what is asked or backed
_BREAKS = frozenset([",", "and", "then", "after", "before", "when", "as", "amid", "."])
_REACH = 14


def talks_sought(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str]) -> bool:
    """Whether ``cand`` is a noun of talks that an appeal, a demand or a backing of a course asks for (module
    docstring)."""
    if low[cand.verb] not in TALK_NOUNS:
        return False
    for other in candidates:
        if other is cand or not other.verb < cand.verb <= other.end + _REACH:
            continue
        backing = low[other.verb] in _BACKING
        if other.code[:2] not in ASKING_ROOTS and not backing:
            continue
        if backing and other.code[:2] not in ASKING_ROOTS \
                and not _NAMED.isdisjoint(low[max(other.end, cand.verb - 3):cand.verb]):
            continue  # "supports the talks": talks that may be held
        between = low[other.end:cand.verb]
        if not any(w in BOUNDARIES or w in CLAUSE_WORDS or w in CONTRAST_WORDS or w in _BREAKS for w in between):
            return True
    return False
