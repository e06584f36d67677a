"""A span that reaches the article's day: a past time told after "since" in the present perfect.

"Whelan has been held since Russian officers arrested him in December 2018. The ambassador denounced the trial."
The first sentence tells where things stand now, not a story of December 2018: its month opens a span that runs
to the article's day. Read as a story told of a past month (:mod:`detente.coding._vague_story`), it left the
next sentence's acts, told with no time phrase of their own, undated; they are the article's news. A "since" after
"had" ("relations had been frozen since ...") still tells of the past; a causal "since" opening the sentence
("Since talks failed in May, Seoul has ...") comes before its verb and is no such span.

>>> reaches_now("Whelan has been held since officers arrested him in December 2018.", 56)
True
>>> reaches_now("Relations had been frozen since Pyongyang blew up the office in June 2020.", 63)
False
>>> reaches_now("Seoul suspended talks in June 2020.", 22)
False
"""

from __future__ import annotations

import re

__all__ = ["reaches_now"]

#: a present perfect's auxiliary, the verb's participle after it ("has been held", "have remained", "has kept")
_PERFECT = re.compile(r"\b(?:has|have|'s|'ve)\s+(?:(?:not|never|long|also|now|still)\s+)*(?:been\b|[a-z]+(?:ed|en|"
                      r"ld|pt|ne)\b)", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:ever\s+)?since\b", re.IGNORECASE)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)


def reaches_now(sentence: str, at: int) -> bool:
    """Whether the time phrase at character ``at`` of ``sentence`` stands after a "since" that follows a verb in
    the present perfect (and no "had" between them): the span it opens runs to the article's day."""
    since = [m for m in _SINCE.finditer(sentence, 0, at)]
    if not since:
        return False
    head = sentence[:since[-1].start()]
    perfect = [m for m in _PERFECT.finditer(head)]
    return bool(perfect) and not _HAD.search(head, perfect[-1].end())
