"""A breach of norms one side says another committed: the teller's charge, not the other's act.

Foreign ministries judge the other side's conduct in the words they are quoted with: "Beijing said Washington has
seriously breached its commitments", "the spokesman said Tokyo had flagrantly violated Chinese sovereignty", "by
approving the sale, the United States has violated the one-China principle, the ministry said". The clause said is
read alone as the judged state's defiance of norms (CAMEO 128) aimed at the teller, while the teller's words are
already its disapproval of it (111, :func:`detente.coding.answers.judges`), or name no state the lexicon knows. A
breach told as another's is a charge, and an allegation attributed to someone is not the other's act (the
real-prose guide, section 5: "Washington calls the program a serious violation of the accord" is the US's
disapproval, no row of the DPRK's).

A defiance of norms (128) told as done by a state with a verb of breach (violate, breach, contravene, flout,
infringe, trample, defy), inside what a verb of saying reports (the verb before it, within :data:`_REACH` words
with no ";" or ":" between, or after it, set off by a comma: ", the ministry said") is dropped,
unless the teller is the doer itself (its own account). The teller's statement (010) naming no other target becomes
its disapproval (111) of the doer. Left alone: a breach of a place or a barrier, which is the state's act however
told ("Moscow said Kyiv's drones violated Russian airspace": an intrusion; "said the vessel breached China's security
barrier"), other acts coded 128 ("said Pyongyang has ignored U.S. outreach"), a breach told in the text's own
voice (coding._own_voice turns it to the voice's disapproval), and one that is denied or may be.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from detente.coding._words import BOUNDARIES, REPORT_CODES, SAY, without
from detente.coding.shapes import recoded
from detente.model import Event
from detente.reference import ReferenceTables

__all__ = ["charged_breach"]

#: verbs of saying that report a judgment ("said", "stated", "stressed", "insisted")
_TELLING = SAY | frozenset(["stressed", "stresses", "insisted", "insists", "argued", "argues", "asserted",
                            "asserts", "maintained", "maintains", "told", "tells", "complained", "complains"])
#: how many words before the breach its verb of saying may stand ("said that by announcing another arms sale to
#: China's Taiwan region, the United States has blatantly violated ...")
_REACH = 24
#: how many words after the comma that follows the clause the verb of saying may stand (", the foreign ministry
#: spokesman said")
_AFTER = 5
#: what is breached when the breach is a crossing into a place, an act told however it is told
_PLACES = frozenset(["airspace", "waters", "territory", "border", "borders", "frontier", "boundary", "line", "zone",
                     "sea", "land", "eez", "barrier", "cordon", "perimeter", "fence", "blockade", "checkpoint"])
#: the openings of the verbs of a breach of norms (not "ignored U.S. outreach", a rebuff however it is coded)
_BREACHING = ("violat", "breach", "contraven", "flout", "infring", "transgress", "trampl", "defied", "defies", "defy")
#: how many words after the verb the place may stand ("violated Russian airspace", "breached the border")
_PLACE_REACH = 4


def _teller_before(low: Sequence[str], verb: int) -> int | None:
    """The verb of saying before ``verb`` whose words hold it, if any."""
    for q in range(verb - 1, max(-1, verb - _REACH - 1), -1):
        if low[q] in BOUNDARIES or low[q] in (".", "?", "!"):
            return None
        if low[q] in _TELLING:
            return q
    return None


def _teller_after(low: Sequence[str], verb: int) -> int | None:
    """The verb of saying after ``verb``, set off from its clause by a comma (", Wang said", ", said the
    ministry"), if any."""
    for q in range(verb + 1, len(low)):
        if low[q] in BOUNDARIES or low[q] in (".", "?", "!"):
            return None
        if low[q] == "," and q > verb + 1:
            return next((k for k in range(q + 1, min(len(low), q + 1 + _AFTER)) if low[k] in _TELLING), None)
    return None


def _crossing(low: Sequence[str], verb: int) -> bool:
    """The breach is of a place: "violated Russian airspace", "breached the maritime border"."""
    return not _PLACES.isdisjoint(low[verb + 1:verb + 1 + _PLACE_REACH])


def charged_breach(events: list[Event], verbs: list[int], low: Sequence[str], tables: ReferenceTables,
                   track: Callable[[str, int | None], str]) -> list[Event]:
    """Each defiance of norms (128) by a state that a verb of saying reports as another's is dropped, the teller's
    statement (010) with no other target recast as its disapproval (111, with ``tables`` and ``track``) of the doer
    (see the module). ``verbs`` is kept in step.

    >>> low = "beijing said washington has seriously breached its commitments .".split()
    >>> _teller_before(low, 5), _teller_before("washington breached its commitments .".split(), 1)
    (1, None)
    >>> _teller_after("washington breached its commitments , the ministry said .".split(), 1)
    7
    >>> _crossing("moscow said kyiv violated russian airspace .".split(), 3)
    True
    """
    out = list(events)
    dropped: set[int] = set()
    for j, e in enumerate(events):
        doer = e.source[:3]
        if e.code != "128" or e.modality != "occurred" or not doer.isalpha() \
                or not low[verbs[j]].startswith(_BREACHING) or _crossing(low, verbs[j]):
            continue
        said = _teller_before(low, verbs[j])
        said = _teller_after(low, verbs[j]) if said is None else said
        if said is None:
            continue
        tellers = [k for k, t in enumerate(events) if verbs[k] == said and k != j]
        if any(events[k].source[:3] == doer for k in tellers):
            continue  # "Washington said it had breached no commitment": its own account
        dropped.add(j)
        for k in tellers:
            t = events[k]
            if t.code in REPORT_CODES and t.source[:3].isalpha() and t.target[:3] in ("---", doer):
                named = dataclasses.replace(e, target=e.source, target_name=e.source_name)
                out[k] = recoded(t, "111", named, tables, track)
    return without(out, verbs, dropped)
