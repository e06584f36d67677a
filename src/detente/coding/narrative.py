"""The time a text tells of, when it is not the article's own: a narrative of the past.

A historian's essay, an anniversary piece or an op-ed recalling a war is dated on the day it was published (or,
for an essay with no date of its own, the day its file last changed), but what it tells happened years before:
"In October 1962 ... On October 22, Kennedy announced a naval quarantine ... Khrushchev agreed". Read as news,
"On October 22" would be last October, and every act told without a time phrase would be dated on the day of
publication. A text is read as a narrative of the past when it names its time by years, at least
:data:`MIN_YEARS` times, and every year it names lies :data:`PAST_YEARS` or more before the article's date (a news
story names this year's days, or relative ones, and so is none). In a narrative:

- a day written without a year is read in the year the sentence names before it, else in the year of the last
  day or month the text named with its year ("On April 12, 1990, ... July 27": 27 July 1990), else in the year
  of the title ("The India-Pakistan War of 1965 ... on September 21"), else in the last year the text named:
  a background year ("in 1947", "the Bandung Conference of 1955") does not move the episode's year; see
  :func:`detente.coding.dates.find_when`;
- an act told in the past ("agreed", "refused to withdraw", "was planning to remove", "the invasion") with no
  time phrase of its own is undated, rather than dated on the day of publication, unless the story goes on
  telling a day named just before (the coder's story day).

A text is an account (:attr:`Narrative.account`) when its title or the lines above it call it testimony before a
legislature, a research report or a background report ("Testimony of Ambassador ...", "Hearing on: ...", "Senate
Foreign Relations Committee", "Congressional Research Service", "CRS Insight", a report's number "R41259", a wire
service's "TYPE=BACKGROUND REPORT" or "YEARENDER"), or its first sentence says its author testifies ("Mr. Chairman,
it is a pleasure to testify ..."). Its author recounts what states did to explain where things stand: an act it
tells in the past with no time phrase of its own ("It responded by expelling IAEA inspectors", "The Security Council
adopted resolution 1874") or by a noun ("its sinking of the corvette") is background of no day said, not news of
the day the text was given. What the witness or the report does or says now ("we urge", "the resolution calls
upon") and what it tells in the present perfect ("the United States has condemned ...") are of the text's day, and
a day the text names dates its acts as in any text.

>>> import datetime as dt
>>> story = Narrative(["In October 1962 the crisis began.", "By 1963 it was over.", "In 1962, Kennedy warned.",
...                    "On October 22, Kennedy spoke."], dt.date(2025, 1, 16))
>>> story.past, story.year(3)
(True, 1962)
>>> Narrative(["On Tuesday the envoy met Kim.", "In 2018 they met in Singapore."], dt.date(2019, 3, 1)).past
False
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

from detente.coding._era import NAMES_TIME as _NAMES_TIME
from detente.coding._era import era_years
from detente.coding._text import tokenize
from detente.coding._vague_story import of_no_day
from detente.coding._words import QUOTE_MARKS
from detente.coding.dates import CONTEXT_REACH, UNDATED, When, context_date, find_when
from detente.coding.event_dates import Placed, _setting, commented_act_time, place_when
from detente.model import Event

__all__ = ["ACCOUNT_HEADING", "ACCOUNT_OPENING", "ATTRIBUTING", "COMMITTEE_LINE", "LEAD_REACH", "MIN_YEARS",
           "PAST_YEARS", "STORY_REACH", "Narrative", "date_leads", "habitual", "lead_day", "lead_index", "recounted",
           "story_day", "told_days", "told_earlier", "told_then", "undated_aspect"]

#: how many time phrases naming a year a narrative has at least
MIN_YEARS = 3
#: how many years before the article's date every year a narrative names lies at least
PAST_YEARS = 2

_YEAR = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")

#: a title or header line naming testimony before a legislature or a research report: "Testimony of ...",
#: "Prepared testimony by ...", "Hearing on: ...", "before the Subcommittee on East Asia", "Senate Foreign Relations
#: Committee", "Congressional Research Service", "CRS Insight", a report's number ("R41259", "(RL33590)"), a wire
#: service's background report or review of the year ("TYPE=BACKGROUND REPORT", "YEARENDER: ..."), the head of a
#: hearing's printed record ("[Senate Hearing 113-36]", "S. Hrg. 113-36", a line "HEARING" alone); a headline about
#: a hearing ("Senate committee backs sanctions", "Testimony reveals ...") is none
ACCOUNT_HEADING = re.compile(
    r"^(?:(?:prepared|written|opening)\s+)?(?:statement\s+and\s+)?testimony\s+(?:of|by|before|to)\b"
    r"|^hearings?\s+(?:on|before)\b|\bcongressional\s+research\b|\bcrs\s+(?:insight|report|in\s+focus)\b"
    r"|\bresearch\s+report\b|^\(?(?:r|rl|rs|in|if)\d{4,5}\)?$|\((?:r|rl|rs|in|if)\d{4,5}\)"
    r"|^type\s*=\s*background\b|\bbackground\s+report\b|\byear-?ender\b"
    r"|^\[?(?:senate|house)\s+hearing\s+\d|^s\.\s*hrg\.\s*\d|^hearings?$", re.I)
#: a line that is the name of a committee of the US Congress ("Senate Foreign Relations Committee", "House
#: International Relations Committee", "before the Subcommittee on East Asia and the Pacific", "Subcommittee on Asia
#: and the Pacific"): capitalized words only, so no headline's verb ("Senate Committee Backs Sanctions")
COMMITTEE_LINE = re.compile(
    r"^(?:(?:of|before)\s+)?(?:the\s+)?(?:(?:U\.S\.|United\s+States)\s+)?"
    r"(?:(?:House|Senate)(?:\s+[A-Z][\w,&'-]*)*\s+(?:Sub)?[Cc]ommittee|Subcommittee)"
    r"(?:\s+on(?:\s+(?:the|and|of|[A-Z][\w,&'-]*))+)?\s*$")
#: a first sentence in which the author says they testify: "it is a pleasure to testify", "thank you for inviting
#: me to testify today"; news that someone was called to testify is none
ACCOUNT_OPENING = re.compile(
    r"\b(?:me|us|i|we)\b(?:\W+\w+){0,4}?\W+testify\b|\b(?:pleasure|honou?r|privilege|opportunity)\s+to\s+testify\b",
    re.I)
#: how many words a title or header line naming an account has at most
HEADING_WORDS = 16
#: how much of the first sentence is read for an address to a committee
_OPENING_CHARS = 200


class Narrative:
    """Whether a text (its sentences, in order) tells of the past, and the year it tells of at each sentence.

    Read lazily, once, when first asked: the coder asks only for sentences with an act to date.
    """

    __slots__ = ("_account", "_anchor", "_era_told", "_header", "_sentences", "_title", "_years")

    def __init__(self, sentences: Sequence[str], anchor: dt.date | None, title: str | None = None,
                 header: Sequence[str] = ()) -> None:
        self._sentences = sentences
        self._anchor = anchor
        self._title = title
        self._header = header
        self._years: list[int | None] | None = None
        self._account: bool | None = None
        self._era_told = False

    @property
    def account(self) -> bool:
        """Whether the text is testimony before a legislature or a research report's account (the module's
        docstring): its title or a line above it says so (:data:`ACCOUNT_HEADING`, a line of at most
        :data:`HEADING_WORDS` words), or its first sentence says its author testifies (:data:`ACCOUNT_OPENING`)."""
        if self._account is None:
            lines = [line for line in (self._title or "", *self._header)
                     if line and len(line.split()) <= HEADING_WORDS]
            self._account = any(ACCOUNT_HEADING.search(line) or COMMITTEE_LINE.match(line) for line in lines) or bool(
                self._sentences and ACCOUNT_OPENING.search(self._sentences[0][:_OPENING_CHARS]))
        return self._account

    def _read(self) -> list[int | None]:
        if self._years is not None:
            return self._years
        # (sentence, year, whether a day or month goes with it) of each time phrase naming a year
        named: list[tuple[int, int, bool]] = []
        if self._anchor is not None:
            for k, sentence in enumerate(self._sentences):
                if _YEAR.search(sentence) is None:
                    continue
                try:
                    found = find_when(sentence, self._anchor)
                except (ValueError, OverflowError):
                    continue
                named.extend((k, w.start.year, w.precision != "year") for w in found if _YEAR.search(w.phrase))
        latest = self._anchor.year - PAST_YEARS if self._anchor is not None else 0
        titled = _YEAR.search(self._title or "")
        heading = int(titled.group(0)) if titled and int(titled.group(0)) <= latest else None
        if len(named) < MIN_YEARS or any(year > latest for _, year, _ in named):
            era = era_years(self._sentences, self._anchor, named, lead_index(self._sentences))
            if era is None:
                self._years = []
                return self._years
            named, self._era_told = era, True
        years: list[int | None] = []
        precise = loose = None
        at = 0
        for k in range(len(self._sentences)):
            while at < len(named) and named[at][0] < k:
                if named[at][2]:
                    precise = named[at][1]
                loose = named[at][1]
                at += 1
            years.append(precise or heading or loose or (named[0][1] if named else None))
        self._years = years
        return years

    @property
    def era(self) -> bool:
        """Whether the text is a story of an era (:func:`~detente.coding._era.era_years`), not a narrative naming
        its years often."""
        return self.past and self._era_told

    def keeps_day(self, low: Sequence[str], verb: int) -> bool:
        """Whether the act at ``verb``, told in the past in a story of an era, is still of the article's day: a
        verb of saying or telling ("the chairperson said in a report that Kim Il Sung founded the party on Oct.
        10, 1945"; "... , it said") reports the era in the teller's present."""
        return low[verb] in _REPORTING and self.era

    @property
    def past(self) -> bool:
        """Whether the text is a narrative of the past."""
        return bool(self._read())

    def year(self, number: int | None) -> int | None:
        """The year the text tells of at sentence ``number`` (the last one named before it), or None when the text
        is no narrative of the past."""
        years = self._read()
        if not years or number is None or not 0 <= number < len(years):
            return None
        return years[number]


def told_days(sentences: Sequence[str], day: dt.date | None, story: Narrative | None) -> list[dt.date | None]:
    """The day each sentence's people are read on: the article's ``day``, or in a narrative of the past the middle
    of the year the sentence tells of (the years it names itself included), so that "Kennedy" and "the Secretary
    of State" in a 2025 essay on 1962 are the office holders of 1962.

    >>> told_days(["In 1961 talks began.", "In 1962 it was worse.", "By 1963 it ended.", "Kennedy spoke."],
    ...           dt.date(2025, 1, 16), Narrative([], None))[0]
    datetime.date(2025, 1, 16)
    >>> s = ["In 1961 talks began.", "In October 1962 it was worse.", "By 1963 it ended.", "Kennedy spoke."]
    >>> [d.year for d in told_days(s, dt.date(2025, 1, 16), Narrative(s, dt.date(2025, 1, 16)))]
    [1961, 1962, 1962, 1962]
    """
    same: list[dt.date | None] = [day] * len(sentences)
    if story is None or day is None or sum(len(_YEAR.findall(s)) for s in sentences) < MIN_YEARS \
            or not story.past:
        return same
    out: list[dt.date | None] = []
    for k in range(len(sentences)):
        year = story.year(k + 1) if k + 1 < len(sentences) else story.year(k)
        out.append(dt.date(year, 7, 1) if year is not None else day)
    return out


#: the actor code of the scene :func:`story_day` returns for a sentence that names a day and codes no act
SCENE = "---"
#: how many sentences back the day a story tells of is looked for
STORY_REACH = 3


def story_day(coded: Sequence[Sequence[Event]], sentences: Sequence[str], number: int, day: dt.date | None,
              narrative: Narrative | None = None) -> Event | None:
    """The event whose day a sentence with no time phrase of its own goes on telling: the last event of the
    nearest sentence before (at most :data:`STORY_REACH` back, past sentences with no dated event) that holds
    one, when that event lies before the article's ``day`` and is dated by a phrase of its sentence naming that
    day ("... presided over the meeting late Saturday", "on April 12, 1990, sent a delegation", "Hong Lei on
    March 29 censured Japan ... he noted ... He urged Japan"), or by the day it went on telling itself. A week, a
    month or a span ("over the past week") is no day to go on with; a sentence whose acts are dated on the
    article's day by a phrase of its own ("Chile today rejected ...") ends the story.

    Only a phrase that dates an act counts: a day naming a noun ("the August 17 communique", "the November 26
    air strikes") dates no act of its sentence, and a sentence whose acts took the article's day for want of a
    phrase ("The decision is a grave violation of the communique, he said.") neither ends the story nor goes on
    with it. A story told last of a past month or year ("When Peru tested missiles last May, ...") has no day to go
    on with: the undated event returned leaves the sentence's acts undated, not on the article's day. A sentence
    that codes no act but names one day before the article's ("The papers wrote on Sunday that the delegations
    failed to agree in Geneva on Friday.") sets the scene: the event returned has no actors (:data:`SCENE`), and
    the acts told after it, and after the sentences that go on with it, are of that day whoever does them.

    ``coded`` are the events of the sentences before sentence ``number`` (at least); ``narrative`` reads a day
    without a year in the year a narrative of the past tells of.
    """
    return _story_day(coded, sentences, number, day, narrative, SCENE_REACH)


#: how many sentences that went on telling a day a scene is followed back through
SCENE_REACH = 24


def _story_day(coded: Sequence[Sequence[Event]], sentences: Sequence[str], number: int, day: dt.date | None,
               narrative: Narrative | None, reach: int) -> Event | None:
    if day is None:
        return None
    for j in range(number - 1, max(-1, number - 1 - STORY_REACH), -1):
        events = list(coded[j]) if j < len(coded) else []
        try:
            acting = _told_acting(sentences, j, day, narrative.year(j) if narrative is not None else None)
        except (ValueError, OverflowError):
            return None
        if not events:
            days = {w.day for w in acting if w.precision == "day" and w.day is not None and w.day < day}
            if len(days) == 1:  # "... at their first meeting, held on Friday in Geneva": the scene's day
                return Event(days.pop(), SCENE, SCENE, "010", sentence=sentences[j])
            continue
        dated = [e for e in events if e.date != UNDATED]
        if not dated:
            if acting and all(of_no_day(w, day, sentences[j]) for w in acting):  # "last May" (_vague_story)
                return events[-1]  # "When Peru tested missiles last May, ...": the story is of no day
            continue
        event = next((e for e in reversed(dated) if e.date < day), None)
        if not acting:
            if all(e.date >= day for e in dated) or _names_a_time(sentences[j], day):
                continue  # acts on the article's day for want of a phrase: they do not end the story, nor go on
                # with it; in a sentence with no time phrase at all an earlier act goes on with the story ("Recalling
                # that textbooks deny ..., he said ...": the saying is of the story's day, the denial of the
                # article's), but one dated by a noun's time ("the March 2 air strikes") does not
            if event is not None and reach > 0:  # the day it went on telling: a scene's, if the story began so
                origin = _story_day(coded, sentences, j, day, narrative, reach - 1)
                if origin is not None and origin.source == origin.target == SCENE and origin.date == event.date:
                    return origin
            return event
        if event is None:
            return None
        if dated[-1].date == day and dated[-1].modality == "occurred":
            return None  # "... shocked by the attack on 12 May, and condemned it": told last, the day's comment
        if any(w.precision == "day" and w.day == event.date for w in acting):
            return event
        return None
    return None


#: the verbs that attribute a quotation after it ('"...," said Puri', '"...," he added')
ATTRIBUTING = frozenset(["said", "added", "told", "stated", "stressed", "noted", "declared", "insisted", "warned",
                          "explained", "continued", "wrote", "asserted", "emphasized", "emphasised", "underlined"])


def perfect(low: Sequence[str], verb: int) -> bool:
    """Whether the verb at ``verb`` is told in the present perfect in the text's own voice ("have decided", "has
    now agreed"): news as of the article's day, which goes on with no story told before it (as a lead in the
    present perfect, :func:`lead_day`). Reported by a past verb of saying ("Japan has denied it, the minister
    said") it is as of the day of the saying, and is no such news."""
    before = low[max(0, verb - 3):verb]
    return any(w in ("has", "have") for w in before) and "had" not in before \
        and not any(_saying(low, q) for q in range(len(low)) if q != verb)



#: verbs of saying and telling that report a past perfect ("said that Peru had recalled its envoy"): the report's
#: day dates it
_REPORTING = ATTRIBUTING | frozenset(["announced", "reported", "confirmed", "revealed", "disclosed", "claimed",
                                       "alleged", "learned", "learnt", "acknowledged", "admitted", "denied", "says",
                                       "say", "according"])


def told_earlier(low: Sequence[str], verb: int) -> bool:
    """Whether the verb at ``verb`` is a past perfect in the text's own voice ("Colombia had offered to permit a
    meeting", "Peru had already recalled its envoy"): an act before the time the story tells of, on no day the
    sentence says, so it takes no story's day and no article's day. A past perfect that a verb of saying before it
    reports ("the government said Tuesday that Chavez had recalled his ambassador") is dated by the report."""
    start = max(0, verb - 3)
    before = low[start:verb]
    word = low[verb]
    if "had" not in before or (verb > 0 and low[verb - 1] == "to") or not (
            word.endswith(("ed", "en")) or word in _PARTICIPLES):
        return False
    at = start + before.index("had")
    return not any(w in _REPORTING for w in low[:at])


#: adverbs of frequency: an act told with one is a habit over a time the sentence does not bound, not one act
_HABITUAL = frozenset(["repeatedly", "persistently", "constantly", "continually", "continuously", "routinely",
                       "habitually", "frequently", "often", "regularly", "incessantly", "ceaselessly"])
#: phrases of the same ("time and again", "again and again", "time after time", "over and over")
_HABITUAL_RUNS = frozenset([("time", "and", "again"), ("again", "and", "again"), ("time", "after", "time"),
                            ("over", "and", "over")])
#: words that end the stretch of a sentence an adverb before or after a verb tells of
_HABIT_ENDS = frozenset([",", ";", ":", "(", ")", "--", "which", "who", "whom", "whose", "but", "while", "whereas",
                         "because", "after", "before", "when", "although", "though", "since", "until"]) | QUOTE_MARKS
#: words that open a verb's complement: an adverb after them tells of the complement ("accused of persistently
#: lying", "urged it to constantly check"), not of the verb
_COMPLEMENTS = frozenset(["of", "to", "for", "by", "that", "into", "from", "about"])
#: how many words before or after its verb an adverb of frequency is read
_HABIT_REACH = 8


def habitual(low: Sequence[str], verb: int) -> bool:
    """Whether the verb at ``verb`` tells of a habit, not of one act: an adverb of frequency ("has repeatedly
    warned", "frequently staged", "violated the accord time and again") or "long" after "has", "have" or "had"
    ("have long sought") stands in its stretch of the sentence, or in that of the verb of saying that reports it
    ("has repeatedly said it fears ..."). Such an act went on over a time the sentence does not bound, so it has
    no day: told with no time phrase of its own it is undated (the coder's caller checks that), not put on the
    article's day."""
    first = verb
    while first > 0 and verb - first < _HABIT_REACH and low[first - 1] not in _HABIT_ENDS:
        first -= 1
    last = verb
    while last + 1 < len(low) and last - verb < _HABIT_REACH and low[last + 1] not in _HABIT_ENDS | _COMPLEMENTS:
        last += 1
    words = low[first:last + 1]
    if any(w in _HABITUAL for w in words):
        return True
    if any(tuple(words[q:q + 3]) in _HABITUAL_RUNS for q in range(len(words) - 2)):
        return True
    return any(low[q] == "long" and low[q - 1] in ("has", "have", "had") for q in range(max(1, first), verb))


#: phrases naming a time the text told before ("At that time the U.S. forces were driven to Pusan", "in those
#: days"): not the article's day
_THEN_PHRASES = frozenset([("at", "that", "time"), ("at", "the", "time"), ("in", "those", "days"),
                           ("at", "that", "moment"), ("in", "that", "period"), ("by", "that", "time"),
                           ("by", "then",), ("in", "those", "years"), ("in", "that", "year")])


def told_then(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is told at a time the text told before, by a phrase pointing back to it ("At
    that time the U.S. forces were driven to Pusan", "In those days the Japanese police arrested him"): when the
    sentence before gives no day for that time to go on with, the act is of no day said, not of the article's day.
    A verb of saying that reports such a sentence ("At that time Japan called the sea the Sea of Korea, it said")
    is of its own day unless the phrase stands just before it ("At that time he said ..."). "At the same time"
    (also), "at this time" (now) and "then" (next) point to no earlier time, nor does a phrase whose own words give
    its time ("at the time of the shelling", "at the time when relations are growing")."""
    if _THEN_WORDS.isdisjoint(low):
        return False
    for phrase in _THEN_PHRASES:
        for q in range(len(low) - len(phrase) + 1):
            if low[q] == phrase[0] and tuple(low[q:q + len(phrase)]) == phrase \
                    and low[q + len(phrase):q + len(phrase) + 1] not in _THEN_OWN and (
                    low[verb] not in _REPORTING or 0 <= verb - (q + len(phrase)) <= _THEN_REACH):
                return True
    return False


#: the last words of those phrases (a cheap test before the sentence is read)
_THEN_WORDS = frozenset(phrase[-1] for phrase in _THEN_PHRASES)
#: how many words a phrase pointing back to a time stands before a verb of saying it dates at most
_THEN_REACH = 3
#: words after such a phrase that give the time it names ("at the time of the shelling", "at the time when
#: relations are growing"): no time told before
_THEN_OWN = [["of"], ["when"], ["that"], ["which"], ["while"]]


def undated_aspect(low: Sequence[str], verb: int, modality: str) -> bool:
    """Whether the tense or aspect of the verb at ``verb`` puts its act on no day: a past perfect in the text's own
    voice (:func:`told_earlier`) or, for an act told as done (``modality``), a habit (:func:`habitual`); an intent
    to act "continuously" is said on its own day."""
    return told_earlier(low, verb) or (modality == "occurred" and habitual(low, verb))


#: past participles that end in neither -ed nor -en
_PARTICIPLES = frozenset(["met", "held", "sent", "made", "said", "told", "won", "struck", "left", "begun", "done",
                          "gone", "put", "set", "cut", "hit", "led", "fought", "brought", "sought", "bought", "kept",
                          "lost", "paid", "signed", "sold", "spent", "stood", "withdrawn", "shot", "built"])


def _saying(low: Sequence[str], q: int) -> bool:
    """Whether the word at ``q`` is a past verb of saying that reports its sentence ("..., the minister said",
    '"...," added Kim'), not the form of another use: an act's own perfect ("China has warned Japan", "the
    minister has said"), or a participle before its noun ("have encouraged continued efforts", "welcomed the
    stated intention", "its declared policy")."""
    if low[q] not in ATTRIBUTING:
        return False
    before = low[q - 1] if q > 0 else ""
    if before in ("has", "have", "having"):
        return False
    after = low[q + 1] if q + 1 < len(low) else ""
    modifies = after.isalpha() and after not in _CLAUSE_OPENERS
    return not (modifies and (before in _NOUN_MARKERS or (before.endswith("ed") and before not in ATTRIBUTING)))


#: words after a verb of saying that open what it reports or name to whom ("said that", "told them", "added in a
#: statement"): the verb is no participle before a noun
_CLAUSE_OPENERS = frozenset(["that", "to", "in", "on", "at", "it", "he", "she", "they", "we", "him", "her", "them",
                             "us", "me", "there", "this", "the", "a", "an", "its", "their", "his", "our", "and",
                             "but", "when", "after", "before", "while", "as", "if", "how", "what", "reporters",
                             "journalists", "today", "yesterday"])


#: words after which a verb's form is a noun's ("the talks", "its refusal", "the U.S. pledges") or an infinitive's
_NOUN_MARKERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
                           "these", "those", "'s", "of", "in", "on", "for", "with", "by", "from", "at", "to", "into",
                           "about", "over", "after", "before", "during", "against", "international", "some", "any"])
#: a possessive two words before a verb leaves it a verb ("our embassy works"); an article or a preposition there
#: makes a noun of it ("the U.S. pledges", "in the Iraqi invasion")
_POSSESSIVES = frozenset(["its", "their", "his", "her", "our", "my", "your", "'s", "to"])
_BE_PRESENT = frozenset(["am", "is", "are", "'m", "'re", "'s"])
_PERSONS = frozenset(["i", "we", "you", "they"])


def present_act(low: Sequence[str], verb: int) -> bool:
    """Whether the word at ``verb`` is a finite verb in the present ("Ukraine continues its fight", "my team and I
    go to work", "Ukrainians are fighting"): in a narrative of the past, the only kind of act with no time phrase
    that may be of the day of publication (the author's own). An infinitive ("to destroy"), a participle or gerund
    ("suggesting", "imposing"), and a noun ("the talks", "the Iraqi invasion", "the U.S. pledges") tell of the
    time the narrative tells of."""
    word = low[verb]
    before = low[verb - 1] if verb > 0 else ""
    if word.endswith("ing"):
        return before in _BE_PRESENT
    if before in _NOUN_MARKERS or (verb > 1 and low[verb - 2] in _NOUN_MARKERS - _POSSESSIVES
                                   and before not in _PERSONS):
        return False
    return before in _PERSONS or (word.endswith("s") and not word.endswith("ss"))


def recounted(low: Sequence[str], verb: int, nominal: bool, own: Sequence[Placed] = ()) -> bool:
    """In an account (:attr:`Narrative.account`), whether the act at ``verb`` is background told in the past on no
    day said: told by a noun ("its sinking of the corvette", "during the coming nuclear negotiations"), or by its
    own verb or one before it in the sentence in the simple past ("The Security Council adopted resolution 1874,
    calling on ...", "It responded by ... expelling IAEA inspectors", "said he would suspend the exercises"), with
    no time phrase of its own naming a day ("After Russia launched its invasion in 2022" in a text of 2022 names
    no day). An act in the present ("we urge", "the resolution calls upon"), in the present perfect ("has
    condemned") or announced ("we will continue to press") is of the text's day; a participle before its noun
    ("the stated aim") is no verb."""
    if any(p.when.day is not None for p in own) or perfect(low, verb):
        return False
    if nominal or low[verb] in _ACT_NOUNS or (verb > 0 and low[verb - 1] in _NOUN_MARKERS - {"to"}):
        return True  # "its attacks on South Korea", "during the coming nuclear negotiations"
    if present_act(low, verb):
        return False
    for q in range(verb, -1, -1):
        word = low[q]
        if (word in _PAST_BE or (word.endswith("ed") and len(word) > 3) or word in _PARTICIPLES) \
                and not (q > 0 and low[q - 1] in _NOUN_MARKERS - _POSSESSIVES) \
                and not any(w in ("has", "have") for w in low[max(0, q - 3):q]):
            return True
    return False


#: forms of "be" and "have" that tell of the past
_PAST_BE = frozenset(["was", "were", "had"])
#: plural nouns of acts that read as verbs in the present ("nuclear negotiations", "bilateral talks")
_ACT_NOUNS = frozenset(["talks", "negotiations", "discussions", "consultations", "meetings", "summits", "sanctions",
                        "attacks", "strikes", "exercises", "drills", "protests", "visits", "launches", "tests"])


def quoted_in_past(low: Sequence[str], verb: int) -> bool:
    """Whether the word at ``verb`` stands in a quotation that a past verb of saying closes ('"We call upon Chile
    to withdraw," said the envoy.', '"We condemn the raid," he added.'): the act was done when it was said, so
    it is told in the past though its own tense is the present."""
    marks = [q for q, w in enumerate(low) if w in QUOTE_MARKS]
    opened = [q for q in marks if q < verb]
    closing = next((q for q in marks if q > verb), None)
    if not opened or closing is None or len(opened) % 2 == 0:
        return False
    return any(w in ATTRIBUTING for w in low[closing + 1:closing + 5])


@functools.lru_cache(maxsize=256)
def _names_a_time(sentence: str, day: dt.date) -> bool:
    """Whether a sentence holds a time phrase of any kind."""
    try:
        return bool(find_when(sentence, day))
    except (ValueError, OverflowError):
        return True


def _told_acting(sentences: Sequence[str], number: int, day: dt.date, year: int | None) -> list[When]:
    """:func:`_acting` of sentence ``number``, a phrase counted from the day told before it ("That night, ...",
    "The same day, ...", "Two days later, ...") read from that day, as the coder read it, not from the article's."""
    acting = _acting(sentences[number], day, year, None)
    if any(w.kind in ("sameday", "counted") for w in acting):
        context = context_date(sentences[max(0, number - CONTEXT_REACH):number], day, year=year)
        if context is not None:
            return _acting(sentences[number], day, year, context)
    return acting


@functools.lru_cache(maxsize=256)
def _acting(sentence: str, day: dt.date, year: int | None, context: dt.date | None = None) -> list[When]:
    """The time phrases of a sentence that may date its acts: those naming no noun's time ("the August 17
    communique", "the November 26 air strikes"), a scene's time ("at the May 2 meeting") included, and standing
    in no relative clause on a noun ("the deal, a pact that the minister said on Thursday heralds a new era",
    "Peru, which recalled its envoy on Monday, ...": an aside, not the time the story tells of)."""
    placed = place_when(sentence, None, day, year=year, context=context)
    if not placed:
        return []
    tokens = tokenize(sentence)
    low = [t.lower() for t in tokens]
    return [p.when for p in placed if (not p.noun or _setting(low, p.first)) and not _in_relative(low, p.first)
            and not commented_act_time(low, p.first, p.last, tokens)]




#: the words that open a relative clause on the noun before them
_RELATIVE_WORDS = frozenset(["which", "who", "whom", "whose"])
#: determiners of the noun a "that" clause hangs on ("a pact that ...", "the deal that ...")
_DETERMINERS = frozenset(["a", "an", "the", "this", "its", "their", "his", "her"])


#: verbs whose object a "that" clause may follow ("told the envoy that ...")
_TOLD = frozenset(["told", "tells", "tell", "informed", "informs", "assured", "assures", "warned", "warns", "reminded",
                   "reminds", "notified", "notifies", "convinced", "persuaded", "promised", "promises", "showed",
                   "shows", "urged", "urges", "asked", "asks"])


def _in_relative(low: Sequence[str], first: int) -> bool:
    """Whether the word at ``first`` stands in a relative clause: after "which", "who", "whom", "whose", or after
    "that" following a noun with its determiner ("a pact that"), in the same stretch between punctuation."""
    for q in range(first - 1, -1, -1):
        word = low[q]
        if word in (",", ";", ":", "(", ")", '"'):
            return False
        if word in _RELATIVE_WORDS:
            return True
        if word == "that":  # "a pact that", not "told the envoy that"
            return q >= 2 and low[q - 2] in _DETERMINERS and low[q - 1].isalpha() \
                and (q < 3 or low[q - 3] not in _TOLD)
    return False


#: how many days before the article's date the day a lead is given by the sentence after it lies at most
LEAD_REACH = 14
#: how many sentences after the lead the first one naming a time may stand
LEAD_SENTENCES = 4
#: a verb in the present perfect ("has praised", "have agreed", "has now signed"): news told as of the day
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:\w+ed|\w+en|met|held|sent|made|said|told|"
                      r"won|struck|left|begun)\b", re.I)


def _retold_day(sentences: Sequence[str], verb: str, day: dt.date) -> dt.date | None:
    """The one day, at most :data:`LEAD_REACH` days before ``day``, that the first sentence after the lead (at most
    :data:`LEAD_SENTENCES` after it) telling its verb again (``verb``, the lead's participle, as a simple past)
    names for an act; None when there is none."""
    for k in range(1, min(len(sentences), LEAD_SENTENCES + 1)):
        low = [t.lower() for t in tokenize(sentences[k])]
        if verb not in low:
            continue
        try:
            acting = _acting(sentences[k], day, None)
        except (ValueError, OverflowError):
            return None
        days = {w.day for w in acting if w.precision == "day" and w.day is not None}
        if len(days) != 1:
            return None
        (told,) = days
        return told if day - dt.timedelta(days=LEAD_REACH) <= told < day else None
    return None


#: a headline's words: at most this many, and of its words of four letters or more at least this share capitalized
_HEADLINE_WORDS = 20
_HEADLINE_CAPITALS = 0.8
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def lead_index(sentences: Sequence[str]) -> int:
    """Which sentence is a story's lead: the first, or the second when the first is the story's headline in title
    case ("Pakistan Protests US Drone Strikes.", "DPRK-South Sudan Diplomatic Ties Established.", as a KCNA story
    and a news page open). A headline is no lead: told with no time phrase, it is the news of the article's day,
    and it is not dated by the day the lead's sentences name (:func:`lead_day` reads the lead after it)."""
    if len(sentences) < 3:
        return 0
    words = _WORD.findall(sentences[0])
    long = [w for w in words if len(w) >= 4]
    if len(words) > _HEADLINE_WORDS or len(long) < 2:
        return 0
    return int(sum(w[0].isupper() for w in long) >= _HEADLINE_CAPITALS * len(long))


def lead_day(coded: Sequence[Sequence[Event]], sentences: Sequence[str], day: dt.date | None, *,
             headline: bool = False) -> list[Event]:
    """The events of a story's lead (its first sentence), dated by the sentences after it: a lead told with no time
    phrase ("The governments of Chile and Peru established diplomatic ties.") whose first sentence naming a time
    (at most :data:`LEAD_SENTENCES` after it) names one day, at most :data:`LEAD_REACH` days before the article's
    date, with no country the lead does not name in it or in the sentences between ("A joint communique ... was
    made public in Lima on Nov. 16."), tells the lead's acts of that day: news told first and dated after. A lead
    in the present perfect ("have established ties") is news of the article's day; acts that did not happen, and
    acts the lead dates otherwise, keep their dates. A ``headline`` whose doer opens the sentence after it before that
    sentence's day ("India Censures Israeli Settlements." then "India said on Wednesday that ... Palestinian
    territory") is that sentence's act told short: the countries its told content names do not keep the day off."""
    lead = list(coded[0]) if coded else []
    if day is None or len(coded) < 2 or len(sentences) < 2 or not lead:
        return lead
    perfect = _PERFECT.search(sentences[0])
    if perfect is not None:  # "Trump has praised his meeting with Kim": the news of the article's day ...
        told = _retold_day(sentences, perfect.group(0).split()[-1].lower(), day)
        if told is None:
            return lead
        # ... unless a sentence after it tells the same act again with its day ("Peru has rejected the report.
        # ... The cabinet, meeting late Saturday, formally rejected it.")
        return [dataclasses.replace(e, date=told) if e.date == day and e.modality == "occurred" else e for e in lead]
    try:
        if find_when(sentences[0], day):
            return lead
        after = next(((k, found) for k in range(1, min(len(sentences), len(coded), LEAD_SENTENCES + 1))
                      if (found := find_when(sentences[k], day))), None)
    except (ValueError, OverflowError):
        return lead
    if after is None:
        return lead
    k, found = after
    days = {w.day for w in found if w.precision == "day" and w.day is not None}
    if len(days) != 1:
        return lead
    (told,) = days
    if not day - dt.timedelta(days=LEAD_REACH) <= told < day:
        return lead
    named = {c for e in lead for c in (e.source[:3], e.target[:3])}
    opened = headline and k == 1 and _doer_opens(sentences[0], sentences[1], found)
    if not opened and any(c not in named for j in range(1, k + 1) for e in coded[j]
                          for c in (e.source[:3], e.target[:3]) if c != "---"):
        return lead
    return [dataclasses.replace(e, date=told) if e.date == day and e.modality == "occurred" else e for e in lead]


#: how many words may open a sentence before the day of the headline's act ("Pakistani President Asif Ali Zardari on
#: July 29 praised ...")
_DOER_WORDS = 10


def _doer_opens(headline: str, sentence: str, found: Sequence[When]) -> bool:
    """Whether the first word of ``headline`` (its doer, capitalized) stands among the few words that open
    ``sentence`` before its first time phrase (:func:`_one_name`), with no "that" or quotation between (the doer's
    own clause)."""
    first = _WORD.match(headline.lstrip())
    if first is None or not first.group(0)[:1].isupper():
        return False
    opening = sentence[:min(w.at[0] for w in found)]
    words = _WORD.findall(opening)
    return (len(words) <= _DOER_WORDS and any(_one_name(first.group(0), w) for w in words) and "that" not in words
            and not any(q in opening for q in '"\u201c'))


def _one_name(name: str, word: str) -> bool:
    """Whether ``word`` names what ``name`` does: the same word, or a country's name and its adjective either way
    round ("Sudan" and "Sudanese", "Russian" and "Russia's", "Thai" and "Thailand"): one of four letters or more begins
    the other, or does short of its last letter when four letters remain ("Chinese" with "Chin" of "China"); "The"
    is not "These"."""
    if word == name:
        return True
    short, long = sorted((name, word), key=len)
    return len(short) >= 4 and (long.startswith(short) or (len(short) >= 5 and long.startswith(short[:-1])))


def date_leads(coded: list[list[Event]], sentences: Sequence[str], day: dt.date | None) -> None:
    """Date a story's lead by :func:`lead_day`, in place. After a headline (:func:`lead_index`) the lead is the
    sentence after it. An act the headline tells with no day of its own ("Peru Protests Chilean Raids.") is the
    act of the same two countries and root that the story's first sentences tell, on that act's day; one they do
    not tell with both its countries is dated as a lead is, by the one day the sentences after it name."""
    lead = lead_index(sentences)
    if len(coded) > lead + 1 and coded[lead]:
        coded[lead] = lead_day(coded[lead:], sentences[lead:], day)
    if lead and coded[0] and day is not None:
        told: dict[tuple[str, str, str | None], dt.date] = {}  # each act's first day in the first sentences
        for e in (e for found in coded[1:LEAD_SENTENCES + 1] for e in found):
            if e.modality == "occurred" and e.date != UNDATED:
                told.setdefault((e.source[:3], e.target[:3], e.root), e.date)
        # else as a lead: by the one day the sentences after it name
        dated = lead_day(coded, sentences, day, headline=True)
        coded[0] = [dataclasses.replace(e, date=told[key]) if e.date == day and e.modality == "occurred"
                    and (key := (e.source[:3], e.target[:3], e.root)) in told else other
                    for e, other in zip(coded[0], dated, strict=True)]


#: the nouns of a meeting whose day the article may give once and name again without it
_MEETING_NOUNS = frozenset(["talks", "negotiations", "discussions", "consultations", "summit", "meeting", "round"])
#: words before a meeting noun that make it another meeting than the one the article dates ("the previous talks",
#: "new negotiations", "the next round")
_OTHER_MEETING = frozenset(["previous", "earlier", "past", "prior", "former", "next", "future", "upcoming", "new",
                            "further", "fresh", "last", "first", "second", "more", "regular", "annual",
                            "any", "two", "three", "several", "many", "proposed", "planned", "possible"])
#: words that put a meeting noun in a scene: acts told "during the talks", "at the summit"
_SCENE_WORDS = frozenset(["during", "at", "in", "after", "following", "throughout", "from"])
#: how many days before the article's date the one meeting it dates may lie
MEETING_REACH = 62


def _meeting_nouns(low: Sequence[str]) -> list[int]:
    """The meeting nouns of a sentence that may be the article's dated meeting: not told as another ("the
    previous talks", "the next round"), not a verb ("talks to", "will meet")."""
    out = []
    for q, word in enumerate(low):
        if word not in _MEETING_NOUNS or (word == "round" and "of" not in low[q + 1:q + 2]):
            continue
        if not _OTHER_MEETING.isdisjoint(low[max(0, q - 4):q]):
            continue
        out.append(q)
    return out


def meeting_day(coded: Sequence[Sequence[Event]], sentences: Sequence[str], day: dt.date | None) -> list[list[Event]]:
    """The events of a text whose meeting the text dates in another sentence: when the text gives the day of one
    meeting only, before its own date (a meeting noun with its day, "the February 23-24 discussions", "Tuesday's
    summit", or a meeting told with a phrase naming its day, "the delegations met in Geneva on March 3"), an act
    told in a sentence with no time phrase as that meeting ("following a second round of talks", "the talks
    covered trade") or in its scene ("During the talks, Peru reaffirmed ...") is of that day, not undated nor of
    the article's day. A sentence about the future, or a meeting told as another ("the previous talks", "the
    next round"), keeps its date."""
    out = [list(found) for found in coded]
    if day is None or not any(out):
        return out
    todo = [k for k, found in enumerate(out[:len(sentences)])
            if any(e.date in (day, UNDATED) and e.modality == "occurred" for e in found)
            and _MEETING_WORD.search(sentences[k]) and not _FUTURE_WORDS.search(sentences[k])]
    if not todo:  # most texts: no act of a meeting left undated or on the article's day
        return out
    meets = [bool(_MEETING_WORD.search(sentence)) for sentence in sentences]
    days: set[dt.date] = set()
    lows: dict[int, list[str]] = {}
    phrased: set[int] = set()
    for k, sentence in enumerate(sentences):
        dated = k < len(out) and any(e.root == "04" and e.date not in (day, UNDATED) and e.modality == "occurred"
                                     for e in out[k])
        if not (meets[k] or dated):
            continue
        tokens = tokenize(sentence)
        low = lows[k] = [t.lower() for t in tokens]
        placed = place_when(sentence, tokens, day) if _NAMES_TIME.search(sentence) else []
        if placed:
            phrased.add(k)
        for p in placed:
            if p.when.precision != "day" or p.when.day is None:
                continue
            if p.noun and (set(low[p.last:p.last + 3]) & _MEETING_NOUNS
                           or (low[p.last:p.last + 1] == ["'s"] and set(low[p.last + 1:p.last + 4]) & _MEETING_NOUNS)):
                days.add(p.when.day)  # "the February 23-24 discussions", "Tuesday's summit"
        if dated and placed:
            days.update(e.date for e in out[k] if e.root == "04" and e.date not in (day, UNDATED)
                        and e.modality == "occurred")
    if len(days) != 1:
        return out
    (met,) = days
    if not day - dt.timedelta(days=MEETING_REACH) <= met < day:
        return out
    for k in todo:
        nouns = _meeting_nouns(lows[k])
        if k in phrased or not nouns:
            continue
        scene = any(q >= 2 and lows[k][q - 2] in _SCENE_WORDS and lows[k][q - 1] in ("the", "these", "those")
                    for q in nouns)
        out[k] = [dataclasses.replace(e, date=met)
                  if e.date in (day, UNDATED) and e.modality == "occurred" and (e.root == "04" or scene) else e
                  for e in out[k]]
    return out


#: a meeting noun in a sentence (a cheap test before the sentence is read)
_MEETING_WORD = re.compile(r"\b(?:talks|negotiations|discussions|consultations|summit|meeting|round)\b", re.I)
#: words of the future: a meeting yet to come is not the one the text dates
_FUTURE_WORDS = re.compile(r"\b(?:will|shall|would|'ll|going\s+to|plans?\s+to|expected\s+to|set\s+to|next)\b", re.I)
