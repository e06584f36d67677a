"""The tok2vec's embedding of a token, computed once per distinct token: the same floats in less CPU time
(docs/coder.md, "Speed").

spaCy's tok2vec (``spacy.Tok2Vec.v2`` over ``spacy.MultiHashEmbed.v2``) first embeds every token on its own: four
of its attributes (norm, prefix, suffix, shape) hashed into four tables, the rows summed per table, the four
concatenated and mixed by a maxout layer with layer normalisation; only the encoder after it looks at the token's
neighbours. The embedding is a function of those four attributes alone, and a text repeats its words: over the
sentences the coder parses in the first 3,000 KCNA stories, 206,815 tokens have 11,709 distinct spellings. Here
each distinct set of attributes is embedded once, by the model's own layers, and kept; a batch's embedding is then
a look-up.

The floats are the same as the model's where the machine's BLAS allows: every step is done row by row (the hash
sums, the maxout, the normalisation's mean and variance over a row's own values), except the maxout's matrix
product, whose rows the BLAS computes alike in every batch of enough rows (OpenBLAS takes another kernel for a few
rows). So new rows are embedded in a batch of at least :data:`_MIN_ROWS` (padded), a batch of fewer tokens is
embedded by the model as before, and :meth:`TokenEmbeddings.install` keeps the cache only if a probe batch embeds to
the same bits both ways (:meth:`TokenEmbeddings.exact`). On a CPU whose kernels compute a row differently in batches
of different sizes it does not: the model's own embedding is kept, slower and the same floats.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np

__all__ = ["TokenEmbeddings"]

#: the fewest rows a matrix product of the embedding is done with (fewer: the BLAS's small-matrix kernels)
_MIN_ROWS = 128
#: the most distinct tokens kept (64 floats each: 16 MB); the cache starts again when full
_CAPACITY = 1 << 16
#: the names of the layers of ``spacy.MultiHashEmbed.v2`` without static vectors, in order
_LAYERS = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")


class TokenEmbeddings:
    """The embedding step of a tok2vec model with each distinct token's row kept (see the module)."""

    def __init__(self, embed: Any) -> None:
        self.embed = embed
        self._extract, _, self._hashed, self._mixed, _ = embed.layers
        self._width = embed.get_dim("nO")
        self._slots: dict[bytes, int] = {}
        self._rows = np.empty((1024, self._width), dtype="float32")  # the first len(self._slots) rows are kept

    @staticmethod
    def fits(tok2vec: Any) -> bool:
        """Whether ``tok2vec`` (a spaCy ``Tok2Vec`` component) embeds its tokens one by one as this cache expects."""
        try:
            embed = tok2vec.model.layers[0]
            names = tuple(layer.name.split("(")[0] for layer in embed.layers)
            return names == _LAYERS and embed.layers[3].name == "with_array(maxout>>layernorm>>dropout)" \
                and all(layer.name == "ints-getitem>>hashembed" for layer in embed.layers[2].layers[0].layers)
        except (AttributeError, IndexError, KeyError, ValueError):
            return False

    @classmethod
    def install(cls, tok2vec: Any) -> bool:
        """Put the cache in place of the embedding step of ``tok2vec``'s model when it :meth:`fits` and embeds a
        probe batch to the same bits as the model; whether it did."""
        if not cls.fits(tok2vec):
            return False
        from thinc.api import Model

        model = tok2vec.model
        embed = model.layers[0]
        cache = cls(embed)
        same = cache.exact(tok2vec.vocab)
        if same:
            model.layers[0] = Model(f"cached({embed.name})", _forward, layers=[embed], dims={"nO": cache._width},
                                    attrs={"cache": cache})
        return same

    def exact(self, vocab: Any) -> bool:
        """Whether this machine's BLAS embeds a probe batch to the same bits through the cache (first computed,
        then looked up) as through the model. Where a matrix product's rows depend on the batch they are computed
        in (some CPUs' kernels), it does not, and the cache is not used."""
        from spacy.tokens import Doc

        probe = [Doc(vocab, words=words) for words in _probe()]
        expected, _ = self.embed(probe, is_train=False)
        got = self(probe)
        twice = self(probe)  # now every row from the cache
        return len(got) == len(expected) == len(twice) and all(
            a.shape == b.shape == c.shape and a.tobytes() == b.tobytes() == c.tobytes()
            for a, b, c in zip(expected, got, twice, strict=True))

    def __call__(self, docs: list[Any]) -> list[np.ndarray]:
        """Each doc's embedded tokens, a (tokens, width) array each, as the model's embedding step returns them."""
        features, _ = self._extract(docs, is_train=False)
        lengths = [len(f) for f in features]
        if sum(lengths) < _MIN_ROWS:
            out: list[np.ndarray] = self.embed(docs, is_train=False)[0]
            return out
        ids = np.ascontiguousarray(np.concatenate(features), dtype="uint64")
        keys = cast("list[bytes]", ids.view(np.dtype((np.void, ids.shape[1] * 8))).ravel().tolist())
        get = self._slots.get
        slots = [get(key, -1) for key in keys]
        if -1 in slots:
            if len(set(keys)) > _CAPACITY:
                out = self.embed(docs, is_train=False)[0]
                return out
            slots = self._add(ids, keys, slots)
        rows = self._rows.take(np.asarray(slots, dtype=np.intp), axis=0)
        return list(np.split(rows, np.cumsum(lengths)[:-1]))

    def _add(self, ids: np.ndarray, keys: list[bytes], slots: list[int]) -> list[int]:
        """``slots`` with the tokens not yet kept embedded and kept."""
        new: dict[bytes, int] = {}
        for i, slot in enumerate(slots):
            if slot < 0:
                new.setdefault(keys[i], i)
        if len(self._slots) + len(new) > _CAPACITY:
            self._slots.clear()
            return self._add(ids, keys, [-1] * len(keys))
        at = np.fromiter(new.values(), dtype=np.intp, count=len(new))
        batch = ids[at]
        if len(batch) < _MIN_ROWS:
            batch = np.concatenate([batch, np.repeat(batch[:1], _MIN_ROWS - len(batch), axis=0)])
        hashed, _ = self._hashed(batch, is_train=False)
        mixed, _ = self._mixed(hashed, is_train=False)
        start = len(self._slots)
        if start + len(new) > len(self._rows):
            grown = np.empty((max(2 * len(self._rows), start + len(new)), self._width), dtype="float32")
            grown[:start] = self._rows[:start]
            self._rows = grown
        self._rows[start:start + len(new)] = mixed[:len(new)]
        for k, key in enumerate(new, start):
            self._slots[key] = k
        get = self._slots.__getitem__
        return [get(key) for key in keys]


def _probe() -> list[list[str]]:
    """Sentences of more than :data:`_MIN_ROWS` tokens, with words repeated, to check the cache against the model."""
    text = ("North Korea fired two short-range missiles into the sea on Monday , the South 's military said . "
            "The ministers met in Geneva and agreed to resume talks next month . "
            "Japan lodged a protest with China over the vessels that entered its waters . "
            "The Security Council condemned the attack and demanded that the fighting stop at once . "
            "KCNA said the U.S. and its allies were pushing the situation to the brink of war . "
            "Officials of both sides signed a memorandum on trade , energy and transport in 2011 . ")
    sentences = [[*s.split(), "."] for s in text.split(" . ") if s]
    return sentences * 2 + [sentences[0][:3]]


def _forward(model: Any, docs: list[Any], is_train: bool) -> tuple[list[np.ndarray], Any]:
    """The cached embedding's forward pass (training goes through the model's own layers)."""
    if is_train:
        out: tuple[list[np.ndarray], Any] = model.layers[0](docs, is_train=True)
        return out
    cache: TokenEmbeddings = model.attrs["cache"]
    return cache(docs), _no_backprop


def _no_backprop(d_out: Any) -> list[Any]:
    return []
