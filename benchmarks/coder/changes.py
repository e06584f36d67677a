"""Count and show what a change to the coder moved on real KCNA stories: events gained and lost, by kind.

Run: uv run python benchmarks/coder/same_output.py --save before.jsonl.gz --limit 3000     (on main)
     uv run python benchmarks/coder/same_output.py --save after.jsonl.gz --limit 3000      (with the change)
     uv run python benchmarks/coder/changes.py before.jsonl.gz after.jsonl.gz [--sample 20] [--seed 0]
                                                                          [--match REGEX] [--by root|pair|code]

An event is its actor pair, its CAMEO code, its day and its modality; within a story, events are counted as a
multiset, so an event found twice before and once after is one lost. The script prints the stories compared, the
events gained and lost in all and by ``--by`` (the CAMEO root by default), and a seeded sample of the changed events
with their sentences, to be read: a fix is judged on what it moved outside the evaluation sets, not on the count.
``--match`` keeps only changed events whose sentence matches REGEX (case-insensitive).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Key = tuple[str, str, str, str, str]


def read(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The events of each story in a file written by ``same_output.py --save``."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {row["id"]: row["events"] for row in map(json.loads, fh)}


def key(event: dict[str, Any]) -> Key:
    return (event["source"], event["target"], event["code"], str(event["date"]), event.get("modality") or "occurred")


def changed(before: list[dict[str, Any]], after: list[dict[str, Any]]
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The events of one story found only after (gained) and only before (lost), as multisets of keys."""
    left, right = Counter(map(key, before)), Counter(map(key, after))
    gained_keys, lost_keys = right - left, left - right

    def pick(events: Iterable[dict[str, Any]], wanted: Counter[Key]) -> list[dict[str, Any]]:
        out = []
        for event in events:
            if wanted[key(event)] > 0:
                wanted[key(event)] -= 1
                out.append(event)
        return out

    return pick(after, gained_keys), pick(before, lost_keys)


def label(event: dict[str, Any], by: str) -> str:
    if by == "pair":
        return f"{event.get('source_country') or event['source']}->{event.get('target_country') or event['target']}"
    if by == "code":
        return str(event["code"])
    return str(event["code"])[:2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="events before the change (same_output.py --save)")
    parser.add_argument("after", type=Path, help="events after the change, the same stories")
    parser.add_argument("--by", choices=["root", "pair", "code"], default="root", help="how to count the changes")
    parser.add_argument("--sample", type=int, default=20, help="changed events to show (0: none)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    parser.add_argument("--match", default=None, help="only changed events whose sentence matches this regex")
    args = parser.parse_args()
    before, after = read(args.before), read(args.after)
    if before.keys() != after.keys():
        parser.error(f"the two files hold different stories ({len(before):,} and {len(after):,}): "
                     "save both with the same --limit and --years")
    pattern = re.compile(args.match, re.IGNORECASE) if args.match else None
    gained: list[tuple[str, dict[str, Any]]] = []
    lost: list[tuple[str, dict[str, Any]]] = []
    for story in before:
        plus, minus = changed(before[story], after[story])
        gained += [(story, e) for e in plus if not pattern or pattern.search(e.get("sentence") or "")]
        lost += [(story, e) for e in minus if not pattern or pattern.search(e.get("sentence") or "")]
    stories = {s for s, _ in gained} | {s for s, _ in lost}
    total_before = sum(map(len, before.values()))
    total_after = sum(map(len, after.values()))
    print(f"{len(before):,} stories; events {total_before:,} -> {total_after:,}; "
          f"gained {len(gained):,}, lost {len(lost):,}, in {len(stories):,} stories"
          + (f" (sentences matching {args.match!r})" if pattern else ""))
    for name, events in (("gained", gained), ("lost", lost)):
        counts = Counter(label(e, args.by) for _, e in events)
        if counts:
            print(f"{name} by {args.by}: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    if args.sample and (gained or lost):
        rng = random.Random(args.seed)
        shown = [("+", s, e) for s, e in gained] + [("-", s, e) for s, e in lost]
        for sign, story, event in sorted(rng.sample(shown, min(args.sample, len(shown))), key=lambda t: t[:2]):
            sentence = " ".join((event.get("sentence") or "").split())[:160]
            print(f"{sign} {story} {event['source']}->{event['target']} {event['code']} {event['date']}: {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
