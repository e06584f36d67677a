"""An actor after a pronoun subject that stands for no actor is that pronoun's object, not the sentence's subject
(sentences written for these tests; coding._mention_shapes._subjects, read by coding.coref).

"It urged the U.S. and Japan to halt the drills", where "it" is a text or body the coder does not know: the U.S.
and Japan are whom it urged. They were read as the sentence's subject, so that "the two sides", "it" and "they"
of the next sentence stood for them.

"Jose Luis Moreno, general secretary of the Socialist Party of Peru, issued a statement. He said ...": a person the
lexicon does not know, named first and described in apposition with a post and a country, is the person "he"
stands for (coding._names.named_opener).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding._mention_shapes import _subjects
from detente.coding._names import named_opener
from detente.coding.mentions import Mention

DAY = dt.date(2012, 3, 14)


@pytest.fixture(scope="module")
def coder(shared_coder: Coder) -> Coder:
    return shared_coder


def _last(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_many(sentences, date=DAY)[-1]}


def test_the_two_sides_after_an_unread_pronoun_are_not_whom_it_urged(coder: Coder) -> None:
    found = _last(coder, ["The appeal voiced concern over the tension on the peninsula.",
                          "It urged the U.S. and the south Korean authorities to stop the war drills.",
                          "The north proposed dialogue and negotiations between the two sides."])
    assert ("PRK", "KOR", "03") in found
    assert not any(s == "USA" for s, _, _ in found)


def test_it_after_an_unread_pronoun_is_not_whom_it_urged(coder: Coder) -> None:
    found = _last(coder, ["The bulletin was issued in Havana on Monday.",
                          "It urged Colombia to release the prisoners.",
                          "It also accused Peru of torture."])
    assert not any(s == "COL" for s, _, _ in found)


@pytest.mark.parametrize(("words", "actors", "subject"), [
    # the pronoun is the subject: the actors after it are what its verb acts on
    ("it urged the u.s. and japan to stop", [(2, 3), (4, 5)], []),
    ("besides , they accused china of lying", [(4, 5)], []),
    # guards: what was said has its own subject; "it is" acts on nothing; "HE" inside a phrase is a title
    ("he said the u.s. must stop", [(3, 4)], [(3, 4)]),
    ("it is the u.s. that must stop", [(3, 4)], [(3, 4)]),
    ("on behalf of he obiang , chile sent a message", [(6, 7)], [(6, 7)]),
    ("japan urged it to stop", [(0, 1)], [(0, 1)]),
])
def test_the_subject_by_word_order(words: str, actors: list[tuple[int, int]],
                                   subject: list[tuple[int, int]]) -> None:
    low = words.split()
    mentions = [Mention(a, b, "XXX") for a, b in actors]
    assert [(m.start, m.end) for m in _subjects(low, mentions)] == subject


def test_a_resolved_pronoun_is_the_subject(coder: Coder) -> None:
    # guard: "it" that stands for the state named before keeps its sentence's subject
    found = _last(coder, ["Japan criticized the drills on Monday.",
                          "It urged the U.S. and South Korea to halt them."])
    assert ("JPN", "USA", "02") in found and ("JPN", "KOR", "02") in found


# -- a person named first and described in apposition ("Name, post of ... Country, said ...") ------------------


def test_he_after_a_person_described_in_apposition_is_that_person(coder: Coder) -> None:
    found = _last(coder, ["The delegation arrived in Pyongyang on Monday.",
                          "Jose Luis Moreno, general secretary of the Socialist Party of Peru, issued a statement.",
                          "He said the U.S. must stop its hostile policy toward Cuba."])
    assert ("PER", "USA", "10") in found
    found = _last(coder, ["Lina Toma, a Romanian athlete, won the race on Monday.",
                          "She praised the Bulgarian organizers."])
    assert ("ROM", "BGR", "05") in found


@pytest.mark.parametrize("sentence", [
    # no post in the description, a title in the name, a list of names, a country where a body stands
    "Jose Luis Moreno, deeply aware of the history of Peru, spoke on Tuesday.",
    "President Jose Moreno, general secretary of the Socialist Party of Peru, spoke on Tuesday.",
    "Jose Moreno, Ana Ruiz and Peru's envoy spoke on Tuesday.",
    "Jose Moreno, chairman of the Association of Koreans in Peru, spoke on Tuesday.",
])
def test_no_person_without_a_described_post(sentence: str) -> None:
    tokens = sentence.replace(",", " ,").replace(".", " .").replace("'s", " 's").split()
    low = [w.lower() for w in tokens]
    peru = next(q for q, w in enumerate(tokens) if w.startswith("Peru"))
    mentions = [Mention(peru, peru + 1, "PER")]
    assert named_opener(tokens, low, mentions) is None


def test_a_described_post_names_the_person() -> None:
    sentence = "Jose Luis Moreno , general secretary of the Socialist Party of Peru , spoke ."
    tokens = sentence.split()
    low = [w.lower() for w in tokens]
    found = named_opener(tokens, low, [Mention(11, 12, "PER")])
    assert found is not None and (found.start, found.end, found.code, found.person) == (0, 3, "PER", True)


# -- a person named again by the given name written first ("Prime Minister Abiy Ahmed ... Abiy said") ---------


@pytest.mark.parametrize(("first", "source"), [
    ("Prime Minister Tesfaye Bekele of Ethiopia visited Asmara on Monday.", "ETHGOV"),
    # guards: a given name two people share names neither; a surname names its person before a given name does
    ("Prime Minister Tesfaye Bekele of Ethiopia met President Tesfaye Kidane of Eritrea.", "---"),
    ("Prime Minister Tesfaye Bekele of Ethiopia met President Hagos Tesfaye of Eritrea.", "ERIGOV"),
])
def test_a_given_name_written_first_names_the_person_again(coder: Coder, first: str, source: str) -> None:
    last = coder.code_many([first, "Tesfaye praised Sudan for its efforts."], date=DAY)[-1]
    assert {e.source for e in last if e.target == "SDN" and e.code.startswith("05")} == {source}
