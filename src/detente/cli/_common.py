"""Options and helpers shared by the CLI's command modules. Only the CLI prints."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from detente.config import Settings, load_settings
from detente.errors import SourceNotFound

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

            # emoji codes (":warning:") in printed data would be replaced by pictures: off, as markup is escaped
            self._console = Console(stderr=self._stderr, emoji=False)
        return getattr(self._console, name)


console = cast("Console", _LazyConsole(stderr=False))
err_console = cast("Console", _LazyConsole(stderr=True))


def settings(store: Path | None = None, *, existing: bool = False, **flags: Any) -> Settings:
    """Resolve settings for one command: detente.toml < DETENTE_* < the command's flags.

    ``existing``: the command only reads the store, so a ``--store`` that does not exist is a mistyped path,
    refused instead of created (the store the settings name is still built on first use)."""
    resolved = load_settings(store=store, **flags)
    target = str(resolved.store)
    if existing and store is not None and "://" not in target and not Path(target).exists():
        raise SourceNotFound(f"no store at {target}; check the path, or build one there with 'detente ingest "
                             f"DATASET FILES --store {target}' or 'detente report --store {target}'")
    return resolved


#: characters that act on a terminal instead of being shown: C0 and C1 controls (ESC starts ANSI sequences; the
#: one-byte CSI \x9b does on some terminals), DEL, line and paragraph separators, and the bidirectional-text
#: controls that reorder what follows them
_OTHER_CONTROLS = r"\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(rf"[\x00-\x1f{_OTHER_CONTROLS}]")
_CONTROL_NOT_NEWLINE = re.compile(rf"[\x00-\x09\x0b-\x1f{_OTHER_CONTROLS}]")
_TERMINAL_ONLY = re.compile(f"[{_OTHER_CONTROLS}]")  # JSON escapes the C0 controls itself
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _shown(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def literal(value: object, *, markup: bool = True, multiline: bool = False) -> str:
    """``value`` as text to print as it is. Everything the CLI prints that comes from data, files, pages or the
    network (event texts, input and member names, titles, store paths, error messages naming them) goes through
    this: control characters, ANSI escape sequences and bidirectional-text controls are shown as escapes
    (``\\x1b[31m``, ``\\r``, ``\\u202e``), so the text can neither restyle, move nor hide what is printed, and
    console markup in it (``[/x]``, ``[bold]``) is escaped, so rich shows it instead of reading it.

    ``markup=False`` for text printed with markup off (or written straight to a stream); ``multiline`` keeps
    line breaks (an article's body)."""
    text = (_CONTROL_NOT_NEWLINE if multiline else _CONTROL).sub(_shown, str(value))
    if not markup:
        return text
    from rich.markup import escape

    return escape(text)


def json_text(data: Any, *, indent: int | None = None) -> str:
    """``data`` as JSON, dates as ISO strings; characters that act on a terminal are written as ``\\u`` escapes
    (JSON escapes the C0 controls itself), so the text means the same and prints literally."""
    text = json.dumps(data, indent=indent, ensure_ascii=False, default=str)
    return _TERMINAL_ONLY.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def emit_json(data: Any, out: Path | None = None) -> None:
    """Print JSON (or write it to ``out``), dates as ISO strings, terminal controls escaped (:func:`json_text`)."""
    text = json_text(data, indent=2)
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.write_text(text + "\n", encoding="utf-8")


def check_choice(value: str, choices: tuple[str, ...], option: str) -> str:
    """Refuse a value outside ``choices`` with a usage error that lists them."""
    if value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(choices)}", param_hint=option)
    return value
