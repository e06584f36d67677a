"""A past attack or war named by a noun with its own doer and its own time: "a day after India's air strike on
Pakistani territory on Tuesday", "since Russia's full-scale invasion of Ukraine on February 24", "in retaliation for
Israel's strike on the Iranian consulate in Damascus on April 1", "the first talks since the Russian attack on
Ukraine on February 24".

News prose names earlier force by nouns in phrases of sequence and cause. A sentence with an act told by a verb
drops its event nouns (mostly topics or objects of that act: "discussed Russia's attack"), and an attack owned by a
possessive is kept only where it is told as an act (``coding._owned_force``: its owner opens the clause or it is
judged), so these attacks went uncoded, and the day their phrase names was taken by the clause's verb ("Iran fired
missiles at Israel in retaliation for Israel's strike ... on April 1" dated Iran's firing on April 1).

:func:`dated_force`: a noun of force (18x to 20x) is an event of its own whatever the clause's verb when

- a state names its doer: a possessive before it ("India's air strike", "Russia's full-scale invasion"), an actor
  right before it ("the Iraqi invasion", "the U.S. drone strike"), or a "by" phrase after it ("the assault by
  Ethiopian forces");
- it has a time of its own right after its phrase: a month, a year, a weekday or a past span ("on February 24",
  "on Tuesday", "last Friday", "in August 1990");
- and it stands after a word of sequence or cause ("since", "after", "before", "following", "amid", "over",
  "retaliation for", "in response to") or where no act of the clause takes it as its object (its subject).

Not so: an attack feared, warned of or still to come ("warned of a Russian attack on Kyiv in the coming days",
"a possible Russian invasion in February"), one with no time of its own ("since Russia's invasion of Ukraine",
``coding._owned_force``'s guard), or one a verb takes as its object or topic ("Macron discussed Russia's attack on
Kyiv with Biden on Monday": the day may be the talk's).

>>> from detente.coding.mentions import Mention
>>> low = "pakistan retaliated a day after india 's air strike on tuesday .".split()
>>> india = Mention(5, 6, "IND", "india")
>>> force_told_with_time(low, 7, 9, [india], frozenset([1]))
True
>>> force_told_with_time("macron discussed india 's air strike on tuesday .".split(), 4, 6,
...                      [Mention(2, 3, "IND", "india")], frozenset([1]))
False
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from detente.coding._dated_meetings import _AHEAD, _ENDS, _REACH, _SEQUENCE, _actor_before, _time_after
from detente.coding._owned_force import owned_opening
from detente.coding._words import REPORT_CODES
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["anterior_noun", "dated_forces", "force_told_with_time"]

#: the roots of force
_FORCE = ("18", "19", "20")
#: words of sequence or cause that may stand before the noun's phrase ("amid Russia's invasion of ... in 2022")
_AFTER_WORDS = frozenset([*_SEQUENCE, "amid", "over", "despite"])
#: nouns whose "for" or "to" phrase names the act they answer ("retaliation for", "in response to")
_ANSWERS = frozenset(["retaliation", "revenge", "reprisal", "reprisals", "response", "reply", "answer",
                      "punishment", "apology", "compensation", "responsibility"])
#: nouns of force whose time after a word of sequence is their own, never the clause's scene
_FORCE_NOUNS = frozenset(["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "invasion", "incursion",
                          "assault", "offensive", "shelling", "bombing", "bombings", "bombardment", "raid", "raids",
                          "war", "occupation", "annexation", "killing", "assassination", "shooting", "downing",
                          "sinking", "capture", "seizure", "barrage", "clash", "clashes"])
#: words before the noun that tell of an attack not (yet) done
_UNDONE = frozenset(["warn", "warns", "warned", "warning", "warnings", "threat", "threats", "threatened", "fear",
                     "fears", "feared", "risk", "risks", "prevent", "prevented", "deter", "deterred", "avert",
                     "averted", "avoid", "imminent", "would", "could", "might", "will", "if", "any", "no",
                     "without", "rumoured", "rumored", "alleged", "supposed", "plan", "plans", "plot", "plots"])
#: words that may stand between the noun's phrase opener and the noun ("the first", "its full-scale")
_DESCRIBING = frozenset(["the", "a", "an", "first", "second", "last", "latest", "unprovoked", "deadly", "brutal"])


def _doer_before(low: Sequence[str], noun: int, mentions: Sequence[Mention]) -> int | None:
    """The start of the state named right before ``noun`` as its doer: a possessive with up to three describing
    words between ("Russia's full-scale invasion", "India's air strike"), or an actor right before it ("the Iraqi
    invasion", "the U.S. drone strike"); else None."""
    q = noun - 1
    while q > 0 and noun - q <= 3 and low[q] != "'s" and low[q].replace("-", "").isalpha() \
            and low[q] not in ("the", "a", "an", "of", "and", "with", "on", "in", "to", "for", "by"):
        q -= 1
    if q > 0 and low[q] == "'s":
        owner = next((m for m in mentions if m.end == q and m.has_country), None)
        if owner is not None:
            return owner.start
    return _actor_before(low, noun, mentions)


def _by_doer(low: Sequence[str], noun: int, stop: int, mentions: Sequence[Mention]) -> bool:
    """Whether a "by" phrase after the noun, within its phrase, names a state ("the assault by Ethiopian forces")."""
    return any(low[k] == "by" and any(m.start in (k + 1, k + 2) and m.has_country for m in mentions)
               for k in range(noun + 1, stop))


def _describing(word: str) -> bool:
    """Whether ``word`` may stand in the noun's phrase before its doer: a determiner or a describing word, no word
    of sequence, preposition or word of an attack not done."""
    if word in _DESCRIBING:
        return True
    return word.replace("-", "").isalpha() and word not in _AFTER_WORDS and word not in _ENDS \
        and word not in ("for", "to", "of", "on", "in", "at") and word not in _UNDONE


def _phrase_start(low: Sequence[str], noun: int, doer: int | None) -> int:
    """The first word of the noun's phrase: its doer's, and the determiner and describing words before it."""
    start = doer if doer is not None and doer < noun else noun
    while start > 0 and noun - start < 6 and _describing(low[start - 1]):
        start -= 1
    return start


def force_told_with_time(low: Sequence[str], noun: int, end: int, mentions: Sequence[Mention],
                         acts: Collection[int]) -> bool:
    """Whether the force noun from ``noun`` to ``end`` (exclusive) names a past attack with a doer and a time of its
    own, told after a word of sequence or cause or in no verb's object (``acts``: the positions of the sentence's
    verbs of the lexicon that are acts)."""
    doer = _doer_before(low, noun, mentions)
    stop = next((k for k in range(end, min(len(low), end + _REACH)) if low[k] in _ENDS or k in acts),
                min(len(low), end + _REACH))
    if doer is None and not _by_doer(low, end - 1, stop, mentions):
        return False
    start = _phrase_start(low, noun, doer)
    before = low[max(0, start - 4):noun]
    if not _UNDONE.isdisjoint(before) or not _AHEAD.isdisjoint(before) or not _AHEAD.isdisjoint(low[end:stop]):
        return False  # "warned of a Russian attack on Kyiv", "a possible invasion in February"
    opener = low[start - 1] if start > 0 else ""
    answered = opener in ("for", "to") and start >= 2 and low[start - 2] in _ANSWERS
    judged = doer is not None and owned_opening(low, doer)
    if any(a < noun for a in acts) and opener not in _AFTER_WORDS and not answered and not judged:
        return False  # "discussed Russia's attack on Kyiv with Biden on Monday": the object or topic of an act
    return any(_time_after(low, k, stop) for k in range(end, stop))


def dated_forces(low: Sequence[str], candidates: Sequence[Candidate], mentions: Sequence[Mention]) -> frozenset[int]:
    """The positions of the force nouns among ``candidates`` that :func:`force_told_with_time` keeps as events of
    their own."""
    if not any(c.nominal and c.code[:2] in _FORCE for c in candidates):
        return frozenset()
    acts = frozenset(c.verb for c in candidates if not c.nominal and c.code not in REPORT_CODES)
    return frozenset(c.verb for c in candidates if c.nominal and c.code[:2] in _FORCE
                     and force_told_with_time(low, c.verb, c.end, mentions, acts))


def anterior_noun(low: Sequence[str], noun: int) -> bool:
    """Whether the event noun at ``noun`` names an act before the clause's, set after a word of sequence or cause
    past its determiner, owner and describing words ("a day after India's air strike ... on Tuesday", "in retaliation
    for Israel's strike ... on April 1"): its time is its own, never the scene of the clause's verb, as "at the
    meeting on May 2" is of "said". Any other event noun only after "since" ("since their talks in Vladivostok in
    April 2019"): a meeting after "after" may set the scene ("said after talks on Monday")."""
    force = not _FORCE_NOUNS.isdisjoint(low[noun:noun + 2])
    q = noun - 1
    while q >= 0 and noun - q <= 6 and (low[q] == "'s" or (low[q].replace("-", "").replace(".", "").isalpha()
                                                            and low[q] not in _AFTER_WORDS and low[q] not in _ENDS
                                                            and low[q] not in ("for", "to", "of", "in", "at", "on"))):
        q -= 1
    if q < 0:
        return False
    if not force:  # "their first meeting since the summit in Hanoi in February"
        return low[q] == "since"
    return low[q] in _AFTER_WORDS - {"than", "despite", "over"} or (
        low[q] in ("for", "to") and q > 0 and low[q - 1] in _ANSWERS)

