"""``detente read`` on a scraped opinion page and on undated text, and ``detente code --date``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"
runner = CliRunner()


def test_read_an_opinion_page_keeps_the_essay_frames_it_and_codes_the_us_dprk_acts() -> None:
    result = runner.invoke(app, ["read", str(NEWS / "oped_parallel.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["date"], data["date_source"], data["notes"]) == ("2019-02-14", "date line", [])
    for junk in ("Politics Foreign Affairs Culture Fellows Program", "Become a member", "Log in", "Share this"):
        assert junk not in data["text"] and junk in " ".join(data["removed"]), junk
    assert data["framing"]["paradigm"] == "parallel" and data["framing"]["evidence"]
    liaison = [e for e in data["events"] if "liaison offices" in e["sentence"]]
    assert any({e["source"][:3], e["target"][:3]} == {"USA", "PRK"} for e in liaison)


def test_read_of_undated_text_says_its_events_are_undated() -> None:
    text = "Pyongyang fired two missiles on Thursday, officials in Seoul said, and Washington condemned the launch."
    result = runner.invoke(app, ["read", "-"], input=text)
    assert result.exit_code == 0, result.output
    assert "undated" in result.stdout and "note: undated" in result.stdout
    data = json.loads(runner.invoke(app, ["read", "-", "--format", "json"], input=text).stdout)
    assert data["date"] is None and data["events"] and all(e["date"] is None for e in data["events"])


def test_read_prints_a_title_with_markup_literally(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Talks [/b] resume in [bold]Geneva\nBy Mary Major\nJune 12, 2018\n"
                    "North and South Korean officials met at the border village of Panmunjom on Tuesday.\n")
    result = runner.invoke(app, ["read", str(page)])
    assert result.exit_code == 0, result.output
    assert "Talks [/b] resume in [bold]Geneva" in result.stdout


def test_code_date_dates_the_documents_that_give_none(tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Washington imposed new sanctions on North Korea yesterday."}) + "\n"
        + json.dumps({"id": "b", "text": "Japan met China on Tuesday.", "date": "2019-03-15"}) + "\n")
    plain = runner.invoke(app, ["code", str(corpus)])
    assert plain.exit_code == 0, plain.output
    assert "1 of 2 documents give no date" in plain.stderr
    rows = [json.loads(line) for line in plain.stdout.splitlines()]
    assert {r["doc_id"]: r["date"] for r in rows}["a"] is None
    dated = runner.invoke(app, ["code", str(corpus), "--date", "2017-09-15"])
    assert dated.exit_code == 0 and "give no date" not in dated.stderr
    dates = {r["doc_id"]: r["date"] for r in (json.loads(line) for line in dated.stdout.splitlines())}
    assert dates == {"a": "2017-09-14", "b": "2019-03-12"}  # a document's own date wins over --date
    bad = runner.invoke(app, ["code", str(corpus), "--date", "yesterday"])
    assert bad.exit_code != 0


@pytest.mark.parametrize("narrow", [True, False])
def test_read_lists_each_event_with_its_sentence_in_any_width(monkeypatch: pytest.MonkeyPatch, narrow: bool) -> None:
    import detente.cli._coder as coder_cli

    # a terminal narrower than WIDE lists events one block each; a wider one prints the table
    monkeypatch.setattr(coder_cli, "WIDE", 10_000 if narrow else 0)
    text = ("Japan and South Korea agreed on Monday to resume security talks suspended since 2019, the two "
            "governments said in a joint statement.\n\nChina condemned the agreement on Tuesday.")
    result = runner.invoke(app, ["read", "-", "--date", "2023-03-08"], input=text)
    assert result.exit_code == 0, result.output
    data = json.loads(runner.invoke(app, ["read", "-", "--date", "2023-03-08", "--format", "json"],
                                    input=text).stdout)
    assert data["events"], "the text should give events"
    out = result.stdout
    assert ("┃ sentence" in out) is not narrow
    for e in data["events"]:
        line = f"{e['date'] or '-':<11} {e['source']} -> {e['target']}  {e['code']}"
        assert (line in out) is narrow, line
        if narrow:  # the sentence whole, beneath its event
            assert e["sentence"] in " ".join(out.split())
