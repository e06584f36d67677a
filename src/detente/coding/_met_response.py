"""An act "met with" or "met by" a response is threatened with it, not a meeting: "any provocation will be met with
a merciless response", "it will be met by strong counteraction from the DPRK", "such moves would be met with force".
The formula is how statements threaten: the one whose act is met is the target, the responder named by "from" the
source (else the teller, as for any threat told in a statement). An act that was met with a response ("the launch
was met with a swift response") tells a reaction that happened, not a meeting either, and codes nothing here.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["met_response"]

#: what an act is met with when it is threatened
_RESPONSES = frozenset(["response", "responses", "retaliation", "reprisal", "reprisals", "counteraction",
                        "counteractions", "countermeasure", "countermeasures", "punishment", "punishments",
                        "reaction", "answer", "action", "actions", "measures", "blow", "blows"])
#: responses that are armed (138: threaten with military force)
_ARMED = frozenset(["force", "counterattack", "counterattacks", "counterstrike", "counterstrikes", "strike",
                    "strikes", "fire", "firepower"])
#: the auxiliaries of the act still to come
_TO_COME = frozenset(["will", "would", "shall", "must", "'ll", "be"])
#: what may stand between "with" and the response: articles, adjectives and adverbs, joined by "and" or commas
_REACH = 5


def _still_to_come(aux: Sequence[str]) -> bool:
    """Whether the auxiliaries before "met" put the meeting in the future ("will be met", "would be met", "must
    be met"), not in the past ("was met", "has been met"; "will have been met" is still to come)."""
    if _TO_COME.isdisjoint(aux):
        return False
    return aux[-1:] != ["been"] or "will" in aux or "would" in aux


def met_response(low: Sequence[str], verb: int, mentions: Sequence[Mention]) -> tuple[str | None, list[Mention]] | None:
    """For the participle "met" at ``verb`` in a passive followed by "with" or "by" and a response: the threat's
    code (130, or 138 for an armed response) and the responder of a "from" phrase after it; the code is ``None``
    (no event) when the act was met with it in the past. ``None`` for any other "met"."""
    if low[verb] != "met" or verb < 1 or verb + 2 >= len(low) or low[verb + 1] not in ("with", "by"):
        return None
    aux = low[max(0, verb - 4):verb]
    if not any(w in ("be", "been", "being", "is", "are", "was", "were") for w in aux):
        return None
    noun = next((q for q in range(verb + 2, min(len(low), verb + 2 + _REACH))
                 if low[q] in _RESPONSES or low[q] in _ARMED), None)
    if noun is None or any(not (w.isalpha() or w in (",", "-")) for w in low[verb + 2:noun]):
        return None
    if any(m.start < noun and m.end > verb + 1 for m in mentions):
        return None  # "met with the Chinese envoy's response": the envoy is met
    if not _still_to_come(aux):
        return None, []  # "was met with a swift response": a reaction told, no meeting and no threat
    q = noun + 1
    if low[q:q + 1] == ["from"]:
        q += 1 + (low[q + 1:q + 2] == ["the"])
    # "force from Syria" may be read as one actor, Syria's forces
    responder = [m for m in mentions if (m.start == q and low[noun + 1:noun + 2] == ["from"])
                 or (m.start == noun and m.has_country)]
    return ("138" if low[noun] in _ARMED else "130"), responder
