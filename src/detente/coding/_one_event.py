"""Judgements on one coded event apart from the coder's passes: its track, its day, whether its source speaks for
a state, whether it is an act the text reports, and the speaker told after what was said."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from detente.coding._words import NUCLEAR, QUOTE_MARKS, REPORT_CODES
from detente.coding.dates import When
from detente.coding.event_dates import Placed
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate
from detente.model import Event

__all__ = ["UNDATED", "appositive_closed", "day_of", "event_span", "index_of", "inverted_speaker", "official",
           "phrase_of", "reported_act", "told_span", "track_for"]

#: the date of an event whose text carries none (and whose article has none): shown as null in JSON
UNDATED = dt.date.min


def event_span(c: Candidate) -> tuple[int, int, bool]:
    """The words of an event (its verb or noun and the words of its matched phrase) and whether it is a verb."""
    return c.verb, max(c.end, max(c.used) + 1 if c.used else 0), not c.nominal


def track_for(code: str, quad_class: int | None, tokens: Iterable[str]) -> str:
    """peace / denuclearization / tension / other, from the event's QuadClass and the sentence's words."""
    if code in REPORT_CODES or quad_class is None:
        return "other"
    nuclear = not NUCLEAR.isdisjoint(tokens)
    if quad_class in (1, 2):
        return "denuclearization" if nuclear else "peace"
    return "tension"


#: roles that speak for a state: their protest is a diplomatic complaint (114), not a demonstration (14)
_STATE_ROLES = frozenset(["GOV", "MIL", "LEG", "JUD", "SPY", "COP"])


def index_of(words: Sequence[Candidate], cand: Candidate) -> int:
    return next(k for k, w in enumerate(words) if w is cand)


def day_of(placed: Sequence[Placed], date: dt.date | None, verb: int, *, intent: bool) -> dt.date | None:
    """The day an event is recorded on: the first of its time phrases
    (see :func:`~detente.coding.event_dates.date_events`) that does not lie after the article's date (an act
    announced for a later day is dated when announced, CAMEO's convention for intents: "will meet next week" is 036
    today), else the article's date; a phrase naming no day ("within the past year") or only a year ("last year")
    leaves the event undated. An intent takes a phrase before its verb over one after it ("On Monday Peru agreed to
    meet Chile on Friday": Monday)."""
    when = phrase_of(placed, date, verb, intent=intent)
    if when is None:
        return date
    if when.day is None or when.precision == "year":  # "last year", "two years ago": no day, no month
        return UNDATED if date is not None else None
    return when.day


def phrase_of(placed: Sequence[Placed], date: dt.date | None, verb: int, *, intent: bool) -> When | None:
    """The time phrase :func:`day_of` dates an event by, ``None`` when it takes the article's date."""
    if intent:
        placed = sorted(placed, key=lambda p: p.first > verb)
    for when in (p.when for p in placed):
        if date is not None and when.end > date and (when.day is None or when.day > date):
            continue
        return when
    return None


def told_span(when: When | None) -> str | None:
    """What an act dated by a phrase that names a week, a month or a span but no day ("earlier this month", "in
    May 1999") keeps of it in its ``summary``, for :mod:`detente.coding.anchors` to date it by a chronology:
    ``"told as 'in May 1999': 1999-05-01 to 1999-05-31"``; ``None`` for any other phrase."""
    if when is None or when.day is not None or when.precision not in ("week", "month", "span"):
        return None
    return f"told as {when.phrase!r}: {when.start.isoformat()} to {when.end.isoformat()}"


def official(actor: Mention | None) -> bool:
    """A country, or a role of its state ("Japan protested", "the Foreign Ministry protested")."""
    if actor is None or not actor.has_country:
        return False
    role = actor.code[3:6]
    return role == "" or role in _STATE_ROLES




def reported_act(event: Event) -> bool:
    """Whether an event is an act the text reports: done or announced, or a refusal (a negated act coded 12) or a
    threat (a hypothetical one coded 13). A bare negation ("did not meet") and a hypothetical act ("if China
    attacks", "is expected to offer") did not happen and are no act of the article; a plain statement (010, "Bush
    said ...", "delivers a statement on North Korea") says nothing more specific to the other state and is no act
    toward it (what a statement says is coded when it is more: a criticism, an appeal, a promise)."""
    if event.code in REPORT_CODES:
        return False
    root = event.root or event.code[:2]
    if event.modality == "negated":
        return root == "12"
    if event.modality == "hypothetical":
        return root == "13"
    return True


def inverted_speaker(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> Mention | None:
    """The speaker after a verb of saying that closes what is said ("The U.S. is the culprit, says KCNA"; "...,
    said the spokesman of Chile"): a plain report (010) whose verb follows a comma or a quotation mark and is
    followed by an actor."""
    if cand.code not in REPORT_CODES or cand.verb == 0 or low[cand.verb - 1] not in (",", '"', "''", "”") \
            or low[cand.verb].endswith("ing"):
        return None  # "..., saying the Japanese rules are unfair": a participle tells its clause's subject's words
    if appositive_closed(low, cand.verb - 1, mentions):
        return None  # "Russia's foreign minister, Sergei Lavrov, said Ukraine ...": the comma closes a name
    after = cand.verb + 1
    if after < len(low) and low[after] in ("the", "a", "an"):
        after += 1
    return next((m for m in mentions if m.start == after and m.has_country), None)


#: words that may open a sentence before its subject ("But Eritrea's president, ..., said")
_OPENERS = frozenset(["the", "but", "and", "meanwhile", "however", "also"])
#: words of a clause: a segment between two commas that holds one is what is said, not a name in apposition
_CLAUSAL = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "not",
                      "that"]) | QUOTE_MARKS
#: the most words a name in apposition may take ("Isaias Afwerki", "a spokesman for the ministry")
_APPOSITION_WORDS = 8


def appositive_closed(low: Sequence[str], comma: int, mentions: Sequence[Mention]) -> bool:
    """Whether the comma at ``comma`` closes a name or a description in apposition to the subject the sentence
    opens with ("Russia's foreign minister, Sergei Lavrov, said ...", "Eritrea's president, Isays Afeworki,
    says ..."): the subject is an actor that opens the sentence and ends at an earlier comma, and the few words
    between the two commas hold no word of a clause."""
    opening = next((c for c in range(max(0, comma - _APPOSITION_WORDS - 1), comma) if low[c] == ","), None)
    if opening is None or opening + 1 >= comma or any(w in _CLAUSAL or w == "," for w in low[opening + 1:comma]):
        return False
    return any(m.end == opening and m.has_country and all(w in _OPENERS for w in low[:m.start]) for m in mentions)
