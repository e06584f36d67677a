"""The parser's greedy loop in numpy (coding._greedy) gives the parses of spaCy's compiled loop, on sentences written
for it; a state whose move the scores' last bits could change is found and scored as spaCy scores it."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from detente.coding import syntax
from detente.coding._greedy import GreedyLoop
from detente.coding.syntax import default_parser

SENTENCES = [
    "The foreign minister of Chile, who arrived in Lima on Tuesday, met his Peruvian counterpart .",
    "Talks between the two sides broke down after the delegation walked out .",
    "Officials said the ship , which had been seized in March , was released yesterday .",
    "Canada and Mexico signed an agreement to cut tariffs on steel and aluminium .",
    "The council condemned the attack and called on both parties to show restraint .",
    "Yes",
    "Kenya",
    "Protesters gathered outside the embassy , chanting slogans against the new sanctions imposed by the government .",
    "It was not clear whether the envoy would return to the capital before the summit , a spokesman said .",
    "Norway offered to host a second round of negotiations in Oslo next month .",
]


def _spacy_parses(nlp: Any, sentences: list[list[str]]) -> list[tuple[tuple[int, ...], tuple[str, ...]]]:
    from spacy.tokens import Doc

    docs = list(nlp.pipe([Doc(nlp.vocab, words=words) for words in sentences]))
    return [(tuple(t.head.i for t in doc), tuple(t.dep_ for t in doc)) for doc in docs]


def _loop_parses(nlp: Any, loop: GreedyLoop, sentences: list[list[str]]) -> list[tuple[tuple[int, ...],
                                                                                        tuple[str, ...]]]:
    from spacy.tokens import Doc

    docs = list(nlp.pipe([Doc(nlp.vocab, words=words) for words in sentences], disable=["parser"]))
    nlp.get_pipe("parser").set_annotations(docs, loop(docs))
    return [(tuple(t.head.i for t in doc), tuple(t.dep_ for t in doc)) for doc in docs]


@pytest.fixture(scope="module")
def shipped() -> tuple[Any, GreedyLoop]:
    """The shipped model as spaCy loads it (its own loop, blis), and the numpy loop over the same model."""
    import spacy

    nlp = spacy.load(default_parser().model, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
    parser = nlp.get_pipe("parser")
    assert GreedyLoop.fits(parser)
    return nlp, GreedyLoop(parser)


def test_the_loop_parses_as_spacys_compiled_loop(shipped: tuple[Any, GreedyLoop]) -> None:
    nlp, loop = shipped
    sentences = [s.split() for s in SENTENCES]
    assert _loop_parses(nlp, loop, sentences) == _spacy_parses(nlp, sentences)


def test_every_state_scored_by_blis_gives_the_same_parses(shipped: tuple[Any, GreedyLoop],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The path taken by the states whose margin is too thin, taken by all of them."""
    nlp, loop = shipped
    monkeypatch.setattr(loop, "_close", lambda scores, absolute: np.ones(len(scores), dtype=bool))
    sentences = [s.split() for s in SENTENCES]
    assert _loop_parses(nlp, loop, sentences) == _spacy_parses(nlp, sentences)


def test_a_thin_margin_within_a_kind_or_between_kinds_is_found(shipped: tuple[Any, GreedyLoop]) -> None:
    _, loop = shipped
    classes = loop._weights.shape[0]
    rng = np.random.default_rng(7)
    apart = (rng.permutation(classes) * 0.5).astype("f")  # every score 0.5 from the next
    thin = np.tile(apart, (4, 1))
    left = [k for k in range(classes) if loop.parser.moves.get_class_name(k).startswith("L-")]
    right = [k for k in range(classes) if loop.parser.moves.get_class_name(k).startswith("R-")]
    shift = next(k for k in range(classes) if loop.parser.moves.get_class_name(k) == "S")
    thin[1, left[0]] = thin[1, left[1]] = 100.0  # the two best left arcs tie
    thin[2, shift] = thin[2, right].max()  # a shift ties with the best right arc
    thin[3, left[0]], thin[3, right[0]] = 100.0, 100.00001  # the best left and right arcs within rounding
    close = loop._close(thin, np.full(4, 10.0))
    assert close.tolist() == [False, True, True, True]


def test_a_parser_it_was_not_written_for_is_left_to_spacy() -> None:
    assert not GreedyLoop.fits(object())


def test_parse_many_takes_the_loop_for_a_batch_and_spacys_loop_for_a_few(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = default_parser()
    parser._load()
    calls: list[int] = []
    loop = parser._loop
    assert loop is not None

    def counted(docs: Any) -> Any:
        calls.append(len(docs))
        return loop(docs)

    monkeypatch.setattr(parser, "_loop", counted)
    sentences = [s.split() for s in SENTENCES]
    together = parser.parse_many(sentences)
    assert calls and calls[0] == len(sentences) >= syntax._LOOP_DOCS
    alone = [parser.parse(words) for words in sentences]
    assert calls == [len(sentences)]
    assert together == alone
