"""How the CLI refuses: option validation and the error-to-exit-code mapping of ``detente.cli.main``.

The contract (``detente/cli/__init__.py``, ``detente/errors.py``): bad usage or input exits 2, a store that cannot
be used (:class:`StoreError`) exits 1, :class:`StoreLocked` exits 2, anything unexpected exits 1 as an "internal
error"; each is one line on stderr, never a traceback unless ``--debug`` is given, and nothing is printed on stdout.
Usage errors that click reports itself (a value outside a choice list, a number below an option's minimum) carry
exactly one ``Error:`` line that names the option.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer

import detente.cli
import detente.cli._core
from detente.errors import (
    ConfigError,
    DetenteError,
    MeasureError,
    SchemaError,
    StoreError,
    StoreLocked,
)

#: an instruction after what went wrong (the words the messages of detente use to say what to do)
ACTION = re.compile(r"\b(pass|use|write|check|swap|pick|add|give|ingest|fix|name|rerun|install|leave|needs)\b", re.I)


def _error_line(stderr: str) -> str:
    """The one non-blank line of stderr, which starts with 'error: ' and holds no traceback."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"not one line: {stderr!r}"
    assert lines[0].startswith("error: "), lines[0]
    assert "Traceback" not in stderr
    return lines[0]


def _usage_error(result: Any, option: str) -> str:
    """A click usage error: exit 2, nothing on stdout, exactly one 'Error:' line naming the option."""
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    assert option in errors[0], errors[0]
    assert "Traceback" not in result.stderr
    return errors[0]


def _refused(result: Any, *needles: str, code: int = 2, action: bool = True) -> str:
    assert result.exit_code == code, (result.exit_code, result.stderr)
    assert result.stdout == "", result.stdout
    line = _error_line(result.stderr)
    for needle in needles:
        assert needle in line, (needle, line)
    if action:
        assert ACTION.search(line.removeprefix("error: ")), f"does not say what to do: {line}"
    return line


# --- dates --------------------------------------------------------------------------------------------------------

BAD_DATES: list[tuple[tuple[str, ...], str, str]] = [
    (("events",), "--from", "2018-02-30"),
    (("events",), "--to", "yesterday"),
    (("index",), "--from", "2018/01/01"),
    (("index",), "--to", "2018-12-32"),
    (("index",), "--as-of", "14 Feb 2019"),
    (("scorecard",), "--from", "2018-1-1"),
    (("scorecard",), "--as-of", "2019-02-29"),
    (("judge",), "--as-of", "2019-13-01"),
    (("paradigms", "--no-simulate", "--resamples", "100"), "--as-of", "soon"),
    (("sql", "gdelt-bigquery", "--to", "2018-12-31"), "--from", "2018-00-10"),
    (("sql", "gdelt-bigquery", "--from", "2018-01-01"), "--to", "31-12-2018"),
    (("fetch", "icews", "--to", "2018-12-31"), "--from", "2018-06"),
]


@pytest.mark.parametrize(("command", "option", "value"), BAD_DATES,
                         ids=[f"{c[0]}{o}={v}" for c, o, v in BAD_DATES])
def test_a_bad_date_names_the_option_and_the_form(cli, bundled_store: Path, command: tuple[str, ...], option: str,  # type: ignore[no-untyped-def]
                                                  value: str) -> None:
    store = () if command[0] in ("sql", "fetch") else ("--store", str(bundled_store))
    result = cli(*command, option, value, *store)
    line = _refused(result, option, repr(value), "YYYY-MM-DD")
    assert "is not a date" in line


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("sql", "gdelt-bigquery", "--from", "2019-01-01", "--to", "2018-01-01"), "swap them"),
        (("fetch", "gdelt", "--from", "2019-01-01", "--to", "2018-01-01"), "swap them"),
        (("index", "--from", "2019-01-01", "--to", "2018-01-01"), "check --from and --to"),
    ],
    ids=["sql", "fetch", "index"],
)
def test_from_after_to_is_refused(cli, bundled_store: Path, args: tuple[str, ...], needle: str) -> None:  # type: ignore[no-untyped-def]
    store = ("--store", str(bundled_store)) if args[0] == "index" else ()
    line = _refused(cli(*args, *store), needle)
    assert "2019-01-01" in line and "2018-01-01" in line


def test_events_from_after_to_is_refused(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("events", "--store", str(bundled_store), "--from", "2019-01-01", "--to", "2018-01-01",
                 "--format", "json")
    _refused(result, "swap them")


def test_scorecard_from_after_to_says_what_to_do(cli, bundled_store: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("scorecard", "--store", str(bundled_store), "--from", "2019-01-01", "--to", "2018-01-01")
    _refused(result, "2019-01-01", "2018-01-01")


# --- dyads --------------------------------------------------------------------------------------------------------

MALFORMED_DYADS = [("USA", "write it like USA-PRK"), ("USA-PRK-CHN", "write it like USA-PRK"),
                   ("US-PRK", "write it like USA-PRK"), ("U5A-PRK", "write it like USA-PRK"),
                   ("prk-prk", "name two different countries")]


DYAD_COMMANDS: list[tuple[str, ...]] = [("index",), ("scorecard",), ("milestones",), ("judge",),
                                        ("sql", "gdelt-bigquery", "--from", "2018-01-01", "--to", "2018-01-31"),
                                        ("paradigms", "--no-simulate"), ("events",), ("report",)]
DYAD_CASES = [(command, dyad, needle) for i, command in enumerate(DYAD_COMMANDS)
              for dyad, needle in [MALFORMED_DYADS[i % len(MALFORMED_DYADS)]]]


@pytest.mark.parametrize(("command", "dyad", "needle"), DYAD_CASES, ids=[f"{c[0]}:{d}" for c, d, _ in DYAD_CASES])
def test_a_malformed_dyad_is_refused_before_any_work(cli, command: tuple[str, ...], dyad: str, needle: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(*command, "--dyad", dyad)
    _refused(result, repr(dyad), needle)
    # refused before the store was opened: the default store (DETENTE_STORE, in tmp) was never created
    assert not Path(os.environ["DETENTE_STORE"]).exists()


@pytest.mark.parametrize(("command", "needle"), [
    ("index", "pick another --dyad"),
    ("judge", "pick another --dyad"),
    ("scorecard", "no milestone ledger for FRA-DEU"),
    ("paradigms", "no policy periods are defined for FRA-DEU"),
])
def test_a_dyad_the_store_does_not_hold(cli, bundled_store: Path, command: str, needle: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(command, "--dyad", "FRA-DEU", "--store", str(bundled_store))
    _refused(result, "FRA-DEU", needle, action=command in ("index", "judge"))


@pytest.mark.parametrize("dyad", ["usa-prk", "USA_PRK", "USA/PRK", " USA - PRK "])
def test_dyad_spellings_that_parse(cli, dyad: str) -> None:  # type: ignore[no-untyped-def]
    """Dyad.parse upper-cases and accepts _ and / as separators, so these are USA-PRK, not errors."""
    result = cli("sql", "gdelt-bigquery", "--dyad", dyad, "--from", "2018-01-01", "--to", "2018-01-02")
    assert result.exit_code == 0, result.stderr
    assert "USA-PRK (both directions)" in result.stdout


# --- formats and other choices ------------------------------------------------------------------------------------

CHOICES: list[tuple[tuple[str, ...], str, str, str]] = [
    (("events",), "--format", "xml", "table, csv, json, jsonl, parquet"),
    (("events",), "--engine", "hadoop", "duckdb, spark"),
    (("info",), "--format", "csv", "table, json"),
    (("index",), "--format", "parquet", "table, csv, json"),
    (("index",), "--freq", "day", "week, month, quarter"),
    (("index",), "--dedup", "some", "none, exact, min-sources"),
    (("index",), "--engine", "polars", "duckdb, spark"),
    (("scorecard",), "--format", "text", "table, csv, json"),
    (("scorecard",), "--freq", "year", "week, month, quarter"),
    (("milestones",), "--format", "jsonl", "table, csv, json"),
    (("milestones",), "--track", "tension", "peace, denuclearization"),
    (("judge",), "--format", "table", "text, json"),
    (("judge",), "--freq", "annual", "week, month, quarter"),
    (("paradigms",), "--format", "yaml", "table, csv, json"),
    (("check",), "--format", "html", "text, json"),
    (("simulate",), "--format", "csv", "table, json"),
    (("tournament", "--players", "all"), "--format", "csv", "table, json"),
    (("match", "tit-for-tat", "defector"), "--format", "text", "table, json"),
    (("read", "-"), "--format", "html", "text, json"),
    (("code", "corpus.jsonl"), "--format", "json", "jsonl, csv, parquet"),
    (("eval", "coder", "gold.jsonl"), "--format", "csv", "text, json"),
]


@pytest.mark.parametrize(("command", "option", "value", "choices"), CHOICES,
                         ids=[f"{' '.join(c[:2])}{o}" for c, o, _, _ in CHOICES])
def test_a_value_outside_the_choices_lists_them(cli, command: tuple[str, ...], option: str, value: str,  # type: ignore[no-untyped-def]
                                                choices: str) -> None:
    line = _usage_error(cli(*command, option, value), option)
    assert f"{value!r} is not one of: {choices}" in line


def test_an_unknown_dataset_argument_lists_the_datasets(cli) -> None:  # type: ignore[no-untyped-def]
    line = _usage_error(cli("fetch", "acled", "--from", "2018-01-01", "--to", "2018-01-02"), "DATASET")
    assert "'acled' is not one of: gdelt, icews, polecat" in line


def test_unknown_command_and_option(cli) -> None:  # type: ignore[no-untyped-def]
    assert "No such command 'indx'" in _usage_error(cli("indx"), "indx")
    assert "No such option: --bogus" in _usage_error(cli("index", "--bogus"), "--bogus")
    _usage_error(cli("index", "--freq"), "--freq")  # an option without its value


# --- numbers ------------------------------------------------------------------------------------------------------

BOUNDS: list[tuple[tuple[str, ...], str, str, str]] = [
    (("events",), "--limit", "0", "greater than or equal to 1"),
    (("events",), "--limit", "-3", "greater than or equal to 1"),
    (("paradigms",), "--runs", "-5", "greater than or equal to 100"),
    (("paradigms",), "--runs", "99", "greater than or equal to 100"),
    (("paradigms",), "--resamples", "10", "greater than or equal to 100"),
    (("code", "corpus.jsonl"), "--processes", "0", "greater than or equal to 1"),
    (("serve",), "--port", "0", "greater than or equal to 1"),
    (("serve",), "--port", "70000", "less than or equal to 65535"),
    (("serve",), "--check-every", "0", "greater than or equal to 0.1"),
    (("index",), "--limit", "5", "No such option"),
    (("simulate",), "--runs", "many", "should be a valid integer"),
    (("match", "tit-for-tat", "defector"), "--noise", "lots", "should be a valid number"),
]


@pytest.mark.parametrize(("command", "option", "value", "needle"), BOUNDS,
                         ids=[f"{c[0]}{o}={v}" for c, o, v, _ in BOUNDS])
def test_a_number_out_of_bounds_is_a_usage_error(cli, command: tuple[str, ...], option: str, value: str,  # type: ignore[no-untyped-def]
                                                 needle: str) -> None:
    line = _usage_error(cli(*command, option, value), option)
    assert needle in line


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("simulate", "--us", "grit", "--dprk", "hedger", "--runs", "-5"), ("runs", "-5")),
        (("simulate", "--us", "grit", "--dprk", "hedger", "--runs", "0"), ("runs", "at least 1")),
        (("simulate", "--us", "grit", "--dprk", "hedger", "--runs", "10", "--rounds", "0"), ("rounds=0",)),
        (("simulate", "--us", "grit", "--dprk", "hedger", "--runs", "10", "--continuation", "1.5"),
         ("continuation", "between 0 and 1")),
        (("simulate", "--us", "grit", "--dprk", "hedger", "--runs", "10", "--workers", "0"), ("workers",)),
        (("match", "tit-for-tat", "defector", "--repetitions", "-1"), ("repetitions", "-1")),
        (("tournament", "--players", "all", "--repetitions", "0"), ("repetitions", "at least 1")),
        (("tournament", "--players", "all", "--turns", "-1"), ("turns", "pass e.g. --turns 200")),
        (("index", "--weights", "1,2,3,4,-5"), ("non-negative", "e.g. --weights")),
        (("simulate", "--us", " , ", "--runs", "10"), ("--us is empty",)),
    ],
    ids=["runs-negative", "runs-zero", "rounds-zero", "continuation", "workers", "match-repetitions",
         "tournament-repetitions", "tournament-turns", "weights-negative", "us-empty"],
)
def test_a_number_the_library_refuses_is_one_line_exit_2(cli, args: tuple[str, ...], needles: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    _refused(cli(*args), *needles, action=False)


# --- the store ----------------------------------------------------------------------------------------------------


def test_a_folder_that_is_no_store_exits_1(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "full"
    folder.mkdir()
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    for command in ("info", "index", "events", "milestones"):
        line = _refused(cli(command, "--store", str(folder)), str(folder), "--store", code=1)
        assert "is a folder" in line
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]  # nothing was written into it


# --- the exit-code mapping of main() ------------------------------------------------------------------------------


def _raising(exc: BaseException) -> Callable[..., Any]:
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise exc
    return fail


MAPPED: list[tuple[DetenteError, int, str]] = [
    (StoreError("the store is damaged; pass --store NEW"), 1, "error: the store is damaged; pass --store NEW"),
    (SchemaError("schema v9 is newer; upgrade detente"), 1, "error: schema v9 is newer; upgrade detente"),
    (StoreLocked("another process writes it; wait and retry"), 2, "error: another process writes it; wait"),
    (ConfigError("threads must be positive; fix detente.toml"), 2, "error: threads must be positive"),
    (MeasureError("too few events; ingest more"), 2, "error: too few events; ingest more"),
    (DetenteError("[bold]not markup[/bold]; check it"), 2, "error: [bold]not markup[/bold]; check it"),
]


@pytest.mark.parametrize(("exc", "code", "line"), MAPPED, ids=[type(e).__name__ for e, _, _ in MAPPED])
def test_library_errors_map_to_their_exit_code(cli, monkeypatch: pytest.MonkeyPatch, exc: DetenteError,  # type: ignore[no-untyped-def]
                                               code: int, line: str) -> None:
    monkeypatch.setattr(detente.cli._core, "open_store", _raising(exc))
    result = cli("info")
    assert result.exit_code == code == exc.exit_code
    assert result.stdout == ""
    assert _error_line(result.stderr).startswith(line)  # printed as is: brackets are not rich markup


def test_an_unexpected_exception_is_an_internal_error_with_its_first_line(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(detente.cli._core, "open_store", _raising(RuntimeError("disk on fire\nsecond line")))
    result = cli("info")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == ["internal error: RuntimeError: disk on fire (rerun with --debug for the traceback and report it)"]
    assert "second line" not in result.stderr


@pytest.mark.parametrize("exc", [StoreError("damaged; pass --store"), RuntimeError("boom")])
def test_debug_shows_the_traceback(cli, monkeypatch: pytest.MonkeyPatch, exc: Exception) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(detente.cli._core, "open_store", _raising(exc))
    with pytest.raises(type(exc)) as raised:
        cli("--debug", "info")
    assert raised.value is exc


def test_ctrl_c_and_abort_exit_130(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(detente.cli._core, "open_store", _raising(typer.Abort()))
    result = cli("info")
    assert result.exit_code == 130
    assert [line for line in result.stderr.splitlines() if line.strip()] == ["aborted"]
    # typer turns Ctrl+C inside a command into a silent exit 130
    monkeypatch.setattr(detente.cli._core, "open_store", _raising(KeyboardInterrupt()))
    result = cli("info")
    assert result.exit_code == 130
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_typer_exit_code_is_kept(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(detente.cli._core, "open_store", _raising(typer.Exit(4)))
    assert cli("info").exit_code == 4
    monkeypatch.setattr(detente.cli._core, "open_store", _raising(typer.Exit(0)))
    assert cli("info").exit_code == 0


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("code", "corpus.jsonl", "--format", "parquet"), ("--format parquet needs --out",)),
        (("events", "--format", "parquet", "--dyad", "CHN-USA"), ("--format parquet writes a file", "--out")),
        (("fetch", "icews", "--from", "2018-01-01", "--to", "2018-01-31", "--version", "1"),
         ("--version applies to GDELT only", "leave it out")),
        (("serve", "--host", "  "), ("--host is empty", "pass an address")),
    ],
    ids=["code-parquet", "events-parquet", "fetch-version", "serve-host"],
)
def test_option_combinations_that_cannot_work(cli, args: tuple[str, ...], needles: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    _refused(cli(*args), *needles)
    assert not Path(os.environ["DETENTE_STORE"]).exists()  # refused before any store was built
