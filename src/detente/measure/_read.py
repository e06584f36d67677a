"""Reading what the measures need from a :class:`~detente.store.Store` (read-only queries)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from detente.measure._frame import EventFrame
from detente.model import Dyad, Milestone
from detente.store import EventQuery, Store

__all__ = ["dyad_events", "dyad_milestones", "store_datasets"]


def dyad_events(store: Store, dyad: Dyad, *, datasets: Sequence[str] = (), until: dt.date | None = None) -> EventFrame:
    """All events of ``dyad`` (both directions) in ``datasets`` (all when empty), dated up to ``until``."""
    table = store.events_arrow(EventQuery(dyad=dyad, end=until, datasets=tuple(datasets)))
    return EventFrame.from_arrow(table)


def dyad_milestones(store: Store, dyad: Dyad, *, track: str | None = None) -> list[Milestone]:
    """The milestone ledger of ``dyad`` (either order of the two countries), by date."""
    return store.milestones(dyad=dyad, track=track)


def store_datasets(store: Store, dyad: Dyad) -> list[str]:
    """The datasets that hold events of ``dyad``, by name."""
    where, params = EventQuery(dyad=dyad).where()
    rows = store.con.execute(f"SELECT DISTINCT dataset FROM events{where} ORDER BY dataset", params).fetchall()
    return [str(r[0]) for r in rows]
