"""Which months keep the monthly CXI from tracking the DPRK's missile and nuclear tests more closely.

The goal of the index is a Pearson correlation of -0.6 or below between the monthly CXI and an independent monthly
count of DPRK missile and nuclear tests (``scripts/index_goals.py``). Pearson's r is the mean of the products of
the two series' z-scores, r = Σ z_cxi·z_tests / N, so each month contributes z_cxi·z_tests / N to it. A month
with tests and a high CXI, or with no test and a low CXI, contributes a positive amount: it pulls r toward zero.
This script lists those months, largest first, with what the index saw in them (events, test days, the five
components), and splits r into classes of months.

It also measures how independent the comparison is. The bundled record holds one row per launch of the CNS list
and per nuclear test (``us_dprk_tests.csv``, ids ``msl-`` and ``nuc-``): the CXI counts the validation lists' own
launches, as days of military pressure X, as material-conflict events (M) and as hostile events in the balance (B).
So r is given three times: with the record as shipped; with the lists' own rows left out of the index; and with
the whole tests file left out (also the cruise, surface-to-air and artillery launches the lists leave out). Without
them the index sees the tests only through what the rest of the record says about them (statements, sanctions,
the Security Council) and through the exercises and other shows of force.

The months listed are not a list of rows to re-read: choosing rows of the record by the months of the test list
would raise the correlation by construction (docs/explanation/method.md §2.5).

Run: uv run python scripts/index_residuals.py            (prints the tables)
     uv run python scripts/index_residuals.py --top 25   (more months)
     uv run python scripts/index_residuals.py --write    (rewrites them in docs/explanation/method.md, 15 months)
tests/judge/test_index_residuals.py fails when the tables in the docs are out of date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from index_goals import (  # the goals script: its record, clock and helpers
    DOC,
    ROOT,
    aligned,
    block,
    is_list_row,
    replace_block,
    series_of,
    test_dates,
)

from detente.ingest.bundled import TESTS_FILE, bundled_events
from detente.measure import IndexSeries
from detente.model import Event

BEGIN = "<!-- index-residuals: written by scripts/index_residuals.py -->"
END = "<!-- /index-residuals -->"
#: how many months the docs list
TOP = 15

F64 = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Compared:
    """The months the validation compares (every month with a CXI within the list's span), aligned."""

    months: npt.NDArray[np.datetime64]
    pos: npt.NDArray[np.intp]  # each month's position in the series
    cxi: F64
    tests: F64

    @property
    def pearson(self) -> float:
        return float(np.corrcoef(self.cxi, self.tests)[0, 1])

    @property
    def spearman(self) -> float:
        return float(np.corrcoef(_rank(self.cxi), _rank(self.tests))[0, 1])

    def contributions(self) -> F64:
        """Each month's share of Pearson's r: z_cxi · z_tests / N (they sum to r)."""
        zc = (self.cxi - self.cxi.mean()) / self.cxi.std()
        zt = (self.tests - self.tests.mean()) / self.tests.std()
        return np.asarray(zc * zt / self.cxi.size, dtype=np.float64)


def _rank(values: F64) -> F64:
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(values.size)
    ranks[order] = np.arange(values.size, dtype=np.float64)
    for v in np.unique(values):
        tie = values == v
        ranks[tie] = ranks[tie].mean()
    return ranks


def compare(series: IndexSeries, dates: Sequence[dt.date]) -> Compared:
    """The months of ``validate_provocations`` that have a CXI, aligned with their counts."""
    months, pos, cxi, tests = aligned(series, dates)
    return Compared(months=months, pos=pos, cxi=cxi, tests=tests)


def _f(x: float, digits: int = 2) -> str:
    return f"{x:.{digits}f}".replace("-", "−")


TEST_IDS: tuple[str, ...] = ("msl-", "bm-", "cm-", "sam-", "mrl-", "srm-", "nuc-")


def _kinds(series: IndexSeries, i: int) -> tuple[str, str]:
    """The month's events by kind (rows of the tests file / other force posture, root 15 / other hostile,
    QuadClass 3-4 / cooperative, QuadClass 1-2) and the ids of up to three rows not from the tests file."""
    frame = series.frame
    mine = series.event_period == i
    ids = [str(k) for k in frame.key[mine]]  # the bundled record's own ids
    from_tests = np.array([k.startswith(TEST_IDS) for k in ids], dtype=bool)
    root = frame.root[mine]
    quad = frame.quad_class[mine]
    posture = int(((root == "15") & ~from_tests).sum())
    hostile = int(((quad >= 3) & (root != "15") & ~from_tests).sum())
    coop = int((((quad == 1) | (quad == 2)) & ~from_tests).sum())
    others = [k for k, t in zip(ids, from_tests, strict=True) if not t]
    shown = ", ".join(f"`{k}`" for k in others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
    return f"{int(from_tests.sum())} / {posture} / {hostile} / {coop}", shown or "–"


def residual_table(series: IndexSeries, cmp: Compared, chosen: Sequence[int]) -> str:
    """The months ``chosen`` (positions in ``cmp``) with what the index saw in them."""
    c = cmp.contributions()
    lines = ["| month | tests | CXI | share of r | events | tests file / other posture / other hostile / "
             "cooperative | test days (X) | B | M | K | C | rows not from the tests file |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for j in chosen:
        i = int(cmp.pos[j])
        kinds, ids = _kinds(series, i)
        lines.append(
            f"| {cmp.months[j]} | {int(cmp.tests[j])} | {cmp.cxi[j]:.1f} | {_f(float(c[j]), 4)} | "
            f"{int(series.events[i])} | {kinds} | {int(series.pressure_days[i])} ({series.pressure[i]:.2f}) | "
            f"{_f(float(series.balance[i]))} | {series.material_conflict[i]:.2f} | "
            f"{series.material_cooperation[i]:.2f} | {int(series.channel[i])} | {ids} |")
    return "\n".join(lines)


def classes(cmp: Compared) -> str:
    """r split into four classes of months by the sign of each series' deviation from its mean."""
    c = cmp.contributions()
    hi_t = cmp.tests > cmp.tests.mean()
    hi_c = cmp.cxi >= cmp.cxi.mean()
    parts = [("more tests than the mean, CXI below its mean (agree)", hi_t & ~hi_c),
             ("fewer tests, CXI above its mean (agree)", ~hi_t & hi_c),
             ("more tests, CXI above its mean (disagree)", hi_t & hi_c),
             ("fewer tests, CXI below its mean (disagree)", ~hi_t & ~hi_c)]
    lines = ["| months | how many | their sum of z·z/N |", "|---|---|---|"]
    lines += [f"| {name} | {int(mask.sum())} | {_f(float(c[mask].sum()), 4)} |" for name, mask in parts]
    lines.append(f"| all (Pearson's r) | {c.size} | {_f(float(c.sum()), 4)} |")
    return "\n".join(lines)


def decomposition(cmp: Compared) -> tuple[float, float, float]:
    """r = r_means · η: Pearson's r of the count with the mean CXI of the months with that count (how straight the
    CXI falls as the count rises), and the correlation ratio η = sd(those means) / sd(CXI) (how much of the CXI's
    spread lies between counts rather than among months of the same count). Returns (r, r_means, η)."""
    means = np.array([cmp.cxi[cmp.tests == k].mean() for k in cmp.tests])
    r_means = float(np.corrcoef(means, cmp.tests)[0, 1])
    eta = float(means.std() / cmp.cxi.std())
    return cmp.pearson, r_means, eta


def by_count(cmp: Compared) -> str:
    """The CXI of the months with each count of tests."""
    lines = ["| tests in the month | months | mean CXI | sd |", "|---|---|---|---|"]
    for k in np.unique(cmp.tests):
        m = cmp.tests == k
        lines.append(f"| {int(k)} | {int(m.sum())} | {cmp.cxi[m].mean():.1f} | {cmp.cxi[m].std():.1f} |")
    return "\n".join(lines)


def independence(events: Sequence[Event], dates: Sequence[dt.date]) -> list[tuple[str, Compared]]:
    """The comparison with the record as shipped, without the lists' own launch rows, and without the whole tests
    file."""
    own = [e for e in events if not is_list_row(e)]
    no_tests = [e for e in events if e.prov_file != TESTS_FILE]
    return [
        (f"the record as shipped (the lists' launches in it, as rows of `{TESTS_FILE}`)", compare(series_of(events),
                                                                                            dates)),
        (f"without the {len(events) - len(own)} rows of `{TESTS_FILE}` that are the lists' own launches "
         "(`msl-`, `nuc-`)", compare(series_of(own), dates)),
        (f"without all {len(events) - len(no_tests)} rows of `{TESTS_FILE}` (also the cruise, surface-to-air and "
         "artillery launches the lists leave out)", compare(series_of(no_tests), dates)),
    ]


def report(top: int) -> str:
    events = bundled_events()
    dates = test_dates()
    whole = series_of(events)
    cmp = compare(whole, dates)
    quiet = cmp.tests == 0
    c = cmp.contributions()
    worst = [int(j) for j in np.argsort(-c, kind="mergesort")[:top]]
    tested = np.flatnonzero(~quiet)
    highest = [int(j) for j in tested[np.argsort(-cmp.cxi[tested], kind="mergesort")][:top // 2]]
    r, r_means, eta = decomposition(cmp)
    out = [
        f"Months compared: {cmp.cxi.size} ({cmp.months[0]} to {cmp.months[-1]}, every month with a CXI), "
        f"{int((~quiet).sum())} with a test, {int(cmp.tests.sum())} tests.",
        "",
        "| the index built from | months | Pearson r | Spearman ρ |",
        "|---|---|---|---|",
    ]
    out += [f"| {name} | {c.cxi.size} | {_f(c.pearson, 4)} | {_f(c.spearman, 3)} |"
            for name, c in independence(events, dates)]
    out += [
        "",
        f"r = r_means × η: {_f(r, 4)} = {_f(r_means, 4)} × {eta:.4f}. r_means is the correlation of the count with "
        "the mean CXI of the months with that count; η, the correlation ratio, is the share of the CXI's spread "
        "(as a standard deviation) that lies between counts:",
        "",
        by_count(cmp),
        "",
        "Pearson's r split by class of month (z-scores against the months' means):",
        "",
        classes(cmp),
        "",
        f"The {top} months that pull r furthest toward zero (the record as shipped; rows counted after "
        "de-duplication, the event ids of the record; X the scaled pressure; B, M, K the evidence-weighted shares; "
        "C the channel):",
        "",
        residual_table(whole, cmp, worst),
        "",
        f"The {top // 2} months with a test whose CXI is highest:",
        "",
        residual_table(whole, cmp, highest),
    ]
    return "\n".join(out)


def written() -> str:
    """The tables as the docs hold them."""
    return block(DOC.read_text(encoding="utf-8"), BEGIN, END)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=TOP, help=f"how many months to list (default {TOP})")
    ap.add_argument("--write", action="store_true", help=f"rewrite the tables in {DOC.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    text = report(args.top)
    print(text)
    if args.write:
        body = text if args.top == TOP else report(TOP)
        DOC.write_text(replace_block(DOC.read_text(encoding="utf-8"), BEGIN, END, body), encoding="utf-8")
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
