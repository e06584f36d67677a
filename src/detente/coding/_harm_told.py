"""A report that tells another state's act as doing harm: the teller's criticism (111) of that state.

"Hungary said Romania's decision to close the crossing had damaged trust between the neighbours", "Athens said
Turkey's drilling plans undermine stability in the region", "the ministry said the Bolivian president had
groundlessly insulted the Peruvian people", "Oslo said Moscow's refusal raised serious doubts about its
commitment": no verb of blame, no copula and no word of a wrong (:func:`detente.coding._acts.judges`), yet the
teller faults the other state by saying what its act did. Read alone, the report stayed a bare statement (010)
aimed at no one, and the verb inside it coded nothing, or the doer's act on itself.

:func:`harm_of` finds the state so faulted: in the first clause of the reported words, a verb of harm told as done
(:data:`_HARMING`: "undermined", "damages", "has jeopardised", "slandered", "poisoned", "derailed"; "raised
(serious) questions|doubts|concerns about", "cast doubt on", "led to|fuelled ... tension|clash|crisis") with no
modal, condition, negation or passive before it, and before it in the same clause a state named as the doer (the
subject or its owner: "Russia's refusal", "the Bolivian president"), not the teller's own and not after a
preposition of place or aim ("the attack on Turkey damaged ...": Turkey is struck, not faulted).

Left alone: the teller's own act or a pronoun ("said its decision had damaged trade", "said it undermined"), harm
done by no state ("said the storm damaged roads near the Turkish border"), harm feared or advised against ("said
the plan could undermine the truce", "warned it would damage ties"), harm denied ("said the visit did not damage
relations"), and harm suffered ("said relations were damaged by the row").

>>> from detente.coding.mentions import Mention
>>> low = "hungary said romania 's decision had damaged trust .".split()
>>> harm_of(low, 2, len(low), [Mention(0, 1, "HUN"), Mention(2, 3, "ROU")], Mention(0, 1, "HUN")).code
'ROU'
>>> low = "hungary said the storm damaged roads near the romanian border .".split()
>>> harm_of(low, 2, len(low), [Mention(0, 1, "HUN"), Mention(8, 9, "ROU")], Mention(0, 1, "HUN")) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BOUNDARIES, DETERMINERS, NEGATORS
from detente.coding.mentions import Mention

__all__ = ["NOT_DOER", "harm_of"]

#: verbs of harm done, in the forms a told act takes (present, past, perfect)
_HARMING = frozenset([
    "undermine", "undermines", "undermined", "undermining", "damage", "damages", "damaged", "harm", "harms",
    "harmed", "hurt", "hurts", "jeopardize", "jeopardizes", "jeopardized", "jeopardise", "jeopardises",
    "jeopardised", "endanger", "endangers", "endangered", "destabilize", "destabilizes", "destabilized",
    "destabilise", "destabilises", "destabilised", "slander", "slanders", "slandered", "smear", "smears", "smeared",
    "insult", "insults", "insulted", "poison", "poisons", "poisoned", "sabotage", "sabotages", "sabotaged",
    "derail", "derails", "derailed", "wreck", "wrecks", "wrecked", "torpedo", "torpedoes", "torpedoed", "erode",
    "erodes", "eroded", "undercut", "undercuts", "obstruct", "obstructs", "obstructed", "hamper", "hampers",
    "hampered", "tarnish", "tarnishes", "tarnished", "defame", "defames", "defamed", "vilify", "vilifies",
    "vilified", "escalate", "escalates", "escalated", "inflame", "inflames", "inflamed", "aggravate", "aggravates",
    "aggravated", "exacerbate", "exacerbates", "exacerbated",
])
#: verbs whose harm is told by what they bring about: "raised (serious) questions about", "led to the clash"
_BRINGING = frozenset(["raise", "raises", "raised", "cast", "casts", "lead", "leads", "led", "fuel", "fuels",
                       "fuelled", "fueled", "stoke", "stokes", "stoked", "trigger", "triggers", "triggered", "spark",
                       "sparks", "sparked", "provoke", "provokes", "provoked", "cause", "causes", "caused"])
#: what such a verb brings about that tells harm ("raised doubts", "fuelled tensions", "led to the violent clash")
_HARMS_BROUGHT = frozenset(["question", "questions", "doubt", "doubts", "concern", "concerns", "suspicion",
                            "suspicions", "tension", "tensions", "clash", "clashes", "crisis", "violence",
                            "bloodshed", "confrontation", "standoff", "escalation", "instability", "mistrust",
                            "distrust", "hostility", "deaths", "war", "conflict"])
#: words before the verb that make the harm feared, advised against, asked about or suffered
_UNREAL = frozenset(["would", "could", "might", "may", "should", "will", "can", "must", "if", "unless", "whether",
                     "to", "shall", "is", "are", "was", "were", "be", "been", "being", "not", "never"])
#: the forms of "be": before a participle in -ed, a passive ("was damaged"); before one in -ing, a told act
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
#: words before a word of harm that make it a noun ("for the damage", "an insult", "of sabotage")
_NOUN_BEFORE = DETERMINERS | frozenset(["a", "an", "for", "of", "to", "by", "with", "from", "in", "on", "no",
                                        "serious", "great", "grave", "further", "more", "much", "and", "or"])
#: modals in what is told before the verb make it a demand, advice or a guess ("must", "should", "may")
_MODALS = frozenset(["would", "could", "might", "may", "should", "will", "can", "must", "shall"])
#: the auxiliaries of the perfect, looked past to what stands before them ("would have damaged")
_PERFECT = frozenset(["has", "have", "had", "been"])
#: words before a state that make it a place or the one aimed at, not the doer ("the attack on Turkey")
NOT_DOER = frozenset(["on", "against", "to", "in", "into", "at", "near", "toward", "towards", "with", "from",
                      "for", "over", "about", "inside", "across"])
#: how far into what is told the verb of harm may stand (its subject and auxiliaries: "Russia's refusal to
#: extend the grain deal with Kyiv has seriously undermined")
_REACH = 14


def _unreal_before(low: Sequence[str], start: int, k: int, unreal: frozenset[str]) -> bool:
    """Whether the auxiliaries right before the verb at ``k`` (adverbs in -ly skipped) make its harm feared,
    denied or suffered: "could undermine", "would have damaged", "was damaged", "to harm"."""
    j = k - 1
    while j > start and low[j].endswith("ly"):
        j -= 1  # "has seriously undermined", "had groundlessly slandered"
    while j > start and low[j] in _PERFECT:
        j -= 1  # "would have damaged", "has been undermining"
    return j >= start and (low[j] in unreal or low[k - 1] in unreal)


def _harm_verb(low: Sequence[str], start: int, end: int) -> int | None:
    """The first verb of harm done in the words from ``start`` to ``end``, None when there is none or when the
    first is feared, denied or suffered."""
    for k in range(start + 1, min(end, start + _REACH)):
        brought = low[k] in _BRINGING and not _HARMS_BROUGHT.isdisjoint(low[k + 1:k + 5])
        if low[k] not in _HARMING and not brought:
            continue
        unreal = _UNREAL - _BE if low[k].endswith("ing") else _UNREAL  # "is undermining" is done, "was damaged" not
        if _unreal_before(low, start, k, unreal) or (low[k + 1:k + 2] and low[k + 1] in NEGATORS):
            return None  # "could undermine", "was damaged", "did not harm", "undermined no one"
        if low[k - 1] in _NOUN_BEFORE:
            continue  # a noun: "must pay for the damage", "an insult to"
        if not NEGATORS.isdisjoint(low[start:k]) or not _MODALS.isdisjoint(low[start:k]):
            return None  # "said neither side's move had damaged", "said Chile must repair the harm it did"
        return k
    return None


def harm_of(low: Sequence[str], start: int, stop: int, mentions: Sequence[Mention],
            teller: Mention) -> Mention | None:
    """The state whose act the words reported from ``start`` to ``stop`` tell as doing harm, named before the
    verb of harm and not the teller's own; None when they tell no harm done or none by another state."""
    if low[start:start + 1] in (["to"], ["if"], ["whether"]) or not teller.has_country:
        return None
    end = next((k for k in range(start, stop) if low[k] in BOUNDARIES), stop)
    verb = _harm_verb(low, start, end)
    if verb is None or any(w in ("if", "unless", "whether") for w in low[start:verb]):
        return None
    own = teller.code[:3]
    doers = [m for m in mentions if start <= m.start < verb and m.has_country
             and not (m.start > 0 and low[m.start - 1] in NOT_DOER)]
    return next((m for m in doers if m.code[:3] != own), None)
