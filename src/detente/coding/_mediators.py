"""The third party of talks: a mediator, facilitator or host named by a phrase of the talks ("talks mediated by
Switzerland", "met under EU mediation", "negotiations held under the auspices of the African Union", "with EU
facilitation"). The parser makes that party the target of the parties' meeting ("Serbia and Kosovo held talks under
EU mediation": SRB -> EU and KSV -> EU, no talks of Serbia with Kosovo) or the target of no one ("talks mediated by
Russia": --- -> RUS). The third party takes part in the talks with each side (CAMEO 045 for a mediator, 043 for a
host), and the sides still meet each other. :func:`mediated` rewrites the events of a sentence so, as
:class:`detente.coding._finish.Finisher` calls it.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence

from detente.coding._clause_words import TALK_NOUNS
from detente.coding._hyphen_parties import part_of
from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["MEDIATION_WORDS", "mediated", "names_mediation"]

#: participles after talks whose "by" agent is the third party ("talks mediated by Switzerland"), and their codes
_BY = {"mediated": "045", "brokered": "045", "facilitated": "045", "sponsored": "045", "hosted": "043",
       "convened": "043"}
#: nouns after the third party's name ("under EU mediation", "with African Union facilitation")
_NOUNS = {"mediation": "045", "facilitation": "045", "auspices": "045", "sponsorship": "045"}
#: the words a sentence needs for :func:`mediated` to look at it
MEDIATION_WORDS = frozenset([*_BY, *_NOUNS])
#: the words before a noun phrase of the third party's part ("under EU mediation", "with the mediation of")
_UNDER = frozenset(["under", "with", "through"])
#: how far before the participle the talks may be named ("talks on Nagorno-Karabakh mediated by ...")
_TALKS_REACH = 6
#: how far after a hyphened participle the talks may be named ("Qatari-mediated indirect peace talks")
_AHEAD = 4


def _listed(first: Mention, low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """``first`` and the actors listed after it ("by the U.S., Russian and French co-chairs")."""
    out = [first]
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start >= out[-1].end and m.has_country and low[out[-1].end:m.start] in ([","], ["and"], [",", "and"]):
            out.append(m)
    return out


def _hyphened(low: Sequence[str], third: Mention) -> bool:
    """Whether ``third`` is joined by a hyphen to the participle of its part ("EU-facilitated dialogue")."""
    part = part_of(low, third)
    return part is not None and part[0] in _BY


def names_mediation(low: Sequence[str]) -> bool:
    """Whether the words ``low`` may name a third party of talks, for :func:`mediated` to look at them."""
    return not MEDIATION_WORDS.isdisjoint(low) or any("-" in w and w.rpartition("-")[2] in _BY for w in low)


def _pair_before(low: Sequence[str], mentions: Sequence[Mention], third: Mention) -> list[str]:
    """The codes of two actors of countries joined by "and" before ``third`` ("Chad and Niger"), or none: the sides
    of talks the parser gave to the third party named before the talks' noun."""
    for a, b in itertools.pairwise(mentions):
        if b.end <= third.start and a.has_country and b.has_country and low[a.end:b.start] == ["and"] \
                and a.code[:3] not in ("---", third.code[:3]) and b.code[:3] not in (a.code[:3], third.code[:3]):
            return [a.code, b.code]
    return []


def _third_party(low: Sequence[str], mentions: Sequence[Mention]) -> tuple[list[Mention], str] | None:
    """The third parties of talks the sentence names, with the code of their part; ``None`` when there is none."""
    at = {m.start: m for m in mentions}
    for m in mentions:  # "EU-facilitated dialogue", "U.S.-hosted peace talks" (coding._hyphen_parties)
        part = part_of(low, m) if m.has_country else None
        if part is not None and part[0] in _BY and any(w in TALK_NOUNS for w in low[part[1]:part[1] + _AHEAD]):
            return [m], _BY[part[0]]
    for k, word in enumerate(low):
        code = _BY.get(word)
        if code is not None and low[k + 1:k + 2] == ["by"] \
                and any(w in TALK_NOUNS for w in low[max(0, k - _TALKS_REACH):k]):
            third = at.get(k + 3) if low[k + 2:k + 3] == ["the"] else at.get(k + 2)
            if third is not None and third.has_country:
                return _listed(third, low, mentions), code  # "talks mediated by Switzerland", "hosted by the U.S."
        code = _NOUNS.get(word)
        if code is None:
            continue
        third = next((m for m in mentions if m.end == k and m.has_country), None)
        if third is not None:
            before = low[third.start - 1] if third.start > 0 else ""
            if before in ("the", "a") and third.start > 1:
                before = low[third.start - 2]
            if before in _UNDER:
                return [third], code  # "under EU mediation", "with African Union facilitation"
        if low[k + 1:k + 2] == ["of"] and k > 1 and (low[k - 1] == "the" and low[k - 2] in _UNDER):
            third = at.get(k + 3) if low[k + 2:k + 3] == ["the"] else at.get(k + 2)
            if third is not None and third.has_country:
                return _listed(third, low, mentions), code  # "under the auspices of the African Union"
    return None


def _talks(event: Event) -> bool:
    """Whether ``event`` is talks held (CAMEO 04) or talks to come (036)."""
    return event.code[:2] == "04" or event.code == "036"


def _qualified_only(events: list[Event], verbs: list[int], own: set[str], sides: Sequence[str],
                    make: Callable[[str, str, str], Event]) -> list[Event]:
    """``events`` with no act of a third party named only as a word of the talks ("the EU-facilitated dialogue")
    but its part in them: an act on the talks the parser gave to it is an act toward each side ("Canada backs the
    EU-facilitated dialogue between Serbia and Kosovo": Canada -> Serbia, Canada -> Kosovo), or none when the
    sides are unknown. ``verbs`` is kept in step."""
    out: list[tuple[int, Event]] = []
    for v, e in zip(verbs, events, strict=True):
        if _talks(e) or not own & {e.source[:3], e.target[:3]}:
            out.append((v, e))
        elif e.target[:3] in own and e.source[:3] not in own:
            out.extend((v, dataclasses.replace(make(e.source, side, e.code), date=e.date, modality=e.modality,
                                               source_name=e.source_name))
                       for side in sides if side[:3] != e.source[:3])
    verbs[:] = [v for v, _ in out]
    return [e for _, e in out]


def mediated(events: list[Event], verbs: list[int], low: Sequence[str], mentions: Sequence[Mention],
             make: Callable[[str, str, str], Event]) -> list[Event]:
    """The sentence's events with the third party of its talks (:func:`_third_party`) taking part with each side
    (``make(source, target, code)`` makes an event), the sides meeting each other, and no meeting of a side with
    the third party alone or of no one with it. Only when the sentence tells of talks held (CAMEO 04) or to come
    (036, the third party's part then 036 too) between known sides; a third party named only as a word of the
    talks ("agreed to take part in Moscow-mediated talks") has a part in talks held alone (the sides' agreement
    to talks says nothing of the third party's plans). ``verbs`` is kept in step."""
    found = _third_party(low, mentions)
    if found is None:
        return events
    thirds, code = found
    own = {third.code[:3] for third in thirds}
    talks = [(v, e) for v, e in zip(verbs, events, strict=True) if _talks(e)]
    sides: list[str] = []
    for _, e in talks:
        for actor in (e.source, e.target):
            if actor[:3] not in own and actor[:3] != "---" and actor[:3] not in {s[:3] for s in sides}:
                sides.append(actor)
    hyphened = _hyphened(low, thirds[0])
    if not sides and talks and hyphened:
        sides = _pair_before(low, mentions, thirds[0])  # "Chad and Niger held the Swiss-brokered negotiations"
    if hyphened and not any(m.code[:3] in own for m in mentions if m not in thirds):
        events = _qualified_only(events, verbs, own, sides, make)
    if not sides:
        return events
    template_verb, template = talks[0]
    kept = [(v, e) for v, e in zip(verbs, events, strict=True)
            if not (_talks(e) and own & {e.source[:3], e.target[:3]})]
    pairs = {(e.source[:3], e.target[:3]) for _, e in kept}
    meeting = next((e.code for _, e in talks if not own & {e.source[:3], e.target[:3]}), template.code)
    added: list[Event] = []
    for side in sides:
        for other in sides:
            if side[:3] != other[:3] and (side[:3], other[:3]) not in pairs:
                added.append(make(side, other, meeting))  # "Serbia and Kosovo held talks under EU mediation"
        for third in thirds if template.code[:2] == "04" or not hyphened else ():
            added.append(dataclasses.replace(make(third.code, side, code if template.code[:2] == "04"
                                                  else template.code), source_name=third.name))
    added = [dataclasses.replace(e, date=template.date, modality=template.modality) for e in added]
    verbs[:] = [v for v, _ in kept] + [template_verb] * len(added)
    return [e for _, e in kept] + added
