"""Fixtures of the coder's tests; their material comes through tests/conftest.py (fixture_file, shared_file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def petrarch_dictionaries(fixture_file: Callable[[str], Path]) -> Path:
    """The PETRARCH validation dictionaries (actors, agents, verbs, discards), as published with PETRARCH."""
    return fixture_file("gold/petrarch_unit_dictionaries")
