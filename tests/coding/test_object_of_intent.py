"""An event noun that is the object of an infinitive of intent has not happened (sentences written for these tests,
none from an evaluation set; the class was seen in an op-ed of 2021 on inter-Korean dialogue).

"Seoul wants to restart negotiations with Pyongyang" was a negotiation that happened (046) and "the envoy's efforts
to resume a direct dialogue with Tehran" a consultation (040): the talks are wanted or worked for, so intended (an
intent to meet, 036). A "to" that opens no infinitive ("agreed to a plan") and an adverb after "to" ("wanted to
just thank") keep the reading they had.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 10, 8)


def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country or ---, root, modality) of each event of the sentence."""
    return {(e.source[:3], e.target[:3], e.code[:2], e.modality) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Seoul wants to restart negotiations with Pyongyang.", ("KOR", "PRK")),
        ("Madrid hopes to reopen talks with Rabat.", ("ESP", "MAR")),
        ("The Omani envoy's efforts to resume a direct dialogue with Tehran continued.", ("OMN", "IRN")),
        ("Turkey wants to open negotiations with Greece.", ("TUR", "GRC")),
        ("Hanoi is seeking to launch consultations with Beijing.", ("VNM", "CHN")),
    ],
)
def test_talks_one_wants_or_works_for_are_intended(shared_coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    got = coded(shared_coder, sentence)
    assert any((s, t) == pair and m == "intended" for s, t, _r, m in got), got
    assert not any((s, t) == pair and r in ("04", "05") and m == "occurred" for s, t, r, m in got), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seoul resumed negotiations with Pyongyang.", ("KOR", "PRK", "04", "occurred")),
        ("Madrid reopened talks with Rabat on Friday.", ("ESP", "MAR", "04", "occurred")),
    ],
)
def test_talks_held_stay_held(shared_coder: Coder, sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in coded(shared_coder, sentence)
