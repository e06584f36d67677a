"""The README is executable: its Python snippets run, and its first screen keeps the two commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join(README.read_text(encoding="utf-8").splitlines()[:25])
    assert "\npip install uv && uv run detente report\n" in first_screen
    assert "\npip install uv && uv run pytest\n" in first_screen


@pytest.mark.parametrize("block", _python_blocks())
def test_python_snippets_run(block: str, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(block, str(README), "exec"), {})
    out = capsys.readouterr().out
    assert "False" not in out  # snippets print what they check
