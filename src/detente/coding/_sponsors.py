"""The support of terrorism one state says another gives: a charge, not the other's act.

"Riyadh said Doha supports terrorist groups", "Ghana said Togo funds terrorists", "the agency said Peru harbours
terrorists": what the speaker tells is no cooperation of the one it names but an accusation against it (CAMEO
112), as the guide codes "accused X of supporting terrorism". The statement (010) becomes the accusation toward
the state named, and the support it tells of is dropped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from detente.coding._words import BOUNDARIES, REPORT_CODES
from detente.model import Event
from detente.reference import ReferenceTables

__all__ = ["charged_support"]

#: the verbs of giving support, by stem ("supports", "funded", "harbouring", "sponsors", "arming")
_SUPPORTING = ("support", "fund", "financ", "sponsor", "harbo", "shelter", "arm", "back", "bankroll", "aid", "assist")

#: words between the verb and the terrorists that make them what is fought, not what is supported
_AGAINST = frozenset(["against", "fight", "fighting", "combat", "combating", "combatting", "counter", "countering",
                      "war", "victims", "efforts", "effort", "campaign", "not", "no"])

#: how many words after the verb the terrorists are named ("supports 'terrorist and sectarian groups'")
_OBJECT_REACH = 4
#: how many words after the statement the supporting verb may be
_REACH = 16


def _terrorists(low: Sequence[str], verb: int) -> bool:
    for q in range(verb + 1, min(len(low), verb + 1 + _OBJECT_REACH)):
        w = low[q]
        if w in _AGAINST or w in BOUNDARIES:
            return False
        if w.startswith(("terror", "extremis")):
            return True
    return False


def charged_support(events: list[Event], verbs: list[int], low: Sequence[str], tables: ReferenceTables,
                    track: Callable[[str, int | None], str],
                    recode: Callable[..., Event]) -> list[Event]:
    """Each statement (010) by a state that tells of another state's support of terrorists ("said Qatar supports
    terrorist groups") as the speaker's accusation (112, by ``recode`` with ``tables`` and ``track``) of that
    state; the support itself is dropped. ``verbs`` is kept in step."""
    if len(events) < 2:
        return events
    out = list(events)
    dropped: set[int] = set()
    for k, e in enumerate(events):
        if e.code not in REPORT_CODES or e.source[:3] == "---" or e.modality != "occurred":
            continue
        for j, inner in enumerate(events):
            if j in dropped or not verbs[k] < verbs[j] <= verbs[k] + _REACH or inner.code in REPORT_CODES \
                    or inner.source[:3] in ("---", e.source[:3]) or not low[verbs[j]].startswith(_SUPPORTING) \
                    or any(w in BOUNDARIES for w in low[verbs[k]:verbs[j]]) or not _terrorists(low, verbs[j]):
                continue
            named = dataclasses.replace(inner, target=inner.source[:3], target_name=inner.source_name)
            out[k] = recode(e, "112", named, tables, track)
            dropped.add(j)
            break
    if not dropped:
        return out
    verbs[:] = [v for k, v in enumerate(verbs) if k not in dropped]
    return [e for k, e in enumerate(out) if k not in dropped]
