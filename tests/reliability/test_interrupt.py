"""Ctrl+C anywhere in an ingest: the command exits 130 with one line, the input's run is recorded as failed,
nothing of it is stored, the store passes its check, and the same command run again stores what an
uninterrupted run stores.

Each case runs the real ``detente ingest`` in a child process and sends it a real SIGINT at a chosen moment:
a hook on the function that starts a phase sends the signal when the phase begins, or a moment later (so that
it lands inside the phase's DuckDB statement or file pass; DuckDB reports a Ctrl+C there as "Query
interrupted", and one during COMMIT after it has committed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from detente.ingest import ingest_paths
from detente.store import Store
from detente.store._check import check_path

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
REPO = Path(__file__).resolve().parents[2]

#: the child: install a hook that sends SIGINT to this process when ``target`` is called (after ``delay``
#: seconds, from a timer, or at once), then run the CLI
CHILD = """
import importlib, os, signal, sys, threading
module, name, delay, *args = sys.argv[1:]
owner_path, _, attr = name.rpartition(".")
owner = importlib.import_module(module)
for part in filter(None, owner_path.split(".")):
    owner = getattr(owner, part)
original = getattr(owner, attr)
fired = []

def hooked(*a, **k):
    if not fired:
        fired.append(1)
        if float(delay) > 0:
            threading.Timer(float(delay), os.kill, (os.getpid(), signal.SIGINT)).start()
        else:
            os.kill(os.getpid(), signal.SIGINT)
    return original(*a, **k)

setattr(owner, attr, hooked)
from detente.cli import main
main(args)
"""

#: (phase, module, function whose call starts it, delay in seconds, input kind)
CASES = [
    ("building the bundled record", "detente.store._duckdb", "IngestRun.add", 0.0, "plain"),
    ("detecting the layout", "detente.ingest._engine", "first_line", 0.0, "plain"),
    ("extracting a zip member", "detente.ingest._inputs", "_copy_capped", 0.0, "zip"),
    ("the counting pass", "detente.ingest._engine", "_watched", 0.2, "plain"),
    ("the insert", "detente.store._duckdb", "IngestRun.add_query", 0.2, "plain"),
    ("the insert, at its start", "detente.store._duckdb", "IngestRun.add_query", 0.0, "plain"),
    ("the byte scan", "detente.ingest._engine", "scan_lines", 0.05, "plain"),
    ("quarantining refused rows", "detente.ingest._engine", "_quarantine_pending", 0.0, "plain"),
    ("the batch path", "detente.ingest._engine", "_Ingester._ingest_batches", 0.2, "gappy"),
    ("a gzip file", "detente.ingest._engine", "_watched", 0.2, "gzip"),
    ("reading a folder of small files", "detente.ingest._engine", "read_small", 0.0, "folder"),
    ("storing a folder of small files", "detente.store._many", "_load", 0.05, "folder"),
]
ROWS = 30_000


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A GDELT daily file of 30,000 rows (the fixture's rows with new ids, a few refused), and its zip, gzip
    and a copy with an empty line (which takes the batch path)."""
    import gzip

    folder = tmp_path_factory.mktemp("interrupt")
    rows = (FORMATS / "gdelt1_daily.export.CSV").read_bytes().splitlines()
    lines = []
    for i in range(ROWS):
        cells = rows[i % len(rows)].split(b"\t")
        cells[0] = b"%d" % (500_000_000 + i)
        if i % 5_000 == 4_999:
            cells[1] = b"20181345"  # a bad date: quarantined
        lines.append(b"\t".join(cells))
    data = b"\n".join(lines) + b"\n"
    plain = folder / "20180601.export.CSV"
    plain.write_bytes(data)
    gappy = folder / "gappy" / "20180602.export.CSV"
    gappy.parent.mkdir()
    gappy.write_bytes(data[: len(data) // 2] + b"\n" + data[len(data) // 2:])
    zipped = folder / "20180603.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("20180603.export.CSV", data)
    gz = folder / "20180604.export.CSV.gz"
    gz.write_bytes(gzip.compress(data, compresslevel=1))
    small = folder / "small"  # the same rows in 300 files of 100: loaded together, in one transaction
    small.mkdir()
    for start in range(0, ROWS, 100):
        (small / f"{start:06d}.export.CSV").write_bytes(b"\n".join(lines[start:start + 100]) + b"\n")
    from detente import load_settings, open_store

    with open_store(load_settings(store=folder / "bundled.duckdb", environ={})):  # the bundled record, once
        pass
    return {"plain": plain, "gappy": gappy, "zip": zipped, "gzip": gz, "folder": small,
            "bundled": folder / "bundled.duckdb"}


def _child(module: str, target: str, delay: float, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.run([sys.executable, "-c", CHILD, module, target, str(delay), *args], capture_output=True,
                          text=True, env=env, timeout=300, check=False)


def _runs(store: Path) -> list[dict[str, object]]:
    with Store.open(store, read_only=True) as s:
        return s.ingest_runs()


def _outcome(store: Path, done: subprocess.CompletedProcess[str], dataset: str) -> str:
    """How an interrupted ingest ended: "in the phase" (exit 130, one line, the input's runs failed, nothing
    of it stored) or "after the phase" (the signal came once the input was committed: its runs ok and all of it
    stored); anything else fails the test. The store passes its check either way."""
    report = check_path(store)
    assert report.ok, report.to_text()
    runs = _runs(store)
    interrupted = [r for r in runs if r["dataset"] == dataset]
    assert all(r["status"] == "ok" for r in runs if r not in interrupted), runs
    with Store.open(store, read_only=True) as s:
        gdelt = s.con.execute("SELECT count(*) FROM events WHERE dataset = 'gdelt'").fetchall()[0][0]
        quarantined = s.quarantine_count()
    if interrupted and all(r["status"] == "ok" for r in interrupted) and done.returncode in (0, 130) and (
            dataset != "gdelt" or (gdelt, quarantined) == (ROWS - 6, 6)):
        return "after the phase"  # exit 0: the signal came as the interpreter exited, after the command
    assert done.returncode == 130, (done.returncode, done.stderr[-2000:])
    assert done.stderr.strip().splitlines()[-1] == "interrupted", done.stderr[-2000:]
    assert interrupted and all(r["status"] == "failed" for r in interrupted), runs  # a batch fails as one
    assert (gdelt, quarantined) == (0, 0), runs
    return "in the phase"


@pytest.mark.parametrize(("phase", "module", "target", "delay", "kind"), CASES, ids=[c[0] for c in CASES])
def test_ctrl_c_ends_with_a_failed_run_a_clean_store_and_exit_130(tmp_path: Path, inputs: dict[str, Path],
                                                                  phase: str, module: str, target: str,
                                                                  delay: float, kind: str) -> None:
    store = tmp_path / "s.duckdb"
    source = inputs[kind]
    dataset = "bundled" if "bundled" in phase else "gdelt"
    # a signal sent a moment after the phase began can come after it ended (a fast machine, or a slow timer on a
    # loaded one): the same interrupt again, sooner, until one lands in the phase (a signal at once always does)
    outcomes = []
    for wait in [delay / 2 ** i for i in range(5)] if delay else [0.0]:
        store.unlink(missing_ok=True)
        if phase != "building the bundled record":  # a store that holds the bundled record already
            shutil.copy(inputs["bundled"], store)
        done = _child(module, target, wait, "ingest", "gdelt", str(source), "--store", str(store))
        outcomes.append(_outcome(store, done, dataset))
        if outcomes[-1] == "in the phase":
            break
    assert outcomes[-1] == "in the phase", outcomes
    # the same ingest again, uninterrupted (in this process), stores everything
    with Store.open(store) as s:
        ingest_paths(s, "gdelt", [source])
        assert s.con.execute("SELECT count(*) FROM events WHERE dataset = 'gdelt'").fetchall() == [(ROWS - 6,)]
        assert s.quarantine_count() == 6
    assert check_path(store).ok
