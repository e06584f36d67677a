"""Fixtures shared by the reliability tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def wide_console(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Consoles made during the test are 2,000 columns wide, so that no table cell is cut or folded."""
    from detente.cli import _common

    monkeypatch.setenv("COLUMNS", "2000")
    for lazy in (_common.console, _common.err_console):
        monkeypatch.setattr(lazy, "_console", None)
    yield
