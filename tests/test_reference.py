"""The shipped reference tables agree with the published tables (tests/fixtures/reference, see its README)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.model import Event
from detente.reference import enrich, reference_tables


def test_cameo_codes_match_the_published_table(fixture_file: Callable[[str], Path]) -> None:
    t = reference_tables()
    with open(fixture_file("reference/cameo_event_codes.csv"), encoding="utf-8") as fh:
        published = {r["code"]: r for r in csv.DictReader(fh)}
    assert set(t.cameo) == set(published)
    for code, row in published.items():
        entry = t.cameo[code]
        assert entry.root == row["root_code"], code
        assert entry.quad_class == int(row["quad_class"]), code
        pinned = row["goldstein_gdelt"] or row["goldstein_icews"]
        assert entry.goldstein == pytest.approx(float(pinned)), code
        assert entry.source and entry.goldstein_source


@pytest.mark.parametrize(("code", "gdelt"), [("016", -2.0), ("022", 3.2), ("164", -7.0), ("165", -6.5)])
def test_one_goldstein_table_is_pinned_where_gdelt_and_icews_differ(code: str, gdelt: float) -> None:
    assert reference_tables().cameo[code].goldstein == gdelt


def test_plover_crosswalk_matches(fixture_file: Callable[[str], Path]) -> None:
    t = reference_tables()
    published: dict[str, list[tuple[str, str | None, str | None]]] = {}
    lines = fixture_file("reference/cameo2plover.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        row = json.loads(line)
        published.setdefault(row["cameo"], []).append((row["plover_event"], row["plover_mode"], row["plover_context"]))
    assert set(t.plover) == set(published)
    for code, options in published.items():
        m = t.plover[code]
        assert (m.event, m.mode, m.context) == options[0], code


def test_plover_falls_back_to_parent_code() -> None:
    t = reference_tables()
    assert t.plover_for("0431") is not None
    mapping = t.plover_for("1011")
    assert mapping is not None and mapping.event == t.plover_for(mapping.cameo).event  # type: ignore[union-attr]
    assert t.cameo_for_plover("AGREE") == "03"


def test_enrich_fills_from_the_pinned_table() -> None:
    e = enrich(Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "057"))
    assert (e.root, e.quad_class, e.goldstein, e.plover_event) == ("05", 1, 8.0, "SUPPORT")
    kept = enrich(Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "057", goldstein=1.5, quad_class=2))
    assert (kept.goldstein, kept.quad_class) == (1.5, 2)


def test_unknown_code_is_refused_with_a_hint() -> None:
    with pytest.raises(InputError, match="not a CAMEO event code"):
        reference_tables().code("13y")
