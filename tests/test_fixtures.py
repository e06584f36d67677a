"""The test material itself: the fixtures are listed, small and equal to what their sources give; corpora are
reached only through ``shared_file`` (tests/conftest.py), which skips with one documented line or fails under CI."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
#: "a few MB at most" for the whole folder
MAX_BYTES = 3_000_000


def _fixture_files() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                  and p.name != "README.md" and p.suffix != ".py")


def test_every_fixture_file_has_its_source_and_licence_in_the_readme() -> None:
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    listed = {p.relative_to(FIXTURES).as_posix() for p in _fixture_files()}
    unlisted = sorted(name for name in listed if f"`{name}`" not in readme)
    assert not unlisted, f"add these to tests/fixtures/README.md with their source and licence: {unlisted}"
    named = set(re.findall(r"^\| `([^`]+)` \|", readme, flags=re.MULTILINE))
    assert named <= listed, f"listed but not there: {sorted(named - listed)}"


def test_the_fixtures_stay_small() -> None:
    total = sum(p.stat().st_size for p in _fixture_files())
    assert total <= MAX_BYTES, f"tests/fixtures holds {total:,} bytes; keep it under {MAX_BYTES:,}"


#: a string literal that starts a path into the reference folder: "shared/...", "../shared", "shared"
_SHARED_LITERAL = re.compile(r"""["'](?:\.\./)?shared(?:["'/])""")


def test_no_test_module_builds_a_path_to_the_reference_folder_itself() -> None:
    """One way in: ``shared_file`` (or ``fixture_file``), so a missing corpus always skips or fails the same way."""
    offenders = [
        f"{path.relative_to(TESTS)}:{number}"
        for path in sorted(TESTS.rglob("*.py"))
        if path not in (TESTS / "conftest.py", Path(__file__).resolve()) and FIXTURES not in path.parents
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _SHARED_LITERAL.search(line)
    ]
    assert not offenders, f"use the shared_file fixture of tests/conftest.py instead: {offenders}"


def test_a_missing_corpus_skips_with_the_documented_line(shared_file: Callable[[str], Path],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"^corpus not available: \.\./shared/data/no-such\.jsonl \("):
        shared_file("data/no-such.jsonl")


@pytest.mark.parametrize("value", ["true", "TRUE"])
def test_a_missing_corpus_fails_under_ci(shared_file: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch,
                                         value: str) -> None:
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match=r"\.\./shared/data/no-such\.jsonl is missing and CI=true"):
        shared_file("data/no-such.jsonl")


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fixtures_taken_from_the_reference_folder_equal_what_it_gives_now(
        shared_file: Callable[[str], Path]) -> None:
    """A corpus test: rebuilt from ../shared/data (copies byte for byte, subsets by their rules), every fixture is
    the committed one."""
    built = _maker().build(shared_file("data"))
    assert len(built) >= 15
    stale = sorted(name for name, content in built.items() if (FIXTURES / name).read_bytes() != content)
    assert not stale, f"differ from ../shared/data (run tests/fixtures/make_fixtures.py): {stale}"
