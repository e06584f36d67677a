"""A body's name two states share names neither alone (sentences written for these tests).

China and the Workers' Party of Korea each have a Central Military Commission: "an enlarged meeting of the WPK
Central Military Commission" is no act of China's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2013, 8, 25)


def _countries(coder: Coder, sentence: str) -> set[str]:
    (events,) = coder.code_many([sentence], date=DAY)
    return {code[:3] for e in events for code in (e.source, e.target)} - {"---"}


@pytest.mark.parametrize("sentence", [
    "An enlarged meeting of the WPK Central Military Commission was held in Pyongyang on Sunday.",
    "The party's Central Committee and the Central Military Commission issued a joint communique on Sunday.",
])
def test_the_wpk_commission_is_not_chinas(shared_coder: Coder, sentence: str) -> None:
    assert "CHN" not in _countries(shared_coder, sentence)


@pytest.mark.parametrize("sentence", [
    "China's Central Military Commission vice chairman met the Russian defence minister on Monday.",
    "The vice chairman of the Central Military Commission of China met the Japanese defence minister on Monday.",
])
def test_the_chinese_commission_named_with_china_is_chinas(shared_coder: Coder, sentence: str) -> None:
    assert "CHN" in _countries(shared_coder, sentence)
