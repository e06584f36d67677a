"""A party that a second verb of the same subject names is no target of the first, which answers an act told before.

"North Korea fired a missile on Friday. Japan condemned the launch and called for a meeting of the UN Security
Council": the condemnation's object, "the launch", is the act told before (North Korea's), and the UN is what the
second verb, "called for", names. Having no party in its own object, the condemnation took the first one after it,
across the "and" (Japan -> UN, 111). The same in "protested the test in the strongest terms and will take action
at the United Nations", "denounced the provocation and asked Washington to send more troops", "condemned these
launches and pledged to work with Beijing".

The rule: a reaction (disapproval, rejection, a threat, reduced relations) whose object is a noun of an act told
before ("the", "this", "these", "such" and an act's noun, up to three modifiers between: "the latest ballistic
missile launch"), followed within six words by "and" and the second verb (a modal, or a past-tense verb, an
adverb in "-ly" aside), keeps only the targets named before that "and". With none left, the reaction is aimed
at whoever did the act its object refers back to, read from the object alone (the words of the second verb are no
part of it).
An object that names its own party ("condemned North Korea's launch and called on the UN ...") is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.answers import REACTION_ROOTS, referred_doer
from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["first_verb_targets"]

#: determiners of an object that refers back to an act told before
_BACK = frozenset(["the", "this", "these", "those", "such"])
#: nouns of an act that a reaction answers ("condemned the launch")
_ACT_NOUNS = frozenset(["launch", "launches", "test", "tests", "test-firing", "firing", "firings", "provocation",
                        "provocations", "strike", "strikes", "attack", "attacks", "shelling", "bombing", "incursion",
                        "incursions", "detonation", "explosion", "seizure", "move", "moves", "act", "acts", "action",
                        "actions"])
#: words that open a second verb of the same subject after "and": modals and auxiliaries of what is to come
_AUXILIARIES = frozenset(["will", "would", "could", "may", "might", "shall", "should", "is", "was", "has", "had",
                          "have", "also", "then"])
#: past tenses of the second verb that do not end in "-ed"
_IRREGULAR = frozenset(["said", "told", "sought", "made", "took", "gave", "sent", "held", "vowed", "urged", "met",
                        "spoke", "went", "put", "set", "began", "brought", "kept", "warned"])
#: how many words may stand between the object's noun and the "and" ("in the strongest terms")
_ADJUNCT = 6


def first_verb_targets(low: Sequence[str], end: int, code: str, targets: list[Mention], mentions: Sequence[Mention],
                       recent: Sequence[Event], sources: Sequence[Mention]) -> list[Mention]:
    """The targets of a reaction ending at ``end`` less those a second verb of its subject names (module
    docstring), or with none left the doer of the act its object refers back to, read from the object alone
    (:func:`~detente.coding.answers.referred_doer`); ``targets`` unchanged when the object is not an act told
    before or no second verb follows."""
    if code[:2] not in REACTION_ROOTS or not targets or end >= len(low) or low[end] not in _BACK:
        return targets
    noun = next((q for q in range(end + 1, min(len(low), end + 5)) if low[q] in _ACT_NOUNS), None)
    if noun is None or any(m.has_country and end < m.start < noun for m in mentions):
        return targets  # "condemned the North Korean launch": the object names its doer
    if any(not w.isalpha() and "-" not in w for w in low[end + 1:noun]):
        return targets
    joint = next((q for q in range(noun + 1, min(len(low) - 1, noun + 2 + _ADJUNCT)) if low[q] == "and"), None)
    if joint is None or any(m.has_country and noun < m.start < joint for m in mentions) \
            or any(w in (";", ":", "\"", "(") for w in low[noun + 1:joint]):
        return targets
    second = joint + 1
    if low[second].endswith("ly") and second + 1 < len(low):
        second += 1  # "and strongly urged"
    word = low[second]
    if not (word in _AUXILIARIES or word in _IRREGULAR or (word.endswith("ed") and len(word) > 4)):
        return targets
    kept = [m for m in targets if m.start < joint]
    return kept or referred_doer(low[:noun + 1], end, mentions, recent, sources)
