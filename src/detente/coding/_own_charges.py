"""A charge a statement lays in its own voice: "Russia alone is responsible for the death and destruction",
"General Soleimani and his Quds Force were responsible for the deaths of hundreds of American service members",
"indications that the Iranian regime planned to attack our forces", "Russian forces were behind the attacks".

A line of a government's statement or remarks (a text whose first-person words stand for one state) that lays a
wrong at another state's door with no verb of saying is the voice's disapproval of that state (111), as "in
violation of" is (:mod:`detente.coding._own_voice`, which reads the line and finds the state). Read alone, "is
responsible for" is no verb and coded nothing, and a plot told in the past with no teller was dropped
(:func:`detente.coding._sponsors.charged_plots`).

:func:`charge_at` finds such a charge in a line: "responsible" or "accountable" for a wrong after a form of "be"
(an adverb or two between: "alone is", "is solely"), or "bears (full) responsibility for"
(:func:`detente.coding._acts._answerable` tells a wrong from a duty: "responsible for the security of" is none);
"be ... behind" an act of harm (:func:`detente.coding._behind.behind_charge`); a plot of force ("planned to attack
our forces", "developing plans to attack", "was plotting attacks on"). Not in a line that asks or tells of what may
be ("if", "would", "could", ...), nor after a negation ("is not responsible", "was not planning").

A line with no word of an act ("Belarus alone is responsible for the deaths at the border") is not read by the
coder; :func:`charge_lines` reads such a line (``scan``) when its text holds a word of a charge.

>>> charge_at(["russia", "alone", "is", "responsible", "for", "the", "deaths", "."])
3
>>> charge_at(["the", "army", "is", "responsible", "for", "the", "security", "of", "the", "talks"]) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._acts import _answerable
from detente.coding._behind import behind_charge
from detente.coding._commentary import Scan
from detente.coding._sponsors import plot_of
from detente.coding._words import BE, NEGATORS
from detente.coding.mentions import Mention

__all__ = ["charge_at", "charge_lines"]

#: words of a line that tells of acts that may be, or asks: no charge laid
_MAYBE = frozenset(["if", "unless", "whether", "would", "could", "might", "can", "should", "?"])
#: the words of bearing a wrong ("responsible for", "bears full responsibility for")
_ANSWERING = frozenset(["responsible", "accountable", "responsibility", "blame"])
#: verbs and nouns of plotting before "to" and a verb of force ("planned to attack", "developing plans to attack")
_PLOTTING = frozenset(["planned", "planning", "plotted", "plotting", "plans", "plan", "preparing", "scheming",
                       "intended", "intending"])
_FORCE_VERBS = frozenset(["attack", "invade", "strike", "bomb", "seize", "occupy", "assassinate", "kill",
                          "overthrow", "topple", "sabotage", "shell", "annex", "target"])


def _not_before(low: Sequence[str], q: int) -> bool:
    return NEGATORS.isdisjoint(low[max(0, q - 3):q])


def charge_at(low: Sequence[str]) -> int | None:
    """Where a line lays a wrong on someone (see the module), None when it lays none."""
    if not _MAYBE.isdisjoint(low):
        return None
    for q, w in enumerate(low):
        if w in _ANSWERING and _answerable(low, q) and _not_before(low, q) and (
                w in ("responsibility", "blame") or not BE.isdisjoint(low[max(0, q - 3):q])):
            return q
        if w in BE and behind_charge(low, q):
            return q
        if w in _PLOTTING and _not_before(low, q) and (
                (low[q + 1:q + 2] == ["to"] and low[q + 2:q + 3] and low[q + 2] in _FORCE_VERBS)
                or any(plot_of(low, v) == q for v in range(q + 1, min(len(low), q + 5)))):
            return q
    return None


#: the words of a line's text that may lay a charge: only such an unread line is read for one
_CHARGE_STEMS = ("responsib", "accountable", "blame", "behind", "plan", "plot")


def charge_lines(lows: Sequence[Sequence[str] | None], mentions: Sequence[Sequence[Mention] | None],
                 sentences: Sequence[str], scan: Scan | None
                 ) -> tuple[list[Sequence[str] | None], list[Sequence[Mention] | None]]:
    """Each line's words and mentions, a line not read (None) whose text lays a charge read by ``scan``."""
    words, found = list(lows), list(mentions)
    if scan is None:
        return words, found
    for k, low in enumerate(lows):
        if low is not None or k >= len(sentences) or not any(w in sentences[k].lower() for w in _CHARGE_STEMS):
            continue
        scanned = scan(sentences[k])
        if scanned is not None and charge_at(scanned[1]) is not None:
            words[k], found[k] = scanned[1], scanned[2]
    return words, found
