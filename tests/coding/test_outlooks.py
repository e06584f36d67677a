"""A state's words on its own relations with another are a comment on them, on that other (sentences written for
these tests, none from an evaluation set; docs/coder.md, "What a state says of its relations with another").

"says tensions with Peru have eased" is an optimistic comment (013) on Peru, "says the Chile-Peru relationship is in a
very serious situation" a pessimistic one (012); a state named beside the teller's own as a party of the relations
is the one the comment is on. Relations of two others, a state's ties named as another's, relations as a topic of
talks and an act on ties ("would cut ties") are no such comment.
"""

from __future__ import annotations

import datetime as dt

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


# relations told with no state named in the clause: the teller's last meeting told before names the other party
# (docs/coder.md, "Relations told with no party named: the party of the talks told before")
_TALKS = "The foreign ministers of Chile and Peru met in Lima on Tuesday. "


def _text_acts(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code_text(text, date=dt.date(2016, 5, 4))}


@pytest.mark.parametrize(("text", "code"), [
    (_TALKS + "The Chilean foreign minister says, as a result, tensions have eased considerably.", "013"),
    (_TALKS + "There were clashes on the border last month. The Chilean minister said relations had improved.",
     "013"),
    (_TALKS + "The Chilean foreign minister said ties between the two countries remain strained.", "012"),
    ("The Chilean president hosted the president of Peru on Monday. The Chilean president said the relationship "
     "would be excellent.", "013"),
])
def test_relations_with_no_party_named_are_with_the_party_of_the_talks(coder: Coder, text: str,
                                                                        code: str) -> None:
    assert ("CHL", "PER", code) in _text_acts(coder, text)


@pytest.mark.parametrize("text", [
    # relations of the teller at home, or with no word of their state
    _TALKS + "The Chilean foreign minister said tensions within the ruling coalition had eased.",
    _TALKS + "The Chilean foreign minister said relations are a matter for the two presidents.",
    _TALKS + "The Chilean foreign minister said his relationship with the press was excellent.",
    # no meeting of the teller's state told before: no party guessed
    "The foreign ministers of Bolivia and Peru met in Lima on Tuesday. The Chilean foreign minister said tensions "
    "have eased.",
])
def test_relations_of_no_talks_told_stay_a_statement(coder: Coder, text: str) -> None:
    assert not any(s == "CHL" and t != "---" and c[:2] == "01" for s, t, c in _text_acts(coder, text))
