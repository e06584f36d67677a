"""The report's evidence table shows each event's impact on the index to one decimal (the verdict keeps three)."""

from __future__ import annotations

from detente.report._sections import _evidence_table


def test_impacts_are_shown_to_one_decimal() -> None:
    html = _evidence_table([
        {"date": "2022-01-05", "impact": -2.269, "code": "150", "summary": "a launch", "citation": "a list",
         "url": None, "context": "current regime"},
        {"date": "2021-12-10", "impact": -18.1, "code": "163", "summary": "sanctions", "citation": "a report",
         "url": "https://example.org/a", "context": "change point"},
        {"date": "2022-02-27", "impact": -7.0, "code": "150", "summary": "a launch", "citation": "a list",
         "url": None, "context": "current regime"},
    ])
    assert ">-2.3<" in html and ">-18.1<" in html
    assert ">-7.0<" in html  # every impact with its one decimal, a whole number too
    assert "-2.269" not in html


def test_a_missing_impact_stays_empty() -> None:
    html = _evidence_table([{"date": "2022-01-05", "impact": None, "code": "150", "summary": "a launch",
                             "citation": "a list", "url": None, "context": None}])
    assert "2022-01-05" in html


def test_a_regime_cxi_is_shown_to_one_decimal() -> None:
    from detente.report._sections import _cxi

    assert _cxi(27.105) == "27.1" and _cxi(80) == "80.0" and _cxi(None) == "no events"
