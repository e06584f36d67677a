"""What an act is done under the pretext of is no act, and whom the pretext names is not the act's target
(coding._pretexts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "named"), [
    ('Japan deployed new interceptors in Okinawa under the pretext of "a missile threat" from China.', "CHN"),
    ("Britain sent warships to the Gulf on the pretext of protecting shipping from Iranian attacks.", "IRN"),
    ("Turkey moved troops to the border under the guise of countering the threat from Syria.", "SYR"),
])
def test_the_pretexts_party_is_no_target(code_coded: CodeCoded, sentence: str, named: str) -> None:
    assert not any(t == named or s == named for s, t, _ in code_coded(sentence))


@pytest.mark.parametrize(("sentence", "triple"), [
    # guards: the act's own target, named outside the pretext, stays
    ("Japan imposed sanctions on North Korea under the pretext of its missile launch.", ("JPN", "PRK", "163")),
    ("Russia sent troops to Georgia on the pretext of protecting its citizens.", ("RUS", "GEO", "154")),
])
def test_the_acts_own_target_stays(code_coded: CodeCoded, sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in code_coded(sentence)
