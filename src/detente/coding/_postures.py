"""A state's forces put on alert are a show of force at the state they are readied against (CAMEO 152): "North Korea
put its forces on the highest alert after the US drills" (at the US), "Taiwan raised its alert level as Chinese
warships approached" (at China), "Japan's military went on alert as North Korea prepared a launch".

The lexicon's phrases of alert ("put ... on alert", "raise ... alert") found no target, since the state readied
against is not the verb's object but stands in a phrase of cause after it ("after", "as", "amid", "following",
"over", "ahead of", "in response to"); the object is the state's own forces ("the alert level of its military"),
and in the passive ("Israel's military was placed on high alert") those forces came out as the target, with no
doer. Here an alert of a state's own forces is its act, aimed at the first other state named in such a phrase. An
alert that is no force posture keeps no target from it: the police's ("French police were put on high alert ahead
of the celebrations") and an alert of a civil kind ("raised the alert level for its gas supply", "a terror alert");
one of hospitals, schools or firms ("hospitals went on alert") is dropped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["postures"]

#: the codes of raised alert (force posture)
_ALERTS = frozenset(["152"])
#: words that open the phrase naming what the alert answers
_CAUSES = frozenset(["after", "as", "amid", "amidst", "following", "over", "ahead", "against", "response", "because",
                     "due", "citing", "fearing", "towards", "toward", "near"])
#: how far the phrase of cause may stand from the verb, and the state in it from its opening word
_CAUSE_REACH = 14
_STATE_REACH = 8
#: words of an alert of a civil kind (energy, weather, health, terror, travel): no force posture
_CIVIL = frozenset(["gas", "energy", "electricity", "flood", "floods", "flooding", "storm", "typhoon",
                    "hurricane", "tsunami", "heat", "heatwave", "weather", "health", "virus", "covid", "covid-19",
                    "pandemic", "epidemic", "disease", "terror", "terrorism", "terrorist", "travel", "wildfire",
                    "wildfires", "earthquake", "avalanche", "smog", "pollution", "drought"])
#: the roles of actors whose alert is no force ("hospitals went on alert")
_CIVIL_ROLES = frozenset(["HLH", "MED", "BUS", "EDU", "CVL", "JUD", "LAB", "AGR", "ENV", "REF", "HRI", "NGO"])
#: words of the police, whose alert is at home
_POLICE = frozenset(["police", "policemen", "officers", "gendarmerie"])
_ENDS = frozenset([";", ":", ".", "but", "said", "says", "while"])


def _country(code: str) -> str | None:
    return code[:3] if code[:3].isalpha() else None


def _readied_against(low: Sequence[str], verb: int, own: str, mentions: Sequence[Mention]) -> Mention | None:
    """The first state other than ``own`` named in a phrase of cause after the verb at ``verb``."""
    for c in range(verb + 1, min(len(low), verb + _CAUSE_REACH)):
        if low[c] in _ENDS:
            return None
        if low[c] not in _CAUSES:
            continue
        for m in sorted(mentions, key=lambda m: m.start):
            if c < m.start <= c + _STATE_REACH and m.has_country and m.code[:3] != own \
                    and _ENDS.isdisjoint(low[c:m.start]):
                return m
        return None
    return None


def postures(events: list[Event], verbs: list[int], low: Sequence[str], mentions: Sequence[Mention]) -> list[Event]:
    """``events`` (with their verbs' places ``verbs``, kept in step) with each alert of a state's forces done by
    the state and aimed at the state it answers (see the module); alerts of civil bodies dropped."""
    out: list[tuple[int, Event]] = []
    for v, e in zip(verbs, events, strict=True):
        if e.code not in _ALERTS:
            out.append((v, e))
            continue
        if any(e.source[k:k + 3] in _CIVIL_ROLES for k in range(3, len(e.source), 3)):
            continue  # "hospitals went on alert": no force posture
        window = low[max(0, v - 6):v + 10]
        if not _CIVIL.isdisjoint(window):
            out.append((v, e))  # "raised the alert level for its gas supply amid Russian cuts": readied against none
            continue
        if _country(e.source) is None and _country(e.target) is not None:
            # "Israel's military was placed on high alert": the state readies its own forces
            e = dataclasses.replace(e, source=e.target, source_country=e.target_country, source_name=e.target_name,
                                    target="---", target_country=None, target_name=None)
        own = _country(e.source)
        if own is not None and _country(e.target) in (None, own) and _POLICE.isdisjoint(window) \
                and e.source[3:6] != "COP" and (m := _readied_against(low, v, own, mentions)) is not None:
            e = dataclasses.replace(e, target=m.code, target_country=m.code[:3], target_name=m.name)
        out.append((v, e))
    verbs[:] = [v for v, _ in out]
    return [e for _, e in out]
