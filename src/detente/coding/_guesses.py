"""Announced acts read apart from their modal: a negated letting announced as a warning, and a guess at another
state's course that is no threat of its own (the coder asks both of a candidate :mod:`detente.coding._modality`
has already read as negated or hypothetical)."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import CLAUSE_WORDS, PREPOSITIONS, SAY
from detente.coding.mentions import Mention

__all__ = ["forbidden", "speculated"]

_LETTING = frozenset(["allow", "permit"])
#: the modals of a letting refused ahead: "will", "would", "shall", "won't", "can" ("can never allow", "can't allow")
_AHEAD = frozenset(["will", "would", "shall", "wo", "can", "ca"])


def forbidden(low: Sequence[str], verb: int) -> bool:
    """Whether a negated letting is announced as a warning: "will not allow their lawlessness to continue", "would
    not permit offensive weapons in Cuba", "won't allow", "are not going to allow Iran to have nuclear weapons", "can
    never allow", "can't permit", "will not be allowed" (a hostile act announced, 13, not a refusal to yield): a
    modal of what lies ahead and a negator before "allow" or "permit" (a "be" of the passive between). A letting
    refused ("refused to allow") or denied in the past ("did not allow", "could not allow") is no warning."""
    if not low[verb].startswith(("allow", "permit")) or (low[verb] not in _LETTING and low[verb - 1] != "be"):
        return False
    q = verb - 1 if low[verb] in _LETTING else verb - 2  # "will not be allowed": the passive's "be" aside
    if q >= 2 and low[q - 1:q + 1] == ["going", "to"]:
        q -= 2  # "are not going to allow"
        return low[q] in ("not", "never", "n't") and q > 0 and low[q - 1] in ("is", "are", "am", "'re", "'s")
    return q >= 1 and low[q] in ("not", "never", "n't") and low[q - 1] in _AHEAD


_SPECULATING = frozenset(["may", "might", "could"])
#: words between "may" and the act it speculates on ("may be seeking to annex", "could soon attack")
_SPECULATED_PATH = frozenset(["be", "been", "seeking", "planning", "trying", "preparing", "looking", "aiming", "to",
                              "also", "well", "yet", "still", "soon", "even", "eventually", "now", "then", "further",
                              "again", "ultimately", "next"])
#: a subject pronoun before "may": the teller speaks of its own possible act ("said it may impose sanctions")
_OWN_SUBJECTS = frozenset(["it", "we", "they", "i", "he", "she"])
_SPECULATION_ADVERBS = frozenset(["also", "well", "still", "even", "now", "then", "too"])
_WARNING_STEMS = ("warn", "threat", "vow", "pledg", "promis")
_SPECULATION_REACH = 5


def speculated(low: Sequence[str], verb: int, mentions: Sequence[Mention] = ()) -> bool:
    """Whether a possible act is a teller's speculation on another's course, not the actor's threat: "Russia also
    may be seeking to annex ...", "Russia could attack Ukraine in the coming weeks" (a guess, as GUIDE section 1
    leaves forecasts uncoded). "may", "might" or "could" within five words before the verb with only words of
    seeking or time between, its subject no pronoun ("said it may impose sanctions": the teller's own), no word of
    warning or vowing and no "if" or "unless" in the sentence ("Moscow warned Kyiv could face ...", "may halt its
    mediation if ...": a conditional threat), and no teller of the same state as the one before the modal, before it
    or after the act ("The Chilean president said Chile may cut ties", "Chile may cut ties, the Chilean minister
    said": the teller's own; ``mentions``)."""
    q = verb - 1
    while q >= 0 and verb - q <= _SPECULATION_REACH and low[q] in _SPECULATED_PATH:
        q -= 1
    if q < 1 or verb - q > _SPECULATION_REACH or low[q] not in _SPECULATING:
        return False
    subject = q - 1
    while subject > 0 and low[subject] in _SPECULATION_ADVERBS:
        subject -= 1
    if low[subject] in _OWN_SUBJECTS or low[subject] in CLAUSE_WORDS or low[subject] in PREPOSITIONS:
        return False
    if any(w.startswith(_WARNING_STEMS) or w in ("if", "unless") for w in low):
        return False  # a warning, or a conditional one ("may halt mediation if cooperation founders")
    doer = max((m for m in mentions if m.has_country and m.end <= q and q - m.end <= 2), key=lambda m: m.end,
               default=None)
    return doer is None or not any(m.has_country and m.code[:3] == doer.code[:3] and (
        (m.end < doer.start and any(w in SAY for w in low[m.end:min(doer.start, m.end + 3)]))
        or (m.start > verb and any(w in SAY for w in low[m.end:m.end + 3]))) for m in mentions)
