"""An agreement told as reached between two states in a phrase of the sentence: each signs it with the other.

"The United States welcomes the agreement reached between Kosovo and Serbia", "The signature of the peace
agreement between the President of Eritrea and the Prime Minister of Ethiopia is indeed a historic event": the
lexicon has no event noun for an agreement (most agreements a text names are old ones it refers to: "under the
1994 accord"), and an act noun inside the object of a verb of the lexicon is no event of its own (the welcome is
the sentence's act), so the agreement the two sides reached was lost.

The rule: an agreement's noun ("agreement", "deal", "accord", "treaty", "pact") followed by a "between" phrase
naming two states (read as :meth:`detente.coding.roles.RoleFinder.between` reads the parties of talks) is their
signing of an agreement with each other (CAMEO 057, both ways) when the sentence tells it as reached: a participle
of reaching right after the noun ("the agreement reached between", "the deal signed between"), a noun of signing
before it ("the signature of the peace agreement between", "the signing of the accord between"), or a verb of
welcoming or praise whose object it is ("welcomed the ceasefire agreement between India and Pakistan"). The act
takes the welcome's day; with no welcome, the text's.

Not read so: an agreement with a year or an earlier time before it ("the 1994 accord between", "the previous
agreement between"), two parties of one state ("the agreement between Riek Machar and Salva Kiir"), one party
the lexicon does not know, or an agreement merely referred to ("violated the agreement between", "under the deal
between": no reaching, no welcome; "in line with the agreement reached between the top leaders": a phrase's
agreement, reached before).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from detente.coding._words import PREPOSITIONS
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate, RoleFinder
from detente.model import Event

__all__ = ["AGREEMENT_NOUNS", "agreed_between"]

#: the nouns of an agreement
AGREEMENT_NOUNS = frozenset(["agreement", "agreements", "deal", "deals", "accord", "accords", "treaty", "pact"])
#: the code of an agreement reached: signing it (CAMEO 057)
_SIGNED = "057"
#: participles right after the noun that tell it was reached ("the agreement reached between")
_REACHED = frozenset(["reached", "signed", "concluded", "struck", "sealed", "clinched", "inked", "brokered"])
#: nouns of signing before "of" and the agreement ("the signature of the peace agreement")
_SIGNING = frozenset(["signature", "signing", "conclusion"])
#: verbs of welcoming or praise whose object an agreement reached may be ("welcomed the agreement between")
_WELCOMING = re.compile(r"(welcom|hail|prais|commend|applaud|congratulat|laud|salut|endors)\w*$")
#: words that may stand between the welcome or "of" and the noun ("the historic peace", "today's ceasefire")
_MODIFIERS = re.compile(r"(the|a|an|this|today's|'s|historic|landmark|new|peace|ceasefire|cease-fire|trade|"
                        r"security|border|framework|comprehensive|final|bilateral|normalization|normalisation|"
                        r"preliminary|interim|important|successful|latest|recent)$")
#: how many such words may stand there
_REACH = 4
#: articles before a noun of signing
_ARTICLES = frozenset(["the", "a", "an"])
#: words that tell of an agreement made before the text's time ("the previous agreement", "an earlier deal")
_EARLIER = frozenset(["previous", "earlier", "former", "old", "existing", "past", "prior", "original", "last"])
_YEAR = re.compile(r"(1[89]|20)\d\d$")


def _told(low: Sequence[str], q: int) -> tuple[bool, int | None] | None:
    """How the sentence tells the agreement whose noun stands at ``q``: whether as reached or signed, and the word
    of welcoming before it (its index); None when it tells of no reaching, or of one before the text's time."""
    k = q - 1
    while k >= 0 and q - k <= _REACH and _MODIFIERS.match(low[k]):
        k -= 1
    if any(w in _EARLIER or _YEAR.match(w) for w in low[max(k, 0):q + 1]):
        return None
    signed = k > 0 and low[k] == "of" and low[k - 1] in _SIGNING
    if signed:  # "welcomed the signing of the agreement": the welcome before the noun of signing
        k -= 2
        while k >= 0 and low[k] in _ARTICLES:
            k -= 1
    welcome = k if k >= 0 and _WELCOMING.match(low[k]) else None
    # "in line with the agreement reached between": an agreement a phrase refers to, reached before
    reached = signed or (q + 1 < len(low) and low[q + 1] in _REACHED and not (k >= 0 and low[k] in PREPOSITIONS))
    return None if not reached and welcome is None else (reached, welcome)


def _parties(low: list[str], mentions: list[Mention], q: int) -> list[Mention]:
    """The two states the "between" phrase after the noun at ``q`` names."""
    at = q + 1 + (q + 1 < len(low) and low[q + 1] in _REACHED)
    if at >= len(low) or low[at] != "between":
        return []
    cand = Candidate(q, at, _SIGNED, None, True)
    RoleFinder.between(cand, low, mentions)
    return cand.sources if len({m.code[:3] for m in cand.sources if m.has_country}) == len(cand.sources) == 2 \
        else []


def agreed_between(events: list[Event], verbs: list[int], low: list[str], mentions: list[Mention],
                   make: Callable[[str, str, str], Event]) -> list[Event]:
    """The sentence's events with the signing of each agreement it tells as reached between two states
    (``make(source, target, code)`` makes an event on the text's day). ``verbs`` is kept in step."""
    seen = {(e.source, e.target, e.code[:2]) for e in events}
    out = list(events)
    for q, word in enumerate(low):
        if word not in AGREEMENT_NOUNS or (told := _told(low, q)) is None:
            continue
        reached, at = told
        welcome = next((e for v, e in zip(verbs, events, strict=True) if v == at), None) if at is not None else None
        if (welcome is None and not reached) or (welcome is not None and welcome.modality != "occurred"):
            continue  # a welcome the lexicon did not code, or one not made: no agreement told as reached
        parties = _parties(low, mentions, q)
        for one, other in ((a, b) for a in parties for b in parties if a.code[:3] != b.code[:3]):
            if (one.code, other.code, _SIGNED[:2]) in seen:
                continue
            event = make(one.code, other.code, _SIGNED)
            out.append(event if welcome is None else dataclasses.replace(event, date=welcome.date))
            verbs.append(q)
            seen.add((one.code, other.code, _SIGNED[:2]))
    return out
