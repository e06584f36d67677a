"""Posts abroad named with "to" and the country they serve in: "the ambassadors of Ghana and Mali to Kenya paid
visits" are Ghana's and Mali's envoys; "the ambassador to Kenya" names no state of its own; an act aimed at a post
abroad keeps its "to" country ("sent an envoy to Kenya")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("sentence", "sources"), [
    ("The ambassadors of Ghana and Mali to Kenya paid condolatory visits to the DPRK embassy in Nairobi.",
     {"GHA", "MLI"}),
    ("The ambassadors of Spain and Italy to Iran paid condolatory visits to the DPRK embassy in Tehran.",
     {"ESP", "ITA"}),
    ("The ambassador of Cuba to Mexico paid a visit to the DPRK embassy.", {"CUB"}),
    ("Nigeria's ambassador to Ghana met the Ghanaian foreign minister.", {"NGA"}),
])
def test_the_envoys_act_not_the_country_they_serve_in(code_coded: CodeCoded, sentence: str,
                                                      sources: set[str]) -> None:
    found = {s for s, _, _ in code_coded(sentence)}
    assert sources <= found and not found & {"KEN", "IRN", "MEX", "GHA"} - sources


@pytest.mark.parametrize("sentence", [
    "The ambassador to Kenya visited the DPRK embassy.",
    "Diplomatic envoys of different countries to Kenya paid condolatory visits to the DPRK missions.",
])
def test_a_post_abroad_of_no_named_state_is_no_state_of_the_host(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(s == "KEN" for s, _, _ in code_coded(sentence))


def test_a_posts_country_after_to_stays_the_target_of_an_act_aimed_at_it(code_coded: CodeCoded) -> None:
    assert any(s == "GHA" and t == "KEN" for s, t, _ in code_coded("Ghana recalled its ambassador from Kenya and "
                                                                   "protested to Kenya over the border raid."))
