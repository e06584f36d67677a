"""The CAMEO root of verbs that wire text uses for force and for denial, by class of sense (sentences written for
these tests, none from an evaluation set, across many dyads; docs/coder.md, "Roots: the misses by class").

A vessel rammed is an assault, a state's armed forces' conventional force (19); an aircraft or a vessel intercepted
is a show of force (15), a missile intercepted no act; "targeted" is an armed attack when armed forces do it, or a
state with an armed object, never in "targeted sanctions" or "military targets"; a bare "withdrew" with a deal and
no armed force in its sentence is a withdrawal from the deal (16), with armed forces a military one (08); a missile
that explodes is no bombing; the purpose of the victims' journey is nobody's act; troops that march show force (15),
crowds that march demonstrate (14); forces ordered to a state of alert are a force posture (15); a charge refuted,
rebutted or rejected as a fabrication is denied (01); relations "improved", "strengthened" or "normalized" named as a
goal or a result after a verb of seeking or a preposition ("pursue improved relations") are no act (05), nor is a
verb that shares the "to" of a purpose ("in order to pursue talks, support the accord").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._acts import armed_target, journey_purpose, projectile_blast, withdrawal
from detente.coding._modality import coordinated_infinitive
from detente.coding._text import tokenize
from detente.coding.roles import Candidate

DAY = dt.date(2024, 3, 19)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def roots(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country or ---, root) of each event of the sentence."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}


def low(sentence: str) -> list[str]:
    return [t.lower() for t in tokenize(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Chinese coast guard cutter rammed a Philippine resupply boat near the reef on Saturday.",
         ("CHN", "PHL", "19")),
        ("Two Vietnamese fishing boats were rammed by a Chinese patrol ship.", ("CHN", "VNM", "19")),
        ("Turkish naval vessels rammed a Greek patrol boat off the island of Imia.", ("TUR", "GRC", "19")),
    ],
)
def test_a_vessel_rammed_by_a_state_is_force(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


def test_a_bill_rammed_through_a_parliament_is_no_assault(coder: Coder) -> None:
    assert not any(r[2] in ("18", "19") for r in roots(
        coder, "The Hungarian government rammed the law through the Slovak-speaking committee in one night."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian fighter jets intercepted a British reconnaissance plane over the Black Sea.", ("RUS", "GBR", "15")),
        ("The Iranian navy intercepted a Marshall Islands tanker in the Strait of Hormuz.", ("IRN", "MHL", "15")),
        ("Taiwanese jets intercepted Chinese bombers south-west of the island.", ("TWN", "CHN", "15")),
    ],
)
def test_an_aircraft_or_vessel_intercepted_is_a_show_of_force(coder: Coder, sentence: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


def test_a_missile_intercepted_is_no_act_of_the_defender(coder: Coder) -> None:
    assert not any(s == "SAU" for s, _, _ in roots(
        coder, "Saudi air defenses intercepted ballistic missiles launched from Yemen on Friday."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Azerbaijani forces targeted Armenian positions near the border overnight.", ("AZE", "ARM", "19")),
        ("Ethiopian artillery targeted Eritrean trenches along the Badme front.", ("ETH", "ERI", "19")),
        ("Iran targeted American bases in Syria with drones on Monday.", ("IRN", "USA", "19")),
        ("Israeli warplanes have repeatedly targeted Hezbollah depots in Lebanon.", ("ISR", "LBN", "19")),
    ],
)
def test_targeted_by_armed_forces_is_an_attack(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada imposed targeted sanctions on Iranian officials.",
        "The Treasury announced new measures targeting Cuban tourism firms.",
        "Britain froze the assets of Belarusian banks, targeting the financing of Minsk.",
    ],
)
def test_targeted_sanctions_are_no_attack(coder: Coder, sentence: str) -> None:
    assert not any(r[2] in ("18", "19") for r in roots(coder, sentence))


def test_military_targets_stay_the_place_a_strike_hit(coder: Coder) -> None:
    """The noun "targets" is no verb: the strikes on them are the act and hit the state named after them."""
    assert ("USA", "YEM", "19") in roots(coder, "The United States launched air strikes on military targets in Yemen.")


def test_armed_target_reads_the_doer_and_what_it_hits() -> None:
    words = low("Jordan targeted smuggling banks with financial penalties.")
    assert not armed_target(words, 1, "")  # a state targeting banks: no arms
    words = low("Jordan targeted smuggling camps near the Syrian border.")
    assert armed_target(words, 1, "")
    words = low("The jets that targeted the depot returned.")
    assert armed_target(words, 3, "?")  # the armed noun before it
    words = low("Police targeted the protest leaders.")
    assert not armed_target(words, 1, "COP")


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Iran said Europe had failed to compensate it after the United States withdrew in 2018, and the accord "
         "lies in ruins.", "16"),
        ("Washington withdrew from the nuclear accord with Tehran in 2018.", "16"),
        ("Russia withdrew from the grain deal with Ukraine last July.", "16"),
    ],
)
def test_a_withdrawal_with_a_deal_and_no_troops_is_from_the_deal(coder: Coder, sentence: str, root: str) -> None:
    found = {r for _, _, r in roots(coder, sentence)}
    assert root in found and "08" not in found


def test_a_withdrawal_of_forces_stays_military(coder: Coder) -> None:
    found = roots(coder, "Armenian troops withdrew from the villages after the ceasefire agreement with Azerbaijan.")
    assert any(r == "08" for _, _, r in found) and not any(r == "16" for _, _, r in found)


def bare(words: list[str], code: str = "087") -> Candidate:
    verb = words.index("withdrew")
    return Candidate(verb, verb + 1, code, None, False)


def test_withdrawal_recodes_only_a_bare_withdraw() -> None:
    assert withdrawal(low("The United States withdrew in 2018 and the deal collapsed."), bare(low("x withdrew"))) \
        == "087"  # the candidate's verb must be a withdrawal
    words = low("The United States withdrew in 2018 and the deal collapsed.")
    assert withdrawal(words, bare(words)) == "164"
    words = low("The United States withdrew its forces in 2018 and the deal collapsed.")
    assert withdrawal(words, bare(words)) == "087"
    words = low("Mali withdrew in 2022.")
    assert withdrawal(words, bare(words)) == "087"  # nothing says from what: as the lexicon lists it
    words = low("Serbian units withdrew from the zone named in the agreement.")
    assert withdrawal(words, bare(words, "164")) == "087"  # armed forces withdraw militarily
    words = low("The United States withdrew in 2018 and the deal collapsed.")
    phrase = bare(words)
    phrase.used = {3}
    assert withdrawal(words, phrase) == "087"  # a phrase of the lexicon matched: no bare withdrawal


@pytest.mark.parametrize(
    "sentence",
    [
        "A Russian missile exploded over the Polish village of Przewodow.",
        "The Houthi drone that exploded near the Saudi border post caused no casualties.",
    ],
)
def test_a_missile_that_explodes_is_no_bombing(coder: Coder, sentence: str) -> None:
    assert not any(r[2] == "18" for r in roots(coder, sentence))


def test_a_bomb_that_explodes_is_still_a_bombing() -> None:
    assert not projectile_blast(low("A car bomb exploded outside the Pakistani consulate."), 3)
    assert projectile_blast(low("The rocket had apparently exploded over the harbour."), 4)


def test_the_purpose_of_the_victims_journey_is_no_act_of_the_attacker(coder: Coder) -> None:
    found = roots(coder, "Turkish troops fired on the convoy while it was on its way to help Syrian refugees.")
    assert not any(r[2] == "07" for r in found)
    found = roots(coder, "Egyptian police seized the ship en route to deliver aid to Gaza.")
    assert not any(r[2] == "07" for r in found)


def test_a_traveller_s_own_purpose_is_kept() -> None:
    words = low("The Qatari envoy was on his way to meet Afghan officials.")
    meet = words.index("meet")
    cand = Candidate(meet, meet + 1, "040", None, False)
    assert not journey_purpose(cand, [cand], words)  # no act before the journey: it is the envoy's own


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thousands of Sudanese troops marched toward the South Sudanese border.", ("SDN", "SSD", "15")),
        ("Armenian soldiers marched into the disputed Azerbaijani district on Friday.", ("ARM", "AZE", "15")),
    ],
)
def test_troops_that_march_show_force(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


def test_crowds_that_march_demonstrate(coder: Coder) -> None:
    assert any(r[2] == "14" for r in roots(coder, "Thousands of Moldovans marched against Russia in Chisinau."))


def test_forces_ordered_to_alert_are_a_force_posture(coder: Coder) -> None:
    assert ("PAK", "IND", "15") in roots(
        coder, "Pakistan ordered its army to maximum alert along the border with India.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cuba refuted the American charge as a fabrication.", ("CUB", "USA", "01")),
        ("Minsk rebutted Lithuania's allegations on Thursday.", ("BLR", "LTU", "01")),
        ("Algeria rejected the Moroccan fabrication of a border incident.", ("DZA", "MAR", "01")),
    ],
)
def test_a_charge_refuted_or_rejected_as_false_is_denied(coder: Coder, sentence: str,
                                                         expected: tuple[str, str, str]) -> None:
    found = roots(coder, sentence)
    assert expected in found and not any(r[2] == "12" for r in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya lifted the ban in order to pursue improved relations with Somalia.",
        "Uruguay is seeking improved commercial ties with Paraguay.",
        "The summit paved the way for strengthened cooperation between Benin and Niger.",
        "The accord led to normalized relations between Bahrain and Qatar.",
    ],
)
def test_relations_named_as_a_goal_are_no_act(coder: Coder, sentence: str) -> None:
    assert not any(r[2] == "05" for r in roots(coder, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Benin and Niger strengthened cooperation in 2021.",
        "Bahrain has normalized relations with Qatar.",
    ],
)
def test_relations_bettered_are_an_act(coder: Coder, sentence: str) -> None:
    assert any(r[2] == "05" for r in roots(coder, sentence))


def modalities(coder: Coder, sentence: str) -> dict[str, str]:
    """The modality of each root the sentence codes."""
    return {e.code[:2]: e.modality for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Ghana eased its visa rules in order to attract investors, support Togo and deepen ties with Benin.", "05"),
        ("Both sides said it is in their common interest to end the dispute, improve relations between Laos and "
         "Cambodia, and resume trade.", "05"),
    ],
)
def test_a_verb_sharing_the_to_of_a_purpose_is_no_act(coder: Coder, sentence: str, root: str) -> None:
    assert modalities(coder, sentence).get(root) == "hypothetical"


def test_a_finite_verb_after_a_purpose_is_an_act(coder: Coder) -> None:
    """A verb with its own tense after the comma is a clause of its own, told as done."""
    assert modalities(coder, "Nepal needs to build roads, and India supports Nepal.").get("05") == "occurred"
    assert modalities(coder, "Chile wants to expand trade, so Chile praised Peru.").get("05") == "occurred"


def test_coordinated_infinitive_finds_the_shared_to() -> None:
    words = low("Uganda pledged to reopen the border, cut tariffs and expand trade.")
    assert coordinated_infinitive(words, words.index("cut")) == words.index("reopen")
    assert coordinated_infinitive(words, words.index("expand")) == words.index("reopen")
    words = low("Uganda reopened the border; Kenya cut tariffs.")
    assert coordinated_infinitive(words, words.index("cut")) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoys reviewed the opportunities that have opened up for improving relations between Japan and Mongolia.",
        "Both sides welcomed the chances that now exist for deepening cooperation between Chile and Argentina.",
    ],
)
def test_a_prospect_named_before_a_relative_clause_is_no_act(coder: Coder, sentence: str) -> None:
    """The prospect noun and its "for" apart, a relative clause between: what it looks to has not happened."""
    assert modalities(coder, sentence).get("05") == "hypothetical"


def test_a_relative_clause_after_an_actor_is_its_own_act(coder: Coder) -> None:
    assert modalities(coder, "Chile thanked Peru, which has worked hard for improving relations with Bolivia.") \
        .get("05") == "occurred"


def test_relations_bettered_after_and_or_further_are_an_act(coder: Coder) -> None:
    """A participle after "and" or an adverb is a verb of its own: "fulfilled its duty and deepened ties"."""
    assert modalities(coder, "Laos has fulfilled its duty and deepened relations with Vietnam.").get("05") == "occurred"
    assert modalities(coder, "Laos and Vietnam have further strengthened their cooperation.").get("05") == "occurred"


def test_veterans_who_march_demonstrate(coder: Coder) -> None:
    found = roots(coder, "Hundreds of American veterans marched to the Iraqi embassy in Washington.")
    assert not any(r[2] == "15" for r in found)


def test_stakes_rammed_down_are_no_assault(coder: Coder) -> None:
    assert not any(r[2] in ("18", "19") for r in roots(coder, "Japanese colonists rammed down iron stakes in Korea."))
