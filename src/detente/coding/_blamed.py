"""The "blame" of "X to blame for ...": X is the one blamed, not the one blaming.

A headline leaves out the verb ("S. Korean Authorities to Blame for Shelling Incident"), and "Japan has only
itself to blame" lays the blame on Japan: in both the actor before "to blame" is whom the blame is laid on, by
whoever says so (:meth:`detente.coding.roles.RoleFinder.passive`). "It is wrong to blame Japan for ..." has its object
after "blame" and keeps its reading; "the authorities are to blame" with its verb is no act at all (the verb
dictionary's "be to blame").
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["blame_laid"]

#: what may follow the "blame" of "X to blame": the blamed act, or nothing
_AFTER_BLAME = frozenset(["for", ",", ".", ":", ";", "--", "-", "'", '"'])


def blame_laid(low: Sequence[str], verb: int) -> bool:
    """Whether ``verb`` is "blame" right after "to" with no object after it ("to Blame for ...", "itself to
    blame.")."""
    return (low[verb] == "blame" and verb >= 2 and low[verb - 1] == "to"
            and (verb + 1 == len(low) or low[verb + 1] in _AFTER_BLAME))
