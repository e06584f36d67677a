"""Nationality nouns in the plural ("the Soviets", "the Greeks"), a debt of gratitude owed, and a pattern's noun
coordinated after another object with an actor of its own ("support for A and concern over B")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Soviets protested against the American spy flights.", ("RUS", "USA", "114")),
    ("The Greeks accused the Turks of violating their airspace.", ("GRC", "TUR", "112")),
    ("The Czechs signed a trade agreement with the Slovaks.", ("CZE", "SVK", "057")),
    ("The Serbs rejected the plan proposed by the Croats.", ("SRB", "HRV", "127")),
])
def test_a_plural_nationality_noun_is_its_country(code_coded: CodeCoded, sentence: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in code_coded(sentence)


@pytest.mark.parametrize(("sentence", "country"), [
    ("Laos signed a border agreement with Vietnam.", "LAO"),  # a name ending in a nationality word's plural
    ("The Philippines protested against Chinese ships.", "PHL"),
])
def test_a_name_is_no_plural_of_people(code_coded: CodeCoded, sentence: str, country: str) -> None:
    events = code_coded(sentence)
    assert events and all(source == country for source, _, _ in events)


def test_words_that_take_no_plural_s_make_none(code_coded: CodeCoded) -> None:
    # "Chineses", "Polishs": never words; the plain forms still name their countries
    assert ("CHN", "JPN", "114") in code_coded("The Chinese protested against the Japanese textbooks.")


def test_a_debt_of_gratitude_owed_is_praise(code_coded: CodeCoded) -> None:
    assert ("KEN", "CHN", "051") in code_coded("Kenya owes a debt of gratitude to China for the new railway.")
    assert ("KEN", "CHN", "051") in code_coded("Kenya owes China a debt of gratitude for the railway.")


def test_money_owed_is_no_praise(code_coded: CodeCoded) -> None:
    assert not any(code == "051" for *_, code in code_coded("Greece owes Germany billions of euros."))


def test_concern_after_support_is_over_its_own_actor(code_coded: CodeCoded) -> None:
    events = code_coded("Japan expressed support for South Korea and concern over North Korea's missile launches.")
    assert ("JPN", "PRK", "111") in events
    assert ("JPN", "KOR", "111") not in events  # the concern is not over the state supported


def test_a_second_object_with_no_actor_takes_none_from_the_first(code_coded: CodeCoded) -> None:
    events = code_coded("France expressed its thanks to Japan and its concern about the attack.")
    assert ("FRA", "JPN", "111") not in events


def test_alarm_after_sympathy_is_over_its_own_actor(code_coded: CodeCoded) -> None:
    events = code_coded("China voiced sympathy for the victims in Syria and alarm at Israel's air strikes.")
    assert ("CHN", "ISR", "111") in events
    assert ("CHN", "SYR", "111") not in events


def test_two_nouns_coordinated_before_the_preposition_keep_its_actor(code_coded: CodeCoded) -> None:
    # guard: "concern and regret over Russia's decision": both over Russia, as before
    assert any(source == "DEU" and target == "RUS" and code[:2] == "11"
               for source, target, code in code_coded("Germany expressed concern and regret over Russia's decision."))


def test_a_high_commissioner_summoned_is_a_protest(code_coded: CodeCoded) -> None:
    assert ("KEN", "GBR", "114") in code_coded("Kenya summoned the British High Commissioner over the remarks.")


def test_a_protest_note_handed_over_is_a_protest_not_a_release(code_coded: CodeCoded) -> None:
    events = code_coded("Bangladesh summoned the Indian envoy and handed over a protest note.")
    assert ("BGD", "IND", "114") in events
    assert not any(code[:2] == "08" for *_, code in events)


def test_a_letter_of_protest_handed_over_is_a_protest(code_coded: CodeCoded) -> None:
    assert ("PAK", "IND", "114") in code_coded("Pakistan handed over a strongly worded letter of protest to India.")


def test_a_letter_handed_over_is_no_release(code_coded: CodeCoded) -> None:
    assert not any(code[:2] == "08" for *_, code in code_coded(
        "The Chinese envoy handed over a letter from President Xi to the Japanese prime minister."))


def test_a_person_handed_over_is_still_a_release(code_coded: CodeCoded) -> None:
    assert ("PAK", "IND", "084") in code_coded("Pakistan handed over the captured Indian pilot to India.")
