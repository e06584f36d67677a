"""The UN's peace operations and political missions by their names ("UNIFIL", "Monusco", "the United Nations
Interim Force in Lebanon") are the UN (IGOUNO), and an organisation's premises where a meeting is held are a place
(coding._body_seats). Sentences written for these tests, none from an evaluation set or a page (docs/coder.md,
"UN missions by name, and the seat of a body where a meeting is held")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


def _roots(found: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in found}


@pytest.mark.parametrize(("sentence", "event"), [
    ("Israeli troops opened fire on a UNIFIL patrol near Naqoura.", ("ISR", "IGO", "19")),
    ("Monusco condemned Rwanda's support for the rebels.", ("IGO", "RWA", "11")),
    ("MONUSCO condemned Rwanda's support for the rebels.", ("IGO", "RWA", "11")),
    ("Ethiopia accused UNMEE of siding with Eritrea.", ("ETH", "IGO", "11")),
    ("The Unmiss chief urged Sudan to withdraw its troops from Abyei.", ("IGO", "SDN", "02")),
    ("The United Nations Interim Force in Lebanon urged Israel to halt its strikes.", ("IGO", "ISR", "02")),
    ("UNAMA criticized the Taliban government of Afghanistan for closing girls' schools.", ("IGO", "AFG", "11")),
])
def test_a_un_mission_named_is_the_un(code_coded: CodeCoded, sentence: str, event: tuple[str, str, str]) -> None:
    assert event in _roots(code_coded(sentence))


@pytest.mark.parametrize("sentence", [
    "Israeli and Lebanese officers held talks at the UNIFIL headquarters in Naqoura on Monday.",
    "Israeli and Lebanese officers held talks at UN headquarters in New York on Monday.",
])
def test_the_seat_of_a_body_where_sides_meet_is_a_place(code_coded: CodeCoded, sentence: str) -> None:
    found = _roots(code_coded(sentence))
    assert ("ISR", "LBN", "04") in found and ("LBN", "ISR", "04") in found
    assert not any(t == "IGO" for _, t, _ in found)


@pytest.mark.parametrize(("sentence", "event"), [
    # an act of force at a body's premises is aimed at the body
    ("Israeli forces fired at UNIFIL headquarters in southern Lebanon.", ("ISR", "IGO", "19")),
    # a state's contingent serving with a mission stays the state's
    ("Ghana's UNIFIL contingent met Lebanese army officers in Tyre.", ("GHA", "LBN", "04")),
])
def test_what_stays_as_it_was(code_coded: CodeCoded, sentence: str, event: tuple[str, str, str]) -> None:
    assert event in _roots(code_coded(sentence))
