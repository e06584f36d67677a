"""Shared paths for the coder's tests: fixtures in the repository, gold sets in ../shared (never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "data" / "gold"
KOREA = SHARED / "data" / "korea"
FIXTURES = ROOT / "tests" / "fixtures" / "news"


def shared_file(path: Path) -> Path:
    """``path`` under ../shared, or a test failure that says what is missing."""
    if not path.exists():
        pytest.fail(f"{path} is missing: the coder's tests read the gold sets from ../shared/data (see "
                    "shared/README.md); check out shared/ beside the repository")
    return path


@pytest.fixture(scope="session")
def petrarch_dictionaries() -> Path:
    return shared_file(GOLD / "petrarch_unit_dictionaries")
