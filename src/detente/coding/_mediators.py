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
from collections.abc import Callable, Sequence

from detente.coding._clause_words import TALK_NOUNS
from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["MEDIATION_WORDS", "mediated"]

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


def _listed(first: Mention, low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """``first`` and the actors listed after it ("by the U.S., Russian and French co-chairs")."""
    out = [first]
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start >= out[-1].end and m.has_country and low[out[-1].end:m.start] in ([","], ["and"], [",", "and"]):
            out.append(m)
    return out


def _third_party(low: Sequence[str], mentions: Sequence[Mention]) -> tuple[list[Mention], str] | None:
    """The third parties of talks the sentence names, with the code of their part; ``None`` when there is none."""
    at = {m.start: m for m in mentions}
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


def mediated(events: list[Event], verbs: list[int], low: Sequence[str], mentions: Sequence[Mention],
             make: Callable[[str, str, str], Event]) -> list[Event]:
    """The sentence's events with the third party of its talks (:func:`_third_party`) taking part with each side
    (``make(source, target, code)`` makes an event), the sides meeting each other, and no meeting of a side with
    the third party alone or of no one with it. Only when the sentence tells of talks held (CAMEO 04) or to come
    (036, the third party's part then 036 too) between known sides. ``verbs`` is kept in step."""
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
        for third in thirds:
            added.append(dataclasses.replace(make(third.code, side, code if template.code[:2] == "04"
                                                  else template.code), source_name=third.name))
    added = [dataclasses.replace(e, date=template.date, modality=template.modality) for e in added]
    verbs[:] = [v for v, _ in kept] + [template_verb] * len(added)
    return [e for _, e in kept] + added
