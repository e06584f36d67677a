"""A party named in a phrase that times an act by another ("hours after a North Korean missile launch") is no
party of that act.

"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk-yeol ... opened Thursday's summit, hours
after a North Korean missile launch" (AP, 16 March 2023) was read as a summit of each with North Korea (044): the
launch only times the summit. The same shape: "the foreign ministers met in Seoul weeks after China's drills around
Taiwan", "the two presidents met days after a Russian drone strike on Kyiv".

The rule: a phrase opened by a measure of time and "after" or "before" ("hours after", "two days before", "a week
after", "shortly after", "soon after") runs to the next comma, semicolon or dash, or the sentence's end. The actors
in it are no parties of a cooperative act (roots 03 to 08) whose word stands outside it; the acts told inside it
("a North Korean missile launch") keep their own. A hostile or reactive act is left alone: "Japan protested hours
after North Korea fired a missile" is a protest at North Korea, read by the rules of answers.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["untimed_parties"]

#: words of a measure of time before "after" or "before" ("hours after", "a week before", "shortly after")
_MEASURES = frozenset(["minutes", "hours", "days", "weeks", "months", "years", "minute", "hour", "day", "week",
                       "month", "year", "moments", "shortly", "soon", "just", "immediately"])
#: words that end the phrase
_ENDS = frozenset([",", ";", "--", "-", "—", ".", ":"])
#: roots of the cooperative acts whose parties the phrase cannot name
_COOPERATIVE = frozenset(["03", "04", "05", "06", "07", "08"])


def _spans(low: Sequence[str], verb: int) -> list[tuple[int, int]]:
    """The phrases that time the act at ``verb`` by another (module docstring), from "after" or "before" to their
    end, that do not hold ``verb``."""
    spans = []
    for i, word in enumerate(low):
        if word not in ("after", "before") or i == 0 or low[i - 1] not in _MEASURES:
            continue
        end = next((k for k in range(i + 1, len(low)) if low[k] in _ENDS), len(low))
        if not i - 1 <= verb < end:
            spans.append((i, end))
    return spans


def untimed_parties(low: Sequence[str], verb: int, code: str, actors: list[Mention]) -> list[Mention]:
    """``actors`` of the act at ``verb`` less those named in a phrase that times it by another act."""
    if code[:2] not in _COOPERATIVE or not ("after" in low or "before" in low):
        return actors
    spans = _spans(low, verb)
    return [m for m in actors if not any(a < m.start < b for a, b in spans)]
