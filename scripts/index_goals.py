"""Measure the coexistence index against its goals on the bundled US-DPRK record, under the pseudo-count n0.

What it measures, for the raw shares (n0 = 0), n0 halved, the default n0 and n0 doubled:

- how much the monthly CXI moves: the mean |change| between consecutive months with events (one month with events
  to the next, skipping empty months), and between adjacent calendar months that both have events;
- how it tracks an independent record: the Pearson and Spearman correlations of the monthly CXI with the monthly
  count of DPRK missile tests (the CNS list) and nuclear tests, as ``detente eval index --kind provocations``
  computes them, and the share of labelled crisis and detente months whose regime agrees (``--kind periods``);
  and, because the record holds the lists' launches as rows of its tests file, the same correlation with those
  rows left out of the index (the goal is read on the record as shipped);
- what the verdict rests on: the regimes, how many are judged coexistent, not coexistent, or left without an
  answer for want of evidence, and the fewest events under a regime judged coexistent;
- the real turns (METHOD 5, facts 1, 3 and 4): the months where the CXI and the balance of 2015-2019 are lowest and
  highest, and June 2019 against May and July.

With ``--walk`` it also judges the dyad as known at the end of every quarter (or year, or month), as
``detente judge --as-of DAY`` would, and counts the three states of the current regime and the fewest events a
coexistent answer rested on.

Run: uv run python scripts/index_goals.py                (prints the tables)
     uv run python scripts/index_goals.py --write         (rewrites them in docs/explanation/method.md, and
                                                          docs/record.md, which quotes the goal lines)
     uv run python scripts/index_goals.py --walk quarter  (adds the as-of walk; a few minutes)
tests/judge/test_index_goals.py fails when the table in the docs is out of date.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import math
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from detente import load_settings, open_store
from detente.ingest.bundled import TESTS_FILE, bundled_events, bundled_milestones
from detente.judge import (
    JudgeOptions,
    Verdict,
    judge,
    parse_periods,
    parse_provocations,
    validate_periods,
    validate_provocations,
    verdict_from_store,
)
from detente.measure import EvidenceOptions, IndexOptions, IndexSeries
from detente.model import Dyad, Event
from detente.store import Store

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "explanation" / "method.md"
CNS = ROOT / "tests" / "fixtures" / "korea" / "missile_tests_cns_extended_1984_2026.csv"
NUCLEAR = ROOT / "tests" / "fixtures" / "korea" / "nuclear_tests.csv"
PERIODS = ROOT / "evals" / "index" / "us_dprk_periods.csv"
DYAD = Dyad.parse("USA-PRK")
#: the bundled record dates events by the day in Korea (UTC+9); the CNS list by the UTC day, with UTC times
KOREA = 9.0
BEGIN, END = "<!-- index-goals: written by scripts/index_goals.py -->", "<!-- /index-goals -->"
WALK_BEGIN, WALK_END = "<!-- index-walk: written by scripts/index_goals.py --walk quarter -->", "<!-- /index-walk -->"

#: the goals of the index (issue "an index that knows how much it knows"), each with its bound
GOAL_CHANGE = 10.0  # mean |change| of CXI between consecutive months with events, at most
GOAL_CORRELATION = -0.6  # Pearson correlation of monthly CXI with monthly DPRK missile and nuclear tests, at most
GOAL_EVENTS = 12  # no regime judged coexistent on fewer events


@dataclass(frozen=True)
class Variant:
    name: str
    evidence: EvidenceOptions


VARIANTS = (Variant("raw shares (n0 = 0)", EvidenceOptions(n0=0.0)),
            Variant("n0 halved", EvidenceOptions(n0_factor=0.5)),
            Variant("default n0", EvidenceOptions()),
            Variant("n0 doubled", EvidenceOptions(n0_factor=2.0)))
DEFAULT = 2  # the column of the default n0


#: the id prefixes of the rows of the record's tests file that are the validation lists' own launches: the CNS list
#: and its preliminary continuation (``msl-``) and the nuclear tests (``nuc-``). The file's other rows are launches
#: the lists leave out by design (cruise and surface-to-air missiles, rocket artillery, unreported types).
LIST_ROWS: tuple[str, ...] = ("msl-", "nuc-")


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_dates() -> list[dt.date]:
    """The CNS launches and the six nuclear tests, each on its day in Korea (the index's clock)."""
    return (parse_provocations(_csv(CNS), utc_offset=KOREA)
            + parse_provocations(_csv(NUCLEAR), utc_offset=KOREA))


def is_list_row(event: Event) -> bool:
    """A row of the record that is one of the validation lists' own launches."""
    return event.prov_file == TESTS_FILE and (event.event_id or "").startswith(LIST_ROWS)


def series_of(events: Sequence[Event], evidence: EvidenceOptions | None = None) -> IndexSeries:
    """The monthly index of ``events`` (with the bundled ledger) as ``detente judge`` computes it."""
    options = JudgeOptions(index=IndexOptions(evidence=evidence or EvidenceOptions()))
    return judge(events, dyad=DYAD, milestones=bundled_milestones(), options=options).series


def mean_change(cxi: npt.NDArray[np.float64]) -> tuple[float, float, int, int]:
    """Mean |ΔCXI| between consecutive periods with a value (empty periods skipped), and between adjacent periods
    that both have one, with the number of pairs of each."""
    seen = cxi[~np.isnan(cxi)]
    consecutive = np.abs(np.diff(seen))
    step = np.diff(cxi)
    adjacent = np.abs(step[~np.isnan(step)])
    return float(consecutive.mean()), float(adjacent.mean()), int(consecutive.size), int(adjacent.size)


def log_correlation(series: IndexSeries, dates: Sequence[dt.date]) -> float:
    """Pearson r of the monthly CXI with log(1 + count) over the same months as ``validate_provocations``."""
    first = max(min(dates), dt.date.fromisoformat(str(series.start[0])))
    last = min(max(dates), dt.date.fromisoformat(str(series.end[-1])))
    months = series.start.astype("datetime64[M]")
    keys = np.array([np.datetime64(d, "M") for d in dates])
    inside = (months >= np.datetime64(first, "M")) & (months <= np.datetime64(last, "M")) & ~np.isnan(series.cxi)
    counts = np.array([(keys == m).sum() for m in months[inside]], dtype=np.float64)
    return float(np.corrcoef(series.cxi[inside], np.log1p(counts))[0, 1])


def aligned(series: IndexSeries, dates: Sequence[dt.date]) -> tuple[
        npt.NDArray[np.datetime64], npt.NDArray[np.intp], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """The months ``validate_provocations`` compares that have a CXI (from the later of the list's and the index's
    first month to the earlier of their last): the months, their positions in the series, the CXI and the count of
    ``dates`` in each."""
    first = max(min(dates), dt.date.fromisoformat(str(series.start[0])))
    last = min(max(dates), dt.date.fromisoformat(str(series.end[-1])))
    months = np.arange(np.datetime64(first, "M"), np.datetime64(last, "M") + np.timedelta64(1, "M"),
                       dtype="datetime64[M]")
    keys = np.array([np.datetime64(d, "M") for d in dates])
    counts = np.array([(keys == m).sum() for m in months], dtype=np.float64)
    pos = np.searchsorted(series.start.astype("datetime64[M]"), months).astype(np.intp)
    cxi = series.cxi[pos]
    ok = ~np.isnan(cxi)
    return months[ok], pos[ok], cxi[ok], counts[ok]


def exact_correlation(series: IndexSeries, dates: Sequence[dt.date]) -> float:
    """Pearson r of the monthly CXI with the monthly count of ``dates``, unrounded, over the months
    ``validate_provocations`` compares (it reports the figure rounded to three places; the goal is judged on this)."""
    _, _, cxi, counts = aligned(series, dates)
    return float(np.corrcoef(cxi, counts)[0, 1])


def _extreme(series: IndexSeries, name: str, first: str, last: str, *, low: bool) -> str:
    values = {p: float(v) for p, v in zip(series.period, getattr(series, name), strict=True)
              if first <= str(p) <= last and not math.isnan(v)}
    month = (min if low else max)(values, key=lambda k: values[k])
    return f"{month} ({_signed(values[month])})" if name == "balance" else f"{month} ({values[month]:.1f})"


def measure(verdict: Verdict) -> dict[str, Any]:
    """Every figure of the goals table for one verdict on the whole record."""
    s = verdict.series
    consecutive, adjacent, n_cons, n_adj = mean_change(s.cxi)
    cns = parse_provocations(_csv(CNS), utc_offset=KOREA)
    both = validate_provocations(s, test_dates())
    without = series_of([e for e in bundled_events() if not is_list_row(e)], verdict.options.index.evidence)
    alone = validate_provocations(s, cns)
    periods = validate_periods(s, verdict.regimes, parse_periods(_csv(PERIODS)), threshold=verdict.options.threshold)
    coexistent = [r for r in verdict.regimes if r.coexistent]
    cxi = {str(p): float(v) for p, v in zip(s.period, s.cxi, strict=True) if not math.isnan(v)}
    balance = {str(p): float(v) for p, v in zip(s.period, s.balance, strict=True) if not math.isnan(v)}
    return {
        "n0": s.n0,
        "months": int((~np.isnan(s.cxi)).sum()),
        "thin": int((s.thin & ~np.isnan(s.cxi)).sum()),
        "consecutive": consecutive, "pairs": n_cons, "adjacent": adjacent, "adjacent_pairs": n_adj,
        "pearson": both["cxi"]["correlation"], "spearman": both["cxi"]["spearman"],
        "pearson_cns": alone["cxi"]["correlation"], "pressure": both["pressure"]["correlation"],
        "pearson_exact": exact_correlation(s, test_dates()),
        "pearson_log": log_correlation(s, test_dates()),
        "pearson_without": exact_correlation(without, test_dates()),
        "agree": periods["share"], "agree_months": (periods["agree"], periods["months"]),
        "regimes": len(verdict.regimes),
        "states": (len(coexistent), sum(r.coexistent is False for r in verdict.regimes),
                   sum(r.coexistent is None for r in verdict.regimes)),
        "fewest": min((r.events for r in coexistent), default=None),
        "lowest_cxi": _extreme(s, "cxi", "2015-01", "2019-12", low=True),
        "highest_cxi": _extreme(s, "cxi", "2015-01", "2019-12", low=False),
        "lowest_balance": _extreme(s, "balance", "2015-01", "2019-12", low=True),
        "highest_balance": _extreme(s, "balance", "2015-01", "2019-12", low=False),
        "panmunjom": f"{cxi.get('2019-05', math.nan):.1f} / {cxi.get('2019-06', math.nan):.1f} / "
                     f"{cxi.get('2019-07', math.nan):.1f}",
        "panmunjom_balance": " / ".join(_signed(balance.get(m, math.nan)) for m in ("2019-05", "2019-06", "2019-07")),
    }


def verdict(store: Store, evidence: EvidenceOptions, *, as_of: dt.date | None = None) -> Verdict:
    options = JudgeOptions(index=IndexOptions(evidence=evidence))
    return verdict_from_store(store, DYAD, as_of=as_of, options=options)


def _signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def _f(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}".replace("-", "−")


def table(store: Store) -> str:
    """The goals table (markdown), one column per variant, and a line per goal saying whether it is met."""
    m = [measure(verdict(store, v.evidence)) for v in VARIANTS]
    d = m[DEFAULT]
    rows = [
        ("n0 (event mass)", [_f(x["n0"]) for x in m]),
        ("months with a CXI (thin: fewer than 3 events)", [f"{x['months']} ({x['thin']} thin)" for x in m]),
        (f"mean \\|ΔCXI\\|, consecutive months with events ({d['pairs']} pairs); goal ≤ {GOAL_CHANGE:g}",
         [_f(x["consecutive"]) for x in m]),
        (f"mean \\|ΔCXI\\|, adjacent calendar months both with events ({d['adjacent_pairs']} pairs)",
         [_f(x["adjacent"]) for x in m]),
        (f"Pearson r, monthly CXI vs CNS missile tests + nuclear tests; goal ≤ {_f(GOAL_CORRELATION, 1)}",
         [_f(x["pearson"], 3) for x in m]),
        ("Spearman ρ, same", [_f(x["spearman"], 3) for x in m]),
        ("Pearson r, same, with the lists' own launches left out of the index (§7.1)",
         [_f(x["pearson_without"], 3) for x in m]),
        ("Pearson r, CNS missile tests alone", [_f(x["pearson_cns"], 3) for x in m]),
        ("Pearson r, monthly CXI vs log(1 + the same count)", [_f(x["pearson_log"], 3) for x in m]),
        ("Pearson r, military pressure X vs the same count", [_f(x["pressure"], 3) for x in m]),
        ("labelled months whose regime agrees (`evals/index/us_dprk_periods.csv`)",
         [f"{x['agree_months'][0]}/{x['agree_months'][1]} ({x['agree']:.0%})" for x in m]),
        ("regimes: coexistent / not / insufficient evidence",
         [f"{x['states'][0]} / {x['states'][1]} / {x['states'][2]}" for x in m]),
        (f"fewest events under a regime judged coexistent; goal ≥ {GOAL_EVENTS}",
         ["–" if x["fewest"] is None else str(x["fewest"]) for x in m]),
        ("lowest CXI month of 2015–2019 (fact 1: Aug–Nov 2017)", [x["lowest_cxi"] for x in m]),
        ("lowest balance month of 2015–2019 (fact 1)", [x["lowest_balance"] for x in m]),
        ("highest CXI month of 2015–2019 (fact 3: around June 2018)", [x["highest_cxi"] for x in m]),
        ("highest balance month of 2015–2019 (fact 3)", [x["highest_balance"] for x in m]),
        ("CXI May / June / July 2019 (fact 4: a one-month spike)", [x["panmunjom"] for x in m]),
        ("balance May / June / July 2019 (fact 4)", [x["panmunjom_balance"] for x in m]),
    ]
    lines = ["| | " + " | ".join(v.name for v in VARIANTS) + " |", "|---" * (len(VARIANTS) + 1) + "|"]
    lines += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in rows]
    met = [
        ("mean |ΔCXI| between consecutive months with events", d["consecutive"] <= GOAL_CHANGE,
         f"{_f(d['consecutive'])} (goal ≤ {GOAL_CHANGE:g}; raw shares {_f(m[0]['consecutive'])})"),
        ("correlation of monthly CXI with DPRK missile and nuclear tests", d["pearson_exact"] <= GOAL_CORRELATION,
         f"{_f(d['pearson_exact'], 4)} unrounded (goal ≤ {_f(GOAL_CORRELATION, 1)}; raw shares "
         f"{_f(m[0]['pearson_exact'], 4)})"),
        ("no regime judged coexistent on fewer than 12 events",
         d["fewest"] is None or d["fewest"] >= GOAL_EVENTS,
         f"fewest {d['fewest'] if d['fewest'] is not None else 'none coexistent'} (goal ≥ {GOAL_EVENTS}; raw "
         f"shares {m[0]['fewest'] if m[0]['fewest'] is not None else 'none coexistent'})"),
    ]
    lines.append("")
    lines += [f"- {name}, default n0: {figure}: **{'met' if ok else 'not met'}**." for name, ok, figure in met]
    lines.insert(-1, "- the same correlation with the lists' own launches left out of the index (the `msl-` and "
                 f"`nuc-` rows of `{TESTS_FILE}`, which the CXI otherwise counts; "
                 "explanation/method.md §7.1), default n0: "
                 f"{_f(d['pearson_without'], 4)} unrounded; the goal above is read on the record as shipped.")
    return "\n".join(lines)


def _ends(first: dt.date, last: dt.date, every: str) -> Iterator[dt.date]:
    step = {"year": 12, "quarter": 3, "month": 1}[every]
    y, m = first.year, first.month
    while True:
        m2 = m + step
        y2, m2 = y + (m2 - 1) // 12, (m2 - 1) % 12 + 1
        day = dt.date(y2, m2, 1) - dt.timedelta(days=1)
        if day > last:
            return
        yield day
        y, m = y2, m2


def walk(store: Store, every: str) -> str:
    """The verdict as known at the end of every period of ``every``: its three states and what they rest on."""
    whole = verdict(store, EvidenceOptions())
    first, last = dt.date.fromisoformat(str(whole.series.start[0])), whole.as_of
    states: dict[str, list[tuple[dt.date, int]]] = {"coexistent": [], "not coexistent": [],
                                                    "insufficient evidence": []}
    for day in (d for d in _ends(dt.date(first.year, 1, 1), last, every) if d >= first):
        v = verdict(store, EvidenceOptions(), as_of=day)
        key = ("insufficient evidence" if v.coexistent is None else "coexistent" if v.coexistent
               else "not coexistent")
        states[key].append((day, v.current.events))
    total = sum(len(x) for x in states.values())
    lines = [f"Judged as known at the end of every {every} from {first.year} to {last} ({total} verdicts, default "
             "options):", ""]
    for key, found in states.items():
        fewest = min((n for _, n in found), default=None)
        lines.append(f"- {key}: {len(found)}" + ("" if not found else
                     f" (current regime on {fewest} to {max(n for _, n in found)} events; first "
                     f"{found[0][0]}, last {found[-1][0]})"))
    return "\n".join(lines)


def _counts_page() -> Any:
    """scripts/gen_record_counts.py, which writes docs/record.md (it quotes the goal lines of the table)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_record_counts", ROOT / "scripts" / "gen_record_counts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def _bundled(path: Path | None) -> Iterator[Store]:
    """A store with the bundled record only (built in a temporary folder unless ``path`` names one)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = path or Path(tmp) / "bundled.duckdb"
        with open_store(load_settings(store=target, environ={})) as st:
            yield st


def replace_block(text: str, begin: str, end: str, body: str) -> str:
    head, found, rest = text.partition(begin)
    if not found or end not in rest:
        raise SystemExit(f"{DOC}: no block between {begin!r} and {end!r}")
    return head + begin + "\n" + body + "\n" + end + rest.split(end, 1)[1]


def block(text: str, begin: str, end: str) -> str:
    """The text between the markers (without them and their line breaks)."""
    return text.split(begin, 1)[1].split(end, 1)[0].strip("\n")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="a store holding the bundled record (default: build one)")
    ap.add_argument("--walk", choices=("year", "quarter", "month"), help="also judge as of every period end")
    ap.add_argument("--write", action="store_true", help=f"rewrite the tables in {DOC.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    with _bundled(args.store) as st:
        goals = table(st)
        walked = walk(st, args.walk) if args.walk else None
    print(goals)
    if walked:
        print()
        print(walked)
    if args.write:
        text = replace_block(DOC.read_text(encoding="utf-8"), BEGIN, END, goals)
        if walked:
            text = replace_block(text, WALK_BEGIN.replace("quarter", args.walk), WALK_END, walked)
        DOC.write_text(text, encoding="utf-8")
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
        _counts_page().main()  # docs/record.md copies the goal lines: rewrite it from the new table
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
