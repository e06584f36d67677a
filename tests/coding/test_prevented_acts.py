"""Acts told as prevented or only sought, read as done before (sentences written for these tests, none from an
evaluation set; docs/coder.md, "Acts prevented, refused leave, or sought by moves").

The object of a verb that stops an act ("blocked the visit"), the subject of such a verb's passive ("Visit to Tokyo
Banned"), the infinitive under a refused permission ("refused to allow the envoys to visit") and the act that
"moves" or "maneuvers" tend to ("denounced its moves to conclude an agreement") are no acts told: the coder codes
none of them as done. The guards beside each class are acts told that must stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._prevented import prevented
from detente.coding._text import tokenize
from detente.coding.coder import reported_act

DAY = dt.date(2012, 5, 14)


def codes_done(coder: Coder, sentence: str) -> set[str]:
    """The CAMEO code of each act the sentence tells as done."""
    return {e.code for e in coder.code_sentence(sentence, date=DAY) if reported_act(e) and e.modality == "occurred"}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the object of a stopping verb
        ("The Thai authorities disallowed contacts and visits to Cambodia.", "042"),
        ("Kenyan authorities disallowed the visit of Somali elders to Nairobi.", "042"),
        ("Armenia called off the visit of the Azerbaijani delegation to Yerevan.", "042"),
        # the subject of a stopping verb's passive, in a headline and in a sentence
        ("Visit to Vietnam Banned", "042"),
        ("Malaysia: Visit of Thai Del. to Kuala Lumpur Disallowed", "042"),
        ("The visit of the Chilean ministers to Lima was cancelled.", "042"),
        # the infinitive under a permission refused or denied
        ("Peru refused to allow a Bolivian delegation to visit Lima.", "042"),
        ("Egypt did not permit the Israeli envoys to visit Cairo.", "042"),
        # the act that moves and manoeuvres tend to
        ("Students denounced the Thai government's moves to conclude a military agreement with Japan.", "057"),
        ("Protesters condemned Britain's moves to invade Argentina.", "190"),
        # the gerund and the noun of refusal, as "refused"
        ("Turkey is refusing to apologize to Armenia.", "055"),
        ("The Turkish government's refusal to allow entry of the Armenian delegation was denounced.", "080"),
        ("Turkey's failure to apologize to Armenia was denounced.", "055"),
    ],
)
def test_prevented_and_sought_acts_are_not_told_as_done(shared_coder: Coder, sentence: str, code: str) -> None:
    assert code not in codes_done(shared_coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # guards: acts told as done stay
        ("The Thai delegation visited Cambodia.", "042"),
        ("Kenyan police blocked the road after the Somali elders visited Nairobi.", "042"),
        ("Peru allowed a Bolivian delegation to visit Lima.", "042"),
        ("The visit of the Chilean ministers to Lima was a success.", "042"),
        ("Japan signed a military pact with Thailand.", "057"),
        ("Britain invaded Argentina.", "190"),
        ("Turkey apologized to Armenia.", "055"),
        ("Turkey is refusing to apologize to Armenia.", "12"),  # the refusal itself is told
    ],
)
def test_acts_told_as_done_stay(shared_coder: Coder, sentence: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes_done(shared_coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Police banned the rally of the students.", "rally", True),
        ("The trip of the ministers has been postponed.", "trip", True),
        ("The talks were called off.", "talks", True),
        ("Police suppressed the rally of the students.", "rally", False),  # a rally suppressed was held
        ("The rally of the students was held in Seoul.", "rally", False),
        ("The visit made by the envoys was blocked.", "visit", False),  # a verb of its own between
        ("They will not allow the delegation to visit Hanoi.", "visit", True),
        ("They allowed the delegation to visit Hanoi.", "visit", False),
        ("Police blocked the road and the visit went ahead.", "visit", False),
    ],
)
def test_prevented(sentence: str, word: str, expected: bool) -> None:
    words = [t.lower() for t in tokenize(sentence)]
    assert prevented(words, words.index(word)) is expected
