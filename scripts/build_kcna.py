"""Rebuild the shipped ``kcna`` dataset (src/detente/data/kcna_events.parquet) from the KCNA corpus.

Run from the repository root, with ../shared beside the checkout:

    uv run python scripts/build_kcna.py [--korea DIR] [--processes N] [--out FILE]

It codes the KCNA headlines 1997-2014 and stories 2011-2012 (../shared/data/korea) with the package's coder and
writes the events with the coder's fingerprint and version. Run it whenever the coder changes (the test
tests/ingest/test_kcna.py fails while the shipped file's fingerprint differs from the coder's). The same coder and
corpus give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from detente.ingest.kcna import KCNA_FILE, build_kcna, coder_fingerprint, coder_sources, write_kcna

ROOT = Path(__file__).resolve().parents[1]
def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True,
                              text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def default_korea() -> Path:
    """../shared/data/korea beside the checkout (beside the main checkout for a linked git worktree)."""
    candidates = [ROOT.parent / "shared"]
    common = _git("rev-parse", "--path-format=absolute", "--git-common-dir")
    if common:
        candidates.append(Path(common).parent.parent / "shared")
    for shared in candidates:
        if (shared / "data" / "korea").is_dir():
            return shared / "data" / "korea"
    return candidates[0] / "data" / "korea"


def coder_version() -> str:
    """The last commit that changed the coder's files (with ``+modified`` when they differ from it)."""
    paths = [str(path) for _, path in coder_sources()]
    commit = _git("log", "-1", "--format=%h %cs", "--", *paths)
    if not commit:
        return "unknown (not a git checkout)"
    dirty = _git("status", "--porcelain", "--", *paths)
    return f"{commit}{' +modified' if dirty else ''}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--korea", type=Path, default=None,
                        help="folder of kcna_headlines_1997_2014.csv and kcna_stories_<year>.jsonl "
                             "(default ../shared/data/korea)")
    parser.add_argument("--processes", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "detente" / "data" / KCNA_FILE)
    args = parser.parse_args()
    korea = args.korea or default_korea()
    if not korea.is_dir():
        sys.exit(f"no KCNA corpus at {korea}: put ../shared beside the checkout or pass --korea DIR")
    start = time.perf_counter()
    build = build_kcna(korea, processes=args.processes)
    meta = write_kcna(build, args.out, coder_version=coder_version())
    took = time.perf_counter() - start
    print(f"{args.out}: {meta['events']:,} events from {sum(build.documents.values()):,} documents "
          f"({args.out.stat().st_size / 1e6:.2f} MB) in {took:.0f} s with {args.processes} process(es)")
    print(json.dumps({k: meta[k] for k in ("coder_fingerprint", "coder_version", "documents", "events_found",
                                           "events_by_kind")}, indent=1))
    assert meta["coder_fingerprint"] == coder_fingerprint()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
