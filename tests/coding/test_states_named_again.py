"""A state named again by a common noun (sentences written for these tests).

"Morocco recalled its ambassador ... The kingdom also accused Algeria ...", "The island's foreign ministry
rejected ...", "The country's foreign ministry condemned the European Union": the noun opening a clause, or owning
its subject, is the state the sentence before made its subject (or the one state it named, when its subject was
an organisation); "the kingdom", "the island" a state of that kind. Two candidates, a noun that is no subject,
and "the regime" when the foe is named beside the subject stay unresolved.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2022, 5, 18)


def _pairs(coder: Coder, sentences: list[str]) -> list[set[tuple[str, str, str]]]:
    return [{(e.source[:3], e.target[:3], e.code[:2]) for e in found}
            for found in coder.code_many(sentences, date=DAY)]


@pytest.mark.parametrize(("sentences", "expected"), [
    (["Morocco on Monday recalled its ambassador from Algiers.",
      "The kingdom also accused Algeria of backing separatists in the desert."], ("MAR", "DZA", "11")),
    (["Sri Lanka on Tuesday detained twenty Indian fishermen off its northern coast.",
      "The island's foreign ministry on Wednesday rejected a protest from New Delhi."], ("LKA", "IND", "12")),
    (["The European Union on Monday imposed sanctions on Nicaraguan officials.",
      "The country's foreign ministry on Tuesday condemned the European Union."], ("NIC", "IGO", "11")),
    (["Qatar on Sunday closed its airspace to flights from Bahrain.",
      "On Monday the emirate demanded that Bahrain withdraw its coast guard vessels."], ("QAT", "BHR", "10")),
    (["Taipei on Friday put its coast guard on alert, and the island's defence ministry accused Beijing of "
      "escalating tensions."], ("TWN", "CHN", "11")),
    (["Iran on Tuesday seized a tanker flying the flag of Panama.",
      "The regime on Wednesday warned Panama against any retaliation."], ("IRN", "PAN", "13")),
])
def test_the_noun_is_the_state_named_before(coder: Coder, sentences: list[str],
                                            expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(coder, sentences)[-1]


def test_the_regime_beside_its_foe_stays_unresolved(coder: Coder) -> None:
    found = _pairs(coder, ["Japan on Monday condemned North Korea's latest missile launch.",
                           "The regime on Tuesday accused Tokyo of hostile provocations."])
    assert all(s != "JPN" for s, _, _ in found[1])


def test_two_kingdoms_as_the_subject_leave_the_kingdom_unresolved(coder: Coder) -> None:
    found = _pairs(coder, ["Spain and Morocco signed a fisheries agreement on Monday.",
                           "The kingdom also urged Algeria to reopen its border."])
    assert all(s not in ("ESP", "MAR") for s, _, _ in found[1])


def test_a_country_that_is_no_subject_is_left_alone(coder: Coder) -> None:
    found = _pairs(coder, ["Germany on Monday pledged new aid to Ukraine.",
                           "Berlin will help the country rebuild its power grid before the winter."])
    assert all(t != "DEU" for _, t, _ in found[1])
