"""How far the machine-coded ``kcna`` dataset agrees with the curated record on a dyad, month by month.

Run from the repository root (no ../shared needed: both datasets ship with the package):

    uv run python scripts/kcna_agreement.py [--dyad USA-PRK] [--freq month] [--format table|json]

For each period of the KCNA years (1997-01 to 2014-09) in which both datasets have events of the dyad, it takes
the cooperation balance B of the index (the share of cooperative minus conflictual intensity, -1..+1) computed on
each dataset alone, and reports the Pearson and Spearman correlation of the two series, with the number of
periods, the share of periods whose balance has the same sign, and the same for the years of headlines alone
(1997-2010, 2013-2014) and of full stories (2011-2012). ``raw`` is the balance of the period's own events;
``index`` the evidence-weighted balance the index uses (shrunk toward the dataset's baseline when events are few).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

import numpy as np

from detente import load_settings, open_store
from detente.judge import index_from_store
from detente.measure import IndexOptions
from detente.model import Dyad

FIRST, LAST = dt.date(1997, 1, 1), dt.date(2014, 9, 30)
#: the spans compared: all KCNA years, the years of headlines alone, the years of full stories
SPANS: dict[str, tuple[dt.date, dt.date]] = {
    "1997-2014": (FIRST, LAST),
    "headline years": (FIRST, LAST),  # less 2011-2012, below
    "story years 2011-2012": (dt.date(2011, 1, 1), dt.date(2012, 12, 31)),
}


def _ranks(x: np.ndarray) -> np.ndarray:
    order = np.argsort(x, kind="stable")
    ranks = np.empty(len(x))
    ranks[order] = np.arange(len(x), dtype=float)
    for value in np.unique(x):  # ties share their mean rank
        same = x == value
        ranks[same] = ranks[same].mean()
    return ranks


def _pearson(a: np.ndarray, b: np.ndarray) -> float | None:
    if len(a) < 3 or np.std(a) == 0 or np.std(b) == 0:
        return None
    return round(float(np.corrcoef(a, b)[0, 1]), 3)


def _balances(store: Any, dyad: Dyad, dataset: str, freq: str) -> dict[str, tuple[float, float, int]]:
    series = index_from_store(store, dyad, datasets=(dataset,), options=IndexOptions(freq=freq),  # type: ignore[arg-type]
                              start=FIRST, end=LAST)
    raw = series.raw.get("balance", series.balance)
    out: dict[str, tuple[float, float, int]] = {}
    for i, start in enumerate(series.start):
        if series.events[i] > 0 and not np.isnan(raw[i]):
            out[str(start)[:10]] = (float(raw[i]), float(series.balance[i]), int(series.events[i]))
    return out


def agreement(store: Any, dyad: Dyad, *, freq: str = "month", curated: str = "bundled",
              machine: str = "kcna") -> dict[str, Any]:
    """The agreement of ``machine`` with ``curated`` on ``dyad`` (see the module docstring)."""
    a, b = _balances(store, dyad, curated, freq), _balances(store, dyad, machine, freq)
    spans: list[dict[str, Any]] = []
    for name, (lo, hi) in SPANS.items():
        keys = sorted(k for k in set(a) & set(b) if lo.isoformat() <= k <= hi.isoformat()
                      and not (name == "headline years" and "2011" <= k[:4] <= "2012"))
        row: dict[str, Any] = {"span": name, "periods": len(keys)}
        for kind, col in (("raw", 0), ("index", 1)):
            x = np.array([a[k][col] for k in keys])
            y = np.array([b[k][col] for k in keys])
            row[f"pearson_{kind}"] = _pearson(x, y)
            row[f"spearman_{kind}"] = _pearson(_ranks(x), _ranks(y)) if len(keys) else None
            row[f"same_sign_{kind}"] = round(float(np.mean(np.sign(x) == np.sign(y))), 3) if len(keys) else None
        spans.append(row)
    in_years = [k for k in a if FIRST.isoformat() <= k <= LAST.isoformat()]
    return {
        "dyad": str(dyad), "freq": freq, "curated": curated, "machine": machine,
        "periods_with_events": {curated: len(in_years), machine: len(b)},
        "events": {curated: sum(a[k][2] for k in in_years), machine: sum(v[2] for v in b.values())},
        "spans": spans,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dyad", default="USA-PRK")
    parser.add_argument("--freq", default="month", choices=("month", "quarter"))
    parser.add_argument("--format", default="table", choices=("table", "json"))
    parser.add_argument("--store", default=":memory:", help="store to read (default: a fresh one in memory)")
    args = parser.parse_args()
    with open_store(load_settings(store=args.store)) as store:
        result = agreement(store, Dyad.parse(args.dyad), freq=args.freq)
    if args.format == "json":
        print(json.dumps(result, indent=1))
        return 0
    print(f"{result['dyad']} by {result['freq']}, {FIRST:%Y-%m}..{LAST:%Y-%m}: periods with events "
          + ", ".join(f"{k} {v}" for k, v in result["periods_with_events"].items())
          + "; events " + ", ".join(f"{k} {v}" for k, v in result["events"].items()))
    print(f"{'span':<24}{'periods':>8}{'r raw':>8}{'rho raw':>9}{'sign raw':>10}{'r index':>9}{'sign index':>12}")

    def f(v: float | None, signed: bool = True) -> str:
        return "-" if v is None else f"{v:+.3f}" if signed else f"{v:.3f}"

    for s in result["spans"]:
        print(f"{s['span']:<24}{s['periods']:>8}{f(s['pearson_raw']):>8}{f(s['spearman_raw']):>9}"
              f"{f(s['same_sign_raw'], False):>10}{f(s['pearson_index']):>9}{f(s['same_sign_index'], False):>12}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
