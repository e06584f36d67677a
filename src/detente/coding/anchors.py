"""Vague dates anchored to a chronology: "Kelly's talks in Pyongyang earlier this month" dated to the day a dated
record gives for the one episode of those two countries in that span.

A story often tells an act by a time that names no day: "earlier this month", "last week", "in March", "in May
1999", "the recent summit". The coder leaves such an act undated (:data:`~detente.coding.dates.UNDATED`) rather
than put it on a day the text never said. A reader who knows the record dates it the way a careful human coder
does: within the span the phrase covers, the record of the same two countries holds one episode, and that is the
act's day. :class:`Chronology` is such a record (the bundled US-DPRK record by default, or any events: a store's
GDELT or ICEWS rows), and :func:`anchor_events` gives each undated act the day of the one episode its span holds.

The rule, for an undated act of countries A and B told with a span (see :func:`told_span`):

- the span is that of the act's own time phrase, as the coder read it (against the article's date, or the year
  an essay is telling of), less the two days of the article's own news; an act with no time phrase has a span
  only when its sentence calls it recent (the 90 days before the article);
- the record's events of A and B (either direction) within the span are its candidates, less those at another
  place than the one the sentence names ("in" or "at" a place the record knows: "in Pyongyang" is not the
  Washington visit of that month);
- they are ranked by what they share with the act: its CAMEO root (and its direction, unless the root is one two
  sides do together: consult, cooperate), the people it names, the place its sentence names; a candidate of
  another root counts only when it is a meeting (04) of a person the act names (what was said or done at the
  talks takes their day), so the leader's New Year speech is not the day he met an envoy;
- when the best candidates' days lie within :data:`EPISODE` of each other (one visit, one round of talks, one
  summit), the act takes the first of them; otherwise (two rounds of talks in the month, none at all) it stays
  undated.

An anchored event says where its day came from: its ``citation`` is ``"dated by the record: ID (CITATION)"``
(:func:`date_basis` reads it back).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.coding._one_event import UNDATED
from detente.errors import InputError, SourceNotFound, StoreError
from detente.model import Event

if TYPE_CHECKING:
    from detente.store import Store

__all__ = ["EPISODE", "REFERENCES", "Chronology", "StoreChronology", "anchor_events", "date_basis", "date_reference",
           "open_chronology", "told_span"]

#: how far apart the days of one episode may lie (a visit of three days, a round of talks over two)
EPISODE = dt.timedelta(days=3)
#: roots whose acts two sides do together: the record may tell them from either side
_MUTUAL = frozenset(["04", "05", "06"])
#: the root of meetings: an act of another kind may have been done at one ("Kelly confronted the officials with
#: evidence during his visit"), so it takes the day of a meeting of the same people
_MEETING = "04"
#: how far back "recent" reaches when the sentence has no time phrase
RECENT = dt.timedelta(days=90)
#: the slack before a span's first day ("last week" is counted from the article's weekday)
_SLACK = dt.timedelta(days=3)
#: the days of the article's own news: an act of yesterday is told as such, not "earlier this month"
_NEWS = dt.timedelta(days=2)
_PREFIX = "dated by the record: "
_RECENT = re.compile(r"\brecent(?:ly)?\b", re.I)
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")
_TOLD = re.compile(r"^told as .*: (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$")


def _country(code: str) -> str:
    return code[:6] if code.startswith("IGO") else code[:3]


@dataclass(frozen=True, slots=True)
class _Entry:
    day: dt.date
    source: str
    target: str
    root: str
    event: Event


def _at(event: Event, low: str, told: set[str]) -> bool:
    """Whether ``event`` may have happened at the places ``told`` in the sentence ``low``: it has no place, or its
    place is named, or lies within one named ("Pyongyang International Airport" in "Pyongyang")."""
    where = (event.location or "").lower()
    return not where or where in low or any(t in where for t in told)


def _entry(e: Event) -> _Entry | None:
    source, target = _country(e.source), _country(e.target)
    if e.date == UNDATED or source == target or "---" in (source, target):
        return None
    return _Entry(e.date, source, target, e.root or e.code[:2], e)


class Chronology:
    """Dated events to anchor vague dates to, indexed by their pair of countries."""

    def __init__(self, events: Iterable[Event]) -> None:
        self._pairs: dict[frozenset[str], list[_Entry]] = {}
        self._places: frozenset[str] | None = None
        for e in events:
            entry = _entry(e)
            if entry is not None:
                self._pairs.setdefault(frozenset((entry.source, entry.target)), []).append(entry)
        for entries in self._pairs.values():
            entries.sort(key=lambda x: x.day)

    def places(self) -> frozenset[str]:
        """The places the chronology's events happened at (lower case), to tell a sentence's place by."""
        if self._places is None:
            self._places = frozenset(w for entries in self._pairs.values() for x in entries
                                     if len(w := (x.event.location or "").lower()) >= 4)
        return self._places

    @classmethod
    def bundled(cls) -> Chronology:
        """The bundled US-DPRK record (events, incidents and tests)."""
        from detente.ingest.bundled import bundled_events

        return cls(bundled_events())

    def __bool__(self) -> bool:
        return bool(self._pairs)

    def candidates(self, source: str, target: str, start: dt.date, end: dt.date) -> list[_Entry]:
        """The events of countries ``source`` and ``target`` (either direction) from ``start`` to ``end``, in
        order of date."""
        return [x for x in self._pairs.get(frozenset((source, target)), ()) if start <= x.day <= end]

    def episode(self, source: str, target: str, root: str, start: dt.date, end: dt.date, *,
                names: Iterable[str] = (), sentence: str = "") -> Event | None:
        """The first event of the one episode of ``source`` and ``target`` (countries) between ``start`` and
        ``end``; ``None`` when the span holds none or more than one.

        The record's events in the span are ranked by how much they share with the act: the act's root (and,
        unless two sides do it together, its direction), the people it names (``names``), the place its
        ``sentence`` names; the best of them must lie within :data:`EPISODE` of each other."""
        low = sentence.lower()
        told = {p for p in self.places() if p in low and re.search(rf"\b(?:in|at) (?:the )?{re.escape(p)}\b", low)}
        # an event at another place than the one the sentence names is another act ("met the envoy in Pyongyang"
        # is not the letter handed over in Washington that month)
        entries = [x for x in self.candidates(source, target, start, end) if not told or _at(x.event, low, told)]
        if not entries:
            return None
        people = {n.lower() for n in names if n}

        def shared(x: _Entry) -> int:
            e = x.event
            same = x.root == root and (root in _MUTUAL or x.source == source)
            named = sum(1 for n in (e.source_name, e.target_name) if n and n.lower() in people)
            if not same and not (named and x.root == _MEETING):
                return 0  # another kind of act, and no meeting of the same people the act was done at
            where = (e.location or "").lower()
            place = bool(where) and where in low
            return 4 * same + 2 * named + place

        scored = [(shared(x), x) for x in entries]
        best = max(score for score, _ in scored)
        if best == 0:
            return None  # nothing but the pair and the span in common: another act of the two
        found = [x for score, x in scored if score == best]
        return found[0].event if found[-1].day - found[0].day <= EPISODE else None


class StoreChronology(Chronology):
    """A store's events as the chronology, read per pair and span as acts ask (a whole archive is never loaded):
    a curated record holds one event per episode; a machine-coded feed (GDELT) holds many a day and so seldom
    anchors an act."""

    def __init__(self, store: Store, *, datasets: Sequence[str] = ()) -> None:
        super().__init__(())
        self._store = store
        self._datasets = tuple(datasets)

    def __bool__(self) -> bool:
        return True

    def candidates(self, source: str, target: str, start: dt.date, end: dt.date) -> list[_Entry]:
        from detente.model import Dyad
        from detente.store import EventQuery

        if source.startswith("IGO") or target.startswith("IGO"):
            return []
        query = EventQuery(dyad=Dyad(source, target), start=start, end=end, datasets=self._datasets)
        found = (_entry(e) for e in self._store.events(query))
        return sorted((x for x in found if x is not None), key=lambda x: x.day)


def told_span(event: Event, day: dt.date, *, moved: bool = False) -> tuple[dt.date, dt.date] | None:
    """The span an undated act lies in, read against the article's ``day``: the span of the phrase the coder kept
    in its ``summary`` ("told as 'earlier this month': 2002-10-01 to 2002-10-17", see
    :func:`detente.coding._one_event.told_span`), ending before the days of the article's own news; with no such
    phrase, the 90 days before the article when its sentence calls the act recent and the article has not
    ``moved`` to another year before it. ``None`` otherwise."""
    found = _TOLD.search(event.summary or "")
    if found is None:
        recent = not moved and event.sentence is not None and _RECENT.search(event.sentence) is not None
        return (day - RECENT, day - _NEWS) if recent else None
    start, end = dt.date.fromisoformat(found.group(1)), dt.date.fromisoformat(found.group(2))
    end = min(end, day - _NEWS)
    return (start - _SLACK, end) if start <= end else None


def anchor_events(events: Sequence[Event], chronology: Chronology, day: dt.date | None,
                  sentences: Sequence[str] = ()) -> list[Event]:
    """``events`` with each undated act of two countries dated to the one episode of the ``chronology`` in the
    span its sentence names (see the module docstring); ``sentences``, the article's in order, tell whether the
    article moved to another year before the act's sentence."""
    if day is None or not chronology:
        return list(events)
    moved = _moved(sentences, day)
    out: list[Event] = []
    for e in events:
        anchored = None
        source, target = _country(e.source), _country(e.target)
        if e.date == UNDATED and e.modality == "occurred" and source != target and "---" not in (source, target):
            span = told_span(e, day, moved=moved.get(e.sentence or "", 0) == 1)
            if span is not None:
                anchored = chronology.episode(source, target, e.root or e.code[:2], *span,
                                              names=(e.source_name or "", e.target_name or ""),
                                              sentence=e.sentence or "")
        if anchored is None:
            out.append(e)
        else:
            out.append(dataclasses.replace(e, date=anchored.date,
                                           citation=f"{_PREFIX}{anchored.event_id} ({anchored.citation})"))
    return out


def _moved(sentences: Sequence[str], day: dt.date) -> dict[str, int]:
    """For each sentence, 1 when a sentence up to it names a year other than the article's or the one before."""
    out: dict[str, int] = {}
    moved = 0
    for s in sentences:
        if not moved and any(int(y) not in (day.year, day.year - 1) for y in _YEAR.findall(s)):
            moved = 1
        out.setdefault(s, moved)
    return out


def date_basis(event: Event) -> str | None:
    """``"record"`` for an event whose day :func:`anchor_events` took from a chronology, ``"text"`` for one the
    text dates, ``None`` for an undated one."""
    if event.date == UNDATED:
        return None
    return "record" if (event.citation or "").startswith(_PREFIX) else "text"


def date_reference(event: Event) -> str | None:
    """The id of the chronology's event an anchored ``event`` took its day from (see :func:`date_basis`)."""
    citation = event.citation or ""
    return citation[len(_PREFIX):].split(" (", 1)[0] if citation.startswith(_PREFIX) else None


#: the names ``--reference`` takes besides a store's path
REFERENCES = ("record", "none")


@contextmanager
def open_chronology(spec: str | os.PathLike[str] | Chronology | None) -> Iterator[Chronology | None]:
    """The chronology ``spec`` names: ``"record"`` the bundled US-DPRK record, ``"none"`` (or ``None``) none, a
    :class:`Chronology` itself, or the path of a store (opened read-only, closed on leaving)."""
    if spec is None or isinstance(spec, Chronology):
        yield spec
        return
    name = os.fspath(spec)
    if name == "record":
        yield Chronology.bundled()
        return
    if name == "none":
        yield None
        return
    if not os.path.isfile(name):
        raise SourceNotFound(f"no store at {name!r}: --reference takes 'record' (the bundled record), 'none', "
                             "or the path of a detente store (a .duckdb file written by `detente ingest`)")
    from detente.store import Store

    try:
        store = Store.open(name, read_only=True)
    except StoreError as exc:
        raise InputError(f"--reference {name!r} is no detente store ({type(exc).__name__}); --reference takes "
                         "'record' (the bundled record), 'none', or the path of a store written by "
                         "`detente ingest`") from None
    with store:
        yield StoreChronology(store)
