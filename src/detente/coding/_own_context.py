"""A day counted from a day the same sentence names: "arrived in Beijing on February 21, 1972, and met Mao the same
day", "Argentina invaded the islands on April 2, 1982, and Britain broke off relations the next day".

"The same day", "the next day", "two days later" are read from the day the text told last
(:func:`detente.coding.dates.context_date`), which was looked for only in the sentences before: in a sentence
that names the day itself before the counted phrase, the phrase was read from the sentence before's day, or from
the article's when none named one (a history page read on its day of publication put the meeting of 1972 in 2025).
:func:`own_context` reads the words of the sentence before its first counted phrase as the text told last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from detente.coding.dates import context_date, find_when

__all__ = ["own_context"]

#: the kinds of phrase read from the day told before
_COUNTED = frozenset(["sameday", "counted"])


def own_context(sentence: str, previous: Sequence[str], anchor: dt.date | None, *,
                year: int | None = None) -> dt.date | None:
    """The day a counted phrase of ``sentence`` is read from: the last day its own words name before the phrase,
    else the day the sentences ``previous`` told last.

    >>> own_context("Nixon arrived on February 21, 1972, and met Mao the same day.", [], dt.date(2025, 1, 15))
    datetime.date(1972, 2, 21)
    >>> own_context("The same day, Mao met Nixon.", ["Nixon arrived on February 21, 1972."], dt.date(2025, 1, 15))
    datetime.date(1972, 2, 21)
    """
    try:
        found = find_when(sentence, anchor, year=year)
    except (ValueError, OverflowError):
        found = []
    first = next((w for w in found if w.kind in _COUNTED), None)
    if first is not None and any(w.at[1] <= first.at[0] and w.precision == "day" for w in found):
        own = context_date([*previous, sentence[:first.at[0]]], anchor, year=year)
        if own is not None:
            return own
    return context_date(previous, anchor, year=year)
