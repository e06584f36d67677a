"""The held-out real-prose sets (``evals/heldout``, ``evals/heldout2``, ``evals/heldout3``) are well formed and meet
their briefs.

These tests check the sets' files only: every article has a text or a KCNA reference, dates and codes are
valid, the counts each set was built to hold (the first: 30 articles, 12 on US-DPRK across 1994-2025, six
other dyads; the second: 10 articles, 6 on US-DPRK across four decades, six other dyads; the third: 12 articles,
60 rows, 5 on US-DPRK, six other dyads), and nothing is shared with the development set or between the sets.
They put no floor on the coder's figures: the sets measure the coder, they are not gates to tune it against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from eval_set_files import EVALS, US_PRK, check_gold_rows, gold, manifest, pair, shared

from detente.coding.evaluate_articles import read_article_set

SET = EVALS / "heldout"
SECOND = EVALS / "heldout2"
THIRD = EVALS / "heldout3"
DEV = EVALS / "real_prose"


@dataclass(frozen=True)
class Brief:
    """What a held-out set was built to: its least counts."""

    folder: Path
    articles: int
    us_prk: int
    rows: int
    first_year: int
    last_year: int
    decades: int = 4  # how many decades the US-DPRK articles span at least


BRIEFS = [Brief(SET, 30, 12, 100, 1995, 2019), Brief(SECOND, 10, 6, 50, 1999, 2019),
          Brief(THIRD, 12, 5, 60, 2016, 2018, decades=1)]
sets = pytest.mark.parametrize("brief", BRIEFS, ids=lambda b: b.folder.name)


@sets
def test_every_article_has_a_text_or_a_kcna_reference_with_its_source(brief: Brief) -> None:
    folder = brief.folder
    listed_articles = manifest(folder)
    ids = [a["id"] for a in listed_articles]
    assert len(ids) == len(set(ids))
    for a in listed_articles:
        day = dt.date.fromisoformat(a["date"])
        assert dt.date(1990, 1, 1) <= day <= dt.date(2025, 12, 31), a["id"]
        assert a["title"] and a["publisher"] and a["licence"] and a["dyads"], a["id"]
        assert ("file" in a) != ("kcna" in a), a["id"]
        if "file" in a:
            text = (folder / a["file"]).read_text(encoding="utf-8")
            assert len(text.split()) >= 60, f"{a['id']}: a real article, not a sentence"
            assert a["url"].startswith("http") and a["licence"].startswith("public domain"), a["id"]
        else:
            ref = a["kcna"]
            assert ref["file"].startswith("kcna_stories_") and isinstance(ref["line"], int) and ref["title"]
            assert "GPL-3" in a["licence"] and not (folder / "texts" / f"{a['id']}.txt").exists()
    listed = {a["file"] for a in listed_articles if "file" in a}
    assert {f"texts/{p.name}" for p in (folder / "texts").glob("*")} == listed  # no stray or missing text


@sets
def test_the_set_meets_its_counts(brief: Brief) -> None:
    listed_articles = manifest(brief.folder)
    assert len(listed_articles) >= brief.articles
    us_prk = [a for a in listed_articles if any(pair(d) == US_PRK for d in a["dyads"])]
    assert len(us_prk) >= brief.us_prk
    years = sorted(int(a["date"][:4]) for a in us_prk)
    assert years[0] <= brief.first_year and years[-1] >= brief.last_year
    assert len({y // 10 for y in years}) >= brief.decades
    others = {pair(d) for a in listed_articles if a not in us_prk for d in a["dyads"]} - {US_PRK}
    assert len(others) >= 6


@sets
def test_gold_rows_are_valid(brief: Brief) -> None:
    assert len(check_gold_rows(brief.folder)) >= brief.rows


@sets
def test_the_evaluation_reads_the_set(brief: Brief, tmp_path: Path) -> None:
    folder = brief.folder
    articles, found, skipped = read_article_set(folder, kcna_dir=tmp_path / "no-corpus-here")
    listed_articles = manifest(folder)
    assert len(articles) + len(skipped) == len(listed_articles)
    assert len(skipped) == sum("kcna" in a for a in listed_articles)
    assert sum(len(rows) for rows in found.values()) == len(gold(folder))


@pytest.mark.parametrize(("folder", "other"),
                         [(SET, DEV), (SECOND, DEV), (SECOND, SET), (THIRD, DEV), (THIRD, SET), (THIRD, SECOND)],
                         ids=["heldout-dev", "heldout2-dev", "heldout2-heldout", "heldout3-dev", "heldout3-heldout",
                              "heldout3-heldout2"])
def test_nothing_is_shared_with_the_development_set_or_between_held_out_sets(folder: Path, other: Path) -> None:
    assert shared(folder, other) == []


def test_the_kcna_references_resolve_when_the_corpus_is_there(shared_file: Callable[[str], Path]) -> None:
    korea = shared_file("data/korea")  # a corpus: the KCNA stories of evals/heldout are read from it
    articles, _gold, skipped = read_article_set(SET, kcna_dir=korea, require_kcna=True)
    assert skipped == [] and len(articles) == len(manifest(SET))
    kcna = [a for a in articles if a.id.startswith("kcna-")]
    assert kcna and all(", ," not in a.text and len(a.text.split()) >= 60 for a in kcna)


@sets
def test_the_readme_says_the_set_is_held_out(brief: Brief) -> None:
    readme = " ".join((brief.folder / "README.md").read_text(encoding="utf-8").split())
    assert "This set is held out." in readme and "must not be used for developing or tuning the coder" in readme
    assert f"detente eval coder --articles evals/{brief.folder.name}" in readme
