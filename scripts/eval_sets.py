"""Score the coder on every article set of the repository, and optionally on the sentence-level gates.

Run: uv run python scripts/eval_sets.py [--gates] [--sets real_prose dev_un ...] [--processes 2]

Sets: ``evals/real_prose`` and every ``evals/dev_*`` (the held-out sets, ``evals/heldout*``, are never run by this
script: run them one at a time with ``detente eval coder --articles``, once per step, as their READMEs say). Each
is scored by ``detente eval coder --articles DIR --format json`` in a process of its own; the line printed is the
set, recall, precision, F1, predicted events, matched and gold events. ``--gates`` adds the sentence-level gates
read from ``../shared/data/gold``: codebook and news-sentence root accuracy, PLOVER event accuracy, and PETRARCH
unit records' triple F1 (with their dictionaries).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / ".." / "shared" / "data" / "gold"
#: the gates: file, the JSON key read, and extra arguments
GATES = [
    ("cameo_codebook_examples.jsonl", "root_accuracy", []),
    ("cameo_root_sentences_dev.jsonl", "root_accuracy", []),
    ("plover_gold_records.jsonl", "plover_event_accuracy", []),
    ("petrarch_unit_records.jsonl", "triple_f1", ["--dictionaries", str(GOLD / "petrarch_unit_dictionaries")]),
]


def _run(args: Sequence[str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "detente", "eval", "coder", *args, "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"detente eval coder {' '.join(args)} failed:\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gates", action="store_true", help="also the sentence-level gates (../shared/data/gold)")
    parser.add_argument("--sets", nargs="+", help="only these sets (folder names under evals/)")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    names = args.sets or ["real_prose", *sorted(p.name for p in (ROOT / "evals").glob("dev_*") if p.is_dir())]
    with ThreadPoolExecutor(max_workers=max(1, args.processes)) as pool:
        sets = list(pool.map(lambda name: (name, _run(["--articles", str(ROOT / "evals" / name)])), names))
        if args.gates and not GOLD.is_dir():
            raise SystemExit(f"no gold sentences at {GOLD}: the gates read ../shared/data/gold")
        gates = list(pool.map(lambda gate: (gate, _run([str(GOLD / gate[0]), *gate[2]])), GATES)) if args.gates else []
    for name, r in sets:
        print(f"{name:16} recall {r['recall']:.4f}  precision {r['precision']:.4f}  F1 {r['f1']:.4f}  "
              f"predicted {r['predicted_events']}  matched {r['matched']} of {r['gold_events']}")
    for (file, key, _), r in gates:
        print(f"{file:32} {key} {r[key]:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
