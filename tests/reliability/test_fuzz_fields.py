"""Hostile field contents, for every layout: a lone carriage return, NUL, console markup, ANSI escapes and other
controls inside a field, and lines of 1 to 5 MB, in a plain file, a gzip file or a folder of small files.

Properties, for every input:
- conservation per run, and the rows read are the file's data lines (a carriage return inside a field ends no
  line; a long line is read, not lost);
- every line up to the line limit is stored whole: the field holds exactly the bytes written (nothing cut at the
  carriage return or the NUL); every longer line is quarantined on its own, true, line number;
- ``check_store`` passes;
- ``detente events`` and ``detente info`` print the stored text literally: no control character reaches the
  terminal, and the text shown is the text stored with its markup as written and its controls as escapes.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.cli._common import literal
from detente.ingest import ingest_paths
from detente.ingest._lines import LINE_LIMIT
from detente.store import Store
from detente.store._check import check_store

from ._fuzz import fuzz
from ._native import DATASET_LAYOUTS, LAYOUT, Row, native_lines

LAYOUT_OF = [(ds, name) for ds, names in DATASET_LAYOUTS.items() for name in names]
#: per layout: the native column written, and the event column that stores it as it is
TEXT_FIELD = {"gdelt1-backfile": ("ActionGeo_FullName", "location"), "gdelt1-daily": ("SOURCEURL", "url"),
              "gdelt2-export": ("SOURCEURL", "url"), "icews": ("Event Text", "summary"),
              "polecat": ("Placename", "location")}
#: characters that act on a terminal: none may be printed as they are
CONTROLS = "\r\x00\x1b\x07\x9b\u202e\x08\x7f"
Cli = Callable[..., object]
pytestmark = pytest.mark.usefixtures("wide_console")  # no table cell cut or folded

#: a field's text: letters at both ends (a field is trimmed of spaces, and 'NA' is empty), anything between
hostile = st.lists(st.sampled_from([*"abc xyz/[]:=#", "[/x]", "[bold red]", ":warning:", "\x1b[2J", "\x1b[31m",
                                    *CONTROLS, "é", "中"]), max_size=30).map(lambda parts: f"t{''.join(parts)}z")


@st.composite
def hostile_input(draw: st.DrawFn) -> tuple[str, str, list[str | None], int | None, bool, str]:
    """(dataset, layout, each row's text (None: the layout's usual text), the length of the long line's text
    when there is one, whether that line comes first (else last), packing)."""
    dataset, layout = draw(st.sampled_from(LAYOUT_OF))
    texts = draw(st.lists(st.one_of(st.none(), hostile), min_size=1, max_size=6))
    long = draw(st.one_of(st.none(), st.integers(1 << 20, 5_000_000)))
    packing = draw(st.sampled_from(["plain", "gzip", "small files"]))
    return dataset, layout, texts, long, draw(st.booleans()), packing


def _write(folder: Path, layout: str, texts: list[str | None], long: int | None, long_first: bool, packing: str
           ) -> tuple[list[Path], list[tuple[str, int, bytes, str | None]]]:
    """The input files, and each data line as (file name, line number, bytes, text written in its field). As
    small files, each row is a file, but the long line shares one with a row that fits (a file of long lines
    alone is refused: its layout cannot be told)."""
    column = TEXT_FIELD[layout][0]
    at = LAYOUT[layout].columns.index(column)
    extra = ["L" * long] if long is not None else []
    fields = [*extra, *texts] if long_first else [*texts, *extra]
    rows = [Row(i + 1, dt.date(2018, 6, 1) + dt.timedelta(days=i), "036", 0, 1) for i in range(len(fields))]
    lines = native_lines(layout, rows)
    head = [lines.pop(0).encode()] if LAYOUT[layout].header else []
    body: list[bytes] = []
    for line, text in zip(lines, fields, strict=True):
        cells = line.split("\t")
        if text is not None:
            cells[at] = text
        body.append("\t".join(cells).encode("utf-8"))
    numbered = list(enumerate(body))
    groups = [numbered] if packing != "small files" else [[item] for item in numbered]
    if packing == "small files" and extra:  # the long line and its neighbour in one file
        groups = [groups[0] + groups[1], *groups[2:]] if long_first else [*groups[:-2], groups[-2] + groups[-1]]
    paths: list[Path] = []
    data: list[tuple[str, int, bytes, str | None]] = []
    for n, group in enumerate(groups):
        raw = b"".join(line + b"\n" for line in [*head, *(line for _, line in group)])
        path = folder / f"{n:03d}.tab{'.gz' if packing == 'gzip' else ''}"
        path.write_bytes(gzip.compress(raw, compresslevel=1) if packing == "gzip" else raw)
        paths.append(path)
        for k, (i, line) in enumerate(group):
            data.append((str(path), len(head) + k + 1, line, fields[i]))
    return paths, data


@fuzz(12, 60)
@given(hostile_input())
def test_hostile_fields_are_stored_whole_counted_and_printed_literally(
    tmp_path_factory: pytest.TempPathFactory, cli: Cli, case: tuple[str, str, list[str | None], int | None, bool, str]
) -> None:
    dataset, layout, texts, long, long_first, packing = case
    folder = tmp_path_factory.mktemp("fields")
    paths, data = _write(folder, layout, texts, long, long_first, packing)
    store_path = folder / "s.duckdb"
    with Store.open(store_path) as store:
        results = ingest_paths(store, dataset, [folder if packing == "small files" else paths[0]])
        for r in results:
            assert r.rows_read == r.stored + r.duplicate + r.quarantined == r.data_lines, r
        assert sum(r.rows_read for r in results) == len(data)
        report = check_store(store)
        assert report.ok, report.to_text()
        column = TEXT_FIELD[layout][1]
        stored = dict(store.con.execute(f"SELECT prov_file || ':' || prov_row, {column} FROM events "
                                        "WHERE dataset = ?", [dataset]).fetchall())
        quarantined = {f"{name}:{line}": reason for name, line, reason in store.con.execute(
            "SELECT input, line, reason FROM quarantine WHERE dataset = ?", [dataset]).fetchall()}
    for name, line, raw, text in data:
        where = f"{name}:{line}"
        if len(raw) > LINE_LIMIT:
            assert where not in stored and "longer than" in quarantined[where], (where, quarantined)
        else:
            assert where in stored, (where, quarantined.get(where))
            if text is not None:
                assert stored[where] == text, (where, stored[where][:80], text[:80])
    assert len(stored) + len(quarantined) == len(data)

    shown = cli("events", "--dyad", "USA-PRK", "--dataset", dataset, "--store", str(store_path))
    info = cli("info", "--store", str(store_path))
    for result in (shown, info):
        assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
        out = result.stdout  # type: ignore[attr-defined]
        assert not set(CONTROLS) & set(out), [c for c in CONTROLS if c in out]
    if column in ("summary", "url"):  # the column the events table shows, cut to 120 characters
        for where, text in stored.items():
            assert literal(text[:120], markup=False) in shown.stdout, (where, text)  # type: ignore[attr-defined]
