"""The ``detente`` command line: a thin shell over the library.

Each command group lives in its own module (``_core.py``, ``_ingest.py``, ...) exposing
``register(app: typer.Typer) -> None``; :data:`COMMANDS` names each top-level command's module and the first
sentence of its help. The command line imports a command's module only when that command runs or shows its help,
so ``detente --help`` lists every command without importing any of them (and none of the libraries they use).
Library errors become one line on stderr: exit 2 for bad usage or input, 1 for an internal failure; ``--debug``
shows the traceback.

``detente.cli.app`` is the whole command line with every module loaded (for tests and the reference generator).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import Any

import typer
import typer.core
import typer.main

__all__ = ["COMMANDS", "COMMAND_MODULES", "build_app", "main"]

#: every top-level command: the module that registers it, and the first sentence of its help (shown by
#: ``detente --help`` without importing the module; tests/cli/test_cli_startup.py checks they agree)
COMMANDS: dict[str, tuple[str, str]] = {
    "report": ("detente.cli._core",
               "Judge a dyad on the store's data and write a self-contained HTML report (works offline)."),
    "events": ("detente.cli._core", "List the events of a dyad (both directions), oldest first."),
    "info": ("detente.cli._core",
             "Show what the store holds: datasets, counts, date range, ingest runs, quarantine."),
    "simulate": ("detente.cli._simulate",
                 "Simulate US and DPRK policies against each other: P(coexistence), median time to it, "
                 "persistence, the denuclearization level reached and the crisis rate, each with a 95% interval."),
    "tournament": ("detente.cli._simulate",
                   "Round-robin iterated prisoner's dilemma (R,S,T,P = 3,0,5,1); each player's total score."),
    "match": ("detente.cli._simulate",
              "Play two prisoner's-dilemma players against each other: mean payoff per turn and cooperation rate."),
    "paradigms": ("detente.cli._paradigms",
                  "Compare policy periods by paradigm: index, tests, milestones per track, with bootstrap "
                  "intervals."),
    "index": ("detente.cli._judge", "The coexistence index (CXI, 0..100) per period, with its five components."),
    "scorecard": ("detente.cli._judge",
                  "The peace and the denuclearization track per period (never merged), with the sequencing "
                  "diagnostics: lead-lag, reciprocity ratio and action-for-action balance."),
    "milestones": ("detente.cli._judge",
                   "The milestone ledger: each step on the two tracks, its level (0..4) and evidence grade (A/B/C)."),
    "judge": ("detente.cli._judge",
              "Judge whether the dyad coexists peacefully: regimes, the current regime and its trend, open "
              "channels, both tracks, the paradigm it resembles, and the events that moved the index most, with "
              "their sources."),
    "serve": ("detente.cli._web",
              "Serve the dashboard: overview, dyad explorer, events, milestones, simulator and store status, each "
              "page with a JSON twin (/events and /events.json) and OpenAPI docs at /api."),
    "ingest": ("detente.cli._ingest",
               "Load native GDELT, ICEWS or POLECAT files into the store (streamed; re-ingesting adds nothing)."),
    "fetch": ("detente.cli._ingest", "Download a dataset from its publisher, then ingest it."),
    "check": ("detente.cli._check",
              "Verify the store: schema version, counts against ingest runs, orphan rows, codes in the reference "
              "tables."),
    "read": ("detente.cli._coder", "Extract a news article, code its events and show how it frames the dyad."),
    "code": ("detente.cli._coder",
             "Code a corpus into events, to a file (JSONL, CSV or Parquet) and/or the event store."),
    "eval": ("detente.cli._coder", "Score detente's components on gold sets."),
    "archive": ("detente.cli._scale",
                "Move the store to and from a Parquet archive (partitioned by dataset/year/month), or cluster it "
                "by dyad."),
    "sql": ("detente.cli._scale", "Print SQL to pull events from hosted copies of the datasets."),
    "dyads": ("detente.cli._monitor",
              "Every dyad in the store, one row each, judged as 'detente judge' judges one: the current regime's CXI "
              "with its interval, trend, coexistence (or insufficient evidence), the last change point, the live "
              "alert flag and the latest period's top event; computed for all dyads in one pass over the store."),
    "watch": ("detente.cli._monitor",
              "Watch a live feed: ingest each new file, re-measure the dyads it touches, record alerts."),
    "alerts": ("detente.cli._monitor",
               "List the alerts the watch recorded, newest period first: dyad, period, the probability that a new "
               "regime began, the CXI before and at the alert, and the events that moved it."),
}

#: the command modules, each with ``register(app)``, in the order of :data:`COMMANDS`
COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(module for module, _ in COMMANDS.values()))

_HELP = (
    "Judge diplomacy by one standard: do two countries come to coexist peacefully?\n\n"
    "Example: detente report   (builds the bundled US-DPRK store and writes detente-report.html)"
)


def _typer(**extra: Any) -> typer.Typer:
    return typer.Typer(pretty_exceptions_enable=False, add_completion=False, rich_markup_mode=None, **extra)


class _LazyGroup(typer.core.TyperGroup):
    """The root command group: a command's module is imported when the command is looked up to run or to show
    its own help; the root's help lists the commands from :data:`COMMANDS` alone."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(dict.fromkeys([*COMMANDS, *self.commands]))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            holder = _typer()
            importlib.import_module(COMMANDS[cmd_name][0]).register(holder)
            for name, command in typer.main.get_group(holder).commands.items():
                self.commands.setdefault(name, command)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            loaded = self.commands.get(name)
            if loaded is not None and loaded.hidden:
                continue
            summary = loaded or typer.core.TyperCommand(name=name, help=COMMANDS[name][1])
            rows.append((name, summary.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _root(
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on errors."),
) -> None:
    """detente: event data, a coder, a coexistence index, a two-track scorecard and a simulator."""


def build_app(*, lazy: bool = True) -> typer.Typer:
    """The ``detente`` command line; ``lazy=False`` registers every command module up front."""
    app = _typer(name="detente", help=_HELP, no_args_is_help=True, cls=_LazyGroup)
    app.callback()(_root)
    if not lazy:
        for module in COMMAND_MODULES:
            importlib.import_module(module).register(app)
    return app


def __getattr__(name: str) -> Any:
    if name == "app":  # the whole command line, built on first use and kept as this module's attribute
        full = build_app(lazy=False)
        globals()["app"] = full
        return full
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _usage_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a click usage error (typer's own click or the click package, whichever is loaded)."""
    for module in ("typer._click.exceptions", "click.exceptions"):
        loaded = sys.modules.get(module)
        if loaded is not None and isinstance(exc, loaded.ClickException):
            return True
    return False


def _is(exc: BaseException, name: str) -> bool:
    return any(cls.__name__ == name and cls.__module__.split(".")[0] in ("typer", "click")
               for cls in type(exc).__mro__)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``detente`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    app: typer.Typer = globals().get("app") or build_app()
    try:
        code = app(args=args, prog_name="detente", standalone_mode=False)
        if isinstance(code, int) and code:  # a command's typer.Exit(n) comes back as a return value
            if code == 130:  # typer turns Ctrl+C (KeyboardInterrupt) into exit code 130, silently
                _error_line("interrupted")
            raise SystemExit(code)
    except KeyboardInterrupt:
        _error_line("interrupted")
        raise SystemExit(130) from None
    except SystemExit:
        raise
    except Exception as exc:
        from detente.errors import is_interrupt

        if is_interrupt(exc):  # DuckDB's word for a Ctrl+C that landed during one of its statements
            _error_line("interrupted")
            raise SystemExit(130) from None
        _fail(exc, debug)


def _fail(exc: Exception, debug: bool) -> None:
    from detente.errors import DetenteError

    if _is(exc, "Exit"):
        raise SystemExit(getattr(exc, "exit_code", 0)) from None
    if _is(exc, "Abort"):
        _error_line("aborted")
        raise SystemExit(130) from None
    if _usage_error(exc):
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:  # pragma: no cover - every usage error of typer and click has show()
            _error_line(f"error: {exc}")
        raise SystemExit(2) from None
    if isinstance(exc, DetenteError):
        if debug:
            raise exc
        _error_line(f"error: {exc}")
        raise SystemExit(exc.exit_code) from None
    if debug:
        raise exc
    first = (str(exc).strip().splitlines() or [""])[0]
    _error_line(f"internal error: {type(exc).__name__}: {first} (rerun with --debug for the traceback and report it)")
    raise SystemExit(1) from None


def _error_line(text: str) -> None:
    from detente.cli._common import err_console, literal

    # one line, whatever the names it quotes hold (line breaks and terminal controls are shown as escapes)
    err_console.print(literal(text, markup=False), markup=False, highlight=False, soft_wrap=True)
