"""A sanctions designation of one party, as Treasury and State Department releases word it ("designated an Iranian
front company", "designated a Venezuelan entity"): 163 like the plural. Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The State Department designated an Iranian front company on Thursday.", ("USA", "IRN", "163")),
    ("Washington designated a Venezuelan entity under the order.", ("USA", "VEN", "163")),
    ("The United States designated a Syrian financial institution.", ("USA", "SYR", "163")),
])
def test_one_party_designated(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(s, t, c) for s, t, c in code_coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "The President designated a special envoy for Syria.",
    "The president designated Qatar as a major non-NATO ally.",
])
def test_other_designations_are_no_sanction(code_coded: CodeCoded, sentence: str) -> None:
    assert not [c for _, _, c in code_coded(sentence) if c.startswith("16")]
