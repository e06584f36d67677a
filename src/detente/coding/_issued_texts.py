"""A text a body issued, named by its noun, as the subject of a verb in the present: "The resolution demands that
both parties cease all military action", "The statement urges Serbia and Kosovo to ...", "The text calls on the
two sides to ...". UN meeting coverage and wire reports tell what a resolution or statement says in the present.
The parser read "resolution demands" as one noun (a compound, like "the resolution's demands"), so the verb had
no subject and the state it addresses none of its objects (``IGOUNO --- 105``); the present verb after a body's
name has the same misreading (:mod:`detente.coding._present_verb`), which this class joins: :func:`issued_text`
tells a text's noun after "the" or "this" right before the verb, and the sentence is read again with the verb in
the past.

Whose text it is: a resolution named by "the" that opens a sentence ("The resolution demands ...", "The
resolution, adopted unanimously, calls on ...") in a text that has named the United Nations and told no other
actor issuing a resolution is the UN's, as a numbered one is (:func:`the_resolution`, read by
:class:`detente.coding.coref.Discourse` after the texts an actor was told to issue). Left alone: a resolution of a
named author ("the resolution of the Arab League", "the resolution by Congress"), "the resolution of the conflict",
a resolution in a text that never named the UN, and one the text told another actor issued ("The House passed a
resolution ... The resolution calls on ...", read as the House's).

>>> issued_text(["The", "resolution", "demands", "that", "Iraq", "withdraw", "."], 0, 2, 2)
True
>>> issued_text(["Sudan", "rejects", "the", "resolution", "demands", "."], 2, 4, 4)
False
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._coref_words import _UN
from detente.coding.mentions import Mention

__all__ = ["TEXT_NOUNS", "issued_text", "the_resolution"]

#: nouns of a text a body or a government issues, which tell what it says in the present
TEXT_NOUNS = frozenset(["resolution", "statement", "text", "declaration", "communique", "communiqué", "document",
                        "draft"])
#: words before the noun that make it a definite text already told ("the resolution", "this statement")
_DEFINITE = frozenset(["the", "this", "that"])
#: words right after the verb that show the verb is a plural noun after all ("the resolution demands were met")
_AUXILIARIES = frozenset(["were", "are", "was", "is", "have", "had", "will", "would", "could"])
_NOUN_AFTER = _AUXILIARIES | frozenset(["of", ".", ")"])


def issued_text(words: Sequence[str], start: int, end: int, verb: int) -> bool:
    """Whether ``words[start:end]``, the words before the present verb at ``verb``, are a text's noun after "the"
    or "this" ("The resolution"), at the sentence's start, the verb not followed by what a noun takes."""
    name = [w.lower() for w in words[start:end]]
    return (start == 0 and len(name) == 2 and name[0] in _DEFINITE and name[1] in TEXT_NOUNS and end == verb
            and verb + 1 < len(words) and words[verb + 1].lower() not in _NOUN_AFTER)


def the_resolution(low: Sequence[str], mentions: Sequence[Mention], un: bool) -> list[Mention]:
    """The sentence's actors with "The resolution" opening it read as the United Nations, when the text has named
    it (``un``) and no actor covers the words (see the module)."""
    if not un or len(low) < 4 or low[0] != "the" or low[1] != "resolution" or low[2] in ("of", "by", "from") \
            or low[3] in _AUXILIARIES:
        return list(mentions)  # "the resolution of the conflict", "the resolution demands were met"
    if any(m.start < 2 for m in mentions):
        return list(mentions)  # an author already read ("The resolution" of a body the text told issued it)
    return sorted([*mentions, Mention(0, 2, _UN, "United Nations", True)], key=lambda m: m.start)
