"""The dead of an attack named by a noun are the attack's toll, not a second act: "Israeli air strikes killed 12
Palestinians", "US Drone Attacks Kill 10 in Pakistan", "Russian shelling killed five civilians". The noun gives the
attack (19x: its weapon read from the noun) and the verb "kill" its victims; read alone the verb is an assault of
its own (180), so one act came out twice under two roots. The killing is dropped when an attack of the same two
parties, coded from a noun (18x to 20x), stands right before the verb as its subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._force_tolls import force_tolls
from detente.model import Event

__all__ = ["attack_kills"]

#: the forms of "kill" (and its like) whose subject may be an attack
_KILLING = frozenset(["kill", "kills", "killed", "killing", "wound", "wounds", "wounded", "wounding", "injure",
                      "injures", "injured", "injuring"])
#: how far the attack's noun may stand before the verb ("air strikes on Monday killed")
_REACH = 4
_BREAKS = frozenset([",", ";", ":", "and", "but", "which", "that", "who", "-", "--", "(", ")"])


def attack_kills(events: list[Event], verbs: list[int], low: Sequence[str]) -> list[Event]:
    """``events`` (with their verbs' places ``verbs``, kept in step) without an assault of "kill" whose subject is
    an attack coded from a noun for the same two parties."""
    drop: set[int] = set()
    for k, (v, e) in enumerate(zip(verbs, events, strict=True)):
        if low[v] not in _KILLING or e.code[:2] != "18":
            continue
        for w, other in zip(verbs, events, strict=True):
            if w < v and v - w <= _REACH and other.code[:2] in ("18", "19", "20") and other is not e \
                    and other.source[:3] == e.source[:3] and other.target[:3] == e.target[:3] \
                    and low[w] not in _KILLING and _BREAKS.isdisjoint(low[w + 1:v]):
                drop.add(k)
                break
    if drop:
        kept = [(v, e) for k, (v, e) in enumerate(zip(verbs, events, strict=True)) if k not in drop]
        verbs[:] = [v for v, _ in kept]
        events = [e for _, e in kept]
    return force_tolls(events, verbs, low)  # "shelled the outpost, killing two marines": the toll (_force_tolls)
