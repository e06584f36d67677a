"""A state's force defended in words by another: a report that another state has the right to defend itself, or
that its act is self-defence, is the teller's verbal defence of it (052), not a bare statement (010)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Czech foreign minister said Poland has every right to defend itself.", ("CZE", "POL", "052")),
    ("Canada said Estonia had the right to defend itself against the incursions.", ("CAN", "EST", "052")),
    ("The State Department said Lithuania's air strikes were an exercise of its right to self-defense.",
     ("USA", "LTU", "052")),
    ("Turkey said the shelling by Azerbaijan was legitimate self-defence.", ("TUR", "AZE", "052")),
    ('"Latvia has every right to defend itself," the Swedish defence minister said.', ("SWE", "LVA", "052")),
    ('"Latvia is entitled to defend itself," said the Swedish defence minister.', ("SWE", "LVA", "052")),
    ("Georgia is under attack, so it has the right to defend itself, the Ukrainian foreign minister said.",
     ("UKR", "GEO", "052")),
])
def test_another_states_self_defence_told_is_a_verbal_defence_of_it(code_coded: CodeCoded, sentence: str,
                                                                    expected: tuple[str, str, str]) -> None:
    coded = code_coded(sentence)
    assert expected in coded
    assert not any(c == "010" and s == expected[0] for s, _, c in coded)


@pytest.mark.parametrize("sentence", [
    # its own right, a denial, a claim held at a distance, scare quotes, a right named as a topic
    "Japan said it has the right to defend itself.",
    "Japan said Japanese forces have the right to defend themselves.",
    "Russia said Georgia's attack was not self-defense.",
    "Russia said Georgia has no right to defend itself in that way.",
    "Iran said Israel's so-called self-defense was a massacre.",
    "Syria said Turkey's strikes were carried out under the pretext of self-defense.",
    'China said Japan\'s "self-defense" was an invasion.',
    "China said Japan's exercise of the right to collective self-defense threatens the region.",
])
def test_own_denied_or_distanced_self_defence_is_no_defence(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(c == "052" for _, _, c in code_coded(sentence))
