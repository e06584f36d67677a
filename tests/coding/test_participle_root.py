"""A main verb the parser read as a participle on its subject ("The statement accused Peru ...") or as an adjective
on its object ("Peru's ambassador to the United Nations criticized Chile", "criticized" hung on "Chile"): the
sentence's parse has no main verb until :func:`detente.coding._participle_root.participle_root` makes the verb its
root; reduced relative clauses and adjectives keep their reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.coding._text import tokenize
from detente.coding.syntax import default_parser

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


def _root(sentence: str) -> tuple[str, str | None]:
    """The parse's root word, and its subject's word (None when it has none)."""
    words = tokenize(sentence)
    parse = default_parser().parse(words)
    root = next(i for i, h in enumerate(parse.heads) if h == i)
    subject = parse.child(root, "nsubj")
    return words[root], None if subject is None else words[subject]


@pytest.mark.parametrize(("sentence", "verb", "subject"), [
    ("The statement accused Peru of violating the truce.", "accused", "statement"),
    ("The organization called upon Chile to stop the drills.", "called", "organization"),
    ("Many speakers accused Chile of meddling in the internal affairs of Peru.", "accused", "speakers"),
    ("Peru's ambassador to the United Nations criticized Chile.", "criticized", "ambassador"),
    ("The ambassador of Peru to the United Nations criticized Chile.", "criticized", "ambassador"),
])
def test_the_verb_is_the_main_verb(sentence: str, verb: str, subject: str) -> None:
    assert _root(sentence) == (verb, subject)


@pytest.mark.parametrize(("sentence", "root"), [
    ("The sanctions imposed by Japan on Iran hurt trade.", "sanctions"),  # a "by" agent: a reduced relative
    ("The delegation led by the foreign minister left for Peru.", "delegation"),
    ("Men suspected to be Peruvian agents were arrested in Chile.", "suspected"),  # an infinitive alone: passive
    ("The proposed talks between Chile and Peru.", "talks"),  # an adjective after a determiner
    ("Soil samples taken near the border contained lead.", "taken"),  # a participle with no object
])
def test_reduced_relatives_and_adjectives_keep_their_reading(sentence: str, root: str) -> None:
    assert _root(sentence)[0] == root


@pytest.mark.parametrize(("sentence", "event"), [
    ("Peru's ambassador to the United Nations criticized Chile.", ("PER", "CHL", "111")),
    ("The ambassador of Peru to the United Nations criticized Chile.", ("PER", "CHL", "111")),
    ("Chile's permanent observer to the United Nations in a press conference on Monday criticized Peru's "
     "decision.", ("CHL", "PER", "111")),
    ("The envoy of Ecuador to the Organization of American States accused Colombia of violating the border.",
     ("ECU", "COL", "112")),
])
def test_the_subject_acts_not_the_body_it_is_posted_to(code_coded: CodeCoded, sentence: str,
                                                       event: tuple[str, str, str]) -> None:
    assert event in code_coded(sentence)
    assert not any(source in ("IGO", "USA") for source, _, _ in code_coded(sentence))


@pytest.mark.parametrize(("sentence", "event"), [
    ("Bolivia's ambassador to the United Nations praised Brazil.", ("BOL", "BRA", "051")),
    ("Uruguay's representative to the United Nations at a briefing on Tuesday condemned Argentina's blockade.",
     ("URY", "ARG", "111")),
    ("Chile criticized the sanctions imposed by Japan.", ("CHL", "JPN", "111")),
])
def test_readings_the_parse_got_right_stay(code_coded: CodeCoded, sentence: str, event: tuple[str, str, str]) -> None:
    assert event in code_coded(sentence)
