"""Judgments told "according to" a state: a sentence whose main clause judges a party ("Iran's enrichment is a
clear breach of the deal", "China's drills pose a threat to the region", "Russia must pull back its troops") and
whose teller is named only in a leading or trailing "according to TELLER" ("..., according to the French foreign
ministry", "According to a spokesman for the German government, ..."). The teller is the one who judges: its
accusation (112, a wrong alleged as done: a violation, breach, infringement) or criticism (111, any other wrong:
a provocation, a threat) of the state the clause's subject names, or its demand (10) on the state told it must,
has to or needs to act (its appeal, 02, for "should" and "ought to"). Without this the judgment gave no event, or
the teller was read as the target of the judged party's act ("IRN -> FRA").

Read when the teller is a state or its government, office, ministry or spokesman (a mention with a country, no
media and no place after "in"), the subject is another state named before the judgment in the clause (not after a
preposition of place), the judgment follows a copula or a verb of posing ("is", "were", "poses", "constitutes",
"amounts to") and is not negated. In such a sentence an act of the judged party keeps its doer but loses the
teller as its target unless the clause names the teller itself, and an act given to the teller is dropped: the
teller only tells.

The judgment may also be a verb that says the subject broke a rule or did a wrong ("Russia violated the treaty,
according to the United States", "Belarus flouted the agreement", "Russian agents were behind the blast", "Iran is
responsible for the attack"): the teller's accusation (112), as :func:`~detente.coding._acts.judges` reads it after
a verb of saying.

A reported act ("Syria shelled the town, according to Turkey", "North Korea fired two missiles into the sea,
according to South Korea's military") is no judgment: the act stays its doer's, the teller only its source of
information, so the teller is taken off the act as its target unless the clause names it ("Chinese ships entered
Japanese waters, according to Japan's coast guard" keeps Japan), and an act given to the teller is dropped. A
teller that is no state ("according to analysts") adds nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from detente.coding._acts import _breaks_rule, _in_breach, judges
from detente.coding._behind import behind_charge
from detente.coding._noun_judgments import _ALLEGED, _NOT, _WRONGS
from detente.coding._obliged import obligations
from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["according_judgments", "according_teller"]

#: words that link a subject to the wrong it is called
_LINKS = frozenset(["is", "are", "was", "were", "be", "been", "being", "pose", "poses", "posed", "posing",
                    "constitute", "constitutes", "constituted", "amount", "amounts", "amounted", "represent",
                    "represents", "represented", "remain", "remains", "remained"])
#: the teller's own words a judgment may stand between the link and its wrong ("is a clear and blatant violation")
_REACH = 8
#: codes of tellers that are no voice of a state: media, people, parties, rebels
_NOT_STATE = frozenset(["MED", "CVL", "OPP", "REB", "INS", "EDU", "BUS", "NGO", "JUD", "UAF", "CRM", "REF", "LAB",
                        "HLH", "RAD", "SPY"])
#: prepositions that make a state after them a place, not a doer ("the drills in the Philippines")
_PLACES = frozenset(["in", "at", "near", "around", "off", "across", "into", "on", "over", "throughout", "inside",
                     "from", "to", "toward", "towards", "against", "with"])
#: words that end an "according to" phrase
_PHRASE_ENDS = frozenset([",", ".", ";", ":", "that", "which", "who"])


@dataclasses.dataclass(frozen=True)
class Teller:
    """The state an "according to" phrase names (``mention``) and the clause it tells (``start``..``end``)."""

    mention: Mention
    start: int
    end: int


def according_teller(low: Sequence[str], mentions: Sequence[Mention]) -> Teller | None:
    """The state a leading or trailing "according to" names, with the span of the clause it tells, or None."""
    at = next((i for i in range(len(low) - 1) if low[i] == "according" and low[i + 1] == "to"), None)
    if at is None:
        return None
    close = next((i for i in range(at + 2, len(low)) if low[i] in _PHRASE_ENDS), len(low))
    if at == 0:
        start, end = close + 1, len(low)
    elif low[at - 1] == "," and (close >= len(low) - 1 or low[close:close + 2] in ([",", "which"], [",", "who"])):
        start, end = 0, at - 1  # "..., according to the United States, which on Friday suspended ...": its own
    else:
        return None  # "according to" in the middle of a clause: no teller of the whole clause
    teller = next((m for m in mentions if at + 2 <= m.start < close and m.has_country), None)
    if teller is None or teller.code[3:6] in _NOT_STATE or low[teller.start - 1] in ("in", "at") \
            or any(at + 2 <= m.start < teller.start and m.code[3:6] in _NOT_STATE for m in mentions):
        return None  # "according to South Korean media", "the ministry in Madrid", "reports in the Iranian press"
    return Teller(teller, start, end)


def _subject(low: Sequence[str], mentions: Sequence[Mention], teller: Teller) -> Mention | None:
    first = next((m for m in mentions if teller.start <= m.start < teller.end), None)
    if first is None or not first.has_country or first.code[:3] == teller.mention.code[:3]:
        return None
    before = first.start - 1
    if before >= 0 and low[before] == "the":
        before -= 1
    if before >= teller.start and low[before] in _PLACES:
        return None
    return first


def _judgment(low: Sequence[str], subject: Mention, end: int) -> str | None:
    """The code of the wrong the clause calls its subject's act (112 alleged, 111 criticised), or None."""
    link = next((i for i in range(subject.end, end) if low[i] in _LINKS), None)
    if link is None:
        return None
    for i in range(link + 1, min(end, link + 1 + _REACH)):
        if low[i] in _NOT:
            return None
        if low[i] in _WRONGS:
            return "112" if low[i] in _ALLEGED else "111"
    return None


def _wrong_done(low: Sequence[str], subject: Mention, end: int) -> str | None:
    """The accusation (112) a clause makes of its subject when a verb of it says the subject broke a rule or did a
    wrong ("violated the treaty", "flouted", "was behind the blast", "is responsible for the attack"), or None."""
    stop = next((k for k in range(subject.end, end) if low[k] in _PHRASE_ENDS), end)
    if not judges(low, subject.start, stop):
        return None
    wrong = any(_breaks_rule(low, k, subject.start) or _in_breach(low, k) or behind_charge(low[:stop], k)
                or low[k] in ("responsible", "accountable", "culprit", "culprits", "blame")
                for k in range(subject.end, stop))
    return "112" if wrong else "111"


def _obligation(low: Sequence[str], mentions: Sequence[Mention], subject: Mention, teller: Teller) -> str | None:
    """The code of what the clause tells its subject it must (100) or should (020) do, read in the clause alone
    (the comma after a leading "according to" phrase is no list before the subject), or None."""
    s, e = teller.start, teller.end
    inside = [dataclasses.replace(m, start=m.start - s, end=m.end - s) for m in mentions if s <= m.start < m.end <= e]
    return next((ob.code for ob in obligations(low[s:e], inside) if ob.doer.start == subject.start - s), None)


def _untargeted(events: list[Event], verbs: list[int], low: Sequence[str], mentions: Sequence[Mention],
                teller: Teller) -> list[Event]:
    """The events of a clause with no state as its subject ("Explosions were heard in the east of the country,
    according to the Czech government") with the teller taken off as a target the clause does not name: an act
    with no doer on it is dropped, another's loses its target. ``verbs`` is kept in step."""
    country = teller.mention.code[:3]
    if any(teller.start <= m.start < teller.end and m.code[:3] == country for m in mentions):
        return events
    out: list[Event] = []
    kept: list[int] = []
    for v, e in zip(verbs, events, strict=True):
        if teller.start <= v < teller.end and e.target[:3] == country and e.source[:3] != country:
            if e.source[:3] == "---":
                continue
            e = dataclasses.replace(e, target="---", target_name=None)
        out.append(e)
        kept.append(v)
    verbs[:] = kept
    return out


def according_judgments(events: list[Event], verbs: list[int], low: Sequence[str], mentions: Sequence[Mention],
                        make: Callable[[str, str, str], Event]) -> list[Event]:
    """The sentence's events with a judgment or demand told "according to" a state made the teller's, on the party
    judged (``make(source, target, code)`` makes the event), and the teller taken off the judged party's acts.
    ``verbs`` is kept in step."""
    teller = according_teller(low, mentions)
    if teller is None:
        return events
    subject = _subject(low, mentions, teller)
    if subject is None:
        return _untargeted(events, verbs, low, mentions, teller)
    country = teller.mention.code[:3]
    code = _judgment(low, subject, teller.end)
    if code is None:
        code = _obligation(low, mentions, subject, teller)
    if code is None:
        code = _wrong_done(low, subject, teller.end)
    named = any(teller.start <= m.start < teller.end and m.code[:3] == country for m in mentions)
    out: list[Event] = []
    kept: list[int] = []
    for v, e in zip(verbs, events, strict=True):
        told = teller.start <= v < teller.end  # else an act outside the clause ("..., which on Friday suspended")
        if told and not named and e.source[:3] == country:
            continue  # the teller only tells
        if told and not named and e.target[:3] == country:
            if e.source[:3] == "---":
                continue
            e = dataclasses.replace(e, target="---", target_name=None)  # "IRN -> FRA": the teller is no target
        if code is None:
            pass  # a reported act: the teller taken off it, nothing judged
        elif code[:2] in ("02", "10") and told and e.source[:3] in (subject.code[:3], "---") \
                and e.modality in ("occurred", "intended") and e.code[:2] not in ("02", "10"):
            e = dataclasses.replace(e, modality="hypothetical")  # "Russia must withdraw": nothing withdrawn yet
        elif code[:2] in ("02", "10") and e.source[:3] == "---" and e.target[:3] == subject.code[:3] \
                and e.code[:2] == code[:2]:
            continue  # "--- -> RUS 100": the demand with no teller, made the teller's below
        out.append(e)
        kept.append(v)
    if code is not None and not any(e.source[:3] == country and e.target[:3] == subject.code[:3]
                                    and e.code[:2] == code[:2] for e in out):
        out.append(make(teller.mention.code, subject.code, code))
        kept.append(teller.mention.start)
    verbs[:] = kept
    return out
