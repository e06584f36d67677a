"""The state an attack fell on is no doer of the casualties the attack caused: "The shelling of the Ukrainian
town killed seven people" names Ukraine as where the blow fell; the doer, when named, stands before the attack's
noun ("Russia's shelling of ...", "A Russian missile attack on ...")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: (source country, target country, code) of each event of a sentence (the shared ``code_coded`` fixture)
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("text", "victim"), [
    ("The shelling of the Ukrainian town of Kupiansk killed seven people.", "UKR"),
    ("The attack on the Japanese embassy in Kabul injured three guards.", "JPN"),
    ("The air strike on the Syrian base is reported to have killed two soldiers and wounded five.", "SYR"),
    ("A bombing of the Pakistani consulate wounded four employees on Monday.", "PAK"),
])
def test_where_the_attack_fell_did_not_kill(code_coded: CodeCoded, text: str, victim: str) -> None:
    assert not [e for e in code_coded(text) if e[0] == victim and e[2][:2] in ("18", "19")]


@pytest.mark.parametrize(("text", "doer"), [
    ("A Russian missile attack on the Ukrainian town of Kupiansk killed seven people.", "RUS"),
    ("Israel's strike on the Syrian base killed two soldiers.", "ISR"),
    ("South Korean marines killed two North Korean soldiers near the island.", "KOR"),
])
def test_a_doer_named_before_the_attack_still_kills(code_coded: CodeCoded, text: str, doer: str) -> None:
    assert [e for e in code_coded(text) if e[0] == doer and e[2][:2] in ("18", "19")]
