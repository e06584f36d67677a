"""The seat of an organisation where a meeting is held is a place, not a party: "Israeli and Lebanese officers held
talks at the UNIFIL headquarters in Naqoura", "the envoys met at UN headquarters", "a meeting at the NATO
headquarters". The finder reads the organisation before "headquarters" as an actor, and the parse made it the
one the sides met (ISR -> IGOUNO, LBN -> IGOUNO 040), so the sides did not meet each other. :func:`seats_met_at`
drops such a mention when it stands after "at" (or "in") right after talks or a verb of meeting; "fired at UNIFIL
headquarters" and "UN headquarters said" keep the organisation.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._clause_words import TALK_NOUNS
from detente.coding.mentions import Mention

__all__ = ["seats_met_at"]

#: nouns of the premises of a body
_PREMISES = frozenset(["headquarters", "base", "compound", "premises", "offices", "building", "post"])
#: words of a meeting that a phrase of place after them tells where it was held
_MET = TALK_NOUNS | frozenset(["met", "meet", "meets", "gathered", "convened", "talked", "negotiated", "conference",
                               "session", "ceremony"])
#: prefixes of the codes of organisations
_BODIES = ("IGO", "NGO")


def seats_met_at(low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without each organisation named before a noun of its premises in a phrase of place right after
    a meeting ("talks at the UNIFIL headquarters", "met at a UN base")."""
    if _PREMISES.isdisjoint(low):
        return mentions
    out = []
    for m in mentions:
        k = m.start - 1
        if k > 0 and low[k] in ("the", "a"):
            k -= 1
        if m.code.startswith(_BODIES) and low[m.end:m.end + 1] and low[m.end] in _PREMISES and k > 0 \
                and low[k] in ("at", "in") and low[k - 1] in _MET:
            continue  # "held talks at the UNIFIL headquarters": where they met
        out.append(m)
    return out
