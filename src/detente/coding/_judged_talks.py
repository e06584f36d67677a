"""Talks named as the subject of a judgment are no talks held: "The North-South dialogue is the only way to ease
tension", "dialogue and negotiations are the only way for averting war" (KCNA), "the Belgrade-Pristina dialogue
facilitated by the European Union was the only sustainable option", "the dialogue between Serbia and Kosovo is not
going to be easy".

The pair before the noun or the "between" phrase after it makes the noun an event of its two parties, and the
words before it hold no sign that it is not done. The parse tells that the noun is the subject of a copula whose
predicate is a means ("the only way", "the best option", "the key") or that is still to come ("will be difficult",
"is not going to be easy"): what is said is what talks are or would be, not that any were held. Such a noun takes
the modality "hypothetical".

Left alone: talks judged in the past with no means named ("the talks between Armenia and Azerbaijan were very
useful": they were held), and any act but a meeting (root 04).
"""

from __future__ import annotations

from detente.coding.syntax import Parse

__all__ = ["judged_talks"]

#: predicate nouns of a means: what talks are said to be ("the only way", "the best option", "the key")
_MEANS = frozenset(["way", "ways", "option", "options", "path", "means", "solution", "key", "answer",
                    "alternative", "channel", "tool", "avenue", "road", "route", "method", "choice"])
#: auxiliaries that put the copula's judgment ahead
_AHEAD = frozenset(["will", "would", "'ll", "shall", "could", "might", "may"])


def judged_talks(parse: Parse, low: list[str], noun: int, code: str) -> str | None:
    """"hypothetical" when the meeting noun at ``noun`` (coded ``code``) is the subject of a copula whose
    predicate is a means or is told ahead (:data:`_AHEAD`, "going to be"); else None."""
    if code[:2] != "04" or len(parse) != len(low) or not parse.tags[noun].startswith("NN"):
        return None
    t = noun
    if parse.labels[t] == "conj" and not parse.is_root(t):
        t = parse.heads[t]  # "dialogue and negotiations are ...": the first conjunct is the subject
    if parse.is_root(t) or not parse.labels[t].startswith("nsubj"):
        return None
    head = parse.heads[t]
    if low[head] == "going":  # "is not going to be easy": the predicate is the clause "going" takes
        head = next((k for k in parse.children(head, "xcomp") if parse.child(k, "cop") is not None), head)
        if head == parse.heads[t]:
            return None
        return "hypothetical"
    if parse.child(head, "cop") is None:
        return None
    if low[head] in _MEANS or any(low[k] in _AHEAD for k in parse.children(head, "aux")):
        return "hypothetical"
    return None
