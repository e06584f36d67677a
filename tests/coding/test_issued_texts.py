"""A resolution or statement as the subject of a verb in the present (sentences written for these tests): "The
resolution demands that Armenia withdraw ..." in a text that named the UN is the UN's demand of Armenia; the
parser's reading of "resolution demands" as one noun is undone. A resolution another actor was told to pass, a
text that never named the UN and "the resolution demands were ..." (a noun) keep their readings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 6, 9)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:6], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The General Assembly met in emergency session on Thursday. The resolution demands that Armenia withdraw "
     "its forces from the occupied districts.", ("IGOUNO", "ARM", "10")),
    ("The Security Council voted 13-0 on Friday to renew the mission in Western Sahara. The resolution calls on "
     "Morocco to cooperate fully with the mission.", ("IGOUNO", "MAR", "02")),
    ("The U.N. General Assembly backed the text by 141 votes on Wednesday. The resolution deplores Russia's "
     "aggression against Ukraine.", ("IGOUNO", "RUS", "11")),
    # the text the body was told to adopt: its author was found, its target lost to the noun reading
    ("The Security Council adopted a resolution on Monday. The resolution demands that Iraq withdraw from "
     "Kuwait.", ("IGOUNO", "IRQ", "10")),
])
def test_the_resolution_speaks_for_the_un(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, text)


@pytest.mark.parametrize("text", [
    "The House passed a resolution on Monday. The resolution calls on Turkey to free the pastor.",
    "Fighting between Sudan and Chad resumed on Sunday. The resolution demands that Chad withdraw.",
    "The Security Council met on Monday. The resolution demands were rejected by Iran.",
])
def test_a_resolution_that_is_not_the_uns_act(coder: Coder, text: str) -> None:
    assert not any(source.startswith("IGOUNO") and target != "---" for source, target, _ in _coded(coder, text))
