"""Fixtures for the ingest tests: the format fixtures, a throwaway store, and a maker of damaged variants."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from detente.store import Store

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"

Lines = Callable[[str], list[str]]
Writer = Callable[[str, "list[str] | list[bytes] | list[str | bytes]"], Path]


@pytest.fixture
def formats() -> Path:
    return FORMATS


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.open(":memory:")
    yield s
    s.close()


@pytest.fixture
def lines() -> Lines:
    """The lines of a format fixture, without line ends."""
    return lambda name: (FORMATS / name).read_text(encoding="utf-8").splitlines()


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """Write lines (text or raw bytes) as a file in the test's folder; returns its path."""

    def _write(name: str, rows: list[str] | list[bytes] | list[str | bytes]) -> Path:
        path = tmp_path / name
        path.write_bytes(b"".join((x if isinstance(x, bytes) else x.encode("utf-8")) + b"\n" for x in rows))
        return path

    return _write
