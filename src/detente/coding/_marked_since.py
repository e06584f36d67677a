"""An act told after "marks N days since" happened then, not on the day it is marked.

"Today marks 500 days since the Maduro regime wrongfully detained U.S. citizen and Marine veteran Matthew Heath"
(a State Department statement of 2022) dated the detention to the statement's day: "today" is the day of the
marking, and the act after "since" is N days older. "It has been two years since ..." was already undated.

The rule: an act whose verb follows "since", with a form of "mark" and a measure of time ("days", "years", "one
year", "the first anniversary") among the six words before "since" and no clause break between, is placed on no day
of the text; a chronology or the record dates it.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["marked_since"]

_MARKING = frozenset(["mark", "marks", "marked", "marking"])
_MEASURES = frozenset(["days", "weeks", "months", "years", "decades", "day", "week", "month", "year", "decade",
                       "anniversary"])
_BREAKS = frozenset([";", ":", ".", "but", "and"])
_REACH = 12


def marked_since(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is told after "marks N days since" (module docstring)."""
    if "since" not in low:
        return False
    for q in range(verb - 1, max(-1, verb - _REACH), -1):
        if low[q] in _BREAKS:
            return False
        if low[q] == "since":
            before = low[max(0, q - 6):q]
            return not _MARKING.isdisjoint(before) and not _MEASURES.isdisjoint(before)
    return False
