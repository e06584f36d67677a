"""Write docs/reference/cli.md from the commands' own help (run after changing a command).

Run: uv run python scripts/gen_cli_reference.py
tests/cli/test_cli_reference.py fails when the committed file is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer.main
from typer.testing import CliRunner

from detente.cli import app

OUT = Path(__file__).resolve().parents[1] / "docs" / "reference" / "cli.md"


def _paths(cmd: object, path: tuple[str, ...]) -> list[tuple[str, ...]]:
    subs = getattr(cmd, "commands", None)
    if not subs:
        return [path]
    return [p for name, sub in sorted(subs.items()) for p in _paths(sub, (*path, name))]


def render() -> str:
    runner = CliRunner()
    parts = [
        "# Command reference\n",
        "Generated from each command's `--help` by `scripts/gen_cli_reference.py`; every command also takes "
        "`--store PATH` where it reads or writes a store, and `detente --debug COMMAND` shows tracebacks.\n",
    ]
    for path in _paths(typer.main.get_command(app), ()):
        result = runner.invoke(app, [*path, "--help"], prog_name="detente", env={"COLUMNS": "100", "NO_COLOR": "1",
                                                                                "TERM": "dumb"})
        text = result.output.rstrip()
        parts.append(f"## detente {' '.join(path)}\n\n```text\n{text}\n```\n")
    return "\n".join(parts)


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
