"""Every error a user can meet through the CLI is one line on stderr that says what went wrong and what to do,
with exit code 2 for the user's input and 1 for a store that cannot be used (never a traceback).

Each case builds its bad input in a temporary folder and runs ``detente ...`` in-process through the real entry
point. Usage errors that click itself reports (an unknown ``--format`` choice) are checked for their one
``Error:`` line naming the valid values.
"""

from __future__ import annotations

import gzip
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.store import SCHEMA_VERSION, Store

from ._native import LAYOUT, gdelt_line, random_rows

#: a message says what to do when it has one of these (an instruction, after what went wrong)
ACTION = re.compile(
    r"\b(pass|use|write|check|run|wait|upgrade|convert|install|fix|download|name|quote|put|open|add|remove|"
    r"leave|report|ingest|give|save|set|known settings)\b", re.I)

Case = tuple[str, Callable[[Path], list[str]], int, str]


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path
    return make


def _store_with(sql: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / "store.duckdb"
        Store.open(path).close()
        con = duckdb.connect(str(path))
        con.execute(sql).fetchall()
        con.close()
        return path
    return make


GDELT_ROWS = "".join(gdelt_line(LAYOUT["gdelt1-daily"], r) + "\n" for r in random_rows(random.Random(3), 300)).encode()
CSV_REEXPORT = b"GLOBALEVENTID,SQLDATE,Actor1Code\n1,20180612,USA\n"
ARTICLE = ("North Korean and American officials met in Singapore on Tuesday to discuss the summit. " * 3).encode()

CASES: list[Case] = [
    # ingest
    ("ingest a missing file", lambda t: ["ingest", "gdelt", str(t / "none.CSV")], 2, "no file or folder at"),
    ("ingest an empty file", lambda t: ["ingest", "gdelt", str(_file("e.CSV", b"")(t))], 2, "empty"),
    ("ingest a blank file", lambda t: ["ingest", "icews", str(_file("e.tab", b"\n\n  \n")(t))], 2, "empty"),
    ("ingest a re-exported CSV", lambda t: ["ingest", "gdelt", str(_file("g.csv", CSV_REEXPORT)(t))], 2,
     "re-exported CSV"),
    ("ingest binary bytes", lambda t: ["ingest", "polecat", str(_file("b.tab", bytes(range(256)) * 8)(t))], 2,
     "binary, not text"),
    ("ingest a truncated gzip", lambda t: ["ingest", "gdelt", str(_file(
        "t.CSV.gz", gzip.compress(GDELT_ROWS)[:3000])(t))], 2, "truncated or corrupt"),
    ("ingest a corrupt zip", lambda t: ["ingest", "gdelt", str(_file("c.zip", b"PK\x03\x04garbage" * 50)(t))], 2,
     "truncated or corrupt"),
    ("ingest an empty folder", lambda t: ["ingest", "icews", str(_folder(t))], 2, "holds no event files"),
    ("ingest a glob matching nothing", lambda t: ["ingest", "icews", str(t / "*.nothing")], 2, "no file matches"),
    ("ingest an unknown dataset", lambda t: ["ingest", "acled", str(t)], 2, "is not one of: gdelt, icews, polecat"),
    ("fetch with a bad date", lambda t: ["fetch", "gdelt", "--from", "2018-13-01", "--to", "2018-12-31"], 2,
     "is not a date; write it as YYYY-MM-DD"),
    # dates, dyads, formats
    ("events with a bad --from", lambda t: ["events", "--from", "12/06/2018"], 2, "write it as YYYY-MM-DD"),
    ("events with a one-country dyad", lambda t: ["events", "--dyad", "USA"], 2, "write it like USA-PRK"),
    ("events with a numeric dyad", lambda t: ["events", "--dyad", "US1-PRK"], 2, "write it like USA-PRK"),
    ("events with the same country twice", lambda t: ["events", "--dyad", "USA-USA"], 2, ""),
    ("events as parquet to the terminal", lambda t: ["events", "--format", "parquet"], 2, "--out"),
    # the store
    ("info on a corrupt store", lambda t: ["info", "--store", str(_file("x.duckdb", b"junk" * 4096)(t))], 1,
     "cannot open the store"),
    ("info on a newer schema", lambda t: ["info", "--store", str(_store_with(
        f"UPDATE meta SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'")(t))], 1,
     "upgrade detente"),
    ("check a missing store", lambda t: ["check", "--store", str(t / "none.duckdb")], 1, "no store at"),
    # news articles and corpora
    ("read a missing file", lambda t: ["read", str(t / "none.html")], 2, "no file at"),
    ("read an empty file", lambda t: ["read", str(_file("e.txt", b"")(t))], 2, "is empty"),
    ("read a binary file", lambda t: ["read", str(_file("b.html", b"\x00\x01\x02PNG" * 200)(t))], 2, "binary"),
    ("read a non-UTF-8 file", lambda t: ["read", str(_file("l.txt", ARTICLE.replace(b"met", b"m\xe9t"))(t))], 2,
     "not UTF-8"),
    ("read a huge file", lambda t: ["read", str(_file("h.txt", ARTICLE * 20_000)(t))], 2, "detente code"),
    ("read a folder", lambda t: ["read", str(_folder(t))], 2, "is a folder"),
    ("read with a bad --date", lambda t: ["read", str(_file("a.txt", ARTICLE)(t)), "--date", "June 12"], 2,
     "YYYY-MM-DD"),
    ("read a text not in English", lambda t: ["read", str(_file("f.txt", (
        "Les responsables nord-cor\u00e9ens et am\u00e9ricains se sont rencontr\u00e9s \u00e0 Singapour "
        "mardi pour discuter du sommet et des sanctions. " * 3).encode())(t))], 2, ""),
    ("code a missing corpus", lambda t: ["code", str(t / "none.jsonl")], 2, "no corpus at"),
    ("code a corpus that is not JSON", lambda t: ["code", str(_file("c.jsonl", b"{not json\n")(t))], 2,
     "not JSON"),
    ("eval coder on a missing gold file", lambda t: ["eval", "coder", str(t / "none.jsonl")], 2, "no gold file"),
    ("read with a missing dictionary folder", lambda t: ["read", str(_file("a.txt", ARTICLE)(t)),
                                                         "--dictionaries", str(t / "nodicts")], 2, "dictionar"),
]


def _plain_duckdb(tmp: Path) -> Path:
    path = tmp / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (k INTEGER)").fetchall()
    con.close()
    return path


def _folder(tmp: Path) -> Path:
    folder = tmp / "folder"
    folder.mkdir(exist_ok=True)
    return folder


def _one_line_that_says_what_to_do(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"not one line: {stderr!r}"
    line = lines[0]
    assert line.startswith("error: "), line
    assert "Traceback" not in stderr and "internal error" not in line, line
    assert ACTION.search(line.split(":", 1)[1]), f"says what is wrong but not what to do: {line}"
    return line


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_error_message(tmp_path: Path, cli: Callable[..., Any], case: Case) -> None:
    _, make_args, code, expect = case
    result = cli(*make_args(tmp_path))
    if "is not one of" in expect:  # click's own usage error: one 'Error:' line naming the choices
        assert result.exit_code == 2
        errors = [line for line in result.stderr.splitlines() if "Error" in line]
        assert len(errors) == 1 and expect in errors[0], result.stderr
        return
    assert result.exit_code == code, (result.exit_code, result.stderr)
    line = _one_line_that_says_what_to_do(result.stderr)
    assert expect in line, line


def test_a_bad_settings_file_is_one_line(tmp_path: Path, cli: Callable[..., Any]) -> None:
    (tmp_path / "detente.toml").write_text("threads = [\n", encoding="utf-8")  # the tests run in tmp_path
    result = cli("info")
    assert result.exit_code == 2
    assert "detente.toml is not valid TOML" in _one_line_that_says_what_to_do(result.stderr)


def test_a_bad_settings_variable_is_one_line(cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_THREADS", "many")
    result = cli("info")
    assert result.exit_code == 2
    assert "DETENTE_THREADS" in _one_line_that_says_what_to_do(result.stderr)


def test_an_unknown_setting_is_one_line(tmp_path: Path, cli: Callable[..., Any]) -> None:
    (tmp_path / "detente.toml").write_text("[detente]\ncolour = 'red'\n", encoding="utf-8")
    result = cli("info")
    assert result.exit_code == 2
    assert "unknown setting 'colour'" in _one_line_that_says_what_to_do(result.stderr)


def test_a_store_in_a_place_that_cannot_be_created_is_one_line(tmp_path: Path, cli: Callable[..., Any]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = cli("report", "--store", str(blocker / "sub" / "store.duckdb"), "--out", str(tmp_path / "r.html"))
    assert result.exit_code == 1
    assert "--store" in _one_line_that_says_what_to_do(result.stderr)


def test_fixed_a_page_with_no_article_says_what_to_do(tmp_path: Path, cli: Callable[..., Any]) -> None:
    page = _file("m.html", b"<html><body><a href=x>Home</a></body></html>")(tmp_path)
    result = cli("read", str(page))
    assert result.exit_code == 2
    _one_line_that_says_what_to_do(result.stderr)


def test_fixed_a_duckdb_file_that_is_not_a_store(tmp_path: Path, cli: Callable[..., Any]) -> None:
    result = cli("info", "--store", str(_plain_duckdb(tmp_path)))
    assert result.exit_code == 1
    _one_line_that_says_what_to_do(result.stderr)


def test_fixed_a_command_that_exits_non_zero_exits_non_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    import typer

    import detente.cli

    tiny = typer.Typer()

    @tiny.command()
    def fail() -> None:
        raise typer.Exit(3)

    @tiny.command()
    def other() -> None:  # two commands, so the command name is an argument as in detente
        """Unused."""

    monkeypatch.setattr(detente.cli, "app", tiny)
    with pytest.raises(SystemExit) as exit_info:
        detente.cli.main(["fail"])
    assert exit_info.value.code == 3
