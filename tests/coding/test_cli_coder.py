"""``detente read``, ``detente code`` and ``detente eval coder`` driven in-process."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from detente.cli import app, main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "news"
runner = CliRunner()


def _json(args: list[str]) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_read_saved_page_json() -> None:
    data = _json(["read", str(FIXTURES / "hanoi_summit.html"), "--format", "json"])
    assert set(data) >= {"title", "date", "text", "removed", "sentences", "events", "framing"}
    assert data["date"] == "2019-02-28" and data["sentences"] == 6
    assert "Advertisement" not in data["text"] and "Share on Facebook" in data["removed"]
    kinds = {e["modality"] for e in data["events"]}
    assert {"occurred", "intended"} <= kinds
    meeting = next(e for e in data["events"] if e["code"] == "036" and e["source"] == "USAGOV")
    # an intent is dated the day it is told (the article's), not the day planned ("next week")
    assert meeting["date"] == "2019-02-28" and meeting["source_name"] == "Stephen Biegun"
    last_month = next(e for e in data["events"] if e["sentence"].startswith("Last month"))
    assert last_month["date"] is None  # a month back names no day of it: undated
    assert data["framing"]["paradigm"] in ("parallel", "denuclearization-first", "undetermined")
    assert data["framing"]["evidence"]
    assert set(data["framing"]["tracks"]) == {"peace/normalization", "denuclearization", "pressure"}


def test_read_scraped_text_prints_clean_text() -> None:
    result = runner.invoke(app, ["read", str(FIXTURES / "scraped_singapore.txt")])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for junk in ("Home | World", "Advertisement", "Share on", "Comments (128)", "utm_source", ".jpg"):
        assert junk not in out, junk
    assert "Pompeo" in out and "framing:" in out and "evidence:" in out


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["read", "-", "--date", "2019-05-09", "--format", "json"],
                           input="Pyongyang fired two missiles on Thursday, officials in Seoul said.")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["events"][0]["date"] == "2019-05-09"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["read", str(FIXTURES / "korean.txt")], "Hangul"),
        (["read", str(FIXTURES / "no_article.html")], "no article"),
        (["read", "missing-file.html"], "no file"),
        (["read", str(FIXTURES / "hanoi_summit.html"), "--date", "28/02/2019"], "YYYY-MM-DD"),
    ],
)
def test_read_refuses_with_a_clear_message(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_read_binary_and_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    for path, message in ((binary, "binary"), (empty, "empty")):
        with pytest.raises(SystemExit) as exit_info:
            main(["read", str(path)])
        assert exit_info.value.code == 2
        assert message in capsys.readouterr().err


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "a", "date": "2018-06-12", "text": "Kim met Trump in Singapore. Pompeo will visit Pyongyang next week."},
        {"id": "b", "date": "2017-09-03", "text": "North Korea conducted its sixth nuclear test. Japan condemned it."},
        {"id": "c", "date": "2019-02-28", "text": "The weather was mild."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_code_jsonl_csv_parquet(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["code", str(corpus)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert {r["doc_id"] for r in rows} == {"a", "b"}
    assert any(r["date"] == "2018-06-12" and r["modality"] == "intended" for r in rows)  # dated when told
    out_csv = tmp_path / "events.csv"
    assert runner.invoke(app, ["code", str(corpus), "--format", "csv", "--out", str(out_csv)]).exit_code == 0
    with out_csv.open() as fh:
        assert len(list(csv.DictReader(fh))) == len(rows)
    out_pq = tmp_path / "events.parquet"
    assert runner.invoke(app, ["code", str(corpus), "--format", "parquet", "--out", str(out_pq)]).exit_code == 0
    assert pq.read_table(out_pq).num_rows == len(rows)


def test_code_two_processes_equals_one(corpus: Path, tmp_path: Path) -> None:
    one = runner.invoke(app, ["code", str(corpus), "--processes", "1"])
    two = runner.invoke(app, ["code", str(corpus), "--processes", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_code_folder_and_store(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "one.txt").write_text("Washington imposed new sanctions on North Korea on Monday.\n")
    (folder / "two.html").write_text((FIXTURES / "hanoi_summit.html").read_text())
    store = tmp_path / "events.duckdb"
    result = runner.invoke(app, ["code", str(folder), "--store", str(store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    from detente.store import Store

    with Store.open(store, read_only=True) as st:
        assert st.count() > 0


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bad.jsonl", b"{not json\n", "not JSON"),
        ("latin.jsonl", '{"id": "a", "text": "Caf\u00e9 owners met."}\n'.encode("latin-1"), "not UTF-8"),
        ("dates.csv", b"id,text,date\na,Kim met Trump.,someday\n", "not a date"),
        ("notext.csv", b"id,body_text\na,x\n", "no 'text' column"),
        ("corpus.xml", b"<x/>", "unknown corpus format"),
    ],
)
def test_code_bad_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes,
                         message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    with pytest.raises(SystemExit) as exit_info:
        main(["code", str(bad)])
    assert exit_info.value.code == 2 and message in capsys.readouterr().err


EVAL_KEYS = ("records", "root_accuracy", "code_accuracy", "triple_precision", "triple_recall", "triple_f1",
             "no_event_precision", "plover_event_accuracy")


def test_eval_coder_json_on_the_fixture_records(fixture_file: Callable[[str], Path]) -> None:
    """20 PETRARCH unit records with their dictionaries and 20 PLOVER gold records: the JSON carries every figure,
    and the figures are the library's for the same file."""
    from detente.coding import evaluate

    gold = fixture_file("gold/petrarch_unit_records_first20.jsonl")
    dictionaries = fixture_file("gold/petrarch_unit_dictionaries")
    data = _json(["eval", "coder", str(gold), "--dictionaries", str(dictionaries), "--format", "json"])
    assert set(EVAL_KEYS) <= set(data) and (data["shape"], data["records"]) == ("triples", 20)
    report = evaluate(gold, dictionaries=dictionaries)
    assert {k: data[k] for k in report.all_figures()} == report.all_figures()
    assert data["triple_f1"] is not None and data["plover_event_accuracy"] is None
    plover_gold = fixture_file("gold/plover_gold_records_first20.jsonl")
    plover = _json(["eval", "coder", str(plover_gold), "--format", "json"])
    assert (plover["shape"], plover["records"]) == ("plover", 20) and plover["triple_f1"] is None
    assert plover["plover_event_accuracy"] == evaluate(plover_gold).all_figures()["plover_event_accuracy"]


def test_eval_coder_json(shared_file: Callable[[str], Path]) -> None:
    """The full gold sets (corpus): the triple F1 minimum with the dictionaries, and every PLOVER record read."""
    gold = shared_file("data/gold/petrarch_unit_records.jsonl")
    dictionaries = shared_file("data/gold/petrarch_unit_dictionaries")
    data = _json(["eval", "coder", str(gold), "--dictionaries", str(dictionaries), "--format", "json"])
    for key in EVAL_KEYS:
        assert key in data, key
    assert data["triple_f1"] >= 0.70 and data["plover_event_accuracy"] is None
    plover = _json(["eval", "coder", str(shared_file("data/gold/plover_gold_records.jsonl")), "--format", "json"])
    assert plover["plover_event_accuracy"] >= 0.80 and plover["records"] == 159


def test_every_coder_command_has_help() -> None:
    for args in (["read", "--help"], ["code", "--help"], ["eval", "coder", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Example:" in result.stdout, args
