"""The judgement's report data and figures: built from the store, every figure a plotly Figure with data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import plotly.graph_objects as go
import pytest

from detente.judge import report_data
from detente.model import Dyad
from detente.report._judge_charts import (
    band_polygon,
    cxi_traces,
    index_figure,
    judge_figures,
    milestones_figure,
    regimes_figure,
    tracks_figure,
)
from detente.store import Store


@pytest.fixture(scope="module")
def data(bundled_store: Path) -> dict[str, object]:
    with Store.open(bundled_store, read_only=True) as st:
        return report_data(st, Dyad.parse("USA-PRK"), as_of=dt.date(2019, 2, 14))


def test_report_data_is_plain_json(data: dict[str, object]) -> None:
    text = json.dumps(data)
    assert json.loads(text)["as_of"] == "2019-02-14"
    for key in ("index", "tracks", "milestones", "regimes", "change_points", "verdict", "sensitivity"):
        assert data[key] is not None, key
    assert all(m["date"] <= "2019-02-14" for m in data["milestones"])  # type: ignore[attr-defined]
    rows = data["sensitivity_rows"]
    assert [r["conclusion"] for r in rows] == list(data["sensitivity"]["conclusions"])  # type: ignore[index]
    assert all(r["label"] in ("robust", "fragile", "untested") and "equal weights" in r for r in rows)


def test_figures_show_index_tracks_milestones_and_regimes(data: dict[str, object]) -> None:
    figs = judge_figures(data)
    assert set(figs) == {"index", "tracks", "milestones", "regimes"}
    for fig in figs.values():
        assert isinstance(fig, go.Figure) and len(fig.data) > 0
    index = figs["index"]
    names = [t.name for t in index.data]
    assert names[0] == "CXI 80% interval" and index.data[0].fill == "toself"
    line = next(t for t in index.data if t.name == "CXI (0..100)")
    rows = data["index"]
    assert [None if r["cxi"] is None else r["cxi"] for r in rows] == list(line.y)  # type: ignore[attr-defined,index]
    # thin periods are hollow points, the others filled
    symbols = list(line.marker.symbol)
    assert symbols == ["circle-open" if r["thin"] else "circle" for r in rows]  # type: ignore[attr-defined,index]
    assert "thin period (hollow)" in names and len([n for n in names if ".1)" in (n or "")]) == 5
    shaded = [s for s in figs["regimes"].layout.shapes if s.type == "rect"]
    assert len(shaded) == len(data["regimes"])  # type: ignore[arg-type]
    assert any("verified" in (t.name or "") for t in figs["tracks"].data)


def test_the_band_follows_the_interval_and_breaks_at_gaps() -> None:
    rows = [{"start": f"2018-0{m}-01", "period": f"2018-0{m}", "cxi": c, "cxi_low": lo, "cxi_high": hi,
             "thin": t, "events": e}
            for m, c, lo, hi, t, e in [(1, 50.0, 40.0, 60.0, False, 5), (2, 55.0, 45.0, 62.0, True, 2),
                                        (3, None, None, None, True, 0), (4, 30.0, 20.0, 35.0, True, 1)]]
    xs, ys, sx, sy = band_polygon(rows)
    # January and February as one polygon (up along the upper bound, back along the lower), then a break
    assert xs == ["2018-01-01", "2018-02-01", "2018-02-01", "2018-01-01", None]
    assert ys == [60.0, 62.0, 45.0, 40.0, None]
    assert (sx, sy) == (["2018-04-01", "2018-04-01", None], [20.0, 35.0, None])  # April alone: a segment
    traces = cxi_traces(rows, level=0.8)
    assert [t.name for t in traces] == ["CXI 80% interval", "CXI 80% interval", "CXI (0..100)",
                                        "thin period (hollow)"]
    assert list(traces[2].marker.symbol) == ["circle", "circle-open", "circle-open", "circle-open"]


def test_builders_accept_empty_and_gappy_input() -> None:
    rows = [{"start": "2018-01-01", "cxi": None, "balance": None, "material_conflict": None,
             "material_cooperation": None, "channel": 1.0, "pressure": 0.0}]
    fig = index_figure(rows)
    assert fig.data[0].y == (None,)
    assert isinstance(milestones_figure([]), go.Figure)
    assert isinstance(regimes_figure(rows, [], threshold=60), go.Figure)
    assert isinstance(tracks_figure([]), go.Figure)


def test_index_figure_zooms_to_recent_years() -> None:
    rows = [{"start": f"{y}-01-01", "cxi": 50.0, "cxi_low": 45.0, "cxi_high": 55.0, "thin": False, "events": 4,
             "balance": 0.0, "material_conflict": 0.2, "material_cooperation": 0.0, "channel": 1.0, "pressure": 0.0}
            for y in range(1990, 2027)]
    buttons = index_figure(rows).layout.xaxis.rangeselector.buttons
    assert [b.label for b in buttons] == ["2 y", "5 y", "10 y", "all"]
    assert [b.count for b in buttons[:3]] == [2, 5, 10] and buttons[-1].step == "all"
