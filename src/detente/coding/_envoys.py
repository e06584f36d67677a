"""An envoy a state sends is that state's: "The United States sent an envoy to meet with North Korean officials",
"Japan sent a delegation of lawmakers to Beijing to meet with Chinese officials".

The envoy, the delegation, the team is a role of no country (``---GOV``), and the parse makes it the doer of the
meeting or the visit it was sent for: the meeting was coded ``---GOV`` -> PRKGOV, or the sending went to the
lawmakers (JPN -> ``---LEG``). The role right after a verb of sending in the past ("sent", "dispatched"; a few
words of its own between: "a special envoy", "a high-level delegation") takes the country of the actor that sends
it: the actor named nearest before the verb that no preposition governs ("tried to keep relations with Iraq, and
... sent a delegation": not Iraq). Left as they are: a role of a country ("a Chinese delegation"), a sender of no
known country or an organisation, an envoy sent to no other state's actor named after it ("Iran sent warships to
the Indian Ocean": the warships would be the sending's own target), a sending in the passive ("an envoy was sent")
and one to come ("will send an envoy to meet Assad", an intent whose target the envoy must not take).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._acts import _PASSIVE
from detente.coding._mention_shapes import _governed
from detente.coding.mentions import Mention

__all__ = ["SENDING", "sent_roles"]

#: the verbs of sending a person or a body somewhere, in the past
SENDING = frozenset(["sent", "dispatched"])
#: words of the verb's own between it and the role it sends ("will send an envoy": none after it; "a special")
_ENVOY_WORDS = frozenset(["a", "an", "the", "its", "their", "his", "her", "special", "senior", "high-level",
                          "top", "personal", "presidential", "official", "new", "small", "large", "second",
                          "another", "two", "three", "several", "trade", "military"])
#: how many of those words may stand between the verb and the role
_ENVOY_REACH = 3


def _sender(low: Sequence[str], mentions: Sequence[Mention], verb: int) -> Mention | None:
    """The actor that sends at ``verb``: the nearest actor of a country before it that no preposition governs."""
    before = [m for m in mentions if m.end <= verb and not _governed(m, low)]
    if not before or not before[-1].has_country or before[-1].code[:3] in ("IGO", "NGO"):
        return None
    return before[-1]


def sent_roles(low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each role of no country that a verb of sending sends given its sender's country
    (changed in place; the list returned)."""
    starts = {m.start: m for m in mentions}
    for verb, word in enumerate(low):
        if word not in SENDING or (verb > 0 and low[verb - 1] in _PASSIVE):
            continue
        k = verb + 1
        while k < len(low) and k - verb <= _ENVOY_REACH and k not in starts and low[k] in _ENVOY_WORDS:
            k += 1
        role = starts.get(k)
        if role is None or not role.role_only or role.has_country:
            continue
        sender = _sender(low, mentions, verb)
        # the envoy goes to another state's actor named after it ("to meet with Sri Lankan officials"); with none
        # ("sent warships to the Indian Ocean") it would be the sending's own target
        if sender is not None and any(m.has_country and m.code[:3] != sender.code[:3] for m in mentions
                                      if m.start >= role.end):
            role.code = sender.code[:3] + role.code[3:]
            role.has_country = True
            role.role_only = False
    return mentions
