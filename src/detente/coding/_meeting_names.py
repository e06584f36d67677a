"""A place or an organisation that names a text or a meeting rather than a party to it: "the Paris climate
agreement", "the Singapore joint statement", "the Minsk peace accords", "at the NATO Summit". Read by
:meth:`detente.coding.mentions.ActorFinder.find` on each mention it finds."""

from __future__ import annotations

from collections.abc import Collection, Sequence

#: nouns of a text agreed or of a meeting, that a place or a body before them names
DOCUMENT_NOUNS = frozenset([
    "agreement", "agreements", "accord", "accords", "deal", "declaration", "statement", "communique", "treaty",
    "pact", "protocol", "convention", "framework", "principles", "memorandum", "charter", "summit", "summits",
    "talks", "meeting", "meetings", "conference", "dialogue", "negotiations", "process", "format", "initiative",
])
#: meetings an organisation holds, where the leaders of its members meet ("at the NATO Summit")
MEETING_NOUNS = frozenset(["summit", "summits", "meeting", "meetings", "conference", "ministerial"])
#: prepositions that make a meeting the place of an act ("at the NATO Summit", "during the G20 summit")
_AT = frozenset(["at", "during"])
#: nouns of a meeting's edges: "on the sidelines of the NATO summit"
_EDGES = frozenset(["sidelines", "sideline", "margins", "margin", "side"])
#: a possessive ending the words of the members who meet
_POSSESSIVES = frozenset(["'", "'s", "’", "’s"])
#: words that end the look for the noun: a modifier is a word of letters that is none of them
_STOPS = frozenset(["and", "or", "of", "to", "in", "on", "with", "for", "by", "from", "that", "which", "is", "was",
                    "are", "were", "has", "have", "had", "will", "would", "the", "a", "an", "its", "their"])


def _noun_after(low: Sequence[str], end: int, starts: Collection[int], nouns: Collection[str]) -> int:
    """How many words (0 to 3) stand between ``end`` and one of ``nouns``; -1 when none does. Each is a word of
    letters, no function word, where no other actor starts ("the Paris climate agreement": 1), or a possessive
    after such a word ("the NATO foreign ministers' meeting", the office words already in the mention)."""
    for k in range(4):
        q = end + k
        if q >= len(low):
            return -1
        if low[q] in nouns:
            return k
        if low[q] in _POSSESSIVES:
            continue  # "the NATO foreign ministers' meeting"
        if not low[q].isalpha() or low[q] in _STOPS or q in starts:
            return -1
    return -1


def _placed(low: Sequence[str], start: int) -> bool:
    """"at the X", "during the X", "on the sidelines of the X": the phrase says where an act takes place."""
    if start < 2 or low[start - 1] != "the":
        return False
    before = low[start - 2]
    return before in _AT or (before == "of" and start > 2 and low[start - 3] in _EDGES)


def names_meeting(low: Sequence[str], start: int, end: int, kind: str, starts: Collection[int]) -> bool:
    """The mention ``low[start:end]`` of a place (``kind`` "metonym": a city; "actor": a country) or an
    organisation (``kind`` "organisation") names a text or a meeting and no party: a city after "the" before one
    to three words and a document's noun ("the Paris climate agreement", "the Minsk peace accords"; with no word
    between, the finder already reads it); a country the same way before "joint" ("the Singapore joint
    statement": a joint text is between the parties, and the place is where it was signed), or in a phrase of
    place ("at the Singapore nuclear summit"); an organisation, with the office words that follow it, before a
    meeting in a phrase of place ("at the NATO Summit", "on the sidelines of the ASEAN foreign ministers'
    meeting"). "the Iran nuclear deal" and "hosted the ASEAN summit" keep their parties."""
    if start == 0 or low[start - 1] not in ("the", "a", "an"):
        return False
    if kind == "metonym":
        return _noun_after(low, end, starts, DOCUMENT_NOUNS) >= 1
    if kind == "actor":
        k = _noun_after(low, end, starts, DOCUMENT_NOUNS)
        return k >= 1 and (low[end] == "joint" or _placed(low, start))
    if kind == "organisation":
        return _noun_after(low, end, starts, MEETING_NOUNS) >= 0 and _placed(low, start)
    return False
