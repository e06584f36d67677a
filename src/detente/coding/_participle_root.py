"""A sentence's main verb that the parser read as a participle on a noun: "The statement accused the ministry of
...", "A White House statement called on Pakistan to end ...", "The army of the DPRK proposed talks ...",
"Peru's ambassador to the UN criticized Chile": the parse has no main verb, and the verb hangs on its subject (a
reduced relative clause) or on its own object (an adjective). :func:`participle_root` makes it the main verb, as
:meth:`detente.coding.syntax.SpacyParser.parse_many` reads every sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.syntax import Parse

__all__ = ["participle_root"]

#: the labels of a verb the parser hung on its subject as a participle ("the statement accused ...")
_ON_SUBJECT = frozenset(["acl", "acl:relcl"])
#: the labels by which a noun of the subject's phrase hangs on the one before ("the ambassador of Peru to the UN")
_IN_PHRASE = frozenset(["nmod", "compound", "flat", "nmod:poss"])
#: the labels of a word before the head of its noun phrase ("President" in "President Nixon", "Chile's minister")
_BEFORE_HEAD = frozenset(["compound", "flat", "nmod:desc", "nmod:poss", "amod"])
#: the children that give a verb a clause of its own (a relative or reduced clause has none of them on its verb)
_OWN_CLAUSE = frozenset(["nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark", "expl"])
#: finite tags: a sentence with one of them outside the verb's phrase has a main verb of its own
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
#: words between the subject and the verb that end the subject's phrase
_BREAKS = frozenset([",", ";", ":", "(", ")", '"', "-", "--"])


def _acts_on(words: Sequence[str], parse: Parse, verb: int) -> bool:
    """A verb tagged as a participle reads as an active verb: it has an object ("accused the ministry"), or a
    phrase with a preposition before an infinitive ("called on Peru to end ...", "called upon them to ..."); a
    participle with an infinitive alone is passive ("men suspected to be ...")."""
    if parse.child(verb, "obj") is not None:
        return True
    phrases = [c for c in parse.children(verb, "obl") if parse.child(c, "case") is not None]
    return bool(phrases) and any(c > min(phrases) and any(words[m].lower() == "to" for m in parse.children(c, "mark"))
                                 for c in parse.children(verb, "xcomp", "advcl"))


def _in_subject(parse: Parse, root: int, token: int) -> bool:
    """``token`` is the root or a noun of its phrase before the verb ("the observer of Palestine to the UN")."""
    for _ in range(6):
        if token == root:
            return True
        if parse.labels[token] not in _IN_PHRASE or (parse.heads[token] > token and parse.heads[token] != root):
            return False
        token = parse.heads[token]
    return False


def _misread(words: Sequence[str], parse: Parse, root: int) -> tuple[int, int | None] | None:
    """The first past verb after the subject that the parse hung on the subject's phrase as a participle, or on
    the noun right after it as an adjective ("criticized Chile", "proposed talks"): the verb and that noun (None
    for a participle on the subject)."""
    for verb in range(1, len(words) - 1):
        tag, head = parse.tags[verb], parse.heads[verb]
        if tag.startswith("VB") or tag == "MD":
            if tag not in ("VBD", "VBN") or parse.child(verb, *_OWN_CLAUSE) is not None:
                return None  # a verb before it: the sentence is no subject and one verb
            if head < verb and parse.labels[verb] in _ON_SUBJECT and _in_subject(parse, root, head):
                return (verb, None) if tag == "VBD" or _acts_on(words, parse, verb) else None
            while parse.labels[head] in _BEFORE_HEAD and parse.heads[head] > head:
                head = parse.heads[head]  # "welcomed President Nixon": the name, not the title
            if head > verb and parse.labels[verb] == "amod" and parse.tags[verb - 1].startswith("NN") \
                    and parse.tags[head].startswith("NN") \
                    and all(c >= verb or head == root for c in parse.children(head)) \
                    and (head == root or parse.heads[head] == root or _in_subject(parse, root, verb - 1)):
                return verb, head
            return None
        if words[verb] in _BREAKS:
            return None
    return None


def _phrase(parse: Parse, tops: set[int]) -> set[int]:
    """The tokens whose heads lead to one of ``tops``, with them."""
    inside = set(tops)
    for q in range(len(parse)):
        chain: list[int] = []
        t = q
        while t not in inside and parse.heads[t] != t and len(chain) < len(parse):
            chain.append(t)
            t = parse.heads[t]
        if t in inside:
            inside.update(chain)
    return inside


def participle_root(words: Sequence[str], parse: Parse) -> Parse:
    """``parse`` with the main verb the parser read as a participle (:func:`_misread`) made the sentence's root, the
    subject's head its subject and, for a verb read as an adjective, the noun after it its object; only when the
    root is a noun with no verb "to be", auxiliary or subject, no comma or other verb stands between the
    subject and the verb, a verb tagged as a participle reads as active (:func:`_acts_on`), no "by" agent hangs
    on it and no finite verb stands outside its phrase. A reduced relative clause keeps its reading: "the
    sanctions imposed by Japan", "the call made by the leader, is ...", "Soil samples taken at nine spots
    contained ...", "the proposed talks".

    >>> p = participle_root(["The", "statement", "accused", "Seoul", "."],
    ...                     Parse((1, 1, 1, 2, 1), ("det", "root", "acl", "obj", "punct"),
    ...                           ("DT", "NN", "VBN", "NNP", ".")))
    >>> p.labels[1], p.heads[1], p.labels[2], p.tags[2], p.heads[4]
    ('nsubj', 2, 'root', 'VBD', 2)
    """
    root = next((i for i, h in enumerate(parse.heads) if h == i), None)
    if root is None or not parse.tags[root].startswith(("NN", "PRP")) \
            or parse.child(root, "cop", "aux", "aux:pass", "nsubj:pass", "csubj") is not None:
        return parse
    found = _misread(words, parse, root)
    if found is None:
        return parse
    verb, noun = found
    if any(words[c].lower() == "by" for k in parse.children(verb) for c in parse.children(k, "case", "mark")):
        return parse
    if noun == root:  # "The ambassador of Peru criticized Chile": the subject hangs on the object
        subject = parse.child(root, "nsubj")
        inside = _phrase(parse, {verb, *(c for c in parse.children(root) if c > verb)}) | {root}
    else:
        subject = root
        inside = _phrase(parse, {verb} if noun is None else {verb, noun})
    if subject is None or subject > verb or (noun != root and parse.child(root, "nsubj") is not None) \
            or (noun == root and any(c < verb and c not in (subject, verb) and parse.labels[c] not in ("det", "punct")
                                     for c in parse.children(root))) \
            or any(parse.tags[q] in _FINITE for q in range(len(words)) if q not in inside and q != verb):
        return parse
    heads, labels, tags = list(parse.heads), list(parse.labels), list(parse.tags)
    for c in parse.children(root):
        if (c > verb and (noun != root or parse.labels[c] == "punct")) or (noun == root and c < verb):
            heads[c] = verb  # what follows the verb's phrase (the full stop), and a subject on the object
    if noun is not None:
        heads[noun], labels[noun] = verb, "obj"
    heads[verb], labels[verb], tags[verb] = verb, "root", "VBD"
    heads[subject], labels[subject] = verb, "nsubj"
    return Parse(tuple(heads), tuple(labels), tuple(tags))
