"""The world monitor's watch: GDELT 2.0's 15-minute files into the store, each dyad they touch re-measured, and
an alert recorded whenever a dyad's online change-point flag goes up.

One cycle (:func:`watch_cycle`):

1. read the feed's last-update list; when intervals were missed since the newest one ingested (the watch was
   stopped, or a cycle ran late), read them from the master list's tail and catch them up, oldest first; files
   that failed before are tried again, up to ``max_attempts`` times each;
2. for each interval, download its export and mentions files (size and MD5 checked against the list) and ingest
   them (one transaction each); a file already ingested is skipped, so a repeated list adds nothing;
3. fold the new ingest runs into the per-dyad day sums (their events added to the dyad-days they touched), then
   re-measure each dyad they touched as of the interval's day and run the online change-point detector on it;
4. record an alert for each dyad whose flag is up in its latest period, unless the same change was already
   alerted (an alert in one of the ``recent`` periods before), with the probability and the events of the period
   that moved its CXI most.

Every step is idempotent, so a cycle stopped anywhere (a crash, Ctrl+C) is finished by the next one: a file is
marked ingested only after its transaction committed, a file ingested but not marked is ingested again and adds
nothing, the day sums fold in whatever runs they have not seen, and an alert is stored once per dyad and period.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from detente.errors import ConfigError, FetchError, FormatError, MeasureError
from detente.ingest import ingest_paths
from detente.ingest._download import Missing
from detente.ingest._feed import FeedFile, FeedInterval, FeedKind, GdeltFeed, interval_stamps
from detente.judge._world import span_groups
from detente.measure import ChangeOptions, IndexOptions, IndexSeries
from detente.measure._batch import SeriesBatch, batch_from_periods, batch_series, impact_series
from detente.measure._changebatch import bocpd_many
from detente.measure._frame import EventFrame
from detente.measure._periods import period_label, to_date
from detente.measure._world import (
    IMPACT_FIELDS,
    DyadDays,
    dyad_series,
    iter_dyads,
    online_flag,
    period_impacts,
    read_day_rows,
    read_dyads_events,
    read_event_rows,
    read_period_rows,
    refresh_period_table,
    runs_dyads,
)
from detente.model import Dyad
from detente.store import Store
from detente.store._monitor import AlertRecord, FeedRecord, add_alerts, feed_files, feed_last_stamp
from detente.store._monitor import record_feed_file as _record

log = logging.getLogger(__name__)

__all__ = ["CycleSummary", "FileOutcome", "WatchOptions", "update_dyads", "watch_cycle"]

FEED = "gdelt"


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """How the watch measures and alerts.

    - ``dyads``: the dyads re-measured and alerted (None: every dyad a file touches); every row of a file is
      stored either way;
    - ``index`` and ``change``: the index and the change-point detector (the same defaults as ``detente index``
      and ``detente judge``);
    - ``min_periods``: periods with a CXI a dyad needs before its flag can raise an alert (a series of one or two
      values has no run to break);
    - ``events``: how many events an alert cites; ``max_attempts``: tries per failed file before it is left;
    - ``keep_files``: keep the downloaded zips in the cache (by default each is deleted once ingested);
    - ``memory_limit``: the most memory DuckDB may hold on the store's connection while the watch runs (a DuckDB
      size: ``384MB``, ``2GB``; None: DuckDB's own limit, 80% of the machine's memory). DuckDB keeps the table
      blocks it has read cached up to its limit, and every file adds blocks that a cycle reads (the day's and the
      period's new events), so without a bound its memory grows with the files watched until it reaches 80% of
      the machine's; a cycle on the 50M-event benchmark store reads about 320 MB of blocks. The watch lowers
      the connection's limit to this (it never raises one set lower);
    - ``checkpoint_log``: a cycle that ingested files ends with a CHECKPOINT (its changes written into the store
      file and the write-ahead log emptied) once the log holds more than this (a DuckDB size; ``0``: after every
      such cycle). A checkpoint rewrites the last, partly filled row group of each table it changes whatever the
      log holds, so checkpointing every few files costs less than after each: on the 50M-event benchmark store a
      file of 3,000 events (a third of them dated days back) adds 6 to 9 MB to the log, so the default checkpoints
      every fourth file (at 8MB it was every second). The watch raises DuckDB's own threshold (16 MiB by default)
      to twice this, so that DuckDB does not checkpoint first inside one of the cycle's commits.
    """

    dyads: tuple[Dyad, ...] | None = None
    index: IndexOptions = field(default_factory=IndexOptions)
    change: ChangeOptions = field(default_factory=ChangeOptions)
    min_periods: int = 4
    events: int = 5
    max_attempts: int = 3
    keep_files: bool = False
    memory_limit: str | None = "384MB"
    checkpoint_log: str = "24MB"

    def __post_init__(self) -> None:
        if self.memory_limit is not None and _size_bytes(self.memory_limit) is None:
            raise ConfigError(f"memory limit {self.memory_limit!r} is not a size; write it like 384MB or 2GB")
        if _size_bytes(self.checkpoint_log) is None:
            raise ConfigError(f"checkpoint log size {self.checkpoint_log!r} is not a size; write it like 8MB or 0")


_UNITS = {"": 1, "B": 1, "KB": 1000, "MB": 1000**2, "GB": 1000**3, "TB": 1000**4, "KIB": 1024, "MIB": 1024**2,
          "GIB": 1024**3, "TIB": 1024**4}


def _size_bytes(text: str) -> float | None:
    """Bytes in a DuckDB size (``384MB``, ``18.8 GiB``), or None when it is not one."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?\s*", text, re.I)
    if found is None:
        return None
    return float(found.group(1)) * _UNITS[(found.group(2) or "").upper()]


def _cap_memory(store: Store, limit: str) -> None:
    """Lower DuckDB's memory limit on the store's connection to ``limit`` (a limit already lower is kept)."""
    now = store.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
    current = _size_bytes(str(now))
    wanted = _size_bytes(limit)
    if wanted is not None and (current is None or current > wanted):
        store.con.execute(f"SET memory_limit = '{limit}'")


def _defer_own_checkpoint(store: Store, log_limit: str) -> None:
    """Raise DuckDB's own checkpoint threshold (``checkpoint_threshold``, 16 MiB by default) to twice
    ``log_limit`` when it is lower, so that the cycle's checkpoint (:func:`_checkpoint`) is the one that runs, at
    the end of a cycle, and DuckDB's does not run first inside one of the cycle's commits (a threshold set higher
    is kept)."""
    if store.read_only:
        return
    wanted = 2 * (_size_bytes(log_limit) or 0.0)
    now = _size_bytes(str(store.con.execute("SELECT current_setting('checkpoint_threshold')").fetchall()[0][0]))
    if wanted > 0 and now is not None and now < wanted:
        store.con.execute(f"SET checkpoint_threshold = '{int(wanted)}B'")


def _checkpoint(store: Store, log_limit: str) -> None:
    """Write the changes of the cycles since the last checkpoint into the store file and empty its write-ahead
    log, once the log holds more than ``log_limit``: DuckDB holds the changes since its last checkpoint in memory
    as well (docs/scale.md, section 6). A checkpoint refused because another connection of this process has a
    transaction open is left to the next cycle: nothing is lost, the log still holds the changes."""
    if store.read_only:
        return
    limit = _size_bytes(log_limit) or 0.0
    if limit > 0:
        try:
            held = Path(str(store.path) + ".wal").stat().st_size
        except OSError:  # no log (an in-memory store, or nothing written since the last checkpoint)
            return
        if held <= limit:
            return
    try:
        store.con.execute("CHECKPOINT")
    except duckdb.Error as err:
        log.debug("checkpoint left to the next cycle: %s", err)


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one feed file in a cycle: ``ok``, ``skipped`` (ingested before) or ``failed``."""

    name: str
    status: str
    stored: int = 0
    rows_read: int = 0
    error: str | None = None


@dataclass
class CycleSummary:
    """One cycle: the newest interval listed, the intervals worked on (of which caught up), the files and what
    became of them, events stored, dyads re-measured, alerts raised, and how long it took."""

    latest: dt.datetime | None = None
    intervals: int = 0
    caught_up: int = 0
    files: list[FileOutcome] = field(default_factory=list)
    dyads: int = 0
    alerts: list[AlertRecord] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        return sum(f.stored for f in self.files)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def line(self) -> str:
        """The one-line summary the command prints after each cycle."""
        latest = "-" if self.latest is None else self.latest.strftime("%Y-%m-%d %H:%M")
        parts = [f"{latest} UTC: {self.intervals} interval(s)"
                 + (f" ({self.caught_up} caught up)" if self.caught_up else ""),
                 f"{self.count('ok')} file(s) ingested", f"{self.stored:,} events stored"]
        if self.count("skipped"):
            parts.append(f"{self.count('skipped')} already in")
        if self.count("failed"):
            parts.append(f"{self.count('failed')} failed")
        parts += [f"{self.dyads} dyad(s) updated", f"{len(self.alerts)} alert(s)", f"{self.seconds:.1f} s"]
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {"latest": None if self.latest is None else self.latest.isoformat(), "intervals": self.intervals,
                "caught_up": self.caught_up, "files": [vars_of(f) for f in self.files], "stored": self.stored,
                "dyads": self.dyads, "alerts": [a.to_dict() for a in self.alerts], "seconds": round(self.seconds, 3)}


def vars_of(outcome: FileOutcome) -> dict[str, Any]:
    return {k: getattr(outcome, k) for k in outcome.__slots__}


#: progress callback: (what is happening, files done, files in the cycle)
WatchProgress = Callable[[str, int, int], None]


def watch_cycle(store: Store, feed: GdeltFeed, *, options: WatchOptions | None = None,
                progress: WatchProgress | None = None) -> CycleSummary:
    """One cycle of the watch (see the module docstring); returns its summary."""
    opts = options or WatchOptions()
    started = time.perf_counter()
    if opts.memory_limit is not None:
        _cap_memory(store, opts.memory_limit)
    _defer_own_checkpoint(store, opts.checkpoint_log)
    summary = CycleSummary()
    latest = feed.latest()
    summary.latest = latest.stamp
    todo = _intervals_to_do(store, feed, latest, opts, summary)
    total = sum(len(i.files) for i in todo)
    done = 0
    for interval in todo:
        runs: list[int] = []
        export_failed = False
        for file in interval.files:
            if progress is not None:
                progress(file.name, done, total)
            if file.kind == "mentions" and export_failed:
                outcome = _wait_for_export(store, file)
            else:
                outcome, run_ids = _ingest_file(store, feed, file, opts)
                runs += run_ids
                export_failed = export_failed or (file.kind == "export" and outcome.status == "failed")
            summary.files.append(outcome)
            done += 1
        if runs:
            touched, raised = update_dyads(store, runs=runs, as_of=interval.stamp, options=opts,
                                           trigger=interval.stamp.strftime("%Y%m%d%H%M%S"))
            summary.dyads += touched
            summary.alerts += raised
    if done:
        _checkpoint(store, opts.checkpoint_log)
    if progress is not None:
        progress("", done, total)
    summary.seconds = time.perf_counter() - started
    return summary


def _intervals_to_do(store: Store, feed: GdeltFeed, latest: FeedInterval, opts: WatchOptions,
                     summary: CycleSummary) -> list[FeedInterval]:
    """The intervals with a file to ingest this cycle: those after the newest one ingested up to ``latest``
    (from the master list when more than one), and those with a file that failed and may be tried again."""
    last = feed_last_stamp(store, FEED)
    wanted: dict[dt.datetime, FeedInterval] = {}
    if last is None or latest.stamp > last:
        wanted[latest.stamp] = latest
        if last is not None and len(interval_stamps(last, latest.stamp)) > 1:
            for interval in feed.between(last, latest.stamp - dt.timedelta(minutes=15)):
                wanted.setdefault(interval.stamp, interval)
            summary.caught_up = len(wanted) - 1
    retry: dict[dt.datetime, list[FeedFile]] = {}
    failed = feed_files(store, feed=FEED, status="failed")
    given_up = {r.stamp for r in failed if r.kind == "export" and r.attempts >= opts.max_attempts}
    for rec in failed:
        # a mentions file waits for its export: it is left when the export is
        if rec.attempts < opts.max_attempts and rec.stamp not in wanted and rec.stamp not in given_up:
            retry.setdefault(rec.stamp, []).append(_as_feed_file(rec))
    for stamp, files in retry.items():
        wanted[stamp] = FeedInterval(stamp, tuple(files))
    todo = [wanted[s] for s in sorted(wanted)]
    summary.intervals = len(todo)
    return todo


def _as_feed_file(rec: FeedRecord) -> FeedFile:
    from detente.ingest._download import RemoteFile

    kind: FeedKind = "mentions" if rec.kind == "mentions" else "export"
    return FeedFile(rec.stamp, kind, RemoteFile(rec.url, rec.name, rec.size, rec.md5))


def _ingest_file(store: Store, feed: GdeltFeed, file: FeedFile, opts: WatchOptions) -> tuple[FileOutcome, list[int]]:
    """Download and ingest one file; record how it went. Errors of the file (download, checksum, a corrupt zip)
    are recorded and the cycle goes on; anything else (an interrupt) stops the cycle with nothing half-done."""
    before = {r.name: r for r in feed_files(store, feed=FEED, since=file.stamp) if r.stamp == file.stamp}
    prior = before.get(file.name)
    if prior is not None and prior.status == "ok":
        return FileOutcome(file.name, "skipped"), []
    attempts = (prior.attempts if prior is not None else 0) + 1
    record = FeedRecord(name=file.name, feed=FEED, stamp=file.stamp, kind=file.kind, url=file.remote.url,
                        size=file.remote.size, md5=file.remote.md5, status="failed", attempts=attempts)
    path: Path | None = None
    try:
        path = feed.download(file)
        # no memory cap while a file is read: a 15-minute file is a few MB, and lowering DuckDB's limit for it
        # evicted the day sums and events the cycle's queries read from the buffer pool, every cycle
        results = ingest_paths(store, "gdelt", [path], memory_limit=None)
    except (FetchError, FormatError) as err:
        if path is not None:  # a damaged file is fetched anew next time (the server may have replaced it)
            _remove(path)
        reason = "not on the server" if isinstance(err, Missing) else str(err)
        log.warning("%s: %s", file.name, reason)
        _record(store, _with(record, error=reason[:500]))
        return FileOutcome(file.name, "failed", error=reason), []
    rows_read = sum(r.rows_read for r in results)
    stored = sum(r.stored for r in results)
    _record(store, _with(record, status="ok", error=None, run_id=results[-1].run_id if results else None,
                         rows_read=rows_read, stored=stored))
    if not opts.keep_files:
        _remove(path)
    return FileOutcome(file.name, "ok", stored=stored, rows_read=rows_read), [r.run_id for r in results]


def _wait_for_export(store: Store, file: FeedFile) -> FileOutcome:
    """A mentions file whose export failed is not ingested (its mentions could not be linked to their events):
    it is recorded as failed without using up an attempt, and tried again with its export."""
    prior = {r.name: r for r in feed_files(store, feed=FEED, since=file.stamp) if r.stamp == file.stamp}.get(file.name)
    if prior is not None and prior.status == "ok":
        return FileOutcome(file.name, "skipped")
    reason = "waits for its export file, which failed"
    _record(store, FeedRecord(name=file.name, feed=FEED, stamp=file.stamp, kind=file.kind, url=file.remote.url,
                              size=file.remote.size, md5=file.remote.md5, status="failed",
                              attempts=prior.attempts if prior is not None else 0, error=reason))
    return FileOutcome(file.name, "failed", error=reason)


def _with(record: FeedRecord, **changes: Any) -> FeedRecord:
    from dataclasses import replace

    return replace(record, updated=dt.datetime.now(), **changes)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as err:  # a file the system will not let go is left in the cache
        log.warning("could not remove %s: %s", path, err)


def update_dyads(store: Store, *, runs: Sequence[int], as_of: dt.datetime | dt.date,
                 options: WatchOptions | None = None, trigger: str | None = None) -> tuple[int, list[AlertRecord]]:
    """Fold new ingest runs into the day sums, re-measure the dyads that ``runs`` touched as of ``as_of`` from
    their own day rows and record the alerts raised. Returns how many dyads were re-measured and the new alerts."""
    opts = options or WatchOptions()
    refresh = refresh_period_table(store, options=opts.index)
    touched = refresh.dyads() if refresh.keys is not None and set(refresh.runs) >= set(runs) else []
    if refresh.keys is None or not set(refresh.runs) >= set(runs):
        touched = runs_dyads(store, runs)
    touched = _wanted(touched, opts)
    if not touched:
        return 0, []
    day = as_of.date() if isinstance(as_of, dt.datetime) else as_of
    stamp = as_of if isinstance(as_of, dt.datetime) else dt.datetime.combine(as_of, dt.time())
    ledgers = _dyads_with_ledger(store)
    recent = _recent_alerts(store, opts)
    # the touched dyads' period rows (a dozen a year each, where their day rows are a few hundred); a dyad with a
    # ledger, or with a day after ``day`` (an earlier interval caught up), is measured from its day rows
    periods = read_period_rows(store, [d for d in touched if (d.a, d.b) not in ledgers])
    late = _late_dyads(periods, day)
    if late:
        periods = periods.filter(pc.invert(pc.is_in(_pair_names(periods), value_set=pa.array(sorted(late)))))
    by_day = [d for d in touched if (d.a, d.b) in ledgers or f"{d.a}-{d.b}" in late]
    rows = read_day_rows(store, dyads=by_day, until=day, tops=False) if by_day else None
    flagged = _flagged(periods, rows, ledgers, day, opts)
    pending: list[tuple[AlertRecord, IndexSeries]] = []
    if rows is not None and ledgers & {(d.a, d.b) for d in touched}:
        for days in iter_dyads(rows):
            if (days.dyad.a, days.dyad.b) in ledgers:
                alert = _check_dyad(store, days, day, stamp, ledgers, recent, opts, trigger)
                if alert is not None:
                    pending.append(alert)
    for pair in flagged:
        alert = _alert_of(Dyad(*pair), flagged[pair], stamp, recent, opts, trigger)
        if alert is not None:
            pending.append(alert)
    pending.sort(key=lambda p: tuple(p[0].dyad.split("-")))  # in the order of the dyads
    found = _with_moving_events(store, pending, day, opts.events)
    add_alerts(store, found)
    return len(touched), found


@dataclass(frozen=True, slots=True)
class _Flag:
    """A dyad whose live flag is up in its current period, as the many-dyad index and detector find it."""

    probability: float
    period_start: dt.date
    cxi: float
    previous: float | None
    recent_starts: tuple[str, ...]
    #: the batch the dyad was measured in, and its row there (its series, for the impacts of its events)
    batch: SeriesBatch
    row: int


def _pair_names(rows: pa.Table) -> pa.ChunkedArray:
    return pc.binary_join_element_wise(rows.column("a"), rows.column("b"), "-")


def _late_dyads(periods: pa.Table, day: dt.date) -> set[str]:
    """The dyads (``A-B``) of ``periods`` with a day after ``day``."""
    if not periods.num_rows:
        return set()
    after = pc.greater(periods.column("last"), pa.scalar(day, pa.date32()))
    return set(_pair_names(periods).filter(after).to_pylist()) if pc.any(after).as_py() else set()


def _flagged(periods: pa.Table, rows: pa.Table | None, ledgers: set[tuple[str, str]], day: dt.date,
             opts: WatchOptions) -> dict[tuple[str, str], _Flag]:
    """The dyads without a ledger whose live flag is up as of ``day`` in their current period (with a CXI there
    and at least ``min_periods`` periods with one): the many-dyad index and detector, whose numbers are one
    dyad's (``tests/monitor``), from the dyads' period rows (``periods``), and from their day rows (``rows``)
    for the dyads without a ledger that have days after ``day``."""
    index = opts.index.with_(evidence=opts.index.evidence.with_(resamples=0))  # the flag needs no interval
    batches = [batch_from_periods(part, options=index, as_of=day)
               for part in span_groups(periods, index.freq, column="period") if part.num_rows]
    if rows is not None and rows.num_rows:
        plain = rows
        if ledgers:
            is_ledger = pc.is_in(_pair_names(rows), value_set=pa.array(sorted(f"{a}-{b}" for a, b in ledgers),
                                                                        pa.string()))
            plain = rows.filter(pc.invert(is_ledger))
        batches += [batch_series(part, options=index, as_of=day) for part in span_groups(plain, index.freq)
                    if part.num_rows]
    return _flags(batches, opts)


def _flags(batches: list[SeriesBatch], opts: WatchOptions) -> dict[tuple[str, str], _Flag]:
    """The flags up in the batches (see :func:`_flagged`)."""
    out: dict[tuple[str, str], _Flag] = {}
    for batch in batches:
        if not len(batch):
            continue
        n_cols = batch.cxi.shape[1]
        cols = np.arange(n_cols)[None, :]
        span = (cols >= batch.first[:, None]) & (cols <= batch.last[:, None])
        observed = span & ~np.isnan(batch.cxi)
        count = observed.sum(axis=1)
        last = np.clip(batch.last, 0, n_cols - 1)
        current = observed[np.arange(len(batch)), last]
        ready = (count >= opts.min_periods) & current & (batch.first <= batch.last)
        order = np.argsort(~observed, axis=1, kind="stable")
        for n in np.unique(count[ready]).tolist():
            members = np.flatnonzero(ready & (count == n))
            values = np.take_along_axis(batch.cxi[members], order[members, :n], axis=1)
            prob, flag, _ = bocpd_many(values, hazard_periods=opts.change.hazard_periods, recent=opts.change.recent,
                                       flag_probability=opts.change.flag_probability)
            for j in np.flatnonzero(flag).tolist():
                i = int(members[j])
                lo = max(int(batch.first[i]), int(last[i]) - opts.change.recent)
                out[batch.dyads[i]] = _Flag(
                    probability=float(prob[j]), period_start=to_date(batch.start[last[i]]),
                    cxi=float(values[j, -1]), previous=float(values[j, -2]) if n > 1 else None,
                    recent_starts=tuple(str(s) for s in batch.start[lo:int(last[i]) + 1]), batch=batch, row=i)
    return out


def _alert_of(dyad: Dyad, flag: _Flag, stamp: dt.datetime, recent: dict[str, list[dt.date]], opts: WatchOptions,
              trigger: str | None) -> tuple[AlertRecord, IndexSeries] | None:
    """The alert of a flagged dyad without a ledger, unless this change was alerted already (an alert in its
    current period or one of the ``recent`` periods before); the events that moved it are weighed on its series
    from the batch that flagged it."""
    if any(p.isoformat() in flag.recent_starts for p in recent.get(str(dyad), [])):
        return None
    return AlertRecord(
        dyad=str(dyad), freq=opts.index.freq, period=period_label(np.datetime64(flag.period_start, "D"),
                                                                  opts.index.freq),
        period_start=flag.period_start, probability=flag.probability, cxi=flag.cxi, previous_cxi=flag.previous,
        events=[], trigger=trigger, as_of=stamp), impact_series(flag.batch, flag.row)


def _wanted(touched: list[Dyad], opts: WatchOptions) -> list[Dyad]:
    if opts.dyads is not None:
        wanted = {tuple(sorted(d.countries)) for d in opts.dyads}
        touched = [d for d in touched if (d.a, d.b) in wanted]
    return touched


def _dyads_with_ledger(store: Store) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for (dyad,) in store.con.execute("SELECT DISTINCT dyad FROM milestones").fetchall():
        parts = str(dyad).split("-")
        if len(parts) == 2:
            out.add((min(parts), max(parts)))
    return out


def _recent_alerts(store: Store, opts: WatchOptions) -> dict[str, list[dt.date]]:
    """Per dyad, the periods (their first days) of its alerts at this frequency."""
    out: dict[str, list[dt.date]] = {}
    for (dyad, start) in store.con.execute("SELECT dyad, period_start FROM alerts WHERE freq = ?",
                                           [opts.index.freq]).fetchall():
        out.setdefault(str(dyad), []).append(start)
    return out


def _check_dyad(store: Store, days: DyadDays, day: dt.date, stamp: dt.datetime, ledgers: set[tuple[str, str]],
                recent: dict[str, list[dt.date]], opts: WatchOptions,
                trigger: str | None) -> tuple[AlertRecord, IndexSeries] | None:
    """The alert for one dyad as of ``day``, if its flag is up in its latest period and this change was not
    alerted already."""
    dyad = days.dyad
    milestones = store.milestones(dyad=dyad) if (dyad.a, dyad.b) in ledgers else []
    index = opts.index.with_(evidence=opts.index.evidence.with_(resamples=0))  # the flag needs no interval
    try:
        series = dyad_series(days, options=index, milestones=milestones, as_of=day)
    except MeasureError:
        return None
    observed = np.flatnonzero(~np.isnan(series.cxi))
    if observed.size < opts.min_periods or observed[-1] != len(series) - 1:
        return None  # too short a history, or nothing measured in the current period
    online = online_flag(series, opts.change)
    if not online.flag:
        return None
    start = series.start[-1]
    first = dt.date.fromisoformat(str(start))
    # one alert per change: none when this period, or one of the `recent` periods before it, has one already
    window = {str(s) for s in series.start[max(0, len(series) - 1 - opts.change.recent):]}
    if any(p.isoformat() in window for p in recent.get(str(dyad), [])):
        return None
    previous = series.cxi[observed[-2]] if observed.size > 1 else np.nan
    return AlertRecord(
        dyad=str(dyad), freq=opts.index.freq, period=period_label(start, opts.index.freq), period_start=first,
        probability=float(online.recent_probability), cxi=float(series.cxi[-1]),
        previous_cxi=None if np.isnan(previous) else float(previous), events=[], trigger=trigger,
        as_of=stamp), series


def _with_moving_events(store: Store, pending: Sequence[tuple[AlertRecord, IndexSeries]], day: dt.date,
                        count: int) -> list[AlertRecord]:
    """Each alert with the events of its period that moved its CXI most (largest absolute impact first): the
    columns an impact depends on read for the events of every alerted dyad in one query, made into one frame
    (each alert's events are rows of it), and the events cited read whole in another."""
    if not pending:
        return []
    from dataclasses import replace

    since = min(a.period_start for a, _ in pending)
    events = read_dyads_events(store, [Dyad.parse(a.dyad) for a, _ in pending], since=since, until=day,
                               columns=IMPACT_FIELDS, split=False)["*"]
    frame = EventFrame.from_arrow(events.drop_columns(["_row", "_pair"]))
    rows = np.asarray(events.column("_row").to_numpy(zero_copy_only=False), dtype=np.int64)
    pair = pc.dictionary_encode(events.column("_pair").combine_chunks())
    codes = np.asarray(pair.indices.to_numpy(zero_copy_only=False), dtype=np.int64)
    code_of = {str(name): k for k, name in enumerate(pair.dictionary.to_pylist())}
    moving: list[list[tuple[int, float]]] = []
    for alert, series in pending:
        k = code_of.get("-".join(sorted(alert.dyad.split("-"))))
        mine = (np.flatnonzero((codes == k) & (frame.date >= np.datetime64(alert.period_start, "D")))
                if k is not None else np.empty(0, dtype=np.intp))
        moving.append(_moving_events(series, frame.take(mine), rows[mine], count) if mine.size else [])
    cited = [row for found in moving for row, _ in found]
    whole = (EventFrame.from_arrow(read_event_rows(store, cited, since=since, until=day)) if cited
             else EventFrame.from_columns({"date": []}))
    out = []
    at = 0
    for (alert, _), found in zip(pending, moving, strict=True):
        out.append(replace(alert, events=[{**whole.row(at + k), "impact": impact}
                                          for k, (_, impact) in enumerate(found)]))
        at += len(found)
    return out


def _moving_events(series: IndexSeries, frame: EventFrame, rows: npt.NDArray[np.int64],
                   count: int) -> list[tuple[int, float]]:
    """The events of the series' latest period (``frame``, with their stored rows ``rows``) that moved its CXI
    most: their stored rows and impacts."""
    kept, impact = period_impacts(series, frame, len(series) - 1)
    order = np.argsort(-np.abs(np.nan_to_num(impact)), kind="stable")[:count]
    # each kept event's stored row, through its dataset and key (one stored row each)
    position = ({k: i for i, k in enumerate(zip(frame.dataset.tolist(), frame.key.tolist(), strict=True))}
                if len(kept) != len(frame) else None)
    out = []
    for i in order.tolist():
        j = i if position is None else position[(str(kept.dataset[i]), str(kept.key[i]))]
        out.append((int(rows[j]), round(float(impact[i]), 3)))
    return out
