"""An act referred back to through a sentence that judged it: its doer is the one judged, not the judge.

"Nicaragua described Moscow's annexation as a just decision. Ukraine called the annexation a robbery": the object
"the annexation" refers back to the act the sentence before names, and its doer is Russia, whom Nicaragua's praise
is aimed at, not Nicaragua. "Japan condemned the launch. South Korea also condemned the launch": the second
condemnation is aimed at the launcher, the target of the first. :func:`detente.coding.answers.referred_doer` finds
the last event whose sentence names the act (the noun's stem) and took that event's doer; when that event is a
judgment (praise, 05; criticism, 11; rejection, 12) of a state other than the new judge's own, the act it names is
the judged state's (:func:`referred_act_doer`). A judge that judges again ("Ghana denounced the Togolese buildup.
It called it a provocation") is left as before: its own earlier judgment names no act of another's it answers.

>>> import datetime as dt
>>> from detente.model import Event
>>> praise = Event(date=dt.date(2014, 3, 18), source="NIC", target="RUS", code="051", dataset="t")
>>> referred_act_doer(praise, {"UKR"})
('RUS', None)
>>> referred_act_doer(praise, {"RUS"})
('NIC', None)
>>> referred_act_doer(praise, {"NIC"})
('NIC', None)
"""

from __future__ import annotations

from collections.abc import Set

from detente.model import Event

__all__ = ["referred_act_doer"]

#: the roots of a judgment of another state's act
_JUDGING = frozenset(["05", "11", "12"])


def referred_act_doer(event: Event, own: Set[str]) -> tuple[str, str | None]:
    """The doer (code and name) of the act that ``event``'s sentence names, for a judge of the states ``own``:
    the judged state when ``event`` judges another state, else ``event``'s own doer."""
    if (event.root or event.code[:2]) in _JUDGING and event.target[:3].isalpha() and event.target[:3] not in own \
            and event.source[:3] not in own and event.source[:6] not in own:  # the same judge again: as before
        return event.target, event.target_name
    return event.source, event.source_name
