"""The sentence-case view of a title-case headline (coding._sentence_case): which sentences get it, and what it
lower-cases. Headlines written for these tests."""

from __future__ import annotations

import pytest

from detente.coding._sentence_case import sentence_case_view, title_cased


@pytest.mark.parametrize(("tokens", "titled"), [
    (["Danish", "Minister", "Visits", "Malawi"], True),
    (["Tanzanian", "Delegation", "Leaves", "for", "Dodoma"], True),
    (["The", "Danish", "minister", "visits", "Malawi"], False),
    (["MALAWIAN", "PRESIDENT", "MEETS", "DANISH", "FOREIGN", "MINISTER"], False),
    (["U.S.", "Criticized"], False),
])
def test_title_case_is_told_by_its_words(tokens: list[str], titled: bool) -> None:
    assert title_cased(tokens) is titled


def test_the_view_keeps_names_and_lowers_verbs_and_function_words() -> None:
    tokens = ["Malawian", "President", "Chakwera", "Meets", "Danish", "Foreign", "Minister", "In", "Lilongwe"]
    view = sentence_case_view(tokens, {0, 1, 4, 5, 6}, {"meets"})
    assert view == ["Malawian", "President", "Chakwera", "meets", "Danish", "Foreign", "Minister", "in", "Lilongwe"]
