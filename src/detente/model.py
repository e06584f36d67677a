"""Frozen records shared by every stage: :class:`Event`, :class:`Actor`, :class:`Milestone`, :class:`Article`,
:class:`Dyad`.

An :class:`Event` is one who-did-what-to-whom, whatever dataset it came from (the bundled record, GDELT, ICEWS,
POLECAT or text coded by detente). Its fields follow ``docs/explanation/method.md`` §1.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

from detente.errors import DyadError, InputError

__all__ = [
    "EVENT_COLUMNS",
    "GRADES",
    "QUAD_CLASSES",
    "TRACKS",
    "Actor",
    "Article",
    "Dyad",
    "Event",
    "Grade",
    "Milestone",
    "Track",
    "content_hash",
    "iso_day",
]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(text: str) -> dt.date:
    """The day ``text`` writes as YYYY-MM-DD, the one form detente's options take (Python's own parser also
    reads ``20180101``, ``2018-W01-1`` and ``2018-001``, which an option must not take for a day);
    :class:`ValueError` otherwise.

    >>> iso_day("2018-06-12")
    datetime.date(2018, 6, 12)
    """
    if not _ISO_DAY.fullmatch(text):
        raise ValueError(f"{text!r} is not written YYYY-MM-DD")
    return dt.date.fromisoformat(text)


Track = Literal["peace", "denuclearization", "tension", "other"]
Grade = Literal["A", "B", "C"]
TRACKS: tuple[str, ...] = ("peace", "denuclearization", "tension", "other")
GRADES: tuple[str, ...] = ("A", "B", "C")
#: QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
QUAD_CLASSES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True, slots=True)
class Dyad:
    """An unordered pair of countries, written ``"USA-PRK"`` (CAMEO/ISO alpha-3 codes)."""

    a: str
    b: str

    @classmethod
    def parse(cls, text: str) -> Dyad:
        """``Dyad.parse("USA-PRK")``; raises :class:`DyadError` with a hint on a malformed string."""
        parts = [p.strip().upper() for p in text.replace("_", "-").replace("/", "-").split("-")]
        if len(parts) != 2 or not all(len(p) == 3 and p.isascii() and p.isalpha() for p in parts):
            raise DyadError(
                f"dyad {text!r} is not two 3-letter country codes; write it like USA-PRK or CHN-USA"
            )
        if parts[0] == parts[1]:
            raise DyadError(f"dyad {text!r} names the same country twice; name two different countries, e.g. USA-PRK")
        return cls(parts[0], parts[1])

    def __str__(self) -> str:
        return f"{self.a}-{self.b}"

    @property
    def countries(self) -> tuple[str, str]:
        return (self.a, self.b)

    def contains(self, source_country: str | None, target_country: str | None) -> bool:
        """True when an event from ``source_country`` to ``target_country`` lies in this dyad, either way."""
        return {source_country, target_country} == {self.a, self.b}


@dataclass(frozen=True, slots=True)
class Actor:
    """A named actor with a CAMEO code and the dates it held that identity (a person holds an office)."""

    code: str  # CAMEO actor code: country + role, e.g. "USAGOV", "PRKGOV", "PRKMIL"
    name: str
    country: str | None = None
    role: str | None = None  # GOV, MIL, ELI, ...
    office: str | None = None  # "President", "Special Representative for North Korea", ...
    start: dt.date | None = None
    end: dt.date | None = None
    aliases: tuple[str, ...] = ()

    def valid_on(self, day: dt.date) -> bool:
        """True when the actor held this identity on ``day`` (open ends are unbounded)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Event:
    """One event: who did what to whom, when, how strongly, on which track, and where it came from."""

    date: dt.date
    source: str  # CAMEO actor code of the actor that acts, e.g. "USAGOV"
    target: str  # CAMEO actor code of the actor acted upon
    code: str  # CAMEO event code, e.g. "036"
    dataset: str = "bundled"
    event_id: str | None = None  # the dataset's own id; None: a content hash is used
    source_country: str | None = None
    target_country: str | None = None
    source_name: str | None = None  # person or organisation, when known
    target_name: str | None = None
    root: str | None = None  # CAMEO root "03"; derived from code when None
    quad_class: int | None = None  # 1..4
    goldstein: float | None = None  # -10..+10
    plover_event: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    track: str = "other"
    summary: str | None = None
    mentions: int | None = None
    sources: int | None = None
    articles: int | None = None
    tone: float | None = None
    location: str | None = None
    url: str | None = None
    citation: str | None = None  # the named public source
    prov_file: str | None = None
    prov_row: int | None = None
    sentence: str | None = None
    modality: str = "occurred"  # occurred / intended / hypothetical / negated

    def __post_init__(self) -> None:
        if self.root is None and self.code:
            object.__setattr__(self, "root", self.code[:2])
        if self.source_country is None and len(self.source) >= 3 and self.source[:3].isalpha():
            object.__setattr__(self, "source_country", self.source[:3].upper())
        if self.target_country is None and len(self.target) >= 3 and self.target[:3].isalpha():
            object.__setattr__(self, "target_country", self.target[:3].upper())

    @property
    def key(self) -> str:
        """The store's identity for this event: the dataset's own id, else a hash of its content."""
        return self.event_id if self.event_id else content_hash(self)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Event:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})


EVENT_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Event))


def content_hash(event: Event) -> str:
    """A stable id from what the event says (date, actors, code, location, summary/sentence, URL).

    The store computes the same hash in SQL (``store/_schema.py``: ``KEY_SQL``), so Python and DuckDB agree.
    """
    parts = (
        event.dataset,
        event.date.isoformat(),
        event.source,
        event.target,
        event.code,
        event.location or "",
        event.summary or event.sentence or "",
        event.url or "",
    )
    return "h" + hashlib.md5("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Milestone:
    """A step on one of the two tracks, with its level (0..4) and evidence grade.

    Grades: ``A`` verified by inspectors, ``B`` observed by third parties or the press, ``C`` announced only.
    """

    date: dt.date
    dyad: str
    track: str  # "peace" or "denuclearization"
    kind: str  # e.g. "summit", "liaison-office", "test-moratorium", "site-dismantlement"
    level: int  # 0..4
    grade: str  # A / B / C
    summary: str
    citation: str
    end: dt.date | None = None  # when the step lapsed or was reversed (None: still in force or one-off)
    channel: int | None = None  # channel status 0..4 this step establishes, if any

    def __post_init__(self) -> None:
        what = f"milestone {self.date} {self.kind!r}"
        if isinstance(self.level, bool) or not isinstance(self.level, int) or not 0 <= self.level <= 4:
            raise InputError(f"{what}: level {self.level!r} is not 0..4 (see the ledger levels in the method docs)")
        if self.grade not in ("A", "B", "C"):
            raise InputError(f"{what}: evidence grade {self.grade!r} is not A, B or C")
        if self.track not in TRACKS:
            raise InputError(f"{what}: track {self.track!r} is not one of {', '.join(TRACKS)}")
        if self.channel is not None and not 0 <= self.channel <= 4:
            raise InputError(f"{what}: channel {self.channel!r} is not 0..4")
        if self.end is not None and self.end < self.date:
            raise InputError(f"{what}: it ends ({self.end}) before it starts; swap the dates")


@dataclass(frozen=True, slots=True)
class Article:
    """A news text after extraction: clean text plus what was removed.

    ``date_source`` says where ``date`` came from: ``given`` (by the caller), ``dateline``, ``metadata`` (the
    page's), ``date line`` (a line near the top), or ``None`` when the article is undated.
    """

    text: str
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None
    url: str | None = None
    removed: tuple[str, ...] = field(default_factory=tuple)
    date_source: str | None = None
