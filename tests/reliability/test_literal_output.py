"""Text from data, files and the network is printed as it is: console markup in it is shown, not interpreted
(``[/x]`` crashed ``events``, ``info`` and ``read``; ``[bold`` restyled what followed), and control characters
and ANSI escape sequences are made visible instead of reaching the terminal."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.cli._common import literal
from detente.model import Event
from detente.store import Store

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
#: markup that crashes (a closing tag with no opening one), markup that restyles, an emoji code, an ANSI escape
#: that clears the screen, one that colours, a lone carriage return (rewrites the line), a bell, a C1 control
#: (a one-byte CSI on some terminals) and a right-to-left override
HOSTILE = "[/x] [bold red]loud :warning: \x1b[2J\x1b[31mred\rover\x07\x9b31m\u202eevil"
ESCAPES = ("\x1b", "\r", "\x07", "\x9b", "\u202e")

Cli = Callable[..., object]
pytestmark = pytest.mark.usefixtures("wide_console")  # no table cell cut or folded


def _shown(text: str) -> None:
    """``text`` (what a command printed) shows HOSTILE literally: no escape reaches the terminal, markup is text."""
    for ch in ESCAPES:
        assert ch not in text, repr(ch)
    assert "[/x] [bold red]loud :warning: " in text
    assert "\\x1b[2J\\x1b[31mred\\rover\\x07\\x9b31m\\u202eevil" in text


def test_the_helper_shows_everything_and_interprets_nothing() -> None:
    import io

    from rich.console import Console

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, emoji=False, highlight=False, width=400)
    console.print(f"[bold]{literal(HOSTILE)}[/bold] after")
    out = buf.getvalue()
    plain = out.replace("\x1b[1m", "").replace("\x1b[0m", "")  # the bold this test asked for
    _shown(plain)
    assert plain.endswith(" after\n")
    assert literal("line one\nline two", multiline=True) == "line one\nline two"
    assert literal("a\tb\nc") == "a\\tb\\nc"
    buf.truncate(0)
    buf.seek(0)
    console.print(f"[bold]{literal('C:' + chr(92) + 'data' + chr(92))}[/bold]")  # a trailing backslash cannot
    assert buf.getvalue().replace("\x1b[1m", "").replace("\x1b[0m", "") == "C:\\data\\\n"  # escape the tag
    assert literal(HOSTILE, markup=False).startswith("[/x] [bold red]")  # for printers that do not read markup


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.write_events([Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "036", dataset=f"x{HOSTILE}",
                                  event_id="1", source_country="USA", target_country="PRK", summary=HOSTILE,
                                  quad_class=1, goldstein=4.0, track="peace")],
                           dataset=f"x{HOSTILE}", input=f"file-{HOSTILE}.tab")
    return path


def test_events_prints_a_hostile_summary_literally(hostile_store: Path, cli: Cli) -> None:
    result = cli("events", "--dyad", "USA-PRK", "--store", str(hostile_store))
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    _shown(result.stdout)  # type: ignore[attr-defined]


def test_info_prints_hostile_input_and_dataset_names_literally(hostile_store: Path, cli: Cli) -> None:
    result = cli("info", "--store", str(hostile_store))
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    _shown(result.stdout)  # type: ignore[attr-defined]


def test_a_store_path_with_markup_is_printed_as_it_is(tmp_path: Path, cli: Cli) -> None:
    folder = tmp_path / "[/x] [bold]"
    folder.mkdir(parents=True)
    with Store.open(folder / "s.duckdb"):
        pass
    result = cli("info", "--store", str(folder / "s.duckdb"))
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    assert "[/x] [bold]" in result.stdout  # type: ignore[attr-defined]


def test_check_prints_hostile_run_names_with_their_escapes_visible(hostile_store: Path, cli: Cli) -> None:
    import duckdb

    con = duckdb.connect(str(hostile_store))
    con.execute("UPDATE ingest_runs SET data_lines = rows_read + 1")  # a failing check names the run's input
    con.close()
    result = cli("check", "--store", str(hostile_store))
    assert result.exit_code == 1
    out = result.stdout  # type: ignore[attr-defined]
    for ch in ESCAPES:
        assert ch not in out
    assert "\\x1b[2J\\x1b[31mred\\rover" in out


def test_a_zip_member_name_with_markup_and_escapes(tmp_path: Path, cli: Cli) -> None:
    archive = tmp_path / "events.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"{HOSTILE}.tab", (FORMATS / "icews_sample.tab").read_bytes())
    result = cli("ingest", "icews", str(archive), "--store", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    _shown(result.stdout)  # type: ignore[attr-defined]


def test_an_error_naming_a_hostile_path_shows_its_escapes(tmp_path: Path, cli: Cli) -> None:
    result = cli("ingest", "icews", str(tmp_path / f"{HOSTILE}.tab"), "--store", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 2
    err = result.stderr  # type: ignore[attr-defined]
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1
    for ch in ESCAPES:
        assert ch not in err


def test_read_shows_a_hostile_title_and_text_literally(tmp_path: Path, cli: Cli) -> None:
    page = tmp_path / "page.html"
    hostile = "[/x] [bold red]loud :warning: \x1b[31mred"  # the reader refuses pages with other controls
    page.write_text(
        f"<html><head><title>Talks {hostile}</title></head><body><article>"
        "<p>The United States and North Korea held talks in Singapore on Tuesday, officials said.</p>"
        f"<p>Kim Jong Un praised the meeting. {hostile}</p></article></body></html>", encoding="utf-8")
    result = cli("read", str(page), "--date", "2018-06-12")
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    out = result.stdout  # type: ignore[attr-defined]
    assert "\x1b" not in out
    assert "Talks [/x] [bold red]loud :warning: " in out
    text = tmp_path / "story.txt"
    text.write_text("Talks [/x] resume\n\nThe United States accused North Korea of \x1b[31mviolating\x1b[0m the "
                    "agreement on Monday [red].\n", encoding="utf-8")
    result = cli("read", str(text), "--date", "2018-06-12")
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    out = result.stdout  # type: ignore[attr-defined]
    assert "\x1b" not in out  # the reader drops the escape character, or the printer shows it
    assert "the agreement on Monday [red]." in out


def test_json_output_escapes_what_acts_on_a_terminal_and_keeps_the_value(hostile_store: Path, cli: Cli) -> None:
    import json

    result = cli("info", "--format", "json", "--store", str(hostile_store))
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    out = result.stdout  # type: ignore[attr-defined]
    for ch in ESCAPES:
        assert ch not in out
    data = json.loads(out)
    assert f"file-{HOSTILE}.tab" in [r["input"] for r in data["ingest_runs"]]  # the same text, escaped in JSON
    result = cli("events", "--format", "jsonl", "--dataset", f"x{HOSTILE}", "--store", str(hostile_store))
    assert result.exit_code == 0 and "\x9b" not in result.stdout  # type: ignore[attr-defined]
    assert json.loads(result.stdout.splitlines()[0])["summary"] == HOSTILE  # type: ignore[attr-defined]
