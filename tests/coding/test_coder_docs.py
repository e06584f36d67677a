"""docs/coder.md and the coder's docstrings are executable."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "coder.md"


def test_guide_examples_run() -> None:
    result = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 4
    assert result.failed == 0


@pytest.mark.parametrize(
    "module",
    ["detente.actors", "detente.coding", "detente.coding.coder", "detente.coding.coref", "detente.coding.dates",
     "detente.coding.framing", "detente.ingest.news"],
)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0
    assert result.failed == 0
