"""docs/python.md is executable: its Python blocks run in order, as one session, on the bundled record."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "python.md"


def python_blocks(text: str) -> list[tuple[int, str]]:
    """Each ```python block of ``text`` with the line it starts on."""
    return [(text.count("\n", 0, m.start()) + 2, m.group(1))
            for m in re.finditer(r"^```python\n(.*?)^```", text, flags=re.S | re.M)]


def test_every_block_runs_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    blocks = python_blocks(DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 15
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    for line, code in blocks:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            try:
                exec(compile(code, f"{DOC}:{line}", "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"docs/python.md block at line {line} failed: {type(exc).__name__}: {exc}")
    assert (tmp_path / "cxi.html").stat().st_size > 1_000_000  # plotly's script is inside the page


def test_the_page_names_every_function() -> None:
    import detente

    text = DOC.read_text(encoding="utf-8")
    for name in ("events", "index", "scorecard", "milestones", "dyads", "judge", "paradigms", "simulate", "read",
                 "code", "metadata"):
        assert f"detente.{name}(" in text, name
    for name in ("Judgement", "ParadigmComparison", "Simulation", "Reading"):
        assert f"detente.{name}" in text and name in detente.__all__
