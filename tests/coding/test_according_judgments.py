"""Judgments told "according to" a state (`coding._according`): in "Iran's enrichment is a breach of the deal,
according to the French foreign ministry" the ministry is the teller of the judgment, which is its accusation or
criticism of the party judged (FRA -> IRN), and "..., according to Japan, Russia must free the fishermen" is
Japan's demand of Russia. Sentences written for these tests. Guards: a reported act keeps its doer and is not
made the teller's act ("Syria shelled the town, according to Turkey"), a teller that is no state adds nothing."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2021, 3, 9)


@pytest.mark.parametrize(("sentence", "source", "target", "roots"), [
    ("Iran's enrichment is a clear breach of the nuclear deal, according to the French foreign ministry.",
     "FRA", "IRN", ("11", "12")),
    ("According to the Japanese government, China's incursions are a serious provocation.",
     "JPN", "CHN", ("11", "12")),
    ("Pakistan's shelling was a violation of the ceasefire, according to India.", "IND", "PAK", ("11", "12")),
    ("Turkey's incursion into northern Iraq poses a threat to regional stability, according to the Iraqi foreign "
     "ministry.", "IRQ", "TUR", ("11", "12")),
    ("Russia must withdraw its troops from the border, according to a statement from the Ukrainian foreign "
     "ministry.", "UKR", "RUS", ("10",)),
    ("According to a spokesman for the German government, Belarus must release the detained journalist at once.",
     "DEU", "BLR", ("10",)),
])
def test_the_teller_judges_the_party_judged(country_coded: CountryCoded, sentence: str, source: str,
                                            target: str, roots: tuple[str, ...]) -> None:
    coded = country_coded(sentence, DAY)
    assert any(s == source and t == target and root in roots for s, t, root, _ in coded), coded
    assert not any(t == source and s == target for s, t, _, _ in coded), coded  # not reversed


@pytest.mark.parametrize(("sentence", "doer", "teller"), [
    ("Syria used chemical weapons against civilians in Idlib, according to Britain.", "SYR", "GBR"),
    ("Serbian troops shelled a Kosovar village on Monday, according to the Albanian government.", "SRB", "ALB"),
    ("Venezuela expelled the Spanish ambassador, according to the foreign ministry in Madrid.", "VEN", "ESP"),
])
def test_a_reported_act_keeps_its_doer(country_coded: CountryCoded, sentence: str, doer: str,
                                       teller: str) -> None:
    coded = country_coded(sentence, DAY)
    assert not any(s == teller and root in ("11", "12", "10") for s, _, root, _ in coded), coded


@pytest.mark.parametrize("sentence", [
    "The sanctions are a violation of international law, according to several legal scholars.",
    "According to analysts, the missile tests are a provocation aimed at Washington.",
])
def test_no_state_teller_adds_no_teller_act(country_coded: CountryCoded, sentence: str) -> None:
    assert not any(root in ("11", "12", "10") for _, _, root, _ in country_coded(sentence, DAY))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("According to Japan's coast guard, Chinese ships entered Japanese waters near the islands on Sunday.",
     ("CHN", "JPN")),
])
def test_a_reported_act_on_the_teller_keeps_its_target(country_coded: CountryCoded, sentence: str,
                                                       expected: tuple[str, str]) -> None:
    assert expected in {(s, t) for s, t, _, _ in country_coded(sentence, DAY)}


def test_a_negated_judgment_is_no_charge(country_coded: CountryCoded) -> None:
    coded = country_coded("Iran's satellite launch was not a violation of the resolution, according to Russia.", DAY)
    assert not any(s == "RUS" and root in ("11", "12") for s, _, root, _ in coded), coded
