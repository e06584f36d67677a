"""A month written before an event noun is that noun's time: "his August visit", "the September talks".

"The bureau issued a stamp in commemoration of Kim Jong Il's August visit to China", "Putin's May visit to Beijing
was a success", "the September talks between Japan and China were useful": the month names the time of the act the
noun tells, as "in August" after it would, and a month with no day names no day of it. Read as no time at all, the
act was dated on the article's day, so a visit two months back became news of that day (and escaped the rules
that leave recalled and commemorated acts undated, which step aside for a noun with a time of its own).

:func:`month_nouns` finds such a month, written with a capital (so "may" the verb is none), after "the", a
possessive pronoun or a possessive "'s", and before a lower-case word that is no verb or function word and no day
number ("the June 12 summit" is a day, which :func:`detente.coding.dates.find_when` reads): a time of kind
``monthnoun``, a month and no day, which dates its noun's event alone, as a year before a noun does
(:func:`detente.coding.dates.year_nouns`; both kinds are :data:`NOUN_TIMES`). The month is the last such month on
or before the article's day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from detente.coding.dates import When

__all__ = ["NOUN_TIMES", "month_nouns"]

#: the kinds of time that date the noun after them alone: a year ("the 2008 invasion") or a month ("his May visit")
NOUN_TIMES = frozenset(["yearnoun", "monthnoun"])

_NAMES = {name: i for i, name in enumerate(calendar.month_name) if name}
#: a capitalized month after a determiner or a possessive, before a word that may be a noun
_MONTH_NOUN = re.compile(
    r"(?:(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s)|(?<=\b[Tt]heir\s)|(?<=\b[Hh]is\s)|(?<=\b[Hh]er\s)|(?<='s\s)|(?<=\u2019s\s)|"
    r"(?<=\b[Tt]his\s)|(?<=\b[Ll]ast\s))(?P<month>" + "|".join(_NAMES) + r")"
    r"(?=\s+(?!(?:and|or|to|of|was|is|were|are|be|been|when|with|by|in|at|after|before|as|under|on|that|which|for|"
    r"from|he|she|it|they|we|the|a|an|will|would|has|had|have|said|says|also|through|until|since|against|into|amid|"
    r"while|but|than|not|issue|edition|number)\b)"
    # a pair of parties joined by a hyphen may stand between the month and the noun ("the August DPRK-Russia summit")
    r"(?:[A-Z][\w.]*-[A-Z][\w.]*\s+)?[a-z][a-z-]*\b)")
#: a month's name anywhere: a sentence without one has no match of the pattern above, whose look-behinds, tried at
#: every character, cost some 30 microseconds a sentence (docs/coder.md, "Speed")
_ANY_MONTH = re.compile("|".join(_NAMES))


def month_nouns(sentence: str, anchor: dt.date) -> list[When]:
    """The months of ``sentence`` that name the time of the noun after them (see the module's docstring), read
    against the article's day ``anchor``.

    >>> [(w.phrase, w.start, w.day) for w in month_nouns("Kim's August visit to China.", dt.date(2011, 10, 18))]
    [('August', datetime.date(2011, 8, 1), None)]
    >>> month_nouns("The May 5 talks and the talks in May.", dt.date(2011, 10, 18))
    []
    >>> [w.start for w in month_nouns("at the August DPRK-Russia summit meeting", dt.date(2011, 10, 18))]
    [datetime.date(2011, 8, 1)]
    """
    out: list[When] = []
    if _ANY_MONTH.search(sentence) is None:
        return out
    for found in _MONTH_NOUN.finditer(sentence):
        month = _NAMES[found.group("month")]
        year = anchor.year if month <= anchor.month else anchor.year - 1
        last = calendar.monthrange(year, month)[1]
        out.append(When(found.group("month"), None, dt.date(year, month, 1), dt.date(year, month, last), "month",
                        found.span(), "monthnoun"))
    return out
