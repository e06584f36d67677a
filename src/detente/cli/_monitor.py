"""``detente watch gdelt`` and ``detente alerts``: the world monitor on GDELT's 15-minute feed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, cast

import typer

from detente import open_store
from detente.cli._common import StoreOption, check_choice, console, emit_json, err_console, settings
from detente.cli._core import parse_day
from detente.cli._judge import _emit_rows
from detente.errors import InputError
from detente.measure import FREQS, Freq, IndexOptions
from detente.model import Dyad

watch_app = typer.Typer(help="Watch a live feed: ingest each new file, re-measure the dyads it touches, record "
                        "alerts.", no_args_is_help=True, rich_markup_mode=None)

DyadsOption = Annotated[str, typer.Option(
    "--dyads", help="Dyads to measure and alert: 'all' or a list like USA-PRK,CHN-USA (every row is stored).")]
FreqOption = Annotated[str, typer.Option("--freq", help="Resolution of the index: week, month or quarter.")]
FeedOption = Annotated[str | None, typer.Option(
    "--feed", help="Where the feed is read: GDELT 2.0's address (the default), another address serving the same "
    "files, or a local folder holding lastupdate.txt, masterfilelist.txt and the files (a mirror, or a recorded "
    "day replayed).")]


def parse_dyads(text: str) -> tuple[Dyad, ...] | None:
    """``all`` (None) or comma-separated dyads."""
    if text.strip().lower() in ("", "all"):
        return None
    return tuple(Dyad.parse(part) for part in text.split(",") if part.strip())


def make_client() -> Any:
    """The HTTP client the watch uses (tests replace it with one serving the recorded feed)."""
    from detente.cli._ingest import make_client as client

    return client()


def feed_source(feed: str | None) -> tuple[str | None, Path | None]:
    """``--feed``: an address to read the feed from, or a local folder holding a copy of it (None, None: GDELT)."""
    if feed is None or not feed.strip():
        return None, None
    if feed.startswith(("http://", "https://")):
        return feed, None
    folder = Path(feed).expanduser()
    if not folder.is_dir():
        raise InputError(f"--feed {feed!r} is neither an http(s) address nor a folder; give the feed's address or a "
                         "folder holding lastupdate.txt")
    if not (folder / "lastupdate.txt").is_file():
        raise InputError(f"--feed {feed}: the folder holds no lastupdate.txt; copy the feed's lists and files into it")
    return None, folder


@contextmanager
def _feed_client(folder: Path | None) -> Iterator[Any]:
    if folder is None:
        with make_client() as client:
            yield client
        return
    import httpx

    from detente.ingest import FolderTransport

    with httpx.Client(transport=FolderTransport(folder)) as client:
        yield client


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
    feed: FeedOption = None,
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print each cycle's summary as JSON.")] = False,
    memory_limit: Annotated[str, typer.Option(
        "--memory-limit", help="The most memory DuckDB may keep for the store while the watch runs (384MB, 2GB); "
        "it caches what it reads up to this.")] = "384MB",
) -> None:
    """Watch GDELT 2.0: read the last-update list every --interval seconds, download each new export and mentions
    file (size and MD5 checked), ingest it, re-measure the dyads it touched and record alerts when a dyad's online
    change-point flag goes up. Missed intervals are caught up from the master list; a file already ingested adds
    nothing; stopped at any point (Ctrl+C), the next run resumes where it stopped. One summary line per cycle.

    Example: detente watch gdelt --once --dyads USA-PRK,KOR-PRK
    """
    from detente import WatchOptions
    from detente.ingest import GdeltFeed

    if interval < 1 and not once and cycles is None:
        raise InputError(f"--interval {interval} is too short; give at least 1 second (GDELT updates every 900)")
    if cycles is not None and cycles < 1:
        raise InputError(f"--cycles {cycles} must be at least 1")
    check_choice(freq, FREQS, "--freq")
    base, folder = feed_source(feed)
    options = WatchOptions(dyads=parse_dyads(dyads), index=IndexOptions(freq=cast(Freq, freq)),
                           memory_limit=memory_limit)
    s = settings(store)
    n = 0
    with _feed_client(folder) as client, open_store(s) as st:
        source = GdeltFeed(client, s.cache_dir) if base is None else GdeltFeed(client, s.cache_dir, base=base)
        while True:
            started = time.monotonic()
            summary = _cycle(st, source, options, show=not as_json and err_console.is_terminal)
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
    from detente import watch_cycle

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
    from detente.store import alerts as stored_alerts

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
        row["top_event"] = _event_text(top)
        rows.append(row)
    _emit_rows(rows, fmt, "alerts", ALERT_COLUMNS,
               {"since": None if day is None else day.isoformat(), "dyad": None if pair is None else str(pair),
                "alerts": rows})


CSV_COLUMNS = ("dyad", "events", "cxi", "cxi_low", "cxi_high", "trend", "coexistent", "evidence",
               "last_change_point", "alert", "change_probability", "regime_start", "period", "latest_cxi", "change",
               "top_event")


def dyads(
    start: Annotated[str | None, typer.Option("--from", help="First day of the window, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day of the window, YYYY-MM-DD.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Use only what was known on this day.")] = None,
    top: Annotated[int | None, typer.Option("--top", help="Show the first N rows only.")] = None,
    sort: Annotated[str, typer.Option("--sort", help="change (alerts first, then the largest latest move), cxi, "
                                                     "events or name.")] = "change",
    min_events: Annotated[int, typer.Option("--min-events", help="Only dyads with at least N events.")] = 0,
    country: Annotated[str | None, typer.Option("--country", help="Only dyads of this country, e.g. PRK.")] = None,
    freq: FreqOption = "month",
    dataset: Annotated[list[str] | None, typer.Option("--dataset", help="Only this dataset (repeatable).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="Where to compute: duckdb (in place, default) or spark "
                                                         "(local Spark; pip install 'detente[spark]').")] = "duckdb",
    master: Annotated[str | None, typer.Option("--master", help="Spark master URL with --engine spark, e.g. "
                                                               "spark://head:7077 or local[4] (default local[2]); "
                                                               "the store must sit at the same path on every "
                                                               "node.")] = None,
    store: StoreOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """Every dyad in the store, one row each, judged as 'detente judge' judges one: the current regime's CXI with
    its interval, trend, coexistence (or insufficient evidence), the last change point, the live alert flag and
    the latest period's top event; computed for all dyads in one pass over the store.

    Example: detente dyads --country PRK --sort cxi --format json
    """
    from detente.cli._scale import check_engine
    from detente.judge import WORLD_SORTS, JudgeOptions, world_from_store, world_on
    from detente.store import engine_for

    check_choice(fmt, ("table", "csv", "json"), "--format")
    check_choice(sort, WORLD_SORTS, "--sort")
    check_choice(freq, FREQS, "--freq")
    check_engine(engine)
    if master is not None and engine != "spark":
        raise InputError(f"--master {master} needs --engine spark (DuckDB runs in this process)")
    options = JudgeOptions(index=IndexOptions(freq=cast(Freq, freq)))
    first = parse_day(start, "--from") if start else None
    last = parse_day(end, "--to") if end else None
    known = parse_day(as_of, "--as-of") if as_of else None
    filters: dict[str, Any] = {"sort": sort, "min_events": min_events, "country": country, "top": top}
    s = settings(store)
    with open_store(s) as st:
        if engine == "duckdb":
            table = world_from_store(st, options=options, datasets=tuple(dataset or ()), start=first, end=last,
                                     as_of=known, **filters)
        else:
            with engine_for(engine, st, **({} if master is None else {"master": master})) as eng:
                table = world_on(eng, options=options, datasets=tuple(dataset or ()), start=first, end=last,
                                 as_of=known, **filters)
    data = table.to_dict()
    rows = data["dyads"]
    title = f"{len(rows)} of {data['dyads_total']} dyads ({freq}ly index)"
    if fmt == "json":
        emit_json(data)
    elif fmt == "csv":
        _emit_rows([{**r, "top_event": _event_text(r["top_event"])} for r in rows], fmt, title, CSV_COLUMNS, data)
    else:
        _dyad_table(rows, title)


def _dyad_table(rows: list[dict[str, Any]], title: str) -> None:
    """The world table on a terminal: one line per dyad."""
    from rich import box
    from rich.table import Table

    view = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    # the dyad, its figures and its judgement take about 95 characters and the top event the rest of the line; a
    # terminal narrower than 100 gets them without the change point, "undetermined" trends as "-", and no event
    narrow = console.width < 100
    names = ["dyad", "events", "CXI [interval]", "trend", "coexistent", "evidence", "change point", "alert"]
    if narrow:
        names.remove("change point")
    for name in names:
        view.add_column(name, no_wrap=True, justify="right" if name == "events" else "left")
    event_width = console.width - 100
    if event_width >= 16:
        view.add_column("top event", no_wrap=True, overflow="ellipsis", max_width=event_width)
    word = {True: "yes", False: "no", None: "-"}
    for r in rows:
        band = "-" if r["cxi"] is None else f"{r['cxi']:.1f} [{r['cxi_low']:.1f}-{r['cxi_high']:.1f}]"
        trend = "-" if narrow and r["trend"] == "undetermined" else r["trend"]
        cells = [r["dyad"], f"{r['events']:,}", band, trend, word[r["coexistent"]], r["evidence"],
                 r["last_change_point"] or "-", "ALERT" if r["alert"] else ""]
        if narrow:
            del cells[6]
        if event_width >= 16:
            cells.append((_event_text(r["top_event"]) or "-")[:120])
        view.add_row(*cells)
    console.print(view)


def _event_text(event: dict[str, Any] | None) -> str | None:
    if not event:
        return None
    return str(event.get("summary") or f"{event.get('date')} {event.get('source')} {event.get('code')} "
               f"{event.get('target')}")


def register(app: typer.Typer) -> None:
    app.add_typer(watch_app, name="watch")
    app.command("alerts")(alerts)
    app.command("dyads")(dyads)

