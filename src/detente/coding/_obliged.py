"""What a teller says another state must, should or needs to do, whatever the verb: the teller's demand (10) or
appeal (02) on that state, and nothing it is told to do is an act.

``Finisher._prescribed`` reads the modal on an act of the lexicon ("Japan said China must release the crew"). A
Malaysian envoy's words in a KCNA story of 2011 show the shape it misses: '"Israel needs to stop all provocative acts
and improve the situation on the ground by immediately stopping the construction of illegal settlements, lifting
the blockade in Gaza ...," he added' gave no demand ("stop all provocative acts" is no act of the lexicon) and read
the lifting of the blockade as Israel's act (087). Here the obligation is read from the words: a modal of obligation
right after a state that is its subject ("Israel needs to", "the Americans must", "Japan should"), with a teller of
another state in the sentence (an event of saying), gives the teller's demand ("must", "has to", "needs to", their
past forms) or appeal ("should", "ought to") on that state, and every act of that state (or of no one) told after the
modal in its clause (to a closing quotation mark, a ";" or a clause word such as "but", "because", "while") did not
happen.

Left alone: a state's obligation on itself or on the teller's side ("Nepal said Nepal must ...", "we must"), a
list of states ("the United States and China must manage the competition": a course the teller's side may share), a
state governed by a preposition ("relations with the United States should be based on trust"), a passive or a
perfect after the modal ("Israel should be held accountable", "must have known"), a modal inside a condition or a
question, and a subject that is no state ("peace must be built on trust", "any deal must include ...").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from detente.coding._words import CONDITIONS, PREPOSITIONS, REPORT_CODES
from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["Obligation", "obligations", "obliged"]

#: modals of obligation standing alone, and those that take "to"; their codes: "should" and "ought to" advise (020),
#: the others require (100)
_BARE = {"must": "100", "should": "020"}
_WITH_TO = {"ought": "020", "has": "100", "have": "100", "had": "100", "needs": "100", "need": "100",
            "needed": "100"}
#: words that may stand between the state and its modal, or the modal and its verb ("Israel also must", "must
#: immediately stop", "should not", "must never")
_BETWEEN = frozenset(["also", "now", "first", "then", "still", "therefore", "thus", "not", "never", "no", "longer",
                      "too"])
#: the verbs after a modal that make a passive or a perfect, no act of the subject's ("should be held", "must have"),
#: and verbs of knowing, a warning of what will come ("must know that ...", read by ``_commentary`` too)
_NO_ACT = frozenset(["be", "been", "have", "get", "know", "understand", "realize", "realise", "remember", "bear",
                     "recall"])
#: words that end what the modal governs
_CLAUSE_ENDS = frozenset(['"', "''", "``", "\u201d", ";", ":", "but", "while", "whereas", "although", "though",
                          "because", "since", "if", "unless", "so", "which", "who", "when"])
#: words before the state that make it one of a list, a course shared ("the United States and China must manage")
#: or a possessor ("Japan's")
_LISTED = frozenset(["and", "or", ",", "&", "'s", "both"])
#: words before the state that make its clause a question or an indirect question ("what Japan should do")
_ASKING = frozenset(["what", "how", "where", "when", "why", "whether", "which", "who"])


@dataclass(frozen=True)
class Obligation:
    """A state told to act: ``doer`` the state, ``code`` 100 or 020, ``verb`` the word after the modal, ``end``
    where the clause the modal governs ends (exclusive)."""

    doer: Mention
    code: str
    verb: int
    end: int


def _adverb(word: str) -> bool:
    return word in _BETWEEN or (word.endswith("ly") and len(word) > 4)


def obligations(low: Sequence[str], mentions: Sequence[Mention]) -> list[Obligation]:
    """Each modal of obligation whose subject is a state named right before it, outside a question and a
    condition, with an act (no passive, no perfect) after it."""
    if "?" in low:
        return []
    ends = {m.end: m for m in mentions if m.has_country}
    out: list[Obligation] = []
    for q, word in enumerate(low):
        if word in _BARE:
            code, after = _BARE[word], q + 1
        elif word in _WITH_TO and low[q + 1:q + 2] == ["to"]:
            code, after = _WITH_TO[word], q + 2
        else:
            continue
        while after < len(low) and _adverb(low[after]):
            after += 1
        if after >= len(low) or low[after] in _NO_ACT or not low[after].isalpha():
            continue
        k = q
        while k > 0 and _adverb(low[k - 1]):
            k -= 1
        doer = ends.get(k)
        if doer is None:
            continue
        before = doer.start - 1
        if before >= 0 and low[before] == "the":
            before -= 1
        if before >= 0 and (low[before] in PREPOSITIONS or low[before] in _ASKING or low[before] in _LISTED):
            continue  # "relations with the United States should ...", "what Japan should do", "X and China must"
        if not CONDITIONS.isdisjoint(low[max(0, doer.start - 8):doer.start]):
            continue  # "if China should attack"
        end = next((i for i in range(after + 1, len(low)) if low[i] in _CLAUSE_ENDS), len(low))
        out.append(Obligation(doer, code, after, end))
    return out


def obliged(events: list[Event], verbs: list[int], low: Sequence[str], mentions: Sequence[Mention],
            make: Callable[[str, str, str], Event]) -> list[Event]:
    """The sentence's events with each obligation told by a teller of another state read: its acts in the
    obligation's clause made hypothetical, and the teller's demand or appeal on the state added where no demand or
    appeal of the teller on it is there yet (``make(source, target, code)`` makes the event). ``verbs`` is kept in
    step."""
    tellers = [e for e in events if e.code in REPORT_CODES and e.source[:3] != "---"]
    if not tellers:
        return events
    found = obligations(low, mentions)
    if not found:
        return events
    out = list(events)
    kept = list(verbs)
    for ob in found:
        country = ob.doer.code[:3]
        teller = next((t for t in tellers if t.source[:3] != country), None)
        if teller is None or any(t.source[:3] == country for t in tellers):
            continue  # "Nepal said Nepal must ...": its own course
        for i, (v, e) in enumerate(zip(kept, out, strict=True)):
            if ob.verb <= v < ob.end and e.code not in REPORT_CODES and e.modality in ("occurred", "intended") \
                    and e.source[:3] in (country, "---") and e.code[:2] not in ("02", "10"):
                out[i] = dataclasses.replace(e, modality="hypothetical")  # "... and lift the blockade": not done
        if any(e.source[:3] == teller.source[:3] and e.target[:3] == country and e.code[:2] in ("02", "10")
               for e in out):
            continue
        at = next((i for i, v in enumerate(kept) if v >= ob.verb), len(kept))
        made = make(teller.source, ob.doer.code, ob.code)
        out.insert(at, dataclasses.replace(made, date=teller.date, source_name=teller.source_name))
        kept.insert(at, ob.verb)
    verbs[:] = kept
    return out
