"""A responsibility another state is said to bear for a wrong is the teller's charge, as "is responsible for" is:
"Chad said Sudan bears full responsibility for the raid" (a criticism, 111, of Sudan), not a bare statement."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chad said Sudan bears full responsibility for the raid on the border town.", ("TCD", "SDN", "11")),
    ("The Georgian foreign ministry said Moscow bore the entire responsibility for the shelling of the villages.",
     ("GEO", "RUS", "11")),
    ("Bolivia says Chile shoulders sole responsibility for the deaths of the miners.", ("BOL", "CHL", "11")),
])
def test_a_responsibility_borne_for_a_wrong_is_a_charge(code_coded: CodeCoded, sentence: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in {(s, t, c[:2]) for s, t, c in code_coded(sentence)}


@pytest.mark.parametrize("sentence", [
    "Chad said Sudan bears responsibility for the security of the border.",
    "Chad said Sudan does not bear responsibility for the raid.",
    "Chad said Sudan bears the cost of the new road.",
    "Chad said Sudan should bear full responsibility for the raid.",
])
def test_no_charge_of_a_duty_a_denial_or_a_cost(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(c[:2] == "11" for _, _, c in code_coded(sentence))
