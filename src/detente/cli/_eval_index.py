"""``detente eval index``: the index against an independent record (dated provocations or labelled periods)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated, Any

import typer

from detente.cli._common import DyadOption, StoreOption, check_choice, console, emit_json, settings
from detente.errors import InputError


def _read_truth(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise InputError(f"no truth file at {path}; pass a CSV with a header (provocations: date; periods: "
                         "start, end, label)")
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [dict(r) for r in csv.DictReader(handle)]
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text; save the truth file as UTF-8 CSV") from None
    except csv.Error as err:
        raise InputError(f"{path} is not a readable CSV ({err}); check its quoting") from None


def _pooled(paths: list[Path]) -> list[dict[str, str]]:
    """The rows of every truth file, in order; the files must share the columns the kind needs."""
    if not paths:
        raise InputError("pass the independent record with --truth FILE.csv")
    return [row for path in paths for row in _read_truth(path)]


def eval_index(
    truth: Annotated[list[Path], typer.Option("--truth", help="The independent record: a CSV file (repeatable: "
                                                              "the files' rows are pooled, e.g. missile tests "
                                                              "and nuclear tests).")],
    kind: Annotated[str, typer.Option("--kind", help="provocations (a 'date' per event) or periods ('start', "
                                                     "'end', 'label' crisis|detente per span).")],
    dyad: DyadOption = None,
    max_lag: Annotated[int, typer.Option("--max-lag", help="Largest lead or lag tried, in months.")] = 6,
    utc_offset: Annotated[float | None, typer.Option(
        "--utc-offset", help="Hours from UTC of the index's days (the bundled US-DPRK record: 9, the day in "
                             "Korea); a provocation whose row gives its time in UTC ('21:42 (UTC)', or a "
                             "time_utc column) is counted on that day. Default: every date as written.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    store: StoreOption = None,
) -> None:
    """Compare the monthly index with an independent record: dated provocations (the correlation of CXI and of
    pressure with their monthly count, and the best lead or lag) or labelled periods (the share of months whose
    regime agrees with the label).

    Example: detente eval index --truth missile_tests.csv --kind provocations --utc-offset 9
    Example: detente eval index --truth evals/index/us_dprk_periods.csv --kind periods --format json
    """
    from detente import open_store
    from detente.judge import (
        parse_periods,
        parse_provocations,
        validate_periods,
        validate_provocations,
        verdict_from_store,
    )
    from detente.model import Dyad

    check_choice(kind, ("provocations", "periods"), "--kind")
    check_choice(fmt, ("text", "json"), "--format")
    if max_lag < 0 or max_lag > 24:
        raise InputError(f"--max-lag {max_lag} is outside 0..24 months")
    rows = _pooled(truth)
    s = settings(store)
    pair = Dyad.parse(dyad or s.dyad)
    parsed: Any = (parse_provocations(rows, utc_offset=utc_offset) if kind == "provocations"
                   else parse_periods(rows))
    with open_store(s) as st:
        verdict = verdict_from_store(st, pair)
    if kind == "provocations":
        out = validate_provocations(verdict.series, parsed, max_lag=max_lag)
    else:
        out = validate_periods(verdict.series, verdict.regimes, parsed, threshold=verdict.options.threshold)
    out = {"dyad": str(pair), "truth_files": [str(t) for t in truth], **out}
    if kind == "provocations":
        out["utc_offset"] = utc_offset
    if fmt == "json":
        emit_json(out)
        return
    def say(text: str) -> None:
        console.print(text, highlight=False, markup=False, soft_wrap=True)

    say(f"{pair} against {', '.join(str(t) for t in truth)} ({kind})")
    say(out["summary"])
    if kind == "provocations" and utc_offset is not None:
        say(f"  (rows that give a UTC time counted on the day at UTC{utc_offset:+g})")
    if kind == "provocations":
        for r in out["lags"]:
            say(f"  lag {r['lag']:+d}: CXI {_num(r['cxi'])}, pressure {_num(r['pressure'])}")
    else:
        for p in out["periods"]:
            say(f"  {p['start']}..{p['end']} {p['label']:8} {p['agree']:3d}/{p['months']:<3d} "
                f"mean CXI {_num(p['mean_cxi'], 1)}  {p['name']}")


def _num(x: float | None, digits: int = 2) -> str:
    return "  n/a" if x is None else f"{x:+.{digits}f}" if digits == 2 else f"{x:.{digits}f}"
