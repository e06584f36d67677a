"""Simulator benchmarks: detente against the Axelrod library, and one million negotiation runs.

Run: bash benchmarks/simulate/run.sh   (creates the Axelrod 4.13.1 venv on first use, then runs this file)
Or:  uv run python benchmarks/simulate/run.py --axelrod-python PATH/TO/venv/bin/python [--quick]

1. Deterministic tournament (8 players, 200 turns, 5 repetitions, no noise): scores must be identical to
   Axelrod's; prints the speed ratio (goal >= 50x).
2. Full tournament (14 players incl. stochastic ones, 200 turns, 5 repetitions, noise 0.05): speed ratio.
3. 1,000,000 negotiation runs of 100 rounds (action-for-action vs hedger) on 2 worker processes
   (goal <= 10 s), against the same runs in one process (the results must be equal).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from detente.simulate import simulate, tournament

HERE = Path(__file__).resolve().parent
DETERMINISTIC = ["cooperator", "defector", "tit-for-tat", "grudger", "go-by-majority", "win-stay-lose-shift",
                 "davis", "shubik"]
STOCHASTIC = ["generous-tit-for-tat", "random", "joss", "grofman", "feld", "tullock"]


def _axelrod(python: str, config: dict[str, Any]) -> dict[str, Any]:
    out = subprocess.run([python, str(HERE / "axelrod_side.py"), json.dumps(config)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def _detente(config: dict[str, Any]) -> tuple[float, dict[str, list[float]]]:
    best, scores = float("inf"), {}
    tournament(config["players"], turns=2, noise=config["noise"], seed=config["seed"])  # warm-up, untimed
    for _ in range(config["repeat"]):
        t0 = time.perf_counter()
        result = tournament(config["players"], turns=config["turns"], repetitions=config["repetitions"],
                            noise=config["noise"], seed=config["seed"])
        best = min(best, time.perf_counter() - t0)
        scores = {name: list(s) for name, s in zip(result.players, result.scores, strict=True)}
    return best, scores


def compare_tournament(python: str, label: str, config: dict[str, Any], *, check_scores: bool) -> bool:
    peer = _axelrod(python, config)
    seconds, scores = _detente(config)
    ratio = peer["seconds"] / seconds
    print(f"{label}: Axelrod {peer['version']} {peer['seconds']:.3f} s, detente {seconds:.4f} s, "
          f"{ratio:.0f}x faster (goal >= 50x)")
    if not check_scores:
        return True
    same = all(peer["scores"][name] == scores[name] for name in config["players"])
    print(f"  scores identical for the deterministic players: {'yes' if same else 'NO'}")
    if not same:
        for name in config["players"]:
            print(f"  {name}: Axelrod {peer['scores'][name][:1]} detente {scores[name][:1]}")
    return same


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def negotiation(runs: int, rounds: int) -> bool:
    options = {"runs": runs, "rounds": rounds, "continuation": 1.0, "seed": 1}
    c0, t0 = _cpu(), time.perf_counter()
    parallel = simulate("action-for-action", "hedger", workers=2, **options)  # type: ignore[arg-type]
    t_parallel, c_parallel = time.perf_counter() - t0, _cpu() - c0
    c0, t0 = _cpu(), time.perf_counter()
    serial = simulate("action-for-action", "hedger", workers=1, **options)  # type: ignore[arg-type]
    t_serial, c_serial = time.perf_counter() - t0, _cpu() - c0
    same = all(np.array_equal(getattr(serial, k), getattr(parallel, k))
               for k in ("time_to", "final_level", "crises", "state_counts", "trust_counts"))
    print(f"negotiation: {runs:,} runs x {rounds} rounds: {t_parallel:.2f} s on 2 processes (goal <= 10 s), "
          f"{t_serial:.2f} s in one ({t_serial / t_parallel:.2f}x); parallel equals serial: {'yes' if same else 'NO'}")
    print(f"  CPU time: {c_parallel:.2f} s over 2 processes, {c_serial:.2f} s in one; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times stretch when the cores are shared)")
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--axelrod-python", required=True, help="python of the venv with axelrod==4.13.1")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    ns = parser.parse_args()
    reps, runs = (2, 100_000) if ns.quick else (5, 1_000_000)
    base = {"turns": 200, "repetitions": reps, "seed": 0, "repeat": 1 if ns.quick else 3}
    ok = compare_tournament(ns.axelrod_python, "tournament, 8 deterministic players",
                            {**base, "players": DETERMINISTIC, "noise": 0.0}, check_scores=True)
    compare_tournament(ns.axelrod_python, "tournament, 14 players with noise 0.05",
                       {**base, "players": DETERMINISTIC + STOCHASTIC, "noise": 0.05}, check_scores=False)
    ok &= negotiation(runs, 100)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
