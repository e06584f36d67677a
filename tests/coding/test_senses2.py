"""Acts the lexicon did not read, and acts read as told that nobody did, by class of sense (sentences written for
these tests, none from an evaluation set; docs/coder.md, "Acts not read, and acts that were not told").

A trip named by its noun is a visit (04); a hotline or a line of communication restored, reopened or set up is a
channel to talk through (04), cut or suspended a relation reduced (16); consent or approval withdrawn reduces
relations (16, a threat when announced); a deadline given to another to act is a demand of it (10), while diplomats
given hours to leave are still a break (16); all means or options used to defend against another are a warning (13); an
invitation extended is the inviting (02) and what it invites to has not happened; what "it is necessary, important,
useful ..." says should be done, and what a fact "means" another will do, are no acts and nobody's threat; "be to"
sets an act for later (a meeting set is 036); sharing the view that another "poses a threat" criticises it (11), no
accord with it; a base that hosts forces hosts no visit, a stumbling block is no blocking and what stands in the
way of talks has not happened; "cease-fire" reads as "ceasefire"; wanting another to act is an appeal (02); what one
is blamed or accused of is the charge, no act, and another said to be responsible for a wrong, to blame or the
culprit is criticised (11); the means after "by" of an intended act is intended too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._modality import by_means, inferred, invited, needed, scheduled
from detente.coding._text import tokenize

DAY = dt.date(2024, 3, 19)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def told(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country or ---, root) of each act the sentence tells (done or announced, a refusal,
    a threat), as the article reader keeps them."""
    from detente.coding.coder import reported_act

    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e)}


def low(sentence: str) -> list[str]:
    return [t.lower() for t in tokenize(sentence)]


# -- acts the lexicon did not read ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Chilean foreign minister's Buenos Aires trip ended on Thursday.", ("CHL", "ARG", "04")),
        ("The Kenyan president's Kampala trip produced a trade accord.", ("KEN", "UGA", "04")),
    ],
)
def test_a_trip_named_by_its_noun_is_a_visit(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in told(coder, sentence)


def test_a_stumble_is_no_trip(coder: Coder) -> None:
    assert not any(r[2] == "04" for r in told(coder, "The Peruvian envoy tripped on the steps of the Chilean embassy."))


@pytest.mark.parametrize(
    "sentence",
    [
        "India and Pakistan restored the hotline between their military commanders on Monday.",
        "Greece and Turkey reopened the communication channel between their navies.",
        "India and Pakistan reactivated their military hotlines after the ceasefire.",
    ],
)
def test_a_hotline_restored_is_a_channel_to_talk(coder: Coder, sentence: str) -> None:
    assert {r[2] for r in told(coder, sentence) if r[0] != "---" and r[1] != "---"} == {"04"}


def test_a_hotline_cut_reduces_relations(coder: Coder) -> None:
    assert ("SRB", "KSV", "16") in told(
        coder, "Serbia cut the hotline with Kosovo after the border incident.")


def test_a_hot_line_in_two_words_is_a_hotline(coder: Coder) -> None:
    assert ("SRB", "KSV", "16") in told(coder, "Serbia suspended the hot line with Kosovo on Friday.")


def test_an_invitation_withdrawn_withdraws_no_envoy(coder: Coder) -> None:
    found = told(coder, "Ghana withdrew its invitation to a Togolese envoy to visit Accra to discuss the border.")
    assert ("GHA", "TGO", "16") in found
    assert not any(r[2] == "04" for r in found)  # the visit invited to, and its talks, did not happen


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bolivia withdrew its consent to the operation of the Peruvian consulate in La Paz.", ("BOL", "PER", "16")),
        ("Ecuador revoked its approval of the Colombian ambassador.", ("ECU", "COL", "16")),
    ],
)
def test_consent_withdrawn_reduces_relations(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    found = told(coder, sentence)
    assert expected in found
    assert not any(r[2] == "08" for r in found)  # no troops withdrawn


def test_consent_to_be_withdrawn_is_a_threat(coder: Coder) -> None:
    assert ("BOL", "PER", "13") in told(
        coder, "Bolivia will withdraw its consent to the operation of the Peruvian consulate.")


@pytest.mark.parametrize(
    ("sentence", "expected", "not_done"),
    [
        ("The Security Council gave Eritrea until Friday to withdraw its troops.", ("IGO", "ERI", "10"), "08"),
        ("Peru gave Bolivia 48 hours to release the detained fishermen.", ("PER", "BOL", "10"), "08"),
    ],
)
def test_a_deadline_is_a_demand_and_its_act_is_not_done(coder: Coder, sentence: str, expected: tuple[str, str, str],
                                                      not_done: str) -> None:
    found = told(coder, sentence)
    assert expected in found
    assert not any(r[2] == not_done for r in found)


def test_diplomats_given_hours_to_leave_are_still_a_break(coder: Coder) -> None:
    assert ("ECU", "COL", "16") in told(
        coder, "Ecuador gave the Colombian diplomats 72 hours to leave the country.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Togolese troops broke the cease-fire with Ghana on Sunday.",
        "Eritrea declared a unilateral cease-fire with Ethiopia.",
        "The Security Council called for a cease-fire between Armenia and Azerbaijan.",
    ],
)
def test_a_cease_fire_in_the_wire_spelling_reads_as_a_ceasefire(coder: Coder, sentence: str) -> None:
    def codes(text: str) -> set[tuple[str, str, str]]:
        return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(text, date=DAY)}

    found = codes(sentence)
    assert found
    assert found == codes(sentence.replace("cease-fire", "ceasefire"))


def test_wanting_another_to_act_is_an_appeal(coder: Coder) -> None:
    found = told(coder, "Chile wants Bolivia to reopen the border crossings before the harvest.")
    assert ("CHL", "BOL", "02") in found
    assert not any(r[2] == "10" for r in found)


def test_wanting_to_act_oneself_is_no_appeal(coder: Coder) -> None:
    assert not any(r[2] in ("02", "10") for r in told(coder, "Chile wants to improve relations with Bolivia."))


def test_all_options_used_to_protect_against_another_are_a_warning(coder: Coder) -> None:
    assert ("TUR", "SYR", "13") in told(
        coder, "Turkey is ready to use all options against Syria to protect its border towns.")


def test_all_diplomatic_means_to_resolve_a_dispute_are_no_threat(coder: Coder) -> None:
    assert not any(r[2] == "13" for r in told(
        coder, "Chile will use all diplomatic means to resolve the dispute with Bolivia."))


# -- what is invited to, needed, inferred or set ------------------------------------------------------------------

def test_an_invitation_extended_is_the_inviting_not_the_visit(coder: Coder) -> None:
    found = told(coder, "Ghana's president extended an invitation to the Togolese president to visit Accra.")
    assert ("GHA", "TGO", "02") in found
    assert not any(r[2] == "04" for r in found)


def test_a_visit_one_is_invited_to_has_not_happened(coder: Coder) -> None:
    assert not any(r[2] == "04" for r in told(
        coder, "The Norwegian premier's invitation to the Finnish president to visit Oslo came as a surprise."))


@pytest.mark.parametrize(
    "sentence",
    [
        "It is necessary that talks between Armenia and Azerbaijan resume without delay.",
        "It would be important for Serbia to recognize Kosovo before the summit.",
        "It is vital that Sudan and South Sudan sign the border accord this year.",
        "It is high time for Ethiopia to withdraw its troops from Eritrea.",
    ],
)
def test_what_is_called_needed_is_no_act(coder: Coder, sentence: str) -> None:
    assert told(coder, sentence) == set()


def test_an_inferred_attack_is_nobodys_threat(coder: Coder) -> None:
    assert not any(r[2] in ("13", "19") for r in told(
        coder, "Analysts said the deployment means that Azerbaijan will attack Armenia within weeks."))


def test_a_meeting_set_by_be_to_is_announced(coder: Coder) -> None:
    found = told(coder, "The presidents of Ghana and Togo are to meet in Lome on Saturday.")
    assert ("GHA", "TGO", "03") in found or ("TGO", "GHA", "03") in found
    assert not any(r[2] == "04" for r in found)


def test_the_means_of_an_agreed_act_is_to_come_too(coder: Coder) -> None:
    found = told(coder, "Chile and Peru agreed to end the dispute over fishing rights by implementing a joint plan.")
    assert ("CHL", "PER", "03") in found
    assert not any(r[2] == "06" for r in found)  # nothing implemented yet


def test_the_means_of_an_act_done_is_done(coder: Coder) -> None:
    assert ("CHL", "PER", "16") in told(coder, "Chile responded to the incident by imposing sanctions on Peru.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Australia and Japan shared the view that China's naval build-up poses a threat to the region.",
         {("AUS", "CHN", "11"), ("JPN", "CHN", "11")}),
        ("Poland and Lithuania share the view that Belarus poses a threat to their borders.",
         {("POL", "BLR", "11"), ("LTU", "BLR", "11")}),
    ],
)
def test_a_shared_view_that_another_poses_a_threat_criticises_it(coder: Coder, sentence: str,
                                                               expected: set[tuple[str, str, str]]) -> None:
    found = told(coder, sentence)
    assert expected <= found
    assert not any(r[2] == "01" and r[1] in {e[1] for e in expected} for r in found)  # no accord with it


def test_a_threat_denied_is_no_criticism(coder: Coder) -> None:
    assert not any(r[2] == "11" for r in told(
        coder, "Australia and Japan said the Chinese drills do not pose a threat to the region."))


@pytest.mark.parametrize(
    ("sentence", "accused_root"),
    [
        ("Pakistan blamed Indian troops for targeting civilian areas.", "19"),
        ("Eritrea blames Ethiopia for starting the latest offensive.", "19"),
        ("Abbas accused Israel of foiling the exploratory talks with Jordan.", "04"),
    ],
)
def test_what_one_is_blamed_or_accused_of_is_the_charge_not_an_act(coder: Coder, sentence: str,
                                                                  accused_root: str) -> None:
    found = {r[2] for r in told(coder, sentence) | {
        (e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)
        if e.target[:3] == "---"}}
    assert "11" in found
    assert accused_root not in found


def test_a_charge_d_affaires_still_speaks(coder: Coder) -> None:
    events = coder.code_sentence("The charge d'affaires of the Peruvian embassy in Quito said the talks went well.",
                                 date=DAY)
    assert any(e.source[:3] == "PER" for e in events)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seoul said Pyongyang was responsible for the sinking of the corvette.", ("KOR", "PRK", "11")),
        ("Kenya said Somalia is to blame for the attacks on the border.", ("KEN", "SOM", "11")),
    ],
)
def test_another_said_to_be_responsible_or_to_blame_is_criticised(coder: Coder, sentence: str,
                                                                  expected: tuple[str, str, str]) -> None:
    assert expected in told(coder, sentence)


def test_a_duty_one_is_responsible_for_is_no_criticism(coder: Coder) -> None:
    assert not any(r[2] == "11" for r in told(
        coder, "Peru said Ecuador was responsible for the security of the delegates."))


def test_a_base_hosting_troops_hosts_no_visit(coder: Coder) -> None:
    assert not any(r[2] == "04" for r in told(
        coder, "Syrian rockets struck two Turkish bases hosting American troops."))


def test_a_state_hosting_talks_still_hosts(coder: Coder) -> None:
    assert ("QAT", "USA", "04") in told(coder, "Qatar hosted the American envoy in Doha on Monday.")


def test_a_stumbling_block_to_talks_blocks_nothing(coder: Coder) -> None:
    found = told(coder, "Chile said the new checkpoints are the biggest stumbling block to talks with Bolivia.")
    assert not any(r[2] in ("04", "14", "19") for r in found)


# -- the helpers ------------------------------------------------------------------------------------------------

def test_needed_reads_it_is_and_that_or_for_to() -> None:
    words = low("It would be most useful for Peru to sign the accord.")
    assert needed(words, words.index("sign"))
    words = low("It is important that Chile signs the accord.")
    assert needed(words, words.index("signs"))
    words = low("It is important for Peru's security.")
    assert not needed(words, words.index("security"))
    words = low("Peru signed the accord, which is important for the region.")
    assert not needed(words, words.index("signed"))


def test_inferred_needs_a_modal_of_the_future_and_a_verb_of_inference() -> None:
    words = low("This means that Moscow will retaliate.")
    assert inferred(words, words.index("retaliate"))
    words = low("By all means Moscow will retaliate.")
    assert not inferred(words, words.index("retaliate"))
    words = low("This means that Moscow retaliated.")
    assert not inferred(words, words.index("retaliated"))
    words = low("They said only diplomatic means would help Iran.")
    assert not inferred(words, words.index("help"))


def test_by_means_finds_the_infinitive_not_a_preposition() -> None:
    text = "agreed to resolve the impasse on food aid to North Korea by implementing measures"
    tokens = tokenize(text)
    words = [t.lower() for t in tokens]
    assert by_means(words, words.index("implementing"), tokens) == words.index("resolve")
    text = "when it wants to pull up others, it cooks up resolutions by abusing the UN"
    tokens = tokenize(text)
    words = [t.lower() for t in tokens]
    assert by_means(words, words.index("abusing"), tokens) is None


def test_invited_and_scheduled() -> None:
    words = low("Peru was invited to visit Chile.")
    assert invited(words, words.index("visit"))
    words = low("Peru visited Chile at the invitation of its president.")
    assert not invited(words, words.index("visited"))
    assert scheduled(["the", "leaders", "are", "to"])
    assert scheduled(["talks", "are", "to", "be"])
    assert not scheduled(["it", "is", "to"])
