"""A headline's passive with its auxiliary left out and a negated infinitive: "U.S. Urged Not to Misjudge DPRK",
"Japan Warned Not to Act Rashly": the one named is urged or warned (the target), whoever speaks is the source, as
in "U.S. Urged to Drop Hostile Policy" (coding.roles.elided_passive). Headlines written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("headline", "target", "root"), [
    ("U.S. urged not to misjudge the DPRK", "USA", "02"),
    ("Japan warned not to act rashly", "JPN", "13"),
    ("S. Korean authorities urged never to repeat the provocation", "KOR", "02"),
])
def test_the_one_urged_not_to_act_is_the_target(code_coded: CodeCoded, headline: str, target: str,
                                                root: str) -> None:
    found = [(s, t, c[:2]) for s, t, c in code_coded(headline)]
    assert ("---", target, root) in found
    assert not any(s == target and c == root for s, t, c in found)


@pytest.mark.parametrize(("headline", "expected"), [
    # guards: the urger named with the one urged, and a passive with no negation
    ("Japan urged China not to resume the drills", ("JPN", "CHN", "02")),
    ("U.S. urged to drop hostile policy toward the DPRK", ("---", "USA", "02")),
])
def test_urgers_named_and_plain_passives_keep_their_reading(code_coded: CodeCoded, headline: str,
                                                            expected: tuple[str, str, str]) -> None:
    assert expected in [(s, t, c[:2]) for s, t, c in code_coded(headline)]
