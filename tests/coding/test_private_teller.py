"""A person the lexicon does not know, telling ("Delury said he would urge China ..."): "he" is that person, not
the last official the article named (coding._names.private_teller)."""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder, read_article_events
from detente.coding.intake import read_article_text

DAY = dt.date(2018, 6, 13)
SUMMIT = "President Trump met Kim Jong Un in Singapore on Tuesday.\n\n"


def _pairs(coder: Coder, text: str) -> set[tuple[str, str]]:
    reading = read_article_events(read_article_text(text, date=DAY), coder=coder)
    return {(e.source[:3], e.target[:3]) for e in reading.events}


def test_a_named_private_teller_is_no_official_named_before(coder: Coder) -> None:
    text = SUMMIT + ("John Delury teaches history in Seoul.\n\n"
                     "Delury said he would urge China to press North Korea on sanctions.")
    pairs = _pairs(coder, text)
    assert ("USA", "CHN") not in pairs and ("PRK", "CHN") not in pairs


def test_a_private_teller_described_in_apposition(coder: Coder) -> None:
    pairs = _pairs(coder, SUMMIT + "Victoria Park, a researcher at a Seoul university, said she would ask Beijing "
                                   "to press Pyongyang.")
    assert ("USA", "CHN") not in pairs and ("PRK", "CHN") not in pairs


def test_a_private_teller_after_an_opening_participle(coder: Coder) -> None:
    text = ("U.N. Secretary-General Ban Ki-moon welcomed the release of the two journalists.\n\n"
            "Speaking at the airport, Ling said she would thank South Korea for its help.")
    assert ("IGO", "KOR") not in _pairs(coder, text)


def test_he_in_the_next_sentence_is_still_the_private_teller(coder: Coder) -> None:
    text = SUMMIT + ("Andrei Lankov, a historian, said the summit went well.\n\n"
                     "He said he would urge Japan to send aid to North Korea.")
    pairs = _pairs(coder, text)
    assert ("USA", "JPN") not in pairs and ("PRK", "JPN") not in pairs


def test_one_capitalised_word_met_in_no_name_before_is_no_teller(coder: Coder) -> None:
    # guard: "Being told that ..., he praised ...": he is the leader named before
    text = SUMMIT + "Being told that the talks went well, he praised North Korea."
    assert ("USA", "PRK") in _pairs(coder, text) or ("PRK", "PRK") in _pairs(coder, text)


def test_a_known_person_telling_keeps_his_state(coder: Coder) -> None:
    # guard: the lexicon knows Kim Jong Un
    assert ("PRK", "USA") in _pairs(coder, SUMMIT + "Kim Jong Un said he would invite Trump to Pyongyang.")


def test_people_named_in_the_plural_are_no_private_teller(coder: Coder) -> None:
    # guard: "Analysts said he ...": he is the president named before (an act told as done: what analysts say
    # he would do is their forecast, no act, coding._forecasts)
    assert ("USA", "KOR") in _pairs(coder, SUMMIT + "Analysts said he visited South Korea on Wednesday.")


def test_a_teller_described_with_a_post_of_a_state_is_that_state(coder: Coder) -> None:
    # guard: named_opener reads "Sun Ming, secretary of ... of China" as China's
    text = SUMMIT + "Sun Ming, a vice minister of China, said he would visit Japan next month."
    assert ("CHN", "JPN") in _pairs(coder, text)


def test_a_teller_described_with_a_post_in_a_body_is_that_body(coder: Coder) -> None:
    # guard: the apposition gives the post ("an official of UNICEF"), so "she" is UNICEF's official
    text = SUMMIT + "Anna Berg, an official of UNICEF, said she praised the DPRK government for its vaccination drive."
    assert any(source == "IGO" and target == "PRK" for source, target in _pairs(coder, text))
