"""The CAMEO root of a verb or an event noun by class of sense (sentences written for these tests, none from an
evaluation set, across many dyads).

A vow, pledge or promise of a hostile act is a threat (13), of a cooperative one an intent (03); a light verb takes
its root from its noun ("gave assurances" 03, "gave its backing" 05, "made a proposal" 02, "issued a warning" 13);
pressing someone to act is an appeal (02); an act called a mistake or a ploy is criticised (11), one called a
setback is a pessimistic comment (01); a state's bombing or raid is military force (19), a police raid and a
militants' bombing are not; "called on" a person with nothing asked is a visit (04); weapons sent and debts
written off are aid (07); a resolution or a bid blocked, a claim never accepted, is a refusal (12); a proposal is
an appeal (02).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.coding import Coder
from detente.coding.lexicon import load_lexicon

CountryCoded = Callable[[str, dt.date], set[tuple[str, str, str, str]]]
DAY = dt.date(2023, 5, 11)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def roots(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country or ---, root) of each event of the sentence."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("China promised to retaliate against Lithuania.", ("CHN", "LTU", "13")),
        ("Kyiv vowed to retake every village from Russia.", ("UKR", "RUS", "13")),
        ("Seoul pledged to respond sternly to any provocation by Pyongyang.", ("KOR", "PRK", "13")),
        ("The Iranian president swore revenge against Israel.", ("IRN", "ISR", "13")),
        ("Armenia vowed to hit back at Azerbaijan.", ("ARM", "AZE", "13")),
        ("North Korea vowed to wipe out the United States.", ("PRK", "USA", "13")),
        ("Washington pledged to impose sanctions on Nicaragua.", ("USA", "NIC", "13")),
    ],
)
def test_a_vowed_hostile_act_is_a_threat(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    got = roots(coder, sentence)
    assert expected in got
    assert not any(r == "03" for _, _, r in got), got  # no promise beside the threat


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Britain pledged to send food to Yemen.", ("GBR", "YEM", "03")),
        ("Japan vowed to work closely with the Philippines.", ("JPN", "PHL", "03")),
        ("Norway promised to provide aid to Sudan.", ("NOR", "SDN", "03")),
    ],
)
def test_a_vowed_friendly_act_stays_a_promise(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    got = roots(coder, sentence)
    assert expected in got
    assert not any(r == "13" for _, _, r in got), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Canada gave assurances to Mexico that the trade deal would survive.", ("CAN", "MEX", "03")),
        ("Berlin gave firm guarantees to Warsaw on energy supplies.", ("DEU", "POL", "03")),
        ("Brazil gave its backing to Argentina's bid for the loan.", ("BRA", "ARG", "05")),
        ("France lent its support to Senegal's candidacy.", ("FRA", "SEN", "05")),
        ("Japan made a proposal to South Korea to settle the labour dispute.", ("JPN", "KOR", "02")),
        ("Egypt put forward a plan to Israel for a truce.", ("EGY", "ISR", "02")),
        ("Ghana made an offer to Togo to share the pipeline.", ("GHA", "TGO", "03")),
        ("Russia issued a stern warning to Finland.", ("RUS", "FIN", "13")),
        ("Beijing gave a warning to Manila over the shoal.", ("CHN", "PHL", "13")),
        ("Nepal made a plea to India to reopen the border crossings.", ("NPL", "IND", "02")),
    ],
)
def test_a_light_verb_takes_its_root_from_its_noun(coder: Coder, sentence: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Egypt pressed Ethiopia to delay filling the dam.", ("EGY", "ETH", "02")),
        ("Washington pressured Islamabad to act against the militants.", ("USA", "PAK", "02")),
        ("South Korea proposed reunions of separated families to North Korea.", ("KOR", "PRK", "02")),
    ],
)
def test_pressing_and_proposing_are_appeals(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Indian foreign ministry called Pakistan's offer a publicity stunt.", ("IND", "PAK", "11")),
        ("Ankara described Athens' decision as a grave mistake.", ("TUR", "GRC", "11")),
        ("Tehran called the Saudi report politically motivated.", ("IRN", "SAU", "11")),
        ("Pakistan described India's decision as a setback.", ("PAK", "IND", "01")),
        ("Chile called Bolivia's withdrawal from the talks unfortunate.", ("CHL", "BOL", "01")),
    ],
)
def test_blame_and_gloom(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    got = roots(coder, sentence)
    assert expected in got
    other = "01" if expected[2] == "11" else "11"
    assert all(r != other for _, _, r in got), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israeli warplanes bombed targets in Syria.", ("ISR", "SYR", "19")),
        ("Turkish jets bombed Kurdish positions in Iraq.", ("TUR", "IRQ", "19")),
        ("Israeli troops raided a village near the Lebanese border.", ("ISR", "LBN", "19")),
    ],
)
def test_a_states_bombing_or_raid_is_force(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    got = roots(coder, sentence)
    assert expected[2] in {r for s, _, r in got if s == expected[0]}, got


def test_police_raids_and_militants_bombs_are_no_battle(coder: Coder) -> None:
    assert {r for _, _, r in roots(coder, "Kenyan police raided a Somali-owned shop in Nairobi.")} <= {"17", "18"}
    assert "19" not in {r for _, _, r in roots(coder, "Militants bombed a Pakistani convoy near the border.")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Japanese ambassador called on the Chinese foreign minister on Monday.", ("JPN", "CHN", "04")),
        ("Qatar's emir called on the Egyptian president in Cairo.", ("QAT", "EGY", "04")),
        ("Germany called on Russia to withdraw its troops.", ("DEU", "RUS", "02")),
        ("Vietnam called upon China for restraint in the disputed waters.", ("VNM", "CHN", "02")),
    ],
)
def test_calling_on_a_person_is_a_visit(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Germany sent tanks to Ukraine.", ("DEU", "UKR", "07")),
        ("Turkey delivered drones to Azerbaijan.", ("TUR", "AZE", "07")),
        ("Saudi Arabia forgave Iraq's debt.", ("SAU", "IRQ", "07")),
        ("China wrote off loans to Zambia.", ("CHN", "ZMB", "07")),
    ],
)
def test_weapons_sent_and_debts_written_off_are_aid(coder: Coder, sentence: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia blocked a Security Council resolution on Syria.", ("RUS", "---", "12")),
        ("Greece blocked Turkey's bid to join the bloc.", ("GRC", "TUR", "12")),
        ("Tokyo said it would never accept Moscow's claim to the islands.", ("JPN", "RUS", "12")),
    ],
)
def test_what_is_blocked_or_never_accepted_is_refused(coder: Coder, sentence: str,
                                                      expected: tuple[str, str, str]) -> None:
    got = roots(coder, sentence)
    assert expected[2] in {r for s, _, r in got if s == expected[0]}, got


def test_a_road_blocked_stays_a_protest(coder: Coder) -> None:
    assert "12" not in {r for _, _, r in roots(coder, "Farmers from Poland blocked the road to the Ukrainian border.")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia is ready to strike Georgia.", ("RUS", "GEO", "13")),
        ("Japan is prepared to impose sanctions on Russia.", ("JPN", "RUS", "13")),
        ("India remains determined to expel Pakistani diplomats.", ("IND", "PAK", "13")),
    ],
)
def test_resolve_to_act_against_a_state_is_a_threat(coder: Coder, sentence: str,
                                                    expected: tuple[str, str, str]) -> None:
    got = roots(coder, sentence)
    assert expected in got
    assert not any(r == "03" for _, _, r in got), got


def test_the_infinitive_of_a_signalled_willingness_is_the_signallers(coder: Coder) -> None:
    got = roots(coder, "The United States signaled willingness to ease sanctions on Cuba.")
    assert ("USA", "CUB", "03") in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seoul and Tokyo exchanged letters on the fisheries dispute.", ("KOR", "JPN", "04")),
        ("Washington removed Sudan from its list of state sponsors of terrorism.", ("USA", "SDN", "08")),
        ("Venezuela reopened its border with Colombia.", ("VEN", "COL", "08")),
        ("Greece ended its embargo on North Macedonia.", ("GRC", "MKD", "08")),
        ("Uganda pulled its troops out of South Sudan.", ("UGA", "SSD", "08")),
        ("Beijing lodged solemn representations with Washington over the arms sale.", ("CHN", "USA", "11")),
        ("The Kremlin blasted Britain's decision to expel its diplomats.", ("RUS", "GBR", "11")),
        ("North Korea snubbed South Korea's invitation.", ("PRK", "KOR", "12")),
        ("Iran unveiled a new ballistic missile.", ("IRN", "---", "15")),
        ("The United States designated Cuba a state sponsor of terrorism.", ("USA", "CUB", "16")),
        ("Israel froze tax transfers to the Palestinian Authority.", ("ISR", "PSE", "16")),
        ("Tehran hit back with sanctions on British officials.", ("IRN", "GBR", "16")),
        ("Brazil put Paraguay under sanctions.", ("BRA", "PRY", "16")),
        ("North Korea sentenced an American tourist to 15 years of hard labour.", ("PRK", "USA", "17")),
        ("Indian courts sentenced two Pakistani nationals to ten years in prison.", ("IND", "PAK", "17")),
    ],
)
def test_verbs_and_nouns_of_wire_prose(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


def test_a_blast_is_still_a_bombing(coder: Coder) -> None:
    assert "18" in {r for _, _, r in roots(coder, "A blast hit the Pakistani consulate in Kandahar.")} | \
        {r for _, _, r in roots(coder, "A car bomb blast killed two Afghan soldiers near the Pakistani border.")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel said it regretted Poland's decision.", ("ISR", "POL", "11")),
        ("Indonesia handed a protest note to Australia's ambassador.", ("IDN", "AUS", "11")),
        ("Iran's foreign ministry called the British seizure of the tanker piracy.", ("IRN", "GBR", "11")),
        ("Russian bombers violated Estonian airspace.", ("RUS", "EST", "15")),
        ("Chinese coast guard vessels entered Japanese territorial waters.", ("CHN", "JPN", "15")),
        ("Azerbaijan launched a ground offensive against Armenia.", ("AZE", "ARM", "19")),
        ("Cambodia and Thailand agreed on a ceasefire.", ("KHM", "---", "08")),
    ],
)
def test_more_senses_of_wire_prose(coder: Coder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(coder, sentence)


def test_a_place_near_a_state_is_still_no_target_of_fighting(coder: Coder) -> None:
    assert "TUR" not in {t for _, t, _ in roots(coder, "Syrian forces shelled villages near the Turkish border.")}


def test_a_verb_spelled_with_its_forms_keeps_every_pattern(tmp_path: Path) -> None:
    """Lines of one verb written with and without its forms ("agree", "agree{agreed} ... truce") make one entry:
    the patterns of both are tried for every form."""
    (tmp_path / "verbs.txt").write_text("019 agree\n087 agree{agreed} ... truce\n", encoding="utf-8")
    coder = Coder(lexicon=load_lexicon(tmp_path))
    assert {e.code for e in coder.code_sentence("Peru agreed a truce with Chile.", date=DAY)} == {"087"}


def test_an_envoy_asked_to_leave_the_country_is_expelled(coder: Coder) -> None:
    got = roots(coder, "Bolivia declared the Chilean ambassador persona non grata and asked him to leave the country.")
    assert ("BOL", "CHL", "16") in got
    assert ("BOL", "CHL", "02") not in got


def test_a_danger_described_is_no_threat(coder: Coder) -> None:
    described = roots(coder, "Kenya built a new port, threatening Tanzania's trade interests.")
    assert "13" not in {r for _, _, r in described}
    assert ("RUS", "UKR", "13") in roots(coder, "Russia threatened to cut off gas supplies to Ukraine.")
