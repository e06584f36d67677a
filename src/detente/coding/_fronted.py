"""A judgment told before its teller: "The Indian deployment is a violation of the ceasefire, a Pakistani military
spokesman said", "The U.S. decision to sell arms to Taiwan is a grave violation of the joint communiques, he said",
'"The launch of missiles by the United States was an egregious violation of international law," the Russian
foreign ministry said'.

The verb of saying comes after what is said, so the coder reads a bare statement (010) with no target: the words
of judgment are before the verb, where a judgment told after it ("said the launch was a clear violation") would be
read as the teller's criticism. A sentence whose last clause is its teller ("..., he said", "..., the ministry said
in a statement", "..., said the spokesman") and whose words before it judge a state's act with a copula, as a
text's own line would (:func:`detente.coding._noun_judgments.judged_states`: "is a violation of", "constitutes a
provocation", "was an act of aggression", not "is not a violation", "is an important step"), is the teller's
disapproval of that state: an accusation (112) when it alleges a wrong done (a violation, a breach), else a
criticism (111). A subject that names no state and points back ("This is in wanton violation of international law,
he added") judges the state that did the last act told in the two lines before. Words that call the act good
instead, and no wrong ("Peru's decision to free the crew is a welcome step, the Chilean minister said"), make the
teller's optimistic comment (013) on the state whose act it is (``_praised``).

Read after every sentence of a text is coded, on each sentence's statements (010): the teller is the statement's
source (a pronoun resolved by coreference), a state or a body of one (government, military, ...) or an
international organisation; the statement becomes the judgment. It is left alone when:

- the last clause is not a teller's: more than eight words between its comma and the verb of saying, a clause
  after the verb ("..., he said, adding that ..."), or a verb that is no saying;
- the words before it tell no judgment: a question, a condition ("if", "whether"), another verb of saying inside,
  a clause before the copula ("What Japan did is ..."), a negated or a praising predicate;
- the teller is no state: a newspaper or a party ("Peruvian media said", PERMED); or the state judged is the
  teller's own ("Our deployment is no violation, the minister said").

A statement that the subject's own state was read as telling ("USA --- 010" for "The U.S. decision ..., he said")
is dropped when the judgment is found: the teller is the one named after the comma.

>>> import datetime as dt
>>> from detente.coding.mentions import Mention
>>> low = ["the", "indian", "deployment", "is", "a", "violation", "of", "the", "truce", ",", "a", "pakistani",
...        "spokesman", "said", "."]
>>> said = Event(dt.date(2015, 3, 4), "PAKGOV", "---", "010")
>>> [(e.source, e.target, e.code) for e in fronted_judgments([[said]], [low], [[Mention(1, 2, "IND")]])[0]]
[('PAKGOV', 'IND', '112')]
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from detente.coding._commentary import _SAYING, _country
from detente.coding._noun_judgments import _doer, judged_states
from detente.coding._one_event import _STATE_ROLES, track_for
from detente.coding._words import PREPOSITIONS, REPORT_CODES
from detente.coding.mentions import Mention
from detente.coding.shapes import recoded
from detente.model import Event
from detente.reference import reference_tables

__all__ = ["fronted_judgments", "teller_clause"]

#: verbs of saying that may close a sentence after what is said
_TELLING = frozenset(["said", "says", "added", "adds", "stressed", "stresses", "noted", "notes", "stated",
                      "states", "declared", "declares", "insisted", "insists", "told", "tells", "asserted",
                      "asserts", "charged", "charges", "argued", "argues", "maintained", "maintains",
                      "emphasized", "emphasised", "underlined", "underscored", "wrote", "writes"])
#: the verbs that judge a subject with what follows them ("is a violation", "constitutes a provocation", "amounts
#: to interference")
_JUDGING = frozenset(["is", "are", "was", "were", "constitutes", "constitute", "constituted", "represents",
                      "represent", "represented", "amounts", "amount", "amounted", "remains", "remain"])
#: words that call an act good ("is a welcome step", "was constructive", "is a step in the right direction"): the
#: teller's optimistic comment (013) on the state whose act it is, when no word of a wrong is there
_GOOD = frozenset(["welcome", "positive", "constructive", "productive", "fruitful", "encouraging", "helpful",
                   "useful", "breakthrough", "milestone", "step", "progress", "success", "successful"])
#: words that turn a step or progress the other way ("a step back", "progress has been slow", "far from")
_BACKWARD = frozenset(["back", "backward", "backwards", "dangerous", "wrong", "slow", "little", "limited", "far"])
#: the most words the teller may take between the comma and the verb ("a Pakistani military spokesman")
_TELLER = 8
#: the most words after the verb ("in a statement on Friday", "at a press conference")
_AFTER = 10
#: what a word of saying in a name is read as: none
_NAMED = "<name>"
#: quotation marks as tokens
_QUOTES = frozenset(['"', "'", "“", "”", "‘", "’", "``", "''"])


def teller_clause(low: Sequence[str]) -> tuple[int, int] | None:
    """``(comma, verb)`` of a last clause that names the teller of the words before it ("..., he said.",
    "...,\" the ministry said in a statement.", "..., said the spokesman."), None when the sentence has none."""
    verb = next((v for v in range(len(low) - 1, 0, -1) if low[v] in _TELLING), None)
    if verb is None or len(low) - verb - 1 > _AFTER or "," in low[verb + 1:] or "that" in low[verb + 1:]:
        return None
    comma = next((c for c in range(verb - 1, max(0, verb - _TELLER - 2), -1) if low[c] == ","), None)
    if comma is None or comma < 3 or any(w in _QUOTES for w in low[comma + 2:verb]):
        return None
    return comma, verb


def _told(low: Sequence[str], mentions: Sequence[Mention], comma: int
          ) -> tuple[list[str], list[Mention]]:
    """The words told before the comma, an opening quotation mark and a closing one dropped, and their mentions."""
    start = 1 if low[0] in _QUOTES else 0
    end = comma - 1 if low[comma - 1] in _QUOTES else comma
    shifted = [dataclasses.replace(m, start=m.start - start, end=m.end - start) for m in mentions
               if start <= m.start and m.end <= end]
    told = list(low[start:end])
    for m in shifted:  # "the United States": a name, no verb of saying ("states")
        told[m.start:m.end] = [_NAMED if w in _SAYING else w for w in told[m.start:m.end]]
    return told, shifted


def _aimed_at(low: Sequence[str], mentions: Sequence[Mention], code: str) -> bool:
    """Whether the first mention of ``code`` follows a preposition that makes it what the act is aimed at or about
    ("sanctions against Sudan", "the demand for the DPRK's ...", "pressure on Iran"), not by whom it is done ("the
    launch by the United States", "the presence of Chinese vessels")."""
    first = min((m.start for m in mentions if m.code == code), default=0)
    before = first - 1
    while before >= 0 and low[before] in ("the", "a", "an"):
        before -= 1
    return before >= 0 and low[before] in PREPOSITIONS and low[before] not in ("by", "of")


def _track(low: Sequence[str], code: str, quad: int | None) -> str:
    """The track of an event coded ``code`` in a sentence of the words ``low``."""
    return track_for(code, quad, low)


def _state_teller(code: str) -> bool:
    """Whether an actor code is a state, a body of one (government, military, ...) or an organisation of states."""
    country = _country(code)
    if country is None:
        return False
    return len(country) > 3 or code[3:6] in ("", *_STATE_ROLES)


def _praised(low: Sequence[str], mentions: Sequence[Mention], voice: str) -> tuple[list[str], str] | None:
    """The states whose act the words before the teller call good ("Peru's decision to free the crew is a welcome
    step"), with the code of an optimistic comment (013); None when they do not, or turn a step back."""
    judged = judged_states(low, mentions, voice, copulas=_JUDGING, wrongs=_GOOD)
    if judged is None or not judged[0] or not _BACKWARD.isdisjoint(low):
        return None
    return judged[0], "013"


def fronted_judgments(coded: Sequence[Sequence[Event]], lows: Sequence[Sequence[str] | None],
                      mentions: Sequence[Sequence[Mention] | None], *,
                      sentences: Sequence[str] = ()) -> list[list[Event]]:
    """The events of each sentence of one text (``coded``), a statement whose words before it judge a state's act
    turned into its teller's disapproval of that state (see the module); ``lows`` and ``mentions``: each sentence's
    lower-cased words and its mentions (None for a sentence not read); ``sentences``: the text of each."""
    out = [list(found) for found in coded]
    words = [low if low is not None else [] for low in lows]
    for k, (low, found) in enumerate(zip(lows, coded, strict=False)):
        if low is None or not any(e.code in REPORT_CODES for e in found):
            continue
        tail = teller_clause(low)
        if tail is None:
            continue
        comma, _ = tail
        told, told_mentions = _told(low, mentions[k] or [], comma)
        named = {_country(m.code) for m in mentions[k] or [] if m.start > comma and _country(m.code)}
        made: list[Event] = []
        for e in found:
            if e.code not in REPORT_CODES or e.target[:3] != "---" or not _state_teller(e.source):
                continue
            if named and _country(e.source) not in named:
                continue  # the teller named after the comma is another
            judged = judged_states(told, told_mentions, e.source, copulas=_JUDGING) or _praised(
                told, told_mentions, e.source)
            if judged is None:
                continue
            states, code = judged
            if states and _aimed_at(told, told_mentions, states[0]):
                continue  # "The demand for the DPRK's ... is in breach of ...": the DPRK is no doer
            if not states:
                doer = _doer(out, k, e.source, words, sentences)
                states = [doer] if doer is not None else []
            for state in states:
                base = dataclasses.replace(e, target=state, target_name=None, target_country=None)
                made.append(recoded(base, code, base, reference_tables(), functools.partial(_track, low)))
        if made:
            out[k] = [e for e in found if not (e.code in REPORT_CODES and e.target[:3] == "---")] + made
    return out
