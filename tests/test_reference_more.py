"""The shipped CAMEO and PLOVER tables against CAMEO's own rules and against the published material (copies in
tests/fixtures/reference and samples, see its README): QuadClass from the root, names and pinned Goldstein weights,
real GDELT rows, the PLOVER categories of the PLOVER manual, the crosswalk's reverse lookup, and ``enrich``.

QuadClass follows the convention GDELT publishes (and the published reference table holds): roots 01-05 verbal
cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict. The test reads that
convention from the published table and from GDELT's own rows, not from the shipped file.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.model import QUAD_CLASSES, Event
from detente.reference import ReferenceTables, enrich, reference_tables

TABLES = reference_tables()
QUAD_BY_ROOT = {f"{r:02d}": 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4 for r in range(1, 21)}


Fixture = Callable[[str], Path]


def _published(fixture_file: Fixture) -> dict[str, dict[str, object]]:
    lines = fixture_file("reference/cameo_event_codes.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["code"]: row for row in map(json.loads, lines)}


def _tab(path: Path) -> dict[str, str]:
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in rows if line.strip())


def test_the_quad_convention_is_the_one_gdelt_publishes(fixture_file: Fixture) -> None:
    published = _published(fixture_file)
    roots = {str(r["root_code"]): int(r["quad_class"]) for r in published.values()}  # type: ignore[call-overload]
    assert roots == QUAD_BY_ROOT
    names = {int(r["quad_class"]): str(r["quad_class_name"]).lower()  # type: ignore[call-overload]
             for r in published.values()}
    assert names == QUAD_CLASSES


def test_every_code_has_the_root_and_quad_class_of_its_first_two_digits() -> None:
    assert len(TABLES.cameo) > 300
    for code, entry in TABLES.cameo.items():
        assert re.fullmatch(r"\d{2,4}", code), code
        assert entry.code == code and entry.root == code[:2], code
        assert entry.quad_class == QUAD_BY_ROOT[entry.root], code


def test_every_code_has_its_parents() -> None:
    for code in TABLES.cameo:
        for parent in (code[:2], code[:3]):
            if len(parent) < len(code):
                assert parent in TABLES.cameo, (code, parent)
    assert sorted(c for c in TABLES.cameo if len(c) == 2) == sorted(QUAD_BY_ROOT)


def test_names_and_weights_match_the_published_table(fixture_file: Fixture) -> None:
    published = _published(fixture_file)
    for code, entry in TABLES.cameo.items():
        row = published[code]
        assert entry.name == row["icews_name"], code
        assert -10.0 <= entry.goldstein <= 10.0, code
        if row["goldstein_gdelt"] is None:
            # where GDELT publishes no weight, the ICEWS weight is used and the row says so
            assert entry.goldstein == row["goldstein_icews"] and "ICEWS" in entry.goldstein_source, code
        else:
            assert entry.goldstein == row["goldstein_gdelt"] and entry.goldstein_source.startswith("GDELT"), code
        assert "CAMEO" in entry.source


def test_pinned_weights_are_gdelts_own_file(fixture_file: Fixture) -> None:
    gdelt = {code: float(w) for code, w in _tab(fixture_file("reference/gdelt_CAMEO.goldsteinscale.txt")).items()}
    names = _tab(fixture_file("reference/gdelt_CAMEO.eventcodes.txt"))
    assert set(gdelt) == set(names)
    missing = set(TABLES.cameo) - set(gdelt)
    assert all("ICEWS" in TABLES.cameo[c].goldstein_source for c in missing)
    assert not set(gdelt) - set(TABLES.cameo)  # every GDELT code is in the table
    for code, weight in gdelt.items():
        assert TABLES.cameo[code].goldstein == weight, code


def test_real_gdelt_rows_agree_with_the_table(fixture_file: Fixture) -> None:
    path = fixture_file("samples/gdelt1_georgia_apr2012_reexported.csv")
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 100
    for r in rows:
        entry = TABLES.code(r["EventCode"])
        assert entry.root == r["EventRootCode"], r["GLOBALEVENTID"]
        assert entry.quad_class == int(r["QuadClass"]), r["GLOBALEVENTID"]
        assert entry.goldstein == pytest.approx(float(r["GoldsteinScale"])), r["GLOBALEVENTID"]
        assert QUAD_BY_ROOT[r["EventRootCode"]] == int(r["QuadClass"])


# ---- PLOVER ---------------------------------------------------------------------------------------------------------


def _plover_categories(fixture_file: Fixture) -> dict[str, str]:
    """Each PLOVER event category of the manual (an upper-case section) with its quad category."""
    tex = fixture_file("reference/plover_manual.tex").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for section in re.split(r"\\section\{", tex)[1:]:
        name = section.split("}", 1)[0]
        quad = re.search(r"Quad category: ([A-Z ]+)\}", section)
        if name.isupper() and quad:
            out[name] = quad.group(1).strip()
    return out


COOPERATION = {"VERBAL COOPERATION", "MATERIAL COOPERATION"}


def test_every_crosswalk_target_is_a_plover_category(fixture_file: Fixture) -> None:
    categories = _plover_categories(fixture_file)
    assert len(categories) == 16 and {"AGREE", "CONSULT", "ASSAULT", "SANCTION"} <= set(categories)
    used = {m.event for m in TABLES.plover.values()}
    assert used == set(categories), used ^ set(categories)
    for m in TABLES.plover.values():
        assert m.mode is None or re.fullmatch(r"[a-z_\-]+", m.mode), m
        assert m.context is None or (m.context.strip() == m.context and m.context), m


def test_crosswalk_keeps_cooperation_and_conflict_apart_except_investigate(fixture_file: Fixture) -> None:
    categories = _plover_categories(fixture_file)
    crossed = set()
    for code, m in TABLES.plover.items():
        if code not in TABLES.cameo:
            continue
        plover_coop = categories[m.event] in COOPERATION
        cameo_coop = TABLES.cameo[code].quad_class <= 2
        if plover_coop != cameo_coop:
            crossed.add(code[:2])
    # PLOVER folds CAMEO 09 (investigate, material cooperation in CAMEO) into ACCUSE; nothing else crosses sides
    assert crossed == {"09"}
    assert TABLES.plover["09"].event == "ACCUSE"


def test_every_code_from_03_up_maps_to_plover_through_itself_or_a_parent() -> None:
    for code in TABLES.cameo:
        mapping = TABLES.plover_for(code)
        if code[:2] in ("01", "02"):  # PLOVER has no category for statements and appeals
            assert mapping is None, code
            continue
        assert mapping is not None, code
        assert mapping.cameo in (code, code[:3], code[:2])
        # the nearest mapped ancestor: nothing more specific was skipped
        for candidate in (code, code[:3], code[:2]):
            if candidate in TABLES.plover:
                assert mapping.cameo == candidate
                break


def test_reverse_lookup_gives_the_most_general_code_of_each_category() -> None:
    for event in {m.event for m in TABLES.plover.values()}:
        code = TABLES.cameo_for_plover(event)
        assert code is not None and TABLES.plover[code].event == event
        shorter = [c for c, m in TABLES.plover.items() if m.event == event and len(c) < len(code)]
        assert not shorter, (event, code, shorter)
        assert TABLES.cameo_for_plover(event.lower()) == code  # case-insensitive
    assert TABLES.cameo_for_plover("NOT-A-CATEGORY") is None


def test_reverse_lookup_with_a_mode_and_its_fallback() -> None:
    phone = TABLES.cameo_for_plover("CONSULT", "phone")
    assert phone is not None and TABLES.plover[phone].mode == "phone" and TABLES.plover[phone].event == "CONSULT"
    # a mode the category never takes falls back to the category alone
    assert TABLES.cameo_for_plover("CONSULT", "no-such-mode") == TABLES.cameo_for_plover("CONSULT")


def test_the_first_listed_mapping_of_a_doubly_mapped_code_wins(fixture_file: Fixture) -> None:
    first: dict[str, str] = {}
    for line in fixture_file("reference/cameo2plover.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        first.setdefault(row["cameo"], row["plover_event"])
    assert {c: m.event for c, m in TABLES.plover.items()} == first


# ---- lookups and enrich ---------------------------------------------------------------------------------------------


def test_tables_are_loaded_once_and_reloading_gives_the_same_content() -> None:
    assert reference_tables() is reference_tables()
    fresh = ReferenceTables.load()
    assert fresh.cameo == TABLES.cameo and fresh.plover == TABLES.plover


@pytest.mark.parametrize("code", ["", "1", "0", "999", "21", "0a1", "13y", " 036", "036 "])
def test_codes_outside_cameo_are_refused(code: str) -> None:
    assert not TABLES.is_code(code)
    with pytest.raises(InputError, match=re.escape(f"{code!r} is not a CAMEO event code; use a code")):
        TABLES.code(code)


def _event(code: str, **kw: object) -> Event:
    return Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", code, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", sorted(c for c in TABLES.cameo if c[:2] in ("04", "13", "19", "06")))
def test_enrich_fills_every_field_from_the_tables(code: str) -> None:
    e = enrich(_event(code))
    entry = TABLES.cameo[code]
    assert (e.root, e.quad_class, e.goldstein) == (entry.root, entry.quad_class, entry.goldstein)
    mapping = TABLES.plover_for(code)
    assert mapping is not None
    assert (e.plover_event, e.plover_mode, e.plover_context) == (mapping.event, mapping.mode, mapping.context)


def test_enrich_corrects_a_wrong_root_but_keeps_given_values() -> None:
    e = enrich(_event("190", root="01", quad_class=1, goldstein=0.5, plover_event="CONSULT"))
    assert e.root == "19"  # the root is a fact of the code
    assert (e.quad_class, e.goldstein, e.plover_event) == (1, 0.5, "CONSULT")
    kept = enrich(_event("0431", plover_mode="phone", plover_context="economic"))
    assert kept.plover_event == TABLES.plover_for("0431").event  # type: ignore[union-attr]
    assert (kept.plover_mode, kept.plover_context) == ("phone", "economic")


def test_enrich_is_idempotent_and_returns_the_same_event_when_nothing_is_missing() -> None:
    once = enrich(_event("0431"))
    assert enrich(once) is once
    assert enrich(enrich(_event("1712"))) == enrich(_event("1712"))


def test_enrich_of_an_unknown_code_fills_only_what_a_parent_gives() -> None:
    e = enrich(_event("0499"))  # not a code, but its root 04 maps to CONSULT
    assert e.quad_class is None and e.goldstein is None and e.root == "04"
    assert e.plover_event == TABLES.plover_for("04").event  # type: ignore[union-attr]
    nothing = enrich(_event("999"))
    assert (nothing.quad_class, nothing.goldstein, nothing.plover_event) == (None, None, None)


def test_enrich_uses_the_tables_it_is_given() -> None:
    entry = TABLES.cameo["036"]
    custom = ReferenceTables(cameo={"036": dataclasses.replace(entry, goldstein=9.5, quad_class=2)}, plover={})
    e = enrich(_event("036"), custom)
    assert (e.goldstein, e.quad_class, e.plover_event) == (9.5, 2, None)
