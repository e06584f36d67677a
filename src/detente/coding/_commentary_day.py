"""The day of a state paper's headline: a commentary is news of its own day, not of the act it comments on.

A DPRK story under a headline whose doer is the paper or agency itself ("Rodong Sinmun Slams S. Korean Minister's
Outbursts", "KCNA Commentary Decries ...", "Minju Joson Accuses Japan of ...") opens by telling the act it answers,
with that act's day ("On Oct. 29 the minister dared to slander the DPRK.", "A few days ago the group raided ..."),
and only then the paper's words ("Rodong Sinmun Monday observes in a bylined commentary:"), or no line of telling
at all (a KCNA commentary is the story). A headline told with no day of its own was dated by the first sentence
after it that names one (:func:`detente.coding.narrative.date_leads`), the day of the act answered, days before
the paper spoke. The paper's act is of the day a line naming the paper with a day gives ("Rodong Sinmun Monday
observes"), else of the story's own day.

Only a headline whose first words name the paper or agency as its doer is read so; a headline naming another doer
("Cuba Denounces U.S. Blockade", then "Cuba on Jan. 23 denounced ...") keeps the day the story tells it with.

A headline in the passive names no doer ("U.S. Plan for Arms Buildup Assailed"): over a story that tells a DPRK
paper's piece ("Rodong Sinmun Monday observes in a commentary:"), its words on a foreign state are the paper's
(:func:`paper_voiced`), as the lines of the commentary are (:mod:`detente.coding._commentary`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from detente.coding.dates import find_when
from detente.coding.narrative import lead_index
from detente.model import Event

__all__ = ["commentary_day", "commentary_paper", "dated_commentary", "paper_voiced"]

#: the DPRK's papers and news agency, named as the doer opening a headline, with the kind of piece after the name
_PAPER = re.compile(
    r"^\W*(?P<paper>KCNA|Rodong\s+Sinmun|Nodong\s+Sinmun|Minju\s+Joson|Tongil\s+Sinbo|Uriminzokkiri|"
    r"Joson\s+Sinbo|Choson\s+Sinbo|Korean\s+Central\s+News\s+Agency)(?:'s)?"
    r"(?:\s+(?:Commentary|Commentator|Article|Editorial|Analyst|Detailed\s+Report|Report|News\s+Analysis))?"
    r"\s+(?:on\s+)?[A-Z]",
)
#: a line telling a DPRK paper's piece: the paper, then within a few words a commentary, article or editorial
_PIECE_LINE = re.compile(r"\b(?:KCNA|Rodong\s+Sinmun|Nodong\s+Sinmun|Minju\s+Joson|Tongil\s+Sinbo|Uriminzokkiri)\b"
                         r"(?:\W+\w+){0,8}?\W+(?:commentary|article|editorial)", re.I)
#: the roots of words: what a paper's piece may do to a state
_WORD_ROOTS = frozenset(["01", "02", "10", "11", "12", "13", "14"])


def commentary_paper(headline: str) -> str | None:
    """The paper or agency that opens ``headline`` as its doer ("Rodong Sinmun Slams ..." -> "Rodong Sinmun"),
    or None.

    >>> commentary_paper("KCNA Commentary Decries S. Korean Regime's Hysteria.")
    'KCNA'
    >>> commentary_paper("Cuba Denounces U.S. Blockade.") is None
    True
    """
    found = _PAPER.match(headline)
    return " ".join(found.group("paper").split()) if found else None


def commentary_day(sentences: Sequence[str], paper: str, day: dt.date) -> dt.date:
    """The day the paper speaks on: the one day the first sentence after the headline naming ``paper`` with a time
    phrase gives (at most a month before ``day``), else ``day``."""
    name = re.compile(r"\b" + r"\s+".join(paper.split()) + r"\b")
    for sentence in sentences[1:]:
        found = name.search(sentence)
        if found is None or '"' in sentence[:found.start()]:
            continue
        try:
            days = {w.day for w in find_when(sentence, day) if w.precision == "day" and w.day is not None}
        except (ValueError, OverflowError):
            return day
        if len(days) == 1:
            (told,) = days
            return told if day - dt.timedelta(days=31) <= told <= day else day
    return day


def dated_commentary(head: Sequence[Event], sentences: Sequence[str], day: dt.date | None) -> list[Event] | None:
    """The headline's events ``head`` (as coded before the story's lead dated them) on the paper's day, when
    ``sentences`` open with a headline whose doer is a DPRK paper (:func:`commentary_paper`); None otherwise (the
    lead's dating stands)."""
    if day is None or not head or lead_index(sentences) != 1:
        return None
    paper = commentary_paper(sentences[0])
    if paper is None:
        return None
    told = commentary_day(sentences, paper, day)
    return [dataclasses.replace(e, date=told) if e.date == day and e.modality == "occurred" else e for e in head]


def paper_voiced(head: Sequence[Event], sentences: Sequence[str]) -> list[Event] | None:
    """The headline's events ``head`` with the DPRK as the source of its words with no doer ("U.S. Plan for Arms
    Buildup Assailed": ``---`` -> USA 111), when ``sentences`` open with a title-case headline and a later line
    tells a DPRK paper's piece; None when nothing changes."""
    if not head or lead_index(sentences) != 1 or not any(_PIECE_LINE.search(s) for s in sentences[1:]):
        return None
    if not any(e.source.startswith("---") and e.code[:2] in _WORD_ROOTS for e in head):
        return None
    return [dataclasses.replace(e, source="PRK", source_country=None, source_name=None)
            if e.source.startswith("---") and e.code[:2] in _WORD_ROOTS and e.target_country not in (None, "PRK")
            else e for e in head]
