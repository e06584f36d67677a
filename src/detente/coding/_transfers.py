"""Arms and aid handed from one state to another: the giver is the source, the weapons are no attack.

Wire copy of wars tells the supply of arms from either end. From the giver: "North Korea shipped artillery shells
to Russia", "Iran transferred drones to Sudan's army"; the lexicon codes these as military aid (072), and the
weapons named in the object ("shells", "artillery", "rockets") are what was handed over, not a bombardment (the
force nouns of the lexicon, 19x, read there, are dropped). From the receiver: "Belarus received its first Oreshnik
missiles from Russia", "Taiwan took delivery of Abrams tanks from the United States", "Armenia received aid from
France": the receiver is the subject, but CAMEO codes aid (07) from the one who gives it, so the event is turned
around (the sender named after "from" becomes its source); a state that "received" a weapon is no visit hosted,
and one that "received a barrage of rockets" underwent an attack (no aid is coded; the attack's own words are).

>>> low = "belarus received missiles from russia".split()
>>> receipt(low, 1)
True
>>> receipt("ukraine took delivery of tanks".split(), 2)
True
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["receipt", "transfers"]

#: the verb forms of receiving
_RECEIVING = frozenset(["receive", "receives", "received", "receiving"])
#: "take delivery of": the forms of "take" before "delivery"
_TAKING = frozenset(["take", "takes", "took", "taken", "taking"])
#: the weapons a transfer names in its object; a force noun among them is the thing handed over
_WEAPON_NOUNS = frozenset(["shell", "shells", "artillery", "rocket", "rockets", "missile", "missiles", "mortar",
                           "mortars", "drone", "drones", "munitions", "ammunition", "bombs", "bomb", "airstrike",
                           "howitzers", "launchers", "artillery-shells"])
#: words of an attack a state "receives" ("received a barrage of rockets from Lebanon"): no aid
_HOSTILE = frozenset(["barrage", "barrages", "salvo", "salvos", "salvoes", "volley", "volleys", "hail", "fire",
                      "attack", "attacks", "strike", "strikes", "threat", "threats", "wave", "waves"])
#: how many words after a transfer verb its object may run
_REACH = 9
#: words that end a transfer's object
_STOPS = frozenset([";", ":", "said", "says", "told", "while", "but", "which", "who", "after", "before", "killing"])


def receipt(low: Sequence[str], verb: int) -> bool:
    """Whether the word at ``verb`` receives: "received", "took delivery" (the verb or its noun)."""
    if low[verb] in _RECEIVING:
        return True
    if low[verb] == "delivery":
        return verb > 0 and low[verb - 1] in _TAKING
    return low[verb] in _TAKING and low[verb + 1:verb + 2] == ["delivery"]


def _handed_over(low: Sequence[str], transfer: int, noun: int) -> bool:
    """Whether the force noun at ``noun`` stands in the object of the transfer verb at ``transfer``."""
    if not transfer < noun <= transfer + _REACH or low[noun] not in _WEAPON_NOUNS:
        return False
    return _STOPS.isdisjoint(low[transfer + 1:noun])


def _turned(event: Event, giver: Mention | None) -> Event:
    """The event with its source and target swapped, or coming from ``giver`` when it had no target."""
    if giver is not None:
        return dataclasses.replace(event, source=giver.code, target=event.source, source_country=giver.code[:3],
                                   target_country=event.source_country, source_name=giver.name,
                                   target_name=event.source_name)
    return dataclasses.replace(event, source=event.target, target=event.source, source_country=event.target_country,
                               target_country=event.source_country, source_name=event.target_name,
                               target_name=event.source_name)


def _giver(low: Sequence[str], verb: int, mentions: Sequence[Mention]) -> Mention | None:
    """The state named right after "from" in the receipt's phrase ("took delivery of tanks from Germany")."""
    for k in range(verb + 1, min(len(low) - 1, verb + 1 + _REACH)):
        if low[k] in _STOPS:
            return None
        if low[k] == "from":
            return next((m for m in mentions if m.start in (k + 1, k + 2) and m.has_country), None)
    return None


def transfers(events: list[Event], verbs: list[int], low: Sequence[str], mentions: Sequence[Mention]) -> list[Event]:
    """``events`` with aid received turned to come from its giver and the weapons a transfer names no attack;
    ``verbs`` (each event's verb position) is kept in step."""
    given = [v for v, e in zip(verbs, events, strict=True) if e.code[:2] == "07"]
    if not given:
        return events
    out: list[Event] = []
    kept: list[int] = []
    for verb, event in zip(verbs, events, strict=True):
        if event.code[:2] in ("18", "19") and any(_handed_over(low, v, verb) for v in given):
            continue  # "shipped artillery shells to Russia": the shells were handed over, not fired
        if event.code[:2] == "07" and receipt(low, verb):
            if not _HOSTILE.isdisjoint(low[verb + 1:verb + 1 + _REACH]):
                continue  # "received a barrage of rockets from Lebanon": an attack undergone, no aid
            giver = _giver(low, verb, mentions) if event.target[:3] == "---" else None
            if event.target[:3] != "---" or giver is not None:
                event = _turned(event, giver)  # "received missiles from Russia": Russia gave them
        out.append(event)
        kept.append(verb)
    verbs[:] = kept
    return out
