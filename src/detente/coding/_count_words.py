"""Counts written out in words in a time phrase, past twelve: "seventy years ago today", "twenty-five years ago",
"fifteen months later", "a hundred years ago".

An anniversary story counts its years in words as often as in figures ("Seventy years ago today, troops crossed
the border"); a count the time patterns of :mod:`detente.coding.dates` did not know left the phrase unread, and
the act took the article's own day. The teens, the tens, a ten joined to a unit ("twenty-five", "thirty one")
and "a hundred" are counts as "five" and "70" are.

>>> count_value("seventy"), count_value("twenty-five"), count_value("thirty one"), count_value("a hundred")
(70, 25, 31, 100)
>>> count_value("several") is None
True
"""

from __future__ import annotations

import re

__all__ = ["BIG_COUNT", "count_value"]

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}

#: a count past twelve written in words (a ten joined to its unit first, so that "twenty-five" is read whole)
BIG_COUNT = (rf"(?:(?:{'|'.join(_TENS)})[-\s](?:{'|'.join(_UNITS)})|{'|'.join(_TEENS)}|{'|'.join(_TENS)}|"
             r"(?:a|one)\s+hundred)")


def count_value(words: str) -> int | None:
    """The number a count of :data:`BIG_COUNT` names, ``None`` for any other words."""
    low = re.sub(r"[-\s]+", " ", words.lower().strip())
    if low in ("a hundred", "one hundred"):
        return 100
    if low in _TEENS:
        return _TEENS[low]
    ten, _, unit = low.partition(" ")
    if ten in _TENS and (not unit or unit in _UNITS):
        return _TENS[ten] + _UNITS.get(unit, 0)
    return None
