"""A state's force defended in words by another: what a report says is self-defence.

"The State Department said Israel has the right to defend itself", "a spokesman said Israel's strikes were an
exercise of self-defense", '"Poland has every right to defend itself," the Czech minister said': the teller defends
the other state's conduct (CAMEO 052, defend verbally), where the report had been a bare statement (010) aimed at no
one. The state the report names as the one that has the right, or whose act is self-defence, is the target; it is
the first state named in the reported clause, the clause's subject.

Not a defence: the teller's own state ("Japan said it has the right to defend itself": its own stance), a denial
("Russia said Georgia's attack was not self-defense", "has no right to"), a claim held at a distance ("so-called
self-defense", "under the pretext of self-defense", "Iran claims its strikes were self-defense"), a right named as
a topic with no copula ("Japan's exercise of the right to collective self-defense threatens the region").
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["defence_told"]

#: the words of self-defence
_SELF_DEFENCE = frozenset(["self-defense", "self-defence", "self-defensive", "selfdefense", "selfdefence"])
_ONESELF = frozenset(["itself", "themselves", "herself", "himself"])
#: words that say a right is held ("has the right", "have every right", "is entitled")
_HOLDING = frozenset(["has", "have", "had", "having", "retains", "retain", "enjoys", "enjoy"])
#: words that say what an act is ("were an exercise of", "acted in", "as an act of")
_BEING = frozenset(["is", "are", "was", "were", "be", "been", "being", "constitutes", "constitute", "constituted",
                    "amounts", "amounted", "acted", "acting", "act", "acts", "as", "in"])
#: words that may stand between such a word and self-defence ("an exercise of its right to", "a legitimate")
_BETWEEN = frozenset(["a", "an", "the", "its", "their", "his", "her", "legitimate", "lawful", "legal", "justified",
                      "justifiable", "just", "necessary", "proportionate", "clear", "clearly", "purely", "exercise",
                      "act", "acts", "of", "right", "to", "inherent", "sovereign", "matter", "legitimately"])
#: words that end the reported clause
_ENDS = frozenset([".", ";", ":", "?", "!", "but", "while", "whereas", "although", "though", "however"])
#: a denial or a distance between the holder and the words of self-defence
_DENIED = frozenset(["not", "no", "never", "n't", "cannot", "neither", "nor", "without", "so-called", "pretext",
                     "pretexts", "guise", "excuse", "name", "claim", "claims", "claimed", "claiming", "alleged",
                     "allegedly", "purported", "purportedly", "supposed", "supposedly", "false", "fake", "sham"])
_QUOTES = frozenset(['"', "'", "`", "``", "''", "\u201c", "\u201d"])
_FIRST_PERSON = frozenset(["we", "us", "our", "ours", "i", "my", "me"])
_PRONOUNS = frozenset(["it", "its", "they", "them", "their", "he", "his", "she", "her"])
#: how far the words of a right or of self-defence may stand from the holder
_REACH = 14


def _span(low: Sequence[str], start: int, verb: int, teller: int) -> tuple[int, int]:
    """The reported words: after the verb up to the clause's end, or, when the verb and its teller (at ``teller``)
    follow them, the words before the two: '"...," the spokesman said', "Israel has the right ..., said the
    minister"."""
    end = next((k for k in range(start, len(low)) if low[k] in _ENDS), len(low))
    told = verb if teller > verb else teller
    if (teller < verb and end > start + 2) or told <= 0:
        return start, end
    close = told
    while close > 0 and (low[close - 1] in _QUOTES or low[close - 1] == ","):
        close -= 1
    return (1 if low[0] in _QUOTES else 0), close


def _cue(low: Sequence[str], a: int, b: int) -> tuple[int, int] | None:
    """Where the reported words from ``a`` to ``b`` say self-defence: "the right to defend itself", "the right
    to/of self-defense", or "self-defense" told as what an act is ("an exercise of self-defense", "in self-defense",
    "legitimate self-defense" after a copula). The index of the word that holds the right or says what the act is
    (has, is, as, in), and of the first word of the phrase (right, self-defense)."""
    for k in range(a, b):
        word = low[k]
        if word == "right" and k + 2 < b and low[k + 1] in ("to", "of") and (
                low[k + 2] in _SELF_DEFENCE or (low[k + 2] == "defend" and k + 3 < b and low[k + 3] in _ONESELF)):
            holding = next((j for j in range(k - 1, max(a, k - 5) - 1, -1) if low[j] in _HOLDING), None)
            if holding is not None:
                return holding, k
        if word == "entitled" and k + 3 < b and low[k + 1] == "to" and low[k + 2] == "defend" \
                and low[k + 3] in _ONESELF:
            return k, k
        if word in _SELF_DEFENCE:
            j = k - 1
            while j >= a and k - j <= 8 and low[j] in _BETWEEN:
                j -= 1  # "were an exercise of its right to self-defense", "acted in self-defense"
            if j >= a and low[j] in _BEING:
                return j, k
            return None
    return None


def defence_told(low: Sequence[str], start: int, verb: int, source: Mention,
                 mentions: Sequence[Mention]) -> Mention | None:
    """The state whose force the words a verb of saying at ``verb`` reports (from ``start`` on, or in a quotation
    before it) defend as self-defence, when it is not the teller's (``source``'s) own: the first state named in the
    reported clause, before the words of the defence, with no denial or distancing word between them, and the
    defence not in scare quotes."""
    a, b = _span(low, start, verb, source.start)
    found = _cue(low, a, b)
    if found is None:
        return None
    cue, phrase = found
    holder = next((m for m in mentions if a <= m.start < cue and m.has_country), None)
    if holder is None or cue - holder.end > _REACH or holder.code[:3] == source.code[:3] \
            or not _FIRST_PERSON.isdisjoint(low[max(0, holder.start - 1):holder.end]) or low[holder.start] in _PRONOUNS:
        return None  # "our republic has ...", "its nuclear power in self-defense": a name the clause does not give
    if not _DENIED.isdisjoint(low[holder.end:min(b, phrase + 6)]) or low[phrase - 1] in _QUOTES:
        return None
    return holder
