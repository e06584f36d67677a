"""Force that something is aimed at, designed for or rehearsed for has not been used: "exercises aimed at invading
the DPRK", "Ulji Freedom Guardian is aimed at invading it", "saber-rattling for mounting a preemptive attack on the
DPRK", "the drills are aimed at a preemptive attack", "exercises designed for attacking the DPRK".

An aim named by a noun ("their aim of an invasion", :data:`detente.coding._words.AIMS`) already made the act
intended; a participle of aiming with "at" or "for" ("aimed at", "designed for", "intended for", "geared to"), or a
noun of drills or war moves with "for", did not, and the invasion was read as done. The act, told by a gerund
("invading") or by a noun ("a preemptive attack"), possibly after a verb of carrying it out ("mounting",
"launching", "staging") and an article and modifiers, is intended when such a participle or noun and its
preposition come right before it.

>>> aimed_purpose("the exercises aimed at invading the dprk".split(), 4)
True
>>> aimed_purpose("saber-rattling for mounting a preemptive attack on the dprk".split(), 5)
True
>>> aimed_purpose("russia attacked the dprk".split(), 1)
False
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["aimed_purpose"]

#: participles of aiming or designing, whose "at", "for" or "to" phrase names a purpose
_AIMING = frozenset(["aimed", "aiming", "designed", "intended", "meant", "geared", "calculated", "targeted",
                     "directed", "timed", "planned"])
#: nouns of rehearsing force, whose "for" phrase names what is rehearsed
_REHEARSING = frozenset(["drill", "drills", "exercise", "exercises", "maneuvers", "manoeuvres", "games",
                         "rehearsal", "rehearsals", "saber-rattling", "sabre-rattling", "moves", "preparations",
                         "training", "buildup", "build-up"])
#: verbs of carrying out an attack, in the gerund, before its noun ("mounting a preemptive attack")
_CARRYING = frozenset(["mounting", "launching", "staging", "unleashing", "igniting", "provoking", "starting",
                       "waging", "making", "conducting", "carrying", "delivering"])
#: how many articles and modifiers may stand before the act's noun ("a surprise preemptive nuclear attack")
_MODIFIERS = 4


def aimed_purpose(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` (a gerund or a noun, in lower-cased tokens ``low``) is the purpose of a participle
    of aiming or of drills (see the module)."""
    q = verb - 1
    if not low[verb].endswith("ing"):
        k = 0
        while q >= 0 and k < _MODIFIERS and low[q] not in ("at", "for", "to") and low[q] not in _CARRYING \
                and low[q].replace("-", "").isalpha():
            q, k = q - 1, k + 1  # "a preemptive", "an all-out"
    if q >= 0 and low[q] == "out" and q > 0 and low[q - 1] == "carrying":
        q -= 1
    if q >= 0 and low[q] in _CARRYING:
        q -= 1  # "for mounting (a preemptive attack)"
    if q < 1 or low[q] not in ("at", "for", "to"):
        return False
    before = low[q - 1]
    return before in _AIMING or (low[q] == "for" and before in _REHEARSING)
