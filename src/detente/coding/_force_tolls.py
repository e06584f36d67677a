"""The dead, the wreckage and the blows of an attack are its toll, not further acts: "Russian forces shelled a village,
killing two civilians", "Russia's drone attack on Odesa killed two people", "Russian missile strikes on Odesa
destroyed Ukrainian grain terminals", "a Russian missile salvo struck Kyiv".

A participle of killing after a verb of force ("shelled the outpost, killing two marines") or a killing whose
subject is the attack's noun tells what the one attack did; read alone it is an assault of its own (180), so one
act came out twice (``coding._attack_kills`` already drops it when the killing has the same two parties as the
attack named right before it). Here the killing is dropped when an act of force (18x to 20x) of the same doer
stands before it in its clause, joined by a comma (the participle) or as its subject (the noun), whatever
the dead are called ("two civilians", "four Syrian soldiers"); when the attack has no target of its own, the dead's
country becomes its target ("shelled a house, killing two Ukrainian civilians": at Ukraine). A verb of impact
("struck", "hit") whose subject is the attack's noun is the same blow and is dropped the same way, and so is damage
or destruction (171) told either way ("bombed the positions, destroying several posts"), whoever the word order made
the doer of "damaged" when the attack's noun is its subject ("Israeli shelling of Syria's Quneitra province damaged
Syrian homes" had Syria damaging). A killing by
another doer ("Russia shelled the city while Ukrainian forces killed ..."), and a second finite verb ("bombed the
camp and killed 30 soldiers"), stay acts of their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from detente.model import Event

__all__ = ["force_tolls"]

#: the forms of killing and wounding that tell an attack's toll
_KILLING = frozenset(["kill", "kills", "killed", "killing", "wound", "wounds", "wounded", "wounding", "injure",
                      "injures", "injured", "injuring"])
#: the forms of damaging and destroying (171) that tell what an attack wrecked ("strikes destroyed grain terminals")
_DAMAGING = frozenset(["damage", "damages", "damaged", "damaging", "destroy", "destroys", "destroyed",
                       "destroying"])
#: the participles of killing or damaging that follow the attack's verb after a comma ("shelled the outpost,
#: killing two", "bombed the positions, destroying several posts")
_PARTICIPLES = frozenset(["killing", "wounding", "injuring", "damaging", "destroying"])
#: verbs of impact whose subject may be the attack's noun ("a missile salvo struck Kyiv")
_IMPACTS = frozenset(["struck", "strikes", "hit", "hits", "pounded", "slammed", "battered", "rocked"])
#: the nouns of an attack that may be the subject of a killing or an impact
_ATTACK_NOUNS = frozenset(["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                           "assault", "shelling", "bombardment", "barrage", "barrages", "salvo", "salvos", "salvoes",
                           "volley", "volleys", "bombing", "bombings", "offensive", "incursion"])
#: how far the participle may stand after the attack's verb ("shelled a village in the Kherson region, killing")
_CLAUSE_REACH = 14
#: how far the attack's noun may stand before the verb it is the subject of ("strikes on Iraq's Sinjar district
#: killed")
_SUBJECT_REACH = 7
#: words that end the attack's clause before the killing
_CLAUSE_BREAKS = frozenset([";", ":", ".", "but", "while", "whereas", "which", "who", "said", "says", "after",
                            "before", "when", "as", "(", ")", "--"])
_SUBJECT_BREAKS = _CLAUSE_BREAKS | {",", "and", "that", "-"}
_FORCE = ("18", "19", "20")


def _participle(low: Sequence[str], attack: int, verb: int) -> bool:
    """Whether the killing at ``verb`` is joined to the attack's verb at ``attack`` as its toll: ", killing"
    within the clause."""
    if not 0 < verb - attack <= _CLAUSE_REACH or not _CLAUSE_BREAKS.isdisjoint(low[attack + 1:verb]):
        return False
    return low[verb] in _PARTICIPLES and low[verb - 1] == ","


def _subject(low: Sequence[str], attack: int, verb: int) -> bool:
    """Whether the attack's noun at ``attack`` (or its second word: "air strikes", "drone strikes") is the subject of
    the verb at ``verb``."""
    noun = next((k for k in range(attack, min(attack + 2, verb)) if low[k] in _ATTACK_NOUNS), None)
    return noun is not None and 0 < verb - noun <= _SUBJECT_REACH and _SUBJECT_BREAKS.isdisjoint(low[noun + 1:verb])


def _country(code: str) -> str | None:
    return code[:3] if code[:3].isalpha() else None


def force_tolls(events: list[Event], verbs: list[int], low: Sequence[str]) -> list[Event]:
    """``events`` (with their verbs' places ``verbs``, kept in step) without the killings and blows that are an
    attack's toll (see the module)."""
    drop: set[int] = set()
    aimed: dict[int, str] = {}
    for k, (v, e) in enumerate(zip(verbs, events, strict=True)):
        killing = low[v] in _KILLING and e.code[:2] == "18"
        blow = low[v] in _IMPACTS and e.code[:2] == "19"
        damage = low[v] in _DAMAGING and e.code == "171"
        if not (killing or blow or damage) or (_country(e.source) is None and not damage):
            continue
        for j, (w, other) in enumerate(zip(verbs, events, strict=True)):
            if j == k or j in drop or w >= v or other.code[:2] not in _FORCE or low[w] in _KILLING:
                continue
            subject = _subject(low, w, v)
            if _country(other.source) != _country(e.source) and not (damage and subject):
                continue  # the damage an attack's noun did is its doer's, whoever the word order made its doer
            told = ((killing or damage) and _participle(low, w, v)) or subject
            victims, struck = _country(e.target), _country(other.target)
            if not told or (blow and victims != struck) or (victims is not None and struck is not None
                                                               and victims != struck):
                continue
            drop.add(k)
            if struck is None and victims is not None and victims != _country(other.source):
                aimed[j] = e.target[:3]  # "shelled a house, killing two Ukrainian civilians": at Ukraine
            break
    if not drop:
        return events
    out = [dataclasses.replace(e, target=aimed[j], target_country=aimed[j], target_name=None) if j in aimed else e
           for j, e in enumerate(events)]
    kept = [(v, e) for k, (v, e) in enumerate(zip(verbs, out, strict=True)) if k not in drop]
    verbs[:] = [v for v, _ in kept]
    return [e for _, e in kept]
