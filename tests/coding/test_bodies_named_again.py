"""Bodies a text names again without their country (sentences written for these tests).

"Norway's Foreign Ministry protested ... The ministry also summoned ...": the second "the ministry" is the body
the text named before with the same noun. A body the text never named with its country stays unknown, and a
body of another noun is not taken for it.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder

DAY = dt.date(2016, 3, 9)


def _pairs(coder: Coder, sentences: list[str]) -> list[set[tuple[str, str]]]:
    return [{(e.source, e.target) for e in found} for found in coder.code_many(sentences, date=DAY)]


def test_the_ministry_is_the_ministry_named_before(coder: Coder) -> None:
    found = _pairs(coder, ["Norway's Foreign Ministry protested the arrest of two fishermen by Russia.",
                           "The ministry also urged Russia to free the crew."])
    assert ("NORGOV", "RUS") in found[1]


def test_the_latest_body_of_the_noun_is_meant(coder: Coder) -> None:
    found = _pairs(coder, ["The Kenyan Defence Ministry denied the report.",
                           "Later, the Ugandan Foreign Ministry accused Kenya of sheltering rebels.",
                           "The ministry demanded that Kenya expel the rebels."])
    assert ("UGAGOV", "KEN") in found[2]


def test_a_council_named_before_with_an_organisation(coder: Coder) -> None:
    found = _pairs(coder, ["The UN Security Council met on Tuesday to discuss Haiti.",
                           "The council urged Haiti to hold elections."])
    assert any(s.startswith("IGOUNO") and t == "HTI" for s, t in found[1])


def test_the_regime_is_the_regime_named_before(coder: Coder) -> None:
    found = _pairs(coder, ["The Sudanese regime expelled two aid agencies on Friday.",
                           "On Sunday the regime also accused Chad of arming the rebels."])
    assert ("SDNGOV", "TCD") in found[1]


def test_a_body_never_named_with_its_country_stays_unknown(coder: Coder) -> None:
    found = _pairs(coder, ["Thousands marched in the capital on Sunday.", "The ministry urged Peru to negotiate."])
    assert all(not s[:3].isalpha() for s, _ in found[1])


def test_a_body_of_another_noun_is_not_taken_for_it(coder: Coder) -> None:
    found = _pairs(coder, ["Norway's Foreign Ministry protested the arrest of two fishermen by Russia.",
                           "The council urged Russia to free the crew."])
    assert all(not s.startswith("NOR") for s, _ in found[1])
