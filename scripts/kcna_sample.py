"""Judge the ``kcna`` dataset's precision by hand on a random sample of its events.

    uv run python scripts/kcna_sample.py draw --set NAME   # 50 events drawn with a fixed seed -> SET/sample.csv
    uv run python scripts/kcna_sample.py show --set NAME   # each with the sentence it was coded from (../shared)
    uv run python scripts/kcna_sample.py score --set NAME  # precision from the hand judgments in SET/judgments.csv

A set is a folder of evals/kcna_precision named for the coder that built the sampled file.

``show`` prints the KCNA text for the person judging; it is never written to the repository. The judgments are
written in evals/kcna_precision/SET/judgments.csv (one row per drawn event: ``event_id``, ``actors``, ``root``,
``date``, ``correct`` yes/no, ``note``) and committed before ``score`` is run; evals/kcna_precision/README.md gives
the rule they follow.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
from pathlib import Path

from detente.ingest._kcna_code import code_documents, read_documents
from detente.ingest.kcna import shipped_kcna

ROOT = Path(__file__).resolve().parents[1]
EVALS = ROOT / "evals" / "kcna_precision"
FIELDS = ("event_id", "date", "source", "target", "code", "summary", "citation", "prov_file", "prov_row")


def draw(folder: Path, n: int, seed: int) -> None:
    shipped = shipped_kcna()
    if shipped is None:
        sys.exit("no kcna_events.parquet in the package; build it with scripts/build_kcna.py")
    rows = shipped[0].select(list(FIELDS)).to_pylist()
    picked = sorted(random.Random(seed).sample(rows, n), key=lambda r: (r["date"], r["event_id"]))
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "sample.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(picked)
    print(f"{folder / 'sample.csv'}: {len(picked)} events drawn with seed {seed} from {len(rows):,}")


def show(folder: Path, korea: Path) -> None:
    sample = list(csv.DictReader((folder / "sample.csv").open(encoding="utf-8")))
    wanted = {(r["prov_file"], int(r["prov_row"])) for r in sample}
    docs = [d for d in read_documents(korea) if (d.file, d.line) in wanted]
    found = {(c.document.file, c.document.line): c for c in code_documents(docs)}
    for r in sample:
        coded = found[(r["prov_file"], int(r["prov_row"]))]
        print(f"\n{r['event_id']}  {r['date']}  {r['source']} -> {r['target']}  {r['code']}  {r['summary']}")
        print(f"  {r['citation']}")
        for e in coded.events:
            if (e.source, e.target, e.code, e.date.isoformat()) == (r["source"], r["target"], r["code"], r["date"]):
                print(f"  sentence: {e.sentence}")
                break


def score(folder: Path) -> None:
    sample = {r["event_id"] for r in csv.DictReader((folder / "sample.csv").open(encoding="utf-8"))}
    judged = list(csv.DictReader((folder / "judgments.csv").open(encoding="utf-8")))
    ids = {j["event_id"] for j in judged}
    if ids != sample or len(judged) != len(sample):
        sys.exit(f"judgments.csv must judge each drawn event once ({len(judged)} rows for {len(sample)} events)")
    bad = [j for j in judged if j["correct"] not in ("yes", "no")]
    if bad:
        sys.exit(f"judgments.csv: correct must be yes or no ({bad[0]['event_id']}: {bad[0]['correct']!r})")
    n, k = len(judged), sum(j["correct"] == "yes" for j in judged)
    low, high = _wilson(k, n)
    print(f"precision {k}/{n} = {k / n:.2f} (95% Wilson interval {low:.2f}..{high:.2f})")
    actors = [j for j in judged if j.get("actors") == "yes"]
    print(f"  actors and direction right: {len(actors)}/{n}; of those, root right "
          f"{sum(j.get('root') == 'yes' for j in actors)}, month right {sum(j.get('date') == 'yes' for j in actors)}")
    for kind, prefix in (("headlines", "kcna-h"), ("stories", "kcna-s")):
        rows = [j for j in judged if j["event_id"].startswith(prefix)]
        if rows:
            print(f"  {kind}: {sum(j['correct'] == 'yes' for j in rows)}/{len(rows)}")


def _wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("draw", "show", "score"))
    parser.add_argument("--set", required=True, help="folder of evals/kcna_precision (named for the coder)")
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--korea", type=Path, default=ROOT.parent / "shared" / "data" / "korea")
    args = parser.parse_args()
    folder = EVALS / args.set
    if args.action == "draw":
        draw(folder, args.n, args.seed)
    elif args.action == "show":
        show(folder, args.korea)
    else:
        score(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
