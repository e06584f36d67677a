"""A state named by the name of the state it continues (sentences written for these tests): Yugoslavia, as the
Soviet Union, is coded as its continuing state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("NATO aircraft struck Yugoslav targets near Pristina on Thursday.", ("IGO", "SRB")),
    ("Yugoslavia expelled the head of the monitoring mission on Sunday.", ("SRB", None)),
    ("The Yugoslav army shelled border posts on Monday.", ("SRB", None)),
    ("The Soviet Union protested to Norway on Monday.", ("RUS", "NOR")),
])
def test_a_continued_state_is_coded_as_its_successor(code_coded: CodeCoded, sentence: str,
                                                     expected: tuple[str, str | None]) -> None:
    source, target = expected
    found = code_coded(sentence)
    assert any(s[:3] == source and (target is None or t[:3] == target) for s, t, _ in found)


def test_a_state_named_from_yugoslavia_keeps_its_own_code(code_coded: CodeCoded) -> None:
    found = code_coded("The former Yugoslav Republic of Macedonia protested to Greece on Monday.")
    assert found and all(s[:3] == "MKD" for s, _, _ in found)
