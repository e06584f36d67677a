"""A warning to answer any provocation, incursion or attack yet to come is a threat aimed at the one who would make
it: "Thailand will respond firmly to any provocation by Cambodia" is Thailand -> Cambodia 13, the maker named as an
adjective or a possessive before the noun, or after "by" or "from". "As long as" opens a condition as "if" does:
"will strike back as long as it is attacked by X" is a threat to X. Guards: an answer to a proposal, an answer
told as done, an answer urged on another, and a warning that names no maker."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2011, 4, 26)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [("Thailand will respond firmly to any provocation by Cambodia, the army spokesman said.", ("THA", "KHM", "13")),
     ("Greece said it would react decisively to any Turkish incursion into its airspace.", ("GRC", "TUR", "13")),
     ("The Thai army will respond to any provocation from Cambodia with overwhelming force.", ("THA", "KHM", "13")),
     ("Sudan will strike back as long as it is attacked by South Sudan.", ("SDN", "SSD", "13")),
     ("Georgia said it would counter any Russian intrusions with all the means it has.", ("GEO", "RUS", "13"))],
)
def test_an_answer_to_a_provocation_to_come_warns_its_maker(country_coded: CountryCoded, sentence: str,
                                                            event: tuple[str, str, str]) -> None:
    acts = {(s, t, r) for s, t, r, _ in country_coded(sentence, DAY)}
    assert event in acts, acts


@pytest.mark.parametrize(
    "sentence",
    ["Thailand will respond to Cambodia's proposal for a ceasefire next week.",
     "Thailand responded to the Cambodian proposal on Monday.",
     "Thailand urged Cambodia to respond to any provocation by Laos with restraint.",
     "Thailand said it would respond to any provocation along the border."],
)
def test_no_warning_without_a_provocation_to_come_and_its_maker(country_coded: CountryCoded, sentence: str) -> None:
    acts = country_coded(sentence, DAY)
    assert not any(r == "13" for _, _, r, _ in acts), acts
