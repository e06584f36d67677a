"""A headline's bare noun after a verb of judging is the act judged, not the judge's own (sentences written for
these tests, none from an evaluation set; docs/coder.md, "Acts remembered, judged nouns in headlines, and meeting
one's end").

"Ghana Condemns Shelling of Togolese Villages by Benin" drops the article a sentence would give the noun ("the
shelling of ..."): Ghana condemns, it shells no one. The same words with a verb ("Ghana Shells Togolese Villages")
and a judging whose object is a state ("Ghana Condemns Benin") are left alone.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2013, 5, 16)


@pytest.mark.parametrize(("headline", "wrong"), [
    ("Ghana Condemns Shelling of Togolese Villages by Benin", ("GHA", "TGO", "19")),
    ("Niger Slams Detention of Its Fishermen by Benin", ("NER", "BEN", "17")),
    ("Togo Deplores Killing of Ghanaian Traders", ("TGO", "GHA", "18")),
    ("Benin Denounces Blockade of Niger's Ports", ("BEN", "NER", "19")),
])
def test_the_noun_judged_is_not_the_judges_act(country_coded: CountryCoded, headline: str,
                                               wrong: tuple[str, str, str]) -> None:
    assert all(found[:3] != wrong for found in country_coded(headline, DAY))


@pytest.mark.parametrize(("headline", "event"), [
    ("Ghana Condemns Shelling of Togolese Villages by Benin", ("GHA", "BEN", "11")),
    ("Ghana Condemns Benin", ("GHA", "BEN", "11")),
    ("Benin Shells Togolese Villages", ("BEN", "TGO", "19")),
    ("Niger Detains Beninese Fishermen", ("NER", "BEN", "17")),
])
def test_the_judging_and_plain_acts_stay(country_coded: CountryCoded, headline: str,
                                         event: tuple[str, str, str]) -> None:
    assert event in {found[:3] for found in country_coded(headline, DAY)}
