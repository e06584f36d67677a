"""Who did it to whom, read from word order (the coder's path without syntax, and its fallback).

The source is the subject of the verb's clause (the actor right before the verb, else the first actor not governed
by a preposition; the agent of a passive), the target the first actor after the verb in the same clause.
Reported speech keeps the reported act: in "Pyongyang fired missiles, South Korea said", the launch is
Pyongyang's. Actors joined by "and" or commas form one group ("Mordor, Rohan and Bree").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from detente.coding._blamed import blame_laid
from detente.coding._drills import DRILL_CODE, holder_pairs
from detente.coding._foes import at_each_other
from detente.coding._hit_for import hit_for
from detente.coding._named_as import named_as_by
from detente.coding._place_voices import VOICED, place_voices, voiced_owner
from detente.coding._under_fire import criticised_under_fire, literal_fire
from detente.coding._words import (
    AUX,
    BE,
    BOUNDARIES,
    CLAUSE_WORDS,
    CONNECTORS,
    DETERMINERS,
    MODIFIERS,
    PREPOSITIONS,
    RELATIVE,
    REPORTING,
    SAY,
    SYMMETRIC_ROOTS,
)
from detente.coding.lexicon import Lexicon
from detente.coding.mentions import Mention

__all__ = ["Candidate", "RoleFinder", "listed"]

#: how far after a group of actors its "including ..." list may begin ("key allies, including ...")
_INCLUDING_REACH = 5
#: the words between a preposition and the actor its phrase names ("at the United Nations")
_PHRASE_ARTICLES = frozenset(["the", "a", "an"])
#: nouns of what an actor speaks in, whose phrase may name a place of speaking before the verb ("Chile in a
#: statement at the United Nations condemned ...")
_SPOKEN_NOUNS = frozenset(["statement", "statements", "speech", "address", "remarks", "letter", "message",
                           "interview", "communique", "declaration", "briefing"])
#: a state's own friends, named as a group before the list of them ("our allies, including Japan")
_ALLIES = frozenset(["allies", "partners", "friends", "neighbors", "neighbours"])
#: possessive determiners, which a "between" phrase may put before its parties' noun ("between our allies A and B")
_POSSESSORS = frozenset(["our", "their", "its", "his", "her", "my", "your"])
#: nouns of the members of a body or a group, which a "between" phrase may name before its parties ("between
#: NATO allies Greece and Turkey", "between EU members Cyprus and Greece")
_MEMBERS = frozenset(["allies", "partners", "members", "neighbours", "neighbors", "states"])
#: how far after an event noun or verb its "between" phrase may begin ("held in Geneva on Monday between ...")
_BETWEEN_REACH = 14
#: words that open a phrase naming the parties of a reciprocal act: "talks between Chile and Peru", "talks among
#: Chile, Peru and Bolivia", "the six-party talks involving ..."
_AMONG = frozenset(["between", "among", "amongst", "involving"])
#: what may stand between two parties of such a list ("Chile, Peru, and the United States")
_LISTING = frozenset([",", "and", "the", "&"])
#: the most parties such a list names for talks held by each pair ("the four-party talks among the U.S., China and
#: South and North Korea"); a longer list names a forum ("six-party talks between China, Japan, ..."), as the
#: Six-Party Talks are read as a whole, not as fifteen meetings
_MOST_LISTED = 4


#: prepositions that open a sentence with a phrase before its subject ("At the invitation of Chile, ...")
_FRONTING = frozenset(["at", "upon", "on", "in", "after", "following", "despite", "during", "under", "amid",
                       "according", "with", "before"])


def _fronted(low: list[str], verb: int) -> int:
    """The comma that closes a prepositional phrase opening the sentence, within twelve words and before
    ``verb``, or -1."""
    return next((q for q in range(1, min(verb, 13)) if low[q] == ","), -1)


@dataclass(slots=True)
class Candidate:
    """A verb (or event noun) of the lexicon in a sentence, with its code and, once assigned, its actors."""

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


#: verbs whose several subjects act on each other ("exchanged fire", "clashed", "traded accusations")
#: nouns of fighting that name no side as the doer: "the fighting between A and B" is each side's on the other
_FIGHTS = frozenset(["fighting", "clashes", "clash", "war", "hostilities", "battles", "battle", "skirmishes",
                     "conflict", "firefight", "firefights"])
_RECIPROCAL = ("exchang", "clash", "traded", "trade ", "skirmish", "feud")
#: verbs of going somewhere ("goes to Moscow for talks")
_TRAVEL = frozenset(["go", "goes", "went", "going", "travel", "travels", "traveled", "travelled", "traveling",
                     "travelling", "fly", "flies", "flew", "flying", "head", "heads", "headed", "heading", "come",
                     "comes", "came", "return", "returns", "returned", "arrive", "arrives", "arrived", "sent",
                     "dispatched", "journeyed", "proceed", "proceeded"])


#: how a phrase naming whom a message or a meeting was addressed to may open a sentence, and how long it may be
_OPENING = frozenset(["in", "through", "with", "at", "during", "on", "by"])
_OPENING_REACH = 16
#: messages, calls, meetings and visits: what such an opening phrase names ("In a letter to ...")
_ADDRESS_NOUNS = frozenset([
    "letter", "message", "messages", "cable", "note", "call", "calls", "conversation", "conversations", "meeting",
    "meetings", "talks", "visit", "trip", "telegram", "reply", "speech", "address", "remarks",
    "telephone", "phone", "videoconference", "summit", "discussions", "exchange",
])
#: the prepositions of such a phrase right after the verb ("said in a phone call with ..."), and how far its
#: noun may stand from the verb
_AFTER_VERB = frozenset(["in", "during", "at", "on"])
_AFTER_VERB_REACH = 6
#: nouns of address that need no article ("said in talks with ...")
_PLURAL_TALKS = frozenset(["talks", "discussions", "calls", "meetings", "conversations"])
#: uses of force: an opening phrase's addressee is no target of theirs
_FORCE = frozenset(["15", "18", "19", "20"])


#: the prepositions after an event noun's "by" agent that name whom it was done to
_AFTER_AGENT = frozenset(["to", "on", "against", "with", "toward", "towards", "of", "into"])
#: how many describing words may stand between an article and an event noun ("the unprovoked and unjustified
#: attack")
_MODIFIERS_REACH = 4


def _modified_noun(low: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` is a noun after describing words and an article or a possessive ("the
    unprovoked attack", "Russia's brutal, illegal invasion"), which the verb finder reads as no noun (only a
    determiner right before it makes one)."""
    for q in range(at - 1, max(-1, at - 1 - _MODIFIERS_REACH), -1):
        word = low[q]
        if word in DETERMINERS or word == "'s":
            return q < at - 1
        if not (word.replace("-", "").isalnum() or word in (",", "-")) or word in CLAUSE_WORDS \
                or word in _NOT_MODIFIERS:
            return False
    return False


#: words that are no describing words before a noun: forms of "be" and "have", modals, pronouns
_NOT_MODIFIERS = frozenset(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
                            "would", "can", "could", "may", "might", "must", "should", "shall", "not", "it", "they",
                            "he", "she", "we", "i", "you", "by", "of", "to", "on", "in", "at", "for", "with", "from"])


#: participles of verbs that take an object: with none after them they are passive ("Japan Urged to Stop
#: Whaling", "Four French Soldiers Killed in Mali"); the voiced ones of `_place_voices` but those that often stand
#: with no object ("students protested", "he called") or are not read so in headlines yet
_TRANSITIVE = (VOICED - frozenset(["protested", "called", "castigated", "derided", "ridiculed", "eulogized",
                                   "marked", "observed"])) | frozenset([
    "asked", "invited", "pressed", "told", "warned", "killed", "wounded", "injured", "attacked",
    "shelled", "bombed", "expelled", "deported", "sanctioned", "arrested", "detained", "seized", "captured",
    "accused", "blamed", "punished", "sentenced", "released", "freed",
    "congratulated", "thanked", "received", "greeted", "decorated", "honored", "honoured", "snubbed",
    "branded", "labelled", "labeled", "dubbed",
])
_SUBJECT_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "it", "they"])
#: acts that several subjects do to a third party, not to each other ("teams from Chile and Peru arrived",
#: "Chile and Peru hosted the games", "... mediated")
_TO_A_THIRD = frozenset(["042", "043", "045"])
#: verbs whose "from" names who does it ("Diplomat Expelled from Britain": Britain expels)
_EXPELLING = frozenset(["expelled", "deported"])
#: participles that with "for" ask for a thing, their subject the asker ("Pyongyang asked for food aid")
_ASKING_FOR = frozenset(["asked", "pressed"])
#: what may follow such a participle in a headline: an infinitive, an agent, a place or a time, or nothing
_AFTER_ELIDED = frozenset(["to", "by", "in", "at", "from", "over", "for", "amid", "after", "on", ",", ":", ";", "."])


def _each_other(low: Sequence[str], verb: int) -> bool:
    """"accused each other", "blamed one another for": the verb's subjects act on each other."""
    return any(low[q:q + 2] in (["each", "other"], ["one", "another"]) for q in range(verb + 1, verb + 3))


#: the roles of a state's own organs and its people: "the army and people of X", "the government and people of X",
#: "the party, army and people" act together, never on each other (the opposition or rebels of X may)
_ONE_STATE = frozenset({"", "GOV", "MIL", "CVL"})


def one_state(one: Mention, other: Mention) -> bool:
    """Two subjects of a joint act that are one state's organs or its people ("The army and people of Jordan will
    defend their country": no army -> people act), not two parties to each other."""
    a, b = one.code, other.code
    return (len(a) >= 3 and a[:3] == b[:3] and a[:3].isalpha() and a[:3] != "---"
            and a[3:6] in _ONE_STATE and b[3:6] in _ONE_STATE)


def elided_passive(low: Sequence[str], verb: int) -> bool:
    """A passive whose auxiliary a headline leaves out: a participle of a verb that takes an object, right after
    its subject, with no object after it ("Japan Urged to Stop Whaling", "Iranian Diplomat Expelled from
    Britain", "Cuba's Stand Supported in Venezuela"; "Japan urged China to stop" has its object)."""
    if low[verb] not in _TRANSITIVE or verb == 0 or low[verb - 1] in BE or low[verb - 1] in AUX \
            or low[verb - 1] in _SUBJECT_PRONOUNS or low[verb - 1] in ("and", ",") \
            or not RELATIVE.isdisjoint(low[max(0, verb - 6):verb]):
        # "the talks, which Chile supported, failed", "the welcome he received from ...": a relative clause's
        # object came before it; headlines have no pronoun subjects
        return False
    after = verb + 1
    if low[after:after + 1] in (["not"], ["never"]) and low[after + 1:after + 2] == ["to"]:
        after += 1  # "U.S. Urged Not to Misjudge DPRK": what the one urged is not to do
    if after < len(low) and low[after] not in _AFTER_ELIDED \
            and not (low[after] == "of" and low[verb] == "accused") \
            and not named_as_by(low, after):  # "Japan Accused of Reviving Militarism"
        return False
    if low[after:after + 1] == ["for"] and low[verb] in _ASKING_FOR:
        return False  # "North Korea asked for rice": what is asked for, the asker before it
    return low[after:after + 1] != ["to"] or low[verb] in ("urged", "asked", "invited", "pressed", "told", "warned")


#: words that open a clause of time or manner on a gerund ("after meeting with ...", "before leaving for ...")
_GERUND_OPENERS = frozenset(["after", "before", "while", "since", "upon", "following", "without", "when"])


def _new_clause(between: list[str]) -> bool:
    """"that ...", "in which ...", ", but ...", "after meeting with ...": the words after the verb open another
    clause."""
    if not RELATIVE.isdisjoint(between):
        return True
    for k in range(len(between) - 1):
        if between[k] in (",", "and", "but", "while") and between[k + 1] in CLAUSE_WORDS | {"but"}:
            return True
        if between[k] in _GERUND_OPENERS and len(between[k + 1]) > 5 and between[k + 1].endswith("ing"):
            return True  # "pardoned the prisoners after meeting with X": X is whom the meeting was with
    return False


def listed(first: Mention, mentions: Sequence[Mention], low: Sequence[str]) -> list[Mention]:
    """``first`` and the states a list joins to it by commas and "and" ("Chile, Peru, and the United States"),
    each state once."""
    out = [first]
    for m in mentions:
        if m.start < out[-1].end or m is first:
            continue
        between = low[out[-1].end:m.start]
        if not m.has_country or not between or len(between) > 3 or not set(between) <= _LISTING \
                or ("," not in between and "and" not in between):
            break
        if all(m.code[:3] != o.code[:3] for o in out):
            out.append(m)
    return out


def _possessor(low: Sequence[str], m: Mention) -> bool:
    """Whether a mention in a "between" phrase owns the noun of the parties after it rather than being one: a
    possessive ("between our allies Greece and Turkey") or a body before its members' noun ("between NATO allies
    Greece and Turkey")."""
    if m.end - m.start == 1 and low[m.start] in _POSSESSORS and not m.also:
        return True
    return m.end + 1 < len(low) and low[m.end] in _MEMBERS and low[m.end + 1][:1].isalpha()


class RoleFinder:
    """Sources and targets of a verb from word order."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    @staticmethod
    def _clause_start(low: list[str], verb: int) -> int:
        for q in range(verb - 1, -1, -1):
            w = low[q]
            if w in BOUNDARIES or w in CLAUSE_WORDS or w in REPORTING:
                return q + 1
        return 0

    def chain(self, first: Mention, mentions: list[Mention], low: list[str], stop: int) -> list[Mention]:
        """``first`` and the actors joined to it by "and" or commas ("Mordor, Rohan and Bree")."""
        verbs = self.lexicon.verbs
        group = [first]
        for m in mentions:
            if m.start <= group[-1].start or m.start >= stop:
                continue
            between = low[group[-1].end:m.start]
            if 0 < len(between) <= 4 and any(w in ("and", ",", "&") for w in between) and all(
                w in CONNECTORS or w in DETERMINERS or w in MODIFIERS or (
                    w.isalpha() and w not in PREPOSITIONS and w not in CLAUSE_WORDS and w not in REPORTING
                    and w not in verbs and w not in AUX and w not in BE)
                for w in between
            ):
                group.append(m)
            else:
                break
        return group

    def whole_chain(self, mention: Mention, mentions: list[Mention], low: list[str]) -> list[Mention]:
        """The compound ("Gondor and Osgiliath") that ``mention`` belongs to."""
        ordered = sorted(mentions, key=lambda m: m.start)
        for first in ordered:
            if first.start > mention.start:
                break
            chain = self.chain(first, ordered, low, len(low))
            if any(m is mention for m in chain):
                return chain
        return [mention]

    @staticmethod
    def _possessed_trip(cand: Candidate, low: list[str], mentions: list[Mention]) -> bool:
        """"Zarif's Islamabad visit", "the premier's Tokyo trip": the place before the noun of a visit is its
        host, the possessor before it the visitor."""
        host = next((m for m in mentions if m.end == cand.verb and m.has_country and m.start >= 2
                     and low[m.start - 1] == "'s"), None)
        if host is None:
            return False
        guest = next((m for m in mentions if m.end == host.start - 1 and m.has_country), None)
        if guest is None or guest.code[:3] == host.code[:3]:
            return False
        cand.sources, cand.targets = [guest], [host]
        return True

    def _subject(self, low: list[str], mentions: list[Mention], start: int, verb: int) -> list[Mention]:
        for m in mentions:  # "..., South Korea said": the actor right before the verb
            if start <= m.start and verb - 2 <= m.end <= verb and (m.end == verb or low[m.end] in AUX):
                before = low[m.start - 1] if m.start > 0 else ""
                if before in _PHRASE_ARTICLES and m.start > 1 and low[m.start - 2] in PREPOSITIONS \
                        and low[m.start - 2] != "'s" and not _SPOKEN_NOUNS.isdisjoint(low[start:m.start]):
                    continue  # "Chile in a statement at the United Nations condemned ...": the phrase's, no subject
                if before not in PREPOSITIONS:
                    chain_start = self._chain_start(m, mentions, low, verb)
                    if self._governed(chain_start, low):
                        break  # "goes to Lima and Quito for talks": the list is governed by "to", no subject
                    return self.chain(chain_start, mentions, low, verb)
        for m in mentions:
            if m.start < start or m.end > verb:
                continue
            opening = self._chain_start(m, [o for o in mentions if o.start >= start], low, verb)
            listed = self.chain(opening, mentions, low, verb)
            # a list is joined by "and" ("to Lima, Quito and Bogota"); a comma alone may end a phrase ("to our
            # disappointment, Peru ...")
            joined = any(w in ("and", "&") for a, b in itertools.pairwise(listed) for w in low[a.end:b.start])
            if self._governed(m, low) or (joined and self._governed(opening, low)):
                continue
            return self.chain(m, mentions, low, verb)
        return []

    def _chain_start(self, m: Mention, mentions: list[Mention], low: list[str], stop: int) -> Mention:
        """The first actor of the list ``m`` belongs to ("Rohan" in "Mordor, Rohan and Bree" -> Mordor)."""
        for other in mentions:
            if other.end <= m.start and m in self.chain(other, mentions, low, stop):
                return other
        return m

    @staticmethod
    def _governed(m: Mention, low: list[str]) -> bool:
        before = low[m.start - 1] if m.start > 0 else ""
        return before in PREPOSITIONS and before != "'s"

    def assign(self, cand: Candidate, low: list[str], mentions: list[Mention]) -> None:
        verb = cand.verb
        if cand.code == "190" and not self.lexicon.petrarch and hit_for(low, verb):  # "U.S. Hit for Anti-DPRK Moves"
            cand.code, cand.sources, cand.targets = "111", [], criticised_under_fire(low, mentions, verb)
            cand.fixed_source = cand.fixed_target = True
            return
        if low[verb] == "under" and not self.lexicon.petrarch:  # "U.S. Plan for Attack on DPRK under Fire"
            fired = literal_fire(low, verb)  # "came under fire from rebels": no criticism
            cand.sources = [] if fired else place_voices(low, mentions, verb)
            cand.targets = [] if fired else criticised_under_fire(low, mentions, verb)
            cand.fixed_source = cand.fixed_target = True
            return
        if cand.nominal and cand.code[:3] == "042" and not cand.fixed_source and not cand.fixed_target \
                and self._possessed_trip(cand, low, mentions):
            return
        passive = self.passive(low, verb)
        if not cand.fixed_source and not cand.compound:
            start = self._clause_start(low, verb)
            front = _fronted(low, verb) if low and low[0] in _FRONTING else -1
            # "At the invitation of Chile, a Peruvian team visited ...": the opening phrase holds no subject
            subject = (front >= 0 and self._subject(low, [m for m in mentions if m.start > front], start, verb)) \
                or self._subject(low, mentions, start, verb) or self._subject(low, mentions, 0, verb)
            if passive:
                agent = next((m for m in mentions if m.start > verb and (
                    low[m.start - 1] == "by" or (low[m.start - 1] == "from" and low[verb] in _EXPELLING))), None)
                if agent is not None:
                    cand.sources = self.chain(agent, mentions, low, len(low))
                    if not cand.fixed_target:
                        cand.targets = subject
                    return
                if not self.lexicon.petrarch:  # "sanctions were lifted": who lifted them is not said
                    # "Kim Jong Il Praised in Colombia": the place of a passive of saying is its speakers
                    cand.sources = place_voices(low, mentions, verb)
                    if not cand.fixed_target:
                        cand.targets = self._subject(low, mentions, start, verb) or (
                            voiced_owner(low, mentions, verb) if cand.sources else [])
                    return
            cand.sources = subject
        if not cand.fixed_target:
            taken = {id(m) for m in (*cand.sources, *cand.compound)}
            codes = {m.code for m in (*cand.sources, *cand.compound)}
            for m in mentions:
                if m.start < cand.end or id(m) in taken or m.code in codes:
                    continue
                if m.start in cand.used and not m.has_country:
                    continue  # "sent a delegation to Peru": what the phrase names was sent, to Peru
                between = low[cand.end:m.start]
                if any(w in BOUNDARIES for w in between) or (not self.lexicon.petrarch and _new_clause(between)):
                    break
                if (not self.lexicon.petrarch and low[m.start - 1] == "in" and cand.code not in (
                        "032", "033", "042", "043", "087") and cand.code[:2] not in ("18", "19", "20")):
                    continue  # "in Vietnam": where it happened, not to whom
                if low[m.start - 1] == "by" and not self.lexicon.petrarch and self._verb_near(low, m.start):
                    continue
                if low[cand.verb] in SAY and low[m.start - 1] != "to" and not self.lexicon.petrarch:
                    break  # "said the United States would ...": the reported clause's subject, not an addressee
                follow = low[m.end:m.end + 2]
                if follow and (follow[0] in REPORTING or (follow[0] in AUX and follow[1:2] and
                                                           follow[1] in REPORTING)):
                    continue  # ", South Korea said": the reporter, not the target
                cand.targets = self.chain(m, mentions, low, len(low))
                break

    def including(self, group: list[Mention], mentions: list[Mention], low: list[str]) -> list[Mention]:
        """``group`` with the actors a list after it names: "consulting key allies, including South Korea and
        Japan"; "Western powers such as France and Britain condemned ..."."""
        if not group or ("including" not in low and "such" not in low):
            return group
        q = max(m.end for m in group)
        if q < len(low) and low[q] in _ALLIES:  # "our allies, including Japan"
            q += 1 + (low[q + 1:q + 2] == [","])
        verbs = self.lexicon.verbs
        for k in range(q, min(len(low), q + _INCLUDING_REACH)):
            w = low[k]
            if w == "including" or (w == "such" and low[k + 1:k + 2] == ["as"]):
                start = k + (2 if w == "such" else 1)
                first = next((m for m in mentions if m.start >= start), None)
                if first is None or any(not (x in DETERMINERS or x in MODIFIERS) for x in low[start:first.start]):
                    return group
                added = [m for m in self.chain(first, mentions, low, len(low)) if m.has_country
                         and all(m.code != g.code for g in group)]
                return [*group, *added]
            if w in verbs or w in PREPOSITIONS or w in CLAUSE_WORDS or w in BOUNDARIES or w == ".":
                return group
        return group

    def allies(self, cand: Candidate, low: list[str], mentions: list[Mention]) -> list[Mention]:
        """"our commitment to the defense of our allies, including South Korea and Japan", "reassured its partners,
        including Japan": the states a list names after the source's own allies or partners (whose possessive
        names no target), within eight words after the act."""
        if "including" not in low:
            return []
        for k in range(cand.end, min(len(low) - 1, cand.end + 8)):
            if low[k] in BOUNDARIES or low[k] == ".":
                return []
            if low[k] not in _ALLIES:
                continue
            j = k + 1 + (low[k + 1] == ",")
            if j >= len(low) or low[j] != "including":
                return []
            first = next((m for m in mentions if m.start > j), None)
            if first is None or any(not (x in DETERMINERS or x in MODIFIERS) for x in low[j + 1:first.start]):
                return []
            own = {s.code[:3] for s in cand.sources}
            return [m for m in self.chain(first, mentions, low, len(low)) if m.has_country and m.code[:3] not in own]
        return []

    @staticmethod
    def between(cand: Candidate, low: list[str], mentions: list[Mention]) -> None:
        """"talks between Chile and Peru", "talks were held in Lima between the Chilean delegation led by ... and
        the Peruvian delegation": with no other source, the actors after "between" and after the "and" that
        follows are the parties of a reciprocal act, each acting on the other (read in word order: the phrases
        between them are often long)."""
        if cand.code[:2] == "04" and not cand.compound:
            RoleFinder._trip(cand, low, mentions)
        if cand.sources and not cand.targets and not cand.compound:
            cand.targets = RoleFinder.addressee(cand, low, mentions) or RoleFinder._after_agent(cand, low, mentions) \
                or RoleFinder.addressee_after(cand, low, mentions)
        if (any(w.startswith(_RECIPROCAL) for w in low[max(0, cand.verb - 3):cand.verb + 1])
                or _each_other(low, cand.verb) or at_each_other(low, cand.verb, cand.code)) \
                and not cand.targets and not cand.compound \
                and len({m.code[:3] for m in cand.sources if m.has_country}) > 1:
            # "India and Pakistan exchanged fire", "Chinese and Indian troops clashed": each on the other
            cand.compound, cand.sources = cand.sources, []
            return
        # "mediated talks between A and B": a phrase right after the event names its parties, whoever the
        # sentence's subject is
        right_after = cand.end < len(low) and low[cand.end] in _AMONG
        fight = cand.code[:2] == "19" and low[cand.verb] in _FIGHTS  # "fighting between A and B": each on the other
        if (cand.sources and not right_after) or cand.compound or not (cand.code[:2] in SYMMETRIC_ROOTS or fight):
            return
        at = next((q for q in range(cand.end, min(len(low), cand.end + _BETWEEN_REACH))
                   if low[q] in _AMONG), None)
        if at is None or any(w in (".", ";", ":") or w in CLAUSE_WORDS for w in low[cand.end:at]):
            return
        # "talks between our allies Greece and Turkey": a possessive before the parties' noun is none of them
        # ("between our NATO allies Greece and Turkey": nor is the body whose members the parties are)
        first = next((m for m in mentions if m.start > at and m.has_country and not _possessor(low, m)), None)
        if first is None or any(w in BOUNDARIES for w in low[at:first.start]):
            return
        if first.also:  # "between the two countries": the two named before
            cand.sources, cand.targets = [first, *first.also], []
            return
        parties = listed(first, mentions, low)
        if len(parties) > _MOST_LISTED:
            return  # "the six-party talks between China, Japan, ...": a forum, not a meeting of each pair
        if len(parties) > 2 or (low[at] != "between" and len(parties) > 1):
            # "talks among Chile, Peru and Bolivia": each party with each other; "between" names two parties
            # however long the phrases naming them, a list names more
            if fight:
                cand.compound, cand.sources, cand.targets = parties, [], []
            else:
                cand.sources, cand.targets = parties, []
            return
        if low[at] != "between":
            return
        joined = next((q for q in range(first.end, len(low)) if low[q] == "and"), None)
        second = next((m for m in mentions if joined is not None and m.start > joined and m.has_country
                       and m.code[:3] != first.code[:3]), None)
        if second is None or joined is None or any(w in (".", ";", ":") for w in low[first.end:second.start]):
            if right_after:  # the other party is no actor the lexicon knows: no pair is told
                cand.sources, cand.targets = [first], []
            return
        if fight:
            cand.compound, cand.sources, cand.targets = [first, second], [], []
            return
        cand.sources, cand.targets = [first, second], []

    @staticmethod
    def addressee(cand: Candidate, low: list[str], mentions: list[Mention]) -> list[Mention]:
        """"In a letter to Peru's president, Chile proposed talks", "During his visit to Peru, the minister
        signed ...", "In a phone call with Kim, Moon said ...": a phrase opening the sentence that names a
        message, a call, a meeting or a visit to or with someone names whom the main clause's act (with no
        target of its own) is addressed to. Not for uses of force ("During talks with Peru, Chile's troops
        fired on ...")."""
        if cand.code[:2] in _FORCE or not low or low[0] not in _OPENING:
            return []
        comma = next((q for q in range(1, min(len(low), _OPENING_REACH)) if low[q] == ","), None)
        if comma is None or cand.verb <= comma or any(w in BOUNDARIES or w in CLAUSE_WORDS for w in low[1:comma]):
            return []
        # "In a phone call with ...": the noun the phrase's "to"/"with" follows, past the nouns before it
        noun = next((q for q in range(1, comma - 1) if low[q] in _ADDRESS_NOUNS and low[q + 1] in ("to", "with")),
                    None)
        if noun is None:
            return []
        if not any(w in DETERMINERS for w in low[1:noun]):
            return []  # "In response to Peru's actions": a reaction, addressed to no one
        own = {m.code[:3] for m in cand.sources}
        found = [m for m in mentions if noun + 1 < m.start and m.end <= comma and m.has_country]
        if not found or found[0].start > noun + 4 or any(m.code[:3] in own for m in found):
            return []
        return found

    @staticmethod
    def addressee_after(cand: Candidate, low: list[str], mentions: list[Mention]) -> list[Mention]:
        """"Xi said in a phone call with Putin that ...", "the minister stressed during talks with his Russian
        counterpart that ...": a phrase right after the verb that names a message, a call, a meeting or a visit to
        or with someone names whom the act (with no target of its own) is addressed to, as the opening phrase does
        (:meth:`addressee`). Not for uses of force; the phrase needs an article or a possessive ("in response to
        Peru's move" is no message) unless its noun is a plural of talks ("stressed in talks with ...")."""
        at = cand.end
        if cand.code[:2] in _FORCE or not cand.sources or at >= len(low) or low[at] not in _AFTER_VERB:
            return []
        noun = next((q for q in range(at + 1, min(len(low) - 1, at + _AFTER_VERB_REACH))
                     if low[q] in _ADDRESS_NOUNS and low[q + 1] in ("to", "with")), None)
        if noun is None or not (any(w in DETERMINERS for w in low[at + 1:noun]) or low[noun] in _PLURAL_TALKS) \
                or any(w in BOUNDARIES or w in CLAUSE_WORDS or w == "," for w in low[at + 1:noun]):
            return []
        own = {m.code[:3] for m in cand.sources}
        found = next((m for m in mentions if noun + 1 < m.start <= noun + 4), None)
        if found is None or not found.has_country or found.code[:3] in own \
                or any(w not in DETERMINERS and w not in MODIFIERS for w in low[noun + 2:found.start]):
            return []
        return [found]

    @staticmethod
    def _after_agent(cand: Candidate, low: list[str], mentions: list[Mention]) -> list[Mention]:
        """"The visit by Chile's foreign minister to Peru", "an attack by Russian forces on Ukraine", "the
        unprovoked attack by Russian forces on Ukraine", "the occupation by Israel of the Golan": after an event
        noun's "by" phrase that names its source, a phrase of target names whom it was done to (read in word
        order: the parser often breaks such a phrase). The noun may follow describing words after its article
        (:func:`_modified_noun`)."""
        noun = cand.nominal or _modified_noun(low, cand.verb)
        if not noun or cand.end >= len(low) or low[cand.end] != "by":
            return []
        agent = next((m for m in mentions if cand.end < m.start <= cand.end + 2), None)
        if agent is None or all(agent is not s for s in cand.sources) or agent.end + 1 >= len(low) \
                or low[agent.end] not in _AFTER_AGENT or (low[agent.end] in ("of", "into") and cand.code[:2] < "10"):
            return []  # "the visit by the minister of ...": "of" and "into" name a victim only of a hostile act
        own = {s.code[:3] for s in cand.sources}
        found = next((m for m in mentions if agent.end < m.start <= agent.end + 2 and m.has_country), None)
        if found is None or found.code[:3] in own or any(w not in DETERMINERS for w in low[agent.end + 1:found.start]):
            return []
        return [found]

    @staticmethod
    def _trip(cand: Candidate, low: list[str], mentions: list[Mention]) -> None:
        """"Bolton goes to Moscow, London and Paris for talks", "the envoy flew to Seoul for consultations": the
        talks are with the places the traveller goes to (capitals stand for their governments), and the traveller
        holds them ("a U.S. delegation arrived in Pyongyang for talks with North Korean officials": the
        delegation's); read in word order, as the parse often hangs the list on the noun."""
        at = next((q for q in range(cand.verb - 1, max(-1, cand.verb - 6), -1) if low[q] == "for"), None)
        if at is None or any(w in BOUNDARIES or w in CLAUSE_WORDS for w in low[at:cand.verb]):
            return
        travel = next((q for q in range(at - 1, max(-1, at - 10), -1) if low[q] in _TRAVEL), None)
        if travel is None or low[travel + 1:travel + 2] not in (["to"], ["in"]) \
                or any(w in BOUNDARIES or w in CLAUSE_WORDS for w in low[travel:at]):
            return
        places = [m for m in mentions if travel + 1 < m.start and m.end <= at and m.has_country]
        destinations: list[Mention] = []
        if places and places[-1].end == at and low[travel + 1] == "to":
            first = places[-1]
            for m in reversed(places[:-1]):  # the list the last place closes: "Moscow, London and Paris"
                if all(w in (",", "and") for w in low[m.end:first.start]):
                    first = m
                else:
                    break
            if first.start == travel + 2:
                destinations = [m for m in places if m.start >= first.start]
        traveller = next((m for m in reversed(mentions) if m.end <= travel and m.has_country
                          and (m.end == travel or all(w in AUX for w in low[m.end:travel]))), None)
        codes = {m.code[:3] for m in destinations}
        if traveller is not None and traveller.code[:3] not in codes:
            cand.sources = [traveller]
        cand.sources = [m for m in cand.sources if m.code[:3] not in codes]
        if destinations:
            cand.targets = destinations

    @staticmethod
    def _verb_near(low: list[str], start: int) -> bool:
        return start >= 2 and low[start - 2] in DETERMINERS

    @staticmethod
    def passive(low: list[str], verb: int) -> bool:
        word = low[verb]
        if blame_laid(low, verb):
            return True  # "Authorities to Blame for ...": they are blamed
        if not (word.endswith(("ed", "en", "wn")) or word in ("held", "met", "sent", "told", "left", "hit", "shot")):
            return False
        return any(low[q] in BE for q in range(max(0, verb - 3), verb)) or elided_passive(low, verb)

    def triples(self, cand: Candidate, *, apart: bool = False,
                drill: bool = False) -> Iterator[tuple[Mention | None, Mention | None, str]]:
        """The events of ``cand``: each source on each target; several sources of a cooperative act with no
        target the lexicon knows on each other, unless ``apart`` (they act together on a party of the act's own:
        :mod:`detente.coding._together`). A joint exercise (``drill``) is also its holders' cooperation with each
        other, and a show of force at no one is not told (:mod:`detente.coding._drills`)."""
        pairs = holder_pairs(cand.compound or cand.sources) if drill else []
        yield from ((a, b, DRILL_CODE) for a, b in pairs)
        if pairs and not any(t.has_country for t in cand.targets):
            return
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
                        if member is not other and member.code != other.code and not one_state(member, other):
                            yield member, other, cand.code
            return
        sources: list[Mention | None] = list(cand.sources) or [None]
        targets: list[Mention | None] = [t for t in cand.targets if t is not None] or [None]
        if (not apart and all(t is None or not t.has_country for t in targets) and len(cand.sources) > 1
                and not self.lexicon.petrarch
                and cand.code[:2] in SYMMETRIC_ROOTS and cand.code not in _TO_A_THIRD):
            for one in cand.sources:
                for other in cand.sources:
                    if one is not other and one.code != other.code and not one_state(one, other):
                        yield one, other, cand.code
            return
        for s in sources:
            for t in targets:
                if s is not None and t is not None and s.code == t.code:
                    continue
                yield s, t, cand.code
                if cand.paired and t is not None:
                    yield t, s, cand.paired
