"""An act to come told as onlookers' forecast, or asked in a question: nobody's intent or threat.

"Analysts say Chile would retaliate against any Peruvian attack", "Experts believe Russia will send more troops to
the border", "Observers expect Ecuador to impose tariffs on Colombia": what a state will do is foretold by people
who speak for no state, so it is no announcement of the state's and no act done. The coder read the modal as the
state's own intent ("will attack": a threat, 138) or the infinitive as done (163). The same act asked about ("Will
Moscow retaliate against Helsinki?") was a hypothetical act, which CAMEO codes as a threat when nothing marks it
as someone else's words. Both are now hypothetical acts kept with their code, as an act inside a condition is.

A forecaster is a plural noun of people who comment (analysts, experts, observers, commentators, economists,
scholars, ...) followed within four words by a verb of saying, believing or expecting, in the act's sentence part
and before a state named before the act's verb. Diplomats and officials are left out: their words are often their
state's. An act told as done ("analysts said Chile imposed sanctions on Monday") is left as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._modality import asked
from detente.coding.mentions import Mention

__all__ = ["foretold"]

#: people who comment on what states do, speaking for none
_FORECASTERS = frozenset(["analysts", "experts", "observers", "commentators", "pundits", "economists", "scholars",
                          "academics", "researchers", "forecasters", "strategists", "historians", "specialists",
                          "watchers", "critics", "investors", "traders"])
#: verbs by which they foretell
_FORETELLING = frozenset(["say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought",
                          "expect", "expects", "expected", "predict", "predicts", "predicted", "suspect", "suspects",
                          "suspected", "fear", "fears", "feared", "speculate", "speculated", "forecast", "forecasts",
                          "reckon", "reckons", "argue", "argues", "argued", "warn", "warns", "warned", "doubt",
                          "doubts", "doubted", "agree", "suggest", "suggests", "suggested"])
#: words of an act to come between the forecast and the act's verb
_TO_COME = frozenset(["will", "would", "could", "might", "may", "'ll", "to", "going", "shall"])
#: what ends the act's sentence part on the way back
_PART_ENDS = frozenset([".", ";", ":", "?", "!", "but"])
#: how far back the forecast may stand
_REACH = 24


def _foretold_by_onlookers(low: Sequence[str], verb: int, mentions: Sequence[Mention]) -> bool:
    for q in range(verb - 1, max(-1, verb - _REACH - 1), -1):
        if low[q] in _PART_ENDS:
            return False
        if low[q] not in _FORETELLING:
            continue
        if not any(w in _FORECASTERS for w in low[max(0, q - 4):q]):
            continue
        doers = [m for m in mentions if q < m.start and m.end <= verb and m.has_country]
        return bool(doers) and not _TO_COME.isdisjoint(low[doers[0].end:verb])
    return False


def foretold(low: Sequence[str], verb: int, sources: Sequence[Mention], modality: str) -> bool:
    """Whether the act at ``verb`` (done by ``sources``) is to come as onlookers foretell it, or asked about in a
    question (see the module): no act told and nobody's threat. A negated act is left to the negation."""
    if modality == "negated":
        return False
    if modality == "hypothetical" and "?" in low and asked(low, verb):
        return True
    return not _FORECASTERS.isdisjoint(low) and _foretold_by_onlookers(low, verb, sources)
