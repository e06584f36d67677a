"""A meeting named by a noun as the subject of a plan, a forecast or a possibility: "New talks between Sudan and
South Sudan are planned for May", "A summit between Kenya and Ethiopia is scheduled for June", "Talks between Chile
and Bolivia are expected to open next week", "Fresh talks between Egypt and Sudan could take place in March".

The modality of an act is read from the words before its verb; a meeting noun that opens its clause has none before
it, and what its clause says of it comes after its phrase: a plan ("is planned", "are scheduled", "is set", "is
due", "are to be held", "will"; not "is to settle the dispute", what it is for), a forecast ("are expected to", "is
likely to") or a possibility ("could", "may", "might", "would", "can", "should"). The rule for a noun's modal
(`_modality.might_be`) wants an article or a possessive before the noun and stops at a participle, so the bare
plural ("Talks between ... could resume") and "is scheduled" were told as meetings that happened, on the article's
day. :func:`meeting_ahead` reads the first verb
after the noun's phrase (its parties, places and describing words) when the noun is no preposition's object: a plan
or "will" is an intended meeting (036 by CAMEO's reading of intent), a forecast or a possibility a hypothetical one.

Not so: a meeting told as done ("Talks between Kenya and Somalia ended on Tuesday", "the summit was held"), a past
plan ("talks were scheduled for Monday", read elsewhere), a meeting inside another's phrase ("the outcome of talks
between A and B could decide ...": the outcome could), and a meeting whose phrase a clause of its own ends ("talks
between A and B, which ended in May, could resume": left to the rules of the clause).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["meeting_ahead"]

#: nouns of a meeting whose plan or possibility a clause tells
_MEETINGS = frozenset(["talks", "summit", "summits", "meeting", "meetings", "negotiations", "consultations",
                       "discussions", "dialogue", "visit", "conference"])
#: words before the noun that make it a preposition's object, not the clause's subject
_PREPOSITIONS = frozenset(["of", "on", "about", "for", "after", "since", "before", "following", "to", "in", "at",
                           "during", "from", "with", "by", "over", "than", "into", "toward", "towards"])
#: words that end the noun's phrase with no verb of its own read here
_ENDS = frozenset([",", ";", ":", "that", "which", "who", "where", "when", "but", "(", ")", "--", '"', "."])
#: first verbs of a plan or "will": the meeting is intended
_WILL = frozenset(["will", "'ll", "shall"])
#: first verbs of a possibility: the meeting may come
_MODALS = frozenset(["would", "could", "might", "may", "can", "should"])
#: words after "is"/"are" that tell a plan
_PLANNED = frozenset(["planned", "scheduled", "set", "slated", "due", "to", "tipped", "proposed", "pencilled",
                      "penciled", "envisaged", "envisioned", "mooted", "being"])
#: verbs after "is to" that tell the meeting's own course ("is to be held", "are to open"), not what it is for
_TO_HAPPEN = frozenset(["be", "take", "open", "begin", "start", "resume", "convene", "reconvene", "continue", "go",
                        "run", "close", "end", "last", "conclude"])
#: words after "is"/"are" that tell a forecast
_FORECAST = frozenset(["expected", "likely", "unlikely", "possible", "probable", "poised"])
#: words that may describe a meeting noun the lexicon read as a verb ("Fresh talks between ...")
_DESCRIBING = frozenset(["new", "fresh", "further", "more", "direct", "renewed", "formal", "informal", "bilateral",
                         "trilateral", "high-level", "peace", "border", "nuclear", "trade", "the", "a", "an"])
#: how far after the noun the first verb may stand
_REACH = 12


def meeting_ahead(low: Sequence[str], tokens: Sequence[str], noun: int, code: str, *, nominal: bool) -> str | None:
    """The modality of the meeting named by the noun at ``noun`` (coded ``code``) when it is the subject of a plan
    ("intended") or of a forecast or possibility ("hypothetical"); None when its clause tells no such thing. A word
    the lexicon did not read as a noun (``nominal`` false: "Talks between ...", "Fresh talks ...") counts only when
    it opens its clause, at most describing words of a meeting before it ("Peru talks with Chile" is a verb)."""
    if code[:2] != "04" or low[noun] not in _MEETINGS:
        return None
    first = noun
    while first > 0 and noun - first < 5 and low[first - 1] not in _ENDS and low[first - 1] not in _PREPOSITIONS \
            and low[first - 1] not in ("and", "or", "said", "says", "say") and not low[first - 1].endswith("ed"):
        first -= 1  # its determiner and describing words: "new", "fresh", "a second round of"
    if first > 0 and low[first - 1] in _PREPOSITIONS:
        return None  # "the outcome of talks between ...": the outcome is the subject
    if not nominal and not _DESCRIBING.issuperset(low[first:noun]):
        return None  # "Peru talks with Chile ...": a verb
    for q in range(noun + 1, min(len(low), noun + _REACH)):
        word = low[q]
        if word in _ENDS or (word.endswith("ed") and word not in _PLANNED):
            return None
        if word in _WILL:
            return "intended"
        if word == "may" and not tokens[q].islower():
            continue  # "in May": the month
        if word in _MODALS:
            if word == "could" and low[q + 1:q + 2] in (["not"], ["n't"]):
                return None  # "talks ... could not settle the border": held, and failed
            return "hypothetical"
        if word in ("is", "are"):
            after = low[q + 1:q + 3]
            if after[:1] == ["not"]:
                after = after[1:]
            if after and after[0] in _FORECAST:
                return "hypothetical"
            if after[:1] == ["to"]:  # "are to be held", "is to open"; not "is to settle the dispute": its aim
                return "intended" if after[1:2] and after[1] in _TO_HAPPEN else None
            return "intended" if after and after[0] in _PLANNED else None
        if word in ("was", "were", "has", "have", "had", "did", "does", "do"):
            return None
    return None
