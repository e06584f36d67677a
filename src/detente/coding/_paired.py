"""The parties a hyphenated pair names before the noun of a joint act: "held joint U.S.-ROK drills", "coordinated
U.S.-ROK and U.S.-Japan exercises", "separate U.S.-Philippine and U.S.-Australian naval exercises".

Read in word order, as the parse splits such pairs (it hangs "U.S." and "-" on the verb, or makes the second pair
a conjunct of the first): one or more pairs "A-B" joined by "and" or commas, right before the noun of a joint act
(exercises, drills, maneuvers, patrols, a summit, talks, a meeting; up to two lower-case modifiers between:
"naval", "air", "joint"), are the parties of a cooperative act (roots 03-06), whoever the sentence's subject is;
not before "relations" or "cooperation", which the subject acts on. One pair is a reciprocal act of its two
states; pairs that share one state ("U.S.-ROK and U.S.-Japan") are that state's acts with each of the others
(never the others' with each other); pairs that share none are left as the parse reads them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from detente.coding._words import PREPOSITIONS
from detente.coding.mentions import Mention

__all__ = ["paired_parties"]

#: the roots of the acts a pair before the noun names the parties of
_JOINT_ROOTS = frozenset(["03", "04", "05", "06"])
#: the nouns of acts two parties do together, which a pair before them names the parties of; not "relations",
#: "ties" or "cooperation" ("boost the DPRK-China relations": the subject boosts them, the pair does nothing)
_JOINT_NOUNS = frozenset(["exercise", "exercises", "drill", "drills", "maneuver", "maneuvers", "manoeuvre",
                          "manoeuvres", "wargame", "wargames", "games", "patrol", "patrols", "summit", "summits",
                          "talks", "meeting", "meetings", "consultations", "dialogue"])
#: words that cannot stand between a pair and its noun: "the inter-Korean relations and dialogue", "relations
#: through dialogue" (the pair is the relations')
_NO_MODIFIERS = PREPOSITIONS | frozenset(["and", "or", "the", "a", "an", "relations", "ties", "cooperation"])
#: how many lower-case words may stand between the last pair and the noun ("naval", "air", "joint")
_BETWEEN = 2


def _pair_before(low: Sequence[str], at: dict[int, Mention], end: int) -> tuple[Mention, Mention] | None:
    """The pair "A-B" whose second actor ends at ``end``."""
    second = next((m for m in at.values() if m.end == end), None)
    if second is None or second.start < 2 or low[second.start - 1] != "-":
        return None
    first = next((m for m in at.values() if m.end == second.start - 1), None)
    if first is None or first.code[:3] == second.code[:3] or not (first.has_country and second.has_country):
        return None
    return first, second


def paired_parties(low: Sequence[str], mentions: Sequence[Mention], nouns: Collection[int],
                   code: str) -> tuple[list[Mention], list[Mention]] | None:
    """(sources, targets) of a cooperative act whose noun (one of ``nouns``, the words of the act's phrase) has
    hyphenated pairs of states right before it; ``None`` when it has none, or pairs that share no state."""
    if code[:2] not in _JOINT_ROOTS or "-" not in low:
        return None
    at = {m.start: m for m in mentions}
    span = sorted(nouns)
    # the act's noun: in its phrase, or right after a phrase of modifiers ("joint military" + "exercise")
    for noun in (q for q in range(span[0], min(len(low), span[-1] + 2)) if low[q] in _JOINT_NOUNS):
        end = noun
        while end > 0 and noun - end < _BETWEEN and low[end - 1].isalpha() and low[end - 1].islower() \
                and end - 1 not in at and low[end - 1] not in _NO_MODIFIERS:
            end -= 1  # "U.S.-Philippine naval exercises"
        pairs: list[tuple[Mention, Mention]] = []
        while (pair := _pair_before(low, at, end)) is not None:
            pairs.insert(0, pair)
            end = pair[0].start
            if end < 1 or low[end - 1] not in ("and", ","):
                break
            end -= 1
        if not pairs:
            continue
        if len(pairs) == 1:
            return list(pairs[0]), []
        shared = set.intersection(*({a.code[:3], b.code[:3]} for a, b in pairs))
        if len(shared) != 1:
            return None
        hub = shared.pop()
        source = next(m for pair in pairs for m in pair if m.code[:3] == hub)
        others = list({m.code[:3]: m for pair in pairs for m in pair if m.code[:3] != hub}.values())
        return [source], others
    return None
