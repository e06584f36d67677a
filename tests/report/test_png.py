"""export_png: one PNG a chart, drawn by kaleido with Debian's chromium (``/usr/bin/chromium``), and the error that
names the extra to install when kaleido is missing.

Like tests/web/test_browser.py: outside CI a machine without chromium skips the drawing test with the reason; in
CI (``CI=true``) a missing chromium fails it.
"""

from __future__ import annotations

import os
import struct
import sys
import zlib
from pathlib import Path

import plotly.graph_objects as go
import pytest

from detente.errors import DetenteError, OptionalDependencyError
from detente.model import Dyad
from detente.report import Report, ReportOptions, build_report, export_png
from detente.store import Store

CHROMIUM = Path("/usr/bin/chromium")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def chromium() -> Path:
    """Debian's chromium, or a skip that says how to get it (a failure in CI, which installs it)."""
    if not CHROMIUM.exists():
        why = f"{CHROMIUM} is not installed (CI: .ci/run runs 'apt-get install -y chromium'); export_png needs it"
        (pytest.fail if os.environ.get("CI") == "true" else pytest.skip)(why)
    return CHROMIUM


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, payload) of each chunk, checking every CRC on the way."""
    assert data[:8] == PNG_MAGIC
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, payload = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + payload) == crc, f"bad CRC in {kind!r}"
        chunks.append((kind, payload))
        pos += 12 + length
    return chunks


def test_png_reader_checks_what_it_reads() -> None:
    """The helper itself: a hand-made one-pixel PNG reads back; a flipped byte is caught."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    good = PNG_MAGIC + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")
    assert [k for k, _ in png_chunks(good)] == [b"IHDR", b"IDAT", b"IEND"]
    bad = bytearray(good)
    bad[20] ^= 1
    with pytest.raises(AssertionError, match="bad CRC"):
        png_chunks(bytes(bad))


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kaleido pointed at Debian's chromium; export_png starts one browser for all the charts itself."""
    monkeypatch.setenv("BROWSER_PATH", str(chromium()))


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:The kopts argument is ignored:UserWarning")
def test_each_chart_becomes_one_png(bundled_store: Path, tmp_path: Path, browser: None) -> None:
    with Store.open(bundled_store, read_only=True) as st:
        rep = build_report(st, ReportOptions(dyad=Dyad.parse("KOR-PRK"), simulate_runs=0))
    assert len(rep.figures) == 6
    folder = tmp_path / "charts" / "kor-prk"  # made, parents too
    written = export_png(rep, folder)
    assert written == [folder / f"{name}.png" for name in rep.figures]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.png" for name in rep.figures)
    for path in written:
        chunks = png_chunks(path.read_bytes())
        kinds = [k for k, _ in chunks]
        assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"IDAT" in kinds, path.name
        width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
        assert (width, height) == (1100, 450), path.name
        assert depth == 8 and colour in (2, 6), path.name  # 8-bit RGB or RGBA
        pixels = zlib.decompress(b"".join(p for k, p in chunks if k == b"IDAT"))
        row = 1 + width * (3 if colour == 2 else 4)
        assert len(pixels) == height * row, path.name
        assert len(set(pixels[1:row * height:97])) > 3, f"{path.name} is a blank image"


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:The kopts argument is ignored:UserWarning")
def test_report_png_through_the_cli_writes_every_chart(cli, bundled_store: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       browser: None) -> None:
    import shutil

    store = tmp_path / "s.duckdb"
    shutil.copy(bundled_store, store)
    folder = tmp_path / "png"
    result = cli("report", "--store", str(store), "--dyad", "KOR-PRK", "--out", str(tmp_path / "r.html"),
                 "--png", str(folder))
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert names and all(n.endswith(".png") for n in names)
    with Store.open(store, read_only=True) as st:
        expected = build_report(st, ReportOptions(dyad=Dyad.parse("KOR-PRK"))).figures
    assert names == sorted(f"{n}.png" for n in expected)
    for name in names:
        kinds = [k for k, _ in png_chunks((folder / name).read_bytes())]
        assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND", name


def test_missing_kaleido_names_the_extra_and_writes_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "kaleido", None)  # import kaleido now raises ImportError
    rep = Report(html="", summary={}, figures={"balance": go.Figure(go.Bar(x=[1], y=[1]))})
    folder = tmp_path / "out"
    with pytest.raises(OptionalDependencyError) as err:
        export_png(rep, folder)
    assert isinstance(err.value, DetenteError) and err.value.exit_code == 2
    assert (err.value.package, err.value.extra) == ("kaleido", "png")
    assert str(err.value) == ("--png (charts as images) needs the 'kaleido' package; install it with: "
                              "pip install 'detente[png]'")
    assert not folder.exists()


def test_a_report_without_charts_writes_no_file(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    assert export_png(Report(html="", summary={}), folder) == []
    assert folder.is_dir() and list(folder.iterdir()) == []
