"""Ctrl+C at many moments: a real SIGINT sent to a real ``detente ingest`` a chosen delay after a phase begins,
for a range of delays, and how each run ended.

It drives the child of ``tests/reliability/test_interrupt.py`` (a hook on the function that starts the phase
sends the signal) on its inputs (a GDELT daily file of 30,000 rows, a copy with an empty line that takes the
batch path, a folder of 300 small files). Each run ends in one of:

- ``in the phase``: exit 130 and ``interrupted``, the input's runs failed, nothing of it stored;
- ``after its commit``: exit 130 and ``interrupted``, the input's runs ok and all of it stored (the signal came
  once the input was committed, or during its COMMIT, which DuckDB completes before it reports the interrupt);
- ``after the command``: exit 0, everything stored (the signal came as the interpreter exited);
- anything else, printed with the command's last line (before the fix: exit 1 with ``Query interrupted`` or
  ``cannot rollback - no transaction is active``).

Every store must pass ``detente check``. Exits 1 if any run ended otherwise or a check failed.

    uv run python scripts/interrupt_sweep.py                       # the four phases, 0 to 1.2 s in 0.1 s steps
    uv run python scripts/interrupt_sweep.py --phase insert --step 0.02 --to 0.6
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "reliability"))

import test_interrupt as cases  # noqa: E402  (the test's child and inputs)

#: phase -> (module, function whose call starts it, input kind)
PHASES = {
    "counting": ("detente.ingest._engine", "_watched", "plain"),
    "insert": ("detente.store._duckdb", "IngestRun.add_query", "plain"),
    "batch": ("detente.ingest._engine", "_Ingester._ingest_batches", "gappy"),
    "folder": ("detente.store._many", "_load", "folder"),
}


class _Temp:
    def __init__(self, root: Path) -> None:
        self.root = root

    def mktemp(self, name: str) -> Path:
        path = self.root / name
        path.mkdir()
        return path


def _ending(store: Path, returncode: int, last: str) -> str:
    from detente.store import Store
    from detente.store._check import check_path

    if not check_path(store).ok:
        return "store check failed"
    with Store.open(store, read_only=True) as s:
        statuses = {r["status"] for r in s.ingest_runs() if r["dataset"] == "gdelt"}
        stored = s.con.execute("SELECT count(*) FROM events WHERE dataset = 'gdelt'").fetchall()[0][0]
    if returncode == 130 and last == "interrupted" and statuses == {"failed"} and stored == 0:
        return "in the phase"
    if returncode == 130 and last == "interrupted" and statuses == {"ok"} and stored == cases.ROWS - 6:
        return "after its commit"
    if returncode == 0 and statuses == {"ok"} and stored == cases.ROWS - 6:
        return "after the command"
    return f"exit {returncode}: {last[:100]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phase", choices=sorted(PHASES), action="append", help="(repeatable; default: all)")
    parser.add_argument("--from", dest="start", type=float, default=0.0, help="first delay, seconds")
    parser.add_argument("--to", type=float, default=1.2, help="last delay, seconds")
    parser.add_argument("--step", type=float, default=0.1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="detente-sigint-"))
    try:
        inputs = cases.inputs._get_wrapped_function()(_Temp(work))  # type: ignore[attr-defined]
        endings: collections.Counter[str] = collections.Counter()
        steps = round((args.to - args.start) / args.step) + 1
        for phase in args.phase or sorted(PHASES):
            module, target, kind = PHASES[phase]
            for i in range(steps):
                delay = args.start + i * args.step
                store = work / "s.duckdb"
                store.unlink(missing_ok=True)
                shutil.copy(inputs["bundled"], store)
                done = cases._child(module, target, delay, "ingest", "gdelt", str(inputs[kind]), "--store", str(store))
                lines = done.stderr.strip().splitlines()
                ending = _ending(store, done.returncode, lines[-1] if lines else "")
                endings[ending] += 1
                print(f"{phase:9} {delay:6.3f} s  {ending}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\nruns: " + str(sum(endings.values())))
    for ending, n in endings.most_common():
        print(f"  {ending}: {n}")
    known = {"in the phase", "after its commit", "after the command"}
    return 0 if set(endings) <= known else 1


if __name__ == "__main__":
    sys.exit(main())
