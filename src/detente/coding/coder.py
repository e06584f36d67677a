"""The event coder: sentences in, who-did-what-to-whom :class:`~detente.model.Event` records out.

It reads raw text, without a parser: one pass finds actor phrases (countries, capitals used for governments,
organisations, people valid on the sentence's date) and the roles next to them ("North Korean officials" ->
``PRKGOV``); a second pass finds verbs and verb phrases from the lexicon and codes the longest pattern that
matches. The source is the subject of the verb's clause (the first actor not governed by a preposition, or the
agent of a passive), the target the first actor after the verb. Each event gets a modality (occurred,
intended, hypothetical, negated), a date resolved from the sentence, the CAMEO root, QuadClass, Goldstein and
PLOVER from :mod:`detente.reference`, and a track.

>>> import datetime as dt
>>> coder = Coder()
>>> [(e.source, e.target, e.code, e.modality) for e in coder.code_sentence(
...     "U.S. and North Korean officials discussed the summit in Hanoi.", date=dt.date(2019, 2, 20))]
[('USAGOV', 'PRKGOV', '040', 'occurred'), ('PRKGOV', 'USAGOV', '040', 'occurred')]
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from detente.coding._text import split_sentences, tokenize
from detente.coding.dates import resolve_date
from detente.coding.lexicon import (
    GAP,
    ActorEntry,
    ActorSense,
    Lexicon,
    Pattern,
    Slot,
    VerbEntry,
    builtin_lexicon,
)
from detente.model import Event
from detente.reference import ReferenceTables, reference_tables

__all__ = ["UNDATED", "Coder", "CoderOptions", "Mention", "track_for"]

log = logging.getLogger(__name__)

#: the date of an event whose text carries none (and whose article has none): shown as null in JSON
UNDATED = dt.date.min

_PREPOSITIONS = frozenset(
    [
        "of", "in", "at", "on", "by", "with", "to", "from", "against", "for", "into", "over", "under",
        "about", "between", "among", "near", "toward", "towards", "across", "through", "after", "before",
        "during", "without", "within", "upon", "via", "including", "like", "than",
    ]
)
_DETERMINERS = frozenset([
    "a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "our", "any",
    "another", "each", "every",
])
_BOUNDARIES = frozenset(";:")
_CLAUSE_WORDS = frozenset([
    "that", "which", "who", "whom", "whose", "while", "whereas", "although", "though", "because", "since",
])
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"])
#: words that end the reach of a negation or modal before a verb ("did not criticize X but praised Y")
_CONTRAST_WORDS = frozenset(["but", "yet", "instead"])
_REPORTING = frozenset([
    "said", "says", "say", "told", "tells", "reported", "reports", "according", "added", "adds", "noted",
])
_SAY = frozenset([
    "say", "says", "said", "saying", "add", "adds", "added", "adding", "note", "notes", "noted", "report",
    "reports", "reported", "claim", "claims", "claimed", "state", "states", "stated",
])
_CONNECTORS = frozenset({"and", ",", "&", "as", "well", "both"})
_MODIFIERS = frozenset(
    [
        "'s", "new", "former", "top", "senior", "chief", "acting", "deputy", "then", "own", "first",
        "current", "late", "outgoing", "incoming", "the", "two",
    ]
)
_BE = frozenset(["be", "is", "are", "was", "were", "been", "being", "am"])
_AUX = frozenset([
    "has", "have", "had", "will", "would", "is", "are", "was", "were", "also", "has", "did", "does", "do",
    "could", "should", "may", "might", "must", "can", "'ll", "then", "now", "again", "officially",
])
_NEGATORS = frozenset(["not", "never", "no", "neither", "nor", "without"])
_NEGATING_VERBS = frozenset(
    [
        "refused", "refuses", "refuse", "declined", "declines", "decline", "failed", "fails", "fail",
        "rejected", "rejects", "denied", "denies",
    ]
)
_HYPOTHETICAL = frozenset(["if", "could", "might", "may", "unless", "whether", "should"])
_FUTURE = frozenset(["will", "would", "shall", "'ll", "going"])
_INTENT_BEFORE_TO = frozenset(
    [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "agree", "agrees",
        "agreed", "promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows",
        "vowed", "want", "wants", "wanted", "seek", "seeks", "sought", "expected", "scheduled", "set",
        "due", "ready", "willing", "prepared", "going", "about", "sworn", "swore", "swear", "vow",
        "vowing", "hope", "hopes", "hoped", "aim", "aims", "aimed", "offer", "offers", "offered",
        "likely", "poised", "preparing", "prepare", "prepares", "able", "eager",
    ]
)
_INTENT_WORDS = frozenset(
    [
        "upcoming", "forthcoming", "planned", "proposed", "prospective", "possible", "potential",
        "expected", "next", "future", "away", "ahead", "preparation", "preparations", "prepare",
        "preparing",
    ]
)
_LIGHT = frozenset(
    [
        "make", "makes", "made", "making", "issue", "issues", "issued", "renew", "renews", "renewed",
        "launch", "launches", "launched", "give", "gives", "gave", "given", "send", "sends", "sent",
        "take", "takes", "took", "taken", "continue", "continues", "continued", "begin", "begins", "began",
        "begun", "hold", "holds", "held", "stage", "stages", "staged", "conduct", "conducts", "conducted",
        "carry", "carries", "carried", "reiterate", "reiterated", "repeat", "repeated", "express",
        "expressed", "voice", "voiced", "lodge", "lodged", "file", "filed", "pay", "paid", "organize",
        "organized", "organise", "organised", "call", "called", "start", "started", "resume", "resumed",
        "announce", "announced", "mount", "mounted", "open", "opened", "complete", "completed", "speed",
        "sped", "speeded",
    ]
)
_DATE_WORDS = frozenset(
    [
        "yesterday", "today", "tomorrow", "week", "month", "year", "weekend", "ago", "away", "later",
        "earlier", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
)
_PLACE_NOUNS = frozenset(
    [
        "summit", "summits", "talks", "meeting", "meetings", "declaration", "agreement", "accord",
        "statement", "conference", "process", "visit", "trip", "negotiations", "deal", "channel", "office",
        "bureau", "correspondent", "time", "-",
    ]
)
_DIGIT = re.compile(r"\d")
_SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
_REPORT_CODES = frozenset({"010"})

_NUCLEAR = frozenset(
    [
        "nuclear", "denuclearization", "denuclearisation", "denuclearize", "denuclearise", "missile",
        "missiles", "icbm", "icbms", "warhead", "warheads", "enrichment", "uranium", "plutonium",
        "reactor", "yongbyon", "punggye-ri", "sohae", "inspectors", "inspection", "inspections",
        "verification", "dismantlement", "dismantle", "dismantling", "cvid", "test-site",
        "nonproliferation", "atomic",
    ]
)


#: the last word of a phrase that names an office rather than a person ("U.S. envoy", "chief negotiator")
_OFFICE_NOUNS = frozenset(["envoy", "negotiator", "president", "secretary", "ambassador", "minister", "premier",
                           "representative", "adviser", "advisor", "leader", "chairman", "spokesman", "spokeswoman"])


def _office_default(entry: ActorEntry) -> ActorSense | None:
    """An office phrase ("the U.S. envoy") on a day no listed person held it: still the government it speaks
    for, when every holder shares one code (a name such as "Trump" out of office gets nothing)."""
    codes = {sense.code for sense in entry.senses}
    if entry.kind == "person" and entry.tokens[-1].lower() in _OFFICE_NOUNS and len(codes) == 1:
        return ActorSense(codes.pop())
    return None


@dataclass(frozen=True, slots=True)
class CoderOptions:
    """How strict the coder is. ``min_actors``: events need this many known actors (0 codes every verb)."""

    min_actors: int = 1
    dataset: str = "detente-coder"
    max_sentence_tokens: int = 200


@dataclass(slots=True)
class Mention:
    """An actor as it stands in a sentence, with its composed code."""

    start: int
    end: int
    code: str
    name: str | None = None
    has_country: bool = True
    role_only: bool = False
    led_by_actor: bool = False


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    entry: ActorEntry | None
    role: str | None = None
    prefix: bool = False


@dataclass(slots=True)
class _Candidate:
    verb: int
    end: int
    code: str
    paired: str | None
    nominal: bool
    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    compound: list[Mention] = field(default_factory=list)
    fixed_source: bool = False
    fixed_target: bool = False
    used: set[int] = field(default_factory=set)


_RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "while", "whereas", "although", "though",
                       "because"})


def _new_clause(between: list[str]) -> bool:
    """"that ...", "in which ...", ", but ...": the words after the verb open another clause."""
    if not _RELATIVE.isdisjoint(between):
        return True
    for k in range(len(between) - 1):
        if between[k] in (",", "and", "but", "while") and between[k + 1] in _CLAUSE_WORDS | {"but"}:
            return True
    return False


def track_for(code: str, quad_class: int | None, tokens: Iterable[str]) -> str:
    """peace / denuclearization / tension / other, from the event's QuadClass and the sentence's words."""
    if code in _REPORT_CODES or quad_class is None:
        return "other"
    nuclear = not _NUCLEAR.isdisjoint(tokens)
    if quad_class in (1, 2):
        return "denuclearization" if nuclear else "peace"
    return "tension"


class Coder:
    """Codes English text into events with one :class:`Lexicon` (the shipped one by default)."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        *,
        options: CoderOptions | None = None,
        tables: ReferenceTables | None = None,
    ) -> None:
        self.lexicon = lexicon or builtin_lexicon()
        self.options = options or CoderOptions()
        self.tables = tables or reference_tables()
        self._heads = frozenset(self.lexicon.actors) | frozenset(self.lexicon.agents)
        self._senses: dict[tuple[int, dt.date | None], ActorSense | None] = {}
        #: words after a role noun that show it is the head of its phrase ("officials said", "troops in")
        self._function = (frozenset(self.lexicon.verbs) | _PREPOSITIONS | _CLAUSE_WORDS | _AUX | _BE | _CONNECTORS
                          | _REPORTING | _NEGATORS | frozenset({"and", "or", "who", "to"}))

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
        events: list[Event] = []
        for number, sentence in enumerate(split_sentences(text)):
            events.extend(self.code_sentence(sentence, date=date, url=url, doc_id=doc_id, number=number))
        return events

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
        tokens = tokenize(sentence)
        if not tokens or len(tokens) > self.options.max_sentence_tokens:
            return []
        low = [t.lower() for t in tokens]
        verbs = self.lexicon.verbs
        if verbs.keys().isdisjoint(low):
            return []
        if self.lexicon.discards and self._discarded(low):
            return []
        if self.lexicon.petrarch and sum(1 for t in tokens if t.isalpha() and t.isupper()) > len(tokens) // 2:
            return []  # headline or all-caps line
        mentions, covered = self._mentions(tokens, low, date)
        if self.options.min_actors > sum(1 for m in mentions if m.has_country):
            return []  # too few known actors for any event to be kept
        candidates = self._verbs(tokens, low, covered, mentions)
        if not candidates:
            return []
        if self.lexicon.petrarch or any(not c.nominal and c.code not in _REPORT_CODES for c in candidates):
            candidates = [c for c in candidates if not c.nominal]
        day = date
        if not _DATE_WORDS.isdisjoint(low) or ("-" in sentence and _DIGIT.search(sentence)):
            day = resolve_date(sentence, date) or date
        events: list[Event] = []
        seen: set[tuple[str, str, str]] = set()
        for cand in candidates:
            self._assign(cand, low, mentions)
            modality = self._modality(low, cand.verb, tokens)
            conditional = modality == "intended" and "unless" in low[cand.verb:]
            for source, target, code in self._triples(cand):
                known = sum(1 for m in (source, target) if m is not None and m.has_country)
                if known < self.options.min_actors or (self.lexicon.petrarch and (source is None or target is None)):
                    continue
                code = self._intent_code(code, modality)
                if conditional and self.lexicon.cameo_intent and not code.startswith(("12", "13")):
                    code = "130"  # "will withdraw ... unless ...": a conditional act is a threat
                key = (source.code if source else "---", target.code if target else "---", code)
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(key, source, target, code, modality, sentence, low, day or date,
                                          url, doc_id, number))
        return events

    def code_sentences(self, sentences: Iterable[str], *, date: dt.date | None = None) -> Iterator[Event]:
        for number, sentence in enumerate(sentences):
            yield from self.code_sentence(sentence, date=date, number=number)

    def main_event(self, events: Sequence[Event]) -> Event | None:
        """The event that stands for the sentence: the first that is not a mere report or a negation."""
        if not events:
            return None
        ranked = sorted(
            enumerate(events),
            key=lambda ie: (ie[1].code in _REPORT_CODES,
                            ie[1].modality == "negated" and ie[1].code[:2] not in ("12",), ie[0]),
        )
        return ranked[0][1]

    # -- actors ------------------------------------------------------------------------------------------------

    def _discarded(self, low: list[str]) -> bool:
        n = len(low)
        for phrase in self.lexicon.discards:
            k = len(phrase)
            first = phrase[0]
            for i in range(n - k + 1):
                if low[i] == first and tuple(low[i:i + k]) == phrase:
                    return True
        return False

    def _mentions(
        self, tokens: list[str], low: list[str], day: dt.date | None
    ) -> tuple[list[Mention], set[int]]:
        actors = self.lexicon.actors
        agents = self.lexicon.agents
        raws: list[_Raw] = []
        heads = self._heads
        candidates = [i for i, w in enumerate(low) if w in heads]
        end = 0
        for i in candidates:
            if i < end:
                continue
            word = low[i]
            hit: _Raw | None = None
            first = tokens[i][0]
            cands = actors.get(word)
            if cands is not None:
                capital = first.isupper() or not first.isalpha()
                for entry in cands:
                    if entry.cased and not capital:
                        continue
                    k = len(entry.tokens)
                    if k == 1 or tuple(low[i:i + k]) == entry.tokens:
                        hit = _Raw(i, i + k, entry)
                        break
            roles = agents.get(word)
            if roles is not None:
                for agent in roles:
                    k = len(agent.tokens)
                    if (k == 1 or tuple(low[i:i + k]) == agent.tokens) and (hit is None or k > hit.end - i):
                        hit = _Raw(i, i + k, None, agent.code, agent.prefix)
                        break
            if hit is not None:
                raws.append(hit)
                end = hit.end
        covered: set[int] = set()
        for raw in raws:
            covered.update(range(raw.start, raw.end))
        return self._compose(raws, low, day), covered

    def _compose(self, raws: list[_Raw], low: list[str], day: dt.date | None) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        while i < len(raws):
            group = [raws[i]]
            j = i + 1
            while j < len(raws):
                prev, nxt = group[-1], raws[j]
                between = low[prev.end:nxt.start]
                has_actor = any(r.entry is not None for r in group)
                if all(w in _MODIFIERS for w in between) and len(between) <= 2:
                    if nxt.entry is not None and has_actor and not self._same_actor(group, nxt, day):
                        break
                elif (nxt.entry is not None and not has_actor and 1 <= len(between) <= 2
                      and between[0] in ("of", "from", "in") and all(w in ("the", "of", "from", "in")
                                                                      for w in between)):
                    pass
                else:
                    break
                group.append(nxt)
                j += 1
            mention = self._mention(group, day)
            if mention is not None:
                only_places = all(r.entry is not None and r.entry.kind in ("metonym", "actor") for r in group)
                before = low[group[0].start - 1] if group[0].start > 0 else ""
                after = low[group[-1].end] if group[-1].end < len(low) else ""
                metonym = all(r.entry is not None and r.entry.kind == "metonym" for r in group)
                if (metonym and (before == "in" or (after in _PLACE_NOUNS and before != "'s"))) or (
                    only_places and after in _PLACE_NOUNS and before in ("the", "a", "an")
                ):
                    i = j
                    continue  # "in Hanoi", "the Singapore summit": a place, not the government
                mention.role_only = group[0].entry is None and mention.code.startswith("---")
                if mention.role_only and not self.lexicon.petrarch and after.isalpha() and after not in self._function:
                    i = j
                    continue  # "military exercises": the role word modifies a noun
                mention.led_by_actor = group[0].entry is not None and len(group) > 1
                mentions.append(mention)
            i = j
        self._share_roles(mentions, low)
        return mentions

    @staticmethod
    def _share_roles(mentions: list[Mention], low: list[str]) -> None:
        """"U.S. and North Korean officials": both are officials; "Danish media and government": both Danish."""
        for a, b in itertools.pairwise(mentions):
            if low[a.end:b.start] != ["and"]:
                continue
            if a.has_country and len(a.code) == 3 and b.led_by_actor and len(b.code) > 3 and b.has_country:
                a.code += b.code[3:]
            elif b.role_only and a.has_country:
                b.code = a.code[:3] + b.code[3:]
                b.has_country = True

    @staticmethod
    def _same_actor(group: list[_Raw], nxt: _Raw, day: dt.date | None) -> bool:
        """A person after their country ("Bree Prime Minister Romendacil") continues the same actor."""
        assert nxt.entry is not None
        sense = nxt.entry.sense_on(day)
        if sense is None:
            return False
        for raw in group:
            if raw.entry is not None:
                other = raw.entry.sense_on(day)
                if other is not None and other.code[:3] == sense.code[:3]:
                    return True
        return False

    def _sense(self, entry: ActorEntry, day: dt.date | None) -> ActorSense | None:
        if len(entry.senses) == 1 and entry.senses[0].start is None and entry.senses[0].end is None:
            return entry.senses[0]
        key = (id(entry), day)
        if key not in self._senses:
            if len(self._senses) > 100_000:
                self._senses.clear()
            self._senses[key] = entry.sense_on(day)
        return self._senses[key]

    def _mention(self, group: list[_Raw], day: dt.date | None) -> Mention | None:
        base: str | None = None
        name: str | None = None
        prefixes: list[str] = []
        suffixes: list[str] = []
        for raw in group:
            if raw.entry is not None:
                sense = self._sense(raw.entry, day) or _office_default(raw.entry)
                if sense is None:
                    continue
                if base is None or (len(sense.code) > len(base) and sense.code.startswith(base)):
                    base = sense.code
                    name = sense.name or name
            elif raw.role:
                (prefixes if raw.prefix else suffixes).append(raw.role)
        if base is None and not prefixes and not suffixes:
            return None
        has_country = base is not None and base != "---"
        code = base or "---"
        for role in suffixes:
            if not code.endswith(role) and role not in code[3:]:
                code += role
        code = "".join(p for p in prefixes if p not in code) + code
        return Mention(group[0].start, group[-1].end, code, name, has_country)

    # -- verbs -------------------------------------------------------------------------------------------------

    def _verbs(
        self, tokens: list[str], low: list[str], covered: set[int], mentions: list[Mention]
    ) -> list[_Candidate]:
        verbs = self.lexicon.verbs
        out: list[_Candidate] = []
        consumed: set[int] = set()
        starts = {m.start: m for m in mentions}
        ends = {m.end: m for m in mentions}
        title_case: bool | None = None
        for i in [i for i, w in enumerate(low) if w in verbs]:
            word = low[i]
            entries = verbs[word]
            if i in covered or i in consumed:
                continue
            if i > 0 and tokens[i][0].isupper() and title_case is None:
                words = [t for t in tokens if t.isalpha()]
                title_case = len(words) >= 3 and sum(1 for t in words if t[0].isupper()) >= 0.6 * len(words)
            if i > 0 and tokens[i][0].isupper() and not tokens[i].isupper() and not title_case:
                continue  # a capitalised word inside a sentence is a name ("March", "Strike Force")
            if (word.endswith("ed") and i + 1 < len(tokens) and tokens[i + 1][:1].isupper() and i > 1
                    and low[i - 1].endswith("ly") and low[i - 2] in _DETERMINERS and not title_case):
                continue  # "the internationally recognised Government": an adjective
            for entry in entries:
                cand = self._match_entry(entry, i, low, starts, ends, consumed)
                if cand is not None:
                    out.append(cand)
                    break
        # a word that completed another verb's pattern ("indicated" in "indicated ... would act") is no event
        return [c for c in out if c.verb not in consumed or c.verb in c.used]

    def _match_entry(
        self,
        entry: VerbEntry,
        i: int,
        low: list[str],
        starts: dict[int, Mention],
        ends: dict[int, Mention],
        consumed: set[int],
    ) -> _Candidate | None:
        k_pre, k_post = len(entry.pre), len(entry.post)
        if k_pre and tuple(low[i - k_pre:i]) != entry.pre:
            return None
        if k_post and tuple(low[i + 1:i + 1 + k_post]) != entry.post:
            return None
        end = i + 1 + k_post
        prev = low[i - k_pre - 1] if i - k_pre > 0 else ""
        nominal = prev in _DETERMINERS or prev == "'s"
        if nominal or prev in _LIGHT:  # "renewed an appeal", "staged a hunger strike": the noun is the event
            light = prev if prev in _LIGHT else (low[i - k_pre - 2] if i - k_pre > 1 else "")
            if light in _LIGHT and not self.lexicon.petrarch:
                nominal = False
        best: tuple[Pattern, list[int], list[tuple[str, Mention]]] | None = None
        window = set(low[end:end + GAP + 2]) if entry.patterns else set()
        for pattern in entry.patterns:
            if best is not None and pattern.weight < best[0].weight:
                break
            if pattern.first_words and pattern.first_words.isdisjoint(window):
                continue
            bound = self._match_pattern(pattern, i - k_pre, end, low, starts, ends)
            if bound is None:
                continue
            if best is None or (bound[0] and best[1] and max(bound[0]) < max(best[1])):
                best = (pattern, bound[0], bound[1])
        if best is not None:
            pattern, used, roles = best
            if pattern.code is None:
                return None
            if used and not self.lexicon.petrarch:
                used = list(range(end, max(used) + 1))  # the words inside a matched phrase are not events
            consumed.update(used)
            nominal = nominal and not pattern.lower  # "have postponed their meeting": the pattern says it is an act
            cand = _Candidate(i, end, pattern.code, pattern.paired, nominal, used=set(used))
            for role, mention in roles:
                if role == "source":
                    cand.sources.append(mention)
                    cand.fixed_source = True
                elif role == "target":
                    cand.targets.append(mention)
                    cand.fixed_target = True
                elif role == "compound":
                    cand.compound.extend(self._whole_chain(mention, list(starts.values()), low))
            return cand
        if entry.code is None:
            return None
        return _Candidate(i, end, entry.code, entry.paired, nominal)

    def _match_pattern(
        self,
        pattern: Pattern,
        verb_start: int,
        verb_end: int,
        low: list[str],
        starts: dict[int, Mention],
        ends: dict[int, Mention],
    ) -> tuple[list[int], list[tuple[str, Mention]]] | None:
        used: list[int] = []
        roles: list[tuple[str, Mention]] = []
        # upper: left to right after the verb
        pos = verb_end
        limit = len(low)
        for slot in pattern.upper:
            found = self._find_forward(slot, pos, low, starts, limit)
            if found is None:
                return None
            first, after, mention = found
            if mention is not None:
                roles.append((slot.kind, mention))
            else:
                used.extend(range(first, after))
            pos = after
        # lower: right to left before the verb
        pos = verb_start
        gap = pattern.lower_gap
        for slot in reversed(pattern.lower):
            found_back = self._find_backward(slot, pos, gap, low, ends)
            if found_back is None:
                return None
            first, mention = found_back
            if mention is not None:
                roles.append((slot.kind, mention))
            else:
                used.extend(range(first, pos))
            pos = first
            gap = slot.gap
        return used, roles

    @staticmethod
    def _word_at(slot: Slot, q: int, low: list[str]) -> int | None:
        if low[q] in slot.singles:
            return q + 1
        for alt in slot.multi:
            k = len(alt)
            if low[q] == alt[0] and (tuple(low[q:q + k]) == alt or (
                tuple(low[q:q + k - 1]) == alt[:-1] and q + k <= len(low) and low[q + k - 1] == alt[-1] + "s"
            )):
                return q + k
        return None

    def _find_forward(
        self, slot: Slot, pos: int, low: list[str], starts: dict[int, Mention], limit: int
    ) -> tuple[int, int, Mention | None] | None:
        stop = min(limit, pos + slot.gap + 1)
        for q in range(pos, stop):
            if low[q] in _BOUNDARIES:
                return None
            if slot.kind == "word":
                after = self._word_at(slot, q, low)
                if after is not None:
                    return q, after, None
            else:
                mention = starts.get(q)
                if mention is not None:
                    return q, mention.end, mention
        return None

    def _find_backward(
        self, slot: Slot, pos: int, gap: int, low: list[str], ends: dict[int, Mention]
    ) -> tuple[int, Mention | None] | None:
        for q in range(pos - 1, max(-1, pos - gap - 2), -1):
            if low[q] in _BOUNDARIES:
                return None
            if slot.kind == "word":
                for alt in slot.alts:
                    k = len(alt)
                    if q - k + 1 >= 0 and tuple(low[q - k + 1:q + 1]) == alt:
                        return q - k + 1, None
            else:
                mention = ends.get(q + 1)
                if mention is not None:
                    return mention.start, mention
        return None

    # -- sources and targets -----------------------------------------------------------------------------------

    @staticmethod
    def _clause_start(low: list[str], verb: int) -> int:
        for q in range(verb - 1, -1, -1):
            w = low[q]
            if w in _BOUNDARIES or w in _CLAUSE_WORDS or w in _REPORTING:
                return q + 1
        return 0

    def _chain(self, first: Mention, mentions: list[Mention], low: list[str], stop: int) -> list[Mention]:
        """``first`` and the actors joined to it by "and" or commas ("Mordor, Rohan and Bree")."""
        verbs = self.lexicon.verbs
        group = [first]
        for m in mentions:
            if m.start <= group[-1].start or m.start >= stop:
                continue
            between = low[group[-1].end:m.start]
            if 0 < len(between) <= 4 and any(w in ("and", ",", "&") for w in between) and all(
                w in _CONNECTORS or w in _DETERMINERS or w in _MODIFIERS or (
                    w.isalpha() and w not in _PREPOSITIONS and w not in _CLAUSE_WORDS and w not in _REPORTING
                    and w not in verbs and w not in _AUX and w not in _BE)
                for w in between
            ):
                group.append(m)
            else:
                break
        return group

    def _whole_chain(self, mention: Mention, mentions: list[Mention], low: list[str]) -> list[Mention]:
        """The compound ("Gondor and Osgiliath") that ``mention`` belongs to."""
        ordered = sorted(mentions, key=lambda m: m.start)
        for first in ordered:
            if first.start > mention.start:
                break
            chain = self._chain(first, ordered, low, len(low))
            if any(m is mention for m in chain):
                return chain
        return [mention]

    def _subject(self, low: list[str], mentions: list[Mention], start: int, verb: int) -> list[Mention]:
        for m in mentions:  # "..., South Korea said": the actor right before the verb
            if start <= m.start and verb - 2 <= m.end <= verb and (m.end == verb or low[m.end] in _AUX):
                before = low[m.start - 1] if m.start > 0 else ""
                if before not in _PREPOSITIONS:
                    chain_start = m
                    for other in mentions:  # keep "Mordor, Rohan and Bree" whole
                        if other.end <= m.start and m in self._chain(other, mentions, low, verb):
                            chain_start = other
                            break
                    return self._chain(chain_start, mentions, low, verb)
        for m in mentions:
            if m.start < start or m.end > verb:
                continue
            before = low[m.start - 1] if m.start > 0 else ""
            if before in _PREPOSITIONS and before != "'s":
                continue
            return self._chain(m, mentions, low, verb)
        return []

    def _assign(self, cand: _Candidate, low: list[str], mentions: list[Mention]) -> None:
        verb = cand.verb
        passive = self._passive(low, verb)
        if not cand.fixed_source and not cand.compound:
            start = self._clause_start(low, verb)
            subject = self._subject(low, mentions, start, verb) or self._subject(low, mentions, 0, verb)
            if passive:
                agent = next((m for m in mentions if m.start > verb and low[m.start - 1] == "by"), None)
                if agent is not None:
                    cand.sources = self._chain(agent, mentions, low, len(low))
                    if not cand.fixed_target:
                        cand.targets = subject
                    return
                if not self.lexicon.petrarch:  # "sanctions were lifted": who lifted them is not said
                    cand.sources = []
                    if not cand.fixed_target:
                        cand.targets = self._subject(low, mentions, start, verb)
                    return
            cand.sources = subject
        if not cand.fixed_target:
            taken = {id(m) for m in (*cand.sources, *cand.compound)}
            codes = {m.code for m in (*cand.sources, *cand.compound)}
            for m in mentions:
                if m.start < cand.end or id(m) in taken or m.code in codes:
                    continue
                between = low[cand.end:m.start]
                if any(w in _BOUNDARIES for w in between) or (not self.lexicon.petrarch and _new_clause(between)):
                    break
                if (not self.lexicon.petrarch and low[m.start - 1] == "in"
                        and cand.code not in ("032", "033", "042", "043")):
                    continue  # "in Vietnam": where it happened, not to whom
                if low[m.start - 1] == "by" and not self.lexicon.petrarch and self._verb_near(low, m.start):
                    continue
                if low[cand.verb] in _SAY and low[m.start - 1] != "to" and not self.lexicon.petrarch:
                    break  # "said the United States would ...": the reported clause's subject, not an addressee
                follow = low[m.end:m.end + 2]
                if follow and (follow[0] in _REPORTING or (follow[0] in _AUX and follow[1:2] and
                                                           follow[1] in _REPORTING)):
                    continue  # ", South Korea said": the reporter, not the target
                cand.targets = self._chain(m, mentions, low, len(low))
                break

    @staticmethod
    def _verb_near(low: list[str], start: int) -> bool:
        return start >= 2 and low[start - 2] in _DETERMINERS

    @staticmethod
    def _passive(low: list[str], verb: int) -> bool:
        word = low[verb]
        if not (word.endswith(("ed", "en", "wn")) or word in ("held", "met", "sent", "told", "left", "hit", "shot")):
            return False
        return any(low[q] in _BE for q in range(max(0, verb - 3), verb))

    def _triples(self, cand: _Candidate) -> Iterator[tuple[Mention | None, Mention | None, str]]:
        if cand.compound:
            group = cand.compound
            others = cand.targets
            if others:
                for member in group:
                    for other in others:
                        yield member, other, cand.code
            else:
                for member in group:
                    for other in group:
                        if member is not other and member.code != other.code:
                            yield member, other, cand.code
            return
        sources: list[Mention | None] = list(cand.sources) or [None]
        targets: list[Mention | None] = [t for t in cand.targets if t is not None] or [None]
        if (targets == [None] and len(cand.sources) > 1 and not self.lexicon.petrarch
                and cand.code[:2] in _SYMMETRIC_ROOTS):
            for one in cand.sources:
                for other in cand.sources:
                    if one is not other and one.code != other.code:
                        yield one, other, cand.code
            return
        for s in sources:
            for t in targets:
                if s is not None and t is not None and s.code == t.code:
                    continue
                yield s, t, cand.code
                if cand.paired and t is not None:
                    yield t, s, cand.paired

    # -- modality, intent, the event ---------------------------------------------------------------------------

    @staticmethod
    def _modality(low: list[str], verb: int, tokens: list[str]) -> str:
        start = max(0, verb - 6)
        window = low[start:verb]
        if not _HYPOTHETICAL.isdisjoint(window):  # "May" the name is no "may"
            window = [w if start + k == 0 or tokens[start + k].islower() else "" for k, w in enumerate(window)]
        for q in range(len(window) - 1, -1, -1):
            if window[q] in _BOUNDARIES or window[q] in _CLAUSE_WORDS or window[q] in _CONTRAST_WORDS:
                window = window[q + 1:]
                break
        if any(w in _NEGATORS for w in window[-4:]) or any(w in _NEGATING_VERBS for w in window[-3:]):
            return "negated"
        if any(w in _HYPOTHETICAL for w in window):
            return "hypothetical"
        if any(w in _FUTURE for w in window[-4:]):
            return "intended"
        if len(window) >= 2 and window[-1] == "to" and window[-2] in _INTENT_BEFORE_TO:
            return "intended"
        if len(window) >= 3 and window[-1] == "to" and window[-3] in _INTENT_BEFORE_TO:
            return "intended"
        if any(w in _INTENT_WORDS for w in window):
            return "intended"
        after = low[verb + 1:verb + 3]
        if after and after[0] in ("away",):
            return "intended"
        return "occurred"

    def _intent_code(self, code: str, modality: str) -> str:
        """CAMEO codes an announced act by its intent: 'will meet' is 036, 'will attack' 138."""
        if not self.lexicon.cameo_intent or modality == "occurred":
            return code
        root = code[:2]
        if modality == "negated":
            return {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}.get(root, code)
        if modality == "hypothetical":
            return {"15": "138", "16": "131", "17": "130", "18": "138", "19": "138", "20": "138"}.get(root, code)
        return {
            "04": "036", "05": "030", "06": "031", "07": "033", "08": "035",
            "15": "138", "16": "131", "17": "130", "18": "138", "19": "138", "20": "138",
        }.get(root, code)

    def _event(
        self,
        key: tuple[str, str, str],
        source: Mention | None,
        target: Mention | None,
        code: str,
        modality: str,
        sentence: str,
        low: list[str],
        day: dt.date | None,
        url: str | None,
        doc_id: str | None,
        number: int | None,
    ) -> Event:
        entry = self.tables.cameo.get(code)
        quad = entry.quad_class if entry else None
        mapping = self.tables.plover_for(code) if entry else None
        return Event(
            date=day or UNDATED,
            source=key[0],
            target=key[1],
            code=code,
            dataset=self.options.dataset,
            source_name=source.name if source else None,
            target_name=target.name if target else None,
            root=entry.root if entry else code[:2],
            quad_class=quad,
            goldstein=entry.goldstein if entry else None,
            plover_event=mapping.event if mapping else None,
            plover_mode=mapping.mode if mapping else None,
            plover_context=mapping.context if mapping else None,
            track=track_for(code, quad, low),
            url=url,
            prov_file=doc_id,
            prov_row=number,
            sentence=sentence,
            modality=modality,
        )
