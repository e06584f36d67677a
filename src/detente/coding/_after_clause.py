"""A main verb the parser read as a modifier when a clause of time with its own subject follows: "Azerbaijan
condemned Armenia after Armenian forces shelled a village".

The parser reads such a sentence as one noun phrase ("Azerbaijan condemned Armenia after Armenian forces", with
"condemned" an adjective and "after" a preposition) that is the subject of the last verb, so both Azerbaijan and
Armenia shelled the village. :func:`misread_after` finds the shape: the sentence's root a past verb after "after"
or "before", a past verb before it read as a modifier (no verb of the sentence's own), no comma between.
:meth:`detente.coding.syntax.SpacyParser.parse_many` then parses the words before "after" and the clause after it
apart, and :func:`with_after` joins them: the clause's root an adverbial clause of the main verb, "after" its
marker, so the clause's own subject is its doer and the main verb keeps its subject and object.

>>> words = "Azerbaijan condemned Armenia after Armenian forces shelled a village .".split()
>>> misread_after(words, Parse((2, 2, 6, 5, 5, 2, 6, 8, 6, 6), ("amod", "amod", "nsubj", "case", "amod", "nmod",
...     "root", "det", "obj", "punct"), ("NNP", "VBN", "NNP", "IN", "JJ", "NNS", "VBD", "DT", "NN", ".")))
3
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.syntax import Parse, Parsed

__all__ = ["misread_after", "with_after"]

#: the conjunctions of time whose clause the parser read as a prepositional phrase
_TIME_WORDS = frozenset(["after", "before"])
#: the labels of a main verb misread as a modifier of a noun
_MODIFIER = frozenset(["amod", "acl", "compound"])


def _root(heads: Sequence[int]) -> int:
    return next((i for i, h in enumerate(heads) if h == i), 0)


def misread_after(words: Sequence[str], parse: Parse) -> int | None:
    """The index of the "after" or "before" of a misread sentence (see the module), else ``None``."""
    root = _root(parse.heads)
    if parse.tags[root] != "VBD" or "," in words[:root]:
        return None
    at = next((i for i in range(2, root - 1) if words[i].lower() in _TIME_WORDS), None)
    if at is None or parse.labels[at] != "case":
        return None
    verbs = [i for i in range(1, at) if parse.tags[i].startswith(("VB", "MD"))]
    if len(verbs) != 1 or parse.tags[verbs[0]] not in ("VBD", "VBN") or parse.labels[verbs[0]] not in _MODIFIER:
        return None
    return at


def with_after(at: int, main: Parsed, clause: Parsed) -> Parse:
    """The parse of a sentence from those of its words before ``at`` and of the clause after it: the clause's root
    an adverbial clause of the main root, the word at ``at`` its marker."""
    heads, labels, tags = main
    top, sub = _root(heads), _root(clause[0]) + at + 1
    moved = [top if h == i else h + at + 1 for i, h in enumerate(clause[0])]
    named = ["advcl" if h == i else lab for i, (h, lab) in enumerate(zip(clause[0], clause[1], strict=True))]
    return Parse((*heads, sub, *moved), (*labels, "mark", *named), (*tags, "IN", *clause[2]))
