"""Whom a yielding act told with no target yields to, read from the rest of the article (sentences written for
these tests): a ceasefire aimed at the one state the article tells its doer in a hostile act with, when it tells
no fighting (coding.exchange), and sanctions eased aimed at the states the text told them imposed on
(coding._eased)."""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder

DAY = dt.date(2021, 3, 15)


def _events(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:3]) for found in coder.code_many(sentences, date=DAY)
            for e in found}


def _aimed(found: set[tuple[str, str, str]], source: str, code: str) -> set[str]:
    """The targets of ``source``'s acts of ``code`` that name one."""
    return {t for s, t, c in found if s == source and c == code and t != "---"}


# -- a ceasefire and the other side ------------------------------------------------------------------------------

def test_a_ceasefire_after_an_accusation_is_aimed_at_the_accuser(coder: Coder) -> None:
    found = _events(coder, ["Peru accused Ecuador of moving troops into the disputed valley.",
                            "Ecuador's president declared a unilateral ceasefire on Sunday."])
    assert ("ECU", "PER", "087") in found


def test_a_ceasefire_after_a_protest_is_aimed_at_the_protester(coder: Coder) -> None:
    found = _events(coder, ["Bolivia protested to Paraguay over the raids on its border posts.",
                            "Paraguay announced a truce along the frontier on Monday."])
    assert ("PRY", "BOL", "087") in found


def test_a_ceasefire_with_two_adversaries_has_no_target(coder: Coder) -> None:
    found = _events(coder, ["Peru condemned Chile and Bolivia over the border incidents.",
                            "Peru declared a truce on Friday."])
    assert ("PER", "---", "087") in found
    assert not _aimed(found, "PER", "087")


def test_a_ceasefire_of_a_doer_with_no_adversary_has_no_target(coder: Coder) -> None:
    found = _events(coder, ["Ecuador and Colombia signed a trade agreement on Friday.",
                            "Ecuador declared a ceasefire on Sunday."])
    assert not _aimed(found, "ECU", "087")


def test_a_withdrawal_is_no_ceasefire(coder: Coder) -> None:
    found = _events(coder, ["Peru accused Ecuador of moving troops into the disputed valley.",
                            "Ecuador withdrew on Sunday."])
    assert "PER" not in _aimed(found, "ECU", "087")


def test_a_ceasefire_to_come_is_no_easing_aimed_yet(coder: Coder) -> None:
    found = _events(coder, ["Peru accused Ecuador of moving troops into the disputed valley.",
                            "Ecuador will declare a ceasefire next week."])
    assert "PER" not in _aimed(found, "ECU", "087")


# -- sanctions eased and those imposed ---------------------------------------------------------------------------

def test_sanctions_lifted_are_those_imposed_before(coder: Coder) -> None:
    found = _events(coder, ["Canada imposed sanctions on Venezuela and Nicaragua after the elections in May.",
                            "Canada lifted most of the sanctions on Friday."])
    assert {("CAN", "VEN", "085"), ("CAN", "NIC", "085")} <= found


def test_those_sanctions_eased(coder: Coder) -> None:
    found = _events(coder, ["Australia imposed sanctions on Myanmar in 2018.",
                            "Canberra eased some of those sanctions on Tuesday."])
    assert ("AUS", "MMR", "085") in found


def test_sanctions_lifted_that_a_participle_tells_imposed(coder: Coder) -> None:
    found = _events(coder, ["Canada lifted most of the sanctions imposed on Venezuela after the elections."])
    assert ("CAN", "VEN", "085") in found


def test_sanctions_another_state_imposed_give_no_target(coder: Coder) -> None:
    found = _events(coder, ["Canada imposed sanctions on Venezuela in May.",
                            "Australia lifted its sanctions on Friday."])
    assert not _aimed(found, "AUS", "085")


def test_sanctions_imposed_long_before_give_no_target(coder: Coder) -> None:
    found = _events(coder, ["Canada imposed sanctions on Venezuela in May.",
                            "The elections were held in June.",
                            "Turnout was low in the capital.",
                            "Observers reported long queues.",
                            "The count took a week.",
                            "Canada lifted its sanctions on Friday."])
    assert not _aimed(found, "CAN", "085")
