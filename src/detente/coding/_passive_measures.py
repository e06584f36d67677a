"""A measure announced in the passive after a state's words: the teller's intent or threat.

"Chile said sanctions on Peru will be reimposed if Lima resumes its tests", "the minister warned that any attack
on its ships by Peruvian forces would be met with force", "Bolivia said aid to Peru would be sent next week": the
passive names no doer, and the one who announces what will be done to or for another state is the one who will
do it. The act was coded with no source (``--- PER 131``), so no event reached the dyad. The teller is a state
that says or warns it (a report, 010, or a warning, 13) shortly before the passive, in the same sentence part.

Not read so: a passive with its doer after "by" ("will be lifted by the EU"), one told as done ("sanctions were
reimposed"), negated or hedged ("would not be lifted", "said it expected sanctions would be lifted"), one whose
subject another state owns ("Peru's sanctions on Bolivia will be lifted": Peru's act), a pullback of one's own
forces (087, :mod:`detente.coding._own_yield`), and words of a teller with no state (analysts, experts).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BE, BOUNDARIES, REPORT_CODES
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["teller_measure"]

#: how many words may stand between the teller's verb and the participle
_REACH = 14
#: the roots of acts a state announces it will do to or for another: promises, aid, yields, threats, sanctions,
#: coercion and force
_ROOTS = frozenset(["03", "07", "08", "13", "16", "17", "18", "19"])
#: modals of an act to come ("will be reimposed", "would be met with force", "shall be punished")
_WILL = frozenset(["will", "would", "shall", "'ll"])
#: words that may stand between the modal and "be" ("would immediately be met")
_BETWEEN = frozenset(["soon", "also", "then", "again", "immediately", "swiftly", "promptly", "certainly", "surely"])
#: words between the teller and the passive that make it someone's guess, hope or question, not an announcement
_HEDGES = frozenset(["expect", "expects", "expected", "hope", "hopes", "hoped", "believe", "believes", "believed",
                     "fear", "fears", "feared", "likely", "unlikely", "whether", "may", "might", "could",
                     "doubt", "doubts", "doubted", "think", "thinks", "thought", "unclear", "not", "never",
                     "no", "if", "asked", "wondered", "speculated", "predicted", "forecast"])


def _announced_passive(low: Sequence[str], verb: int) -> bool:
    """Whether the participle at ``verb`` is a passive told to come: "will be reimposed", "would soon be met",
    "are to be lifted"."""
    if verb < 2 or low[verb - 1] != "be":
        return False
    q = verb - 2
    while q > 0 and (low[q] in _BETWEEN or (low[q].endswith("ly") and len(low[q]) > 4)):
        q -= 1
    return low[q] in _WILL or (low[q] == "to" and q > 0 and low[q - 1] in BE)


def _agent_after(low: Sequence[str], verb: int, mentions: Sequence[Mention]) -> bool:
    """Whether a "by" after the participle names a doer in its clause ("will be lifted by the EU")."""
    end = next((q for q in range(verb + 1, len(low)) if low[q] in BOUNDARIES or low[q] in (",", "if", "unless")),
               len(low))
    agents = {q + k for q in range(verb + 1, end) if low[q] == "by" for k in (1, 2)}
    return any(m.start in agents for m in mentions)


def teller_measure(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str],
                   mentions: Sequence[Mention]) -> list[Mention] | None:
    """The sources of the report or warning whose words announce ``cand`` in an agentless passive to come (see
    the module): the state that tells what will be done is its doer. ``None`` when the act has a source of a
    state already, is no such passive, or no state's report or warning tells it within :data:`_REACH` words."""
    v = cand.verb
    if cand.nominal or cand.code[:2] not in _ROOTS or cand.code == "087" \
            or any(m.has_country for m in cand.sources):
        return None
    if not _announced_passive(low, v) or _agent_after(low, v, mentions):
        return None
    teller = next((o for o in sorted(candidates, key=lambda c: -c.verb)
                   if o is not cand and not o.nominal and o.verb < v
                   and (o.code in REPORT_CODES or o.code[:2] == "13")
                   and any(m.has_country for m in o.sources)), None)
    if teller is None:
        return None
    start = max([teller.end, *teller.used, *(m.end for m in teller.targets)])
    between = low[start:v]
    if v - start > _REACH or any(w in BOUNDARIES for w in between) or not _HEDGES.isdisjoint(between):
        return None
    own = {m.code[:3] for m in teller.sources if m.has_country}
    if cand.code[:2] != "13" and any(
            start <= m.start < v and m.end < len(low) and low[m.end] == "'s" and m.code[:3] not in own
            for m in mentions if m.has_country):
        return None  # "Peru's sanctions on Bolivia will be lifted": Peru's own act
    if any(t.code[:3] in own for t in cand.targets):
        return None  # "said sanctions on Chile will be lifted": done to the teller, by another
    return [m for m in teller.sources if m.has_country]
