"""``detente index``, ``detente scorecard``, ``detente milestones`` and ``detente judge``."""

from __future__ import annotations

import csv
import io
import sys
from typing import Annotated, Any

import typer
from rich import box
from rich.table import Table

import detente
from detente.cli._common import DyadOption, StoreOption, check_choice, console, emit_json, literal, settings
from detente.cli._core import parse_day, table_rows
from detente.cli._scale import EngineOption, check_engine
from detente.measure import (
    DEDUP_MODES,
    FREQS,
    EvidenceOptions,
    IndexOptions,
    ScorecardOptions,
    diagnostics_sentences,
)
from detente.model import Dyad

FreqOption = Annotated[str, typer.Option("--freq", help="Resolution: week, month or quarter.")]
StartOption = Annotated[str | None, typer.Option("--from", help="First day shown, YYYY-MM-DD.")]
EndOption = Annotated[str | None, typer.Option("--to", help="Last day shown, YYYY-MM-DD.")]
DatasetOption = Annotated[list[str] | None, typer.Option("--dataset", help="Only this dataset (repeatable).")]
WeightsOption = Annotated[str | None, typer.Option(
    "--weights", help="CXI weights: five numbers (balance, material_conflict, material_cooperation, channel, "
    "pressure), named ones like balance=0.5,channel=0.5, or 'equal' / 'balance'.")]
DedupOption = Annotated[str, typer.Option("--dedup", help="De-duplication: none, exact or min-sources.")]
AsOfOption = Annotated[str | None, typer.Option("--as-of", help="Use only what was known on this day, YYYY-MM-DD.")]
N0Option = Annotated[float | None, typer.Option(
    "--n0", min=0.0, help="Pseudo-count of the evidence weighting, in events of mass (default: the dyad's median "
    "event mass of the periods with events; 0: raw shares).")]
IntervalOption = Annotated[float, typer.Option("--interval", min=0.01, max=0.99,
                                               help="Coverage of the intervals, e.g. 0.8 or 0.95.")]
#: the index's default count below which a period is thin
THIN_EVENTS = EvidenceOptions().thin_events
SeedOption = Annotated[int, typer.Option("--seed", help="Seed of the bootstrap behind the intervals.")]
ThinOption = Annotated[int, typer.Option(
    "--thin-events", min=0, help="A period with fewer events than this is thin (marked in tables, hollow in "
    "charts; 0: none is).")]


def _cell(value: Any, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return literal(value)


def _emit_rows(rows: list[dict[str, Any]], fmt: str, title: str, columns: tuple[str, ...],
               payload: dict[str, Any]) -> None:
    if fmt == "json":
        emit_json(payload)
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: ("" if r.get(k) is None else r[k]) for k in columns} for r in rows])
        sys.stdout.write(buf.getvalue())
        return
    view = Table(title=title)
    for i, c in enumerate(columns):
        view.add_column(c, overflow="fold", no_wrap=i == 0)
    for r in rows:
        view.add_row(*(_cell(r.get(c)) for c in columns))
    console.print(view)


#: the csv columns (json carries the same fields)
INDEX_CSV_COLUMNS = ("period", "start", "end", "cxi", "cxi_low", "cxi_high", "thin", "events", "balance",
                     "balance_low", "balance_high", "material_conflict", "material_conflict_low",
                     "material_conflict_high", "material_cooperation", "material_cooperation_low",
                     "material_cooperation_high", "channel", "pressure", "cooperation_intensity",
                     "conflict_intensity")


def index(
    dyad: DyadOption = None,
    freq: FreqOption = "month",
    start: StartOption = None,
    end: EndOption = None,
    weights: WeightsOption = None,
    dataset: DatasetOption = None,
    dedup: DedupOption = "exact",
    as_of: AsOfOption = None,
    n0: N0Option = None,
    interval: IntervalOption = 0.8,
    seed: SeedOption = 0,
    thin: ThinOption = THIN_EVENTS,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    engine: EngineOption = "duckdb",
    store: StoreOption = None,
) -> None:
    """The coexistence index (CXI, 0..100) per period, with its five components.

    Each CXI comes with its 80% interval (cxi_low..cxi_high, a seeded bootstrap over the period's event-days);
    'thin' marks periods with fewer than 3 events (--thin-events). A period without events shows '-' (null in
    csv/json): it has no balance and no CXI.

    Example: detente index --dyad USA-PRK --from 2017-01-01 --to 2019-12-31 --format csv
    """
    check_choice(fmt, ("table", "csv", "json"), "--format")
    check_choice(freq, FREQS, "--freq")
    check_choice(dedup, DEDUP_MODES, "--dedup")
    check_engine(engine)
    s = settings(store, existing=True)
    pair = Dyad.parse(dyad or s.dyad)
    # the SQL written once for every engine (measure/_sql.py), identical to the numpy path
    evidence = EvidenceOptions(n0=n0, level=interval, seed=seed, thin_events=thin)
    table = detente.index(pair, freq=freq, weights=weights or "default", dedup=dedup, datasets=dataset or (),
                          start=parse_day(start, "--from"), end=parse_day(end, "--to"),
                          as_of=parse_day(as_of, "--as-of"), options=IndexOptions(evidence=evidence),
                          engine=engine, store=s)
    rows, meta = table_rows(table), detente.metadata(table)
    if fmt == "table":
        _index_table(rows, f"{pair}: coexistence index by {freq}", meta["meta"]["options"]["evidence"]["level"])
        return
    _emit_rows(rows, fmt, f"{pair}: coexistence index by {freq}", INDEX_CSV_COLUMNS, {**meta, "rows": rows})


def _index_table(rows: list[dict[str, Any]], title: str, level: float) -> None:
    """The index as a compact table: the CXI with its band, the events (thin periods marked), the components."""
    view = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False,
                 caption=f"band: the {level:.0%} interval; thin: too few events to trust alone. B balance, "
                         "M material conflict, K material cooperation, C channel, X pressure; coop/conf: "
                         "intensities (csv and json carry every field)")
    for c in ("period", "CXI", "band", "events", "B", "M", "K", "C", "X", "coop", "conf"):
        view.add_column(c, no_wrap=True, justify="left" if c == "period" else "right")
    for r in rows:
        band = "-" if r["cxi_low"] is None else f"{r['cxi_low']:.0f}-{r['cxi_high']:.0f}"
        events = f"{r['events']} thin" if r["thin"] and r["events"] else str(r["events"])
        view.add_row(r["period"], _cell(r["cxi"], 1), band, events,
                     *(_cell(r[k]) for k in ("balance", "material_conflict", "material_cooperation")),
                     _cell(r["channel"], 0), _cell(r["pressure"]),
                     _cell(r["cooperation_intensity"], 1), _cell(r["conflict_intensity"], 1))
    console.print(view)


SCORE_COLUMNS = ("period", "peace", "denuclearization", "peace_grade_a", "denuclearization_grade_a", "peace_steps",
                 "denuclearization_steps", "action_for_action")


def scorecard(
    dyad: DyadOption = None,
    freq: FreqOption = "month",
    start: StartOption = None,
    end: EndOption = None,
    as_of: AsOfOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    engine: EngineOption = "duckdb",
    store: StoreOption = None,
) -> None:
    """The peace and the denuclearization track per period (never merged), with the sequencing diagnostics:
    lead-lag, reciprocity ratio and action-for-action balance.

    Example: detente scorecard --dyad USA-PRK --from 2018-01-01 --to 2019-12-31
    """
    check_choice(fmt, ("table", "csv", "json"), "--format")
    check_choice(freq, FREQS, "--freq")
    check_engine(engine)
    s = settings(store, existing=True)
    pair = Dyad.parse(dyad or s.dyad)
    table = detente.scorecard(pair, freq=freq, start=parse_day(start, "--from"), end=parse_day(end, "--to"),
                              as_of=parse_day(as_of, "--as-of"), engine=engine, store=s)
    rows, d = table_rows(table), detente.metadata(table)["diagnostics"]
    _emit_rows(rows, fmt, f"{pair}: two tracks by {freq}", SCORE_COLUMNS,
               {"dyad": str(pair), "rows": rows, "diagnostics": d})
    if fmt == "table":
        for sentence in diagnostics_sentences(d, reciprocity_days=ScorecardOptions().reciprocity_days):
            console.print(literal(sentence), highlight=False)


MILESTONE_COLUMNS = ("date", "end", "track", "kind", "level", "grade", "channel", "summary", "citation")


def milestones(
    dyad: DyadOption = None,
    track: Annotated[str | None, typer.Option("--track", help="peace or denuclearization.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    store: StoreOption = None,
) -> None:
    """The milestone ledger: each step on the two tracks, its level (0..4) and evidence grade (A/B/C).

    Example: detente milestones --dyad USA-PRK --track denuclearization
    """
    check_choice(fmt, ("table", "csv", "json"), "--format")
    if track is not None:
        check_choice(track, ("peace", "denuclearization"), "--track")
    s = settings(store, existing=True)
    pair = Dyad.parse(dyad or s.dyad)
    rows = table_rows(detente.milestones(pair, track=track, store=s))
    _emit_rows(rows, fmt, f"{pair}: milestone ledger ({len(rows)} steps)", MILESTONE_COLUMNS,
               {"dyad": str(pair), "rows": rows})


def judge(
    dyad: DyadOption = None,
    as_of: AsOfOption = None,
    sensitivity: Annotated[bool, typer.Option("--sensitivity", help="Rerun with other weights, de-duplication "
                                                                    "filters and sources; label each conclusion "
                                                                    "robust or fragile.")] = False,
    freq: FreqOption = "month",
    weights: WeightsOption = None,
    dataset: DatasetOption = None,
    n0: N0Option = None,
    thin: ThinOption = THIN_EVENTS,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    store: StoreOption = None,
) -> None:
    """Judge whether the dyad coexists peacefully: regimes, the current regime and its trend, open channels,
    both tracks, the paradigm it resembles, and the events that moved the index most, with their sources.

    Example: detente judge --dyad USA-PRK --as-of 2019-02-14 --sensitivity
    """
    check_choice(fmt, ("text", "json"), "--format")
    check_choice(freq, FREQS, "--freq")
    s = settings(store, existing=True)
    pair = Dyad.parse(dyad or s.dyad)
    v = detente.judge(pair, as_of=parse_day(as_of, "--as-of"), sensitivity=sensitivity, freq=freq,
                      weights=weights or "default", datasets=dataset or (), n0=n0, thin=thin, store=s)
    if fmt == "json":
        emit_json(v.to_dict())
        return
    console.print(literal(v.verdict, markup=False, multiline=True), markup=False, highlight=False)
    if v.evidence:
        view = Table(title="Evidence: the events that moved the index most")
        for c in ("date", "impact", "event", "source"):
            view.add_column(c, overflow="fold")
        for e in sorted(v.evidence, key=lambda e: (-abs(e["impact"]), e["date"], e["key"])):
            view.add_row(literal(e["date"]), f"{e['impact']:+.1f}", literal(e["summary"] or f"CAMEO {e['code']}"),
                         literal(e["citation"] or e["url"] or e["dataset"]))
        console.print(view)
    if v.sensitivity is not None:
        view = Table(title="Sensitivity")
        for c in ("conclusion", "base", "label", "flipped by"):
            view.add_column(c, overflow="fold")
        for name, c in v.sensitivity["conclusions"].items():
            view.add_row(name, _cell(c["base"]), literal(c["label"]), literal(", ".join(c["flipped_by"]) or "-"))
        console.print(view)


def register(app: typer.Typer) -> None:
    app.command("index")(index)
    app.command("scorecard")(scorecard)
    app.command("milestones")(milestones)
    app.command("judge")(judge)
