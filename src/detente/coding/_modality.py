"""Modality helpers of the coder: whether an act is only argued for, favoured or hoped for (not done)."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import ADVOCATING, BOUNDARIES, CONTRAST_WORDS

__all__ = ["advocated", "hoped"]


def advocated(window: Sequence[str]) -> bool:
    """Whether the act right after ``window`` is what someone argues or presses for, favours or advocates ("argued
    for an air strike", "favored stern warnings to Cuba", "advocated a naval blockade"): an article or one or two
    describing words may stand between."""
    for q in range(len(window) - 1, max(-1, len(window) - 5), -1):
        word = window[q]
        if word in ADVOCATING:
            return True
        if word in ("and", "or", ",", "to") or word.endswith("ed") or word.endswith("ing"):
            return False
    return False


#: words of hope: what is hoped for ("hopes that Peru will return to talks", "in the hope that the visit would
#: revive the talks") has not happened, and is no intent of those it is hoped of
_HOPING = frozenset(["hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing", "trust", "trusts",
                     "trusted"])
_HOPED_MODALS = frozenset(["will", "would", "can", "could", "shall", "should", "may", "might"])


def hoped(low: Sequence[str], verb: int) -> bool:
    """Whether the verb stands in what a word of hope says ("hope that ... will ..."), after the modal that tells
    what is hoped, in its own sentence part (no ";", ":" or "but" between), at most 24 words back. What the
    complement names before its modal happened ("hoped that the meetings held on Monday will ...")."""
    modal = False
    for q in range(verb - 1, max(0, verb - 25), -1):
        word = low[q]
        if word in BOUNDARIES or word in CONTRAST_WORDS:
            return False
        if word in _HOPED_MODALS:
            modal = True
        elif word == "that" and low[q - 1] in _HOPING:
            return modal
    return False
