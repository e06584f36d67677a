"""A statement issued to do an act, with the day it was issued between the two: the act is the statement's.

KCNA tells the statements of groups abroad in one shape: "The Malian committee issued a statement on July 4
condemning the U.S. ...", "A Polish party made public a statement on Aug. 2 in denunciation of the drills ...",
"released a statement on Friday to denounce ...", "published an article praising the DPRK". CAMEO codes what the
text does (a denunciation, 111; praise, 051; an appeal, 02), and the issuing is only how it was done: no plain
statement (010) beside it. The coder read the participle after the text as the sender's act only when nothing stood
between the two (:func:`~detente.coding._letters.letter_gap`), so a day phrase left the act without its sender (no
event) and kept the issuing as a statement of its own, aimed at whoever the act named.

:func:`time_gap` takes a leading phrase of time ("on July 4", "on Aug. 10, 2012,", "on the same day", "Friday",
"recently") off the words between a text and what it does; :func:`issued_text` finds the text an issuing verb
takes ("issued a statement", "made public a joint statement", "published an article"); :func:`statement_told`
drops the issuing statement when the sentence codes the act the text tells, by the same sender.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from detente.coding._words import LETTER_TEXTS, REPORT_CODES
from detente.model import Event

__all__ = ["TEXT_NOUNS", "issued_text", "statement_told", "time_gap"]

#: texts a body issues, releases or publishes whose words may do an act
TEXT_NOUNS = LETTER_TEXTS | frozenset(["article", "articles", "commentary", "commentaries", "bulletin", "bulletins",
                                       "editorial", "editorials", "appeal", "appeals", "declaration", "declarations",
                                       "resolution", "resolutions", "essay", "essays", "report", "reports"])
#: verbs of putting a text out (the issuing that is a statement, 010, when the text's act is not told)
_ISSUING = frozenset(["issue", "issues", "issued", "issuing", "release", "releases", "released", "releasing",
                      "publish", "publishes", "published", "publishing", "make", "makes", "made", "making", "adopt",
                      "adopts", "adopted", "adopting", "send", "sends", "sent", "sending"])
#: words that may stand between the issuing verb and its text ("made public a joint statement")
_TEXT_WORDS = frozenset(["a", "an", "the", "its", "his", "her", "their", "public", "joint", "special", "open",
                         "written", "signed", "separate", "long", "lengthy", "strongly", "worded", "strongly-worded"])
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr, "Sept") if m)
_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)
#: words a phrase of time after "on" is made of ("on Aug. 10, 2012", "on the same day")
_ON_WORDS = _MONTHS | _WEEKDAYS | frozenset(["the", "same", "day", "that", ".", ","])
#: a time told by one word ("issued a statement Friday", "released a statement recently")
_ONE_WORDS = _WEEKDAYS | frozenset(["recently", "yesterday", "today"])
_DIGITS = re.compile(r"^\d{1,4}(?:st|nd|rd|th)?$")
#: how many words a phrase of time after "on" may have
_ON_REACH = 7
#: roots of acts a text can do with its words (as :data:`detente.coding._letters._SAID_ROOTS`, no plain statement)
_TOLD_ROOTS = frozenset(["02", "03", "05", "10", "11", "12", "13", "14", "16"])


def time_gap(between: Sequence[str]) -> list[str]:
    """``between`` (words after a text) without a leading phrase of time and the comma after it: "on July 4",
    "on Aug. 10, 2012,", "on the same day", "Friday", "recently". The words as they are when none leads."""
    words = list(between)
    if words[:1] and words[0] in _ONE_WORDS:
        words = words[1:]
    elif words[:1] == ["on"]:
        end = 1
        while end < min(len(words), _ON_REACH + 1) and (words[end] in _ON_WORDS or _DIGITS.match(words[end])):
            end += 1
        if not any(w in _MONTHS or w in _WEEKDAYS or w == "day" for w in words[1:end]):
            return words
        words = words[end:]
    while words[:1] == [","]:
        words = words[1:]
    return words


def issued_text(low: Sequence[str], verb: int) -> int | None:
    """The text an issuing verb at ``verb`` takes right after it ("issued a statement", "made public a joint
    statement", "published an article"): its index, or None."""
    if low[verb] not in _ISSUING:
        return None
    for q in range(verb + 1, min(len(low), verb + 6)):
        if low[q] in TEXT_NOUNS:
            return q
        if low[q] not in _TEXT_WORDS:
            return None
    return None


def _tells(low: Sequence[str], text: int, act: int) -> bool:
    """Whether the act at ``act`` is told by the text at ``text``: a time phrase, then the act right after it (a
    participle), after "in" (a noun), after "to" (an infinitive of purpose) or after a relative pronoun."""
    if act <= text:
        return False
    rest = time_gap(low[text + 1:act])
    if not rest:
        return low[act].endswith("ing")
    if rest == ["in"]:
        return not low[act].endswith("ing")
    return rest in (["to"], ["which"], ["that"])


def statement_told(events: list[Event], verbs: list[int], low: Sequence[str]) -> list[Event]:
    """Without the plain statement (010) of issuing a text when the sentence codes, by the same sender, the act
    the text tells right after it, a time phrase allowed between ("issued a statement on July 4 condemning the
    U.S.": the condemnation; "made public a statement on Aug. 2 in denunciation of the drills": the
    denunciation). ``verbs`` is kept in step."""
    dropped: set[int] = set()
    for k, e in enumerate(events):
        if e.code not in REPORT_CODES or e.source[:3] == "---":
            continue
        text = issued_text(low, verbs[k])
        if text is None:
            continue
        if any(j != k and o.source == e.source and o.code[:2] in _TOLD_ROOTS and verbs[j] > text
               and _tells(low, text, verbs[j]) for j, o in enumerate(events)):
            dropped.add(k)
    if not dropped:
        return events
    verbs[:] = [v for k, v in enumerate(verbs) if k not in dropped]
    return [e for k, e in enumerate(events) if k not in dropped]
