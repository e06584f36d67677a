"""Senses of government and news prose, by class (sentences written for these tests, none from an evaluation set;
docs/coder.md, "Praise of one's own talks, and stances told with be on acts named by nouns,
lettings denied for the future, plots told by another, guesses at a hostile act").

A state that praises, hails or welcomes talks, a meeting or relations it takes part in comments on its own dealings
(an optimistic comment, 013) and does not praise the other side (051): the talks owned by a possessive ("his
meeting with"), by the praiser's state named right before them ("Chilean-Peruvian talks"), or by one of the states
after "between". A third state's praise of others' talks, and praise of the other side's own act, stay praise.
A stance told with "be" ("is deeply concerned by the issuance of arrest warrants and detentions against ...") is no
arrest by the concerned state: the acts its object names by nouns are part of it, as they are of "condemned".
A letting denied for the future ("will not allow", "would not permit") is a warning (130), no refusal to yield (124);
"refused to allow" stays a refusal and "did not allow" no act. A hostile act another state is said to plan ("Kenya
said Somalia planned to attack") is the teller's accusation (112) and no threat of the plotter, who announced nothing;
told in the past with no teller it is no act; the plotter's own telling stays its threat. A hostile act another
only guesses a state "may", "might" or "could" do is no threat of that state (GUIDE section 1: forecasts are not
coded); told by its own side ("we may", "said it could", "Chile may ..., the Chilean minister said") it stays one.
"""

from __future__ import annotations

import pytest
from test_senses6 import acts  # (source country, target country or ---, code) of each act a sentence reports

from detente.coding import Coder


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


@pytest.mark.parametrize(("sentence", "comment"), [
    ("The Chilean president praised his meeting with the Peruvian president.", ("CHL", "PER", "013")),
    ("Argentina's foreign minister hailed the outcome of the talks between Argentina and Uruguay.",
     ("ARG", "URY", "013")),
    ("The Kenyan president welcomed the results of his talks with Tanzania on Monday.", ("KEN", "TZA", "013")),
    ("Norway applauded its dialogue with Sweden.", ("NOR", "SWE", "013")),
])
def test_praise_of_talks_the_praiser_takes_part_in_is_a_comment(coder: Coder, sentence: str,
                                                                comment: tuple[str, str, str]) -> None:
    found = acts(coder, sentence)
    assert comment in found
    assert not any(c[:2] == "05" for _, _, c in found)


@pytest.mark.parametrize(("sentence", "praise"), [
    ("Brazil welcomed the talks between Argentina and Uruguay.", ("BRA", "ARG", "051")),
    ("The Chilean president praised Peru for its role in the talks.", ("CHL", "PER", "051")),
    ("The Chilean president praised Peru's decision to join the talks.", ("CHL", "PER", "051")),
    ("Chile praised Peru.", ("CHL", "PER", "051")),
])
def test_praise_of_others_talks_or_acts_stays_praise(coder: Coder, sentence: str,
                                                      praise: tuple[str, str, str]) -> None:
    assert praise in acts(coder, sentence)


@pytest.mark.parametrize(("sentence", "concern"), [
    ("Portugal is deeply concerned by the issuance of arrest warrants and detentions against at least 14 Angolans.",
     ("PRT", "AGO", "111")),
    ("Portugal was deeply troubled by the seizure of property and detentions against dozens of Angolans.",
     ("PRT", "AGO", "111")),
    ("Portugal is gravely concerned by the sentencing and detentions of at least 5 Angolans.", ("PRT", "AGO", "111")),
    ("Portugal is alarmed by the expulsions and detentions against Angolans.", ("PRT", "AGO", "111")),
])
def test_a_stance_told_with_be_on_acts_named_by_nouns_is_not_those_acts(coder: Coder, sentence: str,
                                                                         concern: tuple[str, str, str]) -> None:
    found = acts(coder, sentence)
    assert concern in found
    assert [c for s, _, c in found if s == "PRT"] == ["111"]


@pytest.mark.parametrize(("sentence", "act"), [
    ("Angolan police arrested Portuguese journalists, and Portugal is concerned about the arrests.",
     ("AGO", "PRT", "173")),
    ("Portugal is ready to impose sanctions on Angola.", ("PRT", "AGO", "131")),
])
def test_acts_of_their_own_beside_a_stance_told_with_be_stay(coder: Coder, sentence: str,
                                                            act: tuple[str, str, str]) -> None:
    assert act in acts(coder, sentence)


@pytest.mark.parametrize(("sentence", "warning"), [
    ("The Chilean government will not allow Peru's provocations to continue.", ("CHL", "PER", "130")),
    ("Chile said it would not permit Peruvian warships to enter its waters.", ("CHL", "PER", "130")),
    ("Egypt will never allow Ethiopia to fill the dam without an agreement.", ("EGY", "ETH", "130")),
])
def test_a_letting_announced_as_denied_is_a_warning(coder: Coder, sentence: str,
                                                   warning: tuple[str, str, str]) -> None:
    found = acts(coder, sentence)
    assert warning in found
    assert not any(c[:2] == "12" for _, _, c in found)


@pytest.mark.parametrize("sentence", [
    "Chile refused to allow Peruvian inspectors to enter the site.",
    "Chile will not accept Peru's proposal.",
])
def test_a_letting_refused_or_a_proposal_turned_down_stays_a_refusal(coder: Coder, sentence: str) -> None:
    found = acts(coder, sentence)
    assert any(c[:2] == "12" for _, _, c in found)
    assert not any(c[:2] == "13" for _, _, c in found)


def test_a_letting_denied_in_the_past_is_no_act(coder: Coder) -> None:
    assert acts(coder, "Chile did not allow Peruvian inspectors to enter the site.") == set()


@pytest.mark.parametrize(("sentence", "charge"), [
    ("Kenya said Somalia planned to attack Kenyan troops near the border.", ("KEN", "SOM", "112")),
    ("The Kenyan foreign ministry said Somali forces were preparing to attack Kenyan positions.",
     ("KEN", "SOM", "112")),
])
def test_a_plot_told_by_another_state_is_its_charge_not_the_plotter_s_threat(coder: Coder, sentence: str,
                                                                            charge: tuple[str, str, str]) -> None:
    found = acts(coder, sentence)
    assert charge in found
    assert not any(s == "SOM" and c[:2] == "13" for s, _, c in found)


def test_a_plot_told_in_the_past_with_no_teller_is_no_threat(coder: Coder) -> None:
    assert not any(c[:2] == "13" for _, _, c in acts(coder, "There are signs that Somalia planned to attack Kenyan "
                                                           "troops."))


@pytest.mark.parametrize(("sentence", "threat"), [
    ("Somalia said it planned to attack Kenyan troops if they crossed the border.", ("SOM", "KEN", "138")),
    ("Somalia plans to attack Kenyan troops.", ("SOM", "KEN", "138")),
    ("Somalia said it would strike Kenyan positions.", ("SOM", "KEN", "138")),
])
def test_a_plan_told_by_the_plotter_or_in_the_present_stays_a_threat(coder: Coder, sentence: str,
                                                                     threat: tuple[str, str, str]) -> None:
    assert threat in acts(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "Chile also may be seeking to annex a greater part of southern Peru.",
    "Chile could attack Peru in the coming weeks.",
    "Analysts say Chile may invade Peru.",
    "Peru said Chile might attack Peruvian positions.",
    "Chile may impose sanctions on Peru, Peruvian officials said.",
])
def test_another_s_guess_at_a_possible_hostile_act_is_no_threat(coder: Coder, sentence: str) -> None:
    assert not any(s == "CHL" and c[:2] == "13" for s, _, c in acts(coder, sentence))


@pytest.mark.parametrize(("sentence", "threat"), [
    ("\"We may impose sanctions on Peru,\" the Chilean minister said.", ("CHL", "PER", "131")),
    ("Chilean officials say they could impose sanctions on Peru soon if necessary.", ("CHL", "PER", "131")),
    ("Chile may impose sanctions on Peru, the Chilean minister warned.", ("CHL", "PER", "131")),
    ("The Chilean president said Chile may cut ties with Peru.", ("CHL", "PER", "131")),
    ("Chile may impose sanctions on Peru, the Chilean minister said.", ("CHL", "PER", "131")),
])
def test_a_possible_hostile_act_told_by_its_own_side_stays_a_threat(coder: Coder, sentence: str,
                                                                    threat: tuple[str, str, str]) -> None:
    assert threat in acts(coder, sentence)
