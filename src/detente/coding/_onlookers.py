"""Onlookers of talks are not their two sides: "Officials in Moscow and Ankara followed the talks closely".

A story of talks between two states often names two others that watch, welcome or judge them ("The United States
and China welcomed the announcement", "Moscow and Ankara followed the talks closely") before it goes on with "the
two sides", "both countries". Those words stood for the last pair named as a subject, the onlookers. A sentence
whose subject states do no more than look on an act the text told before (a verb of watching or of judging with a
definite noun of talks or an agreement as its object: "followed the talks", "welcomed the deal", "hailed this
agreement") marks them as onlookers: "the two sides" after it are two other states when the recent sentences name
two (:meth:`detente.coding.coref.Discourse._sides`), else the onlookers as before.

>>> sorted(onlookers("the united states and china welcomed the announcement on thursday .".split(), ["USA", "CHN"]))
['CHN', 'USA']
>>> onlookers("armenia and azerbaijan welcomed the talks .".split(), [])
frozenset()
>>> onlookers("russia and turkey signed the deal .".split(), ["RUS", "TUR"])
frozenset()
>>> onlookers("iran and egypt restored ties following the talks .".split(), ["IRN", "EGY"])
frozenset()
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["onlookers"]

#: verbs by which a state looks on, or judges, what others do
#: (no participle: "restored ties following the talks" is no onlooking)
_LOOKING = frozenset(["followed", "follows", "follow", "watched", "watches", "watch",
                      "monitored", "monitors", "monitor", "observed", "observes", "observe", "welcomed", "welcomes",
                      "welcome", "hailed", "hails", "hail", "praised", "praises", "praise", "applauded",
                      "applauds", "commended", "commends", "greeted", "greets", "backed", "backs", "endorsed",
                      "endorses", "noted", "notes", "criticised", "criticized", "criticises", "criticizes",
                      "questioned", "questions", "doubted", "dismissed", "dismisses"])
#: nouns of the act looked on: talks and what they reach
_ACTS = frozenset(["talks", "negotiations", "meeting", "meetings", "summit", "deal", "agreement", "accord", "pact",
                   "announcement", "ceasefire", "cease-fire", "truce", "dialogue", "rapprochement", "statement",
                   "declaration", "understanding", "breakthrough", "move", "decision", "process"])
#: determiners of a noun the text told before
_DEFINITE = frozenset(["the", "this", "that", "these", "those"])
#: how many words the verb may stand after the subject ("which both have troops in the region, followed")
_VERB_REACH = 14
#: how many words the definite article may stand before the act's noun ("the latest round of talks")
_NOUN_REACH = 5
_CLAUSE_ENDS = frozenset([";", ".", "but", "and"])


def onlookers(low: Sequence[str], subjects: Sequence[str]) -> frozenset[str]:
    """The states of ``subjects`` (the sentence's subject states, their codes) when the sentence ``low`` tells them
    only looking on an act told before; empty otherwise."""
    if not subjects:
        return frozenset()
    for q, w in enumerate(low[:_VERB_REACH + 1]):
        if w not in _LOOKING or q == 0:
            continue
        rest = low[q + 1:q + 2 + _NOUN_REACH]
        det = next((k for k, x in enumerate(rest) if x in _DEFINITE), None)
        if det is None or any(x in _CLAUSE_ENDS for x in rest[:det]):
            return frozenset()
        noun = next((k for k, x in enumerate(rest[det + 1:], det + 1) if x in _ACTS), None)
        if noun is None or any(x in _CLAUSE_ENDS for x in rest[det:noun]):
            return frozenset()
        return frozenset(subjects)
    return frozenset()
