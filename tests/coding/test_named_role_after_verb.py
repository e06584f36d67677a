"""A verb's "with" or "to" phrase that names someone the coder does not know with the role after it ("had a talk with
NAME, ROLE of COUNTRY") keeps the role as its target whatever clause the parse makes of the name
(NounActors.named_after; docs/coder.md, "Failure patterns of real prose and their fixes")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 4, 14)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "event"), [
    ("The Chilean president met and had a talk with Mohlabi Kenneth Tsekoa, foreign minister of Lesotho, on Monday.",
     ("CHL", "LSO", "04")),
    ("The Chilean premier met and had talks with Tumelo Rakhetla Mokoena, foreign minister of Lesotho, in Lima.",
     ("CHL", "LSO", "04")),
])
def test_the_role_after_a_name_in_the_verbs_phrase_is_its_target(coder: Coder, text: str,
                                                                  event: tuple[str, str, str]) -> None:
    coded = _coded(coder, text)
    assert event in coded, coded


@pytest.mark.parametrize(("text", "absent"), [
    # the phrase is another clause's: "who" stands between the verb and it
    ("The Chilean president praised reporters who had talked with Mohlabi Kenneth Tsekoa, foreign minister of "
     "Lesotho.", ("CHL", "LSO", "05")),
    ("The Chilean president praised the reporters, who had talked with Mohlabi Kenneth Tsekoa, foreign minister "
     "of Lesotho.", ("CHL", "LSO", "05")),
])
def test_a_name_outside_the_verbs_own_phrase_is_no_target(coder: Coder, text: str,
                                                           absent: tuple[str, str, str]) -> None:
    coded = _coded(coder, text)
    assert absent not in coded, coded
