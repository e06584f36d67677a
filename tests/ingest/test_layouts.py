"""Layout detection: each native layout is recognised; anything else is refused, naming the layouts tried."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.errors import FormatError
from detente.ingest import LAYOUTS, detect_layout
from detente.ingest._layouts import GDELT1_BACKFILE, GDELT1_DAILY, GDELT2_EXPORT, GDELT2_MENTIONS


@pytest.mark.parametrize(
    ("fixture", "dataset", "layout"),
    [
        ("gdelt1_backfile.CSV", "gdelt", "gdelt1-backfile"),
        ("gdelt1_daily.export.CSV", "gdelt", "gdelt1-daily"),
        ("gdelt2.export.CSV", "gdelt", "gdelt2-export"),
        ("gdelt2.mentions.CSV", "gdelt", "gdelt2-mentions"),
        ("icews_sample.tab", "icews", "icews"),
        ("polecat_sample.tab", "polecat", "polecat"),
    ],
)
def test_each_fixture_is_detected_as_its_layout(formats: Path, fixture: str, dataset: str, layout: str) -> None:
    first = (formats / fixture).read_text(encoding="utf-8").splitlines()[0]
    assert detect_layout(first, dataset, where=fixture).name == layout

def test_column_lists_match_the_codebooks() -> None:
    assert (len(GDELT1_BACKFILE), len(GDELT1_DAILY), len(GDELT2_EXPORT), len(GDELT2_MENTIONS)) == (57, 58, 61, 16)
    assert GDELT2_EXPORT[39] == "Actor1Geo_ADM2Code" and GDELT1_DAILY[-1] == "SOURCEURL"
    assert {layout.dataset for layout in LAYOUTS} == {"gdelt", "icews", "polecat"}

def test_a_file_of_another_dataset_is_refused_with_the_layouts_tried(formats: Path) -> None:
    first = (formats / "icews_sample.tab").read_text(encoding="utf-8").splitlines()[0]
    with pytest.raises(FormatError) as err:
        detect_layout(first, "gdelt", where="x.tab")
    msg = str(err.value)
    assert "20 tab-separated columns" in msg
    for title in ("GDELT 1.0 back-file (57", "GDELT 1.0 daily (58", "GDELT 2.0 export (61", "GDELT 2.0 Mentions (16"):
        assert title in msg

def test_the_reexported_comma_csv_is_recognised_as_not_native(fixture_file: Callable[[str], Path]) -> None:
    path = fixture_file("samples/gdelt1_georgia_apr2012_reexported.csv")
    first = path.read_text(encoding="utf-8").splitlines()[0]
    with pytest.raises(FormatError, match="re-exported CSV, not the native layout"):
        detect_layout(first, "gdelt", where=path.name)

def test_icews_header_with_a_missing_column_is_refused(formats: Path) -> None:
    header = (formats / "icews_sample.tab").read_text(encoding="utf-8").splitlines()[0].split("\t")
    with pytest.raises(FormatError, match="not the ICEWS header: it lacks 'Longitude'"):
        detect_layout("\t".join(header[:-1]), "icews", where="short.tab")
