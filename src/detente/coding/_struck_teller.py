"""Force a state says another used against it: the teller's charge against the attacker, not a fact told.

Defence ministries on a contested front tell the other side's attacks on them: "the Azerbaijani troops launched a
large-scale offensive in the northern direction of the ... frontline, the Armenian Defense Ministry representative
... said" (panorama.am, October 2020), an Indian ministry spokesman's "Pakistan initiated the attack violating the
ceasefire agreement" (zeenews, 2019), China's foreign ministry saying "the Vietnamese vessel ... rammed a Chinese
boat" (VOA, June 2014), while the other side denies it or tells the reverse. What a state says the other did to it
is its accusation (CAMEO 112: "accused X of shelling"), and an allegation attributed to someone is not the other's
act (the real-prose guide, section 5). The statement (010, with no target or with the attacker as its target) of a
state's voice (:func:`_state_voice`: the country named as the teller, its government, forces or intelligence; not
"a Chilean historian") becomes its accusation of the state whose act of force (roots 18-20) it tells as done
against the teller's own state (its forces, people, ships), after the verb of saying (no ";" or ":" between,
within :data:`_REACH` words); the act of force is dropped.

Left alone: force on a third state ("said Peru shelled Bolivian posts"), the teller's own force (an account or an
admission, :func:`detente.coding.shapes.admitted`), force that might be or is to come, a newspaper's or a crowd's
account and a verb of reporting or confirming ("reported that ... shelled": a report of battles, kept as the
act), force by a people's armed group ("Somali militants": no act of their state to charge it with), the
teller's own forces as the subject of what it says ("said its troops repelled an assault by Peru"), and force
told beside the words said ("said on Tuesday, a day after Peruvian troops shelled ..., that ...").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from detente.coding._words import BOUNDARIES, REPORT_CODES, without
from detente.coding.mentions import Mention
from detente.coding.shapes import recoded
from detente.model import Event
from detente.reference import ReferenceTables

__all__ = ["charged_force"]

#: the roots of an act of force
_FORCE = frozenset(["18", "19", "20"])
#: the teller's roles that speak for its state (a country named bare is its state): a newspaper, a crowd, a party
#: telling of an attack is no state's charge
_STATE_VOICES = frozenset(["GOV", "MIL", "SPY"])
#: the doers' roles that act for their state: "Somali militants" attacking is no act of Somalia to charge it with
_STATE_DOERS = frozenset(["", "GOV", "MIL", "SPY", "COP"])
#: words that may stand between a country's name and its verb of saying ("Chile also said", "Chile has said")
_BETWEEN_TELLER = frozenset(["also", "again", "has", "had", "have", "then", "now", "today", "yesterday", "on",
                             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", ","])
#: words that open a phrase of time or circumstance beside the words said ("said, a day after ..., that")
_ASIDE = frozenset(["after", "before", "since", "following", "when", "while", "as", "amid", "during", "despite"])
#: how many words after the statement the verb of force may be
_REACH = 24


def _told_aside(between: Sequence[str]) -> bool:
    """Whether the words between the verb of saying and the act of force set the act outside what is said, or make
    it the teller's account of its own fighting: a phrase of time before any "that" opens the words said ("said on
    Tuesday, a day after Peruvian troops shelled ..., that talks would resume"), or words said that open with the
    teller's own ("said its troops had repelled an assault by Peru", the guide's report of battles it fights)."""
    said = next((q for q, w in enumerate(between) if w == "that"), len(between))
    if between[said + 1:said + 2] in (["its"], ["our"], ["their"]) or between[:1] in (["its"], ["our"], ["their"]):
        return True  # "said its troops had repelled an assault by Peru": the teller's account of its own fighting
    return not _ASIDE.isdisjoint(between[:said])


def _state_voice(event: Event, verb: int, low: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """Whether the teller of a statement speaks for its state: a role of the state ("the Chilean foreign ministry",
    "Chilean officials"), or the country named right before the verb of saying ("Chile said", "Chile also said"),
    not an adjective of a private teller ("a Chilean historian said", "Chilean analysts said")."""
    role = event.source[3:6]
    if role:
        return role in _STATE_VOICES
    return any(m.code == event.source and m.end <= verb and all(
        w in _BETWEEN_TELLER or w.endswith("ly") for w in low[m.end:verb]) for m in mentions)


def charged_force(events: list[Event], verbs: list[int], low: Sequence[str], mentions: Sequence[Mention],
                  tables: ReferenceTables, track: Callable[[str, int | None], str]) -> list[Event]:
    """Each statement (010) by a state that tells of another state's act of force against the teller's own state
    as the teller's accusation (112, with ``tables`` and ``track``) of the attacker, the act of force dropped (see
    the module). ``verbs`` is kept in step."""
    if len(events) < 2:
        return events
    out = list(events)
    dropped: set[int] = set()
    for k, e in enumerate(events):
        own = e.source[:3]
        if e.code not in REPORT_CODES or not own.isalpha() or e.modality != "occurred" \
                or low[verbs[k]].startswith(("report", "confirm")) or not _state_voice(e, verbs[k], low, mentions):
            continue
        for j, inner in enumerate(events):
            doer = inner.source[:3]
            if j in dropped or not verbs[k] < verbs[j] <= verbs[k] + _REACH \
                    or (inner.root or inner.code[:2]) not in _FORCE \
                    or inner.modality != "occurred" or not doer.isalpha() or doer == own \
                    or inner.source[3:6] not in _STATE_DOERS \
                    or inner.target[:3] != own or e.target[:3] not in ("---", doer) \
                    or any(w in BOUNDARIES for w in low[verbs[k]:verbs[j]]) \
                    or _told_aside(low[verbs[k] + 1:verbs[j]]):
                continue
            named = dataclasses.replace(inner, target=inner.source, target_name=inner.source_name)
            out[k] = recoded(e, "112", named, tables, track)
            dropped.add(j)
            break
    return without(out, verbs, dropped)
