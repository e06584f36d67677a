"""The signature of an agreement between two parties is their signing of it (sentences written for these tests):
United Nations prose names the act with the noun ("welcomed the signature of the agreements between the government
and ...", "the signature of the peace agreement between the President of Eritrea and the Prime Minister of
Ethiopia"), as others name it with "the signing of". A signature with no agreement named is no such act."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize("sentence", [
    "The signature of the border agreement between Tanzania and Burundi took place in Arusha.",
    "The signature in Arusha of the border treaty between Tanzania and Burundi ended the dispute.",
    "Tanzania and Burundi marked the signature of the border treaty on Monday.",
])
def test_the_signature_of_an_agreement_is_its_signing(code_coded: CodeCoded, sentence: str) -> None:
    found = {(s, t) for s, t, code in code_coded(sentence) if code == "057"}
    assert ("TZA", "BDI") in found or ("BDI", "TZA") in found


@pytest.mark.parametrize("sentence", [
    "The old treaty with Burundi bears the signature of the Tanzanian president.",
    "Tanzanian students launched a signature campaign against Burundi.",
])
def test_a_signature_alone_is_no_agreement(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(code == "057" for _, _, code in code_coded(sentence))
