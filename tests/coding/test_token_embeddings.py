"""The tok2vec's embedding kept per distinct token (coding._embeddings) gives the model's floats on sentences
written for it: from an empty cache, from a full one, after the cache starts again, and for a batch too small for
it. Bit for bit where the machine's BLAS computes a row alike in every batch (the probe of
``TokenEmbeddings.exact``), to float rounding elsewhere; and the coder's parser gives the model's own bits on every
machine, through the cache where it is exact, without it where it is not."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from detente.coding import _embeddings
from detente.coding._embeddings import TokenEmbeddings
from detente.coding.syntax import default_parser

SENTENCES = [
    "The trade minister of Ghana , who landed in Accra on Friday , met her Togolese counterpart .",
    "Negotiations between the two delegations stalled after the observers walked out .",
    "Officials said the tanker , which had been detained in April , was freed on Sunday .",
    "Peru and Ecuador signed a pact to lower duties on copper and timber .",
    "The assembly denounced the raid and urged both factions to exercise restraint .",
    "Demonstrators massed outside the consulate , shouting slogans against the new tariffs .",
    "It was unclear whether the mediator would return to the capital before the vote , an aide said .",
    "Iceland offered to host a third round of talks in Reykjavik next spring .",
]


@pytest.fixture(scope="module")
def shipped() -> Any:
    """The shipped pipeline loaded as the coder loads it (numpy's BLAS, one thread), without the cache."""
    import spacy
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    nlp = spacy.load(default_parser().model, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        for layer in component.model.walk():
            layer.ops = ops
    with threadpool_limits(limits=1, user_api="blas"):
        yield nlp


def _docs(nlp: Any, sentences: list[str]) -> list[Any]:
    from spacy.tokens import Doc

    return [Doc(nlp.vocab, words=s.split()) for s in sentences]


def _same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(x.shape == y.shape and x.tobytes() == y.tobytes()
                                    for x, y in zip(a, b, strict=True))


def _close(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(x.shape == y.shape and np.allclose(x, y, rtol=1e-5, atol=1e-5)
                                    for x, y in zip(a, b, strict=True))


@pytest.fixture(scope="module")
def exact(shipped: Any) -> bool:
    """Whether this machine's BLAS lets the cache give the model's bits (its probe, as the coder's install runs it)."""
    return TokenEmbeddings(shipped.get_pipe("tok2vec").model.layers[0]).exact(shipped.vocab)


def _as_model(exact: bool, a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    """The cache's rows against the model's: the same bits where the probe found the BLAS exact, else close."""
    return _same(a, b) if exact else _close(a, b)


def test_the_cache_embeds_each_batch_as_the_model(shipped: Any, exact: bool) -> None:
    embed = shipped.get_pipe("tok2vec").model.layers[0]
    cache = TokenEmbeddings(embed)
    first = _docs(shipped, SENTENCES * 2)
    second = _docs(shipped, [*reversed(SENTENCES), SENTENCES[0], "Fiji welcomed the accord ."])  # three new words
    assert sum(len(d) for d in second) >= _embeddings._MIN_ROWS
    for docs in (first, first, second):  # an empty cache, then every row from it, then a few new rows
        assert _as_model(exact, cache(docs), embed(docs, is_train=False)[0])
    assert 0 < len(cache._slots) < sum(len(d) for d in first)


def test_a_full_cache_starts_again_and_keeps_the_floats(shipped: Any, exact: bool,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    embed = shipped.get_pipe("tok2vec").model.layers[0]
    monkeypatch.setattr(_embeddings, "_CAPACITY", 80)
    cache = TokenEmbeddings(embed)
    for sentences in (SENTENCES * 2, [*reversed(SENTENCES), *SENTENCES], SENTENCES[2:] * 3):
        docs = _docs(shipped, sentences)
        assert _as_model(exact, cache(docs), embed(docs, is_train=False)[0])
        assert len(cache._slots) <= 80


def test_a_batch_of_few_tokens_is_embedded_by_the_model(shipped: Any) -> None:
    embed = shipped.get_pipe("tok2vec").model.layers[0]
    cache = TokenEmbeddings(embed)
    docs = _docs(shipped, ["Kenya protested ."])
    assert _same(cache(docs), embed(docs, is_train=False)[0])
    assert not cache._slots


def test_the_coders_parser_embeds_through_the_cache_and_tags_as_the_model(shipped: Any, exact: bool) -> None:
    parser = default_parser()
    nlp = parser._load()
    # the cache is in place exactly where the probe finds it gives the model's bits
    assert nlp.get_pipe("tok2vec").model.layers[0].name.startswith("cached(") is exact
    words = [s.split() for s in SENTENCES * 2]
    with parser._threads.limit(limits=1, user_api="blas"):
        cached = [[t.tag_ for t in doc] for doc in nlp.pipe(_docs(nlp, SENTENCES * 2), disable=["parser"])]
    plain = [[t.tag_ for t in doc] for doc in shipped.pipe(_docs(shipped, SENTENCES * 2), disable=["parser"])]
    assert cached == plain and len(cached) == len(words)
    tok2vec = nlp.get_pipe("tok2vec").model
    expected = shipped.get_pipe("tok2vec").model.predict(_docs(shipped, SENTENCES * 2))
    with parser._threads.limit(limits=1, user_api="blas"):
        assert _same(tok2vec.predict(_docs(nlp, SENTENCES * 2)), expected)


def test_a_model_it_was_not_written_for_keeps_its_own_embedding() -> None:
    assert not TokenEmbeddings.fits(object())
    assert not TokenEmbeddings.install(object())
