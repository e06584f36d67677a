"""Run the benchmarks: every ``benchmarks/<name>/run.py`` (or ``run.sh``), or only the names given.

Run: uv run python benchmarks/run.py [report ingest coder simulate web scale]
Each benchmark prints its figures as ratios against a peer measured in the same run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names = argv or sorted(p.name for p in HERE.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    failed = 0
    for name in names:
        folder = HERE / name
        script = folder / "run.py"
        cmd = [sys.executable, str(script)] if script.exists() else ["bash", str(folder / "run.sh")]
        if not Path(cmd[-1]).exists():
            print(f"== {name}: no run.py or run.sh in {folder}", file=sys.stderr)
            failed += 1
            continue
        print(f"== {name}", flush=True)
        failed += subprocess.run(cmd, check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
