"""``detente ingest`` and ``detente fetch``: load GDELT, ICEWS and POLECAT files into the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import httpx
import typer
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from detente import __version__, open_store
from detente.cli._common import (
    DyadOption,
    StoreOption,
    check_choice,
    console,
    emit_json,
    err_console,
    literal,
    settings,
)
from detente.cli._scale import check_engine
from detente.errors import InputError
from detente.ingest import DATASETS, DataverseSource, GdeltSource, IngestProgress, IngestResult, ingest_paths
from detente.model import Dyad, iso_day

DatasetArg = Annotated[str, typer.Argument(help="Dataset: gdelt, icews or polecat.", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the ingest runs as JSON.")]
IngestEngineOption = Annotated[str, typer.Option(
    "--engine", help="Where to normalise the rows: duckdb (default) or spark (local Spark; pip install "
    "'detente[spark]' and Java 17+). The store gets the same events and quarantine either way.")]


def make_client() -> httpx.Client:
    """The HTTP client fetch uses (tests replace this function to serve recorded responses)."""
    return httpx.Client(
        timeout=httpx.Timeout(60.0, connect=20.0),
        follow_redirects=True,
        headers={"User-Agent": f"detente/{__version__} (+https://github.com/detente)"},
    )


def _day(value: str, option: str) -> dt.date:
    try:
        return iso_day(value)
    except ValueError:
        raise InputError(f"{option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2018-06-12") from None


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[tuple[Progress | None, dict[str, TaskID]]]:
    if not enabled:
        yield None, {}
        return
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,.0f} rows"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    )
    with bar:
        yield bar, {}


def _ingest(store_path: Path | None, dataset: str, paths: list[str], *, show: bool,
            engine: str = "duckdb") -> list[IngestResult]:
    s = settings(store_path)
    with _progress_bar(show and err_console.is_terminal) as (bar, tasks), open_store(s) as store:

        def progress(p: IngestProgress) -> None:
            if bar is None:
                return
            if p.input not in tasks:
                tasks[p.input] = bar.add_task(literal(_short(p.input)[-40:]), total=None, rate="")
            bar.update(tasks[p.input], completed=p.rows, rate=f"{p.phase} {p.rows_per_second:,.0f} rows/s")

        return ingest_paths(store, dataset, paths, progress=progress, threads=s.threads, engine=engine)


#: ingest runs listed one by one in the results table (--json lists every one)
SHOWN = 30


def _short(name: str) -> str:
    """An input's name without its folder: ``file.tab``, or ``archive.zip:member`` for a zip member (whose own
    name may hold slashes)."""
    cut = name.lower().find(".zip:")
    if cut >= 0:
        return f"{Path(name[:cut + 4]).name}:{name[cut + 5:]}"
    return Path(name).name


def _print_results(results: list[IngestResult], as_json: bool) -> None:
    if as_json:
        emit_json([r.to_dict() for r in results])
        return
    table = Table(title="ingest runs")
    for col in ("input", "layout", "read", "stored", "duplicate", "quarantined", "rows/s"):
        table.add_column(col, justify="left" if col in ("input", "layout") else "right")
    for r in results[:SHOWN]:
        rate = r.rows_read / r.seconds if r.seconds else 0.0
        table.add_row(literal(_short(r.input)), r.layout, f"{r.rows_read:,}", f"{r.stored:,}", f"{r.duplicate:,}",
                      f"{r.quarantined:,}", f"{rate:,.0f}")
    if len(results) > SHOWN:  # a folder of thousands of files: the first ones, then the totals
        rest = results[SHOWN:]
        table.add_row(f"{len(rest):,} more", "", f"{sum(r.rows_read for r in rest):,}",
                      f"{sum(r.stored for r in rest):,}", f"{sum(r.duplicate for r in rest):,}",
                      f"{sum(r.quarantined for r in rest):,}", "")
        table.add_row(f"all {len(results):,}", "", f"{sum(r.rows_read for r in results):,}",
                      f"{sum(r.stored for r in results):,}", f"{sum(r.duplicate for r in results):,}",
                      f"{sum(r.quarantined for r in results):,}", "")
    console.print(table)
    if any(r.quarantined for r in results):
        console.print("Quarantined rows keep their raw text and reason: see 'detente info'.")


def ingest(
    dataset: DatasetArg,
    paths: Annotated[list[str], typer.Argument(help="Files (.csv/.tab/.txt, .zip, .gz), folders or globs.",
                                               show_default=False)],
    store: StoreOption = None,
    as_json: JsonOption = False,
    engine: IngestEngineOption = "duckdb",
) -> None:
    """Load native GDELT, ICEWS or POLECAT files into the store (streamed; re-ingesting adds nothing).

    Layouts are detected: GDELT 1.0 back-file (57 columns) and daily (58), GDELT 2.0 export (61) and Mentions
    (16), ICEWS (20, header), POLECAT (header). Bad rows are quarantined with their reason.

    Example: detente ingest icews events.2018.tab
    """
    check_choice(dataset, DATASETS, "DATASET")
    check_engine(engine)
    results = _ingest(store, dataset, paths, show=not as_json, engine=engine)
    _print_results(results, as_json)


def fetch(
    dataset: DatasetArg,
    start: Annotated[str, typer.Option("--from", help="First day, YYYY-MM-DD.", show_default=False)],
    end: Annotated[str, typer.Option("--to", help="Last day, YYYY-MM-DD.", show_default=False)],
    dyad: DyadOption = None,
    version: Annotated[int | None, typer.Option("--version", help="GDELT 1 or 2 [default: 2 from 2015-02-18]."
                                                )] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Download a dataset from its publisher, then ingest it.

    GDELT: the master file list, then each file (size and MD5 checked, cached, resumable, retried), keeping
    only the dyad's rows while it streams. ICEWS and POLECAT: their Harvard Dataverse files for the years.

    Example: detente fetch gdelt --from 2018-06-01 --to 2018-06-30 --dyad USA-PRK
    """
    check_choice(dataset, DATASETS, "DATASET")
    first, last = _day(start, "--from"), _day(end, "--to")
    s = settings(store)
    pair = Dyad.parse(dyad or s.dyad)
    with make_client() as client, _progress_bar(not as_json and err_console.is_terminal) as (bar, tasks):

        def on_file(name: str, done: int, total: int) -> None:
            if bar is None:
                return
            if "files" not in tasks:
                tasks["files"] = bar.add_task(f"fetch {dataset}", total=total, rate="")
            bar.update(tasks["files"], completed=done, rate=literal(name[-32:]))

        if dataset == "gdelt":
            result = GdeltSource(client, s.cache_dir).fetch(first, last, dyad=pair, version=version,
                                                            progress=on_file)
        else:
            if version is not None:
                raise InputError("--version applies to GDELT only; leave it out for ICEWS and POLECAT")
            result = DataverseSource(client, s.cache_dir, dataset=dataset).fetch(first, last, progress=on_file)
    for url in result.missing:
        err_console.print(f"warning: the server does not have {literal(url, markup=False)} (listed, HTTP 404); skipped",
                          markup=False, highlight=False)
    results = _ingest(store, dataset, [str(p) for p in result.files], show=not as_json) if result.files else []
    _print_results(results, as_json)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("fetch")(fetch)
