"""Acts asked for, read from the parse: what an appeal or a demand asks of another is no act of the one asked.

"They urged the U.S. to stop its war maneuvers, conclude a peace agreement with the DPRK and pull its forces out
of south Korea": the conclusion and the withdrawal are asked for, as the stopping is; the appeal (02) or the demand
(10) is the act told. The word-order reading (``_acts.weighed``) drops the first complement only; the parse tells
how far the complement goes: a chain of infinitives ("called upon the world to press Israel to free the
prisoners"), bare verbs coordinated with the infinitive (the parser often hangs them on the verb of asking itself),
and a demand's "that" clause in the subjunctive ("demanded that Peru withdraw its troops and pay"), also without
its "that" ("demanded the U.S. stop the drills and accept talks", which the parser may read as the object).

A verb with a subject or an auxiliary of its own is a clause of its own ("urged China to sign, and China agreed",
"urged China to sign and has since signed"), and so is a finite verb coordinated with the verb of asking ("urged
China to stop the drills and sent a letter to Laos").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from detente.coding._clause_words import PASSIVE_SUBJECT, SUBJECT
from detente.coding.syntax import Parse

__all__ = ["asked_for", "own_clause", "told_as_fact"]

#: the parse's labels of a complement an act asked for hangs by: an infinitive or a clause
_ASKED_LABELS = frozenset(["xcomp", "advcl", "ccomp"])
#: the labels by which an event noun hangs on the verb that does it ("to hold talks", "to sign an accord with")
_NOUN_LABELS = frozenset(["obj", "obl", "nsubj:pass"])
#: the modals of a demand's clause ("demanded that Peru should withdraw", "insisted that Chile must pay")
_DEMANDED_MODALS = frozenset(["should", "must", "shall"])
#: the finite forms that make a "that" clause tell what is, not what must be ("insisted that the curbs are unfair",
#: "insisted that Peru had violated the accord")
_INDICATIVE = frozenset(["is", "are", "was", "were", "am", "has", "had", "does", "did", "will", "would", "'s"])
#: the labels by which the parser may hang a demand's clause without "that" on the verb of asking
_BARE_LABELS = frozenset(["obj", "xcomp", "parataxis"])
#: what ends a clause between a verb of asking and a verb of the next clause
_CLAUSE_STOPS = frozenset([",", ";", ":", "--", "-", "(", ")", '"', "'", "that", "but", "while"])
#: how many steps up the tree the verb of asking may stand
_REACH = 6


def own_clause(parse: Parse, t: int) -> bool:
    """Whether the verb at ``t`` has a subject or an auxiliary of its own: a clause, not a bare infinitive."""
    return parse.child(t, *SUBJECT, *PASSIVE_SUBJECT, "aux", "aux:pass") is not None


def _infinitive(parse: Parse, low: Sequence[str], t: int) -> bool:
    return any(low[k] == "to" for k in parse.children(t, "mark"))


def _subjunctive(parse: Parse, low: Sequence[str], t: int) -> bool:
    """A demand's clause: "that Peru withdraw" (a bare verb, which the tagger may read as a present: "that the
    United States stop") or "that Peru should withdraw"."""
    if parse.tags[t] in ("VB", "VBP") and not any(low[k] in ("whether", "if", "why", "how", "when", "where")
                                         for k in parse.children(t, "mark", "advmod")):
        return all(low[k] in _DEMANDED_MODALS for k in parse.children(t, "aux"))
    return any(low[k] in _DEMANDED_MODALS for k in parse.children(t, "aux"))


def _bare_clause(parse: Parse, low: Sequence[str], t: int) -> bool:
    """A demand's clause without "that" ("demanded the U.S. stop the drills"), which the parser may hang on the verb
    of asking as its object, its open complement or a clause beside it: a bare verb with a subject of its own, and
    no stop or comma between the two verbs."""
    head = parse.heads[t]
    return (parse.labels[t] in _BARE_LABELS and parse.tags[t] in ("VB", "VBP") and head < t
            and parse.child(t, *SUBJECT) is not None and _CLAUSE_STOPS.isdisjoint(low[head + 1:t]))


def asked_for(parse: Parse, low: Sequence[str], verb: int, asking: Collection[int]) -> bool:
    """Whether the act at ``verb`` lies in what a verb of asking at one of ``asking`` (an appeal, 02, or a demand,
    10) asks for: its infinitive, the infinitives and bare verbs chained or coordinated with it, or its "that"
    clause in the subjunctive. An event noun is read through the verb whose object it is ("to hold talks")."""
    t = verb
    if parse.tags[t].startswith("NN") and parse.labels[t] in _NOUN_LABELS and not parse.is_root(t):
        t = parse.heads[t]
    for _ in range(_REACH):
        if parse.is_root(t):
            return False
        label, head = parse.labels[t], parse.heads[t]
        if label == "conj":
            # a bare verb with no subject or auxiliary: the infinitive's fellow ("to stop ..., conclude ... and
            # pull ..."), whether the parser hangs it on the infinitive or on a finite verb of asking
            if parse.tags[t] != "VB" or own_clause(parse, t):
                return False
            if head in asking and parse.tags[head] in ("VBD", "VBZ") \
                    and any(low[k] in ("and", "or") for k in parse.children(t, "cc")):
                return True  # "demanded the U.S. stop the drills and accept talks": a bare verb is no past's fellow
            if head in asking:  # "urged ... to stop ..., conclude ...": no finite verb of the asker's ("urge")
                return (parse.tags[head] != "VB" or _infinitive(parse, low, t)) and any(
                    k < t and (_infinitive(parse, low, k) or parse.labels[k] == "xcomp")
                    for k in parse.children(head, "xcomp", "advcl"))
        elif label == "ccomp" or _bare_clause(parse, low, t):
            return head in asking and _subjunctive(parse, low, t)
        elif label in _ASKED_LABELS:
            if own_clause(parse, t) or not (label == "xcomp" or _infinitive(parse, low, t)):
                return False
            if head in asking:
                return True
        else:
            return False
        t = head
    return False


def told_as_fact(parse: Parse, low: Sequence[str], verb: int) -> bool:
    """Whether the "that" clause of ``verb`` ("insisted that ...") tells what is, in the indicative: a past or a
    third-person present verb, or a tensed copula or auxiliary ("insisted that the curbs are arbitrary", "insisted
    that Peru had violated the accord"), and no modal of a demand. "insisted that Peru withdraw" (a bare verb)
    and "insisted that Chile must pay" are demands; a plural present ("that they leave") is read as a demand."""
    for clause in parse.children(verb, "ccomp"):
        if _subjunctive(parse, low, clause) and parse.tags[clause] != "VBP":
            continue
        helpers = [low[k] for k in parse.children(clause, "aux", "aux:pass", "cop")]
        if any(w in _DEMANDED_MODALS for w in helpers):
            continue
        if parse.tags[clause] in ("VBD", "VBZ") or any(w in _INDICATIVE for w in helpers):
            return True
    return False
