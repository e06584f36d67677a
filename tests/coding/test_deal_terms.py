"""Terms a deal must meet, told in what a state says or sends ("said any agreement must include the lifting of
U.S. sanctions", "sent a message saying any settlement must include ..."), are the teller's demand (10), made when
told and aimed at the state the terms ask to act; with no teller, or a state as the subject of "must", the reading
is as before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente.coding import Coder

DAY = dt.date(2015, 3, 2)

Coded = Callable[[str], set[tuple[str, str, str, str]]]


@pytest.fixture(scope="module")
def coded(shared_coder: Coder) -> Coded:
    def read(text: str) -> set[tuple[str, str, str, str]]:
        return {(e.source[:3], e.target[:3], e.code[:2], e.modality)
                for e in shared_coder.code_sentence(text, date=DAY)}
    return read


@pytest.mark.parametrize(("text", "event"), [
    ("Venezuela said any settlement must include the withdrawal of Guyanese police from the border posts.",
     ("VEN", "GUY", "10", "occurred")),
    ("Pakistan sent a message to the United Nations saying that any agreement must guarantee the withdrawal of "
     "Indian troops from the glacier.", ("PAK", "IND", "10", "occurred")),
    ("Ethiopia sent another letter indicating that any proposed accord must include the release of Eritrean "
     "prisoners.", ("ETH", "ERI", "10", "occurred")),
])
def test_the_teller_demands_the_terms(coded: Coded, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text)


def test_terms_with_no_teller_are_no_demand_of_anyone(coded: Coded) -> None:
    assert not any(s != "---" and r == "10" for s, _, r, _ in coded(
        "Any settlement must include the withdrawal of Guyanese police from the border posts."))


def test_a_state_that_must_act_is_the_one_asked(coded: Coded) -> None:
    assert ("VEN", "GUY", "10", "occurred") in coded("Venezuela said Guyana must withdraw its police from the posts.")
