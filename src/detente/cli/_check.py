"""``detente check``: verify a store and exit non-zero with a report when anything is off."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from detente.cli._common import StoreOption, check_choice, emit_json, literal, settings
from detente.errors import StoreError, StoreLocked
from detente.store import check_path

CheckFormatOption = Annotated[str, typer.Option("--format", "-f", help="Output format: text or json.")]


def check(
    store: StoreOption = None,
    fmt: CheckFormatOption = "text",
) -> None:
    """Verify the store: schema version, counts against ingest runs, orphan rows, codes in the reference tables.

    Read-only. Exits 0 when every check holds and 1 with a report of what is off (or when another process is
    writing the store, which cannot be checked then).

    Example: detente check --store events.duckdb --format json
    """
    check_choice(fmt, ("text", "json"), "--format")
    try:
        report = check_path(settings(store).store)
    except StoreLocked as err:  # it cannot be vouched for now: 1, like a store that fails its checks
        raise StoreError(str(err)) from err
    if fmt == "json":
        emit_json(report.to_dict())
    else:
        sys.stdout.write(report.to_text(lambda text: literal(text, markup=False)) + "\n")
    if not report.ok:
        # SystemExit rather than typer.Exit: detente.cli.main drops the code of a typer.Exit (see the report)
        raise SystemExit(1)


def register(app: typer.Typer) -> None:
    app.command("check")(check)
