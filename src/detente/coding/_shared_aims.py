"""Several parties pledging themselves to an aim of their own, not to each other.

Several sources of a cooperative act with no target the lexicon knows are read as acting on each other
(:meth:`detente.coding.roles.RoleFinder.triples`): "Chile and Peru signed an agreement" is each with the other. A
promise is not always so. The "we" of a joint statement (the signatories, jointly), or several states named as
the subject, often commit themselves together to an aim that is no party at all: "We reaffirm our steadfast
commitment to a free and open Pacific", "Canada and Mexico renewed their pledge to an open trading system", "the
leaders vowed to protect migrants". That is no promise of one signatory to another, and no event between them: the
promise has no target.

The promise is read as made to each other only when its clause says so, by a word of the parties' bond or of
their acting together: "together", "jointly", "each other", "mutual", "bilateral", "cooperation", "partnership",
"relations", "ties", "alliance", "talks", "meet", "summit" ... ("the two pledged to work together against ISIL",
"we reaffirm our commitment to each other's security", "vowed to deepen the partnership between our nations").
Only promises told by a word of commitment are read here (pledge, vow, commit, reaffirm, renew, promise, resolve);
an agreement or a decision ("agreed to reopen the border", "decided to hold talks") is the parties' act with each
other whatever it is about, and keeps being read so.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BOUNDARIES
from detente.coding.roles import Candidate

__all__ = ["pledged_to_aim"]

#: words that tell a promise: the verb or the noun of the act, or a word just before it ("reaffirm our commitment")
_PLEDGING = ("pledg", "vow", "commit", "reaffirm", "renew", "reiterat", "promis", "resolv", "resolut",
             "determin", "dedicat", "undertak")
#: how many words before the act's word a word of commitment may stand ("reaffirm our steadfast commitment")
_BEFORE = 4
#: how far the clause of the promise is read for a word of the parties' bond
_REACH = 16
#: words (or the openings of words) that say the parties promise something to each other or to do together
_BOND = ("together", "joint", "each", "mutual", "bilateral", "trilateral", "cooperat", "collaborat", "partner",
         "relation", "ties", "alliance", "allied", "friendship", "dialogue", "talks", "consult", "negotiat", "meet",
         "summit", "visit", "exchang", "normaliz", "normalis", "reconcil", "between", "among", "coordinat", "treaty",
         "agreement", "accord")


def _pledging(low: Sequence[str], cand: Candidate) -> bool:
    """The act is a promise told by a word of commitment, its own or one just before it."""
    words = low[max(0, cand.verb - _BEFORE):cand.verb + 1]
    return any(w.startswith(_PLEDGING) for w in words)


def _bond_said(low: Sequence[str], cand: Candidate) -> bool:
    """A word of the parties' bond or of their acting together in the promise's clause.

    >>> act = Candidate(verb=1, end=2, code="030", paired=None, nominal=False)
    >>> _bond_said("we reaffirm our commitment to an open trading system .".split(), act)
    False
    >>> _bond_said("we reaffirm our commitment to work together on trade .".split(), act)
    True
    """
    clause: list[str] = []
    for w in low[cand.verb:min(len(low), cand.verb + _REACH)]:
        if w in BOUNDARIES or w == ".":
            break
        clause.append(w)
    text = " ".join(clause)
    return any(w.startswith(_BOND) for w in clause) or "one another" in text


def pledged_to_aim(cand: Candidate, low: Sequence[str]) -> bool:
    """Whether ``cand``'s several sources pledge themselves together to an aim, not to each other: a promise
    (CAMEO 03) told by a word of commitment, with no target the lexicon knows and no word of the parties' bond
    in its clause."""
    if cand.code[:2] != "03" or cand.compound or any(t.has_country for t in cand.targets):
        return False
    if len({m.code[:3] for m in cand.sources if m.has_country}) < 2:
        return False
    return _pledging(low, cand) and not _bond_said(low, cand)
