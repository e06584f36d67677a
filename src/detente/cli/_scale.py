"""``detente archive export|import|cluster`` and ``detente sql gdelt-bigquery``; the ``--engine`` option.

Other commands take :data:`EngineOption` and run their computation through
``detente.store.engine_for(name, store)``: ``duckdb`` (default) or ``spark``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from detente import open_store
from detente.cli._common import DyadOption, StoreOption, check_choice, emit_json, err_console, literal, settings
from detente.cli._core import parse_day
from detente.errors import InputError
from detente.model import Dyad
from detente.store import BIGQUERY_GDELT_TABLE, ENGINES, export_archive, gdelt_bigquery_sql, import_archive

#: ``--engine duckdb|spark`` for the commands that compute over the events (index, scorecard, events)
EngineOption = Annotated[str, typer.Option(
    "--engine", help="Where to compute: duckdb (in place, default) or spark (local Spark; pip install "
    "'detente[spark]' and Java 17+).")]

archive_app = typer.Typer(help="Move the store to and from a Parquet archive (partitioned by dataset/year/month), "
                          "or cluster it by dyad.",
                          no_args_is_help=True, rich_markup_mode=None)
sql_app = typer.Typer(help="Print SQL to pull events from hosted copies of the datasets.", no_args_is_help=True,
                      rich_markup_mode=None)


def check_engine(name: str) -> str:
    """``name`` if it is a known engine; a usage error that lists them otherwise."""
    return check_choice(name, ENGINES, "--engine")


@archive_app.command("export")
def archive_export(
    path: Annotated[Path, typer.Argument(help="New (or empty) folder for the archive.")],
    store: StoreOption = None,
) -> None:
    """Write the store as a Parquet archive: events/dataset=D/year=Y/month=M/*.parquet plus catalog.duckdb
    (runs, quarantine, ledger). Open it with --store PATH/ ; DuckDB and Spark read it in place.

    Example: detente archive export ./detente-archive
    """
    s = settings(store)
    with open_store(s) as st:
        result = export_archive(st, path)
    err_console.print(f"wrote {result['events']} events in {result['files']} files to {literal(result['archive'])}")
    emit_json(result)


@archive_app.command("cluster")
def archive_cluster(store: StoreOption = None) -> None:
    """Rewrite the store's events in dyad order (source country, target country, date), so that a dyad's
    queries read a few row groups instead of all: at 50M events the dyad index goes from about a minute to
    under a second (docs/scale.md). Run it once after a bulk ingest; nothing visible changes. An archive
    folder is written in this order already.

    Example: detente archive cluster --store big.duckdb
    """
    import time

    s = settings(store)
    started = time.perf_counter()
    with open_store(s) as st:
        events = st.cluster()
    seconds = round(time.perf_counter() - started, 3)
    err_console.print(f"clustered {events} events in {seconds} s ({literal(s.store, markup=False)})", markup=False,
                      highlight=False)
    emit_json({"store": str(s.store), "events": events, "seconds": seconds})


@archive_app.command("import")
def archive_import(
    path: Annotated[Path, typer.Argument(help="An archive folder, or a .parquet/.csv file of canonical events.")],
    dataset: Annotated[str | None, typer.Option("--dataset", help="Dataset name for every row (a file without "
                                                                  "a dataset column needs it).")] = None,
    store: StoreOption = None,
) -> None:
    """Load an archive (events and ledger) or a file of canonical events into the store; re-importing adds
    nothing (upsert by dataset and key).

    Example: detente archive import gdelt-usa-prk.csv --dataset gdelt
    """
    s = settings(store)
    with open_store(s) as st:
        runs = import_archive(st, path, dataset=dataset)
    rows = [{"dataset": r.dataset, "read": r.rows_read, "stored": r.stored, "duplicate": r.duplicate} for r in runs]
    for r in rows:
        err_console.print(f"{literal(r['dataset'])}: {r['read']} read, {r['stored']} stored, "
                          f"{r['duplicate']} duplicate")
    emit_json({"input": str(path), "runs": rows})


@sql_app.command("gdelt-bigquery")
def sql_gdelt_bigquery(
    dyad: DyadOption = None,
    start: Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD (required).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD (required).")] = None,
    table: Annotated[str, typer.Option("--table", help="The GDELT events table to read.")] = BIGQUERY_GDELT_TABLE,
    root_only: Annotated[bool, typer.Option("--root-only", help="Only GDELT's root events.")] = False,
) -> None:
    """Print BigQuery SQL over GDELT's public tables that yields canonical events of the dyad. Run it in
    BigQuery, save the result as CSV or Parquet, then: detente archive import FILE --dataset gdelt

    Example: detente sql gdelt-bigquery --dyad USA-PRK --from 2017-01-01 --to 2019-12-31
    """
    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    if first is None or last is None:
        raise InputError("give both --from and --to (YYYY-MM-DD): BigQuery bills by the data a query reads")
    pair = Dyad.parse(dyad or settings().dyad)
    sys.stdout.write(gdelt_bigquery_sql(pair, first, last, table=table, root_only=root_only))


def register(app: typer.Typer) -> None:
    app.add_typer(archive_app, name="archive")
    app.add_typer(sql_app, name="sql")
