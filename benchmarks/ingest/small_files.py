"""Many small files: ``detente ingest gdelt FOLDER`` on a folder of 10,000 one-row GDELT 2.0 export files, against
the file-by-file path (one transaction per file, as every file was loaded before small files were batched)
measured in the same run on the first 1,000 of the same files.

    uv run python benchmarks/ingest/small_files.py                  # 10,000 files; the peer on 1,000
    uv run python benchmarks/ingest/small_files.py --files 2000 --peer 200

The rows are generated from real GDELT rows (``generate.py``). (a) is the real command in a fresh process, from
start to exit (interpreter, imports, the bundled record already built in the store beforehand); (b) is
``ingest_paths(..., together=False)`` in a fresh process over the first files, timed around the call. Goal:
(a) ≤ 30 s for 10,000 files. Figures are recorded in docs/ingest.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

PEER = """
import sys, time
from pathlib import Path
from detente.ingest import ingest_paths
from detente.store import Store
store, count, *files = sys.argv[1:]
with Store.open(store) as s:
    started = time.perf_counter()
    results = ingest_paths(s, "gdelt", [Path(f) for f in files[: int(count)]], together=False)
    print(time.perf_counter() - started, sum(r.stored for r in results))
"""


def _folder(work: Path, files: int) -> Path:
    folder = work / f"small-{files}"
    if folder.is_dir() and len(list(folder.iterdir())) == files:
        return folder
    source = work / f"gdelt2_{files}.export.CSV"
    if not source.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--rows", str(files), "--out", str(source)],
                       check=True)
    folder.mkdir(parents=True, exist_ok=True)
    for i, line in enumerate(source.read_bytes().splitlines()):
        (folder / f"{i:06d}.export.CSV").write_bytes(line + b"\n")
    return folder


def _fresh_store(work: Path, name: str) -> Path:
    """A store with the bundled record built (so that neither timing includes it)."""
    store = work / name
    for stale in work.glob(f"{name}*"):
        stale.unlink()
    subprocess.run([sys.executable, "-m", "detente", "info", "--format", "json"], check=True,
                   env={**_env(), "DETENTE_STORE": str(store)}, capture_output=True)
    return store


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def main() -> int:
    parser = argparse.ArgumentParser(description="detente ingest of many small files vs one file at a time")
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--peer", type=int, default=1_000, help="files the file-by-file path loads")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "detente-bench-small")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    folder = _folder(args.workdir, args.files)
    files = sorted(str(p) for p in folder.iterdir())

    store = _fresh_store(args.workdir, "together.duckdb")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "detente", "ingest", "gdelt", str(folder), "--store", str(store),
                           "--json"], check=True, capture_output=True, text=True)
    together = time.perf_counter() - started
    runs = json.loads(done.stdout)
    stored = sum(r["stored"] for r in runs)

    peer_store = _fresh_store(args.workdir, "alone.duckdb")
    out = subprocess.run([sys.executable, "-c", PEER, str(peer_store), str(args.peer), *files[: args.peer]],
                         check=True,
                         capture_output=True, text=True).stdout.split()
    alone, alone_stored = float(out[0]), int(out[1])

    print(f"(a) detente ingest gdelt FOLDER: {len(runs):,} files, {stored:,} stored in {together:.1f} s "
          f"({together / len(runs) * 1000:.2f} ms a file, command start to exit)")
    print(f"(b) one transaction per file: {args.peer:,} files, {alone_stored:,} stored in {alone:.1f} s "
          f"({alone / args.peer * 1000:.2f} ms a file; {alone / args.peer * len(runs):.0f} s for {len(runs):,} "
          "at that rate)")
    print(f"per file: (b) / (a) = {(alone / args.peer) / (together / len(runs)):.1f}x")
    goal = 30.0 * len(runs) / 10_000
    print(f"goal (a) <= {goal:.0f} s for {len(runs):,} files: {'met' if together <= goal else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
