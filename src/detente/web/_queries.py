"""The dashboard's read queries that :class:`~detente.store.EventQuery` does not cover: full-text search, code and
actor filters, pagination, one event with its ingest run, and the dyads present.

Every value reaches DuckDB as a bound parameter; the SQL text is built only from fixed fragments chosen by which
filters are set. Filters are validated before they get here (:class:`EventSearch` refuses what it cannot use).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from detente.errors import InputError
from detente.model import TRACKS, Dyad
from detente.store import EventQuery, Store

__all__ = ["COUNT_CAP", "EventSearch", "dyad_extent", "dyads_present", "event_detail", "search_events"]

#: counts above this are reported as "more than COUNT_CAP" (a capped count stops scanning early)
COUNT_CAP = 10_000
#: the deepest row a page may start at (deeper pages cost a long scan; narrow the filters instead)
MAX_OFFSET = 100_000
MAX_TERMS = 8

_LIST_COLUMNS = ("key", "date", "source", "target", "code", "source_name", "target_name", "quad_class",
                 "round(goldstein, 2) AS goldstein", "track", "summary", "dataset", "citation")
_TEXT_COLUMNS = ("summary", "sentence", "source_name", "target_name", "citation", "location")
_CODE = re.compile(r"^[0-9]{2,4}$")
_DATASET = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,39}$")
_ACTOR_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,12}$")


def _show(value: str) -> str:
    """A value as an error message quotes it: at most 40 characters."""
    return repr(value if len(value) <= 40 else value[:40] + "…")


@dataclass(frozen=True, slots=True)
class EventSearch:
    """What ``/events`` filters on. Construct with :meth:`build`, which validates each value."""

    q: str = ""
    tracks: tuple[str, ...] = ()
    code: str | None = None
    actor: str | None = None
    datasets: tuple[str, ...] = ()
    dyad: Dyad | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    page: int = 1
    size: int = 50

    @classmethod
    def build(cls, *, q: str | None = None, tracks: list[str] | None = None, code: str | None = None,
              actor: str | None = None, datasets: list[str] | None = None, dyad: str | None = None,
              start: dt.date | None = None, end: dt.date | None = None, page: int = 1,
              size: int = 50) -> EventSearch:
        terms = (q or "").split()
        if len(terms) > MAX_TERMS:
            raise InputError(f"q has {len(terms)} words; search with at most {MAX_TERMS}")
        picked_tracks = tuple(sorted({t for t in (tracks or []) if t}))
        for t in picked_tracks:
            if t not in TRACKS:
                raise InputError(f"track {_show(t)} is not one of: {', '.join(TRACKS)}")
        code = (code or "").strip() or None
        if code is not None and not _CODE.match(code):
            raise InputError(f"code {_show(code)} is not a CAMEO code; write 2 to 4 digits, e.g. 04 or 036")
        actor = (actor or "").strip() or None
        picked_datasets = tuple(sorted({d for d in (datasets or []) if d}))
        for d in picked_datasets:
            if not _DATASET.match(d):
                raise InputError(f"dataset {_show(d)} is not a dataset name (lower-case letters, digits, - and _)")
        if start is not None and end is not None and start > end:
            raise InputError(f"from {start} is after to {end}; swap them")
        if (page - 1) * size > MAX_OFFSET:
            raise InputError(f"page {page} starts beyond row {MAX_OFFSET}; narrow the filters instead")
        return cls(q=" ".join(terms), tracks=picked_tracks, code=code, actor=actor, datasets=picked_datasets,
                   dyad=Dyad.parse(dyad) if dyad else None, start=start, end=end, page=page, size=size)

    def where(self) -> tuple[str, list[Any]]:
        base, params = EventQuery(dyad=self.dyad, start=self.start, end=self.end, datasets=self.datasets,
                                  tracks=self.tracks).where()
        clauses = [base.removeprefix(" WHERE ")] if base else []
        if self.code is not None:
            clauses.append("starts_with(code, ?)")
            params.append(self.code)
        if self.actor is not None:
            upper = self.actor.upper()
            name = "(contains(lower(source_name), ?) OR contains(lower(target_name), ?))"
            if _ACTOR_CODE.match(upper):
                clauses.append(f"(starts_with(source, ?) OR starts_with(target, ?) OR {name})")
                params += [upper, upper]
            else:
                clauses.append(name)
            params += [self.actor.lower()] * 2
        for term in self.q.split():  # a literal substring (no wildcards), any case, in any text field
            clauses.append("(" + " OR ".join(f"contains(lower({c}), ?)" for c in _TEXT_COLUMNS) + ")")
            params += [term.lower()] * len(_TEXT_COLUMNS)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def params(self) -> dict[str, Any]:
        """The search as query-string parameters (for links to other pages of the same search)."""
        out: dict[str, Any] = {}
        if self.q:
            out["q"] = self.q
        if self.tracks:
            out["track"] = list(self.tracks)
        if self.code:
            out["code"] = self.code
        if self.actor:
            out["actor"] = self.actor
        if self.datasets:
            out["dataset"] = list(self.datasets)
        if self.dyad is not None:
            out["dyad"] = str(self.dyad)
        if self.start is not None:
            out["from"] = self.start.isoformat()
        if self.end is not None:
            out["to"] = self.end.isoformat()
        if self.size != 50:
            out["size"] = self.size
        return out


def _rows(cur: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def search_events(store: Store, search: EventSearch) -> dict[str, Any]:
    """One page of matching events (newest first) and how many match (capped at :data:`COUNT_CAP`).

    The page is found in two steps: the date of its last row (a sort on the date alone), then the rows from that
    date on, sorted in full. Both give the rows a single sort by (date desc, dataset, key) would give, at a
    fraction of the cost on millions of rows.
    """
    where, params = search.where()
    con = store.con
    offset = (search.page - 1) * search.size
    last = con.execute(f"SELECT date FROM events{where} ORDER BY date DESC LIMIT 1 OFFSET ?",
                       [*params, offset + search.size - 1]).fetchall()
    page_where, page_params = where, list(params)
    if last and last[0][0] is not None:
        page_where = f"{where} AND date >= ?" if where else " WHERE date >= ?"
        page_params.append(last[0][0])
    cur = con.execute(
        f"SELECT {', '.join(_LIST_COLUMNS)} FROM events{page_where} ORDER BY date DESC, dataset, key "
        "LIMIT ? OFFSET ?",
        [*page_params, search.size, offset],
    )
    rows = _rows(cur)
    if not last and (rows or offset == 0):  # the page is the last one: the count is known
        total = offset + len(rows)
    filtered = where != EventQuery().where()[0]  # the default clause only leaves out linked datasets
    if filtered:
        total = int(con.execute(f"SELECT count(*) FROM (SELECT 1 FROM events{where} LIMIT ?)",
                                [*params, COUNT_CAP + 1]).fetchall()[0][0])
    else:
        total = int(con.execute(f"SELECT count(*) FROM events{where}", params).fetchall()[0][0])
    capped = filtered and total > COUNT_CAP
    return {"total": min(total, COUNT_CAP) if capped else total, "total_capped": capped, "page": search.page,
            "size": search.size, "events": rows}


def event_detail(store: Store, key: str) -> dict[str, Any] | None:
    """Every column of the events with this key (one per dataset that has it), each with its ingest run."""
    cur = store.con.execute(
        "SELECT e.*, r.input AS run_input, r.checksum AS run_checksum, r.started AS run_started, "
        "r.finished AS run_finished, r.status AS run_status "
        "FROM events e LEFT JOIN ingest_runs r ON r.run_id = e.run_id WHERE e.key = ? ORDER BY e.dataset",
        [key],
    )
    rows = _rows(cur)
    if not rows:
        return None
    for row in rows:  # stored as 4-byte floats: show the value that was meant, not 2.799999952
        for name in ("goldstein", "tone"):
            if row[name] is not None:
                row[name] = round(float(row[name]), 4)
    return {"key": key, "records": rows}


def dyads_present(store: Store, *, limit: int = 500) -> list[dict[str, Any]]:
    """The country pairs with events between them, the busiest first."""
    where, params = EventQuery().where()  # the datasets read only when named (kcna) are left out, as elsewhere
    cur = store.con.execute(
        "SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b, "
        f"count(*) AS events, min(date) AS first, max(date) AS last FROM events{where} "
        "AND source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country "
        "GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?",
        [*params, limit],
    )
    out = []
    for r in _rows(cur):
        try:
            pair = Dyad.parse(f"{r['a']}-{r['b']}")
        except InputError:  # a country code that is not three letters cannot be asked for: leave it out
            continue
        out.append({"dyad": str(pair), **r})
    return out


def dyad_extent(store: Store, dyad: Dyad) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of the dyad's data: its events (both directions, as the pages count them) and its
    milestones; (None, None) when it has neither."""
    where, params = EventQuery(dyad=dyad).where()
    rows = store.con.execute(
        f"SELECT min(d), max(d) FROM (SELECT min(date) AS d FROM events{where} UNION ALL "
        f"SELECT max(date) FROM events{where} UNION ALL "
        'SELECT min(date) FROM milestones WHERE dyad IN (?, ?) UNION ALL '
        'SELECT max(coalesce("end", date)) FROM milestones WHERE dyad IN (?, ?))',
        [*params, *params, str(dyad), f"{dyad.b}-{dyad.a}", str(dyad), f"{dyad.b}-{dyad.a}"],
    ).fetchall()
    first, last = rows[0] if rows else (None, None)
    return first, last
