"""A past agreement or past sanctions named by a noun with their own parties and their own time: "The deal between
Israel and the Emirates earlier this month opened the way for flights", "Under the accord between Japan and South
Korea on Monday, Tokyo will pay ...", "Japan's export curbs on South Korea, announced on July 1, deepened the row",
"Washington's sanctions on Caracas in January hit its oil exports".

The lexicon reads an agreement or sanctions only through a verb ("signed an agreement", "imposed sanctions on"), so
a sentence that names them by a noun as background, its main verb something else, gave nothing. The noun is an act
of its own time as a past meeting is (:mod:`~detente.coding._dated_meetings`), read by the same test
(:func:`~detente.coding._dated_meetings.dated_meeting`): its phrase names its parties ("between A and B", "A's
agreement with B"; sanctions: whose, by a possessive or an actor right before them, and on whom, "on" or "against"
an actor) and a past time of its own ("in July 2018", "on Tuesday", "earlier this month", or a participle set off by
commas: ", announced on Friday,"), and no verb before it takes it as its object. :func:`dated_texts` gives each
such noun as a candidate of its own: the signing of an agreement (057) or the imposing of sanctions (163).

Not so: a text or sanctions to come ("next month's deal", "the proposed sanctions", "new sanctions planned for May"),
a noun with no time ("the deal between Israel and the Emirates holds"), the object of an act ("Japan welcomed the
deal between A and B in May"), or a noun a pattern of the lexicon already reads ("signed the accord on Monday").
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._dated_meetings import AGREEMENT_NOUNS, EASING_NOUNS, SANCTION_NOUNS, dated_meeting, eased_sanctions
from detente.coding._words import REPORT_CODES
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["TEXT_NOUNS", "dated_texts"]

#: the nouns :func:`dated_texts` reads
TEXT_NOUNS = AGREEMENT_NOUNS | SANCTION_NOUNS | EASING_NOUNS


def dated_texts(low: Sequence[str], words: Sequence[Candidate], mentions: Sequence[Mention]) -> list[Candidate]:
    """Candidates for the agreement and sanctions nouns of the sentence (``low``; ``words``: the verbs and event
    nouns the lexicon found) that name a past act with its own parties and time; empty when there are none."""
    if TEXT_NOUNS.isdisjoint(low):
        return []
    acts = frozenset(c.verb for c in words if not c.nominal and c.code not in REPORT_CODES)
    found: list[Candidate] = []
    for k, w in enumerate(low):
        if w not in TEXT_NOUNS or any(c.verb <= k < max(c.end, c.verb + 1) for c in words):
            continue
        code = "057" if w in AGREEMENT_NOUNS else "085" if eased_sanctions(low, k) else "163"
        if dated_meeting(low, k, code, mentions, acts):
            found.append(Candidate(k, k + 1, code, None, True))
    return found
