"""The index, scorecard, milestones and judge commands, run in-process on the bundled record."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

COMMANDS = ("index", "scorecard", "milestones", "judge")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(cli, command: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert "Example: detente " + command in " ".join(result.stdout.split())


def test_index_json_rows_and_null_periods(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("index", "--store", str(bundled_store), "--from", "2017-01-01", "--to", "2019-12-31",
                 "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    rows = data["rows"]
    assert rows[0]["period"] == "2017-01" and rows[-1]["period"] == "2019-12" and len(rows) == 36
    for r in rows:
        assert set(r) >= {"period", "cxi", "balance", "material_conflict", "material_cooperation", "channel",
                          "pressure", "events"}
        assert (r["cxi"] is None) == (r["events"] == 0)
    assert data["meta"]["options"]["weights"]["balance"] == 0.35


def test_index_csv_weights_freq_and_bad_input(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    st = str(bundled_store)
    result = cli("index", "--store", st, "--freq", "quarter", "--weights", "balance", "--from", "2018-01-01",
                 "--to", "2018-12-31", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["period"] for r in rows] == ["2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4"]
    for r in rows:
        assert float(r["cxi"]) == pytest.approx(100 * (float(r["balance"]) + 1) / 2, abs=1e-3)
    assert cli("index", "--store", st, "--weights", "1,2").exit_code == 2
    assert cli("index", "--store", st, "--freq", "day").exit_code == 2
    bad = cli("index", "--store", st, "--from", "June")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr
    none = cli("index", "--store", st, "--dyad", "FRA-DEU")
    assert none.exit_code == 2 and "ingest" in none.stderr


def test_index_table_shows_missing_as_dash(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("index", "--store", str(bundled_store), "--from", "1990-01-01", "--to", "1990-12-31")
    assert result.exit_code == 0, result.stderr
    assert "1990-02" in result.stdout and " - " in result.stdout


def test_scorecard_and_milestones(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    st = str(bundled_store)
    result = cli("scorecard", "--store", st, "--from", "2018-01-01", "--to", "2019-12-31", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["rows"]) == 24
    assert {"lead_lag", "reciprocity", "action_for_action"} <= set(data["diagnostics"])
    table = cli("scorecard", "--store", st, "--from", "2018-01-01", "--to", "2018-12-31")
    # the diagnostics in sentences, as the report gives them: no Python value (None, a dict) printed
    words = " ".join(table.stdout.split())
    year = json.loads(cli("scorecard", "--store", st, "--from", "2018-01-01", "--to", "2018-12-31",
                          "--format", "json").stdout)["diagnostics"]
    afa = year["action_for_action"]
    assert (f"Action for action: {afa['peace_steps']} peace and {afa['denuclearization_steps']} denuclearization "
            "steps") in words
    assert words.count("Reciprocity: ") == 2 and "Lead-lag: " in words
    assert "None" not in words and "{" not in words
    ms = cli("milestones", "--store", st, "--track", "denuclearization", "--format", "json")
    assert ms.exit_code == 0
    rows = json.loads(ms.stdout)["rows"]
    assert rows and all(r["track"] == "denuclearization" for r in rows)
    assert cli("milestones", "--store", st, "--track", "war").exit_code == 2


def test_judge_as_of_the_essay_week_is_reproducible(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    st = str(bundled_store)
    first = cli("judge", "--store", st, "--as-of", "2019-02-14", "--format", "json")
    second = cli("judge", "--store", st, "--as-of", "2019-02-14", "--format", "json")
    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    for key in ("dyad", "as_of", "change_points", "regimes", "coexistent", "paradigm", "tracks", "channels",
                "evidence", "verdict"):
        assert key in data
    assert data["as_of"] == "2019-02-14" and data["dyad"] == "USA-PRK"
    text = data["verdict"]
    # it speaks to the question: coexistence by persistence, the tracks, the paradigm, with cited evidence
    assert "coexistence" in text and "Paradigm" in text and "denuclearization" in text
    assert data["paradigm"]["label"] in ("sequenced", "parallel", "undetermined") and data["paradigm"]["why"]
    assert data["evidence"] and all(e["citation"] for e in data["evidence"])
    assert all(e["date"] <= "2019-02-14" for e in data["evidence"])
    text_out = cli("judge", "--store", st, "--as-of", "2019-02-14")
    assert text_out.exit_code == 0 and text_out.stdout == cli("judge", "--store", st, "--as-of", "2019-02-14").stdout
    assert "Evidence" in text_out.stdout


def test_judge_sensitivity_labels_each_conclusion(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("judge", "--store", str(bundled_store), "--as-of", "2019-02-14", "--sensitivity", "--format", "json")
    assert result.exit_code == 0, result.stderr
    sens = json.loads(result.stdout)["sensitivity"]
    assert {v["name"] for v in sens["variants"]} >= {"equal weights", "balance alone"}
    for c in sens["conclusions"].values():
        assert c["label"] in ("robust", "fragile", "untested")
        assert (c["label"] == "fragile") == bool(c["flipped_by"])
    table = cli("judge", "--store", str(bundled_store), "--as-of", "2019-02-14", "--sensitivity")
    assert "Sensitivity" in table.stdout


def test_index_evidence_options_reach_the_library(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from detente.judge import index_from_store
    from detente.measure import EvidenceOptions, IndexOptions
    from detente.model import Dyad
    from detente.store import Store

    args = ("index", "--store", str(bundled_store), "--from", "2018-01-01", "--to", "2018-12-31", "--format", "json")
    raw = json.loads(cli(*args, "--n0", "0", "--interval", "0.95", "--seed", "4").stdout)
    with Store.open(bundled_store, read_only=True) as st:
        want = index_from_store(st, Dyad.parse("USA-PRK"), start=dt.date(2018, 1, 1), end=dt.date(2018, 12, 31),
                                options=IndexOptions(evidence=EvidenceOptions(n0=0.0, level=0.95, seed=4)))
    assert raw["rows"] == json.loads(json.dumps(want.rows()))
    assert raw["meta"]["evidence"]["n0"] == 0 and raw["meta"]["evidence"]["interval"] == 0.95
    default = json.loads(cli(*args).stdout)
    assert default["meta"]["evidence"]["n0"] > 0  # the median event mass
    # with n0 = 0 the shares are the raw ones: a one-sided month reaches +-1; weighted by its evidence it does not
    one_sided = [(a, b) for a, b in zip(raw["rows"], default["rows"], strict=True)
                 if a["balance"] is not None and abs(a["balance"]) == 1.0]
    assert one_sided
    assert all(-1.0 < b["balance"] < 1.0 for _, b in one_sided)
    bad = cli(*args, "--n0", "-1")
    assert bad.exit_code == 2


def test_judge_json_gives_each_regime_its_evidence(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("judge", "--store", str(bundled_store), "--format", "json").stdout)
    assert data["coexistent"] in (True, False, None)
    assert data["evidence_state"] == data["current_regime"]["evidence"]
    for r in data["regimes"]:
        assert {"events", "periods_with_events", "evidence", "cxi_low", "cxi_high", "coexistent"} <= set(r)
        assert r["evidence"] == ("sufficient" if r["events"] >= 12 and r["periods_with_events"] >= 4
                                 else "insufficient")
        if r["coexistent"]:
            assert r["events"] >= 12 and r["cxi_low"] >= data["method"]["options"]["threshold"]
        if r["evidence"] == "insufficient":
            assert r["coexistent"] in (None, False)
    halved = json.loads(cli("judge", "--store", str(bundled_store), "--n0", "1", "--format", "json").stdout)
    assert halved["method"]["index"]["evidence"]["n0"] == 1.0


def test_the_thin_cut_off_is_an_option_of_index_and_judge(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    st = str(bundled_store)
    args = ("index", "--store", st, "--from", "2016-01-01", "--to", "2019-12-31", "--format", "json")
    default = json.loads(cli(*args).stdout)
    five = json.loads(cli(*args, "--thin-events", "5").stdout)
    none = json.loads(cli(*args, "--thin-events", "0").stdout)
    assert default["meta"]["evidence"]["thin_events"] == 3 and five["meta"]["evidence"]["thin_events"] == 5
    for rows, cut in ((default["rows"], 3), (five["rows"], 5), (none["rows"], 0)):
        assert [r["thin"] for r in rows] == [r["events"] < cut for r in rows]
    # the cut-off flags periods; it moves no value
    assert [r["cxi"] for r in five["rows"]] == [r["cxi"] for r in default["rows"]]
    assert sum(r["thin"] for r in five["rows"]) > sum(r["thin"] for r in default["rows"]) > 0
    csv_rows = list(csv.DictReader(io.StringIO(cli(*args[:-1], "csv", "--thin-events", "5").stdout)))
    assert [r["thin"] == "True" for r in csv_rows] == [r["thin"] for r in five["rows"]]
    assert cli(*args, "--thin-events", "-1").exit_code == 2

    judged = {k: json.loads(cli("judge", "--store", st, "--thin-events", str(k), "--format", "json").stdout)
              for k in (3, 6)}
    series = json.loads(cli("index", "--store", st, "--format", "json").stdout)["rows"]
    for k, data in judged.items():
        assert data["method"]["index"]["evidence"]["thin_events"] == k
        for r in data["regimes"]:  # each regime counts its periods with events but fewer than k
            inside = [p for p in series if r["start"] <= p["start"] and p["end"] <= r["end"]]
            assert r["thin_periods"] == sum(0 < p["events"] < k for p in inside), r
    assert [r["coexistent"] for r in judged[3]["regimes"]] == [r["coexistent"] for r in judged[6]["regimes"]]
    assert sum(r["thin_periods"] for r in judged[6]["regimes"]) > sum(r["thin_periods"] for r in judged[3]["regimes"])


def test_report_takes_the_thin_cut_off(cli) -> None:  # type: ignore[no-untyped-def]
    assert "--thin-events" in cli("report", "--help").stdout
    bad = cli("report", "--thin-events", "-1")
    assert bad.exit_code == 2 and "--thin-events" in bad.stderr
