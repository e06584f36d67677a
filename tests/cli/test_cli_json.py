"""Every ``--format json`` (and ``--json``) output of the CLI: it parses, its keys are the documented ones, and its
values agree with the library called directly on the same store (the CLI is a thin layer and adds no numbers).

The index and scorecard commands compute through the one-SQL engine path (``measure/_sql.py``); the library's
numpy path (``detente.judge.index_from_store`` / ``scorecard_from_store``) is the independent reference here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.cli._coder import _OUTPUT_FIELDS
from detente.cli._judge import INDEX_CSV_COLUMNS, MILESTONE_COLUMNS, SCORE_COLUMNS
from detente.cli._paradigms import _CSV_COLUMNS
from detente.judge import JudgeOptions, index_from_store, scorecard_from_store, verdict_from_store
from detente.measure import IndexOptions, IndexWeights, ScorecardOptions
from detente.model import Dyad
from detente.store import NAMED_ONLY, Store

USA_PRK = Dyad.parse("USA-PRK")


def _json(result: Any) -> Any:
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def _same(got: Any, want: Any, path: str = "$") -> None:
    """Deep equality with floats compared to 1e-6 relative (the CLI prints what the library rounds to 6 places)."""
    if isinstance(want, float) and isinstance(got, int | float) and not isinstance(got, bool):
        if math.isnan(want):
            assert math.isnan(got), path
        else:
            assert got == pytest.approx(want, rel=1e-6, abs=1e-6), path
    elif isinstance(want, dict):
        assert isinstance(got, dict) and set(got) == set(want), (path, set(got) ^ set(want))
        for k in want:
            _same(got[k], want[k], f"{path}.{k}")
    elif isinstance(want, list | tuple):
        assert isinstance(got, list) and len(got) == len(want), path
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            _same(g, w, f"{path}[{i}]")
    else:
        assert got == want, (path, got, want)


def _plain(data: Any) -> Any:
    """What ``emit_json`` makes of a library value: dates and other objects as strings, tuples as lists."""
    return json.loads(json.dumps(data, default=str))


@pytest.fixture
def store_copy(bundled_store: Path, tmp_path: Path) -> Path:
    """A private copy of the bundled store, for commands that write."""
    path = tmp_path / "copy.duckdb"
    shutil.copy(bundled_store, path)
    return path


# --- index --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "options", "start", "end"),
    [
        ((), IndexOptions(), dt.date(2017, 1, 1), dt.date(2019, 12, 31)),
        (("--freq", "quarter"), IndexOptions(freq="quarter"), dt.date(2003, 1, 1), dt.date(2008, 12, 31)),
        (("--freq", "week", "--weights", "equal"), IndexOptions(freq="week", weights=IndexWeights.parse("equal")),
         dt.date(2018, 5, 1), dt.date(2018, 7, 31)),
        (("--dedup", "none", "--weights", "balance=0.5,channel=0.5"),
         IndexOptions(dedup="none", weights=IndexWeights.parse("balance=0.5,channel=0.5")),
         dt.date(1994, 1, 1), dt.date(1995, 6, 30)),
    ],
    ids=["month", "quarter", "week-equal", "no-dedup-named-weights"],
)
def test_index_json_equals_the_library(cli, bundled_store: Path, extra: tuple[str, ...], options: IndexOptions,  # type: ignore[no-untyped-def]
                                       start: dt.date, end: dt.date) -> None:
    data = _json(cli("index", "--store", str(bundled_store), "--from", start.isoformat(), "--to", end.isoformat(),
                     *extra, "--format", "json"))
    assert set(data) == {"dyad", "meta", "rows"}
    assert data["dyad"] == "USA-PRK"
    with Store.open(bundled_store, read_only=True) as st:
        series = index_from_store(st, USA_PRK, options=options, start=start, end=end)
    want = series.rows()
    assert len(data["rows"]) == len(want) > 0
    for got, row in zip(data["rows"], want, strict=True):
        assert set(INDEX_CSV_COLUMNS) <= set(got)
        assert {"cxi", "cxi_low", "cxi_high", "thin", "events"} <= set(got)
        assert got["thin"] == (got["events"] < 3)
        if got["cxi"] is not None:
            assert got["cxi_low"] <= got["cxi"] <= got["cxi_high"]
        _same(got, row)
    meta = series.meta()
    assert data["meta"]["options"] == _plain(meta["options"])
    assert data["meta"]["channel_source"] == meta["channel_source"]
    assert data["meta"]["duplicates_merged"] == meta["duplicates_merged"]
    assert data["meta"]["pressure_reference"] == meta["pressure_reference"]


def test_index_as_of_and_dataset_equal_the_library(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2018, 6, 20)
    data = _json(cli("index", "--store", str(bundled_store), "--as-of", day.isoformat(), "--from", "2018-01-01",
                     "--dataset", "bundled", "--format", "json"))
    with Store.open(bundled_store, read_only=True) as st:
        want = index_from_store(st, USA_PRK, datasets=("bundled",), start=dt.date(2018, 1, 1), as_of=day)
    # as-of: the series runs to the period holding the day, and nothing after it counts
    assert data["rows"][-1]["period"] == "2018-06"
    assert data["meta"]["as_of"] == day.isoformat()
    _same(data["rows"], want.rows())


def test_index_csv_is_the_json_in_the_documented_columns(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    args = ("index", "--store", str(bundled_store), "--from", "2016-01-01", "--to", "2016-12-31")
    rows = _json(cli(*args, "--format", "json"))["rows"]
    out = cli(*args, "--format", "csv")
    assert out.exit_code == 0, out.stderr
    reader = csv.DictReader(io.StringIO(out.stdout))
    assert tuple(reader.fieldnames or ()) == INDEX_CSV_COLUMNS
    table = list(reader)
    assert [r["period"] for r in table] == [r["period"] for r in rows]
    for got, want in zip(table, rows, strict=True):
        for col in INDEX_CSV_COLUMNS[1:]:
            if want[col] is None:
                assert got[col] == ""  # null in json, empty in csv
            elif isinstance(want[col], bool):
                assert got[col] == str(want[col])
            elif isinstance(want[col], str):
                assert got[col] == want[col]
            else:
                assert float(got[col]) == pytest.approx(want[col])


# --- scorecard ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("freq", "start", "end"), [("month", "2018-01-01", "2019-12-31"),
                                                    ("quarter", "1993-01-01", "2003-12-31"),
                                                    ("week", "2018-05-01", "2018-07-31")])
def test_scorecard_json_equals_the_library(cli, bundled_store: Path, freq: str, start: str, end: str) -> None:  # type: ignore[no-untyped-def]
    data = _json(cli("scorecard", "--store", str(bundled_store), "--freq", freq, "--from", start, "--to", end,
                     "--format", "json"))
    assert set(data) == {"dyad", "rows", "diagnostics"}
    with Store.open(bundled_store, read_only=True) as st:
        cards = scorecard_from_store(st, USA_PRK, options=ScorecardOptions(freq=freq),  # type: ignore[arg-type]
                                     start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end))
    assert data["rows"] == cards.rows()
    _same(data["diagnostics"], _plain(cards.diagnostics))
    for r in data["rows"]:
        assert set(SCORE_COLUMNS) <= set(r)
        assert 0 <= r["peace_grade_a"] <= r["peace"] <= 4
        assert 0 <= r["denuclearization_grade_a"] <= r["denuclearization"] <= 4


def test_scorecard_without_a_window_spans_the_ledger(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    rows = _json(cli("scorecard", "--store", str(bundled_store), "--format", "json"))["rows"]
    with Store.open(bundled_store, read_only=True) as st:
        want = scorecard_from_store(st, USA_PRK).rows()
    assert rows == want
    # the ledger's first step is 1992-01-22 (src/detente/data/us_dprk_milestones.csv)
    assert rows[0]["period"] == "1992-01"
    # the action-for-action balance is the running difference of the steps taken on the two tracks
    running = 0
    for r in rows:
        running += r["peace_steps"] - r["denuclearization_steps"]
        assert r["action_for_action"] == running


def test_scorecard_csv_header(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    out = cli("scorecard", "--store", str(bundled_store), "--from", "2018-01-01", "--to", "2018-06-30",
              "--format", "csv")
    assert out.exit_code == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split(",") == list(SCORE_COLUMNS)
    assert [line.split(",")[0] for line in lines[1:]] == [f"2018-{m:02d}" for m in range(1, 7)]


# --- judge --------------------------------------------------------------------------------------------------------


def test_judge_json_equals_the_library(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    data = _json(cli("judge", "--store", str(bundled_store), "--as-of", "2018-12-31", "--freq", "quarter",
                     "--format", "json"))
    opts = JudgeOptions(index=IndexOptions(freq="quarter"))
    with Store.open(bundled_store, read_only=True) as st:
        v = verdict_from_store(st, USA_PRK, as_of=dt.date(2018, 12, 31), options=opts)
    _same(data, _plain(v.to_dict()))
    assert data["as_of"] == "2018-12-31"
    assert all(e["date"] <= "2018-12-31" for e in data["evidence"])
    assert all(c["date"] <= "2018-12-31" for c in data["change_points"])


# --- info and check -----------------------------------------------------------------------------------------------


def test_info_json_counts_agree_with_the_store_file(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    data = _json(cli("info", "--store", str(bundled_store), "--format", "json"))
    assert set(data) == {"store", "schema_version", "events", "quarantined", "first", "last", "datasets",
                         "ingest_runs", "milestones"}
    con = duckdb.connect(str(bundled_store), read_only=True)
    try:
        first, last = con.execute("SELECT min(date), max(date) FROM events").fetchone()  # type: ignore[misc]
        # the count leaves out the datasets read only when named (kcna), as the store's queries do
        (n,) = con.execute("SELECT count(*) FROM events WHERE dataset NOT IN (SELECT unnest(?))",  # type: ignore[misc]
                           [list(NAMED_ONLY)]).fetchone()
        (n_ms,) = con.execute("SELECT count(*) FROM milestones").fetchone()  # type: ignore[misc]
        per = con.execute("SELECT dataset, count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall()
    finally:
        con.close()
    assert data["events"] == n and data["first"] == first.isoformat() and data["last"] == last.isoformat()
    assert data["milestones"] == n_ms
    assert [(d["name"], d["events"]) for d in data["datasets"]] == per
    assert data["store"] == str(bundled_store)
    with Store.open(bundled_store, read_only=True) as st:
        want = st.info()
    assert data["schema_version"] == want["schema_version"]
    assert [r["run_id"] for r in data["ingest_runs"]] == [r["run_id"] for r in want["ingest_runs"]]


def test_info_counts_a_second_dataset(cli, store_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from detente.model import Event

    extra = [Event(dt.date(2020, 1, d), "USAGOV", "PRKGOV", "036", dataset="coded", source_country="USA",
                   target_country="PRK", event_id=f"x{d}") for d in (3, 4, 5)]
    with Store.open(store_copy) as st:
        before = st.count()
        st.write_events(extra, dataset="coded", input="test")
    data = _json(cli("info", "--store", str(store_copy), "--format", "json"))
    assert data["events"] == before + 3
    coded = [d for d in data["datasets"] if d["name"] == "coded"]
    assert coded == [{"name": "coded", "events": 3, "first": "2020-01-03", "last": "2020-01-05", "named_only": False}]
    assert data["ingest_runs"][-1]["dataset"] == "coded" and data["ingest_runs"][-1]["stored"] == 3


def test_check_json_equals_check_path(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    from detente.store._check import check_path

    result = cli("check", "--store", str(bundled_store), "--format", "json")
    data = _json(result)
    assert set(data) == {"store", "ok", "checks"}
    assert data == check_path(bundled_store).to_dict()
    assert data["ok"] is True and all(c["ok"] for c in data["checks"])
    assert all(set(c) == {"name", "ok", "detail"} for c in data["checks"])


# --- milestones ---------------------------------------------------------------------------------------------------


def test_milestones_json_keys_and_order(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    data = _json(cli("milestones", "--store", str(bundled_store), "--format", "json"))
    assert set(data) == {"dyad", "rows"}
    assert all(tuple(r) == MILESTONE_COLUMNS for r in data["rows"])
    dates = [r["date"] for r in data["rows"]]
    assert dates == sorted(dates)  # "by date"


# --- paradigms ----------------------------------------------------------------------------------------------------


def test_paradigms_json_equals_the_library(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    from detente.ingest.bundled import bundled_policy_periods
    from detente.judge.paradigms import ParadigmOptions, paradigms_from_store

    args = ("paradigms", "--store", str(bundled_store), "--no-simulate", "--resamples", "100", "--seed", "7")
    data = _json(cli(*args, "--format", "json"))
    assert set(data) == {"dyad", "as_of", "periods", "groups", "contrasts", "statement", "options"}
    assert "simulation" not in data  # --no-simulate
    with Store.open(bundled_store, read_only=True) as st:
        want = paradigms_from_store(st, USA_PRK, bundled_policy_periods(),
                                    options=ParadigmOptions(seed=7, resamples=100)).to_dict()
    _same(data, _plain(want))
    assert data["options"]["seed"] == 7 and data["options"]["resamples"] == 100
    out = cli(*args, "--format", "csv")
    assert out.exit_code == 0, out.stderr
    table = list(csv.DictReader(io.StringIO(out.stdout)))
    assert tuple(table[0]) == _CSV_COLUMNS
    assert [r["id"] for r in table] == [p["id"] for p in data["periods"]]


def test_paradigms_out_writes_the_json_to_the_file(cli, bundled_store: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "p.json"
    args = ("paradigms", "--store", str(bundled_store), "--no-simulate", "--resamples", "100", "--format", "json")
    result = cli(*args, "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8")) == _json(cli(*args))


# --- the simulator ------------------------------------------------------------------------------------------------


def test_match_json_equals_the_library(cli) -> None:  # type: ignore[no-untyped-def]
    from detente.simulate import match

    data = _json(cli("match", "grudger", "joss", "--turns", "50", "--repetitions", "3", "--noise", "0.1",
                     "--seed", "11", "--format", "json"))
    want = match("grudger", "joss", turns=50, repetitions=3, noise=0.1, seed=11).to_dict()
    _same(data, _plain(want))
    assert data != _json(cli("match", "grudger", "joss", "--turns", "50", "--repetitions", "3", "--noise", "0.1",
                             "--seed", "12", "--format", "json"))  # the seed is passed on


def test_tournament_out_file_is_json_even_in_table_format(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from detente.simulate import tournament

    out = tmp_path / "t.json"
    result = cli("tournament", "--players", "tit-for-tat,defector,random", "--turns", "30", "--noise", "0.05",
                 "--seed", "2", "--self-play", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # --out: written to the file, not the terminal
    want = tournament(["tit-for-tat", "defector", "random"], turns=30, noise=0.05, seed=2, self_play=True).to_dict()
    _same(json.loads(out.read_text(encoding="utf-8")), _plain(want))


# --- news reader and coder ----------------------------------------------------------------------------------------

ARTICLE = ("Kim Jong Un met Donald Trump in Singapore on Tuesday. The United States praised North Korea for "
           "returning the remains of soldiers. North Korea criticized the United States over the sanctions.\n")


def test_read_json_equals_the_library(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from detente.coding import read_article_events
    from detente.ingest.news import read_article

    page = tmp_path / "a.txt"
    page.write_text(ARTICLE * 2, encoding="utf-8")
    data = _json(cli("read", str(page), "--date", "2018-06-12", "--format", "json"))
    want = read_article_events(read_article(str(page), date=dt.date(2018, 6, 12))).to_dict()
    _same(data, _plain(want))
    assert data["events"], "the article names both countries acting on each other"
    assert {"title", "text", "sentences", "events", "framing", "removed"} <= set(data)
    assert all(e["date"] in (None, "2018-06-12") or e["date"] <= "2018-06-12" for e in data["events"])


def test_code_jsonl_rows_have_the_output_fields(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from detente.coding import code_texts
    from detente.ingest.news import read_corpus

    corpus = tmp_path / "c.jsonl"
    docs = [{"id": "d1", "text": ARTICLE, "date": "2018-06-12"}, {"id": "d2", "text": "Nothing happened.",
                                                                   "date": "2018-06-13"}]
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    result = cli("code", str(corpus))
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(tuple(r) == _OUTPUT_FIELDS for r in rows)
    coded = list(code_texts(list(read_corpus(corpus))))
    assert len(rows) == sum(len(events) for _, events in coded)
    assert {r["doc_id"] for r in rows} == {doc_id for doc_id, events in coded if events}
    assert f"{len(rows)} events" in result.stderr


@pytest.mark.parametrize(("noise", "dynamics_noise"), [((), None), (("--noise", "0.2"), 0.2)], ids=["default", "0.2"])
def test_simulate_json_equals_the_library(cli, noise: tuple[str, ...], dynamics_noise: float | None) -> None:  # type: ignore[no-untyped-def]
    from detente.simulate import Dynamics, simulate

    data = _json(cli("simulate", "--us", "grit,max-pressure", "--dprk", "hedger", "--runs", "300", "--rounds", "60",
                     "--continuation", "0.98", "--seed", "3", *noise, "--format", "json"))
    assert set(data) == {"seed", "pairings"} and data["seed"] == 3
    dynamics = Dynamics() if dynamics_noise is None else Dynamics(noise=dynamics_noise)
    want = [simulate(us, "hedger", runs=300, rounds=60, continuation=0.98, seed=3, dynamics=dynamics).summary()
            for us in ("grit", "max-pressure")]
    _same(data["pairings"], _plain(want))
    # --noise reaches the dynamics: without it the documented default, 0.05
    assert {p["noise"] for p in data["pairings"]} == {0.05 if dynamics_noise is None else dynamics_noise}
