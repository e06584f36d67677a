"""The verb "blast" told of a state, a body or a person: a criticism (111), not a bombing (183).

"The spokesman blasted Chile's naval drills", "Venezuela blasts Colombia's deployment of troops": the doer is no
armed force, so what is blasted is criticised. Armed doers blast what they strike ("rebels blasted a border post",
"troops blasted a checkpoint"), and the noun ("a blast hit the embassy") has no doer: those stay bombings.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]

# sentences written for the rule, and the criticism each must hold
CASES = [
    ("The Peruvian spokesman blasted Chile's naval drills.", ("PER", "CHL", "111")),
    ("Venezuela blasts Colombia's deployment of troops near the border.", ("VEN", "COL", "111")),
    ("The Bolivian president blasted Paraguay's smear campaign.", ("BOL", "PRY", "111")),
    ("Ghana's state newspaper blasts Togolese suppression of the press.", ("GHA", "TGO", "111")),
    ("The Chilean Army General Staff blasted Peru's naval drills.", ("CHL", "PER", "111")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_blast_by_a_speaker_is_criticism(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    found = code_coded(sentence)
    assert expected in found, found
    assert not [e for e in found if e[2][:2] == "18"], found


# guards: armed doers and the noun stay bombings
GUARDS = [
    ("Colombian rebels blasted a Venezuelan border post.", ("COL", "VEN", "183")),
    ("Turkish troops blasted a Syrian army checkpoint.", ("TUR", "SYR", "183")),
    ("A blast hit the Pakistani embassy in Kabul.", ("---", "PAK", "183")),
]


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_force_stays(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)


# a headline's passive with no agent: criticism of the blasted party's act by a critic left untold, or told by the
# place it was said in (coding._place_voices)
PASSIVES = [
    ("Chile's Naval Buildup Blasted in Peru", ("PER", "CHL", "111")),
    ("Japanese Minister's Remarks Blasted", ("---", "JPN", "111")),
]


@pytest.mark.parametrize(("sentence", "expected"), PASSIVES)
def test_passive_blast_is_criticism(code_coded: CodeCoded, sentence: str, expected: tuple[str, str, str]) -> None:
    found = code_coded(sentence)
    assert expected in found, found
    assert not [e for e in found if e[2][:2] == "18"], found


def test_passive_blast_by_armed_agent_stays_force(code_coded: CodeCoded) -> None:
    assert ("---", "PAK", "183") in code_coded("A Pakistani police station was blasted by militants.")
