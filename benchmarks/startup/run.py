"""Benchmark the command line's start-up: ``detente --help`` and ``detente read`` of a short text and a short page.

Run: uv run python benchmarks/startup/run.py [--runs N]
Peers measured in the same run: the bare interpreter (``python -c pass``) and the CLI framework alone
(``python -c "import typer"``). Each command runs N times in a fresh process (hyperfine when it is on PATH, else a
loop of timed runs); the median and the fastest run are printed with the ratio to the framework.
Goals: ``detente --help`` <= 0.3 s; ``detente read`` of a short text <= 1 s plus the parser's one-time load. That
load is measured in the same run: a fresh process that imports the shipped parser and parses two words, less the
bare interpreter; the read's goal is 1 s plus that.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "tests" / "fixtures" / "news" / "hanoi_summit.html"
TEXT = (
    "SEOUL, Feb. 20 (Wire) -- US and North Korean officials are discussing opening liaison offices, a South "
    "Korean official said on Wednesday, a week before the two leaders meet in Hanoi.\n"
    "The talks would be a step toward normal relations, the official said.\n"
)
GOALS = {"detente --help": 0.3, "detente read short.txt": 1.0}
PARSER_LOAD = "from detente.coding.syntax import default_parser; default_parser().parse(['North', 'Korea'])"


def _detente() -> list[str]:
    script = shutil.which("detente", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "detente"]


def _time(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median and fastest wall seconds of ``runs`` runs of ``cmd``."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "h.json"
            subprocess.run([hyperfine, "--runs", str(runs), "--warmup", "1", "--export-json", str(out), "-N",
                            " ".join(cmd)], check=True, capture_output=True)
            times = json.loads(out.read_text())["results"][0]["times"]
    else:
        subprocess.run(cmd, check=True, capture_output=True)  # warm-up: file cache
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    detente = _detente()
    with tempfile.TemporaryDirectory() as tmp:
        short = Path(tmp) / "short.txt"
        short.write_text(TEXT, encoding="utf-8")
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "python -c 'import typer'": [sys.executable, "-c", "import typer"],
            "detente --help": [*detente, "--help"],
            "detente read short.txt": [*detente, "read", str(short), "--format", "json"],
            "detente read page.html": [*detente, "read", str(PAGE), "--format", "json"],
            "parser load (one-time)": [sys.executable, "-c", PARSER_LOAD],
        }
        results = {name: _time(cmd, args.runs) for name, cmd in cases.items()}
    framework = results["python -c 'import typer'"][0]
    load = os.getloadavg()[0]
    print(f"{args.runs} runs each, load average {load:.2f} ({os.cpu_count()} cores); "
          f"{'hyperfine' if shutil.which('hyperfine') else 'timed loop'}")
    one_time = max(0.0, results["parser load (one-time)"][0] - results["python -c pass"][0])
    goals = {**GOALS, "detente read short.txt": GOALS["detente read short.txt"] + one_time}
    failed = False
    for name, (median, fastest) in results.items():
        goal = goals.get(name)
        plus = f" (1.0 + the parser's load {one_time:.2f})" if name == "detente read short.txt" else ""
        verdict = "" if goal is None else f"  goal <= {goal:.2f} s{plus}: {'met' if median <= goal else 'MISSED'}"
        failed |= goal is not None and median > goal
        print(f"{name:28} median {median:6.3f} s  fastest {fastest:6.3f} s  {median / framework:5.1f}x typer{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
