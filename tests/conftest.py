"""Shared fixtures: the reference material in ../shared, throwaway stores, and a CLI runner."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from detente.cli import main

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The reference material beside the checkout; a missing folder fails loudly instead of skipping."""
    if not (SHARED / "data").is_dir():
        pytest.fail(f"reference material not found at {SHARED}/data; the tests need ../shared beside the checkout")
    return SHARED


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
