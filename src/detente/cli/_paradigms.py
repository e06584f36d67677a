"""``detente paradigms``: policy periods by paradigm and what each achieved on both tracks."""

from __future__ import annotations

import csv
import io
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

import detente
from detente.cli._common import (
    DyadOption,
    FormatOption,
    OutOption,
    StoreOption,
    check_choice,
    console,
    emit_json,
    literal,
    settings,
)
from detente.cli._core import parse_day
from detente.model import Dyad

_CSV_COLUMNS = ("id", "name", "paradigm", "contested", "start", "end", "months", "months_with_events", "cxi_mean",
                "cxi_trend_per_year", "nuclear_tests", "crisis_months", "channel_max", "peace_level_max",
                "denuclearization_level_max", "grade_a_steps")


def paradigms(
    dyad: DyadOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Use only what was known by this day.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the bootstrap.")] = 0,
    resamples: Annotated[int, typer.Option("--resamples", min=100, help="Bootstrap resamples.")] = 2000,
    simulate: Annotated[bool, typer.Option("--simulate/--no-simulate",
                                           help="Add the calibrated simulator's outcomes for the same paradigms "
                                                "(the fit is cached in the store).")] = True,
    runs: Annotated[int, typer.Option("--runs", min=100, help="Simulated runs per pairing.")] = 2000,
    fmt: FormatOption = "table",
    out: OutOption = None,
    store: StoreOption = None,
) -> None:
    """Compare policy periods by paradigm: index, tests, milestones per track, with bootstrap intervals.

    Example: detente paradigms --dyad USA-PRK --format json
    """
    check_choice(fmt, ("table", "csv", "json"), "--format")
    s = settings(store, existing=True)
    pair = Dyad.parse(dyad or s.dyad)
    data = detente.paradigms(pair, as_of=parse_day(as_of, "--as-of"), seed=seed, resamples=resamples,
                             simulate=simulate, runs=runs, store=s).to_dict()
    if fmt == "json":
        emit_json(data, out)
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(_CSV_COLUMNS), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(data["periods"])
        if out is None:
            sys.stdout.write(buf.getvalue())
        else:
            out.write_text(buf.getvalue(), encoding="utf-8")
        return
    _print_tables(data)


def _fmt(x: Any) -> str:
    return "" if x is None else (f"{x:.1f}" if isinstance(x, float) else str(x))


def _print_tables(data: dict[str, Any]) -> None:
    t = Table(title=f"{literal(data['dyad'])}: policy periods by paradigm")
    for col in ("period", "paradigm", "months", "CXI mean", "trend/yr", "tests/yr", "crises", "peace max",
                "denuc max"):
        t.add_column(col, overflow="fold")
    for r in data["periods"]:
        tests = ", ".join(f"{k} {v:g}" for k, v in r["tests_per_year"].items())
        label = r["paradigm"] + (" (contested)" if r["contested"] else "")
        t.add_row(f"{literal(r['name'])}\n{r['start']}..{r['end']}", literal(label), str(r["months"]),
                  _fmt(r["cxi_mean"]),
                  _fmt(r["cxi_trend_per_year"]), tests, str(r["crisis_months"]), str(r["peace_level_max"]),
                  str(r["denuclearization_level_max"]))
    console.print(t)
    g = Table(title="paradigm groups (block-bootstrap intervals over months)")
    for col in ("paradigm", "periods", "months", "CXI mean", "interval", "posture days/yr", "crisis months"):
        g.add_column(col)
    for r in data["groups"]:
        lo, hi = r["cxi_interval"]
        g.add_row(literal(r["paradigm"]), str(r["periods"]), str(r["months"]), _fmt(r["cxi_mean"]),
                  f"{_fmt(lo)}..{_fmt(hi)}",
                  _fmt(r["posture_days_per_year"]), str(r["crisis_months"]))
    console.print(g)
    for line in data["statement"]:
        console.print(f"- {literal(line)}", soft_wrap=True)
    sim = data.get("simulation")
    if sim:
        st = Table(title="the simulator for the same paradigms (calibrated; P(coexistence reached), 95% interval)")
        for col in ("paradigm", "US policy", "DPRK type", "P(coexistence)", "interval"):
            st.add_column(col)
        for r in sim["outcomes"]:
            c = r["coexistence"]
            st.add_row(r["paradigm"], r["us"], r["dprk"], f"{c['value']:.3f}", f"{c['low']:.3f}..{c['high']:.3f}")
        console.print(st)
        agree = {True: "agree", False: "disagree", None: "cannot be compared"}[sim["agree_on_order"]]
        console.print(f"- Model and record {agree} on which paradigm does better "
                      f"(model mean P(coexistence): {sim['model_mean_coexistence']}; record mean CXI: "
                      f"{sim['record_mean_cxi']}). {sim['note']}.", soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command("paradigms")(paradigms)
