"""An act a picture shows is no act of the text: "the sheet carries pictures of the premier meeting the king".

KCNA tells of stamps, photo albums, films, exhibitions and murals, and what they show: "The sheet contains
pictures of the leader meeting with the state councilor of China, and visiting places of northeast China", "an
exhibition of photos showing the President visiting Russia opened", "the film shows him holding talks with the
Chinese president". The act shown happened long before, on a day the text does not give (the stamp marks it, the
film recalls it); read as told, it was a meeting or a visit of the article's day.

:func:`depicted`: a verb or event noun is shown, not told, when before it in its clause (at most
:data:`_REACH` words back, with no finite verb, clause word or semicolon between) stands a noun of a picture
(:data:`PICTURES`) followed by "of", or a verb of showing ("showing", "depicting", "shows", "features", ...) right
after such a noun (or with one a few words before it); a verb joined after "and" or a comma is shown only as a
participle ("pictures of him meeting ..., and visiting ..."; "the portrait of the leader and paid tribute" is
the doer's act). "Photos of the attack were released as the envoy met the
king" keeps the meeting: "were" is a finite verb between.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["PICTURES", "depicted"]

#: nouns of pictures and of works that show scenes
PICTURES = frozenset([
    "picture", "pictures", "photo", "photos", "photograph", "photographs", "image", "images", "painting",
    "paintings", "portrait", "portraits", "stamp", "stamps", "film", "films", "footage", "documentary",
    "documentaries", "video", "videos", "mural", "murals", "mosaic", "mosaics", "poster", "posters", "drawing",
    "drawings", "scene", "scenes", "album", "albums", "sculpture", "sculptures", "relief", "reliefs",
])
#: verbs of showing, after a noun of a picture ("photos showing", "the film shows")
_SHOWING = frozenset(["showing", "depicting", "portraying", "featuring", "capturing", "shows", "depicts",
                      "portrays", "features", "captures", "show", "depict", "portray", "feature", "showed",
                      "depicted", "portrayed", "featured", "captured"])
#: words that join a second verb to the clause
_JOINS = frozenset(["and", ","])
#: how many words back the picture may stand
_REACH = 18
#: how many words before a verb of showing its picture may stand ("the documentary film shows")
_NOUN_REACH = 4
#: words that end the clause the picture opens: finite verbs and clause words
_BREAKS = frozenset([";", ":", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says",
                     "told", "while", "when", "as", "after", "before", "but", "because", "where", "since",
                     "although", "though", "whereas"])


def depicted(low: Sequence[str], verb: int) -> bool:
    """Whether the verb or event noun at ``verb`` is what a picture shows (see the module's docstring).

    >>> depicted("the sheet contains pictures of kim meeting with dai".split(), 6)
    True
    >>> depicted("photos of the rally were shown as the envoy met the king".split(), 9)
    False
    """
    for q in range(verb - 1, max(-1, verb - _REACH - 1), -1):
        word = low[q]
        if word in _BREAKS:
            return False
        if (word == "of" and q > 0 and low[q - 1] in PICTURES) \
                or (word in _SHOWING and any(w in PICTURES for w in low[max(0, q - _NOUN_REACH):q])):
            # "laid a wreath before the portrait of the leader and paid tribute": a verb after "and" or a comma
            # that is no participle is the doer's own next act
            return low[verb].endswith("ing") or not any(w in _JOINS for w in low[q + 1:verb])
    return False
