"""What an act is done under the pretext of is no act, and whom the pretext names is not the act's target: "The U.S.
announced its plan to deploy a new radar system in Japan under the pretext of "a missile threat" from the DPRK",
"Japan adopted the law under the pretext of coping with the threat from someone", "staged drills under the guise of
anti-terrorism".

A pretext, a guise, a cloak or a signboard names the reason claimed for an act, told by its critics: the threat or
the crisis in it is claimed, not done, and the state named in it (the DPRK above) is no party to the act. The
phrase runs from "under", "on", "using" or "citing" and "the pretext of" (or guise, cloak, signboard, excuse,
veil, pretence) to the next comma, semicolon, colon or stop. Act words inside it are dropped, and so are the
targets of other acts that it names.

>>> pretext_spans('deploy radar under the pretext of " a missile threat " from the dprk .'.split())
[(2, 14)]
>>> pretext_spans("russia attacked ukraine .".split())
[]
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["in_pretext", "pretext_spans"]

_PRETEXTS = frozenset(["pretext", "pretexts", "guise", "cloak", "signboard", "excuse", "veil", "pretence",
                       "pretense", "smokescreen"])
_OPENERS = frozenset(["under", "on", "using", "citing", "with"])
_ENDS = frozenset([",", ";", ":", "."])


def pretext_spans(low: Sequence[str]) -> list[tuple[int, int]]:
    """The spans (first token, last token exclusive) of the pretext phrases of a sentence's lower-cased tokens."""
    out: list[tuple[int, int]] = []
    for k in range(2, len(low) - 1):
        if low[k] in _PRETEXTS and low[k + 1] == "of" and low[k - 1] in ("the", "a") and low[k - 2] in _OPENERS:
            end = next((j for j in range(k + 2, len(low)) if low[j] in _ENDS), len(low))
            out.append((k - 2, end))
    return out


def in_pretext(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether the token at ``at`` lies in one of ``spans``."""
    return any(first <= at < end for first, end in spans)
