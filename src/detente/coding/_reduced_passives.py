"""An act told by a participle right after the noun it acts on, its doer named after "by": "The sanctions imposed on
Iran by the European Union in October hit its oil exports", "the embargo imposed on Cuba by Washington in 1962",
"the tariffs slapped on Chinese steel by the United States last year".

The participle of a reduced relative clause is a passive with no form of "be" before it, so the reading of a
passive's agent (a "by" phrase after the verb, in :class:`~detente.coding.roles.RoleFinder`) did not take it, and
the act had a target and no doer ("--- -> IRN 163"). :func:`reduced_passive_agents` names the doers: the actors right
after a "by" in the participle's own phrase (before a comma, a clause word or another verb), when the word before the
participle is a noun of the sentence, not an actor (its subject: "Washington imposed ...") nor a form of "be" or
"have" (a passive or a perfect read elsewhere), and the reading found no doer.

The full passive of imposing sanctions, which the lexicon reads at its form of "be" ("Sanctions were imposed on Iran
by the United States on Monday"), had no doer either, and is read the same way.

Not so: a participle after a comma (", backed by Bolivia": a clause of its own), "by" with no actor right after it
("imposed on Iran by mistake"), or an act whose doer was found.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["reduced_passive_agents"]

#: irregular participles of the lexicon's acts that may stand after their noun ("the embargo laid on Cuba by ...")
_IRREGULAR = frozenset(["laid", "imposed", "slapped", "levied", "put", "set", "brought", "taken", "made", "given",
                        "sent", "struck", "shot", "seized", "held", "built", "sold", "frozen", "withdrawn", "drawn",
                        "begun", "done", "thrown", "written", "signed", "broken", "shown"])
#: words before a participle that make it a passive or a perfect read elsewhere, or no participle after a noun
_NOT_NOUN = frozenset(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got", "gets",
                       "and", "or", "not", "never", "also", "it", "he", "she", "they", "we", "i", "you", "who", "which",
                       "that", "then", "later", "jointly", "reportedly", "allegedly", "formally", "recently", "newly"])
#: forms of "be" at which a passive of imposing may be read ("sanctions were imposed on Iran by ...")
_BE = frozenset(["is", "are", "was", "were"])
#: words that end the participle's own phrase
_ENDS = frozenset([",", ";", ":", "that", "which", "who", "where", "when", "but", "(", ")", "--", '"', "."])
#: how far after the participle its "by" may stand
_REACH = 10


def reduced_passive_agents(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention],
                           acts: Collection[int]) -> list[Mention]:
    """The doers of the act told by the participle ``cand`` after its noun, named after "by" in the participle's
    phrase ("the sanctions imposed on Iran by the EU and Canada"); ``acts``: the positions of the sentence's other
    verbs. Empty for any other shape or when the act has a doer."""
    verb = cand.verb
    if cand.nominal or cand.sources or cand.compound or verb == 0:
        return []
    noun = verb - 1
    if low[verb] in _BE and verb + 1 < len(low):
        verb += 1  # "sanctions were imposed on Iran by ...": the act read at "were"
    word, prev = low[verb], low[noun]
    if not (word.endswith("ed") or word in _IRREGULAR) or prev in _NOT_NOUN or not prev.isalpha() \
            or any(m.start <= noun < m.end for m in mentions):
        return []
    by = next((k for k in range(max(cand.end, verb + 1), min(len(low), verb + _REACH))
               if low[k] == "by" or low[k] in _ENDS or k in acts), None)
    if by is None or low[by] != "by":
        return []
    agents: list[Mention] = []
    k = by + 1
    for m in sorted((m for m in mentions if m.start > by), key=lambda m: m.start):
        if any(w not in ("the", "and", ",") for w in low[k:m.start]) or not m.has_country \
                or any(m.code[:3] == a.code[:3] for a in agents):
            break
        agents.append(m)
        k = m.end
    return agents
