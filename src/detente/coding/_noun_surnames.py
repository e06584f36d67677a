"""A surname that is also an English noun, used as the noun: "Japan's Fishing Ban", "Lift Ban on Grain Export",
"Rice Transplantation at Full Swing", "Japan Lifts Rice Import Ban". Title case writes the noun as a name, and in
the years its holder served "Ban" is read as Ban Ki-moon and "Rice" as Condoleezza Rice. The surname alone stays the
person where a title or the text's start comes before it and no noun's modifier does ("UN Chief Ban Urges ...",
"Rice Meets Chinese Foreign Minister", "remarks of Rice", "Ban on Tuesday urged").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.coding.mentions import Mention

__all__ = ["noun_surnames"]

#: surnames of people in the tables that are everyday English nouns
_NOUNS = frozenset(["ban", "rice", "power", "brown", "king", "hope", "price", "rose", "hill", "wood", "bell"])
#: words before the noun that make it one: articles, possessives, "to" of a verb
_MODIFIED = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "my", "'s", "to", "any", "this",
                       "that", "new", "total", "export", "import", "arms", "fishing", "test", "travel", "trade"])
#: words of address or office that name the person after them
_TITLES = frozenset(["mr", "mr.", "mrs", "ms", "dr", "chief", "secretary", "secretary-general", "general", "un",
                     "u.n.", "president", "minister", "advisor", "adviser", "envoy", "sen.", "senator", "rep.",
                     "governor", "former", "said", "says", "by", "with", "of", "and", ",", "from", "told"])
#: words that open a sentence or clause before a name ("When Bush met ...", "Later Rice told ...")
_OPENERS = frozenset(["when", "after", "before", "then", "but", "and", "as", "if", "while", "since", "though",
                      "although", "meanwhile", "today", "yesterday", "later", "earlier", "also", "yet", "so", "in",
                      "on", "at", "for", "with", "under", "as", "because", "once", "until", "where", "whether",
                      "both", "neither", "nor", "even", "only", "there", "here", "now", "still", "again", "first"])
#: words after a name that do not make it a verb's or a noun's ("to Rice and Gates")
_LINKS = frozenset(["and", "or", "on", "in", "at", "for", "about", "over", "during", "after", "before", "while"])
_DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


def noun_surnames(tokens: Sequence[str], low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a one-word person whose word is an English noun used as one here: after an article,
    a possessive, "to" or a capitalised word that is no title ("Fishing Ban", "Lifts Rice Import Ban"), or before
    "on" that no weekday follows ("Ban on Grain Export") or a hyphen ("Rice-transplanting")."""
    out = []
    for m in mentions:
        if m.person and m.end - m.start == 1 and low[m.start] in _NOUNS and _as_noun(tokens, low, m.start):
            continue
        out.append(m)
    return out if len(out) != len(mentions) else mentions


def _as_noun(tokens: Sequence[str], low: Sequence[str], q: int) -> bool:
    after = low[q + 1] if q + 1 < len(low) else ""
    if after == "'s":
        return False  # "Blasts Rice's Outcry": the person's
    if after == "-" or (after == "on" and low[q + 2:q + 3] and low[q + 2] not in _DAYS):
        return True
    if q == 0:
        return False
    before = low[q - 1]
    if before in _TITLES or (before == "to" and not (after.isalpha() and after not in _LINKS)):
        return False  # "a letter to Rice", "to Rice and ...": the person; "to Ban Import": the verb
    return before in _MODIFIED or (tokens[q - 1][:1].isupper() and tokens[q - 1].isalpha()
                                   and before not in _OPENERS and before not in _DAYS)
