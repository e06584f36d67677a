"""A news agency that reports is no actor of what it reports.

"The two ministers met in Beijing, Xinhua reported", "They agreed to hold talks, the Saudi Press Agency reported":
the agency tells the news, and its report is no act of its state (no statement, 010), nor is it the doer of the
act it tells. The parse often gives such an act the reporter's subject: a reported clause whose subject is a
pronoun climbs to the verb of saying ("Japan said it will meet China": Japan meets, which holds for a state), and
a verb of the reported clause may be hung on the verb of saying ("..., hold talks, the agency reported" parsed
with "hold" under "reported"). For an agency neither holds: the act borrows no subject from it.

An agency's own words remain its state's voice where it speaks as one: "KCNA said the United States was to
blame", "Rodong Sinmun says ..., urging the U.S. to ..." (a participle after the verb of saying is the paper's own
act), "KCNA Commentary Slams ..." (the agency is the verb's own subject). Only the verb "report" with an agency
subject is dropped ("Rodong Sinmun said ..." stays a statement).

An agency is read from the subject's head word: "agency" after "news" or "press" ("the Saudi Press Agency", "the
official Xinhua news agency"; not "the International Atomic Energy Agency"), "media" ("state media"), or the
name of a state news agency.

>>> low = "they agreed to hold talks , the saudi press agency reported .".split()
>>> news_agency(low, 10), news_agency("the atomic energy agency said".split(), 3)
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import AUX, REPORTING, SAY
from detente.coding.mentions import Mention
from detente.coding.syntax import Parse

__all__ = ["agency_report", "borrowed_from_agency", "news_agency", "reporter"]

#: names of state and national news agencies that the actor dictionaries name or that stand alone as a subject
_NAMES = frozenset(["xinhua", "kcna", "irna", "tass", "itar-tass", "yonhap", "kyodo", "mena", "sana", "wam",
                    "spa", "anadolu", "interfax", "bernama", "antara", "isna", "fars", "tasnim"])
#: the words before "agency" that make it the news trade
_TRADE = frozenset(["news", "press"])
#: the verb of the news trade itself
_REPORT = frozenset(["report", "reports", "reported", "reporting"])


def news_agency(low: Sequence[str], head: int) -> bool:
    """Whether the word at ``head`` (a subject's head) names a news agency."""
    word = low[head]
    if word in ("agency", "agencies"):
        return head > 0 and low[head - 1] in _TRADE
    return word == "media" or word in _NAMES


def borrowed_from_agency(low: Sequence[str], parse: Parse, verb: int, sayer: int, subject: int) -> bool:
    """Whether ``verb`` took its subject (the word ``subject``) from the verb of saying ``sayer`` it hangs on, that
    subject is a news agency, and ``verb`` is what the agency tells: in the clause the verb of saying reports
    (a "ccomp" on the way up) or before it ("They agreed ..., the agency reported"). A verb after the verb of
    saying that is no reported clause ("says ..., urging the U.S. to ...") is the agency's own act."""
    if sayer == verb or low[sayer] not in SAY or not news_agency(low, subject):
        return False
    if verb < sayer:
        return True
    t = verb
    for _ in range(6):
        if t == sayer or parse.is_root(t):
            return False
        if parse.labels[t] == "ccomp":
            return True
        t = parse.heads[t]
    return False


def agency_report(low: Sequence[str], verb: int, subject: int | None) -> bool:
    """Whether ``verb`` is "report" and its subject a news agency: the agency's trade, no statement of a state."""
    return subject is not None and low[verb] in _REPORT and news_agency(low, subject)


def reporter(low: Sequence[str], mention: Mention, verb: int) -> bool:
    """Whether ``mention``, after ``verb`` and after a comma, is the subject of a verb of reporting that follows it
    ("condemned the drills, KCNA reported", parsed with KCNA beside the drills): the one who tells, not the one
    the act is aimed at."""
    if mention.start <= verb + 1 or low[mention.start - 1] not in (",", "the"):
        return False
    if low[mention.start - 1] == "the" and low[mention.start - 2] != ",":
        return False
    follow = list(low[mention.end:mention.end + 2])
    if follow[:1] and follow[0] in ("news", "press", "agency", "media"):
        follow = list(low[mention.end + 1:mention.end + 3])  # "KCNA news agency reported"
    return bool(follow) and follow[0] != "according" and (
        follow[0] in REPORTING or (follow[0] in AUX and follow[1:2] != [] and follow[1] in REPORTING))
