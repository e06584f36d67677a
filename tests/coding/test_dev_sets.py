"""The development sets built by genre (``evals/dev_*``) are well formed and share nothing with any other set.

Each was built as evals/real_prose was: real texts of one kind (UN remarks, government statements, VOA reports,
briefing transcripts) coded by hand from the texts alone and committed before the coder ran on them. These tests
check the files only and put no floor on the coder's figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from eval_set_files import EVALS, US_PRK, check_gold_rows, gold, manifest, pair, shared

from detente.coding.evaluate_articles import read_article_set

DEV_SETS = sorted(p for p in EVALS.glob("dev_*") if (p / "articles.jsonl").is_file())
ALL_SETS = sorted(p for p in EVALS.iterdir() if (p / "articles.jsonl").is_file())
# sets built on the dyads other than US-DPRK that the coder must also monitor
OTHER_DYADS = {"dev_dyads"}
dev_sets = pytest.mark.parametrize("folder", DEV_SETS, ids=lambda p: p.name)


def test_the_genre_sets_are_there() -> None:
    assert len(DEV_SETS) >= 1 and EVALS / "real_prose" in ALL_SETS


@dev_sets
def test_every_article_has_its_text_and_its_source(folder: Path) -> None:
    articles = manifest(folder)
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)) and len(ids) >= 5
    for a in articles:
        day = dt.date.fromisoformat(a["date"])
        assert dt.date(1945, 1, 1) <= day <= dt.date.today(), a["id"]
        assert a["title"] and a["publisher"] and a["licence"] and a["dyads"], a["id"]
        assert ("file" in a) != ("kcna" in a), a["id"]
        if "kcna" in a:  # a KCNA story, read from the corpus at evaluation time and never copied here
            ref = a["kcna"]
            assert ref["file"].startswith("kcna_stories_") and isinstance(ref["line"], int) and ref["title"]
            assert "GPL-3" in a["licence"] and not (folder / "texts" / f"{a['id']}.txt").exists()
            continue
        assert "://" in a["url"], a["id"]  # where it was read (http, or gopher for old VOA feeds)
        text = (folder / a["file"]).read_text(encoding="utf-8")
        assert len(text.split()) >= 60, f"{a['id']}: a real article, not a sentence"
    listed = {a["file"] for a in articles if "file" in a}
    assert {f"texts/{p.name}" for p in (folder / "texts").glob("*")} == listed  # no stray or missing text
    us_prk = any(pair(d) == US_PRK for a in articles for d in a["dyads"])
    assert us_prk != (folder.name in OTHER_DYADS), folder.name  # a set of other dyads holds no US-DPRK text


@dev_sets
def test_gold_rows_are_valid_and_the_evaluation_reads_them(folder: Path, tmp_path: Path) -> None:
    rows = check_gold_rows(folder)
    assert rows
    articles, found, skipped = read_article_set(folder, kcna_dir=tmp_path / "no-corpus-here")
    assert [s["id"] for s in skipped] == [a["id"] for a in manifest(folder) if "kcna" in a]
    assert len(articles) + len(skipped) == len(manifest(folder))
    assert sum(len(r) for r in found.values()) == len(gold(folder))


@pytest.mark.parametrize("folder", [d for d in DEV_SETS if any("kcna" in a for a in manifest(d))],
                         ids=lambda p: p.name)
def test_the_kcna_stories_of_a_set_resolve_when_the_corpus_is_there(folder: Path,
                                                                    shared_file: Callable[[str], Path]) -> None:
    korea = shared_file("data/korea")  # the corpus the KCNA stories are read from
    articles, _gold, skipped = read_article_set(folder, kcna_dir=korea, require_kcna=True)
    assert skipped == [] and len(articles) == len(manifest(folder))
    assert all(", ," not in a.text and len(a.text.split()) >= 60 for a in articles)


@dev_sets
def test_the_readme_names_the_set_and_its_command(folder: Path) -> None:
    readme = " ".join((folder / "README.md").read_text(encoding="utf-8").split())
    assert f"detente eval coder --articles evals/{folder.name}" in readme
    assert "development set" in readme.lower()


@pytest.mark.parametrize(("folder", "other"), [(d, o) for d in DEV_SETS for o in ALL_SETS if o != d],
                         ids=lambda p: p.name)
def test_nothing_is_shared_with_another_set(folder: Path, other: Path) -> None:
    assert shared(folder, other) == []
