"""Options and helpers shared by the CLI's command modules. Only the CLI prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from detente.config import Settings, load_settings

if TYPE_CHECKING:
    from rich.console import Console

StoreOption = Annotated[
    Path | None,
    typer.Option("--store", help="DuckDB store file [env: DETENTE_STORE; default: user data dir].",
                 show_default=False),
]
DyadOption = Annotated[str | None, typer.Option("--dyad", help="Dyad as two country codes, e.g. USA-PRK.")]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output format.")]
OutOption = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")]



class _LazyConsole:
    """A rich Console made on first use, so a command that prints nothing through rich never imports it."""

    def __init__(self, *, stderr: bool) -> None:
        self._stderr = stderr
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=self._stderr)
        return getattr(self._console, name)


console = cast("Console", _LazyConsole(stderr=False))
err_console = cast("Console", _LazyConsole(stderr=True))


def settings(store: Path | None = None, **flags: Any) -> Settings:
    """Resolve settings for one command: detente.toml < DETENTE_* < the command's flags."""
    return load_settings(store=store, **flags)


def emit_json(data: Any, out: Path | None = None) -> None:
    """Print JSON (or write it to ``out``), dates as ISO strings."""
    text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.write_text(text + "\n", encoding="utf-8")


def check_choice(value: str, choices: tuple[str, ...], option: str) -> str:
    """Refuse a value outside ``choices`` with a usage error that lists them."""
    if value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(choices)}", param_hint=option)
    return value
