"""docs/simulate.md and the simulate docstrings are executable."""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "simulate.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_the_guide_has_examples() -> None:
    assert len(_python_blocks()) >= 3


@pytest.mark.parametrize("block", _python_blocks())
def test_guide_snippets_run_and_check_what_they_say(block: str, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(block, str(DOC), "exec"), {"__name__": "docs_simulate"})
    printed = capsys.readouterr().out.split()
    assert printed and set(printed) == {"True"}


@pytest.mark.parametrize("module", ["detente.simulate", "detente.simulate._ipd", "detente.simulate._negotiation"])
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0
    assert result.failed == 0
