"""The article step: the events of all its sentences become the article's events, one per real-world event.

A story names the same act several times (the lead, a quote, a recap): "Kim met Trump", "the two leaders held
talks", "at their meeting ...". Events with the same actors' countries, the same CAMEO root, the same date and the
same standing (occurred or not; an intent or a threat has one) are one event; it keeps its most specific reading
(a specific act over its root's "not specified" code, then named people and roles over bare countries, the fuller
code, the earlier sentence) and counts its ``mentions``.
An actor never acts on its own country read twice (USA -> USAGOV is one actor, not an event), and a business or
two peoples are no states acting (:mod:`~detente.coding._no_state`).

>>> import datetime as dt
>>> from detente.coding.anchors import date_basis
from detente.model import Event
>>> day = dt.date(2018, 6, 12)
>>> merged = merge_events([Event(day, "USA", "PRK", "040", sentence="a"), Event(day, "USAGOV", "PRKGOV", "043",
...     sentence="b"), Event(day, "USA", "USAGOV", "040", sentence="c")])
>>> [(e.source, e.target, e.code, e.mentions, e.sentence) for e in merged]
[('USAGOV', 'PRKGOV', '043', 2, 'b')]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from detente.coding._armed_groups import group_act
from detente.coding._no_state import people_pair
from detente.coding.anchors import date_basis
from detente.model import Event

__all__ = ["merge_events", "self_pair"]

#: how far before the article's date a dated mention may lie for an undated one to be the same act
_JOIN = dt.timedelta(days=14)


def self_pair(source: str, target: str) -> bool:
    """One actor read twice: the same country, one code within the other ("USA" and "USAGOV"). Two roles of one
    country ("IRNCOP" arresting "IRNOPP") are a domestic event and stay."""
    if len(source) < 3 or source[:3] != target[:3] or source[:3] == "---" or not source[:3].isalpha():
        return False
    return source.startswith(target) or target.startswith(source)


def _specificity(event: Event) -> tuple[int, int, int, int]:
    named = (event.source_name is not None) + (event.target_name is not None)
    # a specific act ("met", 044) over the root's "not specified" code ("discussed", 040), however fully named
    specific = len(event.code) > 3 or not event.code.endswith("0")
    return specific, len(event.source) + len(event.target) + 4 * named, len(event.code), -(event.prov_row or 0)


def merge_events(events: Iterable[Event], *, default: dt.date | None = None) -> list[Event]:
    """One event per (source country, target country, root, date, occurred or not), in order of first mention,
    with ``mentions`` the number of sentences' events merged and the most specific reading kept.

    ``default`` is the date a sentence without a date of its own was given (the article's): such an event joins
    the same act dated by another sentence in the two weeks before ("met on Monday" ... "the meeting was useful").
    """
    groups: dict[tuple[str, str, str, bool], dict[dt.date, list[Event]]] = {}
    for event in events:
        root = event.root or event.code[:2]
        if self_pair(event.source, event.target) or people_pair(event.source, event.target, root):
            continue  # "business leaders of Peru and Chile signed ...": no act between the two states
        if group_act(event.source, event.source_name):
            continue  # "Hezbollah fired rockets at Israel": an armed group's act, no state's
        # an intent (03) or a threat (13) is one act whether told as done ("promised aid") or announced ("will
        # send aid"): its standing does not split it
        key = (event.source[:3], event.target[:3], root, event.modality == "occurred" or root in ("03", "13"))
        groups.setdefault(key, {}).setdefault(event.date, []).append(event)
    merged: list[tuple[int, Event]] = []
    for by_day in groups.values():
        if default is not None and default in by_day:
            # a day a chronology gave an act told vaguely ("earlier this month") draws no act of the article's
            earlier = [d for d in by_day if d != default and dt.timedelta(0) < default - d <= _JOIN
                       and not all(date_basis(e) == "record" for e in by_day[d])]
            if earlier:
                by_day[max(earlier)].extend(by_day.pop(default))
        for day, group in by_day.items():
            best = max(group, key=_specificity)
            first = min(e.prov_row or 0 for e in group)
            merged.append((first, dataclasses.replace(best, date=day, mentions=sum(e.mentions or 1 for e in group))))
    return [e for _, e in sorted(merged, key=lambda item: item[0])]
