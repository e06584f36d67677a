"""The shapes the top-level functions return: Arrow tables with their context, and typed records.

A table's rows are exactly the rows of the command's JSON (dates as Arrow dates); what the JSON says beside the
rows (the dyad, the index's method, the scorecard's diagnostics) travels in the table's schema metadata and comes
back with :func:`metadata`. A record is a frozen dataclass whose fields are the keys of the command's JSON;
``record.to_dict()`` is that JSON exactly, and ``record["key"]`` reads any key, including ones added after this
release.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Self

import pyarrow as pa

__all__ = ["Judgement", "ParadigmComparison", "Reading", "Record", "Simulation", "metadata", "rows_table"]

#: the schema-metadata key that holds the JSON beside a table's rows
META_KEY = b"detente"


def _json(data: Any) -> Any:
    """``data`` as the command line prints it: JSON types only, dates and other values as strings."""
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))


def _column(name: str, values: list[Any], types: Mapping[str, pa.DataType], dates: Sequence[str]) -> pa.Array:
    if name in dates:
        days = [dt.date.fromisoformat(v) if isinstance(v, str) else v for v in values]
        return pa.array(days, type=pa.date32())
    if name in types:
        return pa.array(values, type=types[name])
    return pa.array(values)


def rows_table(rows: Iterable[Mapping[str, Any]], *, types: Mapping[str, pa.DataType] | None = None,
               dates: Sequence[str] = (), meta: Mapping[str, Any] | None = None) -> pa.Table:
    """An Arrow table of ``rows`` (dicts): columns in the order the rows give them, ``dates`` as Arrow dates,
    ``types`` where given and inferred elsewhere, ``meta`` in the schema metadata (see :func:`metadata`).
    With no rows the columns are those of ``types``."""
    hints = dict(types or {})
    data = list(rows)
    names = list(dict.fromkeys(k for row in data for k in row)) if data else list(hints)
    arrays = [_column(n, [row.get(n) for row in data], hints, dates) for n in names]
    if not data:
        arrays = [pa.array([], type=pa.date32() if n in dates else hints[n]) for n in names]
    schema_meta = None if meta is None else {META_KEY: json.dumps(_json(dict(meta)), ensure_ascii=False)}
    return pa.Table.from_arrays(arrays, names=names, metadata=schema_meta)


def _cell(value: Any, width: int = 0) -> str:
    """One markdown table cell: pipes escaped, new lines flattened, cut to ``width`` characters when given."""
    text = "" if value is None else " ".join(str(value).split()).replace("|", "\\|")
    return text if not width or len(text) <= width else text[: width - 1].rstrip() + "…"


def _markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _interval(figure: Mapping[str, Any] | None, *, share: bool = True) -> str:
    """"0.76 (0.70–0.81)" from ``{"value", "low", "high"}``; "–" when there is no value."""
    if not figure or figure.get("value") is None:
        return "–"
    form = "{:.2f}" if share else "{:g}"
    value = form.format(figure["value"])
    if figure.get("low") is None or figure.get("high") is None:
        return value
    return f"{value} ({form.format(figure['low'])}–{form.format(figure['high'])})"


#: rows a record's notebook view shows before it says how many more there are
SHOWN = 20


def _more(total: int, shown: int, where: str) -> str:
    return f"\n\n…and {total - shown} more in {where}." if total > shown else ""


def metadata(table: pa.Table) -> dict[str, Any]:
    """What the command's JSON says beside the rows of ``table``: for ``detente.index`` the dyad and the index's
    method (``meta``), for ``detente.scorecard`` the dyad and the sequencing diagnostics, for
    ``detente.milestones`` the dyad. Empty for a table that carries none.

    >>> import pyarrow as pa
    >>> metadata(pa.table({"x": [1]}))
    {}
    """
    raw = (table.schema.metadata or {}).get(META_KEY)
    if raw is None:
        return {}
    data: dict[str, Any] = json.loads(raw)
    return data


class Record:
    """Base of the typed records: fields are the JSON's keys; :meth:`to_dict` is the JSON exactly."""

    #: fields given as ISO dates in the JSON and as :class:`datetime.date` on the record
    _dates: ClassVar[frozenset[str]] = frozenset()
    _data: dict[str, Any]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """The record of a command's JSON (``data`` as the library gives it; made JSON-pure here)."""
        pure: dict[str, Any] = _json(dict(data))
        values: dict[str, Any] = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name not in pure:
                continue
            value = copy.deepcopy(pure[f.name])
            if f.name in cls._dates and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            elif isinstance(value, list):
                value = tuple(value)
            values[f.name] = value
        record = cls(**values)
        object.__setattr__(record, "_data", pure)
        return record

    def to_dict(self) -> dict[str, Any]:
        """The JSON the command line prints for the same question (``--format json``)."""
        return copy.deepcopy(self._data)

    def keys(self) -> list[str]:
        """The JSON's keys, in its order."""
        return list(self._data)

    def __getitem__(self, key: str) -> Any:
        return copy.deepcopy(self._data[key])

    def table(self, key: str, *, flatten: bool = True) -> pa.Table:
        """The list of rows under ``key`` as an Arrow table; nested objects become ``outer.inner`` columns unless
        ``flatten`` is False."""
        rows = self._data.get(key)
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            listed = ", ".join(k for k, v in self._data.items() if isinstance(v, list)
                               and all(isinstance(r, dict) for r in v))
            raise KeyError(f"{key!r} is not a list of rows here; use one of: {listed}")
        table = pa.Table.from_pylist(rows) if rows else pa.table({})
        return table.flatten() if flatten else table


@dataclass(frozen=True, repr=False)
class Judgement(Record):
    """The verdict on a dyad (``detente.judge``); the fields are the keys of ``detente judge --format json``.

    ``coexistent`` is None when the current regime rests on too few events to say (``evidence_state`` is then
    ``insufficient``). ``str(judgement)`` is the verdict's text; ``judgement.table("regimes")`` (or
    ``"evidence"``, ``"change_points"``) gives those rows as an Arrow table.
    """

    _dates: ClassVar[frozenset[str]] = frozenset({"as_of"})

    dyad: str
    as_of: dt.date
    change_points: tuple[dict[str, Any], ...]
    online: dict[str, Any]
    regimes: tuple[dict[str, Any], ...]
    current_regime: dict[str, Any]
    coexistent: bool | None
    evidence_state: str
    paradigm: dict[str, Any]
    tracks: dict[str, Any]
    channels: dict[str, Any]
    evidence: tuple[dict[str, Any], ...]
    verdict: str
    method: dict[str, Any]
    sensitivity: dict[str, Any] | None = None

    def __str__(self) -> str:
        return self.verdict

    def __repr__(self) -> str:
        return (f"Judgement(dyad={self.dyad!r}, as_of={self.as_of!r}, coexistent={self.coexistent!r}, "
                f"evidence_state={self.evidence_state!r})")

    def _repr_markdown_(self) -> str:
        """A notebook's view: the verdict's text, then one row per regime with its evidence."""
        def answer(r: Mapping[str, Any]) -> str:
            state = r.get("coexistent")
            return "insufficient evidence" if state is None else "yes" if state else "no"

        rows = [(_cell(r.get("start")), _cell(r.get("end")), _cell(r.get("mean_cxi")),
                 _cell(f"{r.get('cxi_low')} to {r.get('cxi_high')}"), _cell(r.get("events")),
                 _cell(r.get("periods_with_events")), _cell(r.get("trend")), answer(r))
                for r in self.regimes]
        header = ("start", "end", "mean CXI", "80% interval", "events", "periods with events", "trend",
                  "coexistent")
        verdict = "\n\n".join(_cell(line) for line in self.verdict.splitlines() if line.strip())
        return f"**{self.dyad}, as of {self.as_of}**\n\n{verdict}\n\n{_markdown_table(header, rows)}"


@dataclass(frozen=True, repr=False)
class ParadigmComparison(Record):
    """Policy periods compared by paradigm (``detente.paradigms``); the fields are the keys of
    ``detente paradigms --format json``. ``comparison.table("periods")`` and ``.table("groups")`` give the two
    tables; ``simulation`` is None when the simulator was not asked."""

    _dates: ClassVar[frozenset[str]] = frozenset({"as_of"})

    dyad: str
    as_of: dt.date | None
    periods: tuple[dict[str, Any], ...]
    groups: tuple[dict[str, Any], ...]
    contrasts: tuple[dict[str, Any], ...]
    statement: tuple[str, ...]
    options: dict[str, Any]
    simulation: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return (f"ParadigmComparison(dyad={self.dyad!r}, periods={len(self.periods)}, "
                f"groups={[g['paradigm'] for g in self.groups]!r})")

    def _repr_markdown_(self) -> str:
        """A notebook's view: the statements, then one row per paradigm."""
        rows = [(_cell(g.get("paradigm")), _cell(g.get("periods")), _cell(g.get("months")),
                 _cell(g.get("cxi_mean")), _cell(" to ".join(str(x) for x in g.get("cxi_interval") or ())),
                 _cell(g.get("crisis_months")))
                for g in self.groups]
        table = _markdown_table(("paradigm", "periods", "months", "mean CXI", "interval", "crisis months"), rows)
        said = "\n".join(f"- {_cell(line)}" for line in self.statement)
        return f"**{self.dyad}: policy periods by paradigm**\n\n{said}\n\n{table}"


@dataclass(frozen=True, repr=False)
class Simulation(Record):
    """The simulator's outcomes per pairing of policies (``detente.simulate``); the fields are the keys of
    ``detente simulate --format json``. :meth:`to_arrow` gives one row per pairing, each interval as
    ``name.value``, ``name.low`` and ``name.high`` columns."""

    seed: int
    pairings: tuple[dict[str, Any], ...]

    def to_arrow(self) -> pa.Table:
        """One row per pairing, nested figures flattened (``coexistence.value``, ``coexistence.low``, ...)."""
        return self.table("pairings")

    def __repr__(self) -> str:
        pairs = [f"{p['us']} vs {p['dprk']}" for p in self.pairings]
        return f"Simulation(seed={self.seed}, pairings={pairs!r})"

    def _repr_markdown_(self) -> str:
        """A notebook's view: one row per pairing, each figure with its 95% interval."""
        rows = [(_cell(p.get("us")), _cell(p.get("dprk")), _cell(p.get("runs")),
                 _interval(p.get("coexistence")), _interval(p.get("median_time"), share=False),
                 _interval(p.get("persistence")), _interval(p.get("deal")), _interval(p.get("crisis_rate")))
                for p in self.pairings]
        header = ("US policy", "DPRK policy", "runs", "P(coexistence)", "median time", "persistence", "P(deal)",
                  "crisis rate")
        return f"**Simulation, seed {self.seed}** (95% intervals)\n\n{_markdown_table(header, rows)}"


@dataclass(frozen=True, repr=False)
class Reading(Record):
    """A news article read and coded (``detente.read``); the fields are the keys of ``detente read --format json``:
    the article's text and metadata (``date_source`` says where its date came from; ``notes`` what the reader
    could not establish), its sentence count, the events coded from it and its framing.
    ``reading.table("events")`` gives the events as an Arrow table."""

    _dates: ClassVar[frozenset[str]] = frozenset({"date"})

    title: str | None
    author: str | None
    date: dt.date | None
    date_source: str | None
    notes: tuple[str, ...]
    url: str | None
    text: str
    removed: tuple[str, ...]
    sentences: int
    events: tuple[dict[str, Any], ...]
    framing: dict[str, Any]

    def __repr__(self) -> str:
        return f"Reading(title={self.title!r}, date={self.date!r}, events={len(self.events)})"

    def _repr_markdown_(self) -> str:
        """A notebook's view: the title and date, the events with the sentence each came from, the framing."""
        head = f"**{_cell(self.title) or 'untitled'}**, " + (
            f"dated {self.date} ({self.date_source})" if self.date else "undated")
        counts = (f"{self.sentences} sentences, {len(self.events)} events, "
                  f"{len(self.removed)} lines removed as boilerplate")
        rows = [(_cell(e.get("date")), _cell(e.get("source")), _cell(e.get("target")), _cell(e.get("code")),
                 _cell(e.get("modality")), _cell(e.get("mentions")), _cell(e.get("sentence"), 120))
                for e in self.events[:SHOWN]]
        table = _markdown_table(("date", "source", "target", "code", "modality", "mentions", "sentence"), rows) \
            if rows else "No events coded."
        paradigm = (self.framing or {}).get("paradigm")
        framing = f"\n\nFraming: {paradigm}." if paradigm else ""
        notes = "".join(f"\n\nNote: {_cell(n)}" for n in self.notes)
        more = _more(len(self.events), SHOWN, 'reading.table("events")')
        return f"{head}\n\n{counts}\n\n{table}{more}{framing}{notes}"
