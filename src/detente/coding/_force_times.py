"""A time or manner word between a doer and its act's noun: "Russia's overnight drone attack on Odesa", "Israel's
dawn raid on Jenin", "Pakistan's pre-dawn shelling of Indian villages", "Iran's Tuesday night missile barrage".

Such words tell when or how the act was done and stand where an adjective would, but the tagger often reads
"overnight" as an adverb or a determiner and "dawn" as a past participle, so the walk back from the noun to the
actors written before it (``coding._event_nouns``) stopped at them and the noun kept no doer: the attack went
uncoded, or its dead ("Russia's overnight attack on Kyiv killed three people") were coded as an assault of their
own. These words are skipped like an adjective (but nothing before a possessive's owner is: "the army denounced
India's pre-dawn air strike" is India's strike, not the army's, though the tagger may read "denounced" as an
adjective). A force noun of two words ("air strikes", "drone strikes") kept no target either, its target phrase
hanging on the second word ("Israeli air strikes on Lebanon"): the phrase is read from that word.

>>> time_modifier("overnight"), time_modifier("pre-dawn"), time_modifier("sunday"), time_modifier("against")
(True, True, True, False)
"""

from __future__ import annotations

from detente.coding.syntax import Parse

__all__ = ["compound_head", "time_modifier"]

#: the roots of force, whose two-word nouns reach their target through their head
_FORCE = ("18", "19", "20")

#: words of the time of day or week, or of the manner, that may stand before an act's noun
_TIMES = frozenset([
    "overnight", "dawn", "predawn", "pre-dawn", "daybreak", "morning", "early-morning", "late-morning", "afternoon",
    "evening", "late-evening", "night", "nighttime", "night-time", "late-night", "midnight", "daytime", "weekend",
    "early", "late", "surprise", "pre-emptive", "preemptive", "retaliatory", "renewed", "fresh", "latest", "new",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
])


def time_modifier(word: str) -> bool:
    """Whether ``word`` (lower case) is a word of time or manner that may stand between an act's doer and its
    noun ("Russia's overnight attack")."""
    return word in _TIMES


def compound_head(parse: Parse, noun: int, code: str) -> int | None:
    """The head noun of a force noun written in two words whose first word the lexicon codes ("air strikes",
    "drone strikes", "air raids"): the target phrase hangs on the head ("air strikes on Lebanon"), which the first
    word alone did not reach, so the strikes kept no target. None for other nouns."""
    head = parse.heads[noun]
    if code[:2] not in _FORCE or parse.labels[noun] != "compound" or not noun < head <= noun + 2 \
            or not parse.tags[head].startswith("NN"):
        return None
    return head
