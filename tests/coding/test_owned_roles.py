"""A role of no country after "his" or "her": the officials of the person the pronoun stands for (sentences
written for these tests).

"Vice Premier Wang Qishan and his party arrived in ...", "the minister and her delegation": the party, the
delegation are officials of no country until "his" is resolved; they are then the person's country's officials, so
that the subject that joins them is no longer an actor of nobody.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 2, 20)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _sources(coder: Coder, sentence: str) -> set[str]:
    return {e.source for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(("sentence", "source"), [
    ("Chinese Vice Premier Tian Huaming and his party arrived in Pyongyang on Friday.", "CHNGOV"),
    ("Russian Vice Foreign Minister Pavel Orlovsky and his party visited Pyongyang on Friday.", "RUSGOV"),
    ("Laotian Deputy Prime Minister Somchai Vongsa and his party arrived in Hanoi on Friday.", "LAOGOV"),
])
def test_his_party_is_his_countrys(coder: Coder, sentence: str, source: str) -> None:
    sources = _sources(coder, sentence)
    assert source in sources
    assert "---GOV" not in sources


def test_a_possessive_resolved_to_nobody_gives_the_role_no_country(coder: Coder) -> None:
    sources = _sources(coder, "His party visited Pyongyang on Friday.")
    assert all(s.startswith("---") for s in sources)


def test_his_after_someone_of_another_country_is_left_alone(coder: Coder) -> None:
    # "his" may be the visitor the sentence names without a country of his own: the party is not the host's
    sentence = ("DPRK Premier Pak Song Chol met Li Wenhua, general manager of a trading company of China, and his "
                "party on Monday.")
    assert "PRKGOV" not in {e.target for e in coder.code_sentence(sentence, date=DAY)}


def test_a_possessive_role_of_an_act_is_left_alone(coder: Coder) -> None:
    # "his government's support for the press": the government is the act's owner, not an actor joined to it
    sentence = "Sudanese President Omar al-Bashir on Saturday reiterated his government's support for the press."
    assert {e.source for e in coder.code_sentence(sentence, date=DAY)} <= {"SDNGOV"}


# "its"/"their" in a state's report: the forces it tells of are its own (sentences written for these tests)
@pytest.mark.parametrize(("sentence", "forces"), [
    ("Syria says its forces will respond to any attack by Israel.", "SYRMIL"),
    ("On Friday Armenia said its troops had repelled an assault by Azerbaijan.", "ARMMIL"),
    ("Venezuela said its soldiers had detained three Colombian officers near the border.", "VENMIL"),
])
def test_its_forces_in_a_states_report_are_that_states(coder: Coder, sentence: str, forces: str) -> None:
    actors = {a for e in coder.code_sentence(sentence, date=DAY) for a in (e.source, e.target)}
    assert forces in actors
    assert "---MIL" not in actors


def test_its_forces_acted_on_by_the_states_own_verb_are_left_alone(coder: Coder) -> None:
    # no report: "its armed forces" are what the state's own verb moves, not an actor joined to it
    sentence = ("For a lasting peace, the U.S. should withdraw its armed forces for aggression from south Korea and "
                "accept the North's offer.")
    assert all(e.source[:3] != e.target[:3] for e in coder.code_sentence(sentence, date=DAY))


def test_its_after_another_state_named_nearer_is_left_alone(coder: Coder) -> None:
    # "its" may be Israel's: the forces are not given to the teller
    sentence = "Syria told the Council that Israel had moved its forces to the border."
    assert "SYRMIL" not in {e.source for e in coder.code_sentence(sentence, date=DAY)}
