"""Readers and checks shared by the tests of the real-prose evaluation sets under ``evals/``.

A set is a folder with ``articles.jsonl`` (one article a line), ``gold.csv`` (one event a row) and ``texts/``;
``evals/real_prose/README.md`` describes the layout. These helpers check the files only, never the coder.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from detente.actors import countries, organisations

ROOT = Path(__file__).resolve().parents[2]
EVALS = ROOT / "evals"
GOLD_COLUMNS = ["article", "source", "target", "root", "date", "date_end", "mutual", "date_basis", "event"]
US_PRK = frozenset({"USA", "PRK"})
# site chrome every page of a site repeats (the US government's .gov/.mil banner): not a document's content
SITE_BANNERS = ("An official website of the United States government",)


def manifest(folder: Path) -> list[dict[str, Any]]:
    """The articles of a set, one dict a line of its ``articles.jsonl``."""
    return [json.loads(line) for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def gold(folder: Path) -> list[dict[str, str]]:
    """The gold rows of a set; its header must be the layout's."""
    with (folder / "gold.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == GOLD_COLUMNS
        return list(reader)


def pair(dyad: str) -> frozenset[str]:
    return frozenset(dyad.split("-"))


def check_gold_rows(folder: Path) -> list[dict[str, str]]:
    """Every row names a listed article, known codes, a CAMEO root, an ordered span; no act twice."""
    ids = {a["id"] for a in manifest(folder)}
    codes = {c.code for c in countries()} | {o.code for o in organisations()}
    rows = gold(folder)
    directed: set[tuple[str, str, str, str, str]] = set()
    for number, r in enumerate(rows, 2):
        where = f"{folder.name}/gold.csv:{number}"
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
    return rows


def paragraphs(folder: Path) -> set[str]:
    """A set's paragraphs of 25 words or more, spaces normalised, site banners left out."""
    found: set[str] = set()
    for a in manifest(folder):
        if "file" in a:
            text = (folder / a["file"]).read_text(encoding="utf-8")
            found |= {" ".join(p.split()) for p in text.split("\n\n")
                      if len(p.split()) >= 25 and not p.lstrip().startswith(SITE_BANNERS)}
    return found


def shared(folder: Path, other: Path) -> list[str]:
    """What two sets share: ids, addresses, KCNA stories or paragraphs (empty when they share nothing)."""
    one, two = manifest(folder), manifest(other)
    found = [f"id {i}" for i in {a["id"] for a in one} & {a["id"] for a in two}]
    found += [f"url {u}" for u in {a["url"] for a in one if a.get("url")} & {a["url"] for a in two if a.get("url")}]
    kcna = {(a["kcna"]["file"], a["kcna"]["line"]) for a in one if "kcna" in a}
    found += [f"KCNA story {k}" for k in kcna & {(a["kcna"]["file"], a["kcna"]["line"]) for a in two if "kcna" in a}]
    found += [f"paragraph {p[:60]!r}" for p in paragraphs(folder) & paragraphs(other)]
    return found
