"""A teller's second act joined to what it reports: "Japan said Chinese ships had entered its waters and lodged a
protest with Beijing".

"China said the US destroyer had violated its territorial waters and urged Washington to stop such provocations",
"Greece said Turkish jets had violated its airspace and warned Ankara against further provocations": the verb after
"and" is the teller's second act, done to the state whose deed it reports. The parser often joins it to the reported
verb instead, and the act took the reported clause's subject as its doer: the United States urging itself, Turkey
warning itself (``USA USA 025``, ``TUR TUR 130``), and the appeal, protest or warning of the teller went uncounted.

:func:`conjoined_teller` gives such an act the sources of the report before it when:

- the act is a verb (not a noun) of an appeal, a promise, a demand, a disapproval, a rejection, a threat or a
  reduction of relations (roots 02, 03, 10-13, 16), right after "and" (an adverb such as "also" or "then" may stand
  between; not "and had urged", which keeps the reported clause's tense and so its subject);
- a report of a state (a verb of saying, :data:`detente.coding._words.REPORT_CODES`) stands before it, and between
  the two a verb tells what was reported (one of the lexicon, an auxiliary, or a past form: "had entered",
  "violated"), with no semicolon or colon;
- the act has no doer of a state, or only doers named in the reported clause.

Left alone: "Japan said Chinese ships had entered its waters and had lodged ..." (the reported clause's own verbs),
an act whose doer the parse found outside the reported clause, and a report with nothing reported between.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._passive_measures import teller_measure
from detente.coding._words import BOUNDARIES, REPORT_CODES
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["conjoined_teller", "told_doer"]

#: the roots of a teller's second act: appeals, promises, demands, disapproval, rejection, threats, reductions
_ROOTS = frozenset(["02", "03", "10", "11", "12", "13", "16"])
#: adverbs that may stand between "and" and the verb ("and also urged", "and then warned")
_BETWEEN = frozenset(["also", "then", "later", "further", "subsequently", "separately", "immediately", "promptly"])
#: auxiliaries that tell a reported clause's verb when the lexicon has none for it ("had jammed signals")
_TOLD_VERBS = frozenset(["had", "has", "have", "was", "were", "is", "are"])
#: how far the second act may stand from the report
_REACH = 30


def conjoined_teller(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str],
                     mentions: Sequence[Mention]) -> list[Mention] | None:
    """The sources of the report whose teller does ``cand``, joined by "and" after the reported clause (see the
    module); ``None`` when ``cand`` is no such act."""
    v = cand.verb
    if cand.nominal or cand.code[:2] not in _ROOTS:
        return None
    q = v - 1
    while q > 0 and low[q] in _BETWEEN:
        q -= 1
    if low[q] != "and":
        return None
    report = next((o for o in sorted(candidates, key=lambda c: -c.verb)
                   if o is not cand and not o.nominal and o.verb < q and o.code in REPORT_CODES), None)
    if report is None or v - report.verb > _REACH or not any(m.has_country for m in report.sources):
        return None
    if any(w in BOUNDARIES for w in low[report.end:q]):
        return None
    if not any(o is not cand and not o.nominal and report.end <= o.verb < q for o in candidates) \
            and not any(w in _TOLD_VERBS or (len(w) > 4 and w.endswith("ed")) for w in low[report.end:q]):
        return None  # nothing reported between: "said X and urged Y" is the teller's two acts anyway
    if any(m.has_country and not report.end <= m.start < q for m in cand.sources):
        return None  # a doer the parse found outside the reported clause
    tellers = [m for m in report.sources if m.has_country]
    if {m.code[:3] for m in cand.sources} == {m.code[:3] for m in tellers}:
        return None
    return tellers


def told_doer(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str],
              mentions: Sequence[Mention]) -> list[Mention] | None:
    """The teller that does ``cand``: of a measure announced in the passive
    (:func:`detente.coding._passive_measures.teller_measure`), or of an act joined after the reported clause
    (:func:`conjoined_teller`); None when neither."""
    return teller_measure(cand, candidates, low, mentions) or conjoined_teller(cand, candidates, low, mentions)
