"""The parser's greedy transition loop in numpy, batched over the sentences: the parses of spaCy's compiled loop in
less CPU time (docs/coder.md, "Speed").

spaCy's parser (arc-eager, one hidden layer of maxout units over precomputed features, a linear output layer) runs
its loop in compiled code that calls the ``blis`` library for every state at every step: one vector addition per
feature and the output layer's matrix product, which on processors blis does not know (the development machine's
AMD Zen 4) runs in its generic reference kernels. Here each step is done for all the unfinished states at once:

- the hidden layer is the same sum as spaCy's, feature after feature in the same order, then the bias, then the
  largest piece: float additions in the same order give the same floats;
- the output layer is one matrix product in numpy's BLAS, whose sums run in another order than blis's, so a score
  may differ from spaCy's in its last bits. Every such difference is bounded (a dot product of length K summed in
  any order is within K*u/(1-K*u) of the exact one, times the sum of the absolute products; u = 2**-24), and a
  state's move is taken from these scores only when no difference within twice that bound can change it: spaCy
  takes the best-scoring valid move, and a move's validity depends on its kind alone (shift, reduce, left arc,
  right arc, break: ``ArcEager.set_valid``), so the move is the same whenever, within each kind, the best score
  stands apart from the second, and the best scores of the kinds stand apart from each other. Any other state (a few
  in ten thousand) has its scores computed by blis as spaCy computes them;
- the moves are validated and made by spaCy's own ``transition_states``.

The loop is used only for the model it was written for (:meth:`GreedyLoop.fits`); any other model is parsed by
spaCy. ``benchmarks/coder/same_output.py`` checks every event of the KCNA corpus against the coder before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["GreedyLoop"]

#: the unit roundoff of float32
_U = 2.0**-24


class _StepModel:
    """What spaCy's ``ParserStepModel.get_token_ids`` reads of its model: the number of features per state."""

    def __init__(self, features: int) -> None:
        self.state2vec = self
        self.nF = features


class GreedyLoop:
    """spaCy's greedy parse of a batch of ``Doc`` objects (tagged, with their ``tensor`` set by the pipeline's
    tok2vec), for a parser that :meth:`fits`."""

    def __init__(self, parser: Any) -> None:
        from blis.py import gemm
        from spacy.ml.parser_model import ParserStepModel

        self.parser = parser
        self._token_ids = ParserStepModel.get_token_ids
        self._blis_gemm = gemm
        self.tok2vec, self.lower, self.upper = parser.model.layers
        self.features = self.lower.get_dim("nF")
        self.hidden = self.lower.get_dim("nO")
        self.pieces = self.lower.get_dim("nP")
        self._step = _StepModel(self.features)
        self._bias = self.lower.get_param("b").reshape(-1)
        weights = self.upper.get_param("W")
        self._weights = weights  # (classes, hidden), as blis reads it
        self._weights_t = np.ascontiguousarray(weights.T)
        self._class_bias = self.upper.get_param("b")
        self._column_max = np.abs(weights).max(axis=0).astype("f8")
        width = weights.shape[1]
        gamma = width * _U / (1 - width * _U)
        # a score's two readings differ by at most 2*gamma*A + 2*u*(A + |bias|) (A: the sum of the absolute
        # products, at most |h| . column_max); a move is kept when its margin exceeds twice that, doubled again
        self._per_a = 4.0 * (2 * gamma + 2 * _U)
        self._constant = 4.0 * (2 * _U * float(np.abs(self._class_bias).max())) + 1e-30
        kinds: dict[str, list[int]] = {}
        for k in range(weights.shape[0]):
            name = parser.moves.get_class_name(k)
            kinds.setdefault(name if "subtok" in name else name.split("-")[0], []).append(k)
        self._single = np.array([ks[0] for ks in kinds.values() if len(ks) == 1], dtype=np.intp)
        self._groups = [_span(ks) for ks in kinds.values() if len(ks) > 1]
        # the token ids' offsets: feature f of token t is row (t + 1) * nF + f of the precomputed table (row 0: none)
        self._offsets = (np.arange(self.features) + self.features)[:, None]

    @staticmethod
    def fits(parser: Any) -> bool:
        """Whether the loop computes what spaCy computes for ``parser``: a greedy arc-eager parser with an output
        layer over maxout hidden units, every class seen in training, on the CPU."""
        try:
            from spacy.pipeline._parser_internals.arc_eager import ArcEager
            from thinc.api import NumpyOps

            model = parser.model
            lower = model.get_ref("lower")
            return (isinstance(parser.moves, ArcEager) and parser.cfg.get("beam_width", 1) == 1
                    and model.attrs.get("has_upper") and not model.attrs.get("unseen_classes")
                    and lower.get_dim("nP") >= 2 and isinstance(lower.ops, NumpyOps)
                    and model.get_ref("upper").get_dim("nO") == parser.moves.n_moves
                    and len(model.layers) == 3)
        except (AttributeError, KeyError, ValueError, ImportError):
            return False

    def __call__(self, docs: Sequence[Any]) -> list[Any]:
        """The parse states of ``docs``, for ``parser.set_annotations``."""
        parser = self.parser
        parser._ensure_labels_are_added(docs)
        batch = parser.moves.init_batch(docs)
        if not any(len(doc) for doc in docs):
            return list(batch)
        tokvecs, _ = self.tok2vec(docs, is_train=False)
        table, _ = self.lower(tokvecs, is_train=False)
        rows = table.reshape(-1, self.hidden * self.pieces)
        states = [s for s in batch if not s.is_final()]
        while states:
            ids = self._token_ids(self._step, states)
            index = ids.T * self.features
            index += self._offsets
            summed = rows.take(index, axis=0).sum(axis=0)  # feature 0, then + 1, + 2, ... as spaCy adds them
            summed += self._bias
            if self.pieces == 2:
                hidden = np.maximum(summed[:, 0::2], summed[:, 1::2])
            else:
                hidden = summed.reshape(len(states), self.hidden, self.pieces).max(axis=2)
            scores = hidden @ self._weights_t
            scores += self._class_bias
            close = self._close(scores, np.abs(hidden) @ self._column_max)
            if close.any():
                at = np.flatnonzero(close)
                exact = self._blis_gemm(np.ascontiguousarray(hidden[at]), self._weights, trans2=True, beta=0.0)
                exact += self._class_bias
                scores[at] = exact
            states = parser.transition_states(states, scores)
        return list(batch)

    def _close(self, scores: np.ndarray, absolute: np.ndarray) -> np.ndarray:
        """The states whose move a score's last bits could change."""
        best = np.empty((len(scores), len(self._single) + len(self._groups)), dtype=scores.dtype)
        best[:, :len(self._single)] = scores[:, self._single]
        margin: np.ndarray | None = None
        for k, group in enumerate(self._groups, start=len(self._single)):
            top = scores[:, group].copy()  # partitioned in place: the scores stay in their order
            top.partition(-2, axis=1)
            best[:, k] = top[:, -1]
            gap = top[:, -1] - top[:, -2]
            margin = gap if margin is None else np.minimum(margin, gap, out=margin)
        best.sort(axis=1)
        between = (best[:, 1:] - best[:, :-1]).min(axis=1)
        margin = between if margin is None else np.minimum(margin, between, out=margin)
        close: np.ndarray = margin <= absolute * self._per_a + self._constant
        return close


def _span(classes: list[int]) -> slice | list[int]:
    """The classes as a slice when they are consecutive."""
    if classes == list(range(classes[0], classes[-1] + 1)):
        return slice(classes[0], classes[-1] + 1)
    return classes
