"""A sporting contest's result is no use of force.

"The Ghanaian team beat its Togolese rival 2:0", "Brazil beat Germany in the semifinal": a verb of defeat read as
force (182 for "beat") in a sentence that names a contest, its sides or its players tells a result, and CAMEO codes
none. Beatings by troops or police stay assaults.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]

# sentences written for the rule: no act of force between the two sides
CONTESTS = [
    "The Ghanaian team beat its Togolese rival 2:0.",
    "Brazil beat Germany in the semifinal.",
    "Peru's volleyball players beat Chile on Sunday.",
    "Kenyan Athletes Beat Ethiopian Runners in Marathon Cup.",
]


@pytest.mark.parametrize("sentence", CONTESTS)
def test_contest_is_no_force(code_coded: CodeCoded, sentence: str) -> None:
    found = code_coded(sentence)
    assert not [e for e in found if e[2][:2] in ("18", "19")], found


# guards: beatings by troops or police stay assaults
GUARDS = [
    ("Ethiopian troops beat Eritrean soldiers at the border.", ("ETH", "ERI", "182")),
    ("Israeli police beat Palestinian protesters in Hebron.", ("ISR", "PSE", "182")),
]


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_beatings_stay(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)
