"""The stance a report takes toward another state by what it tells of that state's act, with no verb of blame or
praise: "said China's move is a step forward" (an optimistic comment, 013: :mod:`detente.coding._approvals`), "said
Romania's decision had damaged trust" (criticism, 111: :mod:`detente.coding._harm_told`).

:func:`stance_told` tries each in turn on the words a bare report (010) reports and gives the state and the code.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._approvals import approved_of
from detente.coding._harm_told import harm_of
from detente.coding.mentions import Mention

__all__ = ["stance_told"]


def stance_told(low: Sequence[str], start: int, stop: int, mentions: Sequence[Mention],
                teller: Mention) -> tuple[Mention, str] | None:
    """The state the words reported from ``start`` to ``stop`` judge and the code of the judgment, or None."""
    if (good := approved_of(low, start, stop, mentions, teller)) is not None:
        return good, "013"
    if (harmful := harm_of(low, start, stop, mentions, teller)) is not None:
        return harmful, "111"
    return None
