"""A pullback of the speaker's own forces told in the passive: the speaker's yield.

"Russia said its troops would be withdrawn from the border", "Khrushchev issued a public statement that Soviet
missiles would be dismantled": the passive names no doer, and the forces or arms withdrawn or dismantled are the
speaker's own, so the one who says it is the one who yields (CAMEO 087, de-escalation). Told by their owner, the
words are the announcement of the step, which CAMEO codes as the step itself, as it codes sanctions announced
lifted by the one who lifts them (:func:`detente.coding._acts.decided`).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BE, BOUNDARIES, CONDITIONS, REPORT_CODES
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["own_yield"]

#: how many words may stand between a report's verb (or text) and the passive it tells
_REACH = 12


def _agentless_passive(low: Sequence[str], verb: int, mentions: Sequence[Mention]) -> bool:
    """Whether the participle at ``verb`` is a passive ("would be withdrawn", "will be dismantled") with no "by"
    naming its doer after it in its sentence part ("by May 1" is a time), and no condition ("would be withdrawn
    if ...", "unless ...": an offer on terms, no step taken)."""
    if verb < 1 or low[verb - 1] not in BE:
        return False
    end = next((q for q in range(verb + 1, len(low)) if low[q] in BOUNDARIES), len(low))
    if not CONDITIONS.isdisjoint(low[verb + 1:end]):
        return False
    agents = {q + k for q in range(verb + 1, end) if low[q] == "by" for k in (1, 2)}
    return not any(m.start in agents for m in mentions)


def own_yield(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str],
              mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The actors of a de-escalation (087) told in the passive after a report whose teller owns what is pulled
    back ("said its troops would be withdrawn", "a statement that Soviet missiles would be dismantled"): the
    teller as source, the report's targets of another state as targets. ``None`` when the act is no agentless
    passive of 087, no report with a known teller comes before it within :data:`_REACH` words, or the words
    between name no state or another state than the teller's."""
    v = cand.verb
    if cand.code != "087" or cand.nominal or not _agentless_passive(low, v, mentions):
        return None
    report = next((o for o in sorted(candidates, key=lambda c: -c.verb)
                   if o.code in REPORT_CODES and o.verb < v and v - max([o.end, *o.used]) <= _REACH
                   and any(m.has_country for m in o.sources)), None)
    if report is None:
        return None
    start = max([report.end, *report.used, *(m.end for m in report.targets)])
    if any(w in BOUNDARIES for w in low[start:v]):
        return None
    teller = next(m for m in report.sources if m.has_country).code[:3]
    owners = {m.code[:3] for m in mentions if start <= m.start < v and m.has_country}
    if owners != {teller}:
        return None
    return list(report.sources), [m for m in report.targets if m.code[:3] != teller]
