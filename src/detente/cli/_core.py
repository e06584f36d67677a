"""``detente report``, ``detente events`` and ``detente info``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

import detente
from detente import open_store
from detente.cli._common import (
    DyadOption,
    FormatOption,
    OutOption,
    StoreOption,
    check_choice,
    console,
    emit_json,
    err_console,
    json_text,
    literal,
    settings,
)
from detente.errors import InputError
from detente.model import Dyad, iso_day

if TYPE_CHECKING:
    import pyarrow as pa

FromOption = Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD (inclusive).")]
ToOption = Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD (inclusive).")]


def parse_day(value: str | None, option: str) -> dt.date | None:
    """A CLI date, or a one-line error that says the expected form."""
    if value is None:
        return None
    try:
        return iso_day(value)
    except ValueError:
        raise InputError(f"{option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2018-06-12") from None


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v) for k, v in row.items()}


def table_rows(table: pa.Table) -> list[dict[str, Any]]:
    """A table's rows as the commands print them: dates as ISO strings."""
    return [_jsonable(r) for r in table.to_pylist()]


def report(
    dyad: DyadOption = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("detente-report.html"),
    start: FromOption = None,
    end: ToOption = None,
    png: Annotated[Path | None, typer.Option("--png", help="Also write each chart as PNG into this folder "
                                                           "(needs the kaleido package).")] = None,
    thin: Annotated[int, typer.Option("--thin-events", min=0, help="A month with fewer events than this is thin "
                                                                   "(hollow in the index chart; 0: none is).")] = 3,
    store: StoreOption = None,
) -> None:
    """Judge a dyad on the store's data and write a self-contained HTML report (works offline).

    On first run the store is built from the bundled US-DPRK record.

    Example: detente report --dyad USA-PRK --out usa-prk.html
    """
    from detente.report import ReportOptions, build_report

    s = settings(store)
    pair = Dyad.parse(dyad or s.dyad)
    with open_store(s) as st:
        rep = build_report(st, ReportOptions(dyad=pair, start=parse_day(start, "--from"), end=parse_day(end, "--to"),
                                             thin_events=thin))
    out.write_text(rep.html, encoding="utf-8")
    if png is not None:
        from detente.report import export_png

        written = export_png(rep, png)
        err_console.print(f"wrote {len(written)} PNG charts to {literal(png)}")
    _print_summary(rep.summary)
    console.print(f"\nReport written to [bold]{literal(out)}[/bold] ({out.stat().st_size / 1e6:.1f} MB, "
                  "opens offline).")


def _print_summary(summary: dict[str, Any]) -> None:
    from rich.table import Table

    table = Table(title=f"detente: {literal(summary['dyad'])}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    verdict = summary.get("verdict")
    if verdict:
        table.add_row("verdict", literal(verdict))
    table.add_row("events", f"{summary['events']} ({summary['first']} to {summary['last']})")
    table.add_row("tracks", literal(", ".join(f"{k} {v}" for k, v in summary["tracks"].items())))
    table.add_row("milestones", str(summary["milestones"]))
    for key, label in (("highest_cxi_month", "most cooperative month"),
                       ("lowest_cxi_month", "most conflictual month")):
        m = summary.get(key)
        if m:
            band = "" if m["cxi_low"] is None else f" ({m['cxi_low']:.1f}-{m['cxi_high']:.1f})"
            lean = "" if m["balance"] is None else f", balance {m['balance']:+.2f}"
            table.add_row(label, f"{m['month']:%b %Y}: CXI {m['cxi']:.1f}{band}{lean}, {m['events']} events")
    for key, value in summary.items():
        if key.startswith("judge_"):
            table.add_row(key.removeprefix("judge_").replace("_", " "), literal(value))
    console.print(table)


EVENT_FORMATS = ("table", "csv", "json", "jsonl", "parquet")


def events(
    dyad: DyadOption = None,
    start: FromOption = None,
    end: ToOption = None,
    dataset: Annotated[list[str] | None, typer.Option("--dataset", help="Only this dataset (repeatable).")] = None,
    track: Annotated[list[str] | None, typer.Option("--track", help="Only this track (repeatable).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most this many events.")] = None,
    fmt: FormatOption = "table",
    out: OutOption = None,
    engine: Annotated[str, typer.Option("--engine", help="Where to read: duckdb (default) or spark.")] = "duckdb",
    store: StoreOption = None,
) -> None:
    """List the events of a dyad (both directions), oldest first.

    Example: detente events --dyad USA-PRK --from 2018-06-01 --to 2018-06-30 --format json
    """
    check_choice(fmt, EVENT_FORMATS, "--format")
    from rich.table import Table

    from detente.store import ENGINES

    check_choice(engine, ENGINES, "--engine")
    if fmt == "parquet" and out is None:
        raise InputError("--format parquet writes a file; add --out FILE.parquet")
    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    s = settings(store, existing=True)
    if first is not None and last is not None and first > last:
        raise InputError(f"--from {first} is after --to {last}; swap them")
    pair = Dyad.parse(dyad or s.dyad)
    table = detente.events(pair, start=first, end=last, datasets=dataset or (), tracks=track or (), limit=limit,
                           engine=engine, store=s)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert out is not None
        pq.write_table(table, out)
        err_console.print(f"wrote {table.num_rows} events to {literal(out)}")
        return
    rows = table_rows(table)
    if fmt == "json":
        emit_json(rows, out)
        return
    if fmt in ("jsonl", "csv"):
        buf = io.StringIO()
        if fmt == "jsonl":
            for r in rows:
                buf.write(json_text(r) + "\n")
        else:
            writer = csv.DictWriter(buf, fieldnames=table.column_names, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        if out is None:
            sys.stdout.write(buf.getvalue())
        else:
            out.write_text(buf.getvalue(), encoding="utf-8")
        return
    view = Table(title=f"{literal(pair)}: {len(rows)} events")
    for col in ("date", "source", "target", "code", "goldstein", "track", "dataset", "summary"):
        view.add_column(col, overflow="fold")
    for r in rows:
        g = r["goldstein"]
        view.add_row(*(literal(x) for x in (
            r["date"], r["source"], r["target"], r["code"], "" if g is None else f"{g:+.1f}", r["track"],
            r["dataset"], (r["summary"] or r["sentence"] or r["url"] or "")[:120])))
    if out is not None:
        with out.open("w", encoding="utf-8") as fh:
            from rich.console import Console

            Console(file=fh, width=200, emoji=False).print(view)
    else:
        console.print(view)


def info(
    fmt: FormatOption = "table",
    store: StoreOption = None,
) -> None:
    """Show what the store holds: datasets, counts, date range, ingest runs, quarantine.

    Example: detente info --format json
    """
    from rich.table import Table

    check_choice(fmt, ("table", "json"), "--format")
    with open_store(settings(store, existing=True)) as st:
        data = st.info()
    if fmt == "json":
        emit_json(_jsonable({**data, "datasets": [_jsonable(d) for d in data["datasets"]],
                             "ingest_runs": [_jsonable(r) for r in data["ingest_runs"]]}))
        return
    console.print(f"store [bold]{literal(data['store'])}[/bold] (schema v{data['schema_version']}): "
                  f"{data['events']} events, {data['quarantined']} quarantined rows, {data['milestones']} milestones")
    ds = Table(title="datasets")
    for col in ("name", "events", "first", "last", "read"):
        ds.add_column(col)
    for d in data["datasets"]:
        ds.add_row(literal(d["name"]), str(d["events"]), str(d["first"]), str(d["last"]),
                   "when named" if d.get("named_only") else "always")
    console.print(ds)
    named = [d["name"] for d in data["datasets"] if d.get("named_only")]
    if named:
        console.print(f"{literal(', '.join(named))}: read only by a command that names it "
                      f"(--dataset {literal(named[0])}); "
                      f"the event count above leaves it out")
    runs = Table(title="ingest runs")
    for col in ("run", "input", "dataset", "read", "stored", "duplicate", "quarantined", "status", "finished"):
        runs.add_column(col, overflow="fold")
    for r in data["ingest_runs"][-20:]:
        runs.add_row(str(r["run_id"]), literal(r["input"]), literal(r["dataset"]), str(r["rows_read"]),
                     str(r["stored"]), str(r["duplicate"]), str(r["quarantined"]), literal(r["status"]),
                     str(r["finished"])[:19])
    console.print(runs)


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.command("events")(events)
    app.command("info")(info)
