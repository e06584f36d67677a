"""The top-level names: listed in ``__all__``, imported on first use (``import detente`` stays light), typed, and
``detente.judge`` / ``detente.simulate`` both packages and functions whichever way they are reached first."""

from __future__ import annotations

import doctest
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import detente

FUNCTIONS = ("events", "index", "scorecard", "milestones", "dyads", "judge", "paradigms", "simulate", "read", "code")
HEAVY = ("pyarrow", "duckdb", "numpy", "pandas", "scipy", "ruptures", "plotly", "httpx", "rich")
REPO = Path(__file__).resolve().parents[2]


def _run(code: str, tmp_path: Path) -> str:
    env = {**os.environ, "DETENTE_STORE": str(tmp_path / "store.duckdb")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                         timeout=600)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_every_function_is_public_typed_and_documented() -> None:
    for name in (*FUNCTIONS, "metadata"):
        assert name in detente.__all__
        function = getattr(detente, name)
        assert callable(function)
        signature = inspect.signature(function)
        assert signature.return_annotation is not inspect.Signature.empty, name
        assert all(p.annotation is not inspect.Parameter.empty for p in signature.parameters.values()), name
    for name in FUNCTIONS:
        doc = inspect.getdoc(getattr(detente._analysis, name)) or ""
        assert f"detente {name}" in doc, f"{name}'s docstring names the command it matches"
    for name in ("Judgement", "ParadigmComparison", "Simulation", "Reading"):
        assert name in detente.__all__ and getattr(detente, name).__doc__


def test_reaching_a_function_imports_nothing_heavy(tmp_path: Path) -> None:
    code = ("import sys, json, detente\n"
            "detente.index, detente.events, detente.read, detente.code, detente.paradigms\n"
            "print(json.dumps(sorted(sys.modules)))")
    modules = set(json.loads(_run(code, tmp_path)))
    assert [m for m in HEAVY if m in modules] == []


@pytest.mark.parametrize("first", ["import detente.judge", "import detente", "from detente import judge",
                                   "from detente.judge import Verdict"])
def test_judge_is_a_package_and_the_function(first: str, tmp_path: Path) -> None:
    code = (f"{first}\nimport detente, inspect\n"
            "print(detente.judge.Verdict.__name__, detente.judge.__name__)\n"
            "print(list(inspect.signature(detente.judge).parameters)[:2])\n"
            "import detente.judge.paradigms\n"
            "print(detente.simulate.Dynamics().noise, callable(detente.simulate))")
    out = _run(code, tmp_path).splitlines()
    assert out == ["Verdict detente.judge", "['dyad', 'as_of']", "0.05 True"]


def test_the_packages_call_the_functions(tmp_path: Path) -> None:
    code = ("import detente.simulate._negotiation as negotiation, detente\n"
            "s = detente.simulate('grit', 'hedger', runs=50, seed=2)\n"
            "print(type(s).__name__, s.seed, negotiation.Dynamics is detente.simulate.Dynamics)")
    assert _run(code, tmp_path).split() == ["Simulation", "2", "True"]


def test_the_readme_one_liner(tmp_path: Path) -> None:
    """The README's ``uv run python -c "..."`` line, run by this interpreter on a store that does not exist yet
    (built from the bundled record)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r'^uv run python -c "(.+)"$', readme, flags=re.M)
    assert found, "the README shows the one-line Python example"
    assert "detente.index(dyad='USA-PRK').to_pandas().tail()" in found.group(1)
    out = _run(found.group(1), tmp_path)
    lines = out.splitlines()
    assert lines[0].split()[0] == "period"
    rows = [line.split() for line in lines if re.match(r"\d+ +\d{4}-\d{2} ", line)]
    assert len(rows) == 5 and rows[-1][1] >= "2026-01"  # the last months of the record, one row each
    assert (tmp_path / "store.duckdb").exists()


@pytest.mark.parametrize("module", ["detente", "detente._records"])
def test_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
