"""An international body's official introduced by the body's post and a name, named again by surname (sentences
written for these tests): "The OAS envoy, Lucia Ferraro, landed ... Ferraro urged Venezuela ..." is the OAS's
appeal to Venezuela. A post with a remit of common nouns ("the AU's special envoy for the Horn of Africa, X Y,")
introduces the name too. A state's envoy, and a person the lexicon knows, keep their own readings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 6, 9)


def _coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3] if not e.source.startswith("IGO") else e.source.removesuffix("GOV"), e.target[:3],
             e.code[:2]) for e in coder.code_text(text, date=DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The OAS envoy, Lucia Ferraro, landed in Caracas on Monday. "
     "Ferraro urged Venezuela to free the detained diplomats.", ("IGOOAS", "VEN", "02")),
    # a post with a remit of common nouns before the name
    ("The African Union's special envoy for the Horn of Africa, Tomas Kiberu, arrived in Asmara on Sunday. "
     "Kiberu called on Eritrea to reopen the border crossing.", ("IGOAFRAFU", "ERI", "02")),
    ("NATO envoy Pieter Halvorsen visited Ankara on Tuesday. "
     "Halvorsen urged Turkey to ratify the accession protocol without delay.", ("IGOWSTNAT", "TUR", "02")),
    ("The U.N. special representative for the border dispute, Oskar Lindqvist, flew to Georgetown on Friday. "
     "Lindqvist criticised Venezuela for its threats.", ("IGOUNO", "VEN", "11")),
])
def test_a_body_official_named_again_by_surname_acts_for_the_body(coder: Coder, text: str,
                                                                  expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, text)


def test_a_state_envoy_keeps_his_country(coder: Coder) -> None:
    found = _coded(coder, "The Turkish envoy, Kerem Aydin, arrived in Damascus on Monday. "
                          "Aydin urged Syria to secure the border.")
    assert ("TUR", "SYR", "02") in found


def test_a_remit_with_no_name_after_it_introduces_nobody(coder: Coder) -> None:
    found = _coded(coder, "The U.N. envoy for the region, officials said, will arrive on Friday. "
                          "Kenya urged Somalia to attend the talks.")
    assert ("KEN", "SOM", "02") in found
    assert not any(s.startswith("IGO") and t == "SOM" for s, t, _ in found)
