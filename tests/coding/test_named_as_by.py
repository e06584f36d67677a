"""A headline's passive with an "as" phrase before its agent: "X Branded as Y by Z" is Z's act on X, and the nouns
of the "as" phrase are no acts (:mod:`detente.coding._named_as`). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("headline", "source", "target", "root"), [
    ("Japan Branded as Saboteur of Talks by Cuban Party", "CUB", "JPN", "11"),
    ("Israel Branded as Aggressor by Syrian Newspaper", "SYR", "ISR", "11"),
    ("Cuba Praised as Model of Solidarity by Venezuelan Minister", "VEN", "CUB", "05"),
    ("Vietnam Lauded as Reliable Partner by Lao Delegation", "LAO", "VNM", "05"),
    ("Iran Condemned as Threat to Regional Peace by Saudi Foreign Ministry", "SAU", "IRN", "11"),
])
def test_the_one_after_by_did_it(code_coded: CodeCoded, headline: str, source: str, target: str,
                                 root: str) -> None:
    found = code_coded(headline)
    assert (source, target) in {(s, t) for s, t, c in found if c[:2] == root}, found
    assert (target, source) not in {(s, t) for s, t, _ in found}, found


@pytest.mark.parametrize(("sentence", "source", "other"), [
    # an active verb whose object follows the "as" phrase
    ("Russia welcomed as positive the decision by Japan to resume the talks.", "RUS", "JPN"),
    # the subject did it: an object before "as"
    ("Cuba praised Venezuela as a model of solidarity by any measure.", "CUB", "VEN"),
])
def test_an_active_verb_keeps_its_subject(code_coded: CodeCoded, sentence: str, source: str, other: str) -> None:
    found = code_coded(sentence)
    assert source in {s for s, _, c in found if c[:2] == "05"}, found
    assert other not in {s for s, _, c in found if c[:2] == "05"}, found


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("Cuba Praised as Host of Peace Talks by Colombian Minister", "COL", "CUB"),
    ("Iran Condemned as Threat to Regional Peace by Saudi Foreign Ministry", "SAU", "IRN"),
    ("The foreign ministry of Peru denounced the Chilean drills as a rehearsal for an invasion of Peru.", "PER", "CHL"),
])
def test_what_the_judged_is_called_is_no_act(code_coded: CodeCoded, sentence: str, source: str,
                                            target: str) -> None:
    """The talks, threat or invasion of the "as" phrase are what the judge calls the one it judges."""
    found = code_coded(sentence)
    assert {(s, t) for s, t, _ in found} <= {(source, target)}, found
