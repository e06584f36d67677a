"""Acts a sentence names without telling that they happened, by class of sense (sentences written for these tests,
none from an evaluation set; docs/coder.md, "Needs, topics, hindrances and forecasts of talks").

What a noun of need asks of another ("the need for Armenia to sign"), what was a topic of talks ("among the issues
raised was the fact that ..."), what a verb hinders or helps or a prospect looks to through a noun of its beginning
("complicates the resumption of talks"), the gerunds listed after a noun of need, what one is kept from doing
("prevent the officials from meeting") and what talks "will produce" are no acts told: the coder codes none of them
as done. The guards beside each class are acts told that must stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._text import tokenize
from detente.coding._untold import hindered, kept_from, listed_prospect, need_for, prospect_of, topical, will_yield
from detente.coding.coder import reported_act

DAY = dt.date(2024, 3, 19)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def told(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country or ---, code) of each act the sentence tells as done."""
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e) and e.modality == "occurred"}


def low(sentence: str) -> list[str]:
    return [t.lower() for t in tokenize(sentence)]


# -- acts named, not told ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "root", "pair"),
    [
        # what a noun of need or worth asks of another
        ("Lavrov stressed the need for Georgia to withdraw its troops from South Ossetia.", "08", "GEO"),
        ("The need for Armenia to sign the peace treaty with Azerbaijan was also raised.", "05", "ARM"),
        ("The minister underlined the importance for Serbia to recognize Kosovo.", "05", "SRB"),
        # a topic of talks told after "the fact that"
        ("Among the issues raised was the fact that Sudan had expelled Chadian diplomats.", "16", "SDN"),
        ("Topics discussed included the fact that Venezuela had seized a Guyanese fishing boat.", "17", "VEN"),
        # what is hindered or looked to through a noun of its beginning
        ("The border clashes complicate the resumption of talks between Ethiopia and Eritrea.", "04", "ETH"),
        ("The shelling jeopardizes the signing of the accord between Armenia and Azerbaijan.", "05", "ARM"),
        ("The Russian side stressed the importance of creating conditions for an early resumption of direct talks "
         "between Serbia and Kosovo.", "04", "SRB"),
        ("Moscow emphasized the need to create conditions for the swift resumption of negotiations between Israel "
         "and Syria.", "04", "ISR"),
        # an act a noun of need looks to, with the parties between, and its purpose
        ("They talked about Sudan, the importance of Chadian and Libyan coordination to support the transition "
         "there, she said.", "05", "TCD"),
        # gerunds listed after a noun of need
        ("Norway underscored the urgency of ending the blockade, reopening the crossings and returning the Ukrainian "
         "prisoners held by Russia.", "08", "NOR"),
        # what one is kept, or not kept, from doing
        ("The storm kept the Indian envoy from meeting Pakistani officials in Geneva.", "04", "---"),
        # what talks will bring about
        ("The talks between Serbia and Kosovo will produce a deal on license plates.", "04", "SRB"),
    ],
)
def test_act_named_but_not_told_is_not_coded_as_done(coder: Coder, sentence: str, root: str, pair: str) -> None:
    acts = told(coder, sentence)
    assert not any(code[:2] == root and pair in (source, target) for source, target, code in acts), acts


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("Sudan expelled Chadian diplomats on Monday.", ("SDN", "TCD", "166")),
        ("Greece welcomed the resumption of talks between Turkey and Cyprus.", ("TUR", "CYP", "040")),
        ("The rains delayed the talks between Egypt and Ethiopia.", ("EGY", "ETH", "040")),
        ("The talks between Serbia and Kosovo produced a deal on license plates.", ("SRB", "KSV", "040")),
        ("Greece withdrew from the talks with Turkey.", ("GRC", "TUR", "164")),
    ],
)
def test_acts_told_stay(coder: Coder, sentence: str, act: tuple[str, str, str]) -> None:
    assert act in told(coder, sentence)


def test_talks_that_will_resume_stay_set_for_later(coder: Coder) -> None:
    events = coder.code_sentence("The talks between Kenya and Somalia will resume on Monday.", date=DAY)
    assert {(e.source[:3], e.target[:3], e.code, e.modality) for e in events if reported_act(e)} >= {
        ("KEN", "SOM", "036", "intended")}


# -- the readings alone --------------------------------------------------------------------------------------------

def _at(words: list[str], word: str, nth: int = 0) -> int:
    return [k for k, w in enumerate(words) if w == word][nth]


def test_need_for_reads_the_infinitive_after_a_noun_of_need_and_for() -> None:
    words = low("Kyiv repeated its calls for Moscow to withdraw its forces.")
    assert need_for(words, _at(words, "withdraw"))
    words = low("Chile voted for Peru to host the summit.")
    assert not need_for(words, _at(words, "host"))  # "voted for": no noun of need
    words = low("The need for security, to be sure, led Peru to close the border.")
    assert not need_for(words, _at(words, "close"))  # a comma ends the reach


def test_prospect_of_reads_the_act_a_few_words_after_a_noun_of_need() -> None:
    words = low("The talks raised hopes for a Greek-Turkish summit.")
    assert prospect_of(words, _at(words, "summit"))
    words = low("In view of the Israeli attack on Gaza, Egypt recalled its envoy.")
    assert not prospect_of(words, _at(words, "attack"))  # "view" looks to nothing: the attack happened
    words = low("They stressed the importance of the Greek-Turkish summit.")
    assert not prospect_of(words, _at(words, "summit"))  # "the": a known summit, told as it is


def test_topical_needs_a_topic_talked_of_before_the_fact() -> None:
    words = low("Among the matters addressed was the fact that Iraq had shelled Kuwaiti posts.")
    assert topical(words, _at(words, "shelled"))
    words = low("He was pleased with the fact that Iraq had returned Kuwaiti archives.")
    assert not topical(words, _at(words, "returned"))  # no topic, no talk: the act is told


def test_hindered_needs_a_noun_of_beginning_after_the_verb_or_the_prospect() -> None:
    words = low("The raids hampered the reopening of talks with Qatar.")
    assert hindered(words, _at(words, "talks"))
    words = low("The raids hampered talks with Qatar.")
    assert not hindered(words, _at(words, "talks"))  # talks hampered may be under way
    words = low("Oman hosted the resumption of talks with Qatar.")
    assert not hindered(words, _at(words, "talks"))  # hosting is no hindrance: the talks resumed


def test_listed_prospect_follows_the_list_back_to_its_noun_of_need() -> None:
    words = low("She stressed the importance of freezing settlements and resuming talks with Jordan.")
    assert listed_prospect(words, _at(words, "resuming"))
    words = low("Israel kept freezing settlements and resumed talks with Jordan.")
    assert not listed_prospect(words, _at(words, "resumed"))


def test_kept_from_needs_a_verb_of_keeping_before_from() -> None:
    words = low("Nothing prevents the two sides from meeting again.")
    assert kept_from(words, _at(words, "meeting"))
    words = low("Envoys from Chad arrived from meeting the Sudanese.")
    assert not kept_from(words, _at(words, "meeting"))


def test_will_yield_reads_the_fruit_of_an_event_named_with_the() -> None:
    words = low("The summit between Japan and China will yield a trade pact.")
    assert will_yield(words, _at(words, "summit"))
    words = low("Xi's visit to Japan will produce a pact.")
    assert not will_yield(words, _at(words, "visit"))  # a possessive: a known visit
    words = low("The summit between Japan and China will open on Monday.")
    assert not will_yield(words, _at(words, "summit"))  # a time, not a fruit: set for later
