"""Classify every miss and false alarm of an article set by its cause (the table in docs/coder.md).

    uv run python scripts/coder_miss_causes.py evals/real_prose [--split 49] [--list]

A miss (a gold row no coded event matched) is put in the first class that fits, comparing it with every event
the reader coded in its article, the unscored ones included (no target, undated):

- ``date wrong``: an event with the row's actors and root, dated outside the day's tolerance or undated;
- ``target missing``/``source missing``: an event with the row's root and one of its actors, the other unknown;
- ``target wrong``/``source wrong``: an event with the row's root and one of its actors, the other a different
  country;
- ``root wrong``: an event with the row's actors within the day's tolerance but another root;
- ``not found``: none of these.

A false alarm (a scored event no row matched) is ``duplicate`` when it would match a row already matched,
else ``date wrong``, ``source wrong``/``target wrong``, ``root wrong`` against the rows of its article in the
same way, else ``not in gold``. ``--split N`` also counts the first N articles and the rest apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from detente.coding import Coder, load_lexicon, read_article_events
from detente.coding.anchors import Chronology
from detente.coding.coder import UNDATED
from detente.coding.evaluate_articles import (
    TOLERANCE,
    GoldRow,
    Prediction,
    _default_reader,
    _fits,
    _org_codes,
    _scope,
    actor_country,
    match_events,
    read_article_set,
)
from detente.model import Event

Coded = tuple[str | None, str | None, str, dt.date]


def _near(row: GoldRow, day: dt.date) -> bool:
    return row.date - TOLERANCE <= day <= row.date_end + TOLERANCE


def _pairs(row: GoldRow) -> list[tuple[str, str]]:
    return [(row.source, row.target)] + ([(row.target, row.source)] if row.mutual else [])


def miss_cause(row: GoldRow, coded: Sequence[Coded]) -> str:
    """The first cause that fits a missed row, given the article's coded events."""
    pairs = _pairs(row)
    same_root = [c for c in coded if c[2] == row.root]
    if any((s, t) in pairs and not _near(row, d) for s, t, _, d in same_root):
        return "date wrong"
    for kind, side in (("missing", None), ("wrong", "other")):
        for s, t, _, _ in same_root:
            for gs, gt in pairs:
                if s == gs and (t is None if side is None else t not in (None, gt)):
                    return f"target {kind}"
                if t == gt and (s is None if side is None else s not in (None, gs)):
                    return f"source {kind}"
    if any((s, t) in pairs and _near(row, d) for s, t, _, d in coded):
        return "root wrong"
    return "not found"


def alarm_cause(p: Prediction, rows: Sequence[GoldRow], matched: set[int]) -> str:
    """The first cause that fits a false alarm, given the article's gold rows (``matched``: those matched)."""
    if any(_fits(r, p) for i, r in enumerate(rows) if i in matched):
        return "duplicate"
    for r in rows:
        if r.root == p.root and (p.source, p.target) in _pairs(r):
            return "date wrong"
    for r in rows:
        if r.root == p.root and _near(r, p.date):
            for gs, gt in _pairs(r):
                if p.source == gs:
                    return "target wrong"
                if p.target == gt:
                    return "source wrong"
    if any((p.source, p.target) in _pairs(r) and _near(r, p.date) for r in rows):
        return "root wrong"
    return "not in gold"


def _coded(events: Sequence[Event], orgs: Sequence[str]) -> list[Coded]:
    out: list[Coded] = []
    for e in events:
        s, t = actor_country(e.source, orgs), actor_country(e.target, orgs)
        out.append((s, t, e.root or e.code[:2], e.date if e.date != UNDATED else dt.date.min))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--split", type=int, default=0, help="count the first N articles and the rest apart")
    parser.add_argument("--list", action="store_true", help="print each miss and false alarm with its cause")
    parser.add_argument("--no-reference", action="store_true",
                        help="anchor no vague date to the bundled record (as `detente eval coder --reference none`)")
    args = parser.parse_args()
    articles, gold, _ = read_article_set(args.folder)
    coder = Coder(load_lexicon(None))
    reference = None if args.no_reference else Chronology.bundled()
    orgs = _org_codes()
    tables: dict[str, Counter[tuple[str, str]]] = {"all": Counter(), "first": Counter(), "rest": Counter()}
    for n, article in enumerate(articles):
        events = read_article_events(_default_reader(article.text, article.date), coder=coder,
                                     reference=reference).events
        rows = gold[article.id]
        scored, _ = _scope(events, orgs)
        match = match_events(rows, scored)
        coded = _coded(events, orgs)
        found: list[tuple[str, str, str]] = []
        for i, row in enumerate(rows):
            if i not in match.pairs:
                found.append(("miss", miss_cause(row, coded), f"{row.source}->{row.target} {row.root} {row.event}"))
        used = set(match.pairs.values()) | set(match.absorbed)
        for j, p in enumerate(scored):
            if j not in used:
                found.append(("false alarm", alarm_cause(p, rows, set(match.pairs)),
                              f"{p.source}->{p.target} {p.root} {p.sentence[:110]}"))
        part = "first" if n < args.split else "rest"
        for kind, cause, what in found:
            tables["all"][kind, cause] += 1
            if args.split:
                tables[part][kind, cause] += 1
            if args.list:
                print(f"{kind:11} {cause:14} {article.id[:40]:40} {what}")
    names = ["all"] + (["first", "rest"] if args.split else [])
    print(f"{'kind':11} {'cause':14} " + " ".join(f"{n:>6}" for n in names))
    for key in sorted(tables["all"], key=lambda k: (k[0], -tables["all"][k])):
        print(f"{key[0]:11} {key[1]:14} " + " ".join(f"{tables[n][key]:>6}" for n in names))


if __name__ == "__main__":
    main()
