"""A meeting of two others that a third hosts: "Singapore hosted a summit between the leaders of China and Taiwan",
"Turkey hosted a meeting between the Russian and Ukrainian foreign ministers", "Norway hosted the dialogue
between Colombia and Venezuela". A sentence whose act is told by a verb drops its event nouns (they are
mostly that act's objects or topics: "urged talks", "condemned the attack"), so the host met each side (043) and
the two sides met no one. A meeting noun (04) named with an article or a possessive right after a verb of
hosting, with "between" right after it, is a meeting of its own, of the parties the "between" phrase names (as
"hosted talks between ..." with no article already was); the host's part stays the hosting.

Left alone: a meeting with no "between" phrase ("hosted a meeting of ASEAN ministers", "hosted a summit on
climate": one party, or only a topic), a meeting noun after another verb ("proposed a summit between the two
leaders": what is proposed is no meeting held), and a hosting told by the bare verb ("offered to host a meeting
between ...", "will host a summit between ...": the offer or the plan is the act).

>>> low = "singapore hosted a summit between china and taiwan .".split()
>>> hosted_meeting(low, 3, "044")
True
>>> hosted_meeting("china proposed a summit between the two leaders .".split(), 3, "044")
False
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["hosted_meeting"]

#: verbs of hosting, convening or organising a meeting of others, in the forms that tell it held (not "to host",
#: "will host": a meeting offered or planned is no meeting, and the offer is the act)
_HOSTING = frozenset(["hosts", "hosted", "hosting", "convenes", "convened", "convening", "organizes", "organized",
                      "organizing", "organises", "organised", "organising", "arranged", "facilitated"])
#: nouns of a meeting that may be hosted
_MEETINGS = frozenset(["summit", "summits", "meeting", "meetings", "dialogue", "talks", "negotiations",
                       "consultations", "discussions", "conference", "round"])
#: words between the verb and the noun: an article or a possessive (a describing word before the noun, "a secret
#: meeting", already leaves it no noun the verb's act takes in)
_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her"])


def hosted_meeting(low: Sequence[str], noun: int, code: str) -> bool:
    """Whether the event noun at ``noun`` (coded ``code``) is a meeting between others that the verb before it
    hosts (see the module): a meeting of its own beside the hosting."""
    if code[:2] != "04" or low[noun] not in _MEETINGS or low[noun + 1:noun + 2] != ["between"]:
        return False
    return noun > 1 and low[noun - 1] in _DETERMINERS and low[noun - 2] in _HOSTING
