"""The overview's verdict card shows the current regime's mean CXI and its interval to one decimal, as the
report and the verdict's text do."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_the_current_regime_card_rounds_the_cxi(client: TestClient) -> None:
    page = client.get("/?dyad=USA-PRK").text
    card = re.search(r"mean CXI ([0-9.]+) \(([0-9.]+)–([0-9.]+)\)", page)
    assert card is not None, "the current regime card shows no mean CXI with its interval"
    for number in card.groups():
        assert re.fullmatch(r"\d+\.\d", number), number


def test_the_card_rounds_a_regime_interval_outward() -> None:
    # rendered with the dashboard's own filters: the bounds of 25.96 and 27.52 show as 25.9 and 27.6, as the
    # verdict's text prints them, and an impact of -2.269 as -2.3
    from jinja2 import Environment, PackageLoader, select_autoescape

    from detente.judge import bound_above, bound_below
    from detente.web._app import _quote

    env = Environment(loader=PackageLoader("detente.web", "templates"), autoescape=select_autoescape(default=True))
    env.filters.update(low1=bound_below, high1=bound_above, quote=_quote)
    regime = {"start": "2022-01-01", "end": "2026-04-30", "mean_cxi": 27.105, "cxi_low": 25.96, "cxi_high": 27.52,
              "trend": "flat", "events": 203, "evidence": "sufficient"}
    verdict = {"as_of": "2026-04-19", "coexistent": False, "verdict": "no peaceful coexistence.",
               "current_regime": regime, "channels": {"level": 1, "name": "an indirect channel"}, "tracks": {},
               "paradigm": {"label": "undetermined"},
               "evidence": [{"key": "k", "date": "2022-01-05", "code": "150", "impact": -2.269, "summary": "a launch",
                             "citation": "a list"}]}
    page = env.get_template("_verdict.html").render(
        data={"dyad": "USA-PRK", "verdict": verdict, "events": 1, "first": None, "milestones": []}, charts=[])
    assert "mean CXI 27.1 (25.9–27.6)" in page
    assert "<td>-2.3</td>" in page and "-2.269" not in page
