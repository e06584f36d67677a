"""Near-names: a country's name inside the proper name of another place.

A capitalised word before a country's name can make the name of another country or of a place that is no state's
("the Democratic Congo" is the Democratic Republic of the Congo, not the Republic of the Congo; "the North Pole" is
no Poland; "New Mexico" is a state of the United States, "Inner Mongolia" a region of China), and a capitalised
noun of a natural feature after it makes the name of that feature ("the Indian Ocean", "the Jordan Valley", "the
Niger Delta", "the Arabian Peninsula"): a place, not an actor. A direction before a country's name that names a
part of it ("Northern Iraq", "Upper Egypt") keeps the country, and is no near-name. A town of ``data/cities.csv``
whose name ends in a country's name ("Port Sudan", written "Port-Sudan" too) is a place as well: "the Port-Sudan air
strike" was no strike by Sudan.

>>> near_name(["the", "Democratic", "Congo"], ["the", "democratic", "congo"], 2, 3)
(1, 'COD')
>>> near_name(["the", "North", "Pole"], ["the", "north", "pole"], 2, 3)
(1, '')
>>> near_name(["the", "Indian", "Ocean"], ["the", "indian", "ocean"], 1, 2)
(1, '')
>>> near_name(["the", "Port", "-", "Sudan", "air", "strike"], ["the", "port", "-", "sudan", "air", "strike"], 3, 4)
(1, '')
>>> near_name(["Northern", "Iraq"], ["northern", "iraq"], 1, 2) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._struck_places import town_names

__all__ = ["near_name"]

#: (capitalised word before, words of the country's name): the country the whole names ("" for none)
_BEFORE: dict[tuple[str, ...], str] = {
    ("democratic", "congo"): "COD",   # KCNA's "Democratic Congo": the Democratic Republic of the Congo
    ("north", "pole"): "",            # "Pole" is Poland's noun of nationality
    ("south", "pole"): "",
    ("northern", "ireland"): "GBR",
    ("new", "mexico"): "USA",
    ("inner", "mongolia"): "CHN",
    ("new", "guinea"): "",            # the island of Indonesia and Papua New Guinea, no state of its own
    ("new", "ireland"): "PNG",        # a province of Papua New Guinea
}
#: capitalised nouns of a natural feature named after a country ("the Indian Ocean", "the Jordan River")
_FEATURES = frozenset(["ocean", "river", "delta", "basin", "valley", "peninsula", "desert", "plateau", "mountains",
                       "highlands", "archipelago", "lake"])


def near_name(tokens: Sequence[str], low: Sequence[str], start: int, end: int) -> tuple[int, str] | None:
    """For a country's name or adjective at ``tokens[start:end]``: ``(first word, code)`` when it is part of a
    near-name (see the module), the code "" when the whole names no state; None when it names its country."""
    if start > 0 and tokens[start - 1][:1].isupper():
        code = _BEFORE.get((low[start - 1], *low[start:end]))
        if code is not None:
            return start - 1, code
    towns = town_names()
    for first in (start - 1, start - 2):  # "Port Sudan", "Port - Sudan"
        if first >= 0 and tokens[first][:1].isupper() and all(w == "-" for w in low[first + 1:start]) \
                and (low[first], *low[start:end]) in towns:
            return first, ""
    if end < len(low) and low[end] in _FEATURES and tokens[end][:1].isupper():
        return start, ""
    return None
