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
    assert names[0].startswith("CXI") and len(names) == 6
    cxi = list(index.data[0].y)
    rows = data["index"]
    assert [None if r["cxi"] is None else r["cxi"] for r in rows] == cxi  # type: ignore[attr-defined,index]
    shaded = [s for s in figs["regimes"].layout.shapes if s.type == "rect"]
    assert len(shaded) == len(data["regimes"])  # type: ignore[arg-type]
    assert any("verified" in (t.name or "") for t in figs["tracks"].data)


def test_builders_accept_empty_and_gappy_input() -> None:
    rows = [{"start": "2018-01-01", "cxi": None, "balance": None, "material_conflict": None,
             "material_cooperation": None, "channel": 1.0, "pressure": 0.0}]
    fig = index_figure(rows)
    assert fig.data[0].y == (None,)
    assert isinstance(milestones_figure([]), go.Figure)
    assert isinstance(regimes_figure(rows, [], threshold=60), go.Figure)
    assert isinstance(tracks_figure([]), go.Figure)
