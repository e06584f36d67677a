"""A past meeting named by a noun with its own parties and its own time: "Macron's talks with Putin in Moscow
earlier this month failed to ...", "since the first summit between Kim and Trump in Singapore in June 2018",
"a year after last year's summit between Moon and Kim".

Background paragraphs of news name earlier meetings by nouns, and each names an event of its own time. Two rules
lost them. A sentence with an act told by a verb drops its event nouns (mostly topics or objects of that act:
"urged talks", "condemned the attack"), so "Macron's talks with Putin in Moscow earlier this month failed to
prevent the war" kept nothing of the talks. And the events of one sentence were one per (source, target, code), so
"Trump and Kim met on Sunday, their first meeting since the Hanoi summit in February" kept Sunday's meeting and lost
February's summit, however far apart their times.

:func:`dated_meeting`: a noun of a meeting (04: talks, summit, visit, meeting, negotiations, ...) is an event of its
own whatever the clause's verb when its phrase names

- its parties: a possessive before it ("Macron's talks", "their summit"), an actor joined by a hyphen ("the
  U.S.-DPRK talks"), or a "with" or "between" phrase after it ("talks with Putin", "summit between the two leaders"),
  a place phrase ("in Moscow", "at Camp David") allowed between;
- a time of its own: "last year's" or a weekday's "'s" before it, or right after its phrase a month, a year, a
  weekday or a past span ("in June 2018", "at the end of July", "earlier this month", "last week", "on Sunday");
- and it stands where no act takes it as its object: before the clause's first verb of the lexicon (its subject),
  or after a word of sequence ("since", "after", "before", "following", "than").

The same test vets agreements, sanctions and their easing named by a noun (:func:`named_text`, read for
:mod:`~detente.coding._dated_texts`): "the deal between Israel and the Emirates earlier this month" (057), "Japan's
curbs on South Korea, announced on July 1" (163: whose, and "on" whom), "the removal of sanctions on Sudan by
Washington in October" (085, its easers after "by": :func:`eased_by`).

Not so: a meeting still to come ("next month's summit", "the planned talks", "upcoming", "next week"), a bare noun
with no time ("the talks ended"), or a noun a verb takes ("urged talks with Peru in May": asked for, never held).

:func:`repeated_at_other_time`: a second event of the same two actors and code in one sentence is kept when its time
(day, or the span of a vague phrase) differs from the first's and one of the two has a time phrase of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from detente.coding._words import REPORT_CODES
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["AGREEMENT_NOUNS", "EASING_NOUNS", "MEETING_NOUNS", "SANCTION_NOUNS", "dated_meeting", "dated_meetings",
           "eased_by", "eased_sanctions", "named_text", "repeated_at_other_time", "signing_agents", "visit_of"]

#: nouns of a meeting that a background phrase names as an event of its own time
MEETING_NOUNS = frozenset(["talks", "summit", "summits", "meeting", "meetings", "negotiations", "visit", "visits",
                           "trip", "consultations", "discussions", "dialogue"])
#: nouns of a visit, whose "of" phrase names the visitor ("the visit of Wang Yi to Tokyo")
VISIT_NOUNS = frozenset(["visit", "visits", "trip", "trips"])
_MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"])
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
#: units a past span counts ("earlier this month", "last week")
_UNITS = frozenset(["week", "month", "year", "weekend"])
#: words that open a noun's own phrase of time after it
_TIME_OPENERS = frozenset(["in", "on", "at", "during", "earlier", "last"])
#: words of a meeting still to come
_AHEAD = frozenset(["next", "upcoming", "coming", "planned", "proposed", "forthcoming", "scheduled", "expected",
                    "possible", "future", "potential", "tomorrow", "later", "new"])
#: words before the noun that place it after another act: its phrase is no verb's object
_SEQUENCE = frozenset(["since", "after", "before", "following", "than"])
#: possessive pronouns that name the holders
_OWNERS = frozenset(["his", "her", "their", "its"])
#: what may stand between the noun and its "with"/"between" phrase or its time: a place phrase, "held"
_PLACE_WORDS = frozenset(["in", "at", "held", "of", "the", "-", "first", "second", "third", "round"])
#: words that end the noun's phrase
_ENDS = frozenset([",", ";", ":", "that", "which", "who", "but", "(", ")", "--", '"'])
#: roots of the acts a sentence may tell twice at two times (a meeting and an earlier one)
_REPEATED = frozenset(["04", "05", "06"])
#: how far after the noun its parties and time may reach
_REACH = 14
#: nouns of an agreement that a background phrase names as an act of its own time (057)
AGREEMENT_NOUNS = frozenset(["agreement", "accord", "deal", "treaty", "pact"])
#: nouns of sanctions that a background phrase names as an act of its own time (163)
SANCTION_NOUNS = frozenset(["sanctions", "embargo", "boycott", "curbs"])
#: nouns of easing sanctions ("the lifting of sanctions on Iran by ...") read as an act of their own time (085)
EASING_NOUNS = frozenset(["lifting", "easing", "removal", "relaxation", "suspension", "loosening", "waiving",
                          "scrapping"])
#: words between a noun of easing and the sanctions ("the lifting of all the economic sanctions")
_SANCTION_WORDS = frozenset(["the", "its", "their", "all", "some", "most", "u.n.", "economic", "trade", "arms"])
#: participles that give an agreement or sanctions a time of their own after a comma (", announced on Friday")
_APPOSED = frozenset(["announced", "imposed", "reached", "signed", "concluded", "agreed", "adopted", "struck",
                      "sealed", "unveiled", "introduced", "declared", "approved"])


def _owner(low: Sequence[str], noun: int, mentions: Sequence[Mention]) -> int | None:
    """The start of the possessive or hyphenated actor before ``noun`` (up to three describing words between:
    "Macron's first official talks", "the U.S.-DPRK high-level talks", "their summit"), else None."""
    q = noun - 1
    while q > 0 and noun - q <= 4 and low[q] not in _OWNERS and low[q] != "'s" and low[q] != "-" \
            and low[q].replace("-", "").isalpha() and low[q] not in ("the", "a", "an", "of", "and", "with"):
        q -= 1
    if q < 0:
        return None
    if low[q] in _OWNERS:
        return q
    if low[q] in ("'s", "-") or low[q].endswith("-"):
        actor = next((m for m in mentions if m.end == q and m.has_country), None)
        if actor is not None:
            return actor.start
    actor = next((m for m in mentions if m.end == q + 1 and m.has_country and noun - q <= 3
                  and m.start > 0 and low[m.start - 1] == "-"), None)  # "U.S.-DPRK talks" read as one mention
    return actor.start if actor is not None else None


def _pre_time(low: Sequence[str], start: int) -> bool:
    """Whether "last year's", "last month's" or "Sunday's" stands right before the noun's phrase at ``start``."""
    return start >= 2 and low[start - 1] == "'s" and (
        low[start - 2] in _WEEKDAYS or (start >= 3 and low[start - 3] == "last" and low[start - 2] in _UNITS))


def _time_after(low: Sequence[str], k: int, stop: int) -> bool:
    """Whether a past time phrase opens at ``k`` (before ``stop``): "in June 2018", "at the end of July", "in
    1994", "on Sunday", "earlier this month", "last week", "in May"."""
    w = low[k]
    if w not in _TIME_OPENERS or k + 1 >= stop:
        return False
    nxt = low[k + 1:min(stop, k + 6)]
    if w == "earlier":
        return nxt[:1] in (["this"], ["in"]) or (nxt[:1] == ["today"])
    if w == "last":
        return bool(nxt) and (nxt[0] in _UNITS or nxt[0] in _MONTHS or nxt[0] in _WEEKDAYS)
    if nxt[0] in _AHEAD:
        return False
    words = nxt[:1] if w == "on" else nxt
    return any(x in _MONTHS or x in _WEEKDAYS or (len(x) == 4 and x.isdigit() and x[:2] in ("19", "20"))
               for x in words)


def named_text(low: Sequence[str], noun: int, code: str) -> bool:
    """Whether ``noun`` (coded ``code``) is an agreement (057: "deal", "accord", "treaty", ...) or sanctions (163:
    "sanctions", "embargo", "boycott", "curbs") that a phrase may name as a past act of its own."""
    return (code == "057" and low[noun] in AGREEMENT_NOUNS) or (code == "163" and low[noun] in SANCTION_NOUNS) \
        or (code == "085" and eased_sanctions(low, noun))


def eased_sanctions(low: Sequence[str], noun: int) -> bool:
    """Whether ``noun`` is a noun of easing sanctions: "the lifting of sanctions", "its easing of the embargo"."""
    if low[noun] not in EASING_NOUNS or low[noun + 1:noun + 2] != ["of"]:
        return False
    k = noun + 2
    while k < min(len(low), noun + 5) and low[k] in _SANCTION_WORDS:
        k += 1  # "of the economic sanctions", "of all U.N. sanctions"
    return k < len(low) and low[k] in SANCTION_NOUNS


def _actor_before(low: Sequence[str], noun: int, mentions: Sequence[Mention]) -> int | None:
    """The start of the actor right before ``noun``, one describing word allowed between ("the U.S. sanctions",
    "Chinese economic sanctions"), else None."""
    actor = next((m for m in mentions if m.has_country and (m.end == noun or (
        m.end == noun - 1 and low[m.end].isalpha() and low[m.end] not in ("and", "or", "of", "the")))), None)
    return actor.start if actor is not None else None


def _apposed_time(low: Sequence[str], stop: int, acts: Collection[int]) -> bool:
    """Whether a participle of making or telling the text, set off by a comma, gives it a past time of its own:
    ", announced on Friday", ", imposed last October", ", reached in Beijing on March 10"."""
    if low[stop:stop + 1] != [","] or stop + 1 >= len(low) or low[stop + 1] not in _APPOSED or stop + 1 in acts:
        return False
    end = next((k for k in range(stop + 2, min(len(low), stop + 10)) if low[k] in _ENDS), min(len(low), stop + 10))
    return any(_time_after(low, k, end) for k in range(stop + 2, end))


def dated_meeting(low: Sequence[str], noun: int, code: str, mentions: Sequence[Mention],
                  acts: Collection[int]) -> bool:
    """Whether the meeting noun at ``noun`` (coded ``code``) names a past meeting with parties and a time of its
    own, in no verb's object (``acts``: the positions of the sentence's verbs of the lexicon that are acts)."""
    text = named_text(low, noun, code)
    if not text and (code[:2] != "04" or low[noun] not in MEETING_NOUNS):
        return False
    owner = _owner(low, noun, mentions)
    if owner is None and text:
        owner = _actor_before(low, noun, mentions)  # "the U.S. sanctions on Iran", "the Israel-UAE deal"
    start = owner if owner is not None else noun
    while start > 0 and low[start - 1] not in _SEQUENCE and low[start - 1] not in _ENDS \
            and start > noun - 6 and low[start - 1] != "'s":
        start -= 1  # the noun's determiner and describing words: "the first", "last year's"
    if not _AHEAD.isdisjoint(low[max(0, start - 2):noun]):
        return False  # "next month's summit", "the planned talks"
    before = [a for a in acts if a < noun]
    sequenced = start > 0 and low[start - 1] in _SEQUENCE
    if before and not sequenced:
        return False  # "urged talks with Peru in May": the object of an act
    reach = _REACH + 4 if text else _REACH  # "the lifting of sanctions on Iran by the U.S. and the EU on Saturday"
    stop = next((k for k in range(noun + 1, min(len(low), noun + reach)) if low[k] in _ENDS or k in acts),
                min(len(low), noun + reach))
    phrase = low[noun + 1:stop]
    if code in ("163", "085"):  # sanctions: whose ("Washington's", "U.S.", "by the EU") and on whom ("on Iran")
        owner = owner if owner is not None or code == "163" else next(
            (k for k in range(noun + 1, stop) if low[k] == "by" and any(m.start in (k + 1, k + 2) and m.has_country
                                                                        for m in mentions)), None)
        parties = owner is not None and any(low[k] in ("on", "against") and any(
            k < m.start <= k + 3 and m.has_country for m in mentions) for k in range(noun + 1, stop))
    else:
        parties = (owner is not None and not text) or any(
            (low[k] in ("with", "between") and any(m.start in (k + 1, k + 2) and m.has_country for m in mentions))
            or (low[k] == "between" and low[k + 1:k + 3] == ["the", "two"])
            or (low[k] == "of" and k == noun + 1 and low[noun] in VISIT_NOUNS
                and any(k < m.start <= k + 3 and m.has_country for m in mentions))
            for k in range(noun + 1, stop))
    if not parties or not _AHEAD.isdisjoint(phrase):
        return False
    return _pre_time(low, start) or any(_time_after(low, k, stop) for k in range(noun + 1, stop)) \
        or (text and _apposed_time(low, stop, acts))


def dated_meetings(low: Sequence[str], candidates: Sequence[Candidate], mentions: Sequence[Mention]) -> frozenset[int]:
    """The positions of the nouns among ``candidates`` that :func:`dated_meeting` keeps as events of their own."""
    if _MONTHS.isdisjoint(low) and _UNITS.isdisjoint(low) and _WEEKDAYS.isdisjoint(low) \
            and not any(len(w) == 4 and w.isdigit() for w in low):
        return frozenset()
    acts = frozenset(c.verb for c in candidates if not c.nominal and c.code not in REPORT_CODES)
    return frozenset(c.verb for c in candidates if c.nominal and dated_meeting(low, c.verb, c.code, mentions, acts))


def repeated_at_other_time(earlier: Sequence[tuple[dt.date | None, str | None, bool]], code: str,
                           day: dt.date | None, span: str | None, timed: bool) -> bool:
    """Whether an event of a meeting, an agreement or cooperation (``code``: roots 04 to 06) whose (source, target,
    code) the sentence already gave at the times ``earlier`` (each: its day, the span of its vague phrase, whether it
    had a time phrase of its own) is another event: its day or span differs from each, and it or that one had a
    time of its own ("met on Sunday, their first meeting since the summit in February"). A statement told with two
    times ("reported a deficit in November, the ministry announced on Monday") stays one."""
    return code[:2] in _REPEATED and bool(earlier) and all((d, s) != (day, span) and (timed or own)
                                                           for d, s, own in earlier)


#: texts that parties sign with each other
_TEXTS = frozenset(["agreement", "agreements", "accord", "accords", "deal", "treaty", "pact", "protocol",
                    "memorandum", "declaration", "communique", "statement", "charter", "convention", "framework",
                    "armistice", "contract"])
#: words between the text and the participle of a passive ("the treaty was signed by", "the pact they had")
_PASSIVE_WORDS = frozenset([",", "was", "were", "is", "are", "been", "has", "have", "had", "be", "jointly", "formally",
                            "later", "then", "first"])


def signing_agents(cand: Candidate, low: Sequence[str]) -> list[Mention]:
    """The agents of a signing (057) of a text told in the passive ("the treaty signed by Putin and Kim", "the
    declaration was signed by Ghana and Togo"), whichever role the parse gave them: the text is what was signed,
    and two or more agents signed it with each other, not for the one the passive's subject would be ("the two
    leaders", "both sides": a reference to the pair). Empty for any other shape."""
    if cand.code != "057":
        return []
    q = cand.verb - 1
    while q >= 0 and low[q] in _PASSIVE_WORDS:
        q -= 1
    if q < 0 or low[q] not in _TEXTS or low[cand.end:cand.end + 1] != ["by"]:
        return []
    agents: list[Mention] = []
    k = cand.end + 1
    for m in sorted([*cand.sources, *cand.targets], key=lambda m: m.start):
        if m.start < k or any(w not in ("the", "and", ",") for w in low[k:m.start]) \
                or any(m.code[:3] == a.code[:3] for a in agents):
            break
        agents.append(m)
        k = m.end
    if len(agents) == 1:  # "the accords signed by the two leaders": one reference to the pair, or its copies
        group = [*agents, *agents[0].also] if agents[0].also else [
            m for m in [*cand.sources, *cand.targets] if m.start == agents[0].start]
        if len({g.code[:3] for g in group}) > 1 and all(g.has_country for g in group):
            return agents if agents[0].also else group
        return []
    return agents if len(agents) > 1 and all(a.has_country for a in agents) else []


def eased_by(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The easers named after "by" in the phrase of a noun of easing sanctions (085: "the lifting of the embargo on
    Vietnam by the United States", "by the U.S. and the EU"), whichever role the parse gave them; empty for any other
    shape."""
    if cand.code != "085" or not cand.nominal or not eased_sanctions(low, cand.verb):
        return []
    by = next((k for k in range(cand.verb + 1, min(len(low), cand.verb + _REACH))
               if low[k] == "by" or low[k] in _ENDS), None)
    if by is None or low[by] != "by":
        return []
    agents: list[Mention] = []
    k = by + 1
    for m in sorted((m for m in mentions if m.start > by), key=lambda m: m.start):
        if any(w not in ("the", "and", ",") for w in low[k:m.start]) or not m.has_country:
            break
        agents.append(m)
        k = m.end
    return agents


def visit_of(low: Sequence[str], noun: int, mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The visitor and the host of a visit told as "the visit of X to Y" ("the trip of envoy Jo Myong Rok to
    Washington", "the visit of the Chinese foreign minister to Tokyo"): the "of" phrase is who went, never whom the
    visit was to. None for any other shape."""
    if low[noun] not in VISIT_NOUNS or low[noun + 1:noun + 2] != ["of"]:
        return None
    visitor = next((m for m in mentions if noun + 2 <= m.start <= noun + 3 and m.has_country
                    and all(w in ("the", "a") for w in low[noun + 2:m.start])), None)
    if visitor is None:
        return None
    to = next((k for k in range(visitor.end, min(len(low), visitor.end + 4)) if low[k] == "to"), None)
    host = None if to is None or "," in low[visitor.end:to] else next(
        (m for m in mentions if to < m.start <= to + 2 and m.has_country and m.code[:3] != visitor.code[:3]), None)
    return [visitor], [host] if host is not None else []
