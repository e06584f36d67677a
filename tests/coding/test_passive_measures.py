"""A measure announced in the passive after a state's words is the teller's intent or threat: "Chile said sanctions
on Peru will be reimposed if Lima resumes its tests" is Chile -> Peru 13; the passive names no doer, and the one who
announces what will be done to or for another state is the one who will do it. Guards: a passive with its doer
after "by", one told as done, one hedged, one whose subject another state owns, and a teller of no state."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.coding.conftest import CountryCoded

DAY = dt.date(2016, 10, 4)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [("Ecuador said on Tuesday that sanctions on Colombia will be reimposed if Bogota keeps its import ban.",
      ("ECU", "COL", "13")),
     ("The Kenyan defence minister warned that any intrusion into its waters by Somali boats would be met with "
      "force.", ("KEN", "SOM", "13")),
     ("Ghana said Togo's provocations would be met with a firm response.", ("GHA", "TGO", "13")),
     ("Norway announced on Tuesday that the remaining restrictions on Iceland would soon be lifted under the new "
      "fisheries deal.", ("NOR", "ISL", "03"))],
)
def test_a_passive_measure_to_come_is_the_tellers(country_coded: CountryCoded, sentence: str,
                                                  event: tuple[str, str, str]) -> None:
    acts = {(s, t, r) for s, t, r, _ in country_coded(sentence, DAY)}
    assert event in acts, acts


@pytest.mark.parametrize(
    ("sentence", "teller"),
    [("Economists said tariffs on Colombian goods will be restored if Bogota keeps its import ban.", "---"),
     ("Ecuador said it expected that tariffs on Colombian goods would be restored by the summer.", "ECU"),
     ("Ecuador said tariffs on Colombian goods were restored on Monday.", "ECU"),
     ("Ecuador said tariffs on Colombian goods will be restored by Peru.", "ECU"),
     ("Ecuador said Peru's sanctions on Colombia will be lifted next month.", "ECU")],
)
def test_no_teller_takes_a_passive_done_hedged_or_of_another(country_coded: CountryCoded, sentence: str,
                                                             teller: str) -> None:
    acts = country_coded(sentence, DAY)
    assert not any(s == teller and t == "COL" for s, t, _, _ in acts), acts
