"""Verb senses of diplomatic and wire prose (sentences written for these tests, none from an evaluation set).

Talking about a thing is a statement, not a consultation; a message, letter or gift received is no visit hosted;
seeking to do something is the intent to do it, no appeal; coordinating with a state is consulting it; a journey
told in the present ("goes to Lima for talks") is an intent to meet, told in the past it is the visit; what an
attempt, a bid, a need or an exercise is for has not happened. A decision a government takes and announces on
sanctions or relations is the act itself ("decided to lift sanctions on X" is 08, "decided to expel X's envoys" 16),
as is an easing announced as coming ("announced that sanctions would be lifted"); a decision to help stays a promise.
What one side says another should do is its appeal to it (02), what it says the other must do its demand (10). The
subject of a verb of suffering ("is suffering an attack by", "came under attack by") is the victim of the attack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from detente.coding import Coder

#: the conftest's country_coded fixture: (source country, target country, root, modality) of a sentence's events
CountryCoded = Callable[[str, dt.date], set[tuple[str, str, str, str]]]
DAY = dt.date(2020, 9, 16)


@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        ("The Chilean minister talked about the border dispute with Peru.", ("CHL", "PER", "01", "occurred"),
         ("CHL", "PER", "04", "occurred")),
        ("Kenyan officials are talking of new tariffs on Ugandan goods.", ("KEN", "UGA", "01", "occurred"),
         ("KEN", "UGA", "04", "occurred")),
        ("Chile talked with Peru on Tuesday.", ("CHL", "PER", "04", "occurred"), None),
        ("The Colombian president received a letter of congratulations from the Ecuadorian leader.", None,
         ("COL", "ECU", "04", "occurred")),
        ("The Colombian president received the Ecuadorian foreign minister.", ("COL", "ECU", "04", "occurred"), None),
        ("Vietnam seeks to boost cooperation with Laos.", ("VNM", "LAO", "03", "intended"),
         ("VNM", "LAO", "02", "occurred")),
        ("Vietnam sought support from Laos.", ("VNM", "LAO", "02", "occurred"), None),
        ("Norway will coordinate with Denmark.", ("NOR", "DNK", "03", "intended"), None),
        ("Norway coordinated closely with Denmark.", ("NOR", "DNK", "04", "occurred"), None),
        ("The Ghanaian envoy goes to Abuja for talks with Nigerian officials.", ("GHA", "NGA", "03", "intended"),
         ("GHA", "NGA", "04", "occurred")),
        ("The Ghanaian envoy is heading to Lome for talks with Togolese officials.", ("GHA", "TGO", "03", "intended"),
         None),
        ("The Ghanaian envoy flew to Abuja to meet Nigerian officials.", ("GHA", "NGA", "04", "occurred"), None),
        ("The United States will meet its treaty commitments to Japan.", ("USA", "JPN", "03", "intended"),
         ("USA", "JPN", "04", "intended")),
        ("Sweden received an invitation from Finland.", None, ("SWE", "FIN", "04", "occurred")),
        ("Iceland fulfilled its obligations to Norway.", ("ISL", "NOR", "03", "occurred"), None),
        ("The Chilean president described the talks with Peru as very productive.",
         ("CHL", "PER", "01", "occurred"), None),
        ("The Peruvian minister called the accord with Chile a first step in the right direction.",
         ("PER", "CHL", "01", "occurred"), None),
        ("The Peruvian minister described the Chilean drills as a provocation.", ("PER", "CHL", "11", "occurred"),
         None),
        # the subject of a verb of suffering is the victim of the attack named after it, not its doer
        ("Georgia is suffering a brutal attack by Russian troops.", ("RUS", "GEO", "19", "occurred"),
         ("GEO", "RUS", "19", "occurred")),
        ("The people of Moldova, as they endure a vicious attack by Russian forces, need our help.",
         ("RUS", "MDA", "19", "occurred"), None),
        ("Ethiopian soldiers repelled an assault by Eritrean troops near the border.", None,
         ("ETH", "ERI", "18", "occurred")),
        ("Syrian positions came under heavy attack by Turkish forces.", ("TUR", "SYR", "19", "occurred"),
         ("SYR", "TUR", "19", "occurred")),
        # the act a noun of promise introduces is promised by the promise's actor
        ("Canada has a firm commitment to defend Latvia.", ("CAN", "LVA", "03", "intended"), None),
        ("Japan expressed its readiness to help Nepal rebuild.", ("JPN", "NPL", "03", "intended"), None),
        # what one side says another should or must do is its appeal or its demand to that side
        ("Chile says the Security Council should condemn Peru.", ("CHL", "IGO", "02", "occurred"), None),
        ("Bolivian officials said Brazil ought to withdraw its troops.", ("BOL", "BRA", "02", "occurred"),
         ("BRA", "BOL", "08", "occurred")),
        ("Peru said Chile must pay for the damage.", ("PER", "CHL", "10", "occurred"),
         ("CHL", "PER", "10", "occurred")),
        ("Kenya said that Kenya and Uganda must settle the dispute together.", None, ("KEN", "UGA", "10", "occurred")),
        ("Japan said that if China should attack, it would respond.", None, ("JPN", "CHN", "02", "occurred")),
        # a decision on sanctions or relations, taken and announced, is the act; a decision to help is a promise
        ("Norway has decided to lift its sanctions on Belarus.", ("NOR", "BLR", "08", "occurred"),
         ("NOR", "BLR", "03", "occurred")),
        ("Canada decided on Tuesday to ease the embargo against Venezuela.", ("CAN", "VEN", "08", "occurred"),
         ("CAN", "VEN", "03", "intended")),
        ("The Australian government announced its decision to lift sanctions against Fiji.",
         ("AUS", "FJI", "08", "occurred"), ("AUS", "FJI", "03", "intended")),
        ("Switzerland decided to impose sanctions on Myanmar.", ("CHE", "MMR", "16", "occurred"),
         ("CHE", "MMR", "03", "occurred")),
        ("Latvia decided to expel two Russian diplomats.", ("LVA", "RUS", "16", "occurred"), None),
        # a decision to help or to meet is a promise; an appeal to lift sanctions is no decision
        ("Finland decided to send food aid to Yemen.", ("FIN", "YEM", "03", "occurred"),
         ("FIN", "YEM", "07", "occurred")),
        ("Brazil urged Washington to lift its sanctions on Cuba.", ("BRA", "USA", "02", "occurred"),
         ("USA", "CUB", "08", "occurred")),
        ("Norway will lift its sanctions on Belarus next month.", ("NOR", "BLR", "03", "intended"),
         ("NOR", "BLR", "08", "occurred")),
    ],
)
def test_senses(country_coded: CountryCoded, sentence: str, expected: tuple[str, str, str, str] | None,
                not_expected: tuple[str, str, str, str] | None) -> None:
    coded = country_coded(sentence, DAY)
    if expected is not None:
        assert expected in coded
    if not_expected is not None:
        assert not_expected not in coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Argentina staged a naval exercise to blockade the Uruguayan coast.",
        "Eritrea massed troops in a bid to occupy the Ethiopian border town.",
        "Serbian police tried to arrest Kosovar officials.",
        "The Belgian minister stressed the need to expel Russian diplomats.",
    ],
)
def test_what_an_attempt_or_exercise_is_for_did_not_happen(country_coded: CountryCoded, sentence: str) -> None:
    assert all(m == "hypothetical" for *_, c, m in country_coded(sentence, DAY) if c[:2] in ("16", "17", "19", "20"))


def test_a_stand_to_act_is_an_intent(country_coded: CountryCoded) -> None:
    assert ("MNG", "KAZ", "03", "intended") in country_coded(
        "Mongolia remains firm in its stand to implement the agreement with Kazakhstan.", DAY)


def test_an_easing_announced_as_coming_is_done_when_announced(shared_coder: Coder) -> None:
    events = shared_coder.code_sentence("Canada announced that the sanctions against Venezuela would be lifted.",
                                        date=DAY)
    toward = {(e.code[:2], e.modality) for e in events if e.target[:3] == "VEN"}
    assert ("08", "occurred") in toward
    assert not any(root == "03" for root, _ in toward)
