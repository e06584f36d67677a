"""Sense and polarity: the verb's reading that CAMEO codes, each on sentences written for its pattern."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2020, 6, 1)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code) for e in coder.code_sentence(text, date=DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    # a vow of retaliation is a threat, never an intent to cooperate; a hypothetical attack ("any attack") is none
    ("The president of Chile vowed a crushing response to any attack by Peru.", {("CHLGOV", "PER", "130")}),
    ("Egypt vowed swift retaliation against Sudan.", {("EGY", "SDN", "130")}),
    ("Kenya pledged revenge against Somalia.", {("KEN", "SOM", "130")}),
    # easing pressure is a concession, not coercion
    ("Canberra eased pressure on Jakarta.", {("AUSGOV", "IDNGOV", "080")}),
    # walking out of or away from talks halts negotiations; it is no intention to meet
    ("The Indian foreign minister walked out of the meeting with Pakistan.", {("INDGOV", "PAK", "164")}),
    ("Iran walked away from talks with France.", {("IRN", "FRA", "164")}),
    # a state's protest is a diplomatic complaint (114); people in the street demonstrate (14)
    ("China protested to Japan over the visit.", {("CHN", "JPN", "114")}),
    ("Students protested against the United States.", {("---EDU", "USA", "140")}),
])
def test_sense_and_polarity(coder: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _coded(coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # concern about another state's act is disapproval (11); describing an act as a provocation is criticism,
    # describing talks as productive a comment (01)
    ("Chile is seriously concerned about Peru's decision to expel its diplomats.", ("CHL", "PER", "111")),
    ("Chile has profound concerns regarding Peruvian behavior.", ("CHL", "PER", "111")),
    ("Peru described Chile's naval drills as a dangerous provocation.", ("PER", "CHL", "111")),
    # praise told as a description is an optimistic comment (013, root 01), never a criticism
    ("Peru described the talks with Chile as very productive.", ("PER", "CHL", "013")),
    ("Chile called the Peruvian launch a grave provocation.", ("CHL", "PER", "111")),
    # a commitment or support reaffirmed is an intent to cooperate (03), not a statement (01)
    ("Chile reaffirmed a firm commitment to Peru.", ("CHL", "PER", "030")),
    ("Chile reiterated strong support for Peru.", ("CHL", "PER", "032")),
    # a promise of force held over another state is a threat
    ("Chile would hold Peru fully accountable for any attack.", ("CHL", "PER", "130")),
    ("Chile holds Peru accountable for the attack.", ("CHL", "PER", "112")),
    # missiles launched against a state's forces and an artillery attack are conventional force (19), not an
    # assault (18) and not a show of force (15)
    ("Peru launched a dozen missiles against Chilean forces.", ("PER", "CHLMIL", "195")),
    ("The Peruvian artillery attack on the Chilean island killed two.", ("PER", "CHL", "194")),
    # accepting a proposal of talks is an intent to meet
    ("Peru accepted the Chilean proposal for holding talks.", ("PER", "CHL", "036")),
    ("Chile imposed severe economic costs on Peru.", ("CHL", "PER", "163")),
])
def test_sense_of_diplomatic_phrases(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, text)


@pytest.mark.parametrize(("text", "absent"), [
    # a capitalised month in a sentence full of names is a month, not a march
    ("North Korea arrested Ling and Lee in March.", "141"),
    # demonstrating a quality is no demonstration; a threat posed is no threat made; a plan executed kills nobody
    ("Chile and Peru demonstrated their commitment to the ceasefire.", "141"),
    ("The Peruvian launches pose a grave threat to Chile.", "130"),
    ("Chile executed its plan to reopen the border with Peru.", "180"),
    # sanctions and exercises aimed at a state attack nobody
    ("The sanctions against Peru are not targeting Peruvian civilians.", "180"),
])
def test_words_that_are_no_such_act(coder: Coder, text: str, absent: str) -> None:
    assert absent not in {code for _, _, code in _coded(coder, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # what a state weighs, asks for or demands is not done: the consideration (014), the appeal (02) or the demand
    # (10) alone
    ("For its part, Chile is considering several measures to lift sanctions on Peru.", {"014"}),
    ("Japan is considering sending aid to Peru.", {"014"}),
    ("Chile demanded that Peru apologize for the incursion.", {"100"}),
    ("Chile demanded Peru immediately cancel the plan to sell arms to Bolivia.", {"105"}),
    # the complement ends with its clause
    ("Chile considered the proposal and then met Peru.", {"014", "044"}),
    ("Chile urged Peru to meet Bolivia after Peru attacked Bolivia.", {"020", "190"}),
])
def test_what_is_weighed_or_asked_is_no_act(coder: Coder, text: str, expected: set[str]) -> None:
    assert {code for _, _, code in _coded(coder, text)} == expected


def test_a_commitment_to_act_is_an_intent(coder: Coder) -> None:
    events = coder.code_sentence("Chile has an unshakable commitment to protect Peru.", date=DAY)
    assert ("CHL", "PER", "033", "intended") in {(e.source, e.target, e.code, e.modality) for e in events}
    assert not any(e.code.startswith("07") for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # the words of diplomatic prose: discussions and dialogue are consultations, an embassy opened a recognition,
    # an assurance an intent, working together cooperation (an intent when announced)
    ("Chile held discussions with Peru on the border.", ("CHL", "PER", "040")),
    ("Chile opened an embassy in Peru.", ("CHL", "PERGOV", "054")),
    ("Chile will continue to work closely with Peru.", ("CHL", "PER", "030")),
    ("Chile's foreign minister said he would like to one day visit Peru.", ("CHLGOV", "PER", "036")),
    # a statement delivered is said, not aid delivered
    ("The Chilean president delivered a statement on Peru.", ("CHLGOV", "PER", "010")),
])
def test_words_of_diplomatic_prose(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, text)


@pytest.mark.parametrize(("text", "absent"), [
    # an envoy back from a trip releases nobody; a past participle before its noun is an adjective
    ("The Chilean envoy returned from Lima on Monday.", "084"),
    ("Peru accused Chile of violating the agreed framework.", "019"),
    ("Peru accused Chile of violating the agreed framework.", "030"),
    ("The Chilean president delivered a statement on Peru.", "070"),
    # what is discussed is not done
    ("Chile and Peru are discussing opening liaison offices.", "054"),
])
def test_more_words_that_are_no_such_act(coder: Coder, text: str, absent: str) -> None:
    assert absent not in {code for _, _, code in _coded(coder, text)}


def test_an_intent_told_as_done_and_as_announced_is_one_event() -> None:
    from detente.coding.article import merge_events
    from detente.model import Event

    promised = Event(DAY, "CHL", "PER", "033", sentence="Chile promised aid to Peru.", modality="occurred")
    announced = Event(DAY, "CHLGOV", "PER", "033", sentence="Chile will send aid to Peru.", modality="intended")
    met = Event(DAY, "CHL", "PER", "044", sentence="Chile met Peru.", modality="occurred")
    planned = Event(DAY, "CHL", "PER", "044", sentence="Chile may meet Peru.", modality="hypothetical")
    merged = merge_events([promised, announced, met, planned])
    assert sorted((e.code, e.mentions) for e in merged) == [("033", 2), ("044", 1), ("044", 1)]


@pytest.mark.parametrize(("text", "expected"), [
    # a report that calls another state's act a violation or a provocation is a criticism of that state
    ("The Chilean spokesman said the Peruvian test was a clear violation of the accord.", ("CHLGOV", "PER", "111")),
    # a state's armed attack is conventional force (19); militants and militias assault (18)
    ("Peru attacked Chilean positions near the border.", ("PER", "CHL", "190")),
    ("Militants attacked Chilean troops.", ("---REB", "CHLMIL", "180")),
    # one side's joint drills held around another state are a show of force toward it; two sides' joint drills
    # are military cooperation
    ("The Peruvian navy held joint military drills around the Chilean islands.", ("PERMIL", "CHL", "150")),
    # refusing to accept interference rejects it; a treaty declared void is rejected
    ("Peru will not accept any interference in its internal affairs by Chile.", ("PER", "CHL", "124")),
    ("Peru declared the treaty with Chile null and void.", ("PER", "CHL", "127")),
    # confronting with evidence is an accusation
    ("Chile confronted Peruvian officials with evidence of the program.", ("CHL", "PERGOV", "112")),
    # reaching out, staying in touch: consultations (an intent to meet when announced)
    ("Chile reached out to Peru on Monday.", ("CHL", "PER", "040")),
    ("Chile will stay in close touch with Peru.", ("CHL", "PER", "036")),
])
def test_judgements_attacks_and_contacts(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, text)


def test_a_plain_report_stays_a_statement(coder: Coder) -> None:
    assert ("CHL", "---", "010") in _coded(coder, "Chile said Peru is ready for talks.")
    assert not any(code == "111" for _, _, code in _coded(coder, "Chile said Peru is ready for talks."))


@pytest.mark.parametrize("text", [
    "The State Department summoned the Peruvian ambassador.",
    "The Pentagon condemned the Peruvian launch.",
])
def test_the_executive_departments_of_the_united_states_speak_for_its_government(coder: Coder, text: str) -> None:
    assert any(source == "USAGOV" and target.startswith("PER") for source, target, _ in _coded(coder, text))


@pytest.mark.parametrize(("text", "absent"), [
    # a topic after "on", "about", "over", "regarding", and what is coordinated with it, is a noun, no act
    ("Chile is easing restrictions on Chilean trade and finance with Peru.", "061"),
    ("Chile is easing restrictions on Chilean trade and finance with Peru.", "071"),
    # "in return for" returns nothing
    ("Chile eased sanctions on Peru in return for a pledge by Lima.", "084"),
])
def test_topics_and_fixed_phrases_are_no_acts(coder: Coder, text: str, absent: str) -> None:
    assert absent not in {code for _, _, code in _coded(coder, text)}


def test_a_verb_after_a_condemned_act_is_still_a_verb(coder: Coder) -> None:
    coded = _coded(coder, "Chile strongly condemns this attack and calls on Peru to halt its action.")
    assert ("CHL", "PER", "020") in coded or ("CHL", "PER", "025") in coded


def test_refraining_negates_and_any_thing_a_state_does_is_hypothetical(coder: Coder) -> None:
    events = coder.code_sentence("Chile will continue to refrain from testing missiles near Peru.", date=DAY)
    assert {e.modality for e in events} == {"negated"}
    events = coder.code_sentence("Chile is monitoring any materials that Peru provides to Bolivia.", date=DAY)
    assert events and {e.modality for e in events} == {"hypothetical"}


def test_a_hyphenated_modifier_does_not_hide_a_topic(coder: Coder) -> None:
    coded = _coded(coder, "Chile is easing restrictions on cross-border trade with Peru.")
    assert "061" not in {code for _, _, code in coded}
