"""``detente watch gdelt`` and ``detente alerts``: the world monitor on GDELT's 15-minute feed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from detente._api import open_store
from detente.cli._common import StoreOption, check_choice, console, emit_json, err_console, settings
from detente.cli._core import parse_day
from detente.cli._judge import _emit_rows
from detente.errors import InputError
from detente.measure import FREQS, IndexOptions
from detente.measure._periods import check_freq
from detente.model import Dyad

watch_app = typer.Typer(help="Watch a live feed: ingest each new file, re-measure the dyads it touches, record "
                        "alerts.", no_args_is_help=True, rich_markup_mode=None)

DyadsOption = Annotated[str, typer.Option(
    "--dyads", help="Dyads to measure and alert: 'all' or a list like USA-PRK,CHN-USA (every row is stored).")]
FreqOption = Annotated[str, typer.Option("--freq", help="Resolution of the index: week, month or quarter.")]


def parse_dyads(text: str) -> tuple[Dyad, ...] | None:
    """``all`` (None) or comma-separated dyads."""
    if text.strip().lower() in ("", "all"):
        return None
    return tuple(Dyad.parse(part) for part in text.split(",") if part.strip())


def make_client() -> Any:
    """The HTTP client the watch uses (tests replace it with one serving the recorded feed)."""
    from detente.cli._ingest import make_client as client

    return client()


@contextmanager
def _progress(enabled: bool) -> Iterator[Any]:
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=err_console, transient=True)
    with bar:
        yield bar


@watch_app.command("gdelt")
def watch_gdelt(
    once: Annotated[bool, typer.Option("--once", help="Run one cycle and stop.")] = False,
    interval: Annotated[int, typer.Option("--interval", help="Seconds between the starts of two cycles.")] = 900,
    dyads: DyadsOption = "all",
    freq: FreqOption = "month",
    cycles: Annotated[int | None, typer.Option("--cycles", help="Stop after this many cycles.")] = None,
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print each cycle's summary as JSON.")] = False,
) -> None:
    """Watch GDELT 2.0: read the last-update list every --interval seconds, download each new export and mentions
    file (size and MD5 checked), ingest it, re-measure the dyads it touched and record alerts when a dyad's online
    change-point flag goes up. Missed intervals are caught up from the master list; a file already ingested adds
    nothing; stopped at any point (Ctrl+C), the next run resumes where it stopped. One summary line per cycle.

    Example: detente watch gdelt --once --dyads USA-PRK,KOR-PRK
    """
    from detente._monitor import WatchOptions
    from detente.ingest._feed import GdeltFeed

    if interval < 1 and not once and cycles is None:
        raise InputError(f"--interval {interval} is too short; give at least 1 second (GDELT updates every 900)")
    if cycles is not None and cycles < 1:
        raise InputError(f"--cycles {cycles} must be at least 1")
    check_choice(freq, FREQS, "--freq")
    options = WatchOptions(dyads=parse_dyads(dyads), index=IndexOptions(freq=check_freq(freq)))
    s = settings(store)
    n = 0
    with make_client() as client, open_store(s) as st:
        feed = GdeltFeed(client, s.cache_dir)
        while True:
            started = time.monotonic()
            summary = _cycle(st, feed, options, show=not as_json and err_console.is_terminal)
            if as_json:
                emit_json(summary.to_dict())
            else:
                console.print(summary.line(), markup=False, highlight=False, soft_wrap=True)
                for f in summary.files:
                    if f.status == "failed":
                        err_console.print(f"  {f.name}: {f.error}", markup=False, highlight=False, soft_wrap=True)
                for a in summary.alerts:
                    console.print(f"  alert {a.dyad} {a.period}: P(change) {a.probability:.2f}, CXI "
                                  f"{_num(a.previous_cxi)} -> {_num(a.cxi)}", markup=False, highlight=False)
            n += 1
            if once or (cycles is not None and n >= cycles):
                return
            time.sleep(max(0.0, interval - (time.monotonic() - started)))


def _cycle(store: Any, feed: Any, options: Any, *, show: bool) -> Any:
    """One watch cycle, with a progress bar on a terminal."""
    from detente._monitor import watch_cycle

    with _progress(show) as bar:
        task = None if bar is None else bar.add_task("gdelt", total=None)

        def progress(name: str, done: int, total: int) -> None:
            if bar is not None and task is not None:
                bar.update(task, description=name[-40:] or "measuring", completed=done, total=total or None)

        return watch_cycle(store, feed, options=options, progress=progress)


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.1f}"


ALERT_COLUMNS = ("dyad", "period", "probability", "previous_cxi", "cxi", "top_event", "trigger")


def alerts(
    since: Annotated[str | None, typer.Option("--since", help="Only alerts of periods ending on or after this day, "
                                                              "YYYY-MM-DD.")] = None,
    dyad: Annotated[str | None, typer.Option("--dyad", help="Only this dyad, e.g. USA-PRK (either order).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many alerts.")] = None,
    store: StoreOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """List the alerts the watch recorded, newest period first: dyad, period, the probability that a new regime
    began, the CXI before and at the alert, and the events that moved it.

    Example: detente alerts --since 2018-06-01 --dyad USA-PRK --format json
    """
    from detente.store._monitor import alerts as stored_alerts

    check_choice(fmt, ("table", "csv", "json"), "--format")
    day = parse_day(since, "--since") if since else None
    pair = Dyad.parse(dyad) if dyad else None
    s = settings(store)
    with open_store(s) as st:
        found = stored_alerts(st, since=day, dyad=pair, limit=limit)
    rows: list[dict[str, Any]] = []
    for a in found:
        row = a.to_dict()
        top = a.events[0] if a.events else None
        row["top_event"] = None if top is None else (top.get("summary") or f"{top.get('date')} {top.get('source')} "
                                                     f"{top.get('code')} {top.get('target')}")
        rows.append(row)
    _emit_rows(rows, fmt, "alerts", ALERT_COLUMNS,
               {"since": None if day is None else day.isoformat(), "dyad": None if pair is None else str(pair),
                "alerts": rows})


def register(app: typer.Typer) -> None:
    app.add_typer(watch_app, name="watch")
    app.command("alerts")(alerts)

