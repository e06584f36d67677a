"""The stance a report takes toward another state by what it tells of that state's act, with no verb of blame or
praise: "said China's move is a step forward" (an optimistic comment, 013: :mod:`detente.coding._approvals`),
"said Romania's decision had damaged trust" (criticism, 111: :mod:`detente.coding._harm_told`), "said Chile's
decision was courageous" (praise, 051, or a defence in words, 052: :mod:`detente.coding._praise_told`).

:func:`stance_told` tries each in turn on the words a bare report (010) reports and gives the state and the
code; :func:`own_praise` undoes the lexicon's praise or defence (051, 052) of the speaker's own act ("described
Ankara's operation as self-defence").
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._approvals import approved_of
from detente.coding._harm_told import harm_of
from detente.coding._praise_told import own_act_called, praise_of
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["own_praise", "stance_told"]


def stance_told(low: Sequence[str], start: int, stop: int, mentions: Sequence[Mention],
                teller: Mention) -> tuple[Mention, str] | None:
    """The state the words reported from ``start`` to ``stop`` judge and the code of the judgment, or None."""
    if (good := approved_of(low, start, stop, mentions, teller)) is not None:
        return good, "013"
    if (harmful := harm_of(low, start, stop, mentions, teller)) is not None:
        return harmful, "111"
    return praise_of(low, start, stop, mentions, teller)


def own_praise(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> tuple[list[Mention], str]:
    """The targets and code of ``cand``: none and a bare statement (010) for a praise or defence (051, 052) of the
    speaker's own act (:func:`detente.coding._praise_told.own_act_called`), else its own."""
    if cand.code in ("051", "052") and own_act_called(low, cand.verb, mentions, cand.sources):
        return [], "010"
    return cand.targets, cand.code
