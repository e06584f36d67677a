"""A judgment told before its teller ("X's act is a violation of ..., the ministry said") is the teller's
disapproval of X, and a day that names a text ("the August 17 communique") dates no act (sentences written for these
tests, none from an evaluation set; docs/coder.md, "Judgments told before their teller").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._fronted import teller_clause

DAY = dt.date(2015, 3, 4)

Triple = tuple[str, str, str]


def _coded(coder: Coder, text: str, day: dt.date = DAY) -> set[Triple]:
    """(source country, target country, root) of each event of a text with both actors known."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=day)
            if e.source[:3] != "---" and e.target[:3] != "---"}


@pytest.mark.parametrize(("text", "judgment"), [
    ("The Bolivian blockade of the river is a violation of the 1904 treaty, a Chilean spokesman said.",
     ("CHL", "BOL", "11")),
    ("The deployment of Ecuadorian troops near the border constitutes an act of aggression, said the Peruvian "
     "defence minister.", ("PER", "ECU", "11")),
    ('"The seizure of the tanker by Iran was a flagrant violation of international law," the British foreign '
     "ministry said in a statement.", ("GBR", "IRN", "11")),
    ("The Venezuelan decree amounts to interference in the internal affairs of Guyana, the Guyanese foreign "
     "ministry said on Monday.", ("GUY", "VEN", "11")),
    ("Kenyan Foreign Minister Amina Mohamed met the Somali ambassador on Monday. The Somali naval patrol in the "
     "waters is a grave violation of Kenya's sovereignty, she said.", ("KEN", "SOM", "11")),
])
def test_a_judgment_before_its_teller_is_the_tellers_disapproval(shared_coder: Coder, text: str,
                                                                 judgment: Triple) -> None:
    assert judgment in _coded(shared_coder, text)


def test_the_subjects_state_is_no_teller(shared_coder: Coder) -> None:
    text = ("Kenyan Foreign Minister Amina Mohamed met the Somali ambassador on Monday. The Somali naval patrol in "
            "the waters is a grave violation of Kenya's sovereignty, she said.")
    assert not any(e.source.startswith("SOM") and e.code == "010" for e in shared_coder.code_text(text, date=DAY))


@pytest.mark.parametrize("text", [
    "The agreement with Bolivia is an important step toward peace, the Chilean minister said.",
    "The Bolivian blockade is not a violation of the treaty, the Chilean minister said.",
    "The Bolivian blockade is a violation of the treaty, Chilean media said.",
    "If the Bolivian blockade is a violation of the treaty, Chile will respond, the minister said.",
    "What Bolivia did is a violation of the treaty, the Chilean minister said.",
    "The talks with Bolivia were constructive and useful, the Chilean minister said.",
    "The sanctions against Bolivia are a violation of the treaty, the Chilean minister said.",
])
def test_no_judgment_of_another_state(shared_coder: Coder, text: str) -> None:
    assert not any(root == "11" for _, _, root in _coded(shared_coder, text))


def test_the_tellers_own_state_is_not_judged(shared_coder: Coder) -> None:
    found = _coded(shared_coder, "The Chilean blockade is a violation of the treaty, a Chilean spokesman said.")
    assert not any(root == "11" for _, _, root in found)


@pytest.mark.parametrize(("low", "expected"), [
    (["the", "move", "is", "illegal", ",", "he", "said", "."], (4, 6)),
    (["the", "move", "is", "illegal", ",", "said", "the", "minister", "."], (4, 5)),
    (["the", "move", "is", "illegal", ",", "he", "said", ",", "adding", "that", "it", "was", "sad", "."], None),
    (["he", "said", "the", "move", "is", "illegal", "."], None),
])
def test_teller_clause(low: list[str], expected: tuple[int, int] | None) -> None:
    assert teller_clause(low) == expected


def test_a_day_naming_a_text_dates_no_act(shared_coder: Coder) -> None:
    text = ("Indian Foreign Minister Sushma Swaraj met the Nepali ambassador in Delhi on May 5. The Nepali map is "
            "a violation of the July 31 friendship treaty, she said.")
    days = {e.date for e in shared_coder.code_text(text, date=dt.date(2015, 5, 8))
            if e.source[:3] == "IND" and e.target[:3] == "NPL" and e.code[:2] == "11"}
    assert days == {dt.date(2015, 5, 5)}
