"""An inspection conducted or carried out is one made (090), as "inspected" is (dictionaries/verbs.txt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "target"), [
    ("IAEA inspectors carried out an inspection at Iran's Fordow site.", "IRN"),
    ("UN inspectors conducted a surprise inspection of the Syrian chemical plant.", "SYR"),
    ("The IAEA conducted inspections at North Korea's Yongbyon complex in 2007.", "PRK"),
])
def test_an_inspection_conducted_is_made(code_coded: CodeCoded, sentence: str, target: str) -> None:
    assert any(t == target and code == "090" for _, t, code in code_coded(sentence))


def test_joint_exercises_conducted_stay_military_cooperation(code_coded: CodeCoded) -> None:
    assert ("JPN", "USA", "062") in code_coded("Japan and the United States conducted joint exercises.")
