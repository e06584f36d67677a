"""The held-out real-prose sets (``evals/heldout``, ``evals/heldout2``, ``evals/heldout3``) are well formed and meet
their briefs.

These tests check the sets' files only: every article has a text or a KCNA reference, dates and codes are
valid, the counts each set was built to hold (the first: 30 articles, 12 on US-DPRK across 1994-2025, six
other dyads; the second: 10 articles, 6 on US-DPRK across four decades, six other dyads; the third: 12 articles,
60 rows, 5 on US-DPRK, six other dyads), and nothing is shared with the development set or between the sets.
They put no floor on the coder's figures: the sets measure the coder, they are not gates to tune it against.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from detente.actors import countries, organisations
from detente.coding.evaluate_articles import read_article_set

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "evals" / "heldout"
SECOND = ROOT / "evals" / "heldout2"
THIRD = ROOT / "evals" / "heldout3"
DEV = ROOT / "evals" / "real_prose"


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
GOLD_COLUMNS = ["article", "source", "target", "root", "date", "date_end", "mutual", "date_basis", "event"]


def _manifest(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _gold(folder: Path) -> list[dict[str, str]]:
    with (folder / "gold.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == GOLD_COLUMNS
        return list(reader)


def _pair(dyad: str) -> frozenset[str]:
    return frozenset(dyad.split("-"))


US_PRK = frozenset({"USA", "PRK"})
# site chrome every page of a site repeats (the US government's .gov/.mil banner): not a document's content
SITE_BANNERS = ("An official website of the United States government",)


@sets
def test_every_article_has_a_text_or_a_kcna_reference_with_its_source(brief: Brief) -> None:
    folder = brief.folder
    manifest = _manifest(folder)
    ids = [a["id"] for a in manifest]
    assert len(ids) == len(set(ids))
    for a in manifest:
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
    listed = {a["file"] for a in manifest if "file" in a}
    assert {f"texts/{p.name}" for p in (folder / "texts").glob("*")} == listed  # no stray or missing text


@sets
def test_the_set_meets_its_counts(brief: Brief) -> None:
    manifest = _manifest(brief.folder)
    assert len(manifest) >= brief.articles
    us_prk = [a for a in manifest if any(_pair(d) == US_PRK for d in a["dyads"])]
    assert len(us_prk) >= brief.us_prk
    years = sorted(int(a["date"][:4]) for a in us_prk)
    assert years[0] <= brief.first_year and years[-1] >= brief.last_year
    assert len({y // 10 for y in years}) >= brief.decades
    others = {_pair(d) for a in manifest if a not in us_prk for d in a["dyads"]} - {US_PRK}
    assert len(others) >= 6


@sets
def test_gold_rows_are_valid(brief: Brief) -> None:
    ids = {a["id"] for a in _manifest(brief.folder)}
    codes = {c.code for c in countries()} | {o.code for o in organisations()}
    rows = _gold(brief.folder)
    assert len(rows) >= brief.rows
    directed: set[tuple[str, str, str, str, str]] = set()
    for number, r in enumerate(rows, 2):
        where = f"gold.csv:{number}"
        assert r["article"] in ids, where
        assert r["source"] in codes and r["target"] in codes and r["source"] != r["target"], where
        assert r["root"].isdigit() and len(r["root"]) == 2 and 1 <= int(r["root"]) <= 20, where
        start = dt.date.fromisoformat(r["date"])
        end = dt.date.fromisoformat(r["date_end"]) if r["date_end"] else start
        assert start <= end, where
        assert r["mutual"] in ("0", "1") and r["date_basis"] in ("text", "record") and r["event"].strip(), where
        # unique on (source, target, root, date), a mutual row standing for both directions
        both = [(r["source"], r["target"]), (r["target"], r["source"])]
        keys = {(r["article"], s, t, r["root"], r["date"]) for s, t in (both if r["mutual"] == "1" else both[:1])}
        assert not keys & directed, f"{where}: the same act twice"
        directed |= keys
    assert {r["article"] for r in rows} <= ids


@sets
def test_the_evaluation_reads_the_set(brief: Brief, tmp_path: Path) -> None:
    folder = brief.folder
    articles, gold, skipped = read_article_set(folder, kcna_dir=tmp_path / "no-corpus-here")
    manifest = _manifest(folder)
    assert len(articles) + len(skipped) == len(manifest)
    assert len(skipped) == sum("kcna" in a for a in manifest)
    assert sum(len(rows) for rows in gold.values()) == len(_gold(folder))


@pytest.mark.parametrize(("folder", "other"),
                         [(SET, DEV), (SECOND, DEV), (SECOND, SET), (THIRD, DEV), (THIRD, SET), (THIRD, SECOND)],
                         ids=["heldout-dev", "heldout2-dev", "heldout2-heldout", "heldout3-dev", "heldout3-heldout",
                              "heldout3-heldout2"])
def test_nothing_is_shared_with_the_development_set_or_between_held_out_sets(folder: Path, other: Path) -> None:
    held, dev = _manifest(folder), _manifest(other)
    assert not {a["id"] for a in held} & {a["id"] for a in dev}
    assert not {a["url"] for a in held if a.get("url")} & {a["url"] for a in dev if a.get("url")}
    kcna = {(a["kcna"]["file"], a["kcna"]["line"]) for a in held if "kcna" in a}
    assert not kcna & {(a["kcna"]["file"], a["kcna"]["line"]) for a in dev if "kcna" in a}

    def paragraphs(folder: Path, manifest: list[dict[str, Any]]) -> set[str]:
        found: set[str] = set()
        for a in manifest:
            if "file" in a:
                text = (folder / a["file"]).read_text(encoding="utf-8")
                found |= {" ".join(p.split()) for p in text.split("\n\n")
                          if len(p.split()) >= 25 and not p.lstrip().startswith(SITE_BANNERS)}
        return found

    assert not paragraphs(folder, held) & paragraphs(other, dev)


def test_the_kcna_references_resolve_when_the_corpus_is_there(shared_file: Callable[[str], Path]) -> None:
    korea = shared_file("data/korea")  # a corpus: the KCNA stories of evals/heldout are read from it
    articles, _gold, skipped = read_article_set(SET, kcna_dir=korea, require_kcna=True)
    assert skipped == [] and len(articles) == len(_manifest(SET))
    kcna = [a for a in articles if a.id.startswith("kcna-")]
    assert kcna and all(", ," not in a.text and len(a.text.split()) >= 60 for a in kcna)


@sets
def test_the_readme_says_the_set_is_held_out(brief: Brief) -> None:
    readme = " ".join((brief.folder / "README.md").read_text(encoding="utf-8").split())
    assert "This set is held out." in readme and "must not be used for developing or tuning the coder" in readme
    assert f"detente eval coder --articles evals/{brief.folder.name}" in readme
