"""A threat a copula judges ("the presence is a threat to Peru"), a war that is no use of force ("waged a war of
words", "a trade war") and "thanks to" a cause ("thanks to Chilean aid"): no threat made, no fighting, nobody
thanked."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.coder import reported_act

DAY = dt.date(2012, 5, 8)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country or ---, code, modality) of each act the sentence reports."""
    return {(e.source[:3], e.target[:3], e.code, e.modality) for e in coder.code_sentence(sentence, date=DAY)
            if reported_act(e)}


@pytest.mark.parametrize(
    "sentence",
    ["The Chilean military presence is a threat to Peru.",
     "Lima's arms sales to Bolivia are a direct threat to Chile.",
     "Chile's militarism remains the most serious threat to Peru.",
     "The Peruvian missile programme has become a grave security threat to Chile."],
)
def test_a_threat_a_copula_judges_is_no_threat_made(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert not any(code.startswith("13") for _, _, code, _ in acts), acts


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [("Peru's threat to Chile angered Lima.", ("PER", "CHL")),
     ("Peru's threat to Chile is a grave threat to peace.", ("PER", "CHL")),
     ("Peru threatened Chile with war.", ("PER", "CHL"))],
)
def test_a_threat_made_stays_a_threat(coder: Coder, sentence: str, pair: tuple[str, str]) -> None:
    acts = coded(coder, sentence)
    assert any((s, t) == pair and code.startswith("13") for s, t, code, _ in acts), acts


@pytest.mark.parametrize(
    "sentence",
    ["Peru and Chile waged a trade war over copper.",
     "Chile is waging a psychological war against Peru.",
     "Peru waged a war of nerves with Chile.",
     "Chile is waging a fierce price war against Peru."],
)
def test_a_war_that_is_no_fighting_is_no_use_of_force(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert not any(code.startswith(("18", "19", "20")) for _, _, code, _ in acts), acts


def test_a_war_of_words_is_criticism(coder: Coder) -> None:
    acts = coded(coder, "Peru has waged a war of words with Chile.")
    assert any((s, t, code) == ("PER", "CHL", "111") for s, t, code, _ in acts), acts
    assert not any(code.startswith("19") for _, _, code, _ in acts), acts


@pytest.mark.parametrize("sentence", ["Peru waged war against Chile.", "Chile waged a war of aggression on Peru."])
def test_a_war_waged_stays_fighting(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert any(s in ("PER", "CHL") and code == "190" for s, _, code, _ in acts), acts


@pytest.mark.parametrize(
    "sentence",
    ["Thanks to Chilean aid, Peru rebuilt its ports.",
     "Peru's economy grew stronger thanks to Chilean investment.",
     "It was thanks to Chile's help that Peru recovered.",
     "Lima is convinced that thanks to Chile's efforts the talks will succeed.",
     "Relations grew under the care of the leaders and thanks to Chile's efforts."],
)
def test_thanks_to_a_cause_is_no_thanks(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert not any(code == "051" for _, _, code, _ in acts), acts


@pytest.mark.parametrize(
    "sentence",
    ["Peru expressed thanks to Chile for its aid.", "Peru extended sincere thanks to Chile.",
     "Peru gave thanks to Chile.", "Peru thanked Chile for its aid.",
     "Peru's thanks to Chile were conveyed by its envoy.",
     "Peru extended high appreciation and thanks to Chile."],
)
def test_thanks_given_stay_thanks(coder: Coder, sentence: str) -> None:
    acts = coded(coder, sentence)
    assert any((s, t, code) == ("PER", "CHL", "051") for s, t, code, _ in acts), acts
