"""A judgement told before its teller, unquoted ("Japan's claim is absurd, China said."), is the teller's
criticism of whom it judges (coding._quoted_judgments); a noun of saying that is judged ("Japan's claim is absurd")
is what is judged, no judgement of its own speaker (coding._finish)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2014, 7, 2)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("India's claim is baseless, Pakistan said.", ("PAK", "IND")),
    ("The Georgian accusations are groundless, the Russian Foreign Ministry said on Monday.", ("RUS", "GEO")),
    ("The Israeli strikes are a violation of international law, Egypt said.", ("EGY", "ISR")),
    ("Vietnam's remarks were irresponsible, said the Chinese Foreign Ministry.", ("CHN", "VNM")),
])
def test_a_fronted_judgement_is_the_tellers_criticism(country_coded: CountryCoded, sentence: str,
                                                      pair: tuple[str, str]) -> None:
    coded = country_coded(sentence, DAY)
    assert (*pair, "11", "occurred") in coded
    assert not any((s, t) == pair[::-1] and r == "11" for s, t, r, _ in coded)


def test_an_act_told_before_its_teller_stays_the_act(code_coded: CodeCoded) -> None:
    coded = code_coded("Russia will send more troops to the border, the Kremlin said.")
    assert any(s == "RUS" and code == "138" for s, _, code in coded)
    assert not any(code[:2] == "11" for _, _, code in coded)


def test_a_judgement_after_its_teller_stays_his(country_coded: CountryCoded) -> None:
    coded = country_coded("Pakistan said India's claim is baseless.", DAY)
    assert ("PAK", "IND", "11", "occurred") in coded
    assert not any((s, r) == ("IND", "11") for s, _, r, _ in coded)
