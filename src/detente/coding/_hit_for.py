"""Criticism told as "hit for": "U.S. Hit for Anti-DPRK Moves", "Japan hit for suppression of Chongryon".

KCNA writes some 320 of its headlines this way: "hit" right after the criticised, with "for" and the conduct
criticised after it, in the headline's passive. Read as the verb of force (190) it told an attack by the one
criticised, or nothing. "hit for" is criticism (111) of the actors named before it in its clause
(:func:`~detente.coding._under_fire.criticised_under_fire`), by whoever tells it.

A blow counted or timed ("was hit for the second time", "hit for three days by rockets", "hit for six") and a hit
with an agent ("hit for hours by shelling") are real force and keep their reading.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["hit_for"]

#: words after "for" that count or time a blow
_COUNTED = frozenset(["time", "times", "day", "days", "hours", "hour", "weeks", "week", "nights", "night", "straight",
                      "consecutive", "six", "four", "months", "minutes"])
#: how far after "for" a counting word or an agent's "by" may stand
_REACH = 6


def hit_for(low: Sequence[str], verb: int) -> bool:
    """Whether the "hit" at ``verb`` is criticism told as "X hit for ..." (see the module)."""
    if low[verb] != "hit" or low[verb + 1:verb + 2] != ["for"] or verb == 0:
        return False
    after = low[verb + 2:verb + 2 + _REACH]
    return "by" not in low[verb + 2:] and _COUNTED.isdisjoint(after)
