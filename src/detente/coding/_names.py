"""Names and voices in a text, read from its words alone: the words of a person's name, the initials of a short
name, the authors a heading names ("Statement by ... on ..."), and the stance in the present by which a statement
opens ("... is deeply concerned", "A and B strongly condemn"). Used by :mod:`detente.coding.coref`.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["heading_authors", "initials", "name_at", "name_word", "stance"]

#: what a text says it is, before its authors ("Statement by ...", "Remarks of ...")
_AUTHORED = frozenset(["statement", "remarks", "readout", "message", "address", "communique", "declaration",
                       "letter", "speech", "release"])
#: words after the authors of a heading that say what the text is about
_ABOUT = frozenset(["on", "regarding", "about", "concerning", "with", "to", "at", "in", ":", "following", "after",
                    "-"])


#: capitalised words that are no part of a name
_NOT_NAMES = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                        "february", "march", "april", "june", "july", "august", "september", "october",
                        "november", "december", "the", "a", "an", "and", "on", "in", "at", "of", "said", "says",
                        "i", "he", "she", "it", "we", "they", "mr", "ms", "mrs", "dr", "mr.", "ms.", "mrs.", "dr."])


def initials(short: str, name: Sequence[str]) -> bool:
    """Whether ``short`` is made of the initials of the capitalised words of ``name``, in order ("NSC": National
    Security Council; "DCC": Defence Committee of the Cabinet); a caption's "(AP)" after a name is none."""
    letters = [t[0] for t in name if t[:1].isupper()]
    k = 0
    for ch in short:
        if not ch.isalpha():
            continue
        while k < len(letters) and letters[k] != ch:
            k += 1
        if k == len(letters):
            return False
        k += 1
    return bool(letters) and letters[0] == short[0]


def name_word(token: str, low: str) -> bool:
    """A word of a person's name: capitalised letters (a hyphen allowed: "Ki-moon"), not a date or a function
    word."""
    return token[:1].isupper() and token.replace("-", "").isalpha() and low not in _NOT_NAMES


def name_at(tokens: Sequence[str], low: Sequence[str], q: int, taken: set[int]) -> list[int]:
    """The words of a name starting at ``q`` (two to four capitalised words the lexicon does not know)."""
    end = q
    while end < len(tokens) and end - q < 4 and end not in taken and name_word(tokens[end], low[end]):
        end += 1
    return list(range(q, end)) if end - q >= 2 else []


def heading_authors(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The countries of the actors a heading names as a text's authors: after "by", "from" or "of" following
    "statement", "remarks", "readout", ... and before what the text is about ("on", "regarding", "with", ":")."""
    for q, w in enumerate(low[:-1]):
        if w not in _AUTHORED or low[q + 1] not in ("by", "from", "of"):
            continue
        stop = next((k for k in range(q + 2, len(low)) if low[k] in _ABOUT), len(low))
        codes = dict.fromkeys(m.code[:3] for m in mentions if q + 2 <= m.start < stop and m.has_country)
        return [Mention(0, 0, c, None, True) for c in codes]
    return []


#: how a statement states its author's stance in the present: "is deeply concerned", "remains committed",
#: "strongly condemns"
_STANCE_ADJECTIVES = frozenset(["concerned", "committed", "pleased", "troubled", "alarmed", "disappointed",
                                "determined", "prepared", "ready", "resolved", "dismayed", "grateful", "outraged",
                                "saddened", "encouraged"])
_STANCE_VERBS = frozenset(["condemns", "welcomes", "reaffirms", "reiterates", "deplores", "regrets", "urges",
                           "calls", "applauds", "commends", "congratulates", "supports", "rejects", "denounces",
                           "joins", "condemn", "welcome", "reaffirm", "reiterate", "deplore", "regret", "urge",
                           "call", "applaud", "commend", "congratulate", "support", "reject", "denounce", "join",
                           "express", "expresses", "note", "notes", "affirm", "affirms", "stress", "stresses",
                           "emphasize", "emphasizes", "emphasise", "emphasises", "underscore", "underscores"])
_PRESENT_BE = frozenset(["is", "are", "remains", "remain"])
_STANCE_ADVERBS = frozenset(["strongly", "firmly", "fully", "categorically", "once", "again", "also", "deeply",
                             "seriously", "gravely", "very", "extremely", "still"])


def stance(low: Sequence[str], after: int) -> bool:
    """The words from ``after`` state a stance in the present: "is deeply concerned", "remains committed",
    "strongly condemns", "welcomes"."""
    words = [w for w in low[after:after + 5] if w not in _STANCE_ADVERBS][:2]
    if words and words[0] in _PRESENT_BE:
        return len(words) > 1 and words[1] in _STANCE_ADJECTIVES
    return bool(words) and words[0] in _STANCE_VERBS
