"""A state's official "in" another state on a day is there on a visit (042) (sentences written for these tests, none
from an evaluation set; docs/coder.md, "A state's official "in" another state"). The class was shown by news prose
outside every set: "top U.S. envoy on North Korea Stephen Biegun was still in Pyongyang as of Friday morning" (KBS,
2019), "Kim Yong-chol was last in Washington in June" (Global Times, 2019)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2019, 2, 8)


def coded(coder: Coder, sentence: str) -> list[tuple[str, str, str, str]]:
    return [(e.source[:3], e.target[:3], e.code, e.modality) for e in coder.code_sentence(sentence, date=DAY)]


@pytest.mark.parametrize(
    ("sentence", "visit"),
    [
        ("Prime Minister Abiy Ahmed was in Eritrea on Sunday.", ("ETH", "ERI")),
        ("The Ethiopian prime minister was in Asmara last Sunday.", ("ETH", "ERI")),
        ("A Chinese delegation was still in Pyongyang on Friday.", ("CHN", "PRK")),
        ("Seoul said the U.S. envoy was still in Pyongyang on Friday morning.", ("USA", "PRK")),
        ("The Russian foreign minister was last in Tokyo in June.", ("RUS", "JPN")),
    ],
)
def test_an_official_in_another_state_visits_it(shared_coder: Coder, sentence: str,
                                                 visit: tuple[str, str]) -> None:
    found = coded(shared_coder, sentence)
    assert (*visit, "042", "occurred") in found, found


def test_a_stay_to_come_is_an_intended_visit(shared_coder: Coder) -> None:
    found = coded(shared_coder, "The Ethiopian prime minister will be in Asmara next week.")
    assert ("ETH", "ERI", "036", "intended") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ethiopian prime minister was in Addis Ababa on Sunday.",  # his own capital
        "A Chinese businessman was in Pyongyang on Friday.",  # no official
        "Chinese troops were in Korea in 1951.",  # a presence of force, no visit
        "The Ethiopian prime minister was in Paris for the climate conference.",  # a gathering of many states
        "The Ethiopian prime minister was not in Asmara on Sunday.",  # no visit refused
        "The Ethiopian prime minister said the port is in Eritrean hands.",  # an adjective, no place
        "The Ethiopian prime minister is in China's debt.",  # a possessor, no place
        "The Ethiopian prime minister was in exile in 1990.",
    ],
)
def test_no_visit(shared_coder: Coder, sentence: str) -> None:
    found = coded(shared_coder, sentence)
    assert not any(code[:2] in ("04", "03") for *_, code, _ in found), found


def test_a_verb_between_be_and_in_is_the_act(shared_coder: Coder) -> None:
    found = coded(shared_coder, "Three Iraqi soldiers have been killed in an attack by Syrian troops.")
    assert any(s == "SYR" and code[:2] in ("18", "19") for s, _, code, _ in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ethiopian prime minister was in Asmara on Sunday for talks with President Isaias Afwerki.",
        "The Ethiopian prime minister was in Asmara on Sunday for talks.",
    ],
)
def test_talks_a_stay_is_for_are_the_visitors_with_the_host(shared_coder: Coder, sentence: str) -> None:
    found = coded(shared_coder, sentence)  # the talks are the visit's (one event a pair and a root)
    assert ("ETH", "ERI", "042", "occurred") in found, found
    assert all(s != "---" and t != "---" for s, t, *_ in found), found


def test_a_state_ready_for_talks_is_no_stay(shared_coder: Coder) -> None:
    found = coded(shared_coder, "China is ready for talks with the United States.")
    assert not any(code[:2] == "04" for *_, code, _ in found), found
