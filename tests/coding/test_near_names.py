"""A country's name inside the proper name of another place (coding._near_names): "the Democratic Congo" is the
Democratic Republic of the Congo, "the North Pole" and "the Indian Ocean" are no states."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "expected"), [
    # a word before the name makes another country's name
    ("A delegation of the Democratic Congo arrived in Pyongyang.", ("COD", "PRK", "042")),
    ("The Democratic Congo signed a trade agreement with Angola.", ("COD", "AGO", "057")),
    ("A delegation of New Mexico visited Cuba.", ("USA", "CUB", "042")),
    ("Activists in Northern Ireland condemned Iran.", ("GBR", "IRN", "111")),
    # ... or of a place that is no state's
    ("Russia sent an expedition to the North Pole and praised Canada.", ("RUS", "CAN", "051")),
    ("The DPRK praised New Guinea.", ("PRK", "---", "051")),
    # a capitalised noun of a natural feature after it
    ("Iran sent warships to the Indian Ocean.", ("IRN", "---", "154")),
    ("Israel attacked villages in the Jordan Valley.", ("ISR", "---", "190")),
])
def test_near_names(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(s, t, c[:3]) for s, t, c in code_coded(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: the country itself, a part of it, a feature noun in lower case, the long names
    ("The DPRK signed an agreement with the Republic of the Congo.", ("PRK", "COG", "057")),
    ("The DPRK signed an agreement with the Democratic Republic of the Congo.", ("PRK", "COD", "057")),
    ("Turkish jets bombed villages in Northern Iraq.", ("TUR", "IRQ", "195")),
    ("The DPRK praised Papua New Guinea.", ("PRK", "PNG", "051")),
    ("Mexico accused Guatemala of polluting a river.", ("MEX", "GTM", "112")),
    ("The delegation of Jordan visited the valley with Syrian officials.", ("JOR", "SYR", "042")),
])
def test_names_kept(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(s, t, c[:3]) for s, t, c in code_coded(sentence)]
