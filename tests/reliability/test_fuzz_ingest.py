"""Fuzz the native ingester (GDELT 1.0/2.0, ICEWS, POLECAT): good rows mixed with every kind of bad line,
damaged bytes, truncation and compression.

Properties, for every input:
- only a :class:`~detente.errors.DetenteError` escapes, its message one line; when one does, the store is as
  it was (nothing from the input is kept);
- otherwise conservation holds per input (rows read = stored + duplicate + quarantined), every non-empty data
  line is read (no row is lost), the store grows by exactly what was stored, and ``check_store`` passes;
- re-ingesting the same file adds nothing.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.errors import DetenteError
from detente.ingest import ingest_paths
from detente.store import Store
from detente.store._check import check_store

from ._fuzz import fuzz
from ._native import CODES, COUNTRIES, DATASET_LAYOUTS, LAYOUT, PLOVER, Row, native_lines

LAYOUT_OF = [(ds, name) for ds, names in DATASET_LAYOUTS.items() for name in names]

rows = st.builds(
    Row,
    event_id=st.integers(1, 10**9),
    day=st.dates(),
    code=st.sampled_from(CODES),
    source=st.integers(0, len(COUNTRIES) - 1),
    target=st.integers(0, len(COUNTRIES) - 1),
    plover=st.sampled_from(PLOVER),
)
line_text = st.text(st.characters(blacklist_characters="\n\r", blacklist_categories=("Cs",)), max_size=300)
raw_bytes = st.binary(max_size=200).map(lambda b: b.replace(b"\n", b"").replace(b"\r", b""))


@st.composite
def damaged_line(draw: st.DrawFn, good: str) -> bytes:
    """A line of the file: a good row, or a good row damaged in one way, or garbage."""
    fields = good.split("\t")
    kind = draw(st.sampled_from(["good", "good", "good", "drop_field", "add_field", "bad_date", "bad_code",
                                 "text", "bytes", "empty", "crlf", "latin1", "nul", "quote", "long", "spaces"]))
    if kind == "good":
        return good.encode()
    if kind == "drop_field":
        del fields[draw(st.integers(0, len(fields) - 1))]
    elif kind == "add_field":
        fields.insert(draw(st.integers(0, len(fields))), draw(line_text.filter(lambda t: "\t" not in t)))
    elif kind in ("bad_date", "bad_code"):
        # replace every field that looks like a date (or a code) with junk
        junk = draw(st.sampled_from(["", "NA", "2018-02-30", "20181301", "yesterday", "0000-00-00", "99999999",
                                     "2018-06", "-1", "１２３"]))
        probe = ("20", "19") if kind == "bad_date" else tuple(CODES)
        fields = [junk if (f in CODES if kind == "bad_code" else (f.startswith(probe) and f[:4].isdigit()
                                                                   and len(f) in (8, 10))) else f for f in fields]
    elif kind == "text":
        return draw(line_text).encode("utf-8", "surrogatepass")
    elif kind == "bytes":
        return draw(raw_bytes)
    elif kind == "empty":
        return b""
    elif kind == "crlf":
        return good.encode() + b"\r"
    elif kind == "latin1":
        return good.replace("a", "\xe9", 1).encode("latin-1", "replace")
    elif kind == "nul":
        return good.replace("\t", "\t\x00", 1).encode()
    elif kind == "quote":
        return good.replace("\t", '\t"', 1).encode()
    elif kind == "long":
        return good.encode() + b"x" * draw(st.integers(10_000, 200_000))
    elif kind == "spaces":
        return b" " * draw(st.integers(1, 5))
    return "\t".join(fields).encode()


@st.composite
def native_file(draw: st.DrawFn) -> tuple[str, bytes, int, str]:
    """(dataset, file bytes, the number of non-empty data lines, packing)."""
    dataset, layout_name = draw(st.sampled_from(LAYOUT_OF))
    body = draw(st.lists(rows, min_size=0, max_size=25))
    lines = native_lines(layout_name, body)
    head: list[bytes] = []
    if LAYOUT[layout_name].header:
        head, lines = [lines[0].encode()], lines[1:]
    data_lines = [draw(damaged_line(line)) for line in lines]
    data_lines += draw(st.lists(st.one_of(line_text.map(lambda t: t.encode("utf-8", "surrogatepass")), raw_bytes),
                                max_size=3))
    data_lines = draw(st.permutations(data_lines))
    if data_lines and draw(st.booleans()):
        data_lines.append(data_lines[draw(st.integers(0, len(data_lines) - 1))])  # an exact duplicate line
    eol = draw(st.sampled_from([b"\n", b"\r\n"]))
    raw = b"".join(line + eol for line in [*head, *data_lines])
    if draw(st.booleans()) and raw.endswith(eol):
        raw = raw[: -len(eol)]  # no newline at the end of the file
    expected = sum(1 for line in data_lines if line.rstrip(b"\r"))
    packing = draw(st.sampled_from(["plain", "plain", "gzip", "zip", "truncated-gzip", "truncated-zip"]))
    return dataset, raw, expected, packing


def _pack(tmp: Path, raw: bytes, packing: str, n: int) -> Path:
    if packing == "plain":
        path = tmp / f"in{n}.tab"
        path.write_bytes(raw)
    elif packing.endswith("gzip"):
        path = tmp / f"in{n}.tab.gz"
        data = gzip.compress(raw)
        path.write_bytes(data[: max(1, len(data) // 2)] if packing.startswith("truncated") else data)
    else:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(f"in{n}.tab", raw)
        data = buf.getvalue()
        path = tmp / f"in{n}.zip"
        path.write_bytes(data[: max(1, len(data) // 2)] if packing.startswith("truncated") else data)
    return path


def _snapshot(store: Store) -> tuple[int, int, int]:
    ok_runs = sum(1 for r in store.ingest_runs() if r["status"] == "ok")
    return store.count(), store.quarantine_count(), ok_runs


@pytest.fixture(scope="module")
def store() -> Store:
    s = Store.open(":memory:")
    yield s  # type: ignore[misc]
    s.close()


COUNTER = [0]


@fuzz(20, 100)
@given(native_file())
def test_native_files_keep_conservation_and_lose_no_row(
    store: Store, tmp_path_factory: pytest.TempPathFactory, case: tuple[str, bytes, int, str]
) -> None:
    dataset, raw, expected, packing = case
    COUNTER[0] += 1
    path = _pack(tmp_path_factory.mktemp("fuzz"), raw, packing, COUNTER[0])
    before = _snapshot(store)
    try:
        results = ingest_paths(store, dataset, [path])
    except DetenteError as err:
        message = str(err)
        assert message and "\n" not in message, message
        assert _snapshot(store)[:2] == before[:2], "a refused input left rows behind"
        return
    assert not packing.startswith("truncated"), f"a {packing} file was accepted"
    (result,) = results
    assert result.rows_read == result.stored + result.duplicate + result.quarantined
    assert result.rows_read == expected, f"{expected} data lines, {result.rows_read} read"
    after = _snapshot(store)
    assert after[0] == before[0] + result.stored
    report = check_store(store)
    assert report.ok, report.to_text()
    again = ingest_paths(store, dataset, [path])[0]
    assert (again.stored, again.rows_read) == (0, result.rows_read)
    assert _snapshot(store)[0] == after[0]
