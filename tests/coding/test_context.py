"""Targets and actors that only the article's context gives: each class on short texts written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, split_sentences

DAY = dt.date(2021, 9, 7)


def _last(coder: Coder, text: str, root: str) -> set[tuple[str, str]]:
    """The (source, target) countries of the last sentence's events of ``root``."""
    found = coder.code_many(split_sentences(text), date=DAY)
    return {(e.source[:3], e.target[:3]) for e in found[-1] if e.code.startswith(root)}


def _all(coder: Coder, text: str, root: str) -> set[tuple[str, str]]:
    found = coder.code_many(split_sentences(text), date=DAY)
    return {(e.source[:3], e.target[:3]) for events in found for e in events if e.code.startswith(root)}


# -- an answer is aimed at the doer of the act it answers --------------------------------------------------------

@pytest.mark.parametrize(("text", "root", "pair"), [
    ("Malian soldiers shelled a village in Niger on Sunday. The government of Niger protested.", "11",
     ("NER", "MLI")),
    ("Iran seized an oil tanker in the Gulf on Friday. The British government condemned the seizure.", "11",
     ("GBR", "IRN")),
    ("Belarus expelled two Lithuanian diplomats on Monday. Lithuania severed relations.", "16", ("LTU", "BLR")),
    ("Armenian artillery shelled Azerbaijani positions on Sunday. Azerbaijan threatened a crushing response.", "13",
     ("AZE", "ARM")),
])
def test_an_answer_with_no_target_answers_the_last_doer(coder: Coder, text: str, root: str,
                                                         pair: tuple[str, str]) -> None:
    assert pair in _last(coder, text, root)


@pytest.mark.parametrize("text", [
    "North Korea fired a missile into the sea on Tuesday. The United States responded to the test, warning Pyongyang."
    " The UN chief condemned the test.",
    "Azerbaijani troops shelled Armenian villages on Sunday. France reacted to the shelling with concern."
    " Russia condemned the shelling.",
])
def test_the_doer_of_an_act_referred_to_is_not_one_who_answered_it(coder: Coder, text: str) -> None:
    targets = {t for _, t in _last(coder, text, "11")}
    assert targets and targets.isdisjoint({"USA", "FRA"}), targets


def test_an_answer_keeps_no_target_when_two_others_acted(coder: Coder) -> None:
    text = ("Serbian and Hungarian police detained migrants on Monday. Austria condemned the detentions.")
    assert all(t == "---" for _, t in _last(coder, text, "11"))


def test_an_answer_naming_another_actor_takes_nothing_from_before(coder: Coder) -> None:
    # the sentence names Kenya beside the source: the reading of the sentence stands, no target is inherited
    text = "Ethiopia closed its border on Tuesday. Somalia criticised the decision in a letter to Kenya."
    assert ("SOM", "ETH") not in _last(coder, text, "11")


def test_a_statement_told_before_is_no_act_answered(coder: Coder) -> None:
    text = "Chile said on Monday it would review the treaty. Bolivia condemned the plan."
    assert ("BOL", "CHL") not in _last(coder, text, "11")


# -- the two sides are states, not the body that urges them ------------------------------------------------------

@pytest.mark.parametrize(("text", "root"), [
    ("Sudan and Chad traded accusations over the border raids. The UN Security Council urged both sides to end "
     "the raids.", "02"),
    ("Sudan and Chad traded accusations over the border raids. The African Union called on both countries to show "
     "restraint.", "02"),
])
def test_both_sides_are_the_two_states_not_the_organisation(coder: Coder, text: str, root: str) -> None:
    assert {target for _, target in _last(coder, text, root)} == {"SDN", "TCD"}


def test_the_two_countries_agreeing_on_their_own_embassies_act_on_each_other(coder: Coder) -> None:
    text = ("Nicaragua and Costa Rica signed a border accord on Tuesday. The two countries also agreed to reopen "
            "their embassies.")
    assert {("NIC", "CRI"), ("CRI", "NIC")} <= _last(coder, text, "03")


# -- fighting between two sides is each side's ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fighting between Armenia and Azerbaijan resumed on Tuesday.",
    "Heavy clashes between Thai and Cambodian troops broke out near the temple on Tuesday.",
])
def test_fighting_between_two_sides_is_mutual(coder: Coder, text: str) -> None:
    pairs = _all(coder, text, "19")
    assert len(pairs) == 2 and all(s != t and "---" not in (s, t) for s, t in pairs), pairs


# -- "his counterpart": the one other country of the context -----------------------------------------------------

def test_a_counterpart_is_the_other_country_of_the_context(coder: Coder) -> None:
    text = ("Tensions between Greece and Turkey have risen over drilling rights. The Greek foreign minister met "
            "his counterpart in Ankara on Thursday.")
    assert ("GRC", "TUR") in _last(coder, text, "04")


def test_a_counterpart_among_several_countries_stays_unresolved(coder: Coder) -> None:
    text = ("Greece, Cyprus and Turkey dispute the drilling rights. The Greek foreign minister met his counterpart "
            "on Thursday.")
    assert all(t in ("---", "GRC") for _, t in _last(coder, text, "04"))


def test_a_counterpart_with_a_nationality_keeps_it(coder: Coder) -> None:
    text = ("Greece and Turkey dispute the drilling rights. The Greek foreign minister met his Egyptian "
            "counterpart on Thursday.")
    assert ("GRC", "EGY") in _last(coder, text, "04")


# -- "both countries" are the pair the article told acting together ------------------------------------------------

def test_both_countries_are_the_pair_that_acted_together_not_the_last_two_named(coder: Coder) -> None:
    # the last two countries named are Qatar (the reporter) and Bahrain; the pair told acting is Sudan and Chad
    text = ("Sudan and Chad have agreed to hold border talks, the Qatari foreign ministry said on Monday. "
            "Both countries condemned the raids by Bahraini mercenaries.")
    sources = {s for s, _ in _last(coder, text, "11")}
    assert sources == {"SDN", "TCD"}, sources


def test_officials_of_both_countries_are_each_countrys(coder: Coder) -> None:
    text = ("Sudan and Chad have agreed to hold border talks, the Qatari foreign ministry said on Monday. "
            "The defence ministers of both countries accepted Egypt's invitation to meet in Cairo.")
    assert {("SDN", "EGY"), ("TCD", "EGY")} <= _last(coder, text, "03")


# -- within the sentence: the party a meeting is held with, named on the verb after it -------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("The Mongolian premier met and had a conversation with a delegation of the Japanese Foreign Ministry led by "
     "its vice-minister.", ("MNG", "JPN")),
    ("The Laotian Foreign Minister met and had a talk with a delegation of the Thai Commerce Ministry which "
     "arrived on Monday.", ("LAO", "THA")),
])
def test_met_and_held_talks_with_names_the_party(coder: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in _all(coder, text, "04")


@pytest.mark.parametrize(("text", "root", "pair"), [
    ("Ethiopia severed ties with neighboring Eritrea in 1998.", "16", ("ETH", "ERI")),
    ("Chile severed relations with neighbouring Peru on Monday.", "16", ("CHL", "PER")),
])
def test_a_neighbouring_country_is_the_target_not_a_clause(coder: Coder, text: str, root: str,
                                                           pair: tuple[str, str]) -> None:
    assert pair in _all(coder, text, root)


# -- "the two countries" a statement speaks of are others than its own voice ---------------------------------------

@pytest.mark.parametrize(("text", "root", "pairs"), [
    ("The Government of Canada welcomes the accord signed between Chile and Bolivia on Monday. We commend the two "
     "countries' decision to resume talks.", "05", {("CAN", "CHL"), ("CAN", "BOL")}),
    ("Norway welcomes the border agreement reached between Ghana and Togo. We urge both sides to hold talks on the "
     "remaining issues.", "02", {("NOR", "GHA"), ("NOR", "TGO")}),
])
def test_the_two_countries_a_statement_speaks_of_are_others_than_its_voice(coder: Coder, text: str, root: str,
                                                                          pairs: set[tuple[str, str]]) -> None:
    assert _last(coder, text, root) == pairs


def test_the_two_countries_that_include_the_voice_stay_its_own(coder: Coder) -> None:
    # the voice is one of the two that acted: "both countries" are Chile and Canada
    text = ("Canada and Chile signed a trade accord on Monday. Both countries agreed to hold talks on fisheries "
            "next month.")
    assert {("CAN", "CHL"), ("CHL", "CAN")} <= _last(coder, text, "03")


# -- "they": one actor named in the plural ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "root", "pair"), [
    ("Eritrean officials say fierce battles continue along the front. They accuse Ethiopia of shelling civilian "
     "areas.", "11", ("ERI", "ETH")),
    ("North Korean diplomats met U.S. officials in Stockholm on Monday. They rejected the American proposal.", "12",
     ("PRK", "USA")),
    ("The North Koreans walked out of the talks in Geneva. They blamed the United States for the failure.", "11",
     ("PRK", "USA")),
])
def test_they_stands_for_one_actor_named_in_the_plural(coder: Coder, text: str, root: str,
                                                       pair: tuple[str, str]) -> None:
    assert _last(coder, text, root) == {pair}


def test_they_after_one_state_named_in_the_singular_stays_unresolved(coder: Coder) -> None:
    # "Ethiopia" is no group: "they" has no antecedent among the subjects
    text = "Ethiopia says fierce battles continue along the front. They accuse Eritrea of shelling civilian areas."
    assert all(s != "ETH" for s, _ in _last(coder, text, "11"))


# -- a text an actor issued speaks for it when named again ----------------------------------------------------------

@pytest.mark.parametrize(("text", "root", "pair"), [
    ("Chile filed a complaint with the Security Council on Monday over the incursion. The complaint accused Bolivia "
     "of violating its sovereignty.", "11", ("CHL", "BOL")),
    ("Egypt's Foreign Ministry issued a statement on Tuesday. The statement demanded that Israel withdraw its "
     "troops.", "10", ("EGY", "ISR")),
    ("The Security Council adopted a resolution on the border war on Friday. The resolution urged Eritrea to "
     "withdraw its forces.", "02", ("IGO", "ERI")),
])
def test_a_statement_named_again_speaks_for_its_issuer(coder: Coder, text: str, root: str,
                                                       pair: tuple[str, str]) -> None:
    assert pair in _last(coder, text, root)


def test_a_statement_with_an_author_of_its_own_keeps_it(coder: Coder) -> None:
    text = ("Chile issued a statement on Monday. The statement by the Peruvian foreign ministry accused Bolivia of "
            "violating the accord.")
    assert all(s != "CHL" for s, _ in _last(coder, text, "11"))


# -- one present at the meeting meets its parties, however far back the meeting was told ---------------------------

def test_an_attendee_meets_the_parties_of_a_meeting_told_several_sentences_before(coder: Coder) -> None:
    text = ("The presidents of Chile and Bolivia met on Monday in La Paz. The talks lasted three hours. Reporters "
            "waited outside the palace. The weather was cold. Crowds gathered in the square. Also present at the "
            "meeting was the Peruvian foreign minister.")
    assert _last(coder, text, "04") == {("PER", "BOL"), ("PER", "CHL")}


# -- a complaint lodged with an organisation is aimed at the state it is about ---------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Chile lodged a protest with the United Nations over the Bolivian incursion.", ("CHL", "BOL")),
    ("Peru complained to the Security Council on Friday about Ecuador's troop movements.", ("PER", "ECU")),
    ("Ghana filed a complaint with the African Union against Togo's border closure.", ("GHA", "TGO")),
])
def test_a_complaint_to_an_organisation_is_aimed_at_the_state_it_is_about(coder: Coder, text: str,
                                                                          pair: tuple[str, str]) -> None:
    assert _last(coder, text, "11") == {pair}


def test_a_complaint_to_an_organisation_about_no_state_stays_aimed_at_it(coder: Coder) -> None:
    assert _last(coder, "Peru complained to the Security Council about the delays.", "11") == {("PER", "IGO")}
