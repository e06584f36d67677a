"""Shared fixtures: the test material, throwaway stores, and a CLI runner.

Test material comes from two places, each with one way in; every test uses these two fixtures and nothing else:

* ``tests/fixtures/``, in the repository: small real material (a few hundred real rows of each format, the
  published code tables the package does not ship, the PETRARCH validation dictionaries, a few gold records; each
  file with its source and licence in tests/fixtures/README.md). Read it with ``fixture_file``::

      def test_x(fixture_file):
          rows = fixture_file("samples/icews_events_2018_subset.tab").read_text(encoding="utf-8")

  It is always there: a missing fixture fails the test.

* ``../shared/data``, beside the checkout: the large corpora (KCNA, the full gold sets behind the accuracy gates,
  the treebank; ../shared/README.md lists them). Read them with ``shared_file``, the path as ../shared/README.md
  gives it::

      def test_y(shared_file):
          gold = shared_file("data/gold/petrarch_unit_records.jsonl")

  Where the file is absent (a clone with nothing beside it) the test is skipped with one line that starts
  ``corpus not available:`` and names the file, and the session ends with the count of such skips; with
  ``CI=true`` the test fails instead, so CI runs everything. ``.ci/run`` runs the suite once more in a clone
  with nothing beside it and accepts no skip with any other reason.

A linked git worktree (``git worktree add``) finds the folder beside its main checkout. No test module builds a
path to ../shared itself (tests/test_fixtures.py checks that, and that the fixtures match their sources).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from detente.cli import main

# Property tests check results, never speed: hypothesis's per-example deadline (200 ms by default) turns a slow
# moment of a loaded machine into a failure, so it is off for the whole suite. Speed goals live in benchmarks/.
settings.register_profile("detente", deadline=None)
settings.load_profile("detente")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
#: the line every corpus skip starts with (``.ci/run`` accepts no other skip in its clone with nothing beside it)
CORPUS_SKIP = "corpus not available:"


def _main_checkout(repo: Path) -> Path:
    """The main working tree when ``repo`` is a linked git worktree (its ``.git`` is a file), else ``repo``."""
    dotgit = repo / ".git"
    if not dotgit.is_file():
        return repo
    gitdir = Path(dotgit.read_text(encoding="utf-8").removeprefix("gitdir:").strip())
    common = gitdir / "commondir"
    if not common.is_file():
        return repo
    common_dir = (gitdir / common.read_text(encoding="utf-8").strip()).resolve()
    return common_dir.parent if common_dir.name == ".git" else repo


#: the reference folder: ../shared beside the checkout (beside the main checkout for a linked worktree)
SHARED = (_main_checkout(REPO) / ".." / "shared").resolve()


def corpus_path(relative: str) -> Path:
    """``relative`` (e.g. ``data/gold/x.jsonl``) under the reference folder; absent, the test is skipped with a
    ``corpus not available:`` line, or fails under ``CI=true``."""
    path = SHARED / relative
    if path.exists():
        return path
    where = f"../shared/{relative}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{where} is missing and CI=true: CI runs the corpus tests, so the reference folder must be "
                    f"beside the checkout (expected at {SHARED})")
    pytest.skip(f"{CORPUS_SKIP} {where} (no reference folder beside the checkout; CI=true makes this a failure)")


@pytest.fixture(scope="session")
def shared_file() -> Callable[[str], Path]:
    """``shared_file("data/...")``: a large corpus under ../shared, or a documented skip (a failure under CI=true)."""
    return corpus_path


@pytest.fixture(scope="session")
def fixture_file() -> Callable[[str], Path]:
    """``fixture_file("reference/...")``: small real material under tests/fixtures (always there)."""

    def find(relative: str) -> Path:
        path = FIXTURES / relative
        if not path.exists():
            pytest.fail(f"tests/fixtures/{relative} is missing: fixtures are committed with the repository "
                        "(tests/fixtures/make_fixtures.py rebuilds the ones taken from ../shared)")
        return path

    return find


@pytest.fixture(scope="session")
def shared() -> Path:
    """Gone: it handed out the whole folder, so a clone without ../shared failed everywhere."""
    pytest.fail("the `shared` fixture is gone: read small material with fixture_file(...) from tests/fixtures and "
                "the large corpora with shared_file(...); see the top of tests/conftest.py")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """After the run: how many corpus tests were skipped, and which files they wanted."""
    missing: Counter[str] = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        found = re.search(re.escape(CORPUS_SKIP) + r" (\S+)", reason)
        if found:
            missing[found.group(1)] += 1
    if missing:
        files = ", ".join(f"{name} ({n})" for name, n in sorted(missing.items()))
        terminalreporter.write_line(
            f"{sum(missing.values())} corpus tests skipped: the reference folder {SHARED} is not there "
            f"(wanted: {files}); they run where ../shared is beside the checkout, and CI=true fails them instead")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.duckdb"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test touches the user's store or detente.toml: DETENTE_* point into the test's temp folder."""
    for var in list(os.environ):
        if var.startswith("DETENTE_"):
            monkeypatch.delenv(var)
    monkeypatch.setenv("DETENTE_STORE", str(tmp_path / "default-store.duckdb"))
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    yield


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``detente ARGS...`` in-process through the real entry point; returns exit code and output."""

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out = capsys.readouterr()
        return CliResult(code, out.out, out.err)

    return run


@pytest.fixture(scope="session")
def bundled_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store with the bundled record, built once per test session (read it; don't write to it)."""
    from detente import load_settings, open_store

    path = tmp_path_factory.mktemp("bundled") / "bundled.duckdb"
    with open_store(load_settings(store=path, environ={})):
        pass
    return path
