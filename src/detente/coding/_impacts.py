"""Force told by a verb of impact: "pounded", "hammered", "pummelled", "battered", "hit".

Wire copy tells a bombardment by what it does to the place struck: "Russia pounded Ukraine's energy grid",
"Rwandan artillery pounded Congolese army positions", "Israeli jets hammered targets in Gaza", "Russia hit Ukraine
with 40 missiles". These verbs are also everyday words ("sanctions hit the economy", "the storm battered the
coast", "officials hammered out a deal"), so the lexicon's entry (``190``) stands only when the blow is an armed
one, read as "targeted" is (``coding._acts.armed_target``): the doer is an armed force (its role, or a subject
such as "artillery", "jets", "forces"), or a state whose object is a thing an armed attack hits ("positions",
"energy", "targets", "towns") or which strikes "with" a weapon ("with missiles", "with drones"), or a passive
whose agent is armed ("Kyiv was hit by Russian drones"). "Hit out at",
"hit back at" and "hit ... with sanctions" are criticism and sanctions in the lexicon's longer entries, and
"hammered out a deal" is no force.

>>> impact_code("russia pounded ukraine 's energy grid".split(), 1, "", "190")
'190'
>>> impact_code("russia hit ukraine with 40 missiles".split(), 1, "", "190")
'190'
>>> impact_code("new sanctions hit russia 's economy".split(), 2, "", "190") is None
True
>>> impact_code("china targeted u.s. banks".split(), 1, "", "190") is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._acts import _ARMED_NOUNS, _subject_word, armed_target
from detente.coding._volleys import VOLLEYS, volley_code

__all__ = ["IMPACTS", "impact_code"]

#: the verb forms of impact the lexicon codes as force (190), and the forms of "target" (an attack when armed)
IMPACTS = frozenset(["pound", "pounds", "pounded", "pounding", "hammer", "hammers", "hammered", "hammering",
                     "pummel", "pummels", "pummeled", "pummelled", "pummeling", "pummelling", "batter", "batters",
                     "battered", "battering", "hit", "hits", "hitting", "targeted", "targeting"])
#: weapons a state strikes with ("hit Ukraine with 40 missiles")
_WEAPONS = frozenset(["missiles", "missile", "drones", "drone", "rockets", "rocket", "shells", "artillery",
                      "airstrikes", "strikes", "bombs", "mortars", "mortar", "fire", "warplanes", "jets",
                      "munitions", "projectiles", "shelling", "bombardment", "barrage", "barrages"])
#: the nouns of a bombing that may be the subject of an impact ("a blast hit the embassy")
_BLASTS = frozenset(["blast", "blasts", "explosion", "explosions", "bomb", "bombs", "bombing", "bombings"])
#: a word that ends the verb's phrase, before which a "with" must stand
_CLAUSE_END = frozenset([",", ";", ".", "said", "says", "and", "while", "as", "after"])


def _struck_with(low: Sequence[str], verb: int) -> bool:
    """Whether a weapon follows "with" in the verb's phrase ("hit Ukraine with dozens of missiles")."""
    for k in range(verb + 1, min(len(low), verb + 10)):
        if low[k] in _CLAUSE_END:
            return False
        if low[k] == "with":
            return not _WEAPONS.isdisjoint(low[k + 1:k + 6])
    return False


def impact_code(low: Sequence[str], verb: int, role: str, code: str) -> str | None:
    """The code of the impact verb or "targeted"/"targeting" at ``verb``, coded ``code`` by the lexicon and done by
    a source of ``role`` (the third to sixth letters of its code, "?" when the source has no country): None when it
    is no armed blow (see the module); a bombing (183) when its subject is a blast ("a blast hit the embassy"); the
    verb's other entries ("hit China with tariffs": 163) are left to the lexicon."""
    if low[verb] in VOLLEYS:
        return volley_code(low, verb, role, code)  # "an artillery barrage", "a barrage of criticism"
    if low[verb] not in IMPACTS or code[:2] != "19":
        return code
    if low[verb].startswith("hammer") and low[verb + 1:verb + 2] == ["out"]:
        return None  # "hammered out a deal"
    if low[verb].startswith("target"):
        return code if armed_target(low, verb, role) else None
    q = _subject_word(low, verb)
    if q >= 0 and low[q] in _BLASTS:
        return "183"  # "a blast hit the embassy": the bombing the noun tells
    if low[verb + 1:verb + 2] == ["by"] and not _ARMED_NOUNS.isdisjoint(low[verb + 2:verb + 6]):
        return code  # "Kyiv was hit by Russian drones": the agent is armed
    return code if armed_target(low, verb, role) or (role == "" and _struck_with(low, verb)) else None
