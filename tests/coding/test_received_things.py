"""What a state receives when it is a thing said or given, not a visitor: no visit hosted (043). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2013, 4, 10)


@pytest.mark.parametrize("sentence", [
    "Chile released the two fishermen after receiving a formal apology from Peru.",
    "Hungary has received assurances from Austria that the pipeline will be finished.",
    "Bolivia received a strong protest from Paraguay over the border incident.",
    "Ghana received a written guarantee from Nigeria on the loans.",
    "Laos has received no response from Thailand.",
    "Moldova received the full support of Romania.",
])
def test_a_thing_received_is_no_visit_hosted(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(root == "04" for _, _, root, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "host", "guest"), [
    ("The Bolivian president received Paraguay's foreign minister in La Paz on Tuesday.", "BOL", "PRY"),
    ("Ghana received a delegation from Nigeria.", "GHA", "NGA"),
    ("Hungary's president received the Austrian ambassador.", "HUN", "AUT"),
])
def test_a_visitor_received_is_still_hosted(country_coded: CountryCoded, sentence: str, host: str,
                                            guest: str) -> None:
    assert (host, guest, "04") in {(s, t, root) for s, t, root, _ in country_coded(sentence, DAY)}
