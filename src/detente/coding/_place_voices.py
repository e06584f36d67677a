"""The people of a place as the doers of a passive of saying or judging with no "by" phrase: "Japan's Arms
Buildup Denounced in Philippines", "Kim Jong Il Praised in Colombia", "Withdrawal of U.S. Forces Demanded in S.
Korea", "the strikes were condemned in Cairo and Amman". A state's press writes its reports of what other
countries' people said this way; the country the words were said in stands for those who said them, as a capital
stands for its government. A material act's place is only where it happened ("Two Aid Workers Killed in Sudan",
"Journalist Detained in Iran": the place is not the doer), so only verbs that say, ask, judge or honour take it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # mentions reads voiced_place
    from detente.coding.mentions import Mention

__all__ = ["place_voices", "voiced_owner", "voiced_place"]

#: participles of saying, asking, judging and honouring whose place is their speakers
VOICED = frozenset([
    "denounced", "condemned", "criticized", "criticised", "flayed", "slammed", "assailed", "decried", "censured",
    "blasted", "rejected", "protested", "deplored", "lambasted", "castigated", "derided", "ridiculed",
    "praised", "lauded", "hailed", "extolled", "eulogized", "supported", "backed", "welcomed", "applauded",
    "endorsed", "celebrated", "marked", "commemorated", "observed",
    "urged", "demanded", "called",
    "under",  # "Remarks under Fire in Peru" (coding._under_fire)
])
#: what may stand between the verb and "in": the particle of "Called for in", the "fire" of "under Fire in"
_PARTICLES = frozenset(["for", "fire"])
#: prepositions that aim the subject's noun at another's ("struggle against", "investigation into")
_AIMED = frozenset(["against", "into", "toward", "towards", "on", "over", "about"])
#: words that may end the place's phrase: the headline's or the clause's end
_CLOSERS = frozenset([",", ".", ";", ":", "--", "-", "and", "as", "for", "on", "amid", "after", "over"])


def voiced_place(low: Sequence[str], at: int) -> bool:
    """Whether the "in" at ``at`` follows a voiced participle ("condemned in Cairo", "Called for in Seoul"): the
    capital after it names who spoke, not only where."""
    if at < 1 or low[at] != "in":
        return False
    verb = at - 2 if low[at - 1] in _PARTICLES and at > 1 else at - 1
    return low[verb] in VOICED and (low[verb] not in ("called", "under") or verb != at - 1)


def place_voices(low: Sequence[str], mentions: Sequence[Mention], verb: int) -> list[Mention]:
    """The countries named by the "in" phrase right after ``verb``, a passive of saying or judging whose doers
    are not named, when the phrase names only countries and places ("in S. Korea", "in Russia and Peru", "in
    Cairo and Amman"); none for any other verb, for a phrase that names no country ("in Different Countries",
    "in a Report") or for one that goes on to other words ("in Seoul's streets")."""
    q = verb + 2 if low[verb + 1:verb + 2] and low[verb + 1] in _PARTICLES else verb + 1
    if q >= len(low) or not voiced_place(low, q):
        return []  # also "called in": a summons, not "called for in"
    q += 1
    if q < len(low) and low[q] == "the":
        q += 1
    found: list[Mention] = []
    starts = {m.start: m for m in mentions}
    while (m := starts.get(q)) is not None and m.has_country and not m.person and not m.role_only:
        found.append(m)
        q = m.end
        if q < len(low) and low[q] in (",", "and") and q + 1 in starts:
            q += 1
        elif q < len(low) and low[q] == "," and low[q + 1:q + 2] == ["and"] and q + 2 in starts:
            q += 2
        else:
            break
    if not found or (q < len(low) and low[q] not in _CLOSERS):
        return []
    # "Celebrated in Tokyo": the people of the place, its country, not the government a capital stands for
    return [replace(m, code=m.code[:3]) if len(m.code) > 3 and m.code.endswith("GOV") else m for m in found]


def voiced_owner(low: Sequence[str], mentions: Sequence[Mention], verb: int) -> list[Mention]:
    """The country an "of" phrase of a voiced passive's subject names, when the subject itself names none:
    "Important Days of DPRK Celebrated in Guinea" (the DPRK's days: honouring them honours it), "Stand of DPRK
    Supported in Mexico"."""
    for m in mentions:
        if m.end <= verb and m.start > 0 and low[m.start - 1] == "of" and m.has_country \
                and not any(w in (",", ";", ":") for w in low[m.end:verb]) \
                and _AIMED.isdisjoint(low[:m.start]):  # "Struggle against Expansion of U.S. Base": not the US's
            return [m]
    return []
