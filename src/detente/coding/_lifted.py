"""Sanctions lifted or eased in the passive: "Sanctions on Iran were lifted on Saturday", "The sanctions imposed on
India after its nuclear tests were lifted on Friday", "Washington's sanctions on Cuba will be eased".

The lexicon reads "lift ... sanctions" with the sanctions after the verb; in the passive they stand before it, so
the sentence gave nothing, the bare "lift" (080) with the state the sanctions fall on as its doer, or the
participle of the imposing ("sanctions imposed on India", 163) as the sentence's act. :func:`passive_easing` reads
a participle of easing ("lifted", "eased", "removed", "suspended", "relaxed", ...) after a form of "be" whose subject
is the sanctions (an embargo) as the easing (085): aimed at the state named after "on" or "against" in the subject
("sanctions on Iran", "sanctions imposed against Iraq"), by the one whose sanctions they are ("Washington's
sanctions", "the U.S. sanctions on Iran") or named after "by"; the participle of the imposing inside the subject is
part of it, no act. Sanctions named as a topic or a threat ("the threat of sanctions was removed"), a bill or a
relief of sanctions ("sanctions relief was suspended") are no easing, and an easing nobody in the sentence does is
left to the article (:mod:`~detente.coding._eased`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from detente.coding.mentions import Mention

__all__ = ["EASED_PARTICIPLES", "Eased", "imposed_after", "passive_easing"]

#: participles of easing sanctions, read in the passive
EASED_PARTICIPLES = frozenset(["lifted", "eased", "removed", "suspended", "relaxed", "loosened", "scrapped",
                               "rescinded", "revoked", "waived", "cancelled", "canceled", "terminated", "ended",
                               "dropped", "withdrawn"])
#: auxiliaries before the "be" of the passive ("have been", "will be", "are being", "is to be")
_AUXILIARIES = frozenset(["have", "has", "had", "will", "would", "could", "may", "might", "must", "should", "shall",
                          "can", "are", "is", "were", "was", "to", "'ll", "'ve"])
#: the nouns of the sanctions as a passive subject
_SANCTION_NOUNS = frozenset(["sanctions", "sanction", "embargo", "embargoes", "embargos"])
#: forms of "be" (and words that may stand between it and the participle: "were partially lifted")
_BE = frozenset(["be", "is", "are", "was", "were", "been", "being", "'s", "'re"])
_BETWEEN = frozenset(["partially", "partly", "largely", "mostly", "finally", "formally", "officially", "now",
                      "also", "fully", "completely", "gradually", "quietly", "temporarily", "effectively", "all",
                      "further", "eventually", "then", "already", "not", "never"])
#: words after the sanctions noun that make it another thing's modifier ("sanctions relief was suspended")
_NOT_THE_SANCTIONS = frozenset(["relief", "waiver", "waivers", "exemption", "exemptions", "committee", "panel",
                                "bill", "bills", "legislation", "law", "proposal", "proposals", "plan", "threat",
                                "threats", "talks", "vote", "resolution", "draft", "debate", "push", "demand",
                                "demands", "call", "calls", "monitoring", "monitors", "experts", "list", "lists"])
#: words before the sanctions noun that make them a topic or a mere possibility ("the threat of sanctions")
_TOPIC_BEFORE = frozenset(["of", "about", "on", "over", "regarding", "for", "threatened", "proposed", "possible",
                           "planned", "potential", "new", "further", "additional", "fresh", "more"])
#: words of a quantity before "of" the sanctions ("a raft of sanctions", "most of the sanctions"), which stay the
#: subject; "the threat of sanctions" is a topic
_QUANTITIES = frozenset(["barrage", "raft", "series", "package", "round", "set", "number", "host", "slew", "most",
                         "some", "all", "many", "part", "range", "wave", "batch", "bulk", "majority", "several"])
#: words that end the reach back from the verb to its subject
_STOPS = frozenset([".", ";", ":", "but", "while", "whereas", "although", "though", "because", "said", "says",
                    "say", "that", "which", "who", "remain", "remains", "remained", "has", "have", "had", "will",
                    "would", "is", "are", "was", "were"])
#: how far back from the verb its subject's head may stand ("The sanctions imposed on India after its nuclear tests
#: were lifted": eight words)
_SUBJECT_REACH = 12
#: participles of imposing after the sanctions an easing ends ("lifted the sanctions imposed on India")
_IMPOSED = frozenset(["imposed", "placed", "levied", "slapped", "introduced", "enacted", "adopted"])
#: words before a state named in the subject that make it the one the sanctions fall on
_AIMED = frozenset(["on", "against", "targeting"])
#: how far after "on" the state may be named ("on the Islamic Republic of Iran")
_AIMED_REACH = 5


@dataclass(slots=True)
class Eased:
    """The easing read from a passive: its doers, those it is aimed at, and the words that are part of it."""

    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    used: set[int] = field(default_factory=set)


def _aimed_at(low: list[str], start: int, stop: int, starts: Mapping[int, Mention]) -> Mention | None:
    """The state named after the first "on" or "against" between ``start`` and ``stop`` (within the words of its
    phrase: "on the Islamic Republic of Iran"), or ``None``."""
    for a in range(start, stop):
        if low[a] in _AIMED:
            for q in range(a + 1, min(len(low), a + 1 + _AIMED_REACH)):
                mention = starts.get(q)
                if mention is not None:
                    return mention if mention.has_country else None
                if low[q] in _STOPS or low[q] in (",", "and", "or"):
                    return None
            return None
    return None


def _coordinated(low: list[str], first: Mention, starts: Mapping[int, Mention]) -> list[Mention]:
    """``first`` and the states coordinated with it ("India and Pakistan", "Iran, Syria and Cuba")."""
    out, q = [first], first.end
    while q + 1 < len(low) and low[q] in (",", "and", "or"):
        q += 1 + (low[q + 1] in ("and", "or") and low[q] == ",")
        if q < len(low) and low[q] == "the":
            q += 1
        mention = starts.get(q)
        if mention is None or not mention.has_country:
            break
        out.append(mention)
        q = mention.end
    return out


def _auxiliary(low: list[str], i: int) -> int | None:
    """The form of "be" before the participle at ``i`` ("were lifted", "will be partially eased"), or ``None``."""
    q = i - 1
    while q >= 0 and low[q] in _BETWEEN:
        q -= 1
    return q if q >= 0 and low[q] in _BE else None


def _subject(low: list[str], be: int) -> int | None:
    """The sanctions noun heading the subject before the "be" at ``be``, or ``None``."""
    q = be - 1
    while q >= 0 and (low[q] in _AUXILIARIES or low[q] in _BETWEEN):
        q -= 1  # "have been", "will be", "are being", "is to be"
    for s in range(q, max(-1, q - _SUBJECT_REACH - 1), -1):
        if low[s] in _SANCTION_NOUNS:
            after = low[s + 1] if s + 1 < len(low) else ""
            before = low[s - 1] if s > 0 else ""
            if before == "the" and s > 1:
                before = low[s - 2]  # "most of the sanctions"
            if after in _NOT_THE_SANCTIONS or (before in _TOPIC_BEFORE and not (
                    before == "of" and s > 1 and low[s - 2 - (low[s - 1] == "the")] in _QUANTITIES)):
                return None
            return s
        if low[s] in _STOPS:
            return None
    return None


def passive_easing(low: list[str], i: int, starts: Mapping[int, Mention],
                   ends: Mapping[int, Mention]) -> Eased | None:
    """The easing of sanctions the participle at ``i`` tells in the passive, or ``None`` (see the module);
    ``starts`` and ``ends``: the sentence's actor mentions by their first word and by the word after their last.

    >>> from detente.coding.mentions import Mention
    >>> iran = Mention(2, 3, "IRN")
    >>> eased = passive_easing("sanctions on iran were lifted .".split(), 4, {2: iran}, {3: iran})
    >>> eased.targets == [iran], eased.sources
    (True, [])
    >>> passive_easing("the ban on iran was lifted .".split(), 5, {3: iran}, {4: iran}) is None
    True
    """
    if low[i] not in EASED_PARTICIPLES:
        return None
    be = _auxiliary(low, i)
    subject = _subject(low, be) if be is not None else None
    if subject is None or be is None:
        return None
    eased = Eased(used=set(range(subject, i)))
    owner = ends.get(subject)
    if owner is None and subject > 1 and low[subject - 1] in ("'s", "'") and subject - 1 in ends:
        owner = ends[subject - 1]  # "Washington's sanctions": its "'s" no "is" of the lexicon's
        eased.used.add(subject - 1)
    aimed = _aimed_at(low, subject + 1, be, starts)
    if aimed is not None:
        eased.targets = _coordinated(low, aimed, starts)  # "sanctions on Iran", "imposed against Iraq"
    possessive = owner is not None and low[owner.end] in ("'s", "'")
    if owner is not None and owner.has_country and owner not in eased.targets and (eased.targets or possessive):
        eased.sources.append(owner)  # "Washington's sanctions", "the EU sanctions on Belarus"; not "Iran sanctions"
    by = i + 3 if i + 3 < len(low) and low[i + 2] == "the" else i + 2
    if by < len(low) and low[i + 1] == "by" and by in starts:
        eased.sources = [starts[by]]  # "were lifted by the European Union"
        eased.used.update(range(i + 1, starts[by].end))
    return eased


def imposed_after(low: list[str], last: int, starts: Mapping[int, Mention]) -> Eased | None:
    """The imposing told by a participle right after the sanctions an easing's object ends with (``last``: "lifted
    most of the sanctions imposed on India", "cancelled a raft of sanctions imposed on Tehran"): its words, part of
    the easing, and the state named after "on" or "against" as the easing's target; ``None`` when no such participle
    follows.

    >>> from detente.coding.mentions import Mention
    >>> india = Mention(7, 8, "IND")
    >>> found = imposed_after("lifted most of the sanctions imposed on india .".split(), 4, {7: india})
    >>> found.targets == [india], sorted(found.used)
    (True, [5, 6])
    """
    if low[last] not in _SANCTION_NOUNS or last + 1 >= len(low) or low[last + 1] not in _IMPOSED:
        return None
    found = Eased(used={last + 1})
    aimed = _aimed_at(low, last + 2, min(len(low), last + 3), starts)
    if aimed is not None:
        found.used.update(range(last + 1, aimed.start))
        found.targets = _coordinated(low, aimed, starts)
    return found
