"""Ingest benchmark: ``detente ingest`` against DuckDB's own ``read_csv`` and a plain pandas ``read_csv`` +
dyad filter, on generated GDELT 2.0 export files of 1M and 5M rows (values sampled from real rows), measured in
the same run.

    uv run python benchmarks/ingest/run.py                 # 1M and 5M rows
    uv run python benchmarks/ingest/run.py --rows 200000   # a quick look

A fourth line, "floor", times DuckDB's reader alone (every field tokenised as text, nothing stored): the least any
ingest that parses the file spends. Each method runs in its own process (peak memory = that process's maximum
RSS), one after another. Goals:
detente ≥ 0.5× DuckDB's rows/s, ≥ 10× pandas' rows/s, and detente's peak memory at 5M ≤ 1.2× its peak at 1M.
Figures are recorded in docs/ingest.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
METHODS = ("detente", "duckdb", "pandas", "floor")


def measure(method: str, path: Path, work: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(HERE / "_child.py"), method, str(path), str(work / method)],
                         check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description="detente ingest vs DuckDB read_csv vs pandas read_csv")
    parser.add_argument("--rows", type=int, nargs="*", default=[1_000_000, 5_000_000])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "detente-bench-ingest")
    parser.add_argument("--skip", nargs="*", default=[], choices=METHODS, help="methods to leave out")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, dict[str, float]]] = {}
    for rows in args.rows:
        path = args.workdir / f"gdelt2_{rows}.export.CSV"
        if not path.exists():
            print(f"generating {path} ...", flush=True)
            # in a child process, so that this one stays small (a child's ru_maxrss can start at ours)
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--rows", str(rows), "--out", str(path)],
                           check=True)
        size_mb = path.stat().st_size / 1e6
        results[rows] = {}
        for method in METHODS:
            if method in args.skip:
                continue
            r = measure(method, path, args.workdir)
            results[rows][method] = r
            print(f"{rows:>9,} rows ({size_mb:,.0f} MB)  {method:<8} {r['seconds']:7.1f} s  "
                  f"{r['rows'] / r['seconds']:>11,.0f} rows/s  cpu {r['cpu_seconds']:7.1f} s  "
                  f"peak {r['peak_mb']:7,.0f} MB", flush=True)
    print()
    for rows, by in results.items():
        d = by.get("detente")
        if d is None:
            continue
        rate = d["rows"] / d["seconds"]
        for peer, goal in (("duckdb", 0.5), ("pandas", 10.0)):
            if peer in by:
                ratio = rate / (by[peer]["rows"] / by[peer]["seconds"])
                verdict = "met" if ratio >= goal else "NOT met"
                print(f"{rows:>9,} rows: detente / {peer} rows/s = {ratio:5.2f}x (goal >= {goal}x: {verdict})")
    sizes = sorted(r for r in results if "detente" in results[r])
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        growth = results[hi]["detente"]["peak_mb"] / results[lo]["detente"]["peak_mb"]
        verdict = "met" if growth <= 1.2 else "NOT met"
        print(f"detente peak memory {hi:,} / {lo:,} rows = {growth:4.2f}x (goal <= 1.2x: {verdict})")
    for rows, by in results.items():
        if "floor" in by and "pandas" in by:
            need = by["pandas"]["seconds"] / 10
            print(f"{rows:>9,} rows: 10x pandas means {need:.2f} s; DuckDB's reader alone (floor: every field "
                  f"tokenised, nothing stored) takes {by['floor']['seconds']:.2f} s "
                  f"({'below' if by['floor']['seconds'] <= need else 'above'} it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
