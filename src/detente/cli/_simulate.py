"""``detente simulate``, ``detente tournament`` and ``detente match``: the paradigm simulator."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.progress import Progress
from rich.table import Table

from detente.cli._common import FormatOption, OutOption, check_choice, console, emit_json, err_console
from detente.errors import SimulationError

FORMATS = ("table", "json")
CALIBRATION_YEARS = (1994, 2019)

SeedOption = Annotated[int, typer.Option("--seed", help="Random seed; the same seed gives the same result.")]
NoiseOption = Annotated[float, typer.Option("--noise", help="Probability that a move is flipped (0..1).")]
WorkersOption = Annotated[int, typer.Option("--workers", help="Worker processes (same result as 1).")]


def _names(value: str, option: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    if not names:
        raise SimulationError(f"{option} is empty; list names separated by commas, e.g. {option} grit,cvid-first")
    return names


def _interval(est: dict[str, Any], fmt: str = "{:.2f}") -> str:
    if est["value"] is None:
        return "-"
    return f"{fmt.format(est['value'])} [{fmt.format(est['low'])}, {fmt.format(est['high'])}]"


def simulate(
    us: Annotated[str, typer.Option("--us", help="US policies, comma-separated: cvid-first, action-for-action, "
                                                 "grit, max-pressure (or module:Class).")]
    = "cvid-first,action-for-action,grit,max-pressure",
    dprk: Annotated[str, typer.Option("--dprk", help="DPRK policies, comma-separated: reciprocator, hedger, "
                                                     "hardliner (or module:Class).")] = "reciprocator,hedger,hardliner",
    runs: Annotated[int, typer.Option("--runs", help="Monte Carlo runs per pairing.")] = 10_000,
    rounds: Annotated[int, typer.Option("--rounds", help="Most rounds (months) a run can last.")] = 120,
    noise: Annotated[float | None, typer.Option("--noise", help="Probability a move is misread "
                                                               "[default: 0.05].", show_default=False)] = None,
    continuation: Annotated[float, typer.Option("--continuation",
                                                help="Probability the game goes on after a round.")] = 0.99,
    seed: SeedOption = 0,
    workers: WorkersOption = 1,
    calibrate: Annotated[bool, typer.Option("--calibrate", help="Fit noise and trust parameters to the bundled "
                                                                "1994-2019 record and print the fit.")] = False,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Simulate US and DPRK policies against each other: P(coexistence), median time to it, persistence, the
    denuclearization level reached and the crisis rate, each with a 95% interval.

    Example: detente simulate --us grit,cvid-first --dprk reciprocator --runs 20000 --noise 0.05 --seed 1
    """
    from detente.simulate import Dynamics
    from detente.simulate import simulate as run

    check_choice(fmt, FORMATS, "--format")
    if calibrate:
        _calibrate(us, dprk, seed=seed, fmt=fmt, out=out)
        return
    dynamics = Dynamics() if noise is None else Dynamics(noise=noise)
    pairings = [(u, d) for u in _names(us, "--us") for d in _names(dprk, "--dprk")]
    summaries = []
    with Progress(console=err_console, transient=True, disable=runs * len(pairings) < 50_000) as progress:
        task = progress.add_task("simulating", total=len(pairings))
        for u, d in pairings:
            progress.update(task, description=f"{u} vs {d}")
            result = run(u, d, runs=runs, rounds=rounds, continuation=continuation, seed=seed, dynamics=dynamics,
                         workers=workers)
            summaries.append(result.summary())
            progress.advance(task)
    if fmt == "json" or out is not None:
        emit_json({"seed": seed, "pairings": summaries}, out)
        return
    table = Table(title=f"{runs} runs per pairing, noise {dynamics.noise:g}, continuation {continuation:g}, "
                        f"seed {seed}")
    for column in ("US", "DPRK", "P(coexistence)", "median months", "persistence", "P(deal)",
                   "denuclearization level 0/1/2/3/4", "crises / year"):
        table.add_column(column)
    for s in summaries:
        levels = "/".join(f"{100 * s['denuclearization'][str(k)]['value']:.0f}%" for k in range(5))
        table.add_row(s["us"], s["dprk"], _interval(s["coexistence"]), _interval(s["median_time"], "{:.0f}"),
                      _interval(s["persistence"]), _interval(s["deal"]), levels, _interval(s["crisis_rate"], "{:.1f}"))
    console.print(table)


def _calibrate(us: str, dprk: str, *, seed: int, fmt: str, out: Any) -> None:
    from detente.ingest.bundled import bundled_events
    from detente.simulate import calibrate

    default_us, default_dprk = "action-for-action", "hedger"
    us_names, dprk_names = _names(us, "--us"), _names(dprk, "--dprk")
    pair_us = us_names[0] if len(us_names) == 1 else default_us
    pair_dprk = dprk_names[0] if len(dprk_names) == 1 else default_dprk
    fit = calibrate(bundled_events(), us=pair_us, dprk=pair_dprk, seed=seed, years=CALIBRATION_YEARS)
    if fmt == "json" or out is not None:
        emit_json(fit.to_dict(), out)
        return
    d = fit.dynamics
    table = Table(title=f"Calibration of {fit.us} vs {fit.dprk} on the bundled record "
                        f"{CALIBRATION_YEARS[0]}-{CALIBRATION_YEARS[1]} ({len(fit.grid)} grid points, seed {seed})")
    for column in ("base rate (months per year)", "record", "fitted model"):
        table.add_column(column)
    for key in ("tests", "talks"):
        table.add_row(key, f"{fit.observed[key]:.2f}", f"{fit.simulated[key]:.2f}")
    console.print(table)
    console.print(f"fitted: noise {d.noise:g}, trust gain {d.trust_gain:g}, trust loss {d.trust_loss:g}, "
                  f"trust drift {d.trust_drift:g} (squared log-ratio loss {fit.loss:.4f}, {fit.runs} runs of "
                  f"{fit.rounds} months per grid point)")


def tournament(
    players: Annotated[str, typer.Option("--players", help="Players, comma-separated (names above, or "
                                                           "module:Class), or 'all' for every built-in player.")],
    turns: Annotated[int, typer.Option("--turns", help="Turns per match.")] = 200,
    repetitions: Annotated[int, typer.Option("--repetitions", help="Matches per pair.")] = 1,
    noise: NoiseOption = 0.0,
    seed: SeedOption = 0,
    self_play: Annotated[bool, typer.Option("--self-play", help="Also play each player against itself.")] = False,
    workers: WorkersOption = 1,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Round-robin iterated prisoner's dilemma (R,S,T,P = 3,0,5,1); each player's total score.

    Players: cooperator, defector, tit-for-tat, grudger, go-by-majority, generous-tit-for-tat,
    win-stay-lose-shift, random, davis, shubik, joss, grofman, feld, tullock.

    Example: detente tournament --players cooperator,defector,tit-for-tat,grudger --turns 10 --format json
    """
    from detente.simulate import PLAYERS
    from detente.simulate import tournament as run

    check_choice(fmt, FORMATS, "--format")
    names = list(PLAYERS) if players.strip() == "all" else _names(players, "--players")
    result = run(names, turns=turns, repetitions=repetitions, noise=noise, seed=seed,
                 self_play=self_play, workers=workers)
    if fmt == "json" or out is not None:
        emit_json(result.to_dict(), out)
        return
    table = Table(title=f"{turns} turns, {repetitions} repetition(s), noise {noise:g}, seed {seed}")
    table.add_column("rank")
    table.add_column("player")
    table.add_column("score", justify="right")
    for rank, (name, score) in enumerate(result.ranking(), start=1):
        table.add_row(str(rank), name, f"{score:g}")
    console.print(table)


def match(
    first: Annotated[str, typer.Argument(help="First player, e.g. tit-for-tat.")],
    second: Annotated[str, typer.Argument(help="Second player, e.g. defector.")],
    turns: Annotated[int, typer.Option("--turns", help="Turns per match.")] = 200,
    repetitions: Annotated[int, typer.Option("--repetitions", help="Matches to average over.")] = 1,
    noise: NoiseOption = 0.0,
    seed: SeedOption = 0,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Play two prisoner's-dilemma players against each other: mean payoff per turn and cooperation rate.

    Example: detente match tit-for-tat generous-tit-for-tat --turns 1000 --noise 0.05 --seed 1 --format json
    """
    from detente.simulate import match as run

    check_choice(fmt, FORMATS, "--format")
    result = run(first, second, turns=turns, noise=noise, seed=seed, repetitions=repetitions)
    if fmt == "json" or out is not None:
        emit_json(result.to_dict(), out)
        return
    table = Table(title=f"{turns} turns, {repetitions} repetition(s), noise {noise:g}, seed {seed}")
    for column in ("player", "mean payoff", "cooperation rate"):
        table.add_column(column)
    for name, pay, coop in zip(result.players, result.mean_payoff, result.cooperation_rate, strict=True):
        table.add_row(name, f"{pay:.3f}", f"{coop:.3f}")
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add ``simulate``, ``tournament`` and ``match`` to the ``detente`` command."""
    app.command("simulate")(simulate)
    app.command("tournament")(tournament)
    app.command("match")(match)
