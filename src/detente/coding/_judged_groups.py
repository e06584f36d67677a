"""The two sides a speaker praises or faults: the speaker is neither of them.

"Merkel praised the courage and wisdom of the two leaders", "Paris criticised the two presidents", "Ottawa
blamed both sides for the breakdown": the pair is the object of a verb of judging, told through a quality of theirs
("the courage of", "the restraint and wisdom of") or named right after the verb. The pair was read as the last two
countries named, the judging subject counted among them, so the praise went to one of the two and the subject
praised itself (``DEU -> VEN 051`` and no ``DEU -> BRA``); a verb of speaking to the two ("urged the two countries",
"praised the two leaders", :func:`detente.coding._retitled.addressed`) already kept the subject out.

:func:`judged_group` says the words at ``q`` ("two", "both") are so judged, and
:meth:`detente.coding.coref.Discourse._addressing` then leaves the subject out of the pair. A preposition other than
"of" between the verb and the pair ("praised the talks between the two countries", "hailed the progress made by
both sides") keeps the reading as before: the subject may be one of them.

>>> judged_group("merkel praised the courage and wisdom of the two leaders .".split(), 8)
True
>>> judged_group("paris criticised the two presidents .".split(), 3)
True
>>> judged_group("peru praised the talks between the two countries .".split(), 6)
False
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._retitled import ADDRESSING

__all__ = ["judged_group"]

#: the stems of verbs of judging another's deeds or qualities
_JUDGING = ("prais", "critic", "condemn", "denounc", "blam", "accus", "hail", "laud", "salut", "rebuk", "fault",
            "admir", "commend", "congratulat", "applaud", "censur", "chastis", "lambast", "deplor")
#: how many words the quality may have between the verb and "of" ("the courage and political wisdom of")
_REACH = 6
#: words that end the object of the verb looking back from "of": another clause, or another preposition
_STOPS = frozenset([",", ";", ":", "that", "who", "which", "said", "says", "between", "with", "by", "to", "for",
                    "in", "on", "at", "from", "after", "before", "over", "about", "against", "among", "of"])


def judged_group(low: Sequence[str], q: int) -> bool:
    """Whether the pair named at ``q`` ("the two leaders", "both sides") is the object of a verb of judging, right
    after it ("criticised the two presidents") or through a quality of theirs ("praised the courage and wisdom of
    the two leaders")."""
    k = q - 1 - (q > 0 and low[q - 1] == "the")
    if k >= 0 and low[k].startswith(_JUDGING):
        return True
    if k < 0 or low[k] != "of":
        return False
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        # "welcomed the candour of the two presidents", "urged the leaders of both countries": speaking to them
        if low[j].startswith(_JUDGING) or low[j].startswith(ADDRESSING):
            return True
        if low[j] in _STOPS:
            return False
    return False
