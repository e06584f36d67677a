#!/usr/bin/env python3
"""The long fuzz run: every parser's property test with many more cases than CI runs, and the count per parser.

Runs the reliability fuzz tests (tests/reliability/test_fuzz_ingest.py and test_fuzz_parsers.py) under the
``long`` profile (``RELIABILITY_FUZZ=long``: 5 times CI's cases, random rather than CI's fixed seed) with
hypothesis' statistics, then prints how many cases each parser ran and whether any failed.

Usage:
    uv run python scripts/fuzz_parsers.py                 # the figures in docs/reliability.md
    uv run python scripts/fuzz_parsers.py -k gold          # one parser
    uv run python scripts/fuzz_parsers.py --json out.json  # also write the figures as JSON
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FILES = ("tests/reliability/test_fuzz_ingest.py", "tests/reliability/test_fuzz_parsers.py")
#: what each property test fuzzes, as docs/reliability.md names it
PARSERS = {
    "test_native_files_keep_conservation_and_lose_no_row": "native event files (GDELT 1.0/2.0, ICEWS, POLECAT)",
    "test_news_bytes": "news: raw bytes (decode, read_article)",
    "test_news_text_and_html": "news: plain text and HTML",
    "test_coder_codes_any_text": "coder: sentences of any text",
    "test_parse_date_never_raises": "coder: dates in text",
    "test_corpus_files": "corpora (.jsonl, .csv, .tsv)",
    "test_gold_files": "gold files (JSONL) and their scoring",
    "test_own_dictionaries": "dictionaries: detente verbs.txt/agents.txt",
    "test_petrarch_dictionaries": "dictionaries: PETRARCH/TABARI",
    "test_configuration": "configuration (detente.toml, DETENTE_* variables)",
    "test_dyads": "dyads (--dyad)",
}


def parse_statistics(output: str) -> dict[str, dict[str, int]]:
    """Per test: passing, failing and invalid cases, from ``--hypothesis-show-statistics`` output."""
    out: dict[str, dict[str, int]] = {}
    current: str | None = None
    for line in output.splitlines():
        head = re.match(r"^\S*::(\w+)(?:\[.*\])?:\s*$", line.strip())
        if head:
            current = head.group(1)
            out.setdefault(current, {"passing": 0, "failing": 0, "invalid": 0})
            continue
        counts = re.search(r"(\d+) passing,? .*?(\d+) failing,? .*?(\d+) invalid", line)
        if counts and current:
            stats = out[current]
            stats["passing"] += int(counts.group(1))
            stats["failing"] += int(counts.group(2))
            stats["invalid"] += int(counts.group(3))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-k", default="not test_bug_ and not test_every_known", help="pytest -k expression")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    env = dict(os.environ, RELIABILITY_FUZZ="long")
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", *FILES, "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
         "-k", args.k],
        cwd=REPO, env=env, capture_output=True, text=True, check=False,
    )
    seconds = time.monotonic() - started
    stats = parse_statistics(proc.stdout)
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-500:]
    rows = []
    for test, label in PARSERS.items():
        s = stats.get(test)
        if s is None:
            continue
        rows.append({"parser": label, "test": test, "cases": s["passing"] + s["failing"], **s})
        print(f"{label:55} {s['passing'] + s['failing']:7d} cases ({s['failing']} failing)")
    total = sum(r["cases"] for r in rows)
    print(f"{'total':55} {total:7d} cases in {seconds:.0f} s; pytest: {summary}")
    figures = {"command": "uv run python scripts/fuzz_parsers.py" + (" " + " ".join(argv or sys.argv[1:])).rstrip(),
               "parsers": rows, "total_cases": total, "seconds": round(seconds), "pytest": summary,
               "exit_code": proc.returncode}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout[-6000:])
    return proc.returncode


if __name__ == "__main__":
    raise SystemExit(main())
