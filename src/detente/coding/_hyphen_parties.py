"""An actor joined by a hyphen to the participle that tells its part: the leader of a body ("the Saudi-led
coalition", "NATO-led forces") and the third party of talks ("EU-facilitated dialogue", "Qatari-mediated talks",
"OAU-sponsored peace talks").

The tokenizer keeps "Saudi-led" and "EU-facilitated" whole (it splits only pairs of names, "DPRK-U.S."), and a
country before a hyphen standing alone ("the U.S.-led", read "the U.S. - led") is taken for a place; either way
the actor was no actor at all: the coalition's air strikes had no source and the mediator of the talks took no
part in them. :func:`hyphen_mentions` adds the actor as a mention of the word (or of the name before the hyphen),
but only before the noun the participle qualifies: a body for "led", talks for the participles of mediation. The
words stay as they were written, so the parser reads the sentence as before. Two later steps read the part:
:func:`led_ahead` gives the body its leader's code (as :mod:`detente.coding._delegations` does for "a coalition
led by Saudi Arabia"), and :mod:`detente.coding._mediators` makes the third party of talks take part with each
side. A word whose participle tells no such part ("Iran-backed militias": the backer is not the militia, "a
Qatari-brokered ceasefire": no talks held) names no actor. A state joined to a participle of holding before a
place ("entered Japanese-controlled waters", "struck Ukrainian-held areas") is an actor when a verb of entering the
place or of force against it comes shortly before: the holder is what the act is aimed at (aid to a held area is
not).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from detente.coding._clause_words import TALK_NOUNS
from detente.coding.mentions import Mention

__all__ = ["LED_BODIES", "LED_FORCE", "MEDIATING", "hyphen_mentions", "led_ahead", "part_of"]

#: nouns of a body of people acting together that "led by" or "-led" names the leader of
LED_BODIES = frozenset(["delegation", "delegations", "mission", "missions", "team", "teams", "coalition",
                        "coalitions", "alliance", "force", "forces", "troops"])
#: nouns of an act of force that "-led" names the leader, and so the doer, of ("the U.S.-led invasion of Iraq",
#: "Saudi-led air strikes"): the leader stands before the noun as its doer does ("the Saudi air strikes")
LED_FORCE = frozenset(["invasion", "invasions", "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
                       "bombing", "bombings", "bombardment", "raid", "raids", "offensive", "intervention",
                       "incursion", "assault", "blockade", "occupation", "war", "counteroffensive"])
#: bodies whose members are soldiers: a country leading them leads its military ("US-led forces": USAMIL)
_ARMED = frozenset(["force", "forces", "troops"])
#: participles of a third party's part in talks, as :mod:`detente.coding._mediators` reads them after "by"
MEDIATING = frozenset(["mediated", "brokered", "facilitated", "sponsored", "hosted", "convened"])
#: how many words may stand between the participle and its noun ("the Saudi-led Arab coalition",
#: "the Qatari-mediated indirect peace talks")
_REACH = 3
#: words that end the noun phrase before its noun is reached
_STOPS = frozenset([",", ";", ":", ".", "and", "or", "of", "in", "on", "with", "to", "for", "by", "that", "which"])


#: participles of a state's hold on a place ("Japan-controlled waters", "Russian-occupied territory")
_HOLDING = frozenset(["controlled", "held", "occupied", "administered"])
#: the places a state holds, as those participles name them
_HELD_PLACES = frozenset(["waters", "territory", "territories", "island", "islands", "islets", "area", "areas",
                          "region", "regions", "zone", "airspace", "side", "part", "parts"])
#: the verbs of entering a place or of force against it that make its holder what they are aimed at ("entered
#: Japan-controlled waters", "struck Ukrainian-held areas"); aid to a held area is for its people, not its holder
_INTRUSIONS = frozenset(["entered", "enter", "enters", "entering", "intruded", "intrude", "intrudes", "intruding",
                         "crossed", "violated", "violates", "invaded", "struck", "strike", "strikes", "shelled",
                         "shells", "attacked", "attack", "attacks", "bombed", "raided", "fired"])
#: how many words before the participle's word such a verb may stand ("struck targets in Russian-occupied")
_INTRUSION_REACH = 5


def _nouns(part: str) -> frozenset[str] | None:
    """The nouns a participle joined by a hyphen qualifies when it tells an actor's part, or ``None``."""
    return LED_BODIES | LED_FORCE if part == "led" else TALK_NOUNS if part in MEDIATING else \
        _HELD_PLACES if part in _HOLDING else None


def _aimed_at_holder(low: Sequence[str], k: int, nouns: frozenset[str]) -> bool:
    """A place held by the actor at ``k`` is named after a verb of entering it or of force against it (true for
    the participles of the other parts, which need none)."""
    return nouns is not _HELD_PLACES or not _INTRUSIONS.isdisjoint(low[max(0, k - _INTRUSION_REACH):k])


def _qualified(low: Sequence[str], k: int, nouns: Collection[str]) -> int | None:
    """The index of the first of ``nouns`` in the noun phrase that begins at ``k``, or ``None``."""
    for q in range(k, min(len(low), k + _REACH)):
        if low[q] in nouns:
            return q
        if low[q] in _STOPS:
            return None
    return None


def part_of(low: Sequence[str], mention: Mention) -> tuple[str, int] | None:
    """The participle joined to ``mention`` by a hyphen ("led", "facilitated") and the index where the phrase it
    qualifies begins, written as one word ("EU-facilitated dialogue") or as three ("U.S. - hosted talks")."""
    if low[mention.end:mention.end + 1] == ["-"] and mention.end + 1 < len(low):
        return low[mention.end + 1], mention.end + 2
    name, hyphen, part = low[mention.end - 1].rpartition("-")
    return (part, mention.end) if hyphen and name else None


def _found(tokens: Sequence[str], find: Callable[[list[str]], list[Mention]]) -> Mention | None:
    """The one actor of a country that the words ``tokens`` name, whole, or ``None``."""
    found = find(list(tokens))
    if len(found) == 1 and found[0].has_country and (found[0].start, found[0].end) == (0, len(tokens)):
        return found[0]
    return None


def hyphen_mentions(tokens: Sequence[str], low: Sequence[str], mentions: list[Mention],
                    find: Callable[[list[str]], list[Mention]]) -> list[Mention]:
    """``mentions`` with the actor of each word "Actor-led" before a body and "Actor-mediated" (or another
    participle of :data:`MEDIATING`) before talks, and of a name before a hyphen standing alone the same way
    ("the U.S. - hosted talks"). ``find`` gives the actors of a list of words: the part before the hyphen,
    capitalised, must be one actor whole ("Saudi", "EU", "Qatari"), or with the word before it ("United
    States-led"); "Labour-led" names none."""
    if "-" not in "".join(low):  # no word with a hyphen (a test in C)
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for k, token in enumerate(tokens):
        if k in taken:
            continue
        if token == "-" and 0 < k < len(low) - 1:
            nouns = _nouns(low[k + 1])
            if nouns is None or k - 1 in taken or _qualified(low, k + 2, nouns) is None \
                    or not _aimed_at_holder(low, k - 1, nouns):
                continue
            found = _found(tokens[k - 1:k], find)
            if found is not None:
                out.append(Mention(k - 1, k, found.code, found.name, True))  # "the U.S. - hosted talks"
            continue
        name, hyphen, part = token.rpartition("-")
        nouns = _nouns(part.lower())
        if not hyphen or not name[:1].isupper() or nouns is None or _qualified(low, k + 1, nouns) is None:
            continue
        if not _aimed_at_holder(low, k, nouns):
            continue
        wide = _found([tokens[k - 1], name], find) if k > 0 and k - 1 not in taken else None
        found = wide or _found([name], find)
        if found is not None:
            start = k - 1 if wide is not None else k
            out.append(Mention(start, k + 1, found.code, found.name, True))  # "the EU-facilitated dialogue"
    return sorted(out, key=lambda m: m.start) if len(out) > len(mentions) else mentions


def led_ahead(low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each body led by an actor of a country named before it ("the Saudi-led coalition",
    "NATO-led forces") as one mention of the leader's code, from the leader to the body's noun; a country leading
    soldiers leads its military. A body that names its own actor ("the U.S.-led NATO forces") keeps it, and the
    leader is dropped."""
    out = list(mentions)
    for leader in mentions:
        part = part_of(low, leader) if leader.has_country else None
        if part is None or part[0] != "led":
            continue
        noun = _qualified(low, part[1], LED_BODIES)
        if noun is None:
            continue
        if any(m.has_country and part[1] <= m.start <= noun for m in mentions):
            out = [m for m in out if m is not leader]  # "the U.S.-led NATO forces": the body's own code
            continue
        code = leader.code + "MIL" if len(leader.code) == 3 and low[noun] in _ARMED else leader.code
        out = [m for m in out if not leader.start <= m.start <= noun]
        out.append(Mention(leader.start, noun + 1, code, leader.name, True))
    return sorted(out, key=lambda m: m.start)
