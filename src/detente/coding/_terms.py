"""Terms a deal must meet, told in what a state says or sends: the teller's demand.

"Iran said any agreement must include the lifting of all U.S. sanctions", "sent another message indicating that
any proposed deal must include the removal of U.S. Jupiter missiles from Turkey": the subject of "must" is a deal,
no actor, so the demand (100) had no source, and the modal made it hypothetical. The teller sets the terms: the
demand is the teller's, made when it is told, aimed at whoever the terms ask to act (the demand's own target).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BOUNDARIES, LETTER_TEXTS, REPORT_CODES
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["terms_teller"]

#: what terms are set for: a deal, an agreement, a settlement ("any deal must include ...")
_DEALS = frozenset(["deal", "deals", "agreement", "agreements", "settlement", "solution", "accord", "accords",
                    "arrangement", "compromise", "treaty", "package", "resolution", "bargain", "peace"])
#: how many words may stand between the teller's verb (or text) and "must"
_REACH = 12


def _teller(cand: Candidate, low: Sequence[str]) -> bool:
    """Whether a candidate tells words: a report (010) or a text sent (040 "sent a message")."""
    return cand.code in REPORT_CODES or (cand.code == "040" and bool(cand.used)
                                         and low[max(cand.used)] in LETTER_TEXTS)


def terms_teller(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str]) -> list[Mention] | None:
    """The sources of the report or text sent whose words say a deal "must" do something (``cand``, the demand
    the lexicon codes on "must"), told before it in its sentence part within :data:`_REACH` words; ``None`` when
    the subject of "must" is no deal or no such teller is known."""
    v = cand.verb
    if low[v] != "must" or cand.code[:2] != "10" or v < 1 or low[v - 1] not in _DEALS:
        return None
    teller = next((o for o in sorted(candidates, key=lambda c: -c.verb)
                   if o is not cand and o.verb < v and _teller(o, low) and any(m.has_country for m in o.sources)
                   and v - max([o.end, *o.used]) <= _REACH), None)
    if teller is None or any(w in BOUNDARIES for w in low[teller.verb:v]):
        return None
    return list(teller.sources)
