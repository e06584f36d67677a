"""The words a statement reports when they stand before its verb or after a colon: where a judgement is read.

A report is a criticism (111) when what it reports calls an act a wrong ("said the launch is a clear violation of
...", :func:`detente.coding._acts.judges`). News prose as often puts the quotation first and the teller after it
('"The launch is a clear violation of Security Council resolutions," the Japanese foreign minister said', '"...,"
said the minister') or opens the quotation after a colon ('the minister said: "Russia is responsible for this
crime."'). Read alone, the words after such a verb say nothing, and the report stayed a bare statement (010) with no
target.

:func:`reported_span` gives the words such a report reports:

- a quotation that opens the sentence and closes right before its teller: a comma at the close, then at most
  :data:`_TELLER_REACH` words of the teller with no quotation mark, no clause word and no other verb of saying
  between the close and the verb ('"...," the Polish foreign minister said', '"...," said the minister');
- the words after a colon that follows the verb at once ('said: "..."');
- an unquoted clause that opens the sentence, then a comma and the teller that closes it ("Japan's claim is absurd,
  China said.").

The judgement is then read in those words as after the verb, and its target is the first state they name
(``Coder``).

>>> low = ['"', "russia", "is", "responsible", "for", "this", "crime", ",", '"', "the", "minister", "said", "."]
>>> reported_span(low, 11, 12)
(1, 7)
>>> reported_span(["the", "minister", "said", ":", '"', "russia", "lied", ".", '"'], 2, 3)
(5, 9)
>>> reported_span(["he", "said", "russia", "lied", "."], 1, 2) is None
True
>>> reported_span("japan 's claim is absurd , china said .".split(), 7, 8)
(0, 5)
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import CLAUSE_WORDS, QUOTE_MARKS, SAY

__all__ = ["reported_span"]

#: how many words of the teller may stand between a closing quotation and its verb ('"...," the Polish foreign
#: minister Radoslaw Sikorski said')
_TELLER_REACH = 10


def _quote_before(low: Sequence[str], verb: int) -> tuple[int, int] | None:
    """The quotation that opens the sentence and closes, with a comma, just before the teller of ``verb``."""
    close = verb - 1
    while close >= 0 and low[close] not in QUOTE_MARKS:
        if verb - close > _TELLER_REACH or low[close] in CLAUSE_WORDS or (
                low[close] in SAY and low[close - 1:close] != ["of"]):  # "Secretary of State Clinton said"
            return None
        close -= 1
    if close < 2 or low[close - 1] != ",":
        return None  # no quotation, or one that does not close with a comma ('"..." is a word of ...')
    opened = [k for k in range(close) if low[k] in QUOTE_MARKS]
    if len(opened) != 1:
        return None  # no opening, or two quotations
    if opened[0] == 0:
        return 1, close - 1
    if SAY.isdisjoint(low[:opened[0]]) and CLAUSE_WORDS.isdisjoint(low[:opened[0]]):
        return 0, close - 1  # 'the launch is "a clear violation," the minister said': the words before it too
    return None  # a quotation inside a sentence told by another verb ('X said the deal is "a step," he added')


def reported_span(low: Sequence[str], verb: int, end: int) -> tuple[int, int] | None:
    """The words (start, stop) that the verb of saying at ``verb`` (its words end at ``end``) reports, when they
    stand in a quotation before it or after a colon right after it; None when it reports what follows it, or
    nothing."""
    if end < len(low) and low[end] == ":":
        start = end + 1
        while start < len(low) and low[start] in QUOTE_MARKS:
            start += 1
        return (start, len(low)) if start < len(low) else None
    return _quote_before(low, verb) or _clause_before(low, verb)


#: verbs of telling that make an opening clause a report of its own
_TELLING = frozenset(["said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared",
                      "announced", "noted", "stressed", "insisted", "argued", "warned"])
#: how long an unquoted opening clause may be (a short judgement: "Japan's claim is absurd")
_OPENING_REACH = 20
#: what may follow a teller's verb that closes a sentence ("..., China said on Tuesday.", "..., said a statement.")
_TAIL_REACH = 6


def _clause_before(low: Sequence[str], verb: int) -> tuple[int, int] | None:
    """The clause that opens the sentence, unquoted, before a comma and the teller of ``verb`` that closes it
    ("Japan's claim is absurd, China said.", "The U.S. moves are a grave provocation, said the DPRK Foreign
    Ministry"): no verb of saying, clause word or quotation mark in the clause or between the comma and the verb,
    and nothing after the verb but a few words of time or place and the stop."""
    comma = verb - 1
    while comma >= 0 and low[comma] != ",":
        if verb - comma > _TELLER_REACH or low[comma] in CLAUSE_WORDS or low[comma] in QUOTE_MARKS or (
                low[comma] in SAY and low[comma - 1:comma] != ["of"]):
            return None
        comma -= 1
    if comma < 2:
        return None
    tail = [w for w in low[verb + 1:] if w != "."]
    if len(tail) > _TAIL_REACH or not SAY.isdisjoint(tail) or not CLAUSE_WORDS.isdisjoint(tail) or "," in tail:
        return None
    opening = low[:comma]
    if len(opening) > _OPENING_REACH or "," in opening:
        return None  # a long clause or one of several parts: what it judges and whom is no longer plain
    if not _TELLING.isdisjoint(opening) or not QUOTE_MARKS.isdisjoint(opening) or opening[0] in CLAUSE_WORDS \
            or opening[0] in ("it", "there"):
        return None  # "X said Y is absurd, Z added": a report inside (a noun of saying, "Japan's claim", may stand);
        # "It is wrong to blame Ecuador, Peru said": what is judged is the blaming, not Ecuador
    return 0, comma
