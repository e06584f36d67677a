"""A missile or rocket attack launched is the attack, not a launch shown: "Iran launched a missile attack on Israel",
"Russia launched massive missile strikes on Ukraine", "Hamas launched a rocket attack on southern Israel".

"150 launch ... missile|rocket" (a launch as a show of force: "North Korea launched a missile on Sunday") matched the
weapon that names the attack, so the launcher's act came out as 150 and the attack's noun, left on its own, as an
attack with no doer. When the word right after the matched weapon is a noun of attack, the phrase is the attack:
the noun joins the phrase and the code is the weapon's kind of force (195 for missiles, 194 for rockets and
mortars), as "launched a drone attack" was already read.

>>> launched_attack("iran launched a missile attack on israel".split(), [2, 3])
('195', 4)
>>> launched_attack("north korea launched a missile on sunday".split(), [3, 4]) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["launched_attack"]

#: nouns of an attack that a weapon's name may open ("a missile attack", "rocket barrages")
_ATTACK_NOUNS = frozenset(["attack", "attacks", "strike", "strikes", "barrage", "barrages", "salvo", "salvos",
                           "assault", "assaults", "raid", "raids"])
#: the kind of force an attack named by its weapon is (CAMEO 195 aerial weapons, 194 artillery and tanks)
_WEAPON_CODES = {"missile": "195", "missiles": "195", "projectile": "195", "projectiles": "195", "icbm": "195",
                 "rocket": "194", "rockets": "194", "mortar": "194", "mortars": "194"}


def launched_attack(low: Sequence[str], used: Sequence[int]) -> tuple[str, int] | None:
    """The code and the position of the attack's noun when the last word of a launch phrase (``used``, positions in
    ``low``) is a weapon and a noun of attack follows it, else None (see the module)."""
    if not used:
        return None
    last = max(used)
    code = _WEAPON_CODES.get(low[last])
    if code is None or last + 1 >= len(low) or low[last + 1] not in _ATTACK_NOUNS:
        return None
    return code, last + 1
