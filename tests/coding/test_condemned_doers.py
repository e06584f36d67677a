"""A condemnation (or a protest) of an act of force is aimed at the act's doer, never at its victim or its place
(`coding.answers.victims_left_out`, `referred_doer`; `coding.exchange`): "condemned the bombing of Damascus" has no
target unless its doer is told; "the attack on Syria by Israel" is Israel's; an act of force with no state doer
told before ("A suicide bomber killed ... Peru condemned the attack") is answered by no state. Sentences written for
these tests. Guards: the doer named before the noun or by "of" after a noun of attack, a doer told before, a
condemnation of a state itself."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.answers import referred_doer
from detente.coding.mentions import Mention
from detente.model import Event

DAY = dt.date(2021, 4, 14)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _judged(coder: Coder, text: str, source: str) -> set[str]:
    """The targets of the source's disapprovals and protests (roots 11, 14) in ``text``."""
    return {e.target[:3] for e in coder.code_text(text, date=DAY)
            if e.source[:3] == source and e.code[:2] in ("11", "14")}


@pytest.mark.parametrize(("text", "source", "victim"), [
    ("Peru denounced the bombing of Damascus.", "PER", "SYR"),
    ("Chile condemned the killing of three Bolivian farmers.", "CHL", "BOL"),
    ("Ghana condemned the attack on the Togolese embassy in Accra.", "GHA", "TGO"),
    ("Chile strongly condemned the deadly attack on Peru's parliament.", "CHL", "PER"),
    ("Kenya protested against the shelling of Ugandan villages.", "KEN", "UGA"),
    ("Ghana's condemnation of the massacre of Malian villagers was swift.", "GHA", "MLI"),
])
def test_the_victim_or_place_is_no_target(coder: Coder, text: str, source: str, victim: str) -> None:
    judged = _judged(coder, text, source)
    assert judged, "the condemnation itself is coded"
    assert victim not in judged, judged


@pytest.mark.parametrize(("text", "source", "doer"), [
    ("Peru condemned the attack on Bolivia by Chile.", "PER", "CHL"),
    ("Kenya condemned the killing of three Ugandan fishermen by Tanzania.", "KEN", "TZA"),
    ("Ghana condemned the Malian attack on Niger.", "GHA", "MLI"),
    ("Ghana condemned Mali's air strikes against Niger.", "GHA", "MLI"),
    ("Peru denounced the drone strikes of Chile in Bolivia.", "PER", "CHL"),
    ("Chile's army shelled Bolivian villages on Monday. Peru condemned the shelling of the villages.", "PER", "CHL"),
    ("Peru condemned Chile for the attack on Bolivia.", "PER", "CHL"),
    ("Peru blamed the attack on Chile's intelligence service.", "PER", "CHL"),
    ("Peru expressed serious concern over Chilean drones' killings of civilians in Bolivia and Niger.", "PER", "CHL"),
])
def test_the_doer_is_the_target(coder: Coder, text: str, source: str, doer: str) -> None:
    judged = _judged(coder, text, source)
    assert doer in judged, judged
    assert "BOL" not in judged and "NER" not in judged and "UGA" not in judged, judged


def test_an_act_of_force_by_no_state_is_answered_by_no_state(coder: Coder) -> None:
    judged = _judged(coder, "A suicide bomber killed 40 Bolivian policemen on Monday. Peru condemned the bombing.",
                     "PER")
    assert judged <= {"---"}, judged


def _told(source: str, target: str, code: str, sentence: str) -> Event:
    return Event(DAY, source, target, code, sentence=sentence)


@pytest.mark.parametrize(("recent", "found"), [
    # the last act of force told before is no state's: "the attack" is that one, no target
    ([_told("CHLMIL", "BOL", "195", "Chile's army shelled a Bolivian post."),
      _told("---", "BOLCOP", "180", "A bomb attack killed nine Bolivian policemen.")], []),
    # guard: an act of force with no known doer whose sentence names another state may be that state's, misread
    ([_told("CHLMIL", "BOL", "195", "Chile's army shelled a Bolivian post."),
      _told("---", "BOLCOP", "180", "Ecuador said an attack killed nine Bolivian policemen."),
      _told("ECU", "---", "010", "Ecuador said an attack killed nine Bolivian policemen.")], ["CHLMIL"]),
    # guard: the last act of force told is a state's
    ([_told("---", "BOLCOP", "180", "A bomb attack killed nine Bolivian policemen."),
      _told("CHLMIL", "BOL", "195", "Chile's army attacked a Bolivian post.")], ["CHLMIL"]),
])
def test_the_act_referred_to_is_the_last_act_of_force_told(recent: list[Event], found: list[str]) -> None:
    low = ["peru", "condemned", "the", "attack", "."]
    peru = Mention(0, 1, "PER")
    assert [m.code for m in referred_doer(low, 2, [peru], recent, [peru])] == found


def test_a_state_that_used_force_alone_is_answered(coder: Coder) -> None:
    # guard: the article tells one state's force and none without a doer: the answer is aimed at it
    judged = _judged(coder, "Chile's army shelled Bolivian villages on Monday, killing 12 people. Bolivia "
                            "protested. Peru condemned the shelling.", "PER")
    assert judged == {"CHL"}, judged
