"""The ``detente`` command line: a thin shell over the library.

Each command group lives in its own module (``_report.py``, ``_ingest.py``, ...) exposing
``register(app: typer.Typer) -> None``; :data:`COMMAND_MODULES` lists them. Library errors become one line on
stderr: exit 2 for bad usage or input, 1 for an internal failure; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import click
import typer

from detente.cli._common import err_console
from detente.errors import DetenteError

#: command modules, each with ``register(app)``; add a module here to add commands
COMMAND_MODULES: tuple[str, ...] = (
    "detente.cli._core",
    "detente.cli._simulate",
    "detente.cli._paradigms",
    "detente.cli._judge",
    "detente.cli._web",
    "detente.cli._ingest",
    "detente.cli._check",
    "detente.cli._coder",
    "detente.cli._scale",
)

app = typer.Typer(
    name="detente",
    help="Judge diplomacy by one standard: do two countries come to coexist peacefully?\n\n"
    "Example: detente report   (builds the bundled US-DPRK store and writes detente-report.html)",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on errors."),
) -> None:
    """detente: event data, a coder, a coexistence index, a two-track scorecard and a simulator."""


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``detente`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        code = app(args=args, prog_name="detente", standalone_mode=False)
        if isinstance(code, int) and code:  # a command's typer.Exit(n) comes back as a return value
            raise SystemExit(code)
    except (click.exceptions.Exit, typer.Exit) as exc:
        raise SystemExit(getattr(exc, "exit_code", 0)) from None
    except (click.exceptions.Abort, typer.Abort):
        err_console.print("aborted")
        raise SystemExit(130) from None
    except (click.exceptions.ClickException, typer.TyperException) as exc:
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:  # pragma: no cover - every usage error of typer and click has show()
            err_console.print(f"error: {exc}", markup=False)
        raise SystemExit(2) from None
    except DetenteError as exc:
        if debug:
            raise
        err_console.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise SystemExit(exc.exit_code) from None
    except KeyboardInterrupt:
        err_console.print("interrupted")
        raise SystemExit(130) from None
    except Exception as exc:
        if debug:
            raise
        first = (str(exc).strip().splitlines() or [""])[0]
        err_console.print(
            f"internal error: {type(exc).__name__}: {first} (rerun with --debug for the traceback and report it)",
            markup=False, highlight=False, soft_wrap=True,
        )
        raise SystemExit(1) from None
