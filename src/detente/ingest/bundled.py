"""The bundled US–DPRK record: events, milestone ledger and policy periods shipped as package data.

The store is built from it on first use (:func:`ensure_bundled`) and rebuilt when the shipped files change.

An event's ``date`` is the day in Korea (UTC+9). A file may add ``utc_date``, the same moment's day in UTC (empty
when no source gives the hour); it is checked against ``date`` (the same day or the day before) and not stored.
Other extra columns (``second_source``) are read by people and by the record's tests, not by the loader.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from importlib import resources

from detente.errors import InputError
from detente.model import TRACKS, Event, Milestone
from detente.reference import ReferenceTables, enrich, reference_tables
from detente.store import Store

__all__ = [
    "BUNDLED_DATASET",
    "PolicyPeriod",
    "bundled_checksum",
    "bundled_events",
    "bundled_milestones",
    "bundled_policy_periods",
    "ensure_bundled",
]

BUNDLED_DATASET = "bundled"
EVENTS_FILE = "us_dprk_events.csv"
TESTS_FILE = "us_dprk_tests.csv"
INCIDENTS_FILE = "us_dprk_incidents.csv"
#: the files of the event record, read in this order: diplomacy, statements, sanctions and exercises; the weapons
#: tests (missile, rocket and space launches, nuclear tests); the armed incidents (clashes, shootings, shelling)
EVENT_FILES = (EVENTS_FILE, TESTS_FILE, INCIDENTS_FILE)
MILESTONES_FILE = "us_dprk_milestones.csv"
PERIODS_FILE = "policy_periods.csv"


def _text(name: str) -> str:
    return resources.files("detente.data").joinpath(name).read_text(encoding="utf-8")


def _exists(name: str) -> bool:
    return resources.files("detente.data").joinpath(name).is_file()


def _date(value: str, *, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _check_utc_day(row: dict[str, str], day: dt.date, *, where: str) -> None:
    """A filled ``utc_date`` must be the Korean day (``date``) or the day before it."""
    text = (row.get("utc_date") or "").strip()
    if not text:
        return
    utc = _date(text, where=where)
    if not utc <= day <= utc + dt.timedelta(days=1):
        raise InputError(
            f"{where}: date {day} is not the Korean day of utc_date {utc}; Korean time is UTC+9, so date must be "
            f"the UTC day or the next one (fix one of the two columns)"
        )


def bundled_checksum() -> str:
    """A digest of the shipped record files; the store rebuilds the bundled dataset when it changes."""
    h = hashlib.sha256()
    for name in (*EVENT_FILES, MILESTONES_FILE, PERIODS_FILE, "cameo_event_codes.csv", "cameo_plover.csv"):
        if _exists(name):
            h.update(name.encode())
            h.update(_text(name).encode("utf-8"))
    return h.hexdigest()[:16]


def bundled_events(tables: ReferenceTables | None = None) -> list[Event]:
    """The bundled record as events, with QuadClass, Goldstein and PLOVER from the pinned tables."""
    t = tables or reference_tables()
    out: list[Event] = []
    for name in EVENT_FILES:
        if _exists(name):
            out.extend(_file_events(name, t))
    return out


def _file_events(name: str, t: ReferenceTables) -> list[Event]:
    out: list[Event] = []
    for i, row in enumerate(csv.DictReader(_text(name).splitlines()), start=2):
        where = f"{name} line {i}"
        code = row["code"].strip()
        try:
            t.code(code)  # refuses a code outside CAMEO
        except InputError as err:
            raise InputError(f"{where}: {err}") from None
        track = row["track"].strip()
        if track not in TRACKS:
            raise InputError(f"{where}: track {track!r} is not one of {', '.join(TRACKS)}")
        day = _date(row["date"], where=where)
        _check_utc_day(row, day, where=where)
        event = Event(
            date=day,
            source=row["source"].strip(),
            target=row["target"].strip(),
            code=code,
            dataset=BUNDLED_DATASET,
            event_id=row["id"].strip(),
            source_name=row.get("source_name") or None,
            target_name=row.get("target_name") or None,
            track=track,
            summary=row["summary"].strip(),
            citation=row["citation"].strip(),
            url=row.get("url") or None,
            location=row.get("location") or None,
            prov_file=name,
            prov_row=i,
        )
        out.append(enrich(event, t))
    return out


def bundled_milestones() -> list[Milestone]:
    """The milestone ledger of the bundled record (empty if the ledger is not shipped)."""
    if not _exists(MILESTONES_FILE):
        return []
    out: list[Milestone] = []
    for i, row in enumerate(csv.DictReader(_text(MILESTONES_FILE).splitlines()), start=2):
        where = f"{MILESTONES_FILE} line {i}"
        out.append(
            Milestone(
                date=_date(row["date"], where=where),
                end=_date(row["end"], where=where) if row.get("end") else None,
                dyad=row["dyad"].strip(),
                track=row["track"].strip(),
                kind=row["kind"].strip(),
                level=int(row["level"]),
                grade=row["grade"].strip(),
                channel=int(row["channel"]) if row.get("channel") else None,
                summary=row["summary"].strip(),
                citation=row["citation"].strip(),
            )
        )
    return out


class PolicyPeriod:
    """A period of US policy toward the DPRK with its paradigm label and the sources for it."""

    __slots__ = ("citation", "contested", "end", "id", "justification", "name", "paradigm", "start")

    def __init__(self, id: str, start: dt.date, end: dt.date | None, name: str, paradigm: str,
                 contested: bool, justification: str, citation: str) -> None:
        self.id, self.start, self.end, self.name = id, start, end, name
        self.paradigm, self.contested, self.justification, self.citation = paradigm, contested, justification, citation

    def __repr__(self) -> str:
        return f"PolicyPeriod({self.id!r}, {self.start}..{self.end}, {self.paradigm})"


def bundled_policy_periods() -> list[PolicyPeriod]:
    if not _exists(PERIODS_FILE):
        return []
    out: list[PolicyPeriod] = []
    for i, row in enumerate(csv.DictReader(_text(PERIODS_FILE).splitlines()), start=2):
        where = f"{PERIODS_FILE} line {i}"
        out.append(PolicyPeriod(
            id=row["id"], start=_date(row["start"], where=where),
            end=_date(row["end"], where=where) if row.get("end") else None,
            name=row["name"], paradigm=row["paradigm"],
            contested=row["contested"].strip().lower() in ("true", "1", "yes"),
            justification=row["justification"], citation=row["citation"],
        ))
    return out


def ensure_bundled(store: Store) -> bool:
    """Build (or rebuild, when the shipped files changed) the bundled dataset in ``store``.

    Returns True when it wrote anything. A store opened read-only is left as it is.
    """
    checksum = bundled_checksum()
    if store.read_only or store.meta("bundled_checksum") == checksum:
        return False
    events = bundled_events()
    store.replace_dataset_events(events, dataset=BUNDLED_DATASET, input="detente:" + "+".join(EVENT_FILES))
    store.replace_milestones(bundled_milestones(), dataset=BUNDLED_DATASET)
    store.set_meta("bundled_checksum", checksum)
    return True
