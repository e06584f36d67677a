"""A visit or talks named as the time of another act: "during his visit to Beijing, Kerry urged China ...", "North
Korea admitted the program during Kelly's visit to Pyongyang", "Salehi in a press conference during his visit to
Iraq rejected ...", "Wang Yi praised Russia's efforts during his talks with Lavrov".

A sentence with an act told by a verb drops its event nouns (they are mostly topics or objects of that act: "urged
talks", "condemned the attack"), and a noun inside the span the parse hangs on another verb is read as part of that
act. A meeting noun owned by its holder ("his", "Kelly's") in a phrase of time ("during", "on", "in", "at",
"after") is neither: the visit or the talks happened, and the act of the clause happened in them. Such a noun is
kept as an event of its own, whatever the clause's verb; its holder is the owner and its other party the place or
the "with" phrase, read as for any event noun.

A call or visit named with "a" is read so too ("told Moon in a phone call on Thursday", "condemned the attack
during a visit to Malaysia"): the subject of the act holds it, with the act's own object as the other party when
the noun's phrase names none (``EventNouns._held_while``). Only after the act (a phrase that opens the sentence,
"At a summit ..., Putin rejected", may be a gathering of many), not "a meeting of" a body, not "a conversation".

Not read so: a noun with the article "the" ("during the talks": often talks told before, or held by others), a
possessive with no phrase of time before it ("welcomed his visit": what is welcomed), and nouns of other acts
("during his attack on ...")."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["ADJUNCT_MEETING_NOUNS", "ADJUNCT_OPENERS", "adjunct_meeting"]

#: nouns of a visit or of talks that a phrase of time may name
ADJUNCT_MEETING_NOUNS = frozenset(["visit", "visits", "trip", "tour", "talks", "meeting", "meetings", "negotiations",
                            "consultations", "discussions", "summit", "phone", "telephone",
                            "conversation", "conversations", "call", "calls"])
#: prepositions of a phrase that tells when another act was done
_TIME_OPENERS = frozenset(["during", "on", "in", "at", "after"])
#: the same, for a meeting named with "a" ("agreed in a phone call"): its holder is the subject of the act
ADJUNCT_OPENERS = frozenset(["during", "on", "in", "at"])
#: possessive pronouns that name the holder of the visit or the talks
_OWNERS = frozenset(["his", "her", "their", "its", "a", "an"])
#: an article that opens such a phrase ("in a phone call", "on a visit to Seoul"): the meeting's holder is the
#: subject of the act the phrase is the time of, which must come before it
_CALL_ARTICLES = frozenset(["a", "an"])
#: nouns that, after "a", may name a talk with anyone ("in a conversation on Sept. 28 clarified ...")
_TALK_ONLY = frozenset(["conversation", "conversations"])
#: calls, which after "a" need no "with" phrase ("told Moon in a phone call": Moon was on it)
_CALLS = frozenset(["phone", "telephone", "call", "calls"])
#: how many describing words may stand between the owner and the noun ("his first official state visit")
_MODIFIERS = 3
#: words that are no describing word of the noun
_NOT_MODIFIERS = frozenset(["and", "or", "the", "a", "an", "of", "to", "in", "with", ",", "that", "which"])


def adjunct_meeting(low: Sequence[str], noun: int, code: str, mentions: Sequence[Mention]) -> bool:
    """Whether the event noun at ``noun`` (coded ``code``) is a visit or talks of an owner named by a possessive
    in a phrase of time ("during his visit to Pyongyang", "on Kelly's recent trip to Seoul"): an event of its own
    beside the act of its clause."""
    if code[:2] != "04" or low[noun] not in ADJUNCT_MEETING_NOUNS:
        return False
    q = noun - 1
    while q >= 0 and noun - q <= _MODIFIERS and low[q] not in _OWNERS and low[q] != "'s" \
            and low[q] not in _NOT_MODIFIERS and (low[q].replace("-", "").isalnum()):
        q -= 1
    if q < 1:
        return False
    if low[q] == "'s":
        owner = next((m for m in mentions if m.end == q and m.has_country), None)
        if owner is None:
            return False
        q = owner.start
        if q > 0 and low[q - 1] == "the":
            q -= 1
    elif low[q] not in _OWNERS:
        return False
    if low[q] in _CALL_ARTICLES and (q < 2 or (noun + 1 < len(low) and low[noun + 1] == "of")
                                     or low[noun] in _TALK_ONLY or not (low[noun] in _CALLS or any(
                                         w in ("with", "to") for w in low[noun + 1:noun + 4]))):
        # "At a summit ..., Putin rejected": no act before it; "at a meeting of the Assembly"; "said at a meeting
        # that ...": a meeting with no party named (a call has one: the act's object)
        return False
    return q > 0 and low[q - 1] in _TIME_OPENERS


def agent_owner(low: Sequence[str], mentions: Sequence[Mention], q: int, nearest: Mention | None) -> Mention | None:
    """The person a possessive pronoun at ``q`` stands for when it opens a phrase of time right after the agent of
    a passive ("was confronted with evidence by Kelly during his visit", "was received by Kim Jong Il on his visit
    to China"): the agent did what the phrase names, unless a person the pronoun would otherwise stand for
    (``nearest``) is there and is not of the country the visit goes to (no one visits his own country); None for
    any other shape."""
    if q < 2 or low[q] not in ("his", "her") or low[q - 1] not in _TIME_OPENERS:
        return None
    agent = next((m for m in mentions if m.end == q - 1 and m.person and m.has_country
                  and "by" in low[max(0, m.start - 2):m.start] and low[m.start - 1] in ("by", "the")), None)
    if agent is None or nearest is None:
        return agent
    host = next((m for m in mentions if m.start > q + 1 and m.has_country and low[m.start - 1] in ("to", "in")
                 and m.start - q <= _MODIFIERS + 3), None)
    return agent if host is not None and host.code[:3] == nearest.code[:3] != agent.code[:3] else None


#: words that put a clause's act ahead: "will raise it during his visit" ("would" is left out: it also tells of the
#: past, "he would always remember the days he was received during his visit")
_AHEAD = frozenset(["will", "shall", "'ll", "wo"])


def adjunct_ahead(low: Sequence[str], noun: int, code: str, mentions: Sequence[Mention]) -> bool:
    """Whether the visit or talks of a phrase of time at ``noun`` lie ahead: the sentence's part around it (between
    semicolons) tells its act with "will" or "shall" ("Kerry will raise the issue during his visit to Beijing next
    week"): the visit is intended, not held."""
    if not adjunct_meeting(low, noun, code, mentions):
        return False
    start = max((q for q in range(noun) if low[q] == ";"), default=-1) + 1
    end = next((q for q in range(noun, len(low)) if low[q] == ";"), len(low))
    return not _AHEAD.isdisjoint(low[start:end])
