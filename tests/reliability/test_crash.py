"""Crash safety and concurrency of ingest, the fast part that CI runs (the soak is scripts/soak_ingest.py).

A child process does what ``detente ingest`` does (open the store, build the bundled record, ingest the files;
the same library calls, without the CLI's slow imports) and is killed with SIGKILL at random moments; the store
it leaves must pass ``check_store``, and finishing the ingest must converge to an uninterrupted run. Two ingests
at once: the second is refused with a one-line message that says what to do, and the first is not disturbed.
"""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from detente._api import open_store
from detente.config import load_settings
from detente.ingest import ingest_paths

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from detente._api import open_store
from detente.config import load_settings
from detente.ingest import ingest_paths
store = open_store(load_settings(store=sys.argv[1], environ={}))
print("opened", flush=True)
ingest_paths(store, "gdelt", [sys.argv[2]])
store.close()
"""


def _soak() -> ModuleType:
    spec = importlib.util.spec_from_file_location("soak_ingest", REPO / "scripts" / "soak_ingest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["soak_ingest"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


soak = _soak()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "inputs"
    soak.make_inputs(folder, files=3, rows=6_000, seed=7)
    return folder


def _child(store: Path, inputs: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DETENTE_")}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(store), str(inputs)], cwd=store.parent, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_opened(proc: subprocess.Popen[bytes]) -> float:
    """Block until the child says it has the store open (bundled record built); returns when."""
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == b"opened", proc.stderr.read().decode() if proc.stderr else line
    return time.monotonic()


def _finish(store: Path, inputs: Path) -> None:
    with open_store(load_settings(store=store, environ={})) as st:
        ingest_paths(st, "gdelt", [inputs])


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, inputs: Path) -> tuple[dict[str, Any], float]:
    """The uninterrupted run (in a child, as the trials): its fingerprint and how long it writes."""
    store = tmp_path_factory.mktemp("reference") / "reference.duckdb"
    proc = _child(store, inputs)
    opened = _wait_opened(proc)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode() if proc.stderr else ""
    writing = time.monotonic() - opened
    fp = soak.fingerprint(store)
    assert fp["check_ok"], fp["check_failed"]
    assert fp["per_dataset"]["gdelt"] > 15_000
    return fp, writing


@pytest.mark.parametrize("trial", range(2))
def test_sigkill_during_ingest_leaves_a_consistent_store_and_a_rerun_converges(
    tmp_path: Path, inputs: Path, reference: tuple[dict[str, Any], float], trial: int
) -> None:
    expected, writing = reference
    store = tmp_path / "store.duckdb"
    proc = _child(store, inputs)
    _wait_opened(proc)
    time.sleep(random.Random(trial).uniform(0.0, writing) * (trial + 1) / 2)  # an early and a late kill
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    after = soak.fingerprint(store)
    assert after["check_ok"], after["check_failed"]
    assert after["events"] <= expected["events"]
    _finish(store, inputs)
    final = soak.fingerprint(store)
    for key in ("events", "per_dataset", "keys", "quarantined", "check_ok"):
        assert final[key] == expected[key], (key, killed, after)


def test_a_second_ingest_is_refused_clearly_and_the_first_completes(
    tmp_path: Path, inputs: Path, reference: tuple[dict[str, Any], float], cli: Callable[..., Any]
) -> None:
    expected, _ = reference
    store = tmp_path / "store.duckdb"
    first = _child(store, inputs)
    _wait_opened(first)
    assert first.poll() is None, "the first ingest ended before the second started; make the inputs bigger"
    second = cli("ingest", "gdelt", str(inputs), "--store", str(store))
    also_check = cli("check", "--store", str(store))
    still_running = first.poll() is None
    assert first.wait(timeout=300) == 0, first.stderr.read().decode() if first.stderr else ""
    assert still_running, "the first ingest ended while the second tried; the test proved nothing"
    for result, code in ((second, 2), (also_check, 1)):  # check exits 1 when it cannot vouch for the store
        assert result.exit_code == code, result
        line = result.stderr.strip()
        assert "\n" not in line and "being written by another process" in line and "wait" in line, line
    final = soak.fingerprint(store)
    for key in ("events", "per_dataset", "keys", "quarantined", "check_ok"):
        assert final[key] == expected[key], key
    again = cli("ingest", "gdelt", str(inputs), "--store", str(store), "--json")
    assert again.exit_code == 0, again.stderr
    assert soak.fingerprint(store)["events"] == expected["events"]
