"""Who speaks the lines a text quotes or reports after a line that introduces them: "The statement said:", "An
officer of the Korean People's Army, Ri Pyong Hwan, said:", "..., the article said, and went on:", "It goes on:".

A news agency's story often tells a statement, a message or a figure's words by a line that ends in a colon and
names the speaker; the lines after it are that speaker's words, with no verb of saying of their own, until the
text turns to another. A story with no first-person voice of its own (:mod:`detente.coding._own_voice`) speaks in
those lines in the speaker's voice, not in the agency's: the speaker of "The British group said in a statement:"
is the British group's state, and "The U.S. troops are habitual criminals" after it is that state's judgment.

A line introduces what follows when it ends in a colon, outside quotations, and one of its last words is a verb of
saying ("said", "says", "noted", "went on", "continued", "told", "wrote", "adding", "reads", "following"). Its
speaker is:

- when the subject of that verb is a pronoun ("It said:", "He continued:") or names the piece spoken in ("The
  statement said:", "..., the article noted, and went on:"), or there is none ("..., and continued:"): the speaker
  of the lines before, that is, of the last line that introduced one, else the voice the text already speaks in
  there (a paper's commentary), else the doer of the last statement, disapproval, rejection or threat (CAMEO 01,
  11, 12, 13) the text told before;
- else the doer of a statement (01) coded in the line ("A spokesman for the Foreign Ministry issued the following
  statement:"), else the first state named in the subject ("The Cambodian State Radio said:");
- a state (not a group or an organisation); else the line gives no speaker.

The speaker holds for the lines after the introducing line up to the next one, or up to a line that codes a
statement (01) by another state (the text reports another's words). In those lines, besides the judgments told with
a copula (:mod:`detente.coding._noun_judgments`), a state other than the speaker named right before "must",
"should", "would be well advised" or "had better" ("The U.S. must stop its hostile policy") is told the speaker's
demand (100), appeal (020) or, told with a fate, warning (130), as in a paper's commentary
(:mod:`detente.coding._commentary`), not the state's own act (:func:`detente.coding._commentary.voiced_events`).

>>> from detente.coding.mentions import Mention
>>> from detente.model import Event
>>> import datetime as dt
>>> lines = ["The Peruvian Foreign Ministry issued a statement on Monday.", "The statement said:",
...          "The Chilean drills are a grave provocation."]
>>> coded = [[Event(dt.date(2012, 3, 1), "PERGOV", "---", "010")], [], []]
>>> speakers(coded, [["the"], [], []], [[], [], []], lines)
[None, None, 'PERGOV']
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._commentary import _country, _state
from detente.coding._mention_shapes import outside_quotes
from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["speakers"]

#: verbs that introduce the words after a colon
_SAYING = frozenset(["said", "says", "say", "noted", "notes", "went", "goes", "continued", "continues", "added",
                     "adds", "adding", "saying", "declaring", "stressed", "stresses", "wrote", "writes", "reads",
                     "read", "told", "tells", "stated", "states", "declared", "declares", "observes", "observed",
                     "following", "follows", "stressing", "noting", "pointed", "points", "further", "remarked"])
#: how many last words of a line the verb of saying may stand among
_TAIL = 10
#: subjects that point back to the speaker of the lines before
_PRONOUNS = frozenset(["it", "he", "she", "they", "we"])
#: nouns of the piece a speaker speaks in: "The statement said:" is the speaker's
_PIECES = frozenset(["article", "articles", "statement", "message", "commentary", "editorial", "paper", "newspaper",
                     "bulletin", "program", "programme", "letter", "report", "resolution", "preface", "declaration",
                     "analyst", "commentator", "communique", "memorandum", "answer", "appeal", "address", "speech",
                     "broadcast", "website", "document", "note", "notice", "author", "writer"])
#: the roots of the acts whose doer speaks: a statement, a disapproval, a rejection, a threat
_SPEAKING = frozenset(["01", "11", "12", "13"])
#: words that end a subject, read back from its verb
_BEFORE = frozenset([",", ";", ":", "and", "but", '"', "'"])


def _words(sentence: str) -> list[str]:
    """The lower-cased words of a line not read, with commas and colons as words."""
    return sentence.lower().replace(",", " , ").replace(":", " : ").split()


def _verb(low: Sequence[str]) -> int | None:
    """Where the verb of saying of a line that introduces what follows stands (None: no such line)."""
    if not low or low[-1] != ":" or not outside_quotes([list(low)])[0][-1]:
        return None
    return next((q for q in range(max(0, len(low) - _TAIL), len(low)) if low[q] in _SAYING), None)


def _subject(low: Sequence[str], v: int) -> list[str]:
    """The words of the subject right before the verb at ``v``, back to a comma or a conjunction."""
    start = v
    while start > 0 and low[start - 1] not in _BEFORE:
        start -= 1
    return list(low[start:v])


def _doer(found: Sequence[Event]) -> str | None:
    """The doer of the first statement, disapproval, rejection or threat among ``found`` that is a state."""
    return next((e.source for e in found if (e.root or e.code[:2]) in _SPEAKING and _country(e.source)), None)


def _continues(subject: Sequence[str]) -> bool:
    """Whether the subject of a verb of saying points back to the speaker before: none, a pronoun, a piece."""
    return (not subject or subject[-1] in _PRONOUNS or subject[-1] in _PIECES
            or not _PIECES.isdisjoint(subject[:3]))  # "the statement of the group said"


def _speaker(low: Sequence[str], ms: Sequence[Mention], found: Sequence[Event], v: int) -> str | None:
    """The speaker a line names before its verb of saying at ``v`` (None: it names no state)."""
    said = next((e.source for e in found if e.code[:2] == "01" and _country(e.source)), None)
    if said is not None:
        return said
    start = v - len(_subject(low, v))
    return next((m.code for m in sorted(ms, key=lambda m: m.start)
                 if start <= m.start and m.end <= v and _state(low, m)), None)


def speakers(coded: Sequence[Sequence[Event]], lows: Sequence[Sequence[str]], mentions: Sequence[Sequence[Mention]],
             sentences: Sequence[str], voices: Sequence[str | None] = ()) -> list[str | None]:
    """The speaker of each line of one text (an actor code; None for a line no introducing line speaks for): see
    the module. ``lows`` and ``mentions``: each line's lower-cased words and mentions (empty for a line not read);
    ``voices``: the voice each line has without them (a paper's commentary), which "It goes on:" keeps."""
    out: list[str | None] = [None] * len(sentences)
    current: str | None = None
    last: str | None = None  # the doer of the last statement, disapproval, rejection or threat told
    for k, sentence in enumerate(sentences):
        found = coded[k] if k < len(coded) else []
        low = lows[k] if k < len(lows) and lows[k] else None
        if not sentence.rstrip().endswith(":"):
            said = next((e.source for e in found if e.code[:2] == "01" and _country(e.source)), None)
            if current is not None and said is not None and _country(said) != _country(current):
                current = None  # the text reports another's words
            out[k] = current
            last = _doer(found) or last
            continue
        words = list(low) if low is not None else _words(sentence)
        v = _verb(words)
        if v is None:
            out[k] = current
            last = _doer(found) or last
            continue
        if _continues(_subject(words, v)):
            kept = voices[k] if k < len(voices) else None
            named = current or kept or last  # "It said:", "The statement said:", "..., and went on:"
        else:
            named = _speaker(words, mentions[k] if low is not None and k < len(mentions) else [], found, v)
        current = named if named is not None and _country(named) else None
        out[k] = None
        last = _doer(found) or last
    return out

