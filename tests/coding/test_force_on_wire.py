"""Force, coercion and protest as wire reports tell them (sentences written for these tests, none from an evaluation
set or from the reports read; the classes were seen on real reports of coast-guard incidents, border firing,
missile launches and sanctions, docs/coder.md "Force, coercion and protest on wire text").

- A water cannon used on a vessel is coercion (175) whatever the verb: doused, utilized, employed.
- Fire answered, force resorted to and a ceasefire violation initiated are force used (19); a "befitting response"
  given is retaliation, one promised on a condition a threat (138).
- What an act of force is done "to" achieve is its aim, not a second act ("fired ... to drive it away").
- A shell "slamming into" a town is no criticism; a state "put on notice" is warned (130); new sanctions
  announced are sanctions imposed (163).
- The body whose resolution is violated is not the one judged, and a denied violation is no judgement; what a
  standing text says ("a resolution banning such tests") is no act that day, unless the text is passed in the
  clause.
- A verb's bare form before a craft or crew ("a supply boat", "escort ships", "attack helicopters") is a noun's
  modifier, no act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 5, 12)


def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country or ---, root, modality) of each event of the sentence."""
    return {(e.source[:3], e.target[:3], e.code[:2], e.modality) for e in coder.code_sentence(sentence, date=DAY)}


def codes(coder: Coder, sentence: str) -> set[str]:
    return {e.code for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vietnamese patrol boats doused a Chinese trawler with water cannon near the Paracels.", ("VNM", "CHN")),
        ("A Chinese cutter utilized its water cannon against a Philippine fishing boat.", ("CHN", "PHL")),
        ("Japanese ships employed water cannons against a Taiwanese fishing vessel.", ("JPN", "TWN")),
    ],
)
def test_a_water_cannon_turned_on_a_vessel_is_coercion(shared_coder: Coder, sentence: str,
                                                       expected: tuple[str, str]) -> None:
    assert (*expected, "17", "occurred") in coded(shared_coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Greek gunboats responded to the shelling from Turkey on Sunday.", ("GRC", "19")),
        ("Armenian units responded to the fire from Azerbaijani positions.", ("ARM", "19")),
        ("The Indian army resorted to heavy artillery and mortar fire along the frontier.", ("IND", "19")),
        ("The Afghan army resorted to rocket fire near the Durand line.", ("AFG", "19")),
        ("Pakistan initiated an unprovoked ceasefire violation in the Kupwara sector.", ("PAK", "19")),
        ("Indian troops committed ceasefire violations near Rawalakot, the army said.", ("IND", "19")),
        ("Pakistani troops gave a befitting response to the Indian firing.", ("PAK", "19")),
    ],
)
def test_fire_answered_or_resorted_to_is_force_used(shared_coder: Coder, sentence: str,
                                                    expected: tuple[str, str]) -> None:
    assert any(s == expected[0] and r == expected[1] and m == "occurred"
               for s, _t, r, m in coded(shared_coder, sentence))


def test_a_befitting_response_promised_on_a_condition_is_a_threat(shared_coder: Coder) -> None:
    found = coded(shared_coder, "Islamabad would give a befitting response if India attacked again, Khan said.")
    assert any((s, r, m) == ("PAK", "13", "intended") for s, _t, r, m in found)
    assert not any(r == "19" and m == "occurred" for _s, _t, r, m in found)


@pytest.mark.parametrize(
    ("sentence", "purpose_root"),
    [
        ("A Chinese cutter fired a water cannon at a Vietnamese boat to drive it away and prevent it from "
         "fishing.", "13"),
        ("Chinese ships fired water cannon at two Philippine boats to block them from reaching the atoll.", "14"),
        ("The Philippine navy deployed four corvettes to support the marines on the reef.", "05"),
    ],
)
def test_the_aim_of_force_is_no_second_act(shared_coder: Coder, sentence: str, purpose_root: str) -> None:
    assert not any(r == purpose_root for _s, _t, r, _m in coded(shared_coder, sentence))


def test_force_and_the_water_cannon_stay(shared_coder: Coder) -> None:
    found = coded(shared_coder, "A Chinese cutter fired a water cannon at a Vietnamese boat to drive it away.")
    assert ("CHN", "VNM", "17", "occurred") in found


def test_a_vow_after_force_is_still_a_vow(shared_coder: Coder) -> None:
    found = coded(shared_coder, "Azerbaijan shelled Armenian villages and vowed to retaliate against Armenia.")
    assert any(r == "13" for _s, _t, r, _m in found)
    assert any(r == "19" for _s, _t, r, _m in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "A rocket fired from Lebanon slammed into a kibbutz in northern Israel.",
        "A mortar round slammed into a school in the Syrian town, killing two.",
    ],
)
def test_a_shell_slamming_into_a_place_is_no_criticism(shared_coder: Coder, sentence: str) -> None:
    assert not any(r == "11" for _s, _t, r, _m in coded(shared_coder, sentence))


def test_slamming_a_decision_stays_a_criticism(shared_coder: Coder) -> None:
    assert ("CHN", "USA", "11", "occurred") in coded(shared_coder, "China slammed the United States over its tariffs.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Washington has put Pyongyang on notice, the adviser said.", ("USA", "13")),
        ("Britain announced fresh sanctions against Belarus on Monday.", ("GBR", "16")),
        ("Canada announced additional economic sanctions against Russia.", ("CAN", "16")),
    ],
)
def test_warnings_and_sanctions_in_wire_wording(shared_coder: Coder, sentence: str,
                                                expected: tuple[str, str]) -> None:
    assert any((s, r, m) == (*expected, "occurred") for s, _t, r, m in coded(shared_coder, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "South Korea said the launch was a violation of U.N. Security Council resolutions.",
        "France said the test is a clear breach of the UN Charter.",
    ],
)
def test_the_body_whose_rule_is_broken_is_not_the_one_judged(shared_coder: Coder, sentence: str) -> None:
    found = coded(shared_coder, sentence)
    assert any(r == "11" for _s, _t, r, _m in found)
    assert not any(t == "IGO" for _s, t, _r, _m in found)


def test_a_violation_denied_is_no_criticism(shared_coder: Coder) -> None:
    found = coded(shared_coder, "Iran said the satellite launch was not in violation of any agreement with France.")
    assert not any(r == "11" for _s, _t, r, _m in found)


def test_a_judged_violation_of_a_deal_keeps_its_party(shared_coder: Coder) -> None:
    assert ("IRN", "FRA", "11", "occurred") in coded(
        shared_coder, "Iran said the inspection was a violation of its agreement with France.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tehran denied the drill breached the U.N. resolution banning such tests.",
        "Seoul says the launch ignored the treaty prohibiting missile tests over Japan.",
    ],
)
def test_what_a_standing_text_says_is_no_act(shared_coder: Coder, sentence: str) -> None:
    assert not codes(shared_coder, sentence) & {"172", "163", "111", "120"}


def test_a_text_passed_in_the_clause_acts(shared_coder: Coder) -> None:
    assert ("IGO", "SYR", "11", "occurred") in coded(
        shared_coder, "The Security Council passed a resolution condemning Syria.")


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Vietnamese escort ships shadowed the Chinese survey vessel.", "07"),
        ("Chinese cutters blocked a Philippine supply boat near the shoal.", "07"),
        ("Moscow sent attack helicopters to Mali.", "19"),
    ],
)
def test_a_verb_before_a_craft_is_its_modifier(shared_coder: Coder, sentence: str, root: str) -> None:
    assert not any(r == root for _s, _t, r, _m in coded(shared_coder, sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turkey agreed to supply boats to Libya.", ("TUR", "LBY", "03")),
        ("Russia attacked ships in the Sea of Azov.", ("RUS", "---", "19")),
    ],
)
def test_a_verb_before_a_craft_stays_a_verb_after_to_or_a_subject(shared_coder: Coder, sentence: str,
                                                                   expected: tuple[str, str, str]) -> None:
    assert any((s, t, r) == expected for s, t, r, _m in coded(shared_coder, sentence))


def test_a_press_article_is_no_standing_text(shared_coder: Coder) -> None:
    assert ("IND", "PAK", "11", "occurred") in coded(
        shared_coder, "An Indian daily ran an article condemning Pakistan for the attack.")


def test_a_reporting_verb_after_a_to_phrase_is_no_aim(shared_coder: Coder) -> None:
    found = coded(shared_coder, "The embargo is little different from a sentence of death to the Cuban people, "
                                "says the Cuban Foreign Ministry.")
    assert ("CUB", "---", "01", "occurred") in found
