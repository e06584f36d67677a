"""External validation of the index (``detente eval index``): parsing the independent records, the statistics on
crafted series whose answer is known, and the command on the bundled record against the CNS test list (a copy in
tests/fixtures/korea) and the labelled periods of evals/index."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from detente.cli import build_app
from detente.errors import InputError, MeasureError
from detente.judge import (
    JudgeOptions,
    LabelledPeriod,
    find_regimes,
    parse_periods,
    parse_provocations,
    validate_periods,
    validate_provocations,
    verdict_from_store,
)
from detente.measure import IndexOptions, IndexSeries, coexistence_index
from detente.model import Dyad, Event
from detente.reference import enrich
from detente.store import Store

USA_PRK = Dyad.parse("USA-PRK")
D = dt.date
ROOT = Path(__file__).resolve().parents[2]
PERIODS = ROOT / "evals" / "index" / "us_dprk_periods.csv"


def _base(n: int = 48) -> IndexSeries:
    events = [enrich(Event(D(2010 + i // 12, i % 12 + 1, 5), "USAGOV", "PRKGOV", "040")) for i in range(n)]
    return coexistence_index(events, dyad=USA_PRK)


def crafted(cxi: object, pressure: object = None) -> IndexSeries:
    base = _base()
    c = np.asarray(cxi, dtype=np.float64)
    x = np.zeros(c.size) if pressure is None else np.asarray(pressure, dtype=np.float64)
    return dataclasses.replace(base, cxi=c, pressure=x, cxi_low=c, cxi_high=c, draws=None)


def month_dates(counts: list[int], first: dt.date = D(2010, 1, 1)) -> list[dt.date]:
    out = []
    for i, k in enumerate(counts):
        day = D(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 10)
        out += [day] * k
    return out


# ---- parsing ------------------------------------------------------------------------------------------------------


def test_provocation_dates_accept_days_and_months() -> None:
    got = parse_provocations([{"date": "2017-09-03"}, {"date": "1984-09", "missile": "Scud-B"}])
    assert got == [D(2017, 9, 3), D(1984, 9, 1)]


def test_a_utc_time_moves_a_provocation_to_the_index_clock() -> None:
    rows = [{"date": "2022-09-30", "time": "21:42 (UTC)"},  # 06:42 on 1 October in Pyongyang
            {"date": "2022-09-30", "time": "unknown"},
            {"date": "2024-06-30", "time": "14:59 UTC"},  # 23:59 in Pyongyang: the same day
            {"date": "2024-06-30", "time": "15:00Z"},
            {"date": "2022-12-31", "time": "09:40"},  # no UTC mark: a local time, kept
            {"date": "1984-09", "time": "23:00 (UTC)"},  # a month alone is not moved
            {"date": "2017-09-03", "origin_time_utc": "03:30:01.940"},
            {"date": "2006-10-08", "time_utc": "16:35"}]
    assert parse_provocations(rows) == [D(2022, 9, 30), D(2022, 9, 30), D(2024, 6, 30), D(2024, 6, 30),
                                        D(2022, 12, 31), D(1984, 9, 1), D(2017, 9, 3), D(2006, 10, 8)]
    assert parse_provocations(rows, utc_offset=9) == [D(2022, 10, 1), D(2022, 9, 30), D(2024, 6, 30),
                                                      D(2024, 7, 1), D(2022, 12, 31), D(1984, 9, 1),
                                                      D(2017, 9, 3), D(2006, 10, 9)]
    # west of Greenwich the day moves back
    assert parse_provocations([{"date": "2020-03-01", "time": "02:00 (UTC)"}], utc_offset=-5) == [D(2020, 2, 29)]
    with pytest.raises(InputError, match=r"row 2: time '25:10 \(UTC\)' is not a time of day"):
        parse_provocations([{"date": "2022-09-30", "time": "25:10 (UTC)"}], utc_offset=9)
    with pytest.raises(InputError, match="row 3: time_utc 'late' is not a time of day"):
        parse_provocations([{"date": "2022-09-30"}, {"date": "2022-09-30", "time_utc": "late"}], utc_offset=9)
    with pytest.raises(InputError, match="not between -14 and"):
        parse_provocations(rows, utc_offset=30)


@pytest.mark.parametrize(("rows", "message"), [
    ([], "has no rows"),
    ([{"day": "2017-09-03"}], "has no date column"),
    ([{"date": "2017-09-03"}, {"date": "3 Sep 2017"}], "row 3: date '3 Sep 2017' is not a date"),
])
def test_bad_provocation_files_say_what_to_fix(rows: list[dict[str, str]], message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_provocations(rows)


def test_periods_parse_labels_and_refuse_bad_spans() -> None:
    got = parse_periods([{"start": "2017-02-12", "end": "2017-12-31", "label": "Crisis", "name": "n", "source": "s"},
                         {"start": "2018-03", "end": "2019-02", "label": "détente"}])
    assert got == [LabelledPeriod(D(2017, 2, 12), D(2017, 12, 31), "crisis", "n", "s"),
                   LabelledPeriod(D(2018, 3, 1), D(2019, 2, 1), "detente")]
    with pytest.raises(InputError, match="row 2: label 'war' is not crisis or detente"):
        parse_periods([{"start": "2017-01-01", "end": "2017-02-01", "label": "war"}])
    with pytest.raises(InputError, match=r"ends \(2017-02-01\) before it starts"):
        parse_periods([{"start": "2017-05-01", "end": "2017-02-01", "label": "crisis"}])
    with pytest.raises(InputError, match="no end column"):
        parse_periods([{"start": "2017-05-01", "label": "crisis"}])


# ---- provocations on crafted series ---------------------------------------------------------------------------------


def test_an_index_that_mirrors_the_counts_correlates_minus_one_in_the_same_month() -> None:
    rng = np.random.default_rng(1)
    counts = rng.integers(0, 5, 48).tolist()
    out = validate_provocations(crafted(80.0 - 10.0 * np.array(counts), np.array(counts) / 4), month_dates(counts))
    assert out["cxi"]["correlation"] == pytest.approx(-1.0) and out["cxi"]["spearman"] == pytest.approx(-1.0)
    assert out["cxi"]["best_lag"] == {"lag": 0, "correlation": -1.0}
    assert out["pressure"]["correlation"] == pytest.approx(1.0)
    assert out["truth"] == {"rows": sum(counts), "in_window": sum(counts), "months": 48,
                            "months_with_provocations": sum(1 for c in counts if c)}
    assert out["summary"].startswith(f"{sum(counts)} provocations in ")


@pytest.mark.parametrize("shift", [2, -3])
def test_the_best_lag_finds_an_index_that_moves_first_or_after(shift: int) -> None:
    rng = np.random.default_rng(7)
    counts = rng.integers(0, 6, 48).astype(float)
    # the index at t mirrors the count at t + shift: shift > 0 means the index moves first
    index = 70.0 - 8.0 * np.roll(counts, -shift)
    out = validate_provocations(crafted(index), month_dates(counts.astype(int).tolist()))
    assert out["cxi"]["best_lag"]["lag"] == shift
    assert out["cxi"]["best_lag"]["correlation"] < -0.9
    assert len(out["lags"]) == 13 and {r["lag"] for r in out["lags"]} == set(range(-6, 7))


def test_months_without_a_cxi_are_left_out_and_the_window_is_the_overlap() -> None:
    counts = [1, 2] * 12 + [0] * 23 + [1]  # the record runs to the index's last month
    values = np.where(np.arange(48) % 2 == 0, np.nan, 30.0 + np.arange(48))
    early = month_dates([3], D(2005, 1, 1))  # before the index: outside the window
    out = validate_provocations(crafted(values), early + month_dates(counts))
    assert out["cxi"]["months"] == 24 and out["truth"]["in_window"] == 37 and out["truth"]["rows"] == 40
    assert out["window"] == ["2010-01-01", "2013-12-10"] and out["truth"]["months"] == 48
    assert out["cxi"]["correlation"] is not None and out["cxi"]["correlation"] < 0
    # a record that ends early: the months after its last row are not counted as months without provocations
    short = validate_provocations(crafted(values), month_dates([1, 0, 2, 1]))
    assert short["window"] == ["2010-01-10", "2010-04-10"] and short["truth"]["months"] == 4
    with pytest.raises(InputError, match="do not overlap"):
        validate_provocations(crafted(values), month_dates([2], D(2030, 1, 1)))
    with pytest.raises(MeasureError, match="monthly"):
        weekly = coexistence_index([enrich(Event(D(2010, 1, 5), "USAGOV", "PRKGOV", "040"))], dyad=USA_PRK,
                                   options=IndexOptions(freq="week"))
        validate_provocations(weekly, [D(2010, 1, 5)])


# ---- periods on crafted regimes -----------------------------------------------------------------------------------


def test_labelled_months_agree_with_the_state_of_their_regime() -> None:
    values = [30.0] * 24 + [75.0] * 24
    series = dataclasses.replace(crafted(values), material_conflict=np.array([0.5] * 24 + [0.1] * 24),
                                 events=np.full(48, 3, dtype=np.int64))
    found = find_regimes(series, JudgeOptions())
    assert [r.coexistent for r in found.regimes] == [False, True]
    periods = [LabelledPeriod(D(2010, 3, 1), D(2010, 8, 31), "crisis", "a"),
               LabelledPeriod(D(2011, 10, 15), D(2012, 3, 1), "crisis", "straddles the turn"),
               LabelledPeriod(D(2012, 6, 1), D(2014, 5, 31), "detente", "runs past the index")]
    out = validate_periods(series, found.regimes, periods, threshold=60.0)
    rows = out["periods"]
    assert [(r["months"], r["agree"]) for r in rows] == [(6, 6), (6, 3), (19, 19)]
    assert rows[1]["states"] == {"crisis": 3, "detente": 3, "neither": 0}
    assert rows[2]["outside_index"] == 5 and rows[2]["share"] == 1.0
    assert out["by_label"]["crisis"] == {"months": 12, "agree": 9, "share": 0.75, "mean_cxi": 41.25}
    assert out["by_label"]["detente"]["mean_cxi"] == 75.0
    assert (out["months"], out["agree"], out["share"]) == (31, 28, round(28 / 31, 3))
    assert out["summary"].startswith("28 of 31 labelled months (90%)")


def test_a_cooperative_regime_without_enough_evidence_is_neither() -> None:
    values = [30.0] * 24 + [75.0] * 24
    series = dataclasses.replace(crafted(values), material_conflict=np.array([0.5] * 24 + [0.1] * 24),
                                 events=np.array([3] * 24 + [0] * 23 + [1], dtype=np.int64))
    found = find_regimes(series, JudgeOptions())
    assert found.current.coexistent is None
    out = validate_periods(series, found.regimes, [LabelledPeriod(D(2012, 1, 1), D(2012, 12, 31), "detente")],
                           threshold=60.0)
    assert out["periods"][0]["states"] == {"crisis": 0, "detente": 0, "neither": 12} and out["agree"] == 0


# ---- the command on the bundled record --------------------------------------------------------------------------


def run(*args: str) -> Any:
    result = CliRunner().invoke(build_app(), list(args))
    return result


def test_eval_index_against_the_cns_tests_agrees_with_the_library(bundled_store: Path,
                                                                   fixture_file: Any) -> None:
    missiles = fixture_file("korea/missile_tests_cns_extended_1984_2026.csv")
    nuclear = fixture_file("korea/nuclear_tests.csv")
    out = run("eval", "index", "--store", str(bundled_store), "--truth", str(missiles), "--truth", str(nuclear),
              "--kind", "provocations", "--format", "json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    with Store.open(bundled_store, read_only=True) as st:
        v = verdict_from_store(st, USA_PRK)
    rows = [r for path in (missiles, nuclear) for r in csv.DictReader(path.open(encoding="utf-8"))]
    want = validate_provocations(v.series, parse_provocations(rows))
    assert {k: data[k] for k in want} == json.loads(json.dumps(want))
    assert data["truth_files"] == [str(missiles), str(nuclear)] and data["utc_offset"] is None
    # on the index's clock (the record's days are Korean days): the launches of 30 September 2022 and 30 June 2024
    # after 15:00 UTC count in October and July, as the record has them
    korea = run("eval", "index", "--store", str(bundled_store), "--truth", str(missiles), "--truth", str(nuclear),
                "--kind", "provocations", "--utc-offset", "9", "--format", "json")
    assert korea.exit_code == 0, korea.output
    aligned = json.loads(korea.stdout)
    want = validate_provocations(v.series, parse_provocations(rows, utc_offset=9))
    assert {k: aligned[k] for k in want} == json.loads(json.dumps(want)) and aligned["utc_offset"] == 9
    assert aligned["truth"]["in_window"] == data["truth"]["in_window"]
    # validity: months with more tests have a lower CXI and more pressure
    assert data["cxi"]["correlation"] < -0.3 and data["cxi"]["spearman"] < -0.3
    assert data["pressure"]["correlation"] > 0.3
    text = run("eval", "index", "--store", str(bundled_store), "--truth", str(missiles), "--kind", "provocations")
    assert text.exit_code == 0 and "the monthly CXI correlates" in text.stdout and "lag +0" in text.stdout


def test_eval_index_against_the_labelled_periods(bundled_store: Path) -> None:
    out = run("eval", "index", "--store", str(bundled_store), "--truth", str(PERIODS), "--kind", "periods",
              "--format", "json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert len(data["periods"]) == sum(1 for _ in csv.DictReader(PERIODS.open(encoding="utf-8")))
    assert all(r["source"] for r in data["periods"])  # every span cites its chronology
    crisis, detente = data["by_label"]["crisis"], data["by_label"]["detente"]
    # validity: the labelled crises sit lower on the index than the labelled detente
    assert crisis["mean_cxi"] < detente["mean_cxi"]
    assert data["months"] == crisis["months"] + detente["months"] > 100
    assert 0.0 <= data["share"] <= 1.0


@pytest.mark.parametrize(("args", "message"), [
    (("--truth", "nowhere.csv", "--kind", "periods"), "no truth file at nowhere.csv"),
    (("--truth", "x.csv", "--kind", "wars"), "--kind"),
])
def test_eval_index_refuses_bad_input_in_one_line(tmp_path: Path, args: tuple[str, ...], message: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from detente.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["eval", "index", "--store", str(tmp_path / "s.duckdb"), *args])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert message in err[-1]  # the error line (usage errors print click's usage lines above it)
