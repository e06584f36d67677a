"""Who "it" is after a text sent or received, and after a phrase of a gerund the sentence opens with
(coding._coref_words.issued, coding._mention_shapes._fronted)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import Coder


def _pairs(coder: Coder, text: str) -> set[tuple[str, str]]:
    """(source country, target country) of each event: who acts on whom is what these tests are about."""
    return {(e.source[:3], e.target[:3]) for e in coder.code_text(text, date=dt.date(2012, 9, 9))}


@pytest.mark.parametrize(("text", "expected"), [
    # the sender after "from" issued the text the next sentences name: "It" is the sender's
    ("Kim Yong Nam received a message of greeting from the President of Nicaragua. The message extended warm "
     "congratulations to Kim Yong Nam. It expressed the will to boost fraternal relations between the two "
     "countries.", ("NIC", "PRK")),
    ("The DPRK premier received a letter from Vladimir Putin. The letter was delivered on Monday. It expressed "
     "full support for the DPRK.", ("RUS", "PRK")),
    # the subject sent it: "It" is the subject's
    ("Raul Castro sent a message to Kim Jong Un. It expressed the will to boost relations between the two "
     "countries.", ("CUB", "PRK")),
    # a state named inside a phrase of a gerund the sentence opens with is no subject "it" may stand for
    ("The U.S. is seeking its objective by sparking a new missile race. By allowing south Korea to extend its "
     "missile range it took another step against China.", ("USA", "CHN")),
    ("Japan is building up its navy. By supplying arms to the Philippines it took a step against China.",
     ("JPN", "CHN")),
])
def test_it_after_a_text(shared_coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(shared_coder, text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Kim Yong Nam received a message of greeting from the President of Nicaragua. The message extended warm "
     "congratulations to Kim Yong Nam. It expressed the will to boost fraternal relations between the two "
     "countries.", ("PRK", "NIC")),
    ("The U.S. is seeking its objective by sparking a new missile race. By allowing south Korea to extend its "
     "missile range it took another step against China.", ("KOR", "CHN")),
])
def test_not_the_receiver(shared_coder: Coder, text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _pairs(shared_coder, text)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a subject after the phrase of the gerund; "it" for a state subject; a statement its subject issued
    ("After meeting the Chinese envoy, Russia criticized Japan.", ("RUS", "JPN")),
    ("Iran expelled the British ambassador. It accused Britain of spying.", ("IRN", "GBR")),
    ("Lebanon filed a complaint with the Security Council. The complaint condemned Israel.", ("LBN", "ISR")),
])
def test_guards(shared_coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(shared_coder, text)
