"""Cooperation in a material field is material cooperation, by its field (coding._cooperation_fields); "expand",
"enhance", "broaden", "bolster" cooperation join the lexicon."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "triple"), [
    ("Turkey and Azerbaijan deepened their military cooperation.", ("TUR", "AZE", "062")),
    ("Egypt expanded cooperation with Russia in the field of energy.", ("EGY", "RUS", "061")),
    ("Britain and France strengthened defence and security cooperation.", ("GBR", "FRA", "062")),
    ("Canada and Mexico boosted intelligence cooperation along the border.", ("CAN", "MEX", "064")),
    ("Vietnam and Laos strengthened judicial cooperation.", ("VNM", "LAO", "063")),
])
def test_cooperation_is_coded_by_its_field(code_coded: CodeCoded, sentence: str,
                                           triple: tuple[str, str, str]) -> None:
    assert triple in code_coded(sentence)


@pytest.mark.parametrize("sentence", [
    "Spain and Portugal strengthened cultural cooperation.",
    "Chile and Argentina deepened cooperation.",
    "Norway and Sweden boosted cooperation on climate.",
])
def test_cooperation_in_no_material_field_stays_diplomatic(code_coded: CodeCoded, sentence: str) -> None:
    coded = code_coded(sentence)
    assert any(code == "050" for _, _, code in coded)
    assert not any(code[:2] == "06" for _, _, code in coded)
