"""A message named by whom it was delivered by is of the deliverer's state: "The Prime Minister's message,
delivered by Foreign Secretary Robin Cook on March 10, warned Milosevic", "The letter, carried by Ambassador
Dobrynin, restated the Soviet position".

An envoy or minister delivers his own government's message, so a letter, message or note whose author the
sentence names by a role of no country ("The President's letter", "the Prime Minister's message") or does not name
("The letter, delivered by ...") had no source; here the author's role takes the deliverer's country, and a note
with no author named takes the deliverer's code, as a delegation led by someone does
(:mod:`detente.coding._delegations`). An author of a country of its own keeps it ("the British Prime Minister's
message"), a note from someone named ("a letter from Kim, delivered by the envoy") is the note of the name before
the participle and is left alone, and a note of "his" or "their" is left to the pronoun's reading. The participle
itself is no act (:func:`~detente.coding._carried_notes.carried_note`): carrying a letter is neither aid given
("delivered") nor a thing yielded ("handed over") to anyone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from detente.coding._carried_notes import DELIVERING, NOTES, note_participle
from detente.coding._delegations import leader_at
from detente.coding.mentions import Mention

__all__ = ["delivered_by"]

#: words before a note that say whose it is by a pronoun (left to the pronoun)
_PRONOUNS = frozenset(["his", "her", "their", "its", "our", "my", "your"])


def delivered_by(low: Sequence[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the author of each note delivered by an actor of a country given that country (see the
    module): the author's role of no country takes it, or a new mention of the deliverer's code stands for a note
    with no author."""
    if DELIVERING.isdisjoint(low) or NOTES.isdisjoint(low) or "by" not in low:
        return mentions
    starts = {m.start: m for m in mentions}
    out = list(mentions)
    for n, word in enumerate(low):
        if word not in NOTES or any(m.start <= n < m.end for m in mentions):
            continue
        by = note_participle(low, n)
        deliverer = leader_at(low, by + 1, starts) if by is not None else None
        if deliverer is None:
            continue
        if n >= 2 and low[n - 1] == "'s":
            author = next((m for m in out if m.end == n - 1), None)
            if author is not None and not author.has_country and author.code.startswith("---"):
                country = deliverer.code[:3]
                out = [dataclasses.replace(m, code=country + m.code[3:], has_country=True)
                       if m is author else m for m in out]
            continue  # an author of a country of its own, or a name the finder did not read: left alone
        if n >= 1 and low[n - 1] in _PRONOUNS:
            continue
        out.append(Mention(n, n + 1, deliverer.code, None, True))
    return sorted(out, key=lambda m: m.start)
