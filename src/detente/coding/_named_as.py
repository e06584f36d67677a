"""What a verb of naming or judging calls its object or subject: "Japan Branded as Saboteur of Talks by Cuban
Party", "denounced the drills as a rehearsal for invasion". The "as" phrase says what the one judged is said to
be; an event noun in it ("talks", "invasion", "threat") is no act of its own, and the actor of the verb's "by"
phrase did not hold the talks. In a headline that phrase stands between the participle and its agent
(:func:`named_as_by`, read by :func:`detente.coding.roles.elided_passive`)."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import DETERMINERS
from detente.coding.syntax import Parse

__all__ = ["called_as", "named_as", "named_as_by"]

#: verbs whose "as" phrase names what their object (or, in the passive, their subject) is held to be
_NAMING = frozenset([
    "brand", "branded", "brands", "branding", "label", "labelled", "labeled", "labels", "dub", "dubbed", "dubs",
    "describe", "described", "describes", "describing", "term", "termed", "terms", "call", "called", "calls",
    "denounce", "denounced", "denounces", "denouncing", "condemn", "condemned", "condemns", "condemning",
    "criticize", "criticized", "criticizes", "criticise", "criticised", "criticises", "slam", "slammed", "slams",
    "assail", "assailed", "assails", "blast", "blasted", "blasts", "praise", "praised", "praises", "praising",
    "laud", "lauded", "lauds", "hail", "hailed", "hails", "hailing", "regard", "regarded", "regards", "see",
    "seen", "sees", "view", "viewed", "views", "characterize", "characterized", "characterizes", "portray",
    "portrayed", "portrays", "depict", "depicted", "depicts", "castigate", "castigated", "castigates",
    "reject", "rejected", "rejects", "dismiss", "dismissed", "dismisses",
])
#: the links that keep a word inside a noun phrase on the way up to its head
_INSIDE = frozenset(["nmod", "compound", "amod", "conj", "appos", "nmod:poss"])


def named_as(parse: Parse, low: list[str], noun: int) -> bool:
    """Whether ``noun`` stands in the "as" phrase of a verb of naming or judging: "Branded as Saboteur of Talks",
    "denounced the exercises as a rehearsal for invasion" ("as" the phrase's own case, its head such a verb)."""
    k = noun
    for _ in range(8):
        if parse.labels[k] not in _INSIDE or parse.is_root(k):
            break
        k = parse.heads[k]
    if parse.labels[k] not in ("obl", "xcomp", "advcl", "nmod") or parse.is_root(k):
        return False
    if not any(low[c] == "as" for c in parse.children(k, "case", "mark")):
        return False
    return low[parse.heads[k]] in _NAMING


#: how many words may stand between a verb of naming and its "as" (its object: "denounced the joint drills as")
_OBJECT_SPAN = 5


def called_as(low: list[str], at: int) -> bool:
    """Whether the "as" at ``at`` follows a verb of naming or judging within a few words, with no clause break
    between ("Condemned as", "saw the drills as"), read in word order."""
    for k in range(at - 1, max(at - _OBJECT_SPAN - 1, -1), -1):
        if low[k] in _NAMING:
            return True
        if low[k] in (",", ";", ":", "and", "but", "that", "which", "who"):
            return False
    return False


def named_as_by(low: Sequence[str], at: int) -> bool:
    """A headline's "as" phrase that names what the subject was called, and then who called it: "US Branded as
    Wrecker of Peace by Belgian Party", "Kim Il Sung Praised as Benefactor of Nation by Indian Figure". No article
    stands between "as" and "by": a headline leaves them out, and "welcomed as positive the decision by Japan" (an
    active verb whose object follows the "as" phrase) has one."""
    if low[at] != "as":
        return False
    for word in low[at + 1:]:
        if word == "by":
            return True
        if word in DETERMINERS or word in (",", ";", ":", "."):
            return False
    return False
