"""The README's examples of ``detente judge`` and ``detente index`` are what the commands print on the bundled record.

Compared word by word (the terminal's width moves the line breaks); a ``...`` at the end of an example stands for
the rest of the output. When the record or the index changes, rerun the command and paste its output.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def _examples() -> list[tuple[list[str], str]]:
    """(the command's arguments after 'detente', the output shown) for each console example of judge or index."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S):
        first, _, shown = block.partition("\n")
        args = shlex.split(first.removeprefix("$ uv run detente "))
        if first.startswith("$ uv run detente ") and args[0] in ("judge", "index"):
            found.append((args, shown))
    return found


def test_the_readme_shows_both_examples() -> None:
    assert sorted(args[0] for args, _ in _examples()) == ["index", "judge"]


@pytest.mark.parametrize(("args", "shown"), _examples(), ids=lambda x: x[0] if isinstance(x, list) else "")
def test_readme_example_is_the_commands_output(cli, bundled_store: Path, args: list[str], shown: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args, "--store", str(bundled_store))
    assert result.exit_code == 0, result.stderr
    printed, want = result.stdout.split(), shown.split()
    if want[-1] == "...":  # the example shows the beginning of the output
        want = want[:-1]
        printed = printed[:len(want)]
    assert printed == want, (f"README's 'detente {' '.join(args)}' example differs from the output; rerun it and "
                             "paste the output:\n" + result.stdout)
