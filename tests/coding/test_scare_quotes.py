"""An act's word inside a short quotation that stands where a noun stands is a label held at a distance.

"Chile's fuss about "threat from Peru"", "the "talks" with Peru were a sham": the quoted words are another side's,
named to be denied; no threat or meeting is told. A verb outside the quotation ("accused Peru of "aggression"")
and a quoted verb ("vowed to "crush" Peru") still code their acts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]

# sentences written for the rule, and the root that must not be coded from the quoted word
LABELS = [
    ("Chile's fuss about \"threat from Peru\" is absurd.", "13"),
    ("Bolivian Talk about \"Threat\" from Paraguay Refuted.", "13"),
    ("Chilean rumour of \"threat from Peru\".", "13"),
    ("Ecuadorean Authorities' Theory of \"Preemptive Attack\" on Colombia Assailed.", "18"),
]


@pytest.mark.parametrize(("sentence", "root"), LABELS)
def test_quoted_label_is_no_act(code_coded: CodeCoded, sentence: str, root: str) -> None:
    found = code_coded(sentence)
    assert not [e for e in found if e[2][:2] == root], found


# guards: verbs outside the quotation, and quoted verbs
GUARDS = [
    ("Chile accused Peru of \"aggression\" on Monday.", ("CHL", "PER", "112")),
    ("Chile vowed to \"crush\" Peru.", ("CHL", "PER", "130")),
]


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_acts_outside_stay(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)
