"""Force told by a noun of massed fire: "barrage", "salvo", "volley" ("a Russian artillery barrage on Kharkiv",
"Iran's missile salvo", "a volley of rockets at Tel Aviv", "North Korea's barrage near the border").

The lexicon did not know these nouns, so a sentence that told an attack only by them coded nothing. They are as
often figurative ("a barrage of criticism", "a salvo of complaints", "a volley of questions"), so the lexicon's
entry (``190``) stands only when the fire is of arms: a weapon names it ("artillery barrage", "missile salvo": the
weapon's code, 194 or 195), or its "of" phrase does ("a salvo of ballistic missiles"), or, with no "of" phrase, its
doer is a state or its armed forces and it is aimed at a place ("Israel's overnight barrage on Beirut"). An "of"
phrase of anything else is no force, nor a bare noun of no aim ("Brazil's latest salvo in the trade dispute"), nor
one whose doer is no state (a crowd's "volley of stones").

>>> volley_code("a russian artillery barrage on kharkiv".split(), 3, "", "190")
'194'
>>> volley_code("fired a salvo of ballistic missiles at israel".split(), 2, "", "190")
'195'
>>> volley_code("faced a barrage of criticism".split(), 2, "", "190") is None
True
>>> volley_code("israel 's overnight barrage on beirut".split(), 3, "", "190")
'190'
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["VOLLEYS", "volley_code"]

#: the nouns of massed fire the lexicon codes as force (190)
VOLLEYS = frozenset(["barrage", "barrages", "salvo", "salvos", "salvoes", "volley", "volleys"])
#: the weapons that may name such fire, and the code of the fire they make (artillery 194, from the air 195)
_WEAPON_CODES = {
    "artillery": "194", "rocket": "194", "rockets": "194", "mortar": "194", "mortars": "194", "shell": "194",
    "shells": "194", "shelling": "194", "howitzer": "194", "howitzers": "194", "tank": "194", "gunfire": "190",
    "fire": "190", "cannon": "194", "grad": "194", "katyusha": "194", "katyushas": "194", "projectiles": "194",
    "missile": "195", "missiles": "195", "drone": "195", "drones": "195", "air": "195", "cruise": "195",
    "ballistic": "195", "airstrikes": "195", "strikes": "195", "bombs": "195", "munitions": "190", "bullets": "193",
    "gunshots": "193", "shots": "193",
}
#: how far before the noun its weapon may stand ("a heavy artillery barrage")
_BEFORE = 3
#: how far into its "of" phrase the weapon may stand ("a salvo of at least 20 ballistic missiles")
_OF_REACH = 6
#: the words that aim a bare noun of massed fire at what it hits ("a barrage on Beirut"); "a salvo in the trade
#: dispute" is none
_AIMS = frozenset(["on", "at", "against", "into", "toward", "towards", "targeting", "across", "upon"])
#: the roles of a state's actors whose massed fire is armed (the state itself, its armed forces, its government)
_ARMED_ROLES = frozenset(["", "MIL", "GOV"])


def _weapon(words: Sequence[str]) -> str | None:
    """The code of the first weapon among ``words``."""
    return next((_WEAPON_CODES[w] for w in words if w in _WEAPON_CODES), None)


def volley_code(low: Sequence[str], noun: int, role: str, code: str) -> str | None:
    """The code of the noun of massed fire at ``noun``, coded ``code`` by the lexicon and done by a source of
    ``role`` (the third to sixth letters of its code, "?" when the source has no country): None when it is no fire
    of arms (see the module)."""
    if low[noun] not in VOLLEYS or code[:2] != "19":
        return code
    named = _weapon(low[max(0, noun - _BEFORE):noun])
    if low[noun + 1:noun + 2] == ["of"]:
        of_weapon = _weapon(low[noun + 2:noun + 2 + _OF_REACH])
        return of_weapon or (named if named is not None and low[noun + 2:noun + 3] == ["fire"] else None)
    if named is not None:
        return named
    return code if role in _ARMED_ROLES and low[noun + 1:noun + 2] and low[noun + 1] in _AIMS else None
