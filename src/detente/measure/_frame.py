"""Events as columns of numpy arrays: the form every measure works on.

:class:`EventFrame` is built from the store's Arrow table (:meth:`EventFrame.from_arrow`) or from
:class:`~detente.model.Event` objects (:meth:`EventFrame.from_events`); it keeps the store's order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from detente.measure._options import Dedup
from detente.model import Dyad, Event

__all__ = ["EventFrame", "filter_events"]

_TEXT = ("key", "source", "target", "code", "root", "source_country", "target_country", "dataset", "track",
         "summary", "citation", "url", "location", "source_name", "target_name")


def _text(values: Sequence[Any]) -> npt.NDArray[np.object_]:
    out = np.empty(len(values), dtype=object)
    out[:] = ["" if v is None else str(v) for v in values]
    return out


def _num(values: Sequence[Any]) -> npt.NDArray[np.float64]:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)


@dataclass(frozen=True, slots=True)
class EventFrame:
    """Column arrays of equal length; missing numbers are NaN (``quad_class`` 0), missing text ``""``."""

    date: npt.NDArray[np.datetime64]
    goldstein: npt.NDArray[np.float64]
    quad_class: npt.NDArray[np.int8]
    sources: npt.NDArray[np.float64]
    key: npt.NDArray[np.object_]
    source: npt.NDArray[np.object_]
    target: npt.NDArray[np.object_]
    code: npt.NDArray[np.object_]
    root: npt.NDArray[np.object_]
    source_country: npt.NDArray[np.object_]
    target_country: npt.NDArray[np.object_]
    dataset: npt.NDArray[np.object_]
    track: npt.NDArray[np.object_]
    summary: npt.NDArray[np.object_]
    citation: npt.NDArray[np.object_]
    url: npt.NDArray[np.object_]
    location: npt.NDArray[np.object_]
    source_name: npt.NDArray[np.object_]
    target_name: npt.NDArray[np.object_]

    def __len__(self) -> int:
        return int(self.date.shape[0])

    @classmethod
    def from_columns(cls, cols: dict[str, Sequence[Any]]) -> EventFrame:
        n = len(cols["date"])
        def get(name: str) -> Sequence[Any]:
            return cols.get(name) or [None] * n
        root = [r if r else (c or "")[:2] for r, c in zip(get("root"), get("code"), strict=True)]
        return cls(
            date=np.array([np.datetime64(d, "D") for d in get("date")], dtype="datetime64[D]"),
            goldstein=_num(get("goldstein")),
            quad_class=np.array([0 if q is None else int(q) for q in get("quad_class")], dtype=np.int8),
            sources=_num(get("sources")),
            root=_text(root),
            **{name: _text(get(name)) for name in _TEXT if name != "root"},
        )

    @classmethod
    def from_arrow(cls, table: pa.Table) -> EventFrame:
        """From the store's Arrow table (``Store.events_arrow``); a table without ``key`` gets content keys."""
        cols: dict[str, Sequence[Any]] = {
            name: table.column(name).to_pylist() for name in table.column_names
        }
        if "key" not in cols:
            cols["key"] = [Event.from_dict(r).key for r in table.to_pylist()]
        return cls.from_columns(cols)

    @classmethod
    def from_events(cls, events: Iterable[Event]) -> EventFrame:
        evs = list(events)
        cols: dict[str, Sequence[Any]] = {
            name: [getattr(e, name) for e in evs] for name in (
                "date", "goldstein", "quad_class", "sources", "root", "code", *_TEXT[1:])
            if name != "key"
        }
        cols["key"] = [e.key for e in evs]
        return cls.from_columns(cols)

    def take(self, index: npt.NDArray[np.bool_] | npt.NDArray[np.intp]) -> EventFrame:
        """The rows selected by a boolean mask or an index array."""
        return EventFrame(**{f.name: getattr(self, f.name)[index] for f in fields(self)})

    def in_dyad(self, dyad: Dyad) -> npt.NDArray[np.bool_]:
        """Rows between the two countries of ``dyad``, either way."""
        a, b = dyad.a, dyad.b
        sc, tc = self.source_country, self.target_country
        return np.asarray(((sc == a) & (tc == b)) | ((sc == b) & (tc == a)), dtype=bool)

    def until(self, day: dt.date) -> EventFrame:
        """Rows dated on or before ``day``."""
        return self.take(self.date <= np.datetime64(day, "D"))

    def row(self, i: int) -> dict[str, Any]:
        """One row as plain Python values (the evidence an event gives)."""
        def num(x: float) -> float | None:
            return None if np.isnan(x) else float(x)
        return {
            "key": str(self.key[i]),
            "date": str(self.date[i]),
            "source": str(self.source[i]),
            "target": str(self.target[i]),
            "code": str(self.code[i]),
            "quad_class": int(self.quad_class[i]) or None,
            "goldstein": num(float(self.goldstein[i])),
            "sources": None if np.isnan(self.sources[i]) else int(self.sources[i]),
            "summary": str(self.summary[i]) or None,
            "dataset": str(self.dataset[i]),
            "citation": str(self.citation[i]) or None,
            "url": str(self.url[i]) or None,
        }


def filter_events(frame: EventFrame, mode: Dedup) -> tuple[EventFrame, int]:
    """Apply a de-duplication filter; returns the kept rows and how many rows were merged or dropped.

    ``exact`` keeps the first row of each (date, source, target, code, location); ``min-sources`` does that
    and drops rows that report fewer than two sources (rows without a ``sources`` figure are kept).
    """
    if mode == "none" or len(frame) == 0:
        return frame, 0
    seen: dict[tuple[str, str, str, str, str], int] = {}
    keep = np.zeros(len(frame), dtype=bool)
    for i, k in enumerate(zip(frame.date.astype(str), frame.source, frame.target, frame.code, frame.location,
                              strict=True)):
        if k not in seen:
            seen[k] = i
            keep[i] = True
    if mode == "min-sources":
        keep &= np.isnan(frame.sources) | (frame.sources >= 2)
    return frame.take(keep), int(len(frame) - keep.sum())
