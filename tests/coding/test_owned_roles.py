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
