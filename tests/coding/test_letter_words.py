"""What a letter, note, message or statement says, told by a present participle right after it ("sent a letter to
Peru protesting the raid", "issued a statement denouncing Chile"), is its sender's act toward its own target, else
toward the one the text is addressed to; and a time phrase between the subject and the verb of sending ("on March
27 issued a statement") dates it, as it dates the sending. A stand or position "Supported by" someone is theirs
to support, not a standing by them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 4, 7)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _events(coder: Coder, text: str) -> set[tuple[str, str, str, dt.date]]:
    return {(e.source[:3], e.target[:3], e.code[:2], e.date) for e in coder.code_sentence(text, date=DAY)}


def _codes(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c) for s, t, c, _ in _events(coder, text)}


@pytest.mark.parametrize(("text", "event"), [
    ("Chile sent a note to Peru protesting the incursion of its fishing boats.", ("CHL", "PER", "11")),
    ("Bolivia sent a letter to Paraguay, condemning the shelling of the border post.", ("BOL", "PRY", "11")),
    ("Ghana sent a message to Togo proposing talks on the maritime border.", ("GHA", "TGO", "03")),
    ("Kenya sent a message to Somalia urging restraint along the frontier.", ("KEN", "SOM", "02")),
    ("Uruguay sent a letter to the United Nations accusing Argentina of polluting the river.", ("URY", "ARG", "11")),
    ("Chile sent Peru a note protesting the incursion.", ("CHL", "PER", "11")),
    ("Norway sent a letter protesting Russia's seizure of the trawler.", ("NOR", "RUS", "11")),
    ("Bangladeshi and Ecuadorian organizations issued statements condemning the Colombian air raid.",
     ("ECU", "COL", "11")),
])
def test_what_a_text_says_is_its_senders_act(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    assert event in _codes(coder, text), _codes(coder, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # the one addressed does not do what the text says
    ("Chile sent a note to Peru protesting the incursion of its fishing boats.", ("PER", "CHL", "11")),
    ("Ghana sent a message to Togo proposing talks on the maritime border.", ("TGO", "GHA", "03")),
    ("Uruguay sent a letter to the United Nations accusing Argentina of polluting the river.", ("IGO", "ARG", "11")),
])
def test_the_addressee_is_no_sender(coder: Coder, text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in _codes(coder, text), _codes(coder, text)


@pytest.mark.parametrize(("text", "absent"), [
    # a participle that does not follow the text's words: another clause, or an option weighed in talks
    ("Chile sent a note to Peru, which is protesting the incursion of Bolivian boats.", ("CHL", "BOL", "11")),
    ("Chile and Peru discussed sending a joint note condemning Bolivia.", ("CHL", "BOL", "11")),
    ("Chile sent a note to Peru and Bolivia is protesting the incursion.", ("CHL", "PER", "11")),
])
def test_only_the_texts_own_words(coder: Coder, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in _codes(coder, text), _codes(coder, text)


def test_several_senders_do_not_act_on_each_other(coder: Coder) -> None:
    codes = _codes(coder, "The parties of Nigeria and Ghana sent letters praising the Chilean president.")
    assert {("NGA", "CHL", "05"), ("GHA", "CHL", "05")} <= codes, codes
    assert not {("NGA", "GHA"), ("GHA", "NGA")} & {(s, t) for s, t, _ in codes}, codes


def test_a_plain_letter_stays_a_communication(coder: Coder) -> None:
    assert ("CHL", "PER", "04") in _codes(coder, "Chile sent a letter to Peru on Monday.")


@pytest.mark.parametrize(("text", "event"), [
    ("Pakistan on March 27 issued a statement denouncing India.", ("PAK", "IND", "11", dt.date(2012, 3, 27))),
    ("Peruvian organizations on Aug. 21 issued statements condemning the Chilean navy.",
     ("PER", "CHL", "11", dt.date(2011, 8, 21))),
    ("Chile on 27 March sent a note to Peru protesting the incursion.", ("CHL", "PER", "11", dt.date(2012, 3, 27))),
])
def test_the_day_of_sending_dates_the_texts_act(coder: Coder, text: str,
                                                event: tuple[str, str, str, dt.date]) -> None:
    assert event in _events(coder, text), _events(coder, text)


def test_a_count_before_a_noun_is_still_a_count(coder: Coder) -> None:
    # "27 missiles", "3 rounds of talks": a number before an act's word is a quantity, no day
    assert ("CHL", "PER", "19", DAY) in _events(coder, "Chile fired 27 missiles at Peru.")


@pytest.mark.parametrize(("text", "event"), [
    # "stand by" (050) skips one adjective between its words; a past participle before "by" is a passive's verb
    ("Chile's Stand Supported by Peruvian and Bolivian Parties.", ("PER", "CHL", "05")),
    ("Ghana's Position Backed by Kenyan Party.", ("KEN", "GHA", "05")),
])
def test_a_stand_supported_is_supported_by_the_agent(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    codes = _codes(coder, text)
    assert event in codes and (event[1], event[0], event[2]) not in codes, codes


@pytest.mark.parametrize(("text", "event"), [
    ("Chile stood by Peru.", ("CHL", "PER", "05")),
    ("Chile stood firmly by Peru during the crisis.", ("CHL", "PER", "05")),
])
def test_standing_by_stays(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    assert event in _codes(coder, text), _codes(coder, text)
