"""A state's words on its own relations with another are a comment on them, on that other (sentences written for
these tests, none from an evaluation set; docs/coder.md, "What a state says of its relations with another").

"says tensions with Peru have eased" is an optimistic comment (013) on Peru, "says the Chile-Peru relationship is in a
very serious situation" a pessimistic one (012); a state named beside the teller's own as a party of the relations
is the one the comment is on. Relations of two others, a state's ties named as another's, relations as a topic of
talks and an act on ties ("would cut ties") are no such comment.
"""

from __future__ import annotations

import pytest
from test_senses6 import acts  # (source country, target country or ---, code) of each act a sentence reports

from detente.coding import Coder


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


@pytest.mark.parametrize(("sentence", "code"), [
    ("Chile's foreign minister says tensions with Peru have eased considerably.", "013"),
    ("The Chilean foreign minister says the Chile-Peru relationship is in a very serious situation.", "012"),
    ("The Chilean foreign minister emphasized that Chile and Peru will always enjoy a uniquely close relationship.",
     "013"),
    ("The Chilean president said relations with Peru have never been better.", "013"),
    ("The Chilean president said relations with Peru are not good.", "012"),
    ("Chile said its relations with Peru are strained.", "012"),
    ("Chile said tensions with Peru were rising.", "012"),
    ("Chile said tensions with Peru have not eased.", "012"),
])
def test_words_on_own_relations_are_a_comment_on_the_other(coder: Coder, sentence: str, code: str) -> None:
    found = acts(coder, sentence)
    assert ("CHL", "PER", code) in found
    assert not any(s == "CHL" and t == "---" and c[:2] == "01" for s, t, c in found)


@pytest.mark.parametrize("sentence", [
    "The Chilean president said Peru and Bolivia enjoy close ties.",
    "The Chilean president said Peru's relations with Bolivia have worsened.",
    "The Chilean president said Peru has close ties with Bolivia.",
])
def test_relations_of_others_are_no_comment_on_them(coder: Coder, sentence: str) -> None:
    assert not any(c[:2] == "01" and t != "---" for _, t, c in acts(coder, sentence))


@pytest.mark.parametrize("sentence", [
    "Chile said the talks on relations with Peru would resume on Monday.",
    "Chile said it would cut ties with Peru.",
])
def test_relations_as_a_topic_or_an_act_are_no_comment(coder: Coder, sentence: str) -> None:
    assert not any(s == "CHL" and t == "PER" and c[:2] == "01" for s, t, c in acts(coder, sentence))


def test_a_negation_elsewhere_in_the_clause_does_not_turn_it(coder: Coder) -> None:
    found = acts(coder, "The Austrian minister said that a close working relationship with Chile is ideal, "
                        "and that Austria's neutrality is no impediment.")
    assert ("AUT", "CHL", "013") in found
