"""``detente simulate``, ``tournament`` and ``match`` through the real entry point."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from detente.model import Event

REFERENCE = {"cooperator": 90, "defector": 92, "grudger": 99, "go-by-majority": 99, "tit-for-tat": 99}


def test_tournament_json_reproduces_the_reference(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("tournament", "--players", ",".join(REFERENCE), "--turns", "10", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {p["name"]: p["score"] for p in data["players"]} == REFERENCE
    assert data["seed"] == 0 and data["self_play"] is False


def test_tournament_table_ranks_players(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("tournament", "--players", "cooperator,defector", "--turns", "10")
    assert result.exit_code == 0
    assert result.stdout.index("defector") < result.stdout.index("cooperator")


def test_tournament_of_all_players(cli) -> None:  # type: ignore[no-untyped-def]
    from detente.simulate import PLAYERS

    result = cli("tournament", "--players", "all", "--turns", "20", "--seed", "3", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [p["name"] for p in json.loads(result.stdout)["players"]] == list(PLAYERS)


def test_match_json(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("match", "tit-for-tat", "defector", "--turns", "10", "--format", "json")
    assert result.exit_code == 0, result.stderr
    players = json.loads(result.stdout)["players"]
    assert [(p["name"], p["mean_payoff"], p["cooperation_rate"]) for p in players] == [
        ("tit-for-tat", 0.9, 0.1), ("defector", 1.4, 0.0)]


def test_simulate_json_reports_every_pairing_with_intervals(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sim.json"
    result = cli("simulate", "--us", "grit,cvid-first", "--dprk", "reciprocator", "--runs", "300", "--seed", "4",
                 "--noise", "0.02", "--continuation", "0.98", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    data = json.loads(out.read_text())
    assert [(p["us"], p["dprk"]) for p in data["pairings"]] == [("grit", "reciprocator"),
                                                                ("cvid-first", "reciprocator")]
    first = data["pairings"][0]
    assert first["seed"] == 4 and first["noise"] == 0.02 and first["runs"] == 300
    for key in ("coexistence", "median_time", "persistence", "crisis_rate", "deal"):
        assert {"value", "low", "high"} <= set(first[key])
    assert set(first["denuclearization"]) == {"0", "1", "2", "3", "4"}


def test_simulate_table(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("simulate", "--us", "grit", "--dprk", "hedger", "--runs", "200")
    assert result.exit_code == 0, result.stderr
    assert "grit" in result.stdout and "hedger" in result.stdout


def test_calibrate_uses_the_bundled_record(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import detente.ingest.bundled as bundled
    import detente.simulate._calibrate as cal

    events = [Event(date=dt.date(1994 + k % 26, 1 + k % 12, 1), source="PRKMIL", target="USA", code="150")
              for k in range(60)]
    monkeypatch.setattr(bundled, "bundled_events", lambda: events)
    monkeypatch.setattr(cal, "DEFAULT_GRID", {"noise": (0.0, 0.1), "trust_gain": (0.15,), "trust_loss": (0.3,),
                                              "trust_drift": (0.02,)})
    result = cli("simulate", "--calibrate", "--format", "json")
    assert result.exit_code == 0, result.stderr
    fit = json.loads(result.stdout)
    assert fit["observed"]["tests"] == pytest.approx(60 / 26)
    assert fit["years"] == [1994, 2019]
    assert len(fit["grid"]) == 2
    assert fit["fitted"]["noise"] in (0.0, 0.1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["simulate", "--us", "hedger"], "plays for the DPRK, not the US; pass it with --dprk"),
        (["simulate", "--noise", "0.9", "--runs", "10"], "noise must lie between 0 and"),
        (["tournament", "--players", "cooperator,nobody"], "unknown player 'nobody'"),
        (["match", "tit-for-tat", "defector", "--turns", "0"], "turns must be at least 1"),
        (["tournament", "--players", ","], "--players is empty"),
    ],
)
def test_errors_are_one_line_and_exit_2(cli, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.strip().count("\n") == 0


@pytest.mark.parametrize("command", ["simulate", "tournament", "match"])
def test_every_command_has_help_with_an_example(cli, command: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert f"Example: detente {command}" in result.stdout
