"""Targets an article gives to acts told with none (coding/exchange.py, coding/answers.py): the two sides of a
conflict a third party speaks to, the other side of talks a request is made at, the accuser a denial answers.
Each class on short texts written for it, and the cases where no target may be given."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, split_sentences
from detente.coding.exchange import exchange_targets, party
from detente.model import Event

DAY = dt.date(2021, 9, 7)


def _told_last(coder: Coder, text: str) -> list[Event]:
    """The events of the text's last sentence, read with the sentences before it."""
    return coder.code_many(split_sentences(text), date=DAY)[-1]


def _last(coder: Coder, text: str, root: str) -> set[tuple[str, str]]:
    return {(e.source[:3], e.target[:3]) for e in _told_last(coder, text) if e.code.startswith(root)}


# -- a third party speaking of ending a conflict speaks to both its sides -----------------------------------------

@pytest.mark.parametrize(("text", "root", "pairs"), [
    # the two sides told acting on each other, then a call for an end to the fighting
    ("Armenian troops shelled Azerbaijani villages on Monday. Azerbaijani forces fired on Armenian positions in "
     "response. Russia called for an immediate halt to the fighting.", "02", {("RUS", "ARM"), ("RUS", "AZE")}),
    # talks between the sides, then encouragement toward normalisation
    ("Serbian and Kosovar negotiators held talks in Brussels on Monday. Kosovo and Serbia agreed to exchange liaison "
     "officers. Germany encouraged further progress toward normalization.", "02", {("DEU", "SRB"), ("DEU", "KSV")}),
    # the speaker addressed the two sides alone: an offer to help settle their dispute is made to both
    ("Norway urged Chile to show restraint. Norway also urged Bolivia to show restraint. Norway stands ready to help "
     "settle the border dispute.", "03", {("NOR", "CHL"), ("NOR", "BOL")}),
])
def test_third_party_speaks_to_both_sides(shared_coder: Coder, text: str, root: str,
                                          pairs: set[tuple[str, str]]) -> None:
    assert _last(shared_coder, text, root) == pairs


@pytest.mark.parametrize("text", [
    # what is said to the world is aimed at no one
    "Armenian troops shelled Azerbaijani villages on Monday. Azerbaijani forces fired on Armenian positions in "
    "response. Russia called on the international community to help end the fighting.",
    # a third state named in the sentence and left out by its reading: no target to replace
    "Armenian troops shelled Azerbaijani villages on Monday. Azerbaijani forces fired on Armenian positions in "
    "response. Russia called for a halt to the fighting that Iran has fueled.",
    # two pairs told as often: which dispute is meant is not known
    "Armenian troops shelled Azerbaijani villages. Azerbaijani forces fired on Armenian positions. Indian troops "
    "shelled Pakistani posts. Pakistani forces fired on Indian positions. Russia called for a halt to the fighting.",
    # one side acting on the other only: no pair told acting on each other
    "Armenian troops shelled Azerbaijani villages on Monday. Russia called for a halt to the fighting.",
    # nothing said of ending or settling a conflict
    "Armenian troops shelled Azerbaijani villages on Monday. Azerbaijani forces fired on Armenian positions in "
    "response. Russia called for more trade.",
])
def test_no_sides_given(shared_coder: Coder, text: str) -> None:
    assert all(e.target == "---" or e.target[:3] not in ("ARM", "AZE") for e in _told_last(shared_coder, text)
               if e.source.startswith("RUS"))


def test_a_side_calling_for_an_end_is_no_third_party(shared_coder: Coder) -> None:
    text = ("Armenian troops shelled Azerbaijani villages on Monday. Azerbaijani forces fired on Armenian positions "
            "in response. Armenia called for a halt to the fighting.")
    assert ("ARM", "ARM") not in _last(shared_coder, text, "02")
    assert all(target == "---" for _, target in _last(shared_coder, text, "02"))


# -- a request of one side of talks is made at the other side ------------------------------------------------------

def test_request_at_talks_is_made_at_the_other_side(shared_coder: Coder) -> None:
    text = ("South Korean and North Korean delegates met in Beijing on Monday. North Korea asked for 100,000 tons of "
            "rice.")
    assert _last(shared_coder, text, "02") == {("PRK", "KOR")}


@pytest.mark.parametrize("text", [
    # the doer deals with two states: whom it asked is not known
    "South Korean and North Korean delegates met in Beijing on Monday. North Korean officials also met Chinese "
    "diplomats. North Korea asked for 100,000 tons of rice.",
    # an appeal to others, not a request told as one
    "South Korean and North Korean delegates met in Beijing on Monday. North Korea called on its workers to raise "
    "output.",
    # no meeting between them in the sentences before
    "South Korea criticized North Korea in January. The weather was cold. Trade fell. Prices rose. North Korea asked "
    "for 100,000 tons of rice.",
])
def test_no_other_side_given(shared_coder: Coder, text: str) -> None:
    assert all(not e.target.startswith(("KOR", "CHN")) for e in _told_last(shared_coder, text)
               if e.code.startswith("02"))


def test_asked_for_is_no_headline_passive(shared_coder: Coder) -> None:
    """"X asked for Y": X asks; "X asked to Y" in a headline stays X being asked."""
    assert {(e.source[:3], e.target) for e in shared_coder.code_sentence("Bolivia asked for 50,000 tons of wheat.",
                                                                   date=DAY)} == {("BOL", "---")}
    assert {(e.source[:3], e.target) for e in shared_coder.code_sentence("Chile pressed for a ceasefire.", date=DAY)} \
        == {("CHL", "---")}


# -- a denial answers the accusation before it ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru accused Chile of shelling its border posts on Monday. Chile denied the charge.",
    "Peru accused Chile of shelling its border posts. Chile denied that its troops had fired.",
])
def test_denial_answers_the_accuser(shared_coder: Coder, text: str) -> None:
    assert _last(shared_coder, text, "016") == {("CHL", "PER")}


def test_denial_with_no_accuser_has_no_target(shared_coder: Coder) -> None:
    assert _last(shared_coder, "The weather was fine. Chile denied the reports on Monday.", "016") <= {("CHL", "---")}


# -- the pass itself, on events -------------------------------------------------------------------------------------

def _event(source: str, target: str, code: str, sentence: str = "", modality: str = "occurred") -> Event:
    return Event(DAY, source, target, code, sentence=sentence, modality=modality)


def test_pass_keeps_acts_that_did_not_happen() -> None:
    coded = [[_event("ARM", "AZE", "190"), _event("AZE", "ARM", "190")],
             [_event("RUS", "---", "020", "if needed Russia would call for a ceasefire", "hypothetical")]]
    assert exchange_targets(coded, [set(), set()])[1][0].target == "---"


def test_pass_keeps_a_target_without_country() -> None:
    """"urged the government to end the fighting": the reading named whom; a role with no country stays."""
    coded = [[_event("ARM", "AZE", "190"), _event("AZE", "ARM", "190")],
             [_event("RUS", "---GOV", "020", "Russia urged the government to end the fighting")]]
    assert exchange_targets(coded, [set(), set()])[1][0].target == "---GOV"


def test_pass_aims_at_the_side_as_a_whole() -> None:
    """The side is the state, not the role of it another sentence named ("Armenian troops")."""
    coded = [[_event("ARMMIL", "AZEGOV", "190"), _event("AZEMIL", "ARMGOV", "190")],
             [_event("RUS", "---", "020", "Russia called for a truce")]]
    assert sorted((e.target, e.target_name) for e in exchange_targets(coded, [set(), {"RUS"}])[1]) \
        == [("ARM", None), ("AZE", None)]


def test_party() -> None:
    assert party("USAGOV") == "USA"
    assert party("IGOUNOIAE") == "IGOUNO"
    assert party("---GOV") is None
