"""A headline's present verb that the parser read as a plural noun: "Britain condemns Russian strike on Kyiv",
"Japan urges restraint": with no verb in the sentence, "condemns" is tagged a noun, "Britain" hangs on "strike" as
its modifier, and the condemner becomes the striker. :func:`headline_verb` makes such a word the sentence's root,
the name before it its subject and the noun phrase after it its object, as
:meth:`detente.coding.syntax.SpacyParser.parse_many` reads every sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.syntax import Parse

__all__ = ["headline_verb"]

#: tags of the name a headline's subject ends with ("Britain", "UK PM", "It")
_NAME_TAGS = frozenset(["NNP", "NNPS", "PRP"])
#: tags that may follow the verb: its object's first word, or a preposition of its phrase ("warns of")
_AFTER_TAGS = ("DT", "JJ", "NN", "PRP$", "CD", "IN", "RB", "TO")


def _misread(words: Sequence[str], parse: Parse) -> int | None:
    """The first lower-case word ending in "s", tagged a plural noun, right after a name (or a capitalised noun:
    "UK PM") and before an object or a phrase: a verb in the present the parser read as a noun."""
    for t in range(1, len(words) - 1):
        word = words[t]
        if parse.tags[t] == "NNS" and word[:1].islower() and word.endswith("s") and word.isalpha() \
                and (parse.tags[t - 1] in _NAME_TAGS or (parse.tags[t - 1] == "NN" and words[t - 1][:1].isupper())) \
                and parse.tags[t + 1].startswith(_AFTER_TAGS):
            return t
    return None


def headline_verb(words: Sequence[str], parse: Parse) -> Parse:
    """``parse`` with a present verb read as a noun (:func:`_misread`) made the root, the name before it the subject
    and the sentence's root noun after it the object; only when no word of the sentence is tagged a verb and the
    root is a noun after that word. "Russian strikes on Kyiv" (an adjective before) and "the talks" keep their
    reading.

    >>> p = headline_verb(["Britain", "condemns", "Russian", "strike", "."],
    ...                   Parse((3, 2, 3, 3, 3), ("amod", "compound", "amod", "root", "punct"),
    ...                         ("NNP", "NNS", "JJ", "NN", ".")))
    >>> p.labels[1], p.tags[1], p.labels[0], p.heads[0], p.labels[3], p.heads[3], p.heads[4]
    ('root', 'VBZ', 'nsubj', 1, 'obj', 1, 1)
    """
    if any(tag.startswith(("VB", "MD")) for tag in parse.tags):
        return parse
    root = next((i for i, h in enumerate(parse.heads) if h == i), None)
    if root is None or not parse.tags[root].startswith("NN"):
        return parse
    verb = _misread(words, parse)
    if verb is None or root <= verb:
        return parse
    subject = verb - 1
    heads, labels, tags = list(parse.heads), list(parse.labels), list(parse.tags)
    for q in range(len(words)):
        if q < subject and heads[q] >= verb:
            heads[q] = subject  # "UK" of "UK PM": the subject's phrase
        elif q > verb and (heads[q] < verb or heads[q] == verb or (q != root and heads[q] == root
                                                                   and labels[q] == "punct")):
            heads[q] = verb  # the full stop, and what hung on the subject's side
    heads[root], labels[root] = verb, "obj"
    heads[subject], labels[subject] = verb, "nsubj"
    heads[verb], labels[verb], tags[verb] = verb, "root", "VBZ"
    return Parse(tuple(heads), tuple(labels), tuple(tags))
