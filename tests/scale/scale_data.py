"""The small event set of the scale tests: two years of USA-PRK events with their awkward cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.model import Event, Milestone
from detente.reference import enrich


def small_events() -> list[Event]:
    """Two years of USA-PRK events with duplicates, missing sources and Goldstein, tests and meetings, plus
    events of other dyads that every query must leave out."""
    rows: list[Event] = []
    codes = ["036", "043", "057", "112", "138", "150", "190", "0841", "042", "020", "1041", "173"]
    for i in range(260):
        day = dt.date(2017, 1, 1) + dt.timedelta(days=(i * 37) % 720)
        code = codes[i % len(codes)]
        src, tgt = ("USAGOV", "PRKGOV") if i % 3 else ("PRKMIL", "USAMIL")
        kw: dict[str, Any] = {"sources": None if i % 5 == 0 else (i % 7) + 1, "location": "Seoul" if i % 4 else None,
                              "summary": f"event {i}"}
        rows.append(Event(day, src, tgt, code, dataset="gdelt" if i % 2 else "icews", **kw))
        if i % 9 == 0:  # a duplicate report of the same event with another summary
            rows.append(Event(day, src, tgt, code, dataset="gdelt", summary=f"again {i}", sources=1))
        if i % 11 == 0:  # another dyad
            rows.append(Event(day, "CHNGOV", "PRKGOV", code, dataset="gdelt", summary=f"other {i}"))
    out = [enrich(e) for e in rows]
    out.append(Event(dt.date(2017, 5, 5), "USAGOV", "PRKGOV", "036", dataset="icews", summary="no goldstein"))
    return out


def small_milestones() -> list[Milestone]:
    return [
        Milestone(date=dt.date(2017, 3, 1), dyad="USA-PRK", track="peace", kind="working-level talks", level=2,
                  grade="B", summary="talks", citation="test", channel=2),
        Milestone(date=dt.date(2017, 9, 3), dyad="USA-PRK", track="denuclearization", kind="test moratorium",
                  level=1, grade="C", summary="moratorium", citation="test", end=dt.date(2018, 3, 1)),
        Milestone(date=dt.date(2018, 6, 12), dyad="USA-PRK", track="peace", kind="leader summit", level=3,
                  grade="A", summary="summit", citation="test", channel=3),
        Milestone(date=dt.date(2018, 7, 1), dyad="PRK-USA", track="denuclearization", kind="site dismantlement",
                  level=2, grade="A", summary="site", citation="test"),
    ]


def fill(store: Any, *, milestones: bool = True) -> None:
    events = small_events()
    for ds in ("gdelt", "icews"):
        store.write_events([e for e in events if e.dataset == ds], dataset=ds, input=f"{ds}.csv")
    if milestones:
        store.replace_milestones(small_milestones())
