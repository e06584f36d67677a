"""What an agreement covers is no act: the fields named after a text's "on".

"Russia and Belarus signed agreements on gas import and export", "a protocol on oil export through the pipeline",
"agreements on investment, trade and aid": the texts are signed (057); the trade, the investment and the aid are
what they cover, not cooperation or aid given that day. The parser often reads "signed agreements on gas import" as
a title (the participle a modifier of the plural noun, the field a clause of its own), so the field is found by the
words: an event noun of material cooperation or aid (06, 07) inside a phrase of "on", "about", "concerning" or
"regarding" that follows a text's noun, with only the words of a noun phrase between (nouns, adjectives, numbers,
determiners, commas, "and", "or").

Other acts named after an agreement's "on" keep their reading ("an agreement on a ceasefire", "an agreement on the
release of prisoners" are read as before), and so does material cooperation told by a verb ("agreed to expand
trade") or by a noun outside a text's topic ("trade between them grew").
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["agreement_field"]

#: the nouns of texts parties sign, whose "on" phrase names what they cover
_TEXTS = frozenset(["agreement", "agreements", "accord", "accords", "deal", "deals", "treaty", "treaties", "pact",
                    "pacts", "protocol", "protocols", "memorandum", "memoranda", "memorandums", "contract",
                    "contracts", "convention", "conventions"])
#: the prepositions that open what a text covers
_ABOUT = frozenset(["on", "about", "concerning", "regarding"])
#: the tags of the words of a noun phrase
_PHRASE_TAGS = ("NN", "JJ", "CD", "DT", "PRP$", "POS", "HYPH")
#: the joining words of a list of fields
_JOINS = frozenset([",", "and", "or", "&"])
#: the roots of the fields an agreement covers: material cooperation and aid
_FIELD_ROOTS = frozenset(["06", "07"])
#: how far before the noun the preposition may stand
_REACH = 8


def agreement_field(low: Sequence[str], tags: Sequence[str], noun: int, code: str) -> bool:
    """Whether the event noun at ``noun`` (of CAMEO ``code``) names a field a text covers ("signed agreements on
    gas import and export")."""
    if code[:2] not in _FIELD_ROOTS:
        return False
    for k in range(noun - 1, max(-1, noun - _REACH - 1), -1):
        if low[k] in _ABOUT:
            return k > 0 and low[k - 1] in _TEXTS
        if not (tags[k].startswith(_PHRASE_TAGS) or low[k] in _JOINS):
            return False
    return False
