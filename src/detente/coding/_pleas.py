"""A "must" in the words of a teller who is no state is nobody's demand.

"Like so many tearful mothers here, Mrs. Azizo says the Italian government must return Mr. Ocalan to Turkey" (VOA
wire, 1998) gave Italy's demand on Turkey (ITA -> TUR 100): the lexicon reads "must" as a demand by its subject,
and the rule that gives it to the teller (``_finish._prescribed``: "Japan said China must release the crew" is
Japan's demand on China) found no teller of a known state. The state that must act demands nothing; the teller, a
mother, a protester, an analyst ("Analysts say Washington must engage Pyongyang"), is no state. A "must" of a
sentence that tells someone saying it, with no teller of a known state, is no event.

A "must" with no saying verb in its sentence (a statement's own words, "North Korea must abide by its
obligations", read as the issuer's by the article) is left as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from detente.coding._words import REPORT_CODES, REPORTING
from detente.model import Event

__all__ = ["unplaced_pleas"]

#: verbs that tell someone's words or view ("says", "argued", "according to")
_TELLING = REPORTING | frozenset(["argue", "argues", "argued", "insist", "insists", "insisted", "believe",
                                  "believes", "believed", "think", "thinks", "thought", "urge", "urges", "urged",
                                  "say", "saying"])


def unplaced_pleas(events: list[Event], low: Sequence[str], verbs: Sequence[int]) -> list[Event]:
    """``events`` with each demand read from "must" turned on the state that must act, its doer unknown, when the
    sentence tells a teller by a saying verb and no event of saying has a source of a known state."""
    if "must" not in low or _TELLING.isdisjoint(low):
        return events
    if any(e.code in REPORT_CODES and e.source[:3] != "---" for e in events):
        return events
    return [dataclasses.replace(e, source="---", source_country=None, source_name=None, target=e.source,
                                target_country=e.source_country, target_name=e.source_name)
            if low[v] == "must" and e.code[:2] == "10" and e.source[:3] != "---" else e
            for v, e in zip(verbs, events, strict=True)]
