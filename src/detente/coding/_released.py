"""What is released: a text, a picture or figures made public is no release of persons or property.

"Release" is a return (CAMEO 084) when what is let go is held: prisoners, detainees, sailors, a seized ship. A
state, a ministry, a party or a news agency also "releases" a report, a white paper, a bulletin, a video,
satellite images, figures or a commentary: that makes something public, a statement (010), as the lexicon already
reads "released a statement". Read as a return, it gave a cooperative material act to every publication: "Japan
released a white paper accusing China" (JPN 084), "The Pentagon released a video of the Iranian boats" (USA -> IRN
084), "media released reports on the anniversary of the DPRK" (a foreign medium -> PRK 084).

The text released is read around the verb: its object ("released a detailed report", "released the 64th issue of
its bulletin", "released information bulletin No. 981"), or the noun the participle or the passive tells of ("a
statement released by the NDC", "figures released on Friday", "the white paper on defense for 2011 released
recently", "the report had been released").

"Freed from" a rule, a yoke or backwardness is a people's liberation, no release of anyone held: "the nation was
freed from the colonial rule of the Japanese imperialists" is no act; "freed from Israeli jails", "freed from
detention" stay releases.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["document_released", "freed_from_rule"]

#: nouns of a text, a picture or figures that are made public
_TEXTS = frozenset([
    "report", "reports", "bulletin", "bulletins", "paper", "article", "articles", "commentary", "commentaries",
    "video", "videos", "footage", "image", "images", "photo", "photos", "photograph", "photographs", "picture",
    "pictures", "film", "films", "documentary", "documentaries", "data", "statistics",
    "communique", "communiques", "document", "documents", "news", "misinformation", "newspaper", "stamps",
    "resolution", "indictment", "work", "works", "rating", "response", "book", "books", "booklet", "booklets",
    "pamphlet", "pamphlets", "survey", "surveys", "poll", "polls", "study", "studies", "transcript", "transcripts",
    "memorandum", "memo", "map", "maps", "album", "recording", "recordings", "tape", "tapes", "statement",
    "statements", "declaration", "declarations", "write-up", "write-ups", "yearbook", "findings", "results",
    "estimate", "estimates", "analysis", "announcement", "guidelines", "information", "manifesto", "letter",
    "letters", "message", "messages", "song", "songs", "textbook", "textbooks", "brochure", "index", "review",
])
#: nouns of a text that are one only with "of" after them ("the 64th issue of its bulletin")
#: figures told before the participle ("unemployment figures released by the ministry"); after the verb they may be
#: people ("release all those progressive figures")
_FIGURES = frozenset(["figure", "figures"])
_PARTS = frozenset(["issue", "issues", "edition", "editions", "volume", "volumes", "number", "copy", "copies",
                    "text", "version"])
_FORMS = frozenset(["release", "releases", "released", "releasing"])
#: words that may stand between a text and the participle or the passive that tells of it
_AUXILIARIES = frozenset([",", "was", "were", "been", "be", "being", "is", "are", "has", "have", "had", "recently",
                          "just", "newly", "first", "also", "officially", "jointly", "earlier", "today",
                          "publicly", "already"])
#: prepositions after a text's noun that open a phrase of it ("the white paper on defense", "a communique of the
#: ministry"), which may stand between the noun and its participle
_OF_TEXT = frozenset(["of", "on", "by", "from", "for", "about", "in"])
#: words that end the object of the verb: what the verb did is told by then
_OBJECT_ENDS = frozenset([",", ".", ";", ":", "on", "to", "by", "from", "after", "before", "under", "with", "at",
                          "as", "and", "who", "which", "that", "in", "into", "for", "last", "this"])
#: words that a phrase between a text and the participle never holds: a verb of saying or a clause before it
_CLAUSE_BREAKS = frozenset([",", ";", ":", "said", "says", "say", "that", "which", "who", "after", "when", "as",
                            "and", "but", "while"])
#: words after a participle or a passive, which takes no object ("a report released on Monday", "figures released
#: Thursday", "had been released than")
_AFTER_PARTICIPLE = _OBJECT_ENDS | frozenset([
    "recently", "earlier", "today", "yesterday", "here", "there", "than", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "late", "early", "jointly", "publicly", "online", "shortly",
    "(", ")", "\"", "'", "'s"])
#: how far after the verb its object's noun may stand ("released a new detailed report")
_OBJECT_REACH = 5
#: how far before the participle the text's noun may stand, with a phrase of it between
_NOUN_REACH = 8


def _text_at(low: Sequence[str], q: int) -> bool:
    word = low[q]
    return word in _TEXTS or (word in _PARTS and q + 1 < len(low) and low[q + 1] == "of")


def document_released(low: Sequence[str], verb: int) -> bool:
    """Whether "release" at ``verb`` makes a text public: a text is its object ("released a report"), or the noun
    its participle or its passive tells of ("a report released by the ministry", "the report was released")."""
    if low[verb] not in _FORMS:
        return False
    if verb > 0 and low[verb - 1] == "press":
        return True  # "in a press release on Sept. 26": the noun of a text
    for q in range(verb + 1, min(len(low), verb + 1 + _OBJECT_REACH)):
        if low[q] in _OBJECT_ENDS:
            break
        if _text_at(low, q):
            return True
    if verb + 1 < len(low) and low[verb + 1] not in _AFTER_PARTICIPLE:
        return False  # "Israel, in a statement, released 26 prisoners": the verb has an object of its own
    q = verb - 1
    while q >= 0 and low[q] in _AUXILIARIES:
        q -= 1
    if q < 0:
        return False
    if _text_at(low, q) or low[q] in _FIGURES:
        return True
    # "a communique of the Venezuelan Foreign Ministry released on Monday": the text before a phrase of it
    for p in range(q - 1, max(-1, q - _NOUN_REACH), -1):
        if low[p] in _CLAUSE_BREAKS:
            return False
        if (_text_at(low, p) or low[p] in _FIGURES) and low[p + 1] in _OF_TEXT:
            return True
    return False


#: what one is freed from when held: a prison, detention, captors
_CUSTODY = frozenset(["prison", "prisons", "jail", "jails", "detention", "custody", "captivity", "camp", "camps",
                      "cell", "cells", "captors", "kidnappers", "hostage", "hostages", "arrest", "confinement",
                      "imprisonment", "house", "labor", "labour", "gulag", "internment", "abductors",
                      "hijackers", "pirates", "militants", "rebels", "insurgents", "guerrillas", "kidnapping"])
_FREED = frozenset(["freed", "free", "frees", "freeing"])
#: how far after "from" the noun of what one is freed from may stand ("freed from the colonial rule")
_FROM_REACH = 5


def freed_from_rule(low: Sequence[str], verb: int) -> bool:
    """Whether "freed" at ``verb`` tells a people freed from a rule, a yoke or a state of things ("freed from the
    colonial rule", "freed from centuries-old backwardness"), not from a prison, detention or captors."""
    if low[verb] not in _FREED or verb + 1 >= len(low) or low[verb + 1] != "from":
        return False
    return _CUSTODY.isdisjoint(low[verb + 2:verb + 2 + _FROM_REACH])
