"""A leader who "called" another leader telephoned him (041); one who "called" a state a name, or called off, for
or on something, did not. A call is read only where the one called is an actor standing alone after the verb:
what follows the callee is a time, a place, a purpose or the end of the clause, not a complement ("called North
Korea a threat", "called Seoul's proposal insincere").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2023, 6, 1)


def _codes(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "pair"), [
    ("Chinese President Xi Jinping called Russian President Vladimir Putin on Friday.", ("CHN", "RUS")),
    ("The Japanese prime minister called his South Korean counterpart on Monday to discuss the missile launch.",
     ("JPN", "KOR")),
    ("Egypt's foreign minister called the Qatari foreign minister late on Sunday.", ("EGY", "QAT")),
    ("The Turkish president called the Swedish prime minister to congratulate him.", ("TUR", "SWE")),
    ("Kenya's president called Ethiopia's prime minister and Somalia's president on Thursday.", ("KEN", "ETH")),
])
def test_a_leader_called_is_a_telephone_call(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "041") in _codes(coder, text), _codes(coder, text)


@pytest.mark.parametrize("text", [
    "North Korea called South Korea a puppet of Washington.",
    "Pyongyang called Seoul's proposal insincere.",
    "The Chinese president called the summit a success.",
    "Iran called off talks with the European Union on Monday.",
    "China called on Japan to show restraint.",
    "Moscow called Kyiv's claims absurd.",
    "The Indian minister called Pakistan a terrorist state.",
    "Israel called the Palestinians to resume talks on Monday.",
    "The envoy was called Ambassador Park by his staff.",
    "A diplomat, called Kim by his colleagues, met the Japanese delegation.",
    "The ministry called Japan as the main culprit.",
    "Mourners were calling President Kim, their late leader, in tears.",
])
def test_a_name_an_appeal_or_a_cry_is_no_telephone_call(coder: Coder, text: str) -> None:
    assert all(code != "041" for _, _, code in _codes(coder, text)), _codes(coder, text)
