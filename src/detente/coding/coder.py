"""The event coder: sentences in, who-did-what-to-whom :class:`~detente.model.Event` records out.

A sentence takes the coder's path one step a module: its actors (:mod:`~detente.coding.mentions`), its verbs and
their phrase patterns (:mod:`~detente.coding.verbs`), who did it to whom (:mod:`~detente.coding.roles`), then in
:mod:`~detente.coding._finish` each event gets a modality (occurred, intended, hypothetical, negated), a date
resolved from the sentence, the CAMEO root, QuadClass, Goldstein and PLOVER from :mod:`detente.reference`, and a
track. Here the sentences of a text are prepared (tokens, actors, references resolved) and parsed in one batch.

>>> import datetime as dt
>>> coder = Coder()
>>> [(e.source, e.target, e.code, e.modality) for e in coder.code_sentence(
...     "U.S. and North Korean officials discussed the summit in Hanoi.", date=dt.date(2019, 2, 20))]
[('USAGOV', 'PRKGOV', '040', 'occurred'), ('PRKGOV', 'USAGOV', '040', 'occurred')]
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from detente.coding._adjunct_meetings import adjunct_meeting
from detente.coding._body_seats import seats_met_at
from detente.coding._calls import CALL_FORMS, telephoned
from detente.coding._carried_notes import DELIVERING, carried_note
from detente.coding._commentary_day import dated_commentary, paper_voiced
from detente.coding._dated_force import dated_forces
from detente.coding._dated_meetings import dated_meetings
from detente.coding._dated_texts import TEXT_NOUNS, dated_texts
from detente.coding._delegations import led_bodies
from detente.coding._delivered import delivered_by
from detente.coding._detainees import held_acts
from detente.coding._eased import sanctions_eased
from detente.coding._envoys import SENDING, sent_roles
from detente.coding._finish import CoderOptions, Finisher, Prepared
from detente.coding._hosted_meetings import hosted_meeting
from detente.coding._hyphen_parties import hyphen_mentions, led_ahead
from detente.coding._noun_surnames import noun_surnames
from detente.coding._one_event import (
    UNDATED,
    reported_act,
    track_for,
)
from detente.coding._own_context import own_context
from detente.coding._own_voice import own_demands
from detente.coding._owned_force import owned_force
from detente.coding._sentence_case import headline_pasts, parse_views
from detente.coding._text import split_sentences, tokenize
from detente.coding._titled import titled_people
from detente.coding._told_year import sentence_days
from detente.coding._words import (
    REPORT_CODES,
)
from detente.coding.answers import (
    noun_doers,
)
from detente.coding.coref import Discourse
from detente.coding.dates import DAY_PARTS
from detente.coding.exchange import exchange_targets, parties_named
from detente.coding.issuer import OfficeHolders, dateline_home, text_voice
from detente.coding.lexicon import Lexicon, builtin_lexicon
from detente.coding.mentions import ActorFinder, Mention, shouted
from detente.coding.narrative import (
    Narrative,
    date_leads,
    meeting_day,
    story_day,
    told_days,
)
from detente.coding.roles import RoleFinder
from detente.coding.syntax import Parse, Parser, default_parser
from detente.coding.timeline import timeline_dates
from detente.coding.verbs import VerbFinder
from detente.model import Event
from detente.reference import ReferenceTables, reference_tables

__all__ = ["UNDATED", "Coder", "CoderOptions", "Mention", "reported_act", "track_for"]

log = logging.getLogger(__name__)


#: words of a phrase that dates a sentence by the one before ("the same day", "the next day", "a day later")
_CONTEXT_WORDS = frozenset(["same", "next", "following", "previous", "preceding", "that", "before", "after",
                            "later", "earlier"])
#: ... and the times they count ("two days later", "a week earlier", "the next morning")
_CONTEXT_UNITS = frozenset(["day", "days", "week", "weeks", "month", "months"]) | DAY_PARTS


#: how many sentences back "the attack" may refer
_RECALLED = 3
#: how many of the lines removed above a story are read for its issuer
_HEADER_LINES = 8


#: a sentence's tokens, lower-cased words, mentions and the positions the mentions cover (:meth:`Coder._scan`)
_Scan = tuple[list[str], list[str], list[Mention], set[int]]


def _once(call: Callable[[], Event | None]) -> Callable[[], Event | None]:
    """``call``, run on the first call only, its result kept (as ``functools.cache`` keeps it, without the cost of
    making a cache for each sentence)."""
    kept: list[Event | None] = []

    def once() -> Event | None:
        if not kept:
            kept.append(call())
        return kept[0]
    return once


class Coder(Finisher):
    """Codes English text into events with one :class:`Lexicon` (the shipped one by default)."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        *,
        options: CoderOptions | None = None,
        tables: ReferenceTables | None = None,
        parser: Parser | None = None,
    ) -> None:
        self.lexicon = lexicon or builtin_lexicon()
        self.options = options or CoderOptions()
        self.tables = tables or reference_tables()
        self.actors = ActorFinder(self.lexicon)
        self.roles = RoleFinder(self.lexicon)
        self.verb_finder = VerbFinder(self.lexicon, self.roles)
        #: countries named by a direction ("the North" of a story on Korea; see coding.coref)
        self.halves = self.actors.halves()
        #: who held a state's office on a day ("the President" of a White House release)
        self.holders = OfficeHolders(self.lexicon)
        #: the dependency parser (None: word order only; PETRARCH dictionaries are read as PETRARCH reads them)
        self.parser: Parser | None = None
        #: the past of each verb's present in "-s", for a title-case headline's parse (coding._sentence_case)
        self.pasts = headline_pasts(self.lexicon.verbs)
        if self.options.syntax and not self.lexicon.petrarch:
            self.parser = parser or default_parser()

    # -- public ------------------------------------------------------------------------------------------------

    def code_text(
        self,
        text: str,
        *,
        date: dt.date | None = None,
        url: str | None = None,
        doc_id: str | None = None,
    ) -> list[Event]:
        """Every event in ``text`` (split into sentences)."""
        return self.code_batch([(text, date, url, doc_id)])[0]

    def code_batch(self, texts: Sequence[tuple[str, dt.date | None, str | None, str | None]]) -> list[list[Event]]:
        """The events of each ``(text, date, url, doc_id)``. The sentences that can hold an event (an actor and a
        verb of the lexicon) are parsed together, in one batch for all the texts."""
        split = [split_sentences(text) for text, *_ in texts]
        coded = iter(self._code_split(split, [(day, url, doc_id) for _, day, url, doc_id in texts], per_sentence=True))
        # a chronology's entries dated by their own dates, as read_article_events dates them
        return [[e for found in timeline_dates([next(coded) for _ in sentences], sentences, text, day) for e in found]
                for (text, day, *_), sentences in zip(texts, split, strict=True)]

    def code_many(
        self,
        sentences: Sequence[str],
        *,
        date: dt.date | None = None,
        url: str | None = None,
        doc_id: str | None = None,
        title: str | None = None,
        header: Sequence[str] = (),
    ) -> list[list[Event]]:
        """The events of each sentence of one text (numbered from 0), the sentences parsed in one batch. The
        ``title`` and the ``header`` lines (those the intake removed above the story) are not coded; they may
        name who speaks in the text ("Statement by ...", "THE WHITE HOUSE": :mod:`~detente.coding.issuer`)."""
        events = self._code_split([list(sentences)], [(date, url, doc_id)], per_sentence=True, titles=[title],
                                  headers=[header])
        return [list(found) for found in events]

    def _code_split(
        self,
        split: Sequence[Sequence[str]],
        meta: Sequence[tuple[dt.date | None, str | None, str | None]],
        *,
        per_sentence: bool = False,
        titles: Sequence[str | None] | None = None,
        headers: Sequence[Sequence[str]] | None = None,
    ) -> list[Any]:
        heads = titles if titles is not None else [None] * len(split)
        lines = headers if headers is not None else [()] * len(split)
        stories = [Narrative(sentences, day, title, header) for sentences, (day, _, _), title, header
                   in zip(split, meta, heads, lines, strict=True)]
        prepared = [self._prepare_text(sentences, day, title, story, header)
                    for sentences, (day, _, _), title, story, header in zip(split, meta, heads, stories, lines,
                                                                            strict=True)]
        todo = [(i, k) for i, doc in enumerate(prepared) for k, p in enumerate(doc)
                if p is not None and self._needs_parse(p)]
        parses: dict[tuple[int, int], Parse] = {}
        if self.parser is not None and todo:
            found = self._parse_many([p for i, k in todo if (p := prepared[i][k]) is not None])
            parses = dict(zip(todo, found, strict=True))
        out: list[Any] = []
        for i, (sentences, (day, url, doc_id)) in enumerate(zip(split, meta, strict=True)):
            coded: list[list[Event]] = []
            story = stories[i]
            for k, (s, p) in enumerate(zip(sentences, prepared[i], strict=True)):
                coded.append(self._finish(
                    p, parses.get((i, k)), s, date=day, url=url, doc_id=doc_id, number=k, narrative=story,
                    context=own_context(s, sentences[:k], day, year=story.year(k)) if self._needs_context(p) else None,
                    recent=[e for found in coded[-_RECALLED:] for e in found], earlier=coded,
                    told=_once(functools.partial(story_day, coded, sentences, k, day, story)))
                    if p is not None else [])
            head = coded[0] if coded else []
            date_leads(coded, sentences, day)  # "... established ties. A communique ... on Nov. 16.", a headline
            if (paper := dated_commentary(head, sentences, day)) is not None:  # "Rodong Sinmun Slams ..."
                coded[0] = paper
            if (voiced := paper_voiced(coded[0] if coded else [], sentences)) is not None:  # "... Assailed"
                coded[0] = voiced
            if not self.lexicon.petrarch:  # "called for a halt to the fighting": to both sides of it
                coded = noun_doers(coded, [(p.low, p.mentions) if p is not None else None for p in prepared[i]])
                coded = own_demands(coded, [p.low if p is not None else None for p in prepared[i]],  # "X must"
                                    [p.mentions if p is not None else None for p in prepared[i]],
                                    sentences=sentences, day=day, scan=self._scanned(day))
                # "demand the release of three other Americans": of the state holding them
                coded = held_acts(coded, [(p.low, p.mentions) if p is not None else None for p in prepared[i]])
                named = [parties_named(m.code for m in p.mentions if m.has_country) if p is not None else set()
                         for p in prepared[i]]
                coded = exchange_targets(coded, named)
                coded = sanctions_eased(coded, named)  # "imposed sanctions on India ... lifted the sanctions"
                coded = meeting_day(coded, sentences, day)  # "the February 23-24 discussions ... the talks"
            if per_sentence:
                out.extend(coded)
            else:
                out.append([e for found in coded for e in found])
        return out

    def _scanned(self, date: dt.date | None) -> Callable[[str], _Scan | None]:
        """:meth:`_scan` on ``date``, each sentence read once: the text's passes read its unread lines again (a
        charge, a commentary's start, its judgments), and the reading depends on the sentence and the date alone.
        The lines read are kept for one text, by the function returned."""
        read: dict[str, _Scan | None] = {}

        def scan(sentence: str) -> _Scan | None:
            if sentence not in read:
                read[sentence] = self._scan(sentence, date)
            return read[sentence]
        return scan

    def _parse_many(self, prepared: Sequence[Prepared]) -> list[Parse]:
        """The parses of prepared sentences; a title-case headline's read in sentence case, its words mapped back
        one to one (:mod:`~detente.coding._sentence_case`)."""
        assert self.parser is not None
        return parse_views(self.parser.parse_many,
                           [(p.tokens, {q for m in p.mentions for q in range(m.start, m.end)}) for p in prepared],
                           self.lexicon.verbs, self.pasts)

    @staticmethod
    def _needs_context(prepared: Prepared) -> bool:
        """Whether the sentence may tell its day from the sentence before ("The same day, ...")."""
        return not _CONTEXT_UNITS.isdisjoint(prepared.low) and not _CONTEXT_WORDS.isdisjoint(prepared.low)

    def _needs_parse(self, prepared: Prepared) -> bool:
        """Whether the parse can change the sentence's events: two actors to tell apart, or a verb that may be
        no act (a noun, a gerund, what an accusation or denial says)."""
        if sum(1 for m in prepared.mentions if m.has_country) >= self.options.parse_actors:
            return True
        return len(prepared.candidates) > 1

    def code_sentence(
        self,
        sentence: str,
        *,
        date: dt.date | None = None,
        url: str | None = None,
        doc_id: str | None = None,
        number: int | None = None,
    ) -> list[Event]:
        """The events of one sentence, in the order their verbs appear."""
        prepared = self._prepare_text([sentence], date)[0]
        if prepared is None:
            return []
        parse = None
        if self.parser is not None and self._needs_parse(prepared):
            parse = self._parse_many([prepared])[0]
        return self._finish(prepared, parse, sentence, date=date, url=url, doc_id=doc_id, number=number)

    def _prepare_text(self, sentences: Sequence[str], date: dt.date | None, title: str | None = None,
                      story: Narrative | None = None, header: Sequence[str] = ()) -> list[Prepared | None]:
        """Each sentence of one text prepared, its references ("he", "we", "the two leaders") resolved against
        the sentences before it (:mod:`~detente.coding.coref`; PETRARCH dictionaries: each sentence alone). In a
        narrative of the past (``story``) the people a sentence names hold their offices in the year it tells of
        ("Kennedy", "the Secretary of State" in a 2025 essay on 1962), not on the day the text was published."""
        if self.lexicon.petrarch:
            return [self._prepare(s, date) for s in sentences]
        days = sentence_days(sentences, told_days(sentences, date, story), date)  # "met Deng in May 1982"
        scans = [self._scan(s, day) for s, day in zip(sentences, days, strict=True)]
        heading = self._scan(title, date) if title else None
        titled_people(scans, heading)  # "Foreign Minister Hakan Fidan ...": a country from the article
        lines = [scan[1:3] for scan in (self._scan(line, date) for line in header[:_HEADER_LINES]) if scan]
        voice, issuer = text_voice(lines, heading[1:3] if heading is not None else None,
                                   [scan[1:3] for scan in scans if scan is not None], self.lexicon.verbs)
        holders = self.holders
        doc = Discourse(voice, self.halves, issuer=issuer, home=dateline_home(lines),
                        holder=lambda country, office: holders.holder(country, office, date))
        doc.expect([scan[:3] for scan in scans if scan is not None])
        for low, mentions in lines:
            doc.name_bodies(low, mentions)  # a release's "Security Council" line above its title
        if heading is not None:
            doc.heading(heading[0], heading[2])
        out: list[Prepared | None] = []
        for scan in scans:
            if scan is None:
                out.append(None)
                continue
            tokens, low, mentions, covered = scan
            out.append(self._prepare(tokens, date, found=(low, doc.sentence(tokens, mentions, low=low), covered)))
        return out

    def _scan(self, sentence: str, date: dt.date | None) -> _Scan | None:
        tokens = tokenize(sentence)
        if not self.lexicon.petrarch and shouted(tokens):
            tokens = self.actors.recase(tokens)  # "THE CLINTON ADMINISTRATION IS CALLING ON INDIA"
        low = [t.lower() for t in tokens]
        split = self.actors.split_pairs(tokens, low)
        if split is not tokens:
            tokens, low = split, [t.lower() for t in split]
        if not tokens or len(tokens) > self.options.max_sentence_tokens:
            return None
        if self.lexicon.discards and self.actors.discarded(low):
            return None
        mentions, covered = self.actors.find(tokens, low, date)
        if not self.lexicon.petrarch:
            mentions = noun_surnames(tokens, low, mentions)  # "Japan's Fishing Ban": no Ban Ki-moon
            mentions = led_bodies(low, mentions)  # "a delegation led by Wang Yi": China's
            if not DELIVERING.isdisjoint(low):
                mentions = delivered_by(low, mentions)  # "The President's letter, delivered by Ambassador X,"
            if not SENDING.isdisjoint(low):
                mentions = sent_roles(low, mentions)  # "The United States sent an envoy to meet ...": its envoy
            # "the Saudi-led coalition", "EU-facilitated talks": the actor inside the word, and the body it leads
            mentions = led_ahead(low, hyphen_mentions(tokens, low, mentions, lambda words: self.actors.find(
                words, [w.lower() for w in words], date)[0]))
            mentions = seats_met_at(low, mentions)  # "held talks at the UNIFIL headquarters": a place
        return tokens, low, mentions, covered

    def _prepare(self, sentence: str | list[str], date: dt.date | None = None, *,
                 found: tuple[list[str], list[Mention], set[int]] | None = None) -> Prepared | None:
        """Tokens, actors and verbs of a sentence that can hold an event (``None`` for one that cannot)."""
        tokens = tokenize(sentence) if isinstance(sentence, str) else sentence
        if not tokens or len(tokens) > self.options.max_sentence_tokens:
            return None
        low = found[0] if found is not None else [t.lower() for t in tokens]
        verbs = self.lexicon.verbs
        # "China's drills pose a threat to the region, according to Taiwan": a judgment with no verb the lexicon
        # reads, made the teller's act by coding._according
        told = not self.lexicon.petrarch and "according" in low
        texts = not self.lexicon.petrarch and not TEXT_NOUNS.isdisjoint(low)  # "the deal between A and B in May"
        if verbs.keys().isdisjoint(low) and not told and not texts:
            return None
        if found is None and self.lexicon.discards and self.actors.discarded(low):
            return None
        if self.lexicon.petrarch and sum(1 for t in tokens if t.isalpha() and t.isupper()) > len(tokens) // 2:
            return None  # headline or all-caps line
        mentions, covered = found[1:] if found is not None else self.actors.find(tokens, low, date)
        if self.options.min_actors > sum(1 for m in mentions if m.has_country):
            return None  # too few known actors for any event to be kept
        words = [w for w in self.verb_finder.find(tokens, low, covered, mentions)
                 if not (w.code == "041" and not w.used and low[w.verb] in CALL_FORMS
                         and not telephoned(w, tokens, low, mentions))  # "called Peru a threat": no call
                 and not (w.code == "084" and not w.used and low[w.verb].startswith("return")
                          and low[w.verb + 1:w.verb + 2] == ["to"])  # "returned to Tehran": no return of persons
                 and not (low[w.verb] in DELIVERING and carried_note(low, w.verb))]  # "the letter, delivered by"
        if texts:
            words = sorted([*words, *dated_texts(low, words, mentions)], key=lambda c: c.verb)
        if not words and not told:
            return None
        candidates = words
        # the nouns of meetings dated as acts of their own, read once for this filter and the Finisher's (the same
        # set over the kept candidates: every act is kept, and so is every noun in the set)
        dated = frozenset() if self.lexicon.petrarch else (dated_meetings(low, candidates, mentions)
                                                                  | dated_forces(low, candidates, mentions))
        if self.lexicon.petrarch or any(not c.nominal and c.code not in REPORT_CODES for c in candidates):
            # "urged China to do more during his visit to Beijing": the visit is an act of its own
            # "Macron's talks with Putin last week failed ...": a past meeting of its own time; "a day after
            # India's air strike on Tuesday": a past attack of its own time (_dated_force)
            candidates = [c for c in candidates if not c.nominal or c.verb in dated
                          or adjunct_meeting(low, c.verb, c.code, mentions)
                          or (not self.lexicon.petrarch and (owned_force(low, c, mentions)  # "Russia's attack
                                                             or hosted_meeting(low, c.verb, c.code)))]
        return Prepared(tokens, low, mentions, candidates, words, dated)

    def code_sentences(self, sentences: Iterable[str], *, date: dt.date | None = None) -> Iterator[Event]:
        for number, sentence in enumerate(sentences):
            yield from self.code_sentence(sentence, date=date, number=number)

    def main_event(self, events: Sequence[Event]) -> Event | None:
        """The event that stands for the sentence: the first that is not a mere report or a negation."""
        if not events:
            return None
        ranked = sorted(
            enumerate(events),
            key=lambda ie: (ie[1].code in REPORT_CODES,
                            ie[1].modality == "negated" and ie[1].code[:2] not in ("12",), ie[0]),
        )
        return ranked[0][1]
