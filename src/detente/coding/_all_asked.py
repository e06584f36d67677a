"""An appeal to all states is no appeal to the state they are asked to help.

"The council members ... urged all states to cooperate actively with the government of Afghanistan" (a Security
Council press statement, 2020) was read as the Council's appeal to Afghanistan (021): the appeal is made to every
state, a body the coding guide does not expand, and Afghanistan is whom they are asked to work with. So with "urged
the international community to help Haiti", "called on all Member States to support Somalia", "calls upon all
countries to refrain from ...".

The rule: an appeal or a demand (02, 10) whose addressee, right after its verb (and "on" or "upon"), is a group of
states named by no state ("all states", "all Member States", "other countries", "the international community",
"the world") has no target after that group; the appeal keeps whom it names before it. An addressee named as a
state ("urged Japan to help Haiti", "calls on the governments of Ghana and Togo to ...") is left alone: the group
must be followed by "to" or a comma.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["asked_of_all"]

#: words that may open the group ("all states", "the international community", "UN member states")
_OPENERS = frozenset(["all", "the", "other", "fellow", "un", "u.n.", "every", "each", "international", "world",
                      "member", "concerned", "relevant", "neighbouring", "neighboring", "regional", "its", "their"])
#: heads of a group of states named by no state
_GROUPS = frozenset(["states", "countries", "nations", "governments", "community", "world", "members"])
#: how far the group may run
_REACH = 5


def asked_of_all(low: Sequence[str], verb: int, code: str, targets: list[Mention]) -> list[Mention]:
    """``targets`` of the appeal or demand at ``verb`` less those after an addressee that is a group of states
    (module docstring)."""
    if code[:2] not in ("02", "10"):
        return targets
    k = verb + 1
    if k < len(low) and low[k] in ("on", "upon"):
        k += 1
    end = k
    while end < len(low) and end - k < _REACH and low[end] in _OPENERS:
        end += 1
    if end >= len(low) or low[end] not in _GROUPS or (end == k and low[end] not in ("states", "countries")) \
            or low[end + 1:end + 2] not in (["to"], [","]):
        return targets  # "calls on the governments of Ghana and Togo to ...": states named
    return [m for m in targets if m.start < verb or m.start <= k - 1]
