"""Hostile acts that two subjects do to each other by their nature: "A and B fought a war", "A and B broke off
relations".

A cooperative act (roots 03-06) with several sources and no target is read as each source acting on the others
(:meth:`detente.coding.roles.RoleFinder.triples`), and so are the verbs of an exchange ("exchanged fire",
"clashed"). Fighting and the breaking of relations had no such reading: "Peru and Ecuador fought a short border
war" gave each a fight with nobody, "Chile and Bolivia broke off diplomatic relations" each a break with nobody.
When two states are the subjects, a war fought or relations broken with no one else named is between them.

Not read so: a verb of fighting with an object other than a war ("fought the insurgents": a common foe, whom the
lexicon may not know), sides that fight together ("fought together", "side by side", "shoulder to shoulder", "in
the same trench", "alongside", "jointly", "as comrades"), against someone ("fought against the invaders"), for a
cause ("fought for independence"; "for control of" a place is the prize of the fight, which stays mutual), or in a
war named by its place or its enemy ("fought in the Korean War"). A target the reading found keeps the act
one-sided as before ("broke off relations with Israel"); one state's organs and people never fight each other here
(:func:`detente.coding.roles.one_state`).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["at_each_other"]

#: the forms of the verbs of fighting a war (CAMEO 190 in the lexicon: "fight", "battle", "wage ... war")
_FIGHTING = frozenset(["fight", "fights", "fought", "battle", "battles", "battled", "wage", "wages", "waged"])
#: the forms of the verbs that end relations (CAMEO 161: "break ... relations", "sever ... ties")
_BREAKING = frozenset(["break", "breaks", "broke", "broken", "sever", "severs", "severed", "cut", "cuts"])
_RELATIONS = frozenset(["relations", "ties"])
#: how far after the verb its relations may stand ("broke off diplomatic relations")
_REACH = 5
#: words after the verb that make its subjects allies in the fight, or name a foe or a cause of theirs
_TOGETHER = frozenset(["together", "jointly", "alongside", "side", "shoulder", "same", "against", "allies", "ally",
                       "common", "joint", "united", "comrades", "brothers", "comrades-in-arms"])
#: words that end the verb's clause
_CLAUSE_END = frozenset([".", ";", ":", ",", "but", "while", "and", "which", "who", "that", "when"])
#: words right before the verb that make its subjects allies ("jointly fought", "together broke off")
_BEFORE = frozenset(["together", "jointly", "both"])
#: nouns of a war that a verb of fighting may take as its object ("fought a brief border war", "fought two wars")
_WARS = frozenset(["war", "wars", "battle", "battles", "conflict", "conflicts", "skirmish", "skirmishes"])
#: words that may follow a verb of fighting between its subjects: a place, a time, a prize, a manner
_AFTER_FIGHT = frozenset(["over", "along", "near", "in", "on", "at", "from", "during", "around", "across", "for",
                          "between", "until", "since", "through", "again", "fiercely", "each", "one"])
#: how many words before a war noun a verb's object may begin ("a short border war")
_WAR_REACH = 4


def _clause_after(low: Sequence[str], verb: int) -> list[str]:
    """The words after ``verb`` up to the end of its clause."""
    out: list[str] = []
    for w in low[verb + 1:]:
        if w in _CLAUSE_END:
            break
        out.append(w)
    return out


def at_each_other(low: Sequence[str], verb: int, code: str) -> bool:
    """Whether the act at ``verb``, done by several subjects with no target, is done by each of them to the others:
    a war fought or relations broken off between them."""
    word = low[verb]
    if code[:2] == "19":
        if word not in _FIGHTING:
            return False
    elif code == "161":
        if word not in _BREAKING or _RELATIONS.isdisjoint(low[verb + 1:verb + _REACH]):
            return False
    else:
        return False
    if not _BEFORE.isdisjoint(low[max(0, verb - 2):verb]):
        return False
    after = _clause_after(low, verb)
    if not _TOGETHER.isdisjoint(after):
        return False
    if code[:2] == "19" and after and after[0] not in _AFTER_FIGHT and not after[0].endswith("ly") \
            and _WARS.isdisjoint(after[:_WAR_REACH]):
        return False  # "fought the insurgents in the south": a foe of theirs, whom the lexicon may not know
    for q, w in enumerate(after):
        if w == "for" and after[q + 1:q + 2] != ["control"]:
            return False  # "fought for independence": a cause of theirs; "for control of the town": the prize
        if w == "in" and "war" in after[q + 1:q + 5] and after[q + 1:q + 2] == ["the"]:
            return False  # "fought in the Korean War": a war named by its place or its foe
    return True
