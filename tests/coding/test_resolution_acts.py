"""A resolution's act is the act of the body that adopted it (coding/_resolutions.py): what a participle or a
relative clause after a resolution passed or adopted in the clause tells ("a resolution giving both sides until
Monday to ...", "resolution 1929, which expands sanctions"), with the body as source; no act for a draft, a
text sponsored or vetoed, one the body failed to adopt, or a resolution merely referred to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente.coding import Coder

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Security Council on Tuesday passed a resolution giving Sudan and Chad until Friday to pull their troops "
     "back from the border.", {("IGO", "SDN", "10"), ("IGO", "TCD", "10")}),
    ("The General Assembly adopted a resolution condemning Venezuela's crackdown on protesters.",
     {("IGO", "VEN", "11")}),
    ("The Security Council unanimously adopted a resolution that imposes an arms embargo on Libya.",
     {("IGO", "LBY", "16")}),
    ("The Security Council approved resolution 1929, which expands sanctions against Iran.", {("IGO", "IRN", "16")}),
    ("The UN Human Rights Council adopted a resolution criticizing Belarus.", {("IGO", "BLR", "11")}),
])
def test_what_an_adopted_resolution_does_is_the_bodys_act(code_coded: CodeCoded, sentence: str,
                                                          expected: set[tuple[str, str, str]]) -> None:
    found = {(s, t, c[:2]) for s, t, c in code_coded(sentence)}
    assert found == expected  # and no adoption (057) beside it, nor a demanded withdrawal told as done


@pytest.mark.parametrize("sentence", [
    "China vetoed a draft resolution condemning Myanmar.",
    "Britain and France circulated a resolution demanding that Syria hand over its chemical weapons.",
    "The Security Council failed to adopt a resolution condemning Israel's blockade.",
    "Japan and Canada sponsored a resolution urging North Korea to return to talks.",
])
def test_a_resolution_not_adopted_tells_no_act(code_coded: CodeCoded, sentence: str) -> None:
    assert not [e for e in code_coded(sentence) if e[2][:2] in ("02", "05", "10", "11", "12") and e[1] != "---"]


def test_a_veto_is_the_vetoing_states_not_aimed_at_whom_the_draft_names(code_coded: CodeCoded) -> None:
    assert ("CHN", "MMR", "129") not in code_coded("China vetoed a draft resolution condemning Myanmar.")


def test_a_resolution_referred_to_is_no_act_of_the_body(code_coded: CodeCoded) -> None:
    found = code_coded("Iran tested a missile in violation of Security Council resolution 2231, which bars such "
                       "launches.")
    assert all(s != "IGO" and t != "IGO" for s, t, _ in found)
    assert ("IRN", "---", "150") in found


def test_a_legislature_that_passes_a_resolution_is_its_source(code_coded: CodeCoded) -> None:
    assert {(s, t, c) for s, t, c in code_coded("The Pakistani parliament passed a resolution condemning India.")} \
        == {("PAK", "IND", "111")}


def test_the_act_is_dated_by_the_adoption_not_by_the_deadline(shared_coder: Coder) -> None:
    events = shared_coder.code_sentence("The Security Council on Tuesday passed a resolution giving Sudan and Chad "
                                        "until Friday to pull back their troops.", date=dt.date(2012, 3, 8))
    assert {(e.source, e.target, e.date) for e in events} == {("IGOUNO", "SDN", dt.date(2012, 3, 6)),
                                                             ("IGOUNO", "TCD", dt.date(2012, 3, 6))}
