"""A delegation named by whom it is led by is of its leader's state: "A delegation led by Chinese Foreign Minister
Wang Yi arrived in Pyongyang" is China's visit, "a delegation of senators led by Senator X met Saddam Hussein" the
senators' state's meeting.

A body's noun with no country of its own ("a delegation", "the mission", "a delegation of lawmakers") before "led
by" or "headed by" and an actor of a country became no actor at all (the mention finder drops a role word before a
word that is no function word: "military exercises"), or a role of no country; the visit or the meeting it made had
no source. Here it takes its leader's code, as "the delegation of China" takes China's. A body that names its
country ("a Chinese delegation led by ...", "a delegation of the Communist Party of China led by ...") keeps its
own; a leader of no known country names none.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._hyphen_parties import LED_BODIES as _BODIES
from detente.coding.mentions import Mention

__all__ = ["leader_at", "led_bodies"]

#: participles that name a body's leader with "by"
_LEADING = frozenset(["led", "headed"])
#: how many words an "of" phrase between the body and its participle may have ("a delegation of senators",
#: "a delegation of members of parliament")
_OF_REACH = 5
#: words that end such a phrase before the participle is reached
_STOPS = frozenset([",", ";", ":", ".", "and", "or", "which", "who", "that"])
#: words of rank before an office the mention finder reads without them ("Assistant Secretary of State Christopher
#: Hill": the mention begins at "Secretary")
_RANKS = frozenset(["assistant", "deputy", "under", "vice", "first", "senior", "special", "acting", "principal"])
#: words of an office the finder may leave out of the name after it ("Foreign Secretary Robin Cook": the mention
#: begins at "Robin")
_OFFICE_WORDS = _RANKS | frozenset(["foreign", "secretary", "minister", "ambassador", "envoy", "state", "of",
                                    "defense", "defence", "affairs", "general", "adviser", "advisor"])
#: how many such words may stand before the name
_OFFICE_REACH = 4


def _leader(low: Sequence[str], k: int, starts: dict[int, Mention]) -> Mention | None:
    """The actor of a country named by "led by" or "headed by" at ``k`` ("led by Foreign Minister Wang Yi")."""
    if k + 2 >= len(low) or low[k] not in _LEADING or low[k + 1] != "by":
        return None
    return leader_at(low, k + 2, starts)


def leader_at(low: Sequence[str], k: int, starts: dict[int, Mention]) -> Mention | None:
    """The actor of a country named at ``k`` after "by", past "the" and words of rank ("by the Deputy Foreign
    Minister ...", "by Assistant Secretary of State ...")."""
    if k < len(low) and low[k] == "the":
        k += 1
    end = min(len(low), k + _OFFICE_REACH)
    while k < end and low[k] in _OFFICE_WORDS and k not in starts:
        k += 1
    leader = starts.get(k)
    return leader if leader is not None and leader.has_country else None


def led_bodies(low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each body of no country that is led by an actor of a country given that actor's code (a
    new mention for a body the finder dropped, the body's role replaced for one it kept without a country)."""
    if _LEADING.isdisjoint(low) or _BODIES.isdisjoint(low):
        return mentions
    starts = {m.start: m for m in mentions}
    out = list(mentions)
    for i, word in enumerate(low):
        if word not in _BODIES:
            continue
        own = next((m for m in mentions if m.start <= i < m.end), None)
        if own is not None and (own.has_country or own.end != i + 1):
            continue  # "a Chinese delegation led by ...": its own country
        k = i + 1
        if k < len(low) and low[k] == ",":
            k += 1  # "the delegation, led by ..."
        elif k < len(low) and low[k] == "of":
            end = next((q for q in range(k + 1, min(len(low), k + 2 + _OF_REACH))
                        if low[q] in _LEADING or low[q] in _STOPS), None)
            if end is None or low[end] not in _LEADING or any(m.has_country and k < m.start < end for m in mentions):
                continue  # "a delegation of the Communist Party of China led by ...": the phrase's country
            k = end
        leader = _leader(low, k, starts)
        if leader is None:
            continue
        body = Mention(own.start if own is not None else i, i + 1, leader.code, None, True)
        out = [m for m in out if m is not own]
        out.append(body)
    return sorted(out, key=lambda m: m.start)
