"""What a demand asks of another is no act of the one asked, also when the demand's clause has no "that"
(coding._asked): "demanded the U.S. stop the drills and accept talks", which the parser may read with the bare verb
as the demand's object or as an open complement with a subject of its own, or with the second bare verb hung on the
verb of demanding itself."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2011, 11, 28)


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    ("The statement demanded the U.S. and south Korea stop the war drills and accept the DPRK's proposal for talks.",
     ("USA", "PRK"), "03"),
    ("The article demanded the U.S. and Japan halt the joint exercises and accept the DPRK's proposal for dialogue.",
     ("JPN", "PRK"), "03"),
    ("The spokesman demanded the U.S. lift the blockade and accept Cuba's offer of a dialogue.", ("USA", "CUB"), "03"),
    ("The statement demanded the U.S. and Israel stop the air strikes and accept Syria's proposal for negotiations.",
     ("ISR", "SYR"), "03"),
    ("The paper demanded the U.S. stop the joint drills and accept the DPRK's proposal for dialogue.",
     ("USA", "PRK"), "03"),
])
def test_a_bare_verb_a_demand_asks_for_is_not_done(country_coded: CountryCoded, sentence: str,
                                                    pair: tuple[str, str], root: str) -> None:
    assert not any((s, t, r, m) == (*pair, root, "occurred") for s, t, r, m in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    # guards: a finite act after the demand, and an acceptance told of the one who demanded, are done
    ("The U.S. and Japan stopped the joint exercises and accepted the DPRK's proposal for dialogue.", ("JPN", "PRK"),
     "03"),
    ("The U.S. stopped the drills and accepted Cuba's proposal for negotiations.", ("USA", "CUB"), "03"),
    ("Japan accepted China's proposal for consultations on Monday.", ("JPN", "CHN"), "03"),
])
def test_an_act_told_as_done_stays_done(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                        root: str) -> None:
    assert any((s, t, r, m) == (*pair, root, "occurred") for s, t, r, m in country_coded(sentence, DAY))
