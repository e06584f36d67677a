""""Sanctions" as a verb: "The United States sanctions Russian banks", "Treasury Sanctions Iranian Oil Network",
"Canada sanctions 15 Russian officials", "moved to sanction Chinese firms".

The lexicon codes "sanctioned" and "sanctioning" (163), but "sanctions" is most often the noun ("sanctions against
Iran remain", "the U.S. sanctions on Russia", "talks on sanctions"), and "sanction" is also the noun or the verb
of approving ("refused to sanction the use of force"). :func:`sanctioning` tells the verb by the words around it:
"sanctions" right after an actor (its subject) and "sanction" right after "to", a modal or "not", each followed
at once by the one sanctioned: an actor named within a few words ("Russian banks", "Iran's central bank"), or a
determiner or a number before the kind of party sanctions are laid on ("two entities", "several individuals").
A preposition, a noun of the sanctions' own ("relief", "regime", "list") or anything else after the word keeps it
the noun, and "sanction" before what is approved ("the use of force") is no sanction.
"""

from __future__ import annotations

from collections.abc import Mapping

from detente.coding.mentions import Mention

__all__ = ["SANCTION_VERBS", "sanctioning"]

#: the forms of "sanction" the lexicon codes only through :func:`sanctioning`
SANCTION_VERBS = frozenset(["sanctions", "sanction"])
#: words before a bare "sanction" that make it a verb ("to sanction", "will sanction", "did not sanction")
_BEFORE_BARE = frozenset(["to", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "did",
                          "does", "do", "not", "'ll", "also", "and"])
#: words that may open the phrase of the ones sanctioned, before the kind of party named after it
_SANCTIONED_OPENERS = frozenset([
    "a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "scores",
    "hundreds", "several", "more", "over", "nearly", "about", "some", "top", "senior", "key", "its", "their", "his",
    "her", "additional", "further", "new", "another", "former", "individuals", "entities", "people", "persons",
    "officials"])
#: the kinds of party sanctions are laid on ("sanctions two entities", "sanctioned several individuals")
_SANCTIONED_PARTIES = frozenset([
    "entity", "entities", "individual", "individuals", "person", "persons", "people", "official", "officials", "firm",
    "firms", "company", "companies", "bank", "banks", "vessel", "vessels", "tanker", "tankers", "network", "networks",
    "oligarch", "oligarchs", "businessman", "businessmen", "executive", "executives", "lawmaker", "lawmakers",
    "judge", "judges", "general", "generals", "commander", "commanders", "leader", "leaders", "members",
    "institutions", "refineries", "ships", "suppliers", "traders", "brokers", "facilitators"])
#: verbs right after the actor that make it the subject of a clause on the noun ("the U.S. sanctions Iran faces")
_CLAUSE_VERBS = frozenset(["face", "faces", "faced", "facing", "has", "have", "had", "is", "are", "was", "were",
                           "suffers", "suffered", "endures", "endured", "imposed", "imposes", "says", "said"])
#: how many words after the verb an actor may be named in the phrase of the ones sanctioned ("15 top Russian ...")
_SANCTIONED_REACH = 4


def _sanctioned(low: list[str], i: int, starts: Mapping[int, Mention]) -> Mention | bool:
    """The actor opening the phrase right after ``i`` of the ones sanctioned ("Russian banks", "15 Russian
    officials"), ``True`` for such a phrase naming none ("two entities"), ``False`` when no such phrase follows."""
    k = i + 1
    if k >= len(low):
        return False
    if k in starts:
        end = starts[k].end
        if end < len(low) and low[end] in _CLAUSE_VERBS:
            return False  # "the U.S. sanctions Iran faces": the noun, and a clause on it
        return starts[k]  # "sanctions Russian banks", "sanctions Iran"
    if low[k] not in _SANCTIONED_OPENERS and not low[k].isdigit():
        return False
    for q in range(k, min(len(low), k + _SANCTIONED_REACH + 1)):
        if q in starts:
            return starts[q]  # "sanctions 15 Russian officials"
        if low[q] in _SANCTIONED_PARTIES:
            return True  # "sanctioned two entities"
        if low[q] in (",", ".", ";", ":", "on", "against", "for", "over", "in", "of", "to"):
            break
    return False


def sanctioning(low: list[str], i: int, starts: Mapping[int, Mention],
                ends: Mapping[int, Mention]) -> tuple[Mention | None, Mention | None] | None:
    """The subject and the one sanctioned (either ``None`` when no actor names it) when ``low[i]`` ("sanctions"
    or "sanction") is the verb of imposing sanctions on someone, ``None`` when it is the noun or the verb of
    approving (see the module); ``starts`` and ``ends``: the sentence's actor mentions by their first word and by
    the word after their last.

    >>> from detente.coding.mentions import Mention
    >>> us, ru = Mention(0, 2, "USA"), Mention(3, 4, "RUS")
    >>> found = sanctioning("united states sanctions russian banks .".split(), 2, {0: us, 3: ru}, {2: us, 4: ru})
    >>> found == (us, ru)
    True
    >>> sanctioning("united states sanctions on russia .".split(), 2, {0: us, 4: ru}, {2: us, 5: ru}) is None
    True
    """
    word, subject = low[i], None
    if word == "sanctions":
        subject = ends.get(i)
        if subject is None:
            return None  # "the sanctions", "Western sanctions", "Iran's sanctions": the noun
    elif word != "sanction" or i == 0 or low[i - 1] not in _BEFORE_BARE:
        return None
    sanctioned = _sanctioned(low, i, starts)
    if sanctioned is False:
        return None
    return subject, sanctioned if isinstance(sanctioned, Mention) else None
