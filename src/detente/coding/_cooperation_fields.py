"""Cooperation in a material field is material cooperation: "Russia and China boosted military cooperation" (062),
"France and Germany strengthened defence cooperation" (062), "Russia is boosting cooperation with Turkey in the field
of nuclear energy" (061), "deepened intelligence cooperation" (064), "judicial cooperation" (063).

The lexicon codes "strengthen/deepen/boost ... cooperation" and a bare "cooperate" as diplomatic cooperation (050);
only "cooperate in the military field" and its like had lines of their own. CAMEO codes cooperation by its field:
economic (061), military (062), judicial (063), intelligence (064). The field is read from the words around the
noun "cooperation" or the verb "cooperate"/"collaborate": a field's adjective or noun right before it ("military
cooperation", "defence and security cooperation"), or after it "in", "on" or "in the field(s), sphere(s) or
area(s) of" and the field ("cooperation in the field of nuclear energy", "cooperate on trade"). Cooperation with
no field named, or in a field that is no material one ("cultural cooperation", "cooperation on climate"), stays 050.

>>> cooperation_field("russia and china boosted military cooperation .".split(), 3)
'062'
>>> cooperation_field("russia is boosting cooperation with turkey in the field of nuclear energy".split(), 2)
'061'
>>> cooperation_field("they strengthened cultural cooperation".split(), 1) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["cooperation_field"]

_COOPERATION = frozenset(["cooperation", "co-operation", "collaboration", "cooperate", "cooperates", "cooperated",
                          "cooperating", "collaborate", "collaborates", "collaborated", "collaborating"])
#: the words that name a material field, by CAMEO code
_FIELDS = {
    **dict.fromkeys(["economic", "economy", "economics", "trade", "commercial", "commerce", "investment",
                     "investments", "energy", "agricultural", "agriculture", "financial", "finance", "industrial",
                     "industry", "fisheries", "infrastructure", "business", "banking", "oil", "gas"], "061"),
    **dict.fromkeys(["military", "defence", "defense", "security", "arms", "naval", "army"], "062"),
    **dict.fromkeys(["judicial", "legal", "law-enforcement", "police", "extradition"], "063"),
    **dict.fromkeys(["intelligence"], "064"),
}
#: words that join a field named after "cooperation" ("in the field of", "on", "in the areas of")
_LINKS = frozenset(["in", "on", "the", "field", "fields", "sphere", "spheres", "area", "areas", "domain", "domains",
                    "of", "sector", "sectors"])
#: words that may stand between a field and "cooperation" ("defence and security cooperation", "economic and
#: trade cooperation", "bilateral military cooperation")
_BETWEEN = frozenset(["and", ",", "bilateral", "mutual", "practical", "strategic", "close", "closer"])


def _field(word: str) -> str | None:
    return _FIELDS.get(word)


def cooperation_field(low: Sequence[str], verb: int) -> str | None:
    """The CAMEO code of the material field of the cooperation told at or after ``verb`` (lower-cased tokens
    ``low``), or None (see the module). The word "cooperation" is looked for from ``verb`` on, within four words
    ("boosted their military cooperation")."""
    at = next((k for k in range(verb, min(len(low), verb + 6)) if low[k] in _COOPERATION), None)
    if at is None:
        return None
    q = at - 1
    while q > verb and (low[q] in _BETWEEN or _field(low[q]) is not None):
        if (code := _field(low[q])) is not None:
            return code  # the first field word before: "defence and security cooperation" (both 062)
        q -= 1
    k = at + 1
    if low[k:k + 1] == ["with"]:  # "cooperation with Turkey in the field of": past the partner, a few words
        k = next((j for j in range(k + 1, min(len(low), k + 6)) if low[j] in ("in", "on")), len(low))
    if low[k:k + 1] not in (["in"], ["on"]):
        return None
    for j in range(k + 1, min(len(low), k + 7)):
        if (code := _field(low[j])) is not None:
            return code
        if low[j] not in _LINKS and not low[j].isalpha():
            return None
        if low[j] not in _LINKS and low[j] not in ("nuclear", "peaceful", "civil", "civilian", "renewable"):
            return None
    return None
