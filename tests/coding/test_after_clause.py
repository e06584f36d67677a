"""A clause of time after the main verb ("X condemned Y after Y's forces shelled ...") has its own subject as the
doer, when the parser misread the main verb as a modifier (coding._after_clause; sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded, CountryCoded

DAY = dt.date(2021, 5, 18)


@pytest.mark.parametrize(("sentence", "main", "doer"), [
    ("Azerbaijan condemned Armenia after Armenian soldiers fired on a border post.", ("AZE", "ARM", "11"), "ARM"),
    ("Poland condemned Belarus after Belarusian helicopters violated its airspace.", ("POL", "BLR", "11"), "BLR"),
    ("Azerbaijan accused Armenia after Armenian forces shelled Tartar.", ("AZE", "ARM", "11"), "ARM"),
])
def test_the_clause_of_time_has_its_own_doer(country_coded: CountryCoded, code_coded: CodeCoded, sentence: str,
                                             main: tuple[str, str, str], doer: str) -> None:
    assert (*main, "occurred") in country_coded(sentence, DAY)
    # the reacting state is no doer of the act it reacts to
    assert not [e for e in code_coded(sentence) if e[0] == main[0] and e[2][:2] in ("15", "19")]
    assert any(s == doer for s, _, c in code_coded(sentence) if c[:2] in ("15", "19"))


def test_a_sentence_the_parser_read_is_left_alone(country_coded: CountryCoded) -> None:
    # guard: the parse already had the main verb
    assert ("ARM", "AZE", "11", "occurred") in country_coded(
        "Armenia criticized Azerbaijan after Azerbaijani troops attacked a border post.", DAY)
