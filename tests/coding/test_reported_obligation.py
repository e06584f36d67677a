"""What a side said another side needed to or had to do, or made clear it must do: its demand (10) on that side
(sentences written for these tests, none from an evaluation set; docs/coder.md, "Obligations told in reported
speech").

In reported speech the modal of obligation moves into the past with the verb of telling: "Japan said China needs
to release the crew" becomes "Japan said China needed to release the crew", the same demand. "Made clear" and
"made it clear" tell as "said" does. The guards keep a past "needed" or "had" that is no modal of obligation, a
course the teller's own side needed to take, and a "made clear" that tells nothing of another side.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2012, 5, 14)


def coded(coder: Coder, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country, code) of each event of the sentence."""
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_sentence(sentence, date=DAY)}


@pytest.mark.parametrize(
    ("sentence", "demand"),
    [
        ("Japan said China needed to release the crew of the trawler.", ("JPN", "CHN", "100")),
        ("The Chinese government said Vietnam needed to withdraw its ships from the area.", ("CHN", "VNM", "100")),
        ("Russia said Georgia had to pull its troops back from the border.", ("RUS", "GEO", "100")),
        ("India made clear Pakistan needed to hand over the suspects to Indian courts.", ("IND", "PAK", "100")),
        ("The United States made it clear that Iran had to halt its enrichment of uranium.", ("USA", "IRN", "100")),
        ("Peru made clear that Chile must respect the ruling of the court.", ("PER", "CHL", "100")),
    ],
)
def test_an_obligation_told_in_the_past_is_the_tellers_demand(shared_coder: Coder, sentence: str,
                                                               demand: tuple[str, str, str]) -> None:
    assert demand in coded(shared_coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "teller"),
    [
        ("India made clear Pakistan needed to hand over the suspects to Indian courts.", ("IND", "010")),
        ("The United States made it clear that Iran had to halt its enrichment of uranium.", ("USA", "010")),
    ],
)
def test_making_clear_is_telling(shared_coder: Coder, sentence: str, teller: tuple[str, str]) -> None:
    assert teller in {(s, c) for s, _, c in coded(shared_coder, sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        # "had" and "needed" with no infinitive: an act done, a thing lacked
        "Japan said China had released the crew of the trawler.",
        "The Chinese government said Vietnam needed more food aid after the floods.",
        # the teller's own side needed to act: its own course, no demand
        "Japan said Japan needed to strengthen its coast guard near the islands.",
        # no verb of telling: the past modal is narrative
        "Vietnam needed to withdraw its ships from the area after the storm.",
    ],
)
def test_no_demand_without_an_obligation_on_another_side(shared_coder: Coder, sentence: str) -> None:
    assert not {c for _, _, c in coded(shared_coder, sentence) if c.startswith("10")}


def test_made_with_no_clear_tells_nothing(shared_coder: Coder) -> None:
    assert not {c for _, _, c in coded(shared_coder, "Japan made clearance of the mines a priority.")
                if c == "010"}
