"""The United Nations as the other side of an act done on one of its resolutions.

"Iraq accepted resolution 687", "Pyongyang has repeatedly defied UN Security Council resolutions", "Iraq
pledged to implement resolution 687 in full": the act is done toward the body whose resolution it is. A
resolution named by its number, or named with the United Nations or one of its organs ("a Security Council
resolution", "UN resolutions", "General Assembly resolution ES-11/1"), is the United Nations'; an act with no
other target whose object is such a resolution takes the United Nations as its target.

A national legislature's resolution ("House Resolution 1096", "a Senate resolution"), another body's ("an OAS
resolution", "the IAEA Board's resolution") and a resolution named by neither a number nor a UN organ ("the
resolution", "a resolution of the party congress") give no target. A statement about a resolution ("said
resolution 1718 was unjust") is no act done on it, and a resolution's own act ("the Council adopted resolution
2397, which tightens sanctions", :mod:`detente.coding._resolutions`) is the body's. An act named by a noun
("condemned its blatant disregard of UN resolutions") is left alone: the clause often names its doer elsewhere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from detente.coding._resolutions import RESOLUTION_NOUNS
from detente.coding._words import BOUNDARIES, CLAUSE_WORDS, DETERMINERS, REPORT_CODES
from detente.model import Event

__all__ = ["UN", "resolution_targets"]

#: the United Nations' actor code
UN = "IGOUNO"
#: how many words after the verb its object may name the resolution ("accepted in full all the relevant
#: Security Council resolutions")
_REACH = 8
#: the words that may stand between the verb and the resolution it is done on ("complied with", "abide by",
#: "accepted in full all the relevant UN Security Council resolutions")
_GAP = frozenset(["with", "by", "to", "in", "full", "fully", "unconditionally", "council", "general", "assembly",
                  "united", "nations", "un", "u.n.", "u.n", "security", "unsc", "all", "relevant", "several",
                  "numerous", "many", "successive", "binding", "various", "previous", "past", "sanctions", "key",
                  "latest", "new", "earlier", "council's", "'s", *DETERMINERS])
#: what ends the verb's object
_STOPS = frozenset([".", ",", *CLAUSE_WORDS])
#: words before "resolution" that make it the United Nations' ("UN", "Security Council", "General Assembly")
_UN_WORDS = frozenset(["un", "u.n.", "u.n", "nations", "security", "unsc"])
#: words before "resolution" that make it a national legislature's or another body's ("House Resolution 1096")
_OTHER_BODIES = frozenset(["house", "senate", "congress", "congressional", "concurrent", "joint", "parliament",
                           "parliamentary", "party", "board", "iaea", "oas", "nato", "eu", "european", "arab",
                           "league", "au", "gcc", "asean", "h.", "s.", "res", "h.res", "s.res", "cabinet",
                           "conference"])
#: words between a UN organ and "resolution(s)" ("Security Council's relevant resolutions", "UN sanctions resolutions")
_BETWEEN = frozenset(["council", "council's", "general", "'s", "relevant", "several", "numerous", "many", "all",
                      "its", "the", "sanctions", "previous", "past", "successive", "binding", "various", "other",
                      "those", "these", "two", "three", "key", "earlier", "latest", "new"])


def _un_resolution(low: Sequence[str], k: int) -> bool:
    """Whether the resolution noun at ``k`` is the United Nations': a number after it ("resolution 687",
    "resolutions 1718 and 1874") or a UN organ before it, and no other body's name before it."""
    b = k - 1
    while b >= 0 and low[b] in _BETWEEN:
        b -= 1
    before = low[b] if b >= 0 else ""
    if before in _OTHER_BODIES or (k > 0 and low[k - 1] in _OTHER_BODIES):
        return False
    if before in _UN_WORDS or (before in ("assembly", "assembly's") and b > 0 and low[b - 1] == "general"):
        return True
    after = low[k + 1] if k + 1 < len(low) else ""
    return after[:1].isdigit() or after.startswith("es-")


def resolution_targets(events: list[Event], verbs: Sequence[int], low: Sequence[str]) -> list[Event]:
    """``events`` with each act that has no target and whose object is a UN resolution (see the module docstring)
    directed at the United Nations."""
    out = list(events)
    for j, e in enumerate(events):
        if e.target != "---" or e.code in REPORT_CODES or e.source[:3] in ("---", "IGO") \
                or not DETERMINERS.isdisjoint(low[max(0, verbs[j] - 2):verbs[j]]):
            continue  # "its blatant disregard of UN resolutions": a noun, whose doer the clause may not name
        for q in range(verbs[j] + 1, min(len(low), verbs[j] + 1 + _REACH)):
            w = low[q]
            if w in BOUNDARIES or w in _STOPS:
                break
            if w in RESOLUTION_NOUNS:
                if _un_resolution(low, q):
                    out[j] = dataclasses.replace(e, target=UN, target_name="United Nations", target_country="IGO")
                break
            if w not in _GAP:
                break  # "tested a missile in violation of resolution 2231": the resolution is not what was tested
    return out
