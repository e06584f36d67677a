"""Counterfactuals are no acts and no intents (coding._unreal_openers): an inversion after "that" ("said that had
Seoul kept the accord, ...") opens a condition, and "would have" + a participle tells an unreal past, where "would"
alone announces an act to come."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

    from detente.coding import Coder

DAY = dt.date(2011, 11, 28)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The paper noted that had Hanoi kept the accord, Beijing would have sent aid to Vietnam.", ("CHN", "VNM")),
    ("The minister said that had Britain kept its word, Argentina would have withdrawn its troops from the islands.",
     ("ARG", "---")),
    ("The envoy argued that had the talks gone on, Turkey would have opened its border with Armenia.",
     ("TUR", "ARM")),
    ("It is clear that had the treaty been honoured, Russia would have supplied gas to Ukraine all winter.",
     ("RUS", "UKR")),
])
def test_an_unreal_past_is_neither_done_nor_intended(shared_coder: Coder, sentence: str,
                                                     pair: tuple[str, str]) -> None:
    assert not any((e.source[:3], e.target[:3]) == pair and e.modality in ("occurred", "intended")
                   for e in shared_coder.code_sentence(sentence, date=DAY))


@pytest.mark.parametrize(("sentence", "pair", "root"), [
    # guards: "would" alone announces an act, "had" + a participle after a relative pronoun tells one done
    ("China said it would send aid to Laos.", ("CHN", "LAO"), "03"),
    ("Beijing said on Monday that it would send emergency aid to Vietnam.", ("CHN", "VNM"), "03"),
    ("The minister said that Argentina had withdrawn its troops from the border with Chile.", ("ARG", "CHL"), "08"),
])
def test_an_announced_or_told_act_stays(country_coded: CountryCoded, sentence: str, pair: tuple[str, str],
                                        root: str) -> None:
    assert any((s, t, r) == (*pair, root) for s, t, r, _ in country_coded(sentence, DAY))
