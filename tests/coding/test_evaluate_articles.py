"""The article-set evaluation: matching rules, the set's files, and ``detente eval coder --articles`` end to end."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app, main
from detente.coding.evaluate_articles import (
    GoldRow,
    Prediction,
    actor_country,
    evaluate_articles,
    match_events,
    read_article_set,
)
from detente.errors import FormatError, SourceNotFound
from detente.model import Article, Event

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "evals" / "real_prose"
runner = CliRunner()
D = dt.date(2019, 6, 30)


def _row(source: str = "USA", target: str = "PRK", root: str = "04", day: dt.date = D, *, end: dt.date | None = None,
         mutual: bool = False, basis: str = "text") -> GoldRow:
    return GoldRow("a", source, target, root, day, end or day, mutual, basis, "event")


def _pred(source: str = "USA", target: str = "PRK", root: str = "04", day: dt.date = D) -> Prediction:
    return Prediction(source, target, root, day)


def test_one_gold_row_takes_one_prediction() -> None:
    m = match_events([_row()], [_pred(), _pred()])
    assert m.pairs == {0: 0} and m.absorbed == ()
    m = match_events([_row(), _row()], [_pred()])
    assert len(m.pairs) == 1


def test_matching_is_maximal_not_greedy() -> None:
    # row 0 fits both predictions, row 1 only the first: a greedy pairing would leave row 1 unmatched
    rows = [_row(day=D, end=D + dt.timedelta(days=3)), _row()]
    preds = [_pred(day=D), _pred(day=D + dt.timedelta(days=3))]
    assert match_events(rows, preds).pairs == {0: 1, 1: 0}


def test_dates_within_one_day_of_the_event() -> None:
    row = _row(day=D, end=D + dt.timedelta(days=2))
    for offset, fits in ((-2, False), (-1, True), (0, True), (3, True), (4, False)):
        assert bool(match_events([row], [_pred(day=D + dt.timedelta(days=offset))]).pairs) is fits, offset


def test_country_pair_and_root_must_agree() -> None:
    assert not match_events([_row()], [_pred(root="03")]).pairs
    assert not match_events([_row()], [_pred(target="KOR")]).pairs
    assert not match_events([_row()], [_pred("PRK", "USA")]).pairs  # a directed row keeps its direction


def test_mutual_row_matches_either_direction_and_absorbs_the_other_half() -> None:
    row = _row(mutual=True)
    assert match_events([row], [_pred("PRK", "USA")]).pairs == {0: 0}
    m = match_events([row], [_pred("PRK", "USA"), _pred("USA", "PRK"), _pred("USA", "PRK")])
    assert m.pairs == {0: 0} and m.absorbed == (1,)  # one reverse half absorbed; the third event is a false alarm


def test_actor_country() -> None:
    orgs = ("IGOUNOIAE", "IGOUNO", "IGOWSTNAT")
    assert actor_country("USAGOV") == "USA" and actor_country("PRKMIL", orgs) == "PRK"
    assert actor_country("IGOUNO", orgs) == "IGOUNO" and actor_country("IGOUNOIAE", orgs) == "IGOUNOIAE"
    assert actor_country("---") is None and actor_country("") is None


GOLD_HEADER = "article,source,target,root,date,date_end,mutual,date_basis,event\n"


def _set(tmp: Path, articles: list[dict[str, object]], gold: str, texts: dict[str, str]) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    (tmp / "gold.csv").write_text(GOLD_HEADER + gold, encoding="utf-8")
    for name, text in texts.items():
        (tmp / name).write_text(text, encoding="utf-8")
    return tmp


def _event(source: str, target: str, code: str, day: dt.date) -> Event:
    return Event(date=day, source=source, target=target, code=code, dataset="coded")


def test_figures_with_a_fixed_coder(tmp_path: Path) -> None:
    folder = _set(tmp_path / "set", [
        {"id": "one", "date": "2019-06-30", "file": "one.txt"},
        {"id": "two", "date": "2019-07-01", "file": "two.txt"},
    ], "one,USA,PRK,04,2019-06-30,,1,text,meeting\none,USA,PRK,03,2019-06-30,,0,text,offer\n"
       "two,PRK,KOR,19,2019-06-28,,0,record,shelling\n", {"one.txt": "text one", "two.txt": "text two"})
    coded = {
        "text one": [_event("USAGOV", "PRKGOV", "043", D), _event("PRKGOV", "USAGOV", "042", D),
                     _event("USAGOV", "PRKGOV", "111", D), _event("USAGOV", "---", "010", D),
                     _event("USAGOV", "USAMIL", "040", D)],
        "text two": [_event("PRKMIL", "KORMIL", "195", dt.date(2019, 6, 29))],
    }

    def read(text: str, date: dt.date) -> Article:
        return Article(text=text, date=date)

    def code(article: Article) -> Sequence[Event]:
        return coded[article.text]

    report = evaluate_articles(folder, reader=read, events=code)
    assert report.articles == 2 and report.gold_events == 3
    assert report.matched == 2 and report.absorbed == 1 and report.predicted_events == 3
    assert report.recall == pytest.approx(2 / 3) and report.precision == pytest.approx(2 / 3)
    assert report.recall_text_dates == pytest.approx(1 / 2)
    assert report.out_of_scope == {"no_target": 1, "self_pair": 1, "undated": 0}
    kinds = sorted((m["article"], m["kind"], m["root"]) for m in report.misses)
    assert kinds == [("one", "false_alarm", "11"), ("one", "miss", "03")]
    assert [(a.id, a.matched, a.predicted) for a in report.per_article] == [("one", 1, 2), ("two", 1, 1)]


def test_an_unreadable_article_counts_as_finding_nothing(tmp_path: Path) -> None:
    folder = _set(tmp_path / "set", [{"id": "one", "date": "2019-06-30", "file": "one.txt"}],
                  "one,USA,PRK,04,2019-06-30,,1,text,meeting\n", {"one.txt": "Menu"})
    report = evaluate_articles(folder)
    assert report.recall == 0.0 and report.precision is None
    assert any("could not be read" in n for n in report.notes)


@pytest.mark.parametrize(("gold", "message"), [
    ("one,USA,PRK,21,2019-06-30,,0,text,x\n", "not a CAMEO root"),
    ("two,USA,PRK,04,2019-06-30,,0,text,x\n", "not in articles.jsonl"),
    ("one,USA,P,04,2019-06-30,,0,text,x\n", "not an actor code"),
    ("one,USA,PRK,04,2019-06-31,,0,text,x\n", "not a date"),
    ("one,USA,PRK,04,2019-06-30,2019-06-29,0,text,x\n", "before date"),
    ("one,USA,PRK,04,2019-06-30,,yes,text,x\n", "mutual must be 0 or 1"),
])
def test_bad_gold_rows_are_refused(tmp_path: Path, gold: str, message: str) -> None:
    folder = _set(tmp_path / "set", [{"id": "one", "date": "2019-06-30", "file": "one.txt"}], gold,
                  {"one.txt": "text"})
    with pytest.raises(FormatError, match=message):
        read_article_set(folder)


def test_bad_manifests_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound, match="no article set"):
        read_article_set(tmp_path / "nowhere")
    one = {"id": "one", "date": "2019-06-30", "file": "one.txt"}
    with pytest.raises(FormatError, match="appears twice"):
        read_article_set(_set(tmp_path / "a", [one, one], "", {"one.txt": "t"}))
    with pytest.raises(FormatError, match="either 'file' or 'kcna'"):
        read_article_set(_set(tmp_path / "b", [{"id": "one", "date": "2019-06-30"}], "", {}))
    with pytest.raises(SourceNotFound, match="no text at"):
        read_article_set(_set(tmp_path / "c", [one], "", {}))
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "articles.jsonl").write_text(json.dumps(one) + "\n")
    with pytest.raises(SourceNotFound, match=re.escape("no gold.csv")):
        read_article_set(tmp_path / "d")


def _kcna_set(tmp_path: Path, title: str) -> Path:
    return _set(tmp_path / "set", [{"id": "k", "date": "2012-02-27", "kcna": {
        "file": "stories.jsonl", "line": 1, "title": title}}], "k,USA,KOR,06,2012-02-27,,1,text,drills\n", {})


def test_kcna_stories_are_read_from_the_corpus_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "korea"
    corpus.mkdir()
    stories = [{"title": "Other", "story": "x"},
               {"title": "Drills", "story": "The U.S. and south Korea launched drills., ,  They were large., , , ,"}]
    (corpus / "stories.jsonl").write_text("".join(json.dumps(s) + "\n" for s in stories))
    articles, gold, skipped = read_article_set(_kcna_set(tmp_path, "Drills"), kcna_dir=corpus)
    assert skipped == [] and len(gold["k"]) == 1
    assert articles[0].text == "Drills.\nThe U.S. and south Korea launched drills.\nThey were large."
    with pytest.raises(FormatError, match="the corpus changed"):
        read_article_set(_kcna_set(tmp_path / "other", "Another title"), kcna_dir=corpus)


def test_a_kcna_story_is_read_as_the_kcna_dataset_codes_it(tmp_path: Path) -> None:
    # the dataset codes a story's title as a sentence before its body; the evaluation scores the same text
    from detente.ingest._kcna_code import STORY_FILES, _text, read_documents

    corpus = tmp_path / "korea"
    corpus.mkdir()
    story = {"date": "2012-02-27", "title": "Drills Slammed.",
             "story": "Pyongyang, February 27 (KCNA) -- Seoul staged drills., ,  They were large.,  It was said."}
    (corpus / STORY_FILES[0]).write_text("")
    (corpus / STORY_FILES[1]).write_text(json.dumps(story) + "\n")
    (corpus / "kcna_headlines_1997_2014.csv").write_text("date,title,english,story_link\n")
    folder = _set(tmp_path / "set", [{"id": "k", "date": "2012-02-27", "kcna": {
        "file": STORY_FILES[1], "line": 0, "title": "Drills Slammed."}}], "k,KOR,PRK,06,2012-02-27,,1,text,d\n", {})
    articles, _, _ = read_article_set(folder, kcna_dir=corpus)
    coded = [d for d in read_documents(corpus) if d.kind == "story"]
    assert articles[0].text == _text(coded[0])
    assert articles[0].text.splitlines() == ["Drills Slammed.", "Pyongyang, February 27 (KCNA) -- Seoul staged drills.",
                                             "They were large.", "It was said."]


def test_kcna_stories_are_skipped_without_the_corpus_unless_required(tmp_path: Path) -> None:
    folder = _kcna_set(tmp_path, "Drills")
    articles, _, skipped = read_article_set(folder, kcna_dir=tmp_path / "absent")
    assert articles == [] and skipped[0]["id"] == "k" and "KCNA corpus not found" in skipped[0]["reason"]
    with pytest.raises(SourceNotFound, match="pass --kcna DIR"):
        read_article_set(folder, kcna_dir=tmp_path / "absent", require_kcna=True)


def test_the_project_set_meets_its_brief() -> None:
    """At least 40 real articles and six dyads, at least 20 on US-DPRK spread over 1994-2025, every
    text in the folder public domain with its source, and every gold row valid."""
    manifest = [json.loads(line) for line in (SET / "articles.jsonl").read_text().splitlines() if line]
    assert len(manifest) >= 40
    dyads = {"-".join(sorted(d.split("-"))) for a in manifest for d in a["dyads"]}
    assert len(dyads) >= 6
    us_prk = sorted(a["date"][:4] for a in manifest if "PRK-USA" in {"-".join(sorted(d.split("-")))
                                                                     for d in a["dyads"]})
    assert len(us_prk) >= 20 and us_prk[0] == "1994" and us_prk[-1] == "2025"
    assert len({y[:3] for y in us_prk}) >= 4  # the 1990s, 2000s, 2010s and 2020s
    for a in manifest:
        assert a["licence"] and a["date"]
        if "file" in a:
            assert (SET / a["file"]).is_file() and a["url"].startswith("http")
            assert a["licence"].startswith("public domain"), a["id"]
        else:
            assert "GPL-3" in a["licence"] and not (SET / "texts" / f"{a['id']}.txt").exists()
    articles, gold, skipped = read_article_set(SET, kcna_dir=SET / "no-corpus-here")
    assert len(articles) + len(skipped) == len(manifest)
    with (SET / "gold.csv").open() as handle:
        assert sum(len(rows) for rows in gold.values()) == sum(1 for _ in csv.DictReader(handle)) >= 150


def _subset(tmp_path: Path, ids: list[str]) -> Path:
    """A few of the project's own articles, with their texts and gold rows, as a set of their own."""
    folder = tmp_path / "subset"
    (folder / "texts").mkdir(parents=True)
    manifest = [json.loads(line) for line in (SET / "articles.jsonl").read_text().splitlines() if line]
    chosen = [a for a in manifest if a["id"] in ids]
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in chosen))
    for a in chosen:
        shutil.copy(SET / a["file"], folder / a["file"])
    with (SET / "gold.csv").open() as src, (folder / "gold.csv").open("w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=reader.fieldnames or [])
        writer.writeheader()
        writer.writerows(r for r in reader if r["article"] in ids)
    return folder


SUBSET = ["2010-11-23-afps-white-house-condemns-attack", "2018-06-12-voa-trump-kim-sign-agreement",
          "2022-04-06-state-briefing-special-representative-kim"]


def test_eval_coder_articles_end_to_end(tmp_path: Path) -> None:
    folder = _subset(tmp_path, SUBSET)
    result = runner.invoke(app, ["eval", "coder", "--articles", str(folder), "--format", "json", "--misses"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles"] == 3 and data["gold_events"] == 9 and data["skipped"] == []
    assert [a["id"] for a in data["per_article"]] == sorted(SUBSET)
    assert data["predicted_events"] > 0  # the coder reads these texts and finds events in them
    assert data["recall"] == pytest.approx(data["matched"] / data["gold_events"], abs=1e-4)
    assert data["precision"] == pytest.approx(data["matched"] / data["predicted_events"], abs=1e-4)
    assert sum(a["matched"] for a in data["per_article"]) == data["matched"]
    misses = [m for m in data["misses"] if m["kind"] == "miss"]
    alarms = [m for m in data["misses"] if m["kind"] == "false_alarm"]
    assert len(misses) == data["gold_events"] - data["matched"]
    assert len(alarms) == data["predicted_events"] - data["matched"]
    assert all(m["sentence"] for m in alarms)
    briefing = next(a for a in data["per_article"] if a["id"].startswith("2022-04-06"))
    assert briefing["gold"] == 0 and briefing["recall"] is None
    text = runner.invoke(app, ["eval", "coder", "--articles", str(folder), "--misses"])
    assert text.exit_code == 0, text.output
    assert "recall" in text.stdout and "2018-06-12-voa-trump-kim-sign-agreement" in text.stdout
    assert ("miss " in text.stdout) == bool(misses)


@pytest.mark.parametrize("args", [["eval", "coder"], ["eval", "coder", "gold.jsonl", "--articles", "x"]])
def test_eval_coder_needs_a_gold_file_or_an_article_set(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert "pass a gold JSONL file or --articles DIR" in capsys.readouterr().err


def test_eval_coder_articles_refuses_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "coder", "--articles", str(tmp_path / "none")])
    assert exit_info.value.code == 2
    assert "no article set at" in capsys.readouterr().err


def test_the_kcna_articles_are_scored_when_the_corpus_is_there(shared_file: Callable[[str], Path]) -> None:
    korea = shared_file("data/korea")  # a corpus: the KCNA articles of evals/real_prose are read from it
    manifest = [json.loads(line) for line in (SET / "articles.jsonl").read_text().splitlines() if line]
    articles, _gold, skipped = read_article_set(SET, kcna_dir=korea)
    assert skipped == [] and len(articles) == len(manifest)
    kcna = [a for a in articles if a.id.startswith("kcna-")]
    assert len(kcna) == sum("kcna" in a for a in manifest) >= 8
    assert all(", ," not in a.text and len(a.text) > 100 for a in kcna)


def test_articles_added_after_the_floor_articles_name_their_batch() -> None:
    """The eval gate's real-prose floors apply to the articles they were measured on (``only_articles`` in
    eval_floors.json); every other article of the set says which later batch added it, and those are disjoint."""
    floors = json.loads((ROOT / "tests" / "coding" / "eval_floors.json").read_text())
    measured = set(floors["real_prose"]["only_articles"])
    manifest = [json.loads(line) for line in (SET / "articles.jsonl").read_text().splitlines() if line]
    ids = {a["id"] for a in manifest}
    assert measured <= ids
    for a in manifest:
        if a["id"] in measured:
            assert "batch" not in a, a["id"]
        else:
            assert isinstance(a.get("batch"), int) and a["batch"] >= 2, a["id"]
