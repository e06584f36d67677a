"""Sanctions eased with no one named: those the text told imposed before.

A story tells sanctions imposed on a state, and later their easing with no target: "The United States imposed
sanctions on India and Pakistan after their nuclear tests in May. President Clinton lifted most of the sanctions on
Friday"; "Japan imposed sanctions on North Korea in 2006. Tokyo eased some of those sanctions on Tuesday"; "lifted
most of the sanctions imposed on India" (the imposition told by the participle in the same sentence). The easing
(085) is aimed at the states the sanctions were imposed on: the targets of the impositions (163) the same state,
or no one named, is told making in its sentence or the three before it (the latest sentence that tells one).

Not when the sentence names another state (an easing of sanctions on someone else, whom the reading missed), nor
for an easer that imposed none there, nor for acts that did not happen.

The other way round, an easing with a target and no doer ("Sanctions on India were lifted on Friday", the passive
read by :mod:`~detente.coding._lifted`) is by the one state the text told imposing sanctions on that target in that
sentence or any before it ("Washington imposed sanctions on India in May"); two imposers, or none, leave it without.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence, Set

from detente.coding.exchange import party
from detente.model import Event

__all__ = ["sanctions_eased"]

#: how many sentences before an easing the imposition may be told
_NEAR = 3


def _imposed(coded: Sequence[Sequence[Event]], number: int, easer: str) -> set[str]:
    """The parties the sanctions were imposed on: the targets of the impositions (163) by ``easer`` or by no one
    named, in the latest of the sentence ``number`` and the three before it that tells one."""
    for k in range(number, max(-1, number - _NEAR - 1), -1):
        found = {t for e in coded[k] if e.code.startswith("163") and e.modality in ("occurred", "intended")
                 and party(e.source) in (easer, None) and (t := party(e.target)) is not None and t != easer}
        if found:
            return found
    return set()


def _imposer(coded: Sequence[Sequence[Event]], number: int, target: str) -> str | None:
    """The actor code of the one party told imposing sanctions (163) on ``target`` in the sentence ``number`` or
    any before it (the latest telling), ``None`` for none or several."""
    found = [e for k in range(number + 1) for e in coded[k] if e.code.startswith("163")
             and e.modality in ("occurred", "intended") and party(e.target) == target and party(e.source) is not None]
    if len({party(e.source) for e in found}) != 1:
        return None
    return found[-1].source


def sanctions_eased(coded: Sequence[Sequence[Event]], named: Sequence[Set[str]]) -> list[list[Event]]:
    """The events of each sentence of one text (``coded``), an easing of sanctions (085) with no target aimed at the
    parties the sanctions were imposed on, and one with no doer by the one who imposed them (see the module);
    ``named``: the parties each sentence names."""
    out: list[list[Event]] = []
    for k, found in enumerate(coded):
        kept: list[Event] = []
        for event in found:
            easer = party(event.source)
            aimed = party(event.target)
            if event.code.startswith("085") and easer is None and aimed is not None \
                    and event.modality in ("occurred", "intended") and (imposer := _imposer(coded, k, aimed)):
                kept.append(dataclasses.replace(event, source=imposer, source_name=None))  # "were lifted"
                continue
            if (not event.code.startswith("085") or easer is None or party(event.target) is not None
                    or event.modality not in ("occurred", "intended")):
                kept.append(event)
                continue
            targets = _imposed(coded, k, easer)
            others = (named[k] if k < len(named) else set()) - {easer}
            if targets and others <= targets:
                kept.extend(dataclasses.replace(event, target=t, target_name=None) for t in sorted(targets))
            else:
                kept.append(event)
        out.append(kept)
    return out
