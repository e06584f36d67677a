"""Acts done on a UN resolution are toward the United Nations (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2003, 3, 5)


def _coded(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    (events,) = coder.code_many([sentence], date=DAY)
    return {(e.source[:3], e.target[:6], e.code[:2]) for e in events if e.modality == "occurred"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Libya accepted resolution 731 on Thursday.", ("LBY", "IGOUNO", "08")),
    ("Syria complied with resolution 1559 last week.", ("SYR", "IGOUNO", "08")),
    ("Belgrade rejected resolution 1160 on Tuesday.", ("SRB", "IGOUNO", "12")),
    ("Tehran has repeatedly defied UN Security Council resolutions on enrichment.", ("IRN", "IGOUNO", "12")),
    ("12 Aug 1988 Iran accepts resolution 598 (1987).", ("IRN", "IGOUNO", "08")),
])
def test_an_act_on_a_un_resolution_is_toward_the_un(shared_coder: Coder, sentence: str,
                                                     expected: tuple[str, str, str]) -> None:
    assert expected in _coded(shared_coder, sentence)


def test_accepting_inspections_is_receiving_inspectors(shared_coder: Coder) -> None:
    found = _coded(shared_coder, "Syria accepted IAEA inspections of the Al Kibar site on Monday.")
    assert ("SYR", "IGOUNO", "08") in found  # 086 to the IAEA (IGOUNOIAE)


@pytest.mark.parametrize("sentence", [
    "Seoul rejected the National Assembly resolution on Tuesday.",  # a national legislature's
    "Ankara rejected House Resolution 106 on Tuesday.",  # the US House's
    "Baghdad rejected the party congress resolution on Monday.",
    "Damascus rejected the resolution on Monday.",  # no number, no UN organ named
])
def test_another_bodys_resolution_gives_no_un_target(shared_coder: Coder, sentence: str) -> None:
    assert not any(target == "IGOUNO" for _, target, _ in _coded(shared_coder, sentence))


def test_a_statement_about_a_resolution_is_not_made_an_act_on_it(shared_coder: Coder) -> None:
    found = _coded(shared_coder, "Libya said on Thursday that resolution 731 would be discussed in Tripoli.")
    assert ("LBY", "IGOUNO", "01") not in found


def test_an_act_named_by_a_noun_gets_no_un_target(shared_coder: Coder) -> None:
    found = _coded(shared_coder, "Paris and Berlin condemned the test and its open disregard of UN Security "
                                 "Council resolutions.")
    assert not any(target == "IGOUNO" and source in ("FRA", "DEU") for source, target, _ in found)
