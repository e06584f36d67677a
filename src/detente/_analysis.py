"""The analyst's functions: one question each, over one store, answered as an Arrow table or a typed record.

Each function answers what the command of the same name answers, with the same options and the same figures:
``detente.index(dyad="USA-PRK")`` is ``detente index --dyad USA-PRK``. Tables are :class:`pyarrow.Table`
(``.to_pandas()``, or ``polars.from_arrow(table)``); the JSON the command prints beside its rows is in
:func:`detente.metadata`. Verdicts and other structured answers are records (:mod:`detente._records`) whose
``to_dict()`` is the command's JSON.

``store`` is a path (created, and the bundled US–DPRK record built into it on first use, offline), an open
:class:`~detente.store.Store` (used as it is, left open), a :class:`~detente.config.Settings`, or ``None`` for the
configured store (``DETENTE_STORE``, ``detente.toml``, else the user data folder). Nothing is kept between calls:
pass an open store to answer several questions without reopening it. Randomness is an argument (``seed``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeAlias, cast

from detente.config import Settings, load_settings
from detente.errors import InputError
from detente.model import Dyad

if TYPE_CHECKING:
    import httpx
    import pyarrow as pa

    from detente._records import Judgement, ParadigmComparison, Reading, Simulation
    from detente.ingest.news import Document
    from detente.measure import IndexOptions, IndexWeights
    from detente.model import Event
    from detente.simulate import Dynamics, Policy
    from detente.store import Store

__all__ = ["CODE_COLUMNS", "StoreLike", "code", "code_rows", "dyads", "events", "index", "judge", "milestones",
           "paradigms", "read", "scorecard", "simulate"]

#: what ``store`` may be: a path, an open store, settings, or None for the configured store
StoreLike: TypeAlias = "str | os.PathLike[str] | Store | Settings | None"
#: a day: a date or an ISO string such as "2018-06-12"
Day: TypeAlias = "dt.date | str | None"

#: the columns of ``detente.code`` and of ``detente code``'s output, in order
CODE_COLUMNS: tuple[str, ...] = ("doc_id", "date", "source", "target", "code", "root", "quad_class", "goldstein",
                                 "plover_event", "plover_mode", "track", "modality", "source_name", "target_name",
                                 "sentence", "url", "prov_row")


def _settings(store: StoreLike) -> Settings:
    """The settings in force for ``store`` (the configured ones, with the store's path when one is given)."""
    if isinstance(store, Settings):
        return store
    if store is None or isinstance(store, str | os.PathLike):
        return load_settings(store=None if store is None else Path(store))
    return load_settings()


@contextmanager
def _opened(store: StoreLike) -> Iterator[tuple[Store, Settings]]:
    """The store to read and the settings in force; a store opened here is closed on the way out."""
    from detente._api import open_store
    from detente.store import Store

    settings = _settings(store)
    if isinstance(store, Store):
        yield store, settings
        return
    with open_store(settings) as opened:
        yield opened, settings


def _dyad(dyad: str | Dyad | None, settings: Settings) -> Dyad:
    if isinstance(dyad, Dyad):
        return dyad
    return Dyad.parse(dyad or settings.dyad)


def _day(value: Day, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"{name}={value!r} is not a date; pass a datetime.date or 'YYYY-MM-DD', "
                         f"e.g. '2018-06-12'") from None


def _window(start: Day, end: Day, *, ordered: bool = False) -> tuple[dt.date | None, dt.date | None]:
    """The two days; with ``ordered``, refuse an end before the start (the measures say so themselves)."""
    first, last = _day(start, "start"), _day(end, "end")
    if ordered and first is not None and last is not None and first > last:
        raise InputError(f"start {first} is after end {last}; swap them")
    return first, last


def _names(values: str | Sequence[str] | None) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        return tuple(v.strip() for v in values.split(",") if v.strip())
    return tuple(values)


def _index_options(options: IndexOptions | None, freq: str | None, weights: str | IndexWeights | None,
                   dedup: str | None, *, n0: float | None = None, interval: float | None = None,
                   seed: int | None = None, thin: int | None = None) -> IndexOptions:
    """``options`` (default: the defaults) with each argument that is not None put in its place."""
    from detente.measure import IndexOptions, IndexWeights

    opts = options or IndexOptions()
    changes: dict[str, Any] = {}
    if freq is not None:
        changes["freq"] = freq
    if weights is not None:
        changes["weights"] = IndexWeights.parse(weights) if isinstance(weights, str) else weights
    if dedup is not None:
        changes["dedup"] = dedup
    evidence: dict[str, Any] = {k: v for k, v in (("n0", n0), ("level", interval), ("seed", seed),
                                                  ("thin_events", thin)) if v is not None}
    if evidence:
        changes["evidence"] = replace(opts.evidence, **evidence)
    return opts.with_(**changes) if changes else opts


# -- tables ------------------------------------------------------------------------------------------------------

def events(dyad: str | Dyad | None = None, *, start: Day = None, end: Day = None,
           datasets: str | Sequence[str] | None = None, tracks: str | Sequence[str] | None = None,
           limit: int | None = None, engine: str = "duckdb", store: StoreLike = None) -> pa.Table:
    """The events of ``dyad`` (both directions, default: the configured dyad, USA-PRK), oldest first, as
    ``detente events`` lists them: one row per event with its date, actors, CAMEO code, Goldstein weight,
    QuadClass, PLOVER type, track, evidence counts and provenance (``key``, ``dataset``, ``url``, ...).

    ``start``/``end`` bound the days (inclusive); ``datasets``/``tracks`` keep only those (a name or a list);
    ``engine`` is ``duckdb`` or ``spark`` (needs ``detente[spark]``).
    """
    from detente.store import ENGINES, EventQuery

    if engine not in ENGINES:
        raise InputError(f"engine {engine!r} is not known; use one of: {', '.join(ENGINES)}")
    if limit is not None and limit < 1:
        raise InputError(f"limit={limit} keeps nothing; pass a positive number or None for every event")
    first, last = _window(start, end, ordered=True)
    with _opened(store) as (st, settings):
        query = EventQuery(dyad=_dyad(dyad, settings), start=first, end=last, datasets=_names(datasets),
                           tracks=_names(tracks), limit=limit)
        if engine == "duckdb":
            return st.events_arrow(query)
        from detente.measure._sql import events_on

        return events_on(st, query, engine=engine)


def _index_types() -> dict[str, pa.DataType]:
    import pyarrow as pa

    floats = ("cxi", "balance", "material_conflict", "material_cooperation", "channel", "pressure",
              "cooperation_intensity", "conflict_intensity")
    return {"period": pa.string(), "start": pa.date32(), "end": pa.date32(), **dict.fromkeys(floats, pa.float64()),
            "events": pa.int64()}


def index(dyad: str | Dyad | None = None, *, freq: str | None = None, start: Day = None, end: Day = None,
          weights: str | IndexWeights | None = None, datasets: str | Sequence[str] | None = None,
          dedup: str | None = None, as_of: Day = None, n0: float | None = None, interval: float | None = None,
          seed: int | None = None, thin: int | None = None, options: IndexOptions | None = None,
          engine: str = "duckdb", store: StoreLike = None) -> pa.Table:
    """The coexistence index (CXI, 0..100) of ``dyad`` per period, with its components, as ``detente index``
    gives it: one row per period (``period``, ``start``, ``end``, ``cxi`` with its interval ``cxi_low`` ..
    ``cxi_high``, ``thin`` for a period on too few events, the components ``balance``, ``material_conflict``,
    ``material_cooperation``, ``channel``, ``pressure`` (the shares with intervals of their own), ``events``, the
    intensities, and any further column the index defines). A period without events has nulls: it has no
    balance and no CXI.

    ``freq`` is ``week``, ``month`` (default) or ``quarter``; ``weights`` five numbers, named ones
    (``"balance=0.5,channel=0.5"``), ``"equal"`` or ``"balance"``; ``dedup`` ``none``, ``exact`` (default) or
    ``min-sources``; ``as_of`` uses only what was known on that day; ``n0`` is the evidence weighting's
    pseudo-count (default: the dyad's median event mass; 0: raw shares), ``interval`` the intervals' coverage
    (default 0.8) and ``seed`` the seed of their bootstrap (default 0: the same seed gives the same intervals);
    a period with fewer than ``thin`` events is flagged ``thin`` (default 3). ``options`` sets the rest of
    :class:`~detente.measure.IndexOptions` (each argument above that is given replaces its own). The index's
    method is in ``detente.metadata(table)["meta"]``.
    """
    from detente._records import rows_table
    from detente.measure._sql import index_on

    opts = _index_options(options, freq, weights, dedup, n0=n0, interval=interval, seed=seed, thin=thin)
    first, last = _window(start, end)
    day = _day(as_of, "as_of")
    with _opened(store) as (st, settings):
        pair = _dyad(dyad, settings)
        series = index_on(st, pair, engine=engine, options=opts, datasets=_names(datasets), start=first, end=last,
                          as_of=day)
    return rows_table(series.rows(), types=_index_types(), dates=("start", "end"),
                      meta={"dyad": str(pair), "meta": series.meta()})


def scorecard(dyad: str | Dyad | None = None, *, freq: str = "month", start: Day = None, end: Day = None,
              as_of: Day = None, engine: str = "duckdb", store: StoreLike = None) -> pa.Table:
    """The two tracks of ``dyad`` per period, never merged, as ``detente scorecard`` gives them: the peace and
    the denuclearization level (0..4), the same counting only grade-A (verified) steps, the steps taken in the
    period, and the action-for-action balance. The sequencing diagnostics (lead-lag, reciprocity ratio,
    action-for-action) are in ``detente.metadata(table)["diagnostics"]``.
    """
    import pyarrow as pa

    from detente._records import rows_table
    from detente.measure import ScorecardOptions
    from detente.measure._sql import scorecard_on

    opts = ScorecardOptions(freq=cast(Any, freq))
    first, last = _window(start, end)
    day = _day(as_of, "as_of")
    with _opened(store) as (st, settings):
        pair = _dyad(dyad, settings)
        cards = scorecard_on(st, pair, engine=engine, options=opts, start=first, end=last, as_of=day)
    ints = ("peace", "denuclearization", "peace_grade_a", "denuclearization_grade_a", "peace_steps",
            "denuclearization_steps", "action_for_action")
    types = {"period": pa.string(), "start": pa.date32(), "end": pa.date32(), **dict.fromkeys(ints, pa.int64())}
    return rows_table(cards.rows(), types=types, dates=("start", "end"),
                      meta={"dyad": str(pair), "diagnostics": cards.diagnostics})


def milestones(dyad: str | Dyad | None = None, *, track: str | None = None, store: StoreLike = None) -> pa.Table:
    """The milestone ledger of ``dyad`` as ``detente milestones`` lists it: each step on the peace or the
    denuclearization track with its date (and ``end`` when it lapsed), ``kind``, ``level`` (0..4), evidence
    ``grade`` (A verified, B observed, C announced), the ``channel`` it opened, a summary and its citation.
    ``track`` keeps one track (``peace`` or ``denuclearization``)."""
    import pyarrow as pa

    from detente._records import rows_table
    from detente.judge import milestone_rows
    from detente.measure import dyad_milestones

    if track is not None and track not in ("peace", "denuclearization"):
        raise InputError(f"track {track!r} has no milestones; use peace or denuclearization")
    with _opened(store) as (st, settings):
        pair = _dyad(dyad, settings)
        rows = milestone_rows(dyad_milestones(st, pair, track=track))
    text = ("track", "kind", "grade", "summary", "citation")
    types = {"date": pa.date32(), "end": pa.date32(), **dict.fromkeys(text, pa.string()), "level": pa.int64(),
             "channel": pa.int64()}
    return rows_table(rows, types={k: types[k] for k in ("date", "end", "track", "kind", "level", "grade",
                                                          "channel", "summary", "citation")},
                      dates=("date", "end"), meta={"dyad": str(pair)})


def dyads(*, start: Day = None, end: Day = None, as_of: Day = None, top: int | None = None, sort: str = "change",
          min_events: int = 0, country: str | None = None, freq: str = "month",
          datasets: str | Sequence[str] | None = None, engine: str = "duckdb", store: StoreLike = None) -> pa.Table:
    """Every dyad in the store, one row each, judged as :func:`judge` judges one, as ``detente dyads`` lists them:
    ``dyad``, ``events``, the current regime's ``cxi`` with its interval (``cxi_low``, ``cxi_high``), ``trend``,
    ``coexistent`` (None: insufficient ``evidence``), ``last_change_point``, the live ``alert`` and its
    ``change_probability``, ``regime_start``, the latest ``period`` with its ``latest_cxi`` and ``change``, the
    ``top_event`` of that period and a ``sparkline`` of the window's CXI. Computed for all dyads in one pass.

    ``start``/``end`` set the window, ``as_of`` uses only what was known that day; ``sort`` is ``change`` (alerts
    first, then the largest latest move), ``cxi``, ``events`` or ``name``; ``top``, ``min_events`` and
    ``country`` keep fewer rows; ``engine`` is ``duckdb`` or ``spark``. The window's periods (the sparklines' x
    axis) and the counts are in ``detente.metadata(table)``.
    """
    import pyarrow as pa

    from detente._records import rows_table
    from detente.judge import JudgeOptions, world_from_store, world_on
    from detente.store import ENGINES, engine_for

    if engine not in ENGINES:
        raise InputError(f"engine {engine!r} is not known; use one of: {', '.join(ENGINES)}")
    options = JudgeOptions(index=_index_options(None, freq, None, None))
    first, last = _window(start, end)
    day = _day(as_of, "as_of")
    filters: dict[str, Any] = {"sort": sort, "min_events": min_events, "country": country, "top": top}
    with _opened(store) as (st, _):
        if engine == "duckdb":
            world = world_from_store(st, options=options, datasets=_names(datasets), start=first, end=last,
                                     as_of=day, **filters)
        else:
            with engine_for(engine, st) as eng:
                world = world_on(eng, options=options, datasets=_names(datasets), start=first, end=last, as_of=day,
                                 **filters)
    data = world.to_dict()
    rows = data.pop("dyads")
    floats = ("cxi", "cxi_low", "cxi_high", "change_probability", "latest_cxi", "change")
    types = {"dyad": pa.string(), "events": pa.int64(), **dict.fromkeys(floats, pa.float64()),
             "trend": pa.string(), "coexistent": pa.bool_(), "evidence": pa.string(), "alert": pa.bool_(),
             "period": pa.string(), "sparkline": pa.list_(pa.float64())}
    return rows_table(rows, types=types, dates=("last_change_point", "regime_start"), meta=data)


# -- records -----------------------------------------------------------------------------------------------------

def judge(dyad: str | Dyad | None = None, *, as_of: Day = None, sensitivity: bool = False, freq: str = "month",
          weights: str | IndexWeights | None = None, datasets: str | Sequence[str] | None = None,
          n0: float | None = None, thin: int | None = None, store: StoreLike = None) -> Judgement:
    """Whether ``dyad`` coexists peacefully, judged by persistence, as ``detente judge`` answers it: the regimes
    between change points, the current one and its trend, the open channels, both tracks, the paradigm the
    period resembles, and the events that moved the index most, each with its source.

    ``as_of`` judges with only what was known that day; ``sensitivity`` reruns the judgement with other weights,
    de-duplication filters, evidence weighting and sources and labels each conclusion robust or fragile; ``n0``
    is the pseudo-count of the evidence weighting (default: the dyad's median event mass); ``thin`` the count of
    events below which a period is thin (default 3; each regime says how many of its periods are). Returns a
    :class:`~detente.Judgement` (``str()`` of it is the verdict's text; ``.to_dict()`` the command's JSON).
    """
    from detente._records import Judgement
    from detente.judge import JudgeOptions, verdict_from_store

    opts = JudgeOptions(index=_index_options(None, freq, weights, None, n0=n0, thin=thin))
    day = _day(as_of, "as_of")
    with _opened(store) as (st, settings):
        v = verdict_from_store(st, _dyad(dyad, settings), as_of=day, options=opts, datasets=_names(datasets),
                               with_sensitivity=sensitivity)
    return Judgement.from_dict(v.to_dict())


def paradigms(dyad: str | Dyad | None = None, *, as_of: Day = None, seed: int = 0, resamples: int = 2000,
              simulate: bool = True, runs: int = 2000, store: StoreLike = None) -> ParadigmComparison:
    """The policy periods of ``dyad`` compared by paradigm (denuclearization-first, parallel, mixed), as
    ``detente paradigms`` compares them: per period the index, tests, crises and milestones on each track; per
    paradigm the mean CXI with a block-bootstrap interval (``resamples``, ``seed``); and, with ``simulate``, the
    calibrated simulator's outcomes for the same paradigms (``runs`` per pairing, seeded ``seed + 1``).

    Policy periods ship for USA-PRK only. Returns a :class:`~detente.ParadigmComparison`.
    """
    from detente._records import ParadigmComparison
    from detente.ingest.bundled import bundled_policy_periods
    from detente.judge.paradigms import ParadigmOptions, paradigms_from_store

    day = _day(as_of, "as_of")
    pair = _dyad(dyad, _settings(store))
    periods = bundled_policy_periods() if {pair.a, pair.b} == {"USA", "PRK"} else []
    if not periods:
        raise InputError(f"no policy periods are defined for {pair}; detente ships them for USA-PRK only")
    with _opened(store) as (st, _):
        record = paradigms_from_store(st, pair, periods, options=ParadigmOptions(seed=seed, resamples=resamples),
                                      as_of=day)
        data = record.to_dict()
        if simulate:
            from detente._api import paradigm_simulation

            data["simulation"] = paradigm_simulation(st, data["groups"], runs=runs, seed=seed + 1, as_of=day)
    return ParadigmComparison.from_dict(data)


US_DEFAULT = ("cvid-first", "action-for-action", "grit", "max-pressure")
DPRK_DEFAULT = ("reciprocator", "hedger", "hardliner")


def simulate(us: str | Sequence[str | Policy] = US_DEFAULT, dprk: str | Sequence[str | Policy] = DPRK_DEFAULT, *,
             runs: int = 10_000, rounds: int = 120, noise: float | None = None, continuation: float = 0.99,
             seed: int = 0, workers: int = 1, dynamics: Dynamics | None = None) -> Simulation:
    """Every US policy in ``us`` against every DPRK policy in ``dprk`` (names, comma-separated names, or
    :class:`~detente.simulate.Policy` objects), as ``detente simulate`` runs them: ``runs`` Monte Carlo runs of at
    most ``rounds`` months each, continuing after a round with probability ``continuation``, moves misread with
    probability ``noise`` (default 0.05, or ``dynamics``'s). Per pairing: P(coexistence), the median time to it,
    its persistence, P(deal), the denuclearization level reached and the crisis rate, each with a 95% interval.
    The same ``seed`` gives the same result for any ``workers``. Returns a :class:`~detente.Simulation`
    (``.to_arrow()``: one row per pairing).
    """
    from detente._records import Simulation
    from detente.errors import SimulationError
    from detente.simulate import Dynamics
    from detente.simulate import simulate as run

    def listed(value: str | Sequence[str | Policy], name: str) -> list[str | Policy]:
        items: list[str | Policy] = list(_names(value)) if isinstance(value, str) else list(value)
        if not items:
            raise SimulationError(f"{name} is empty; name at least one policy, e.g. {name}='grit'")
        return items

    dynamics = dynamics or Dynamics()
    if noise is not None:
        dynamics = replace(dynamics, noise=noise)
    summaries = [run(u, d, runs=runs, rounds=rounds, continuation=continuation, seed=seed, dynamics=dynamics,
                     workers=workers).summary()
                 for u in listed(us, "us") for d in listed(dprk, "dprk")]
    return Simulation.from_dict({"seed": seed, "pairings": summaries})


def read(source: str | os.PathLike[str] | bytes | BinaryIO | None = None, *, text: str | None = None,
         date: Day = None, dictionaries: str | os.PathLike[str] | None = None,
         client: httpx.Client | None = None, reference: str | os.PathLike[str] | None = "record") -> Reading:
    """Read one news article and code its events, as ``detente read`` does: ``source`` is a URL (fetched with
    ``client``, or a new one), a path to an .html or .txt file, the article's bytes, or a binary stream; or give
    the article's text (plain or HTML) you already hold as ``text=`` instead of ``source``. ``date``
    is the article's date, over any the page gives (relative dates such as "on Thursday" resolve against it);
    ``dictionaries`` a folder of extra or PETRARCH dictionaries; ``reference`` what acts told with a vague time
    ("earlier this month") take their day from: ``"record"`` (the bundled record), ``"none"``, or a store's path.
    Returns a :class:`~detente.Reading` (``.table("events")``)."""
    from detente._records import Reading
    from detente.coding import Coder, load_lexicon, read_article_events
    from detente.coding.anchors import open_chronology
    from detente.coding.intake import read_article
    from detente.errors import InputError, SourceNotFound

    day = _day(date, "date")
    if (source is None) == (text is None):
        raise InputError("give the article once: a URL, a path, bytes or a stream as the first argument, or the "
                         "text you hold as text=...")
    data: str | Path | bytes | BinaryIO = str(text).encode("utf-8") if source is None else (
        Path(source) if isinstance(source, os.PathLike) else source)
    try:
        article = read_article(data, date=day, client=client)
    except SourceNotFound as exc:
        if isinstance(source, str) and (len(source) > 255 or "\n" in source or ". " in source):
            start = " ".join(source.split())[:60]
            raise SourceNotFound(f"no file at {start!r}...: this looks like the article's text, not a path; pass "
                                 "the text as detente.read(text=...)") from exc
        raise
    coder = Coder(load_lexicon(None if dictionaries is None else Path(dictionaries)))
    with open_chronology(reference) as chronology:
        reading = read_article_events(article, coder=coder, reference=chronology)
    return Reading.from_dict(reading.to_dict())


def code_rows(events: Iterable[Event], doc_id: str) -> Iterator[dict[str, Any]]:
    """The coded ``events`` of document ``doc_id`` as rows of :data:`CODE_COLUMNS` (an undated event's date is
    None), as ``detente code`` writes them."""
    from detente.coding import UNDATED

    for e in events:
        row = e.to_dict()
        row["doc_id"] = doc_id
        row["date"] = None if e.date == UNDATED else e.date.isoformat()
        yield {k: row.get(k) for k in CODE_COLUMNS}


def _documents(corpus: str | os.PathLike[str] | Iterable[str | Document], date: dt.date | None) -> list[Document]:
    from detente.ingest.news import Document, read_corpus

    if isinstance(corpus, str | os.PathLike):
        return [d if d.date is not None or date is None else replace(d, date=date) for d in read_corpus(Path(corpus))]
    docs: list[Document] = []
    for number, item in enumerate(corpus, start=1):
        if isinstance(item, Document):
            docs.append(item if item.date is not None or date is None else replace(item, date=date))
        elif isinstance(item, str):
            docs.append(Document(str(number), item, date))
        else:
            raise InputError(f"item {number} of the corpus is a {type(item).__name__}; pass texts (str), "
                             "Documents, or a path to a JSONL/CSV file or a folder")
    return docs


def code(corpus: str | os.PathLike[str] | Iterable[str | Document], *, date: Day = None,
         dictionaries: str | os.PathLike[str] | None = None, processes: int = 1) -> pa.Table:
    """Code a corpus into events, as ``detente code`` does: one row per event (:data:`CODE_COLUMNS`: the
    document's id, date, actors, CAMEO code and root, QuadClass, Goldstein, PLOVER, track, modality, the
    sentence). ``corpus`` is a path (a JSONL or CSV file with id, text and date, or a folder of .txt/.html
    files) or texts in memory (strings, numbered from 1, or :class:`~detente.ingest.news.Document` objects).
    ``date`` dates the documents that give none (a document's own date wins); without it their events are
    undated. ``processes`` codes in parallel (same rows)."""
    import pyarrow as pa

    from detente._records import rows_table
    from detente.coding import code_texts

    docs = _documents(corpus, _day(date, "date"))
    rows: list[dict[str, Any]] = []
    for doc_id, coded in code_texts(docs, dictionaries=None if dictionaries is None else Path(dictionaries),
                                    processes=processes):
        rows.extend(code_rows(coded, doc_id))
    types: dict[str, pa.DataType] = dict.fromkeys(CODE_COLUMNS, pa.string())
    types.update(quad_class=pa.int64(), goldstein=pa.float64(), prov_row=pa.int64(), date=pa.date32())
    return rows_table(rows, types=types, dates=("date",))
