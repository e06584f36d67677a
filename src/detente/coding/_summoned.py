"""An envoy summoned: the one summoned receives what the summons delivers.

"The Indian deputy high commissioner was summoned to the Foreign Office, where a strong protest was lodged": the
envoy is the passive subject of the summons, and the protest, the demand or the warning the sentence tells of is
made to the envoy's state, by whoever summoned (the "by" agent, or the state whose ministry the envoy was
summoned to), never by the envoy's state. Read in word order; it applies only to acts whose source would be the
summoned envoy.

In the active, "The Philippines summoned on Monday Beijing's ambassador to Manila to protest the coast guard's use
of water cannons", the parser often hangs "to protest" on "ambassador" (a clause of the noun: the ambassador
protests); the purpose of a summons is the summoner's (:func:`summoner_purpose`).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["summoned_envoy", "summoned_for", "summoner_purpose"]

#: how a passive summons is written after its subject ("was summoned", "had been called in")
_BE = frozenset(["was", "were", "is", "are", "been", "being"])
_SUMMONED = frozenset(["summoned", "summonsed", "called"])
#: words that may stand between the envoy and the auxiliary ("the envoy, Ana Ruiz, was ...") or between the
#: auxiliary and the participle ("was also summoned", "was then summoned")
_BETWEEN = frozenset(["also", "then", "again", "promptly", "later", "immediately", "has", "had", "have"])
#: the words before the summoner ("summoned by Peru", "summoned to the Peruvian foreign ministry")
_SUMMONER_WORDS = frozenset(["by", "to"])
_BREAKS = frozenset([",", "where", "and", "after", "over", "for", "because", "while", ";"])
#: envoys that are no office noun of the lexicon's people ("the deputy high commissioner", "the charge d'affaires")
_ENVOYS = frozenset(["commissioner", "diplomat", "diplomats", "charge", "d'affaires", "envoys", "ambassadors"])
#: acts a summons delivers: protests, complaints, demands, warnings, and the summons itself
_DELIVERED = ("10", "11", "13", "14")


def _after_envoy(low: Sequence[str], m: Mention) -> int:
    """Where the envoy's phrase ends: after its post ("Russia's ambassador to Armenia", "in Yerevan", two words at
    most) and its holder's name set off by commas ("..., Sergey Kopyrkin, was summoned": four words at most)."""
    q = m.end
    if q + 1 < len(low) and low[q] in ("to", "in"):
        q += next((k for k in (1, 2) if q + k < len(low) and low[q + k] in (",", *_BE)), 0)
    if q < len(low) and low[q] == ",":
        close = next((k for k in range(q + 1, min(len(low), q + 6)) if low[k] == ","), None)
        if close is not None and _BE.isdisjoint(low[q + 1:close]) and _BREAKS.isdisjoint(low[q + 1:close]):
            q = close + 1
    return q


def _summons(low: Sequence[str], m: Mention) -> int | None:
    """The index of the participle when ``m`` is the subject of a passive summons, else ``None``."""
    q = _after_envoy(low, m)
    while q < len(low) and low[q] in _BETWEEN:
        q += 1
    if q >= len(low) or low[q] not in _BE:
        return None
    q += 1
    while q < len(low) and low[q] in _BETWEEN | _BE:
        q += 1
    if q >= len(low) or low[q] not in _SUMMONED:
        return None
    if low[q] == "called" and (q + 1 >= len(low) or low[q + 1] not in ("in", "to")):
        return None  # "was called a provocation": no summons
    return q


def summoned_envoy(low: Sequence[str], code: str, sources: Sequence[Mention], targets: Sequence[Mention],
                   mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The (sources, targets) of an act of ``code`` in a sentence that tells of an envoy summoned in the passive,
    when the act's source would be the envoy or is of no country, else ``None``: the envoy becomes the target,
    the summoner (the "by" agent, or the state of the office the envoy is summoned to, when the sentence names
    one) the source."""
    if not code.startswith(_DELIVERED) or any(t.has_country for t in targets) or _SUMMONED.isdisjoint(low):
        return None
    for envoy in mentions:
        if not envoy.has_country or not envoy.code.endswith("GOV") \
                or not (envoy.person or low[envoy.end - 1] in _ENVOYS):
            continue
        at = _summons(low, envoy)
        if at is None or any(s.has_country and s.code[:3] != envoy.code[:3] for s in sources):
            continue
        summoner = [m for m in mentions if m.has_country and m.code[:3] != envoy.code[:3] and at < m.start <= at + 6
                    and _SUMMONER_WORDS.intersection(low[at + 1:m.start])
                    and _BREAKS.isdisjoint(low[at + 1:m.start])]
        return summoner[:1], [envoy]
    return None


#: the verbs of a summons in the active ("summoned", "called in" the envoy)
_SUMMONING = frozenset(["summoned", "summons", "summon", "summoning", "summonsed"])
#: how far the summoner may stand before the summons, and the envoy after it
_SUMMONS_REACH = 8
#: how many words ("to Manila", "in Tokyo") may stand between the envoy and the "to" of the purpose
_POSTED_REACH = 4


def _summons_before(low: Sequence[str], start: int, reach: int) -> int | None:
    """The word of an active summons ("summoned", the "in" of "called in") at ``start`` or at most ``reach`` - 1
    words before it."""
    return next((k for k in range(start, max(-1, start - reach), -1)
                 if low[k] in _SUMMONING or (low[k] == "in" and k > 0 and low[k - 1] == "called")), None)


def _envoy(low: Sequence[str], m: Mention) -> bool:
    """Whether ``m`` names an envoy: a person, or an envoy's office ("the Japanese ambassador")."""
    return m.person or low[m.end - 1] in _ENVOYS or low[m.end - 1] in ("ambassador", "envoy")


def summoner_purpose(low: Sequence[str], verb: int, code: str, sources: Sequence[Mention], targets: Sequence[Mention],
                     mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The (sources, targets) of a protest, a demand or a warning (``code``) told as the purpose of an active summons
    ("Japan summoned China's ambassador to protest the incursion", "... summoned on Monday Beijing's ambassador to
    Manila to lodge a protest") when its source was read as the envoy: the summoner protests, to the envoy's state
    (or at the targets named, when they are not the summoner's own); else ``None``."""
    if not code.startswith(_DELIVERED) or verb < 3 or low[verb - 1] != "to":
        return None
    if sources and not any(t.has_country for t in targets):  # "Seoul called in the Japanese ambassador to protest
        told = summoned_for(low, verb, sources, mentions)       # the textbook": to the envoy's state
        if told is not None:
            return list(sources), [told]
    envoy = next((m for m in sources if m.has_country and m.end <= verb - 1 and verb - 1 - m.end <= _POSTED_REACH
                  and _envoy(low, m)
                  and _BREAKS.isdisjoint(low[m.end:verb - 1])), None)
    if envoy is None:
        return None
    at = _summons_before(low, envoy.start - 1, _SUMMONS_REACH - 1)
    if at is None or not _BREAKS.isdisjoint(low[at + 1:envoy.start]):
        return None
    at -= low[at] == "in"
    summoner = [m for m in mentions if m.has_country and m.end <= at and at - m.end <= _SUMMONS_REACH
                and m.code[:3] != envoy.code[:3] and _BREAKS.isdisjoint(low[m.end:at])]
    if not summoner:
        return None
    own = summoner[-1].code[:3]
    aimed = [t for t in targets if t.has_country and t.code[:3] != own]
    return [summoner[-1]], aimed or [envoy]


def summoned_for(low: Sequence[str], verb: int, sources: Sequence[Mention],
                 mentions: Sequence[Mention]) -> Mention | None:
    """The envoy an active summons called in, when the act at ``verb`` is its purpose and its source the summoner
    ("Seoul called in the Japanese ambassador on Tuesday to protest the textbook": the Japanese ambassador): the
    envoy right after the summons, the purpose at most eight words after the envoy, no clause break between."""
    at = _summons_before(low, verb - 2, 2 * _SUMMONS_REACH)
    if at is None:
        return None
    envoy = next((m for m in mentions if m.has_country and at < m.start <= at + 4
                  and _envoy(low, m)), None)
    summoner = {s.code[:3] for s in sources if s.has_country and s.end <= at}
    if envoy is None or not summoner or envoy.code[:3] in summoner or not _BREAKS.isdisjoint(low[envoy.end:verb - 1]) \
            or verb - 1 - envoy.end > _SUMMONS_REACH:
        return None
    return envoy
