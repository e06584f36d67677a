"""The peer: the same round-robin tournament played by the Axelrod library (run in its own environment).

Run by run.py with the benchmark venv's python: python axelrod_side.py '{"players": [...], "turns": 200, ...}'
Prints JSON: each player's total score per repetition and the best wall time of ``repeat`` plays.
"""

from __future__ import annotations

import json
import sys
import time

import axelrod as axl

CLASSES = {
    "cooperator": axl.Cooperator,
    "defector": axl.Defector,
    "tit-for-tat": axl.TitForTat,
    "grudger": axl.Grudger,
    "go-by-majority": axl.GoByMajority,
    "win-stay-lose-shift": axl.WinStayLoseShift,
    "generous-tit-for-tat": axl.GTFT,
    "random": axl.Random,
    "davis": axl.FirstByDavis,
    "shubik": axl.FirstByShubik,
    "joss": axl.FirstByJoss,
    "grofman": axl.FirstByGrofman,
    "feld": axl.FirstByFeld,
    "tullock": axl.FirstByTullock,
}


def main(config: dict) -> dict:
    names = config["players"]
    n = len(names)
    edges = [(i, j) for i in range(n) for j in range(i + 1, n)]  # self-play excluded, as in detente
    best, scores = float("inf"), None
    for _ in range(config.get("repeat", 3)):
        players = [CLASSES[name]() for name in names]
        tournament = axl.Tournament(players, turns=config["turns"], repetitions=config["repetitions"],
                                    noise=config.get("noise", 0.0), edges=edges, seed=config.get("seed", 0))
        t0 = time.perf_counter()
        result = tournament.play(progress_bar=False, processes=None)
        best = min(best, time.perf_counter() - t0)
        scores = {name: [float(s) for s in result.scores[i]] for i, name in enumerate(names)}
    return {"version": axl.__version__, "seconds": best, "scores": scores}


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))))
