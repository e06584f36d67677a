"""A body's verb in the present that the parser read as a plural noun: "The Security Council demands that ...",
"The Council urges Israel to ...", "NATO condemns the attack on ...". The present of a verb of demand, appeal or
judgment after a name is tagged a noun ("Security Council demands" a compound, like "Security Council
resolutions"); the body is then no subject and the state it addresses becomes one ("urges Israel to halt": Israel
halts, no appeal). The sentences of UN resolutions and their press releases, and of statements and headlines in the
present, have that shape. :func:`misread_present` finds such a word; the parser then reads the sentence again with
the word in the past ("demanded", "urged"), which it parses as a verb, and the word keeps its present tag
(:meth:`detente.coding.syntax.SpacyParser.parse_many`).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._issued_texts import issued_text
from detente.coding.syntax import Parse

__all__ = ["misread_present", "past_of", "with_present"]

#: verbs of demand, appeal, judgment and stance whose present a body's name before makes a plural noun to the parser
_PRESENT = frozenset(["demands", "urges", "calls", "appeals", "requests", "decides", "condemns", "welcomes",
                      "warns", "insists", "deplores", "rejects", "reaffirms", "reiterates", "stresses", "underlines",
                      "encourages", "invites", "commends", "denounces", "accuses", "pledges", "vows", "threatens",
                      "expresses", "supports", "recognizes", "recognises", "emphasizes", "emphasises"])
#: words that may stand between the body's name and its verb ("The Council also demands", "today", "strongly")
_BETWEEN_TAGS = ("RB",)
_BETWEEN = frozenset(["today", "also", "further", "again", "once"])
#: tags of the words of a body's name ("The", "UN", "Security", "Council", "NATO", "European", "Union")
_NAME_TAGS = frozenset(["DT", "NNP", "NNPS", "NN", "NNS", "JJ"])


def past_of(word: str) -> str:
    """The past of a verb's present in "-s": "demands" -> "demanded", "urges" -> "urged".

    >>> past_of("demands"), past_of("urges"), past_of("stresses")
    ('demanded', 'urged', 'stressed')
    """
    stem = word[:-1]
    return stem + "d" if stem.endswith("e") else stem + "ed"


def misread_present(words: Sequence[str], parse: Parse) -> int | None:
    """Where a body's verb in the present stands when the parser read it as a plural noun: a word of
    :data:`_PRESENT` tagged a noun (or the verb with the name before it no subject of it), after a name that opens
    the sentence or follows its first comma ("By the text, the Council demands ..."), with at most adverbs between
    them and no verb before it; else ``None``.

    >>> misread_present(["The", "Council", "demands", "that", "Iran", "halt", "enrichment", "."],
    ...                 Parse((2, 2, 2, 6, 6, 6, 2, 2), ("det", "compound", "root", "mark", "nmod:poss", "amod",
    ...                                                  "acl:relcl", "punct"),
    ...                       ("DT", "NNP", "NNS", "IN", "NNP", "JJ", "NN", ".")))
    2
    """
    if _PRESENT.isdisjoint(map(str.lower, words)):  # most sentences: none of the words (a test in C)
        return None
    verb = next((t for t, w in enumerate(words) if w.lower() in _PRESENT and w[:1].islower()), None)
    if verb is None or verb == 0 or any(tag.startswith(("VB", "MD")) for tag in parse.tags[:verb]):
        return None
    if parse.tags[verb] == "VBZ" and any(parse.heads[q] == verb and parse.labels[q].startswith("nsubj")
                                         for q in range(verb)):
        return None  # read right: the body its subject
    if parse.tags[verb] not in ("NNS", "NNP", "NN", "VBZ"):
        return None
    end = verb
    while end > 0 and (parse.tags[end - 1].startswith(_BETWEEN_TAGS) or words[end - 1].lower() in _BETWEEN):
        end -= 1
    start = end
    while start > 0 and parse.tags[start - 1] in _NAME_TAGS and words[start - 1] not in (",", "."):
        start -= 1
    name = words[start:end]
    if not any(w[:1].isupper() and parse.tags[start + i] in ("NNP", "NNPS") for i, w in enumerate(name)) \
            and not issued_text(words, start, end, verb):
        return None  # "Russian strikes", "the talks": no name before the word ("The resolution demands": a text)
    if start > 0 and words[start - 1] != ",":
        return None
    if start > 0 and "," in words[:start - 1]:
        return None  # only an opening phrase before the name
    return verb


def with_present(verb: int, parse: Parse, again: Parse) -> Parse:
    """``again``, the sentence's parse with the word at ``verb`` in the past, that word tagged as the present it is,
    when it reads the word as a verb: one the first reading took for a noun, or one with a subject before it now;
    else ``parse``, the first reading ("Chile strongly condemns this attack and calls on ...", a verb read as a
    verb, keeps it)."""
    subject = any(again.heads[q] == verb and again.labels[q].startswith("nsubj") for q in range(verb))
    if not (again.tags[verb].startswith("VB") and (subject or parse.tags[verb].startswith("NN"))):
        return parse
    tags = list(again.tags)
    tags[verb] = "VBZ"
    return Parse(again.heads, again.labels, tuple(tags))
