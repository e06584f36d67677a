"""A reaction a thing drew from someone: "The launch drew condemnation from Japan", "North Korea's test prompted a
sharp protest from Beijing", "the visit sparked criticism from China".

The noun of the reaction (condemnation, protest, criticism, ...) is the object of a verb of drawing it out (draw,
prompt, trigger, spark, provoke, elicit); the subject of that verb is no doer of the reaction but what it answers.
The "from" phrase names who reacts (the source); the actors of the subject ("North Korea's test") are whom the
reaction is aimed at (the target), or nobody when the subject names none ("The launch drew condemnation from
Japan": Japan's condemnation, its target left to the article, as for "Japan condemned the launch").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.coding.mentions import Mention

if TYPE_CHECKING:
    from detente.coding.clauses import ClauseReader

__all__ = ["elicited"]

#: verbs that draw a reaction out of someone ("drew condemnation from", "prompted a protest from")
ELICITING = frozenset(["draw", "draws", "drew", "drawn", "drawing", "prompt", "prompts", "prompted", "prompting",
                       "trigger", "triggers", "triggered", "triggering", "spark", "sparks", "sparked", "sparking",
                       "provoke", "provokes", "provoked", "provoking", "elicit", "elicits", "elicited", "eliciting"])


def elicited(reader: ClauseReader, noun: int) -> tuple[list[Mention], list[Mention]] | None:
    """(sources, targets) of the reaction ``noun`` names when a verb of :data:`ELICITING` draws it "from" someone;
    ``None`` when it is no such reaction (or the "from" phrase names no state)."""
    p, low = reader.parse, reader.low
    head = p.heads[noun]
    if p.is_root(noun) or p.labels[noun] != "obj" or low[head] not in ELICITING or not p.tags[noun].startswith("NN"):
        return None
    phrases = [c for c in (*p.children(noun, "nmod"), *p.children(head, "obl"))
               if [low[k] for k in p.children(c, "case")][-1:] == ["from"]]
    sources = [m for c in phrases for m in reader.actors(c) if m.has_country]
    if not sources:
        return None
    subject, passive = reader.subject(head)
    doers = [m for m in reader.actors(subject) if m.has_country] if subject is not None and not passive else []
    own = {m.code[:3] for m in sources}
    return sources, [m for m in doers if m.code[:3] not in own]
