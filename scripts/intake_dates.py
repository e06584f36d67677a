"""How often text intake finds an article's own date in its text (the table in docs/coder.md).

    uv run python scripts/intake_dates.py evals/real_prose [--list]

Reads each text of an article set (its ``texts/`` files; KCNA stories are given their date by the corpus and are
left out) as ``detente read`` does when no date is given, and compares the date intake finds (dateline, header
and date lines, a heading or source line closed by a date) with the publication date of the set's manifest:
right, wrong (another day) or none (the article would be undated). ``--list`` prints the wrong and undated ones.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from detente.coding.intake import read_article_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--list", action="store_true", help="print the articles dated wrongly or not at all")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    with (args.folder / "articles.jsonl").open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    for record in records:
        if "file" not in record:
            continue
        article = read_article_text((args.folder / record["file"]).read_text(encoding="utf-8"))
        found = article.date.isoformat() if article.date is not None else None
        verdict = "right" if found == record["date"] else ("none" if found is None else "wrong")
        counts[verdict] += 1
        if args.list and verdict != "right":
            print(f"{verdict:5} {record['id']}: found {found} ({article.date_source}), published {record['date']}")
    total = sum(counts.values())
    print(f"texts {total}: dated right {counts['right']}, wrong {counts['wrong']}, undated {counts['none']}")


if __name__ == "__main__":
    main()
