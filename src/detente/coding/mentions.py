"""Actors in a sentence: countries, capitals standing for governments, organisations, people and roles.

One pass over the tokens finds the actor phrases of the lexicon (one dictionary look-up per token) and composes
neighbours into one :class:`Mention`: "North Korean officials" -> ``PRKGOV``, "soldiers from Gondor" ->
``GONMIL``, "U.S. and North Korean officials" -> ``USAGOV`` and ``PRKGOV``. People are read on the sentence's
date ("Kim" in 2019 is Kim Jong Un); a capital before "summit" or after "in" is a place, not a government.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from detente.actors import countries
from detente.coding._abroad import abroad
from detente.coding._meeting_names import names_meeting
from detente.coding._near_names import near_name
from detente.coding._place_voices import voiced_place
from detente.coding._portfolios import describes_role
from detente.coding._stays import stay_place
from detente.coding._tribute import in_tribute
from detente.coding._words import (
    AUX,
    BE,
    CLAUSE_WORDS,
    CONNECTORS,
    MODIFIERS,
    NEGATORS,
    OFFICE_NOUNS,
    PLACE_NOUNS,
    PREPOSITIONS,
    REPORTING,
    names_office,
)
from detente.coding.lexicon import ActorEntry, ActorSense, Lexicon, phrase_tokens

__all__ = ["ActorFinder", "Mention", "shouted"]

_FORMER = frozenset(["former", "ex", "then-former", "retired"])
#: words of rank between a country and the office it qualifies ("the U.S. assistant secretary of state", "the
#: Chinese assistant foreign minister", "the Indian junior minister"): one official of that country's government
_RANKS = frozenset(["assistant", "vice", "associate", "principal", "junior", "parliamentary", "executive"])
#: codes of organisations, whose letters after the prefix name the organisation, not a role
_GROUP_PREFIXES = frozenset(["IGO", "NGO", "MNC"])
#: nouns a city names a body, a format or a text by ("the Minsk Group", "the Paris Club", "the Astana format",
#: "the Minsk agreements"): the city is part of the name, not the government
_NAMED_AFTER_PLACES = frozenset(["group", "club", "format", "formats", "agreements", "accords", "protocol",
                                 "protocols", "principles", "forum", "initiative", "convention", "conventions",
                                 "communique", "memorandum", "framework", "dialogue"])
#: nouns of a text its issuer is named before ("a White House statement", "the North Korean statement", "a Kremlin
#: readout"): a state, its adjective or a seat of its government there is the author, not the place a document is
#: named after; a capital city before them still names a place ("the Singapore statement", "the Pyongyang statement")
_ISSUED = frozenset(["statement", "statements", "readout", "readouts"])
#: nouns of violence and unrest that happen somewhere: a capital city right before them, with no possessive, says
#: where ("the Kabul attack", "the Seoul bombing"), not who ("Moscow's attack" keeps its doer)
_HAPPENED_AT = frozenset(["attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
                          "massacre", "shelling", "shooting", "siege", "riot", "riots", "protest", "protests"])


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, ...]]:
    """The capital cities of the country table, as lowercase words."""
    return frozenset(phrase_tokens(c.capital.lower()) for c in countries() if c.capital)


#: verbs of arriving: the capital after them and "in" is the host of a visit ("arrived in Moscow")
_ARRIVING = frozenset(["arrive", "arrives", "arrived", "arriving", "landed", "lands"])
#: role words that are also the name of an act: "the defense of Japan" is defending it
_ACT_ROLES = frozenset(["defense", "defence"])
#: "fighter" is a combatant ("Taliban fighters") or a warplane ("stealth fighters", "F-35 fighters", "fighter
#: planes"): a warplane by the word before it (a kind or model of aircraft) or after it (what the fighter is)
_FIGHTERS = frozenset(["fighter", "fighters"])
#: nouns that end in "-ly" like an adverb ("the army supply", "the party rally"): a role word before one modifies it
_LY_NOUNS = frozenset(["ally", "allies", "assembly", "family", "rally", "supply", "monopoly", "anomaly", "reply",
                       "july", "italy", "bully", "folly", "homily", "jelly", "belly", "fly", "lily"])
#: bodies whose members speak for them ("Council members condemned ...": the council), and the word for them
_CHAMBERS = frozenset(["council", "committee", "commission", "cabinet"])
_MEMBERS = frozenset(["members"])
#: offices named with the country they deal with after "for" ("special envoy for North Korea", "Special
#: Representative for Afghanistan"): the country is the office's remit
_REMIT_OFFICES = frozenset(["envoy", "envoys", "representative", "representatives", "coordinator", "negotiator",
                            "adviser", "advisor", "czar", "rapporteur"])
#: a state's organs, which a role of that state after "and the" extends to ("the Government and the people of X")
_ORGANS = frozenset(["GOV", "MIL"])
_AIRCRAFT_BEFORE = frozenset(["stealth", "jet", "multirole", "multi-role", "supersonic", "interceptor",
                              "carrier-based", "fifth-generation", "advanced", "air", "naval", "twin-engine"])
_AIRCRAFT_AFTER = frozenset(["jet", "jets", "plane", "planes", "aircraft", "bomber", "bombers", "squadron",
                             "squadrons", "wing", "wings", "pilot", "pilots", "aircrafts"])
#: first words of country names that some writers keep in lower case ("south Korea", "north Korean")
_DIRECTIONS = frozenset(["north", "south", "east", "west"])
#: words that make "American" a region's adjective, not the United States' ("Latin American leaders", "South
#: American nations", "Central American countries", "the North American Aerospace Defense Command")
_AMERICAS = frozenset(["latin", "central", "south", "north"])
_AMERICAN = frozenset(["american", "americans"])
_OF_THE_AMERICAS = (["regional"], ["region"], ["continent"], ["continental"])  # "the American region": the Americas
#: combining forms that stand for a country only as the first part of a hyphenated pair ("Sino-Japanese",
#: "Indo-Pakistani", "Franco-German"), read as the country's adjective; "Indo-Pacific" or "Anglo-Saxon" name no
#: second country and stay whole
_COMBINING = {"sino": "Chinese", "indo": "Indian", "russo": "Russian", "franco": "French", "anglo": "British",
              "italo": "Italian", "greco": "Greek", "turco": "Turkish", "austro": "Austrian"}
#: words that name two states at once: "inter-Korean talks", "cross-Strait ties" (each a hyphenated pair), and
#: the plural of a divided country's name after "two", "both" or "the" ("the two Koreas", "both Sudans")
_PAIR_WORDS = {"inter-korean": (("South", "Korean"), ("North", "Korean")),
               "cross-strait": (("Chinese",), ("Taiwanese",))}
_PLURAL_PAIRS = {"koreas": (("South", "Korea"), ("North", "Korea")), "sudans": (("Sudan",), ("South", "Sudan"))}
_PLURAL_PAIR_BEFORE = frozenset(["two", "both", "the"])


def _ranked(between: Sequence[str], low: Sequence[str], role: int, after_actor: bool) -> bool:
    """Words of rank (and the modifiers of :data:`MODIFIERS`) between an actor and the office that follows it
    make one official: "U.S. assistant secretary of state", "the US acting assistant secretary", "U.S. under
    secretary of state" ("under" only before "secretary": "Japan under Prime Minister Noda" is the country)."""
    if not after_actor or not 1 <= len(between) <= 3:
        return False
    ranks = [(k, w) for k, w in enumerate(between) if w not in MODIFIERS]
    return bool(ranks) and all(w in _RANKS or (w == "under" and k == len(between) - 1 and low[role] == "secretary")
                               for k, w in ranks)


def _office_default(entry: ActorEntry) -> ActorSense | None:
    """An office phrase ("the U.S. envoy") on a day no listed person held it: still the government it speaks
    for, when every holder shares one code (a name such as "Trump" out of office gets nothing)."""
    codes = {sense.code for sense in entry.senses}
    words = entry.tokens
    # "the U.S. deputy secretary of state", "the president of the United States": an office before "of"
    office = words[-1] in OFFICE_NOUNS or any(w in OFFICE_NOUNS and words[k + 1] == "of"
                                              for k, w in enumerate(words[:-1]))
    if entry.kind == "person" and office and len(codes) == 1:
        return ActorSense(codes.pop())
    return None


#: nouns after a leader's surname that make it name his government, its era or its camp, not another person ("the
#: Lee group", "the Bush administration", "the Kim regime")
_AFTER_SURNAME = frozenset(["group", "administration", "government", "regime", "era", "camp", "clan", "gang",
                            "dynasty", "cabinet", "presidency", "doctrine", "years", "family", "line", "team", "plan",
                            "policy", "initiative", "visit", "trip", "talks", "summit", "speech", "statement"])


def _namesake(tokens: Sequence[str], low: Sequence[str], end: int, function: frozenset[str]) -> bool:
    """A listed person's one-word name (his family name: "Kim", "Clinton") followed at ``end`` by a given name,
    a capitalised word the lexicon does not know ("General Kim Kyok Sik", "Kim Yong Il", "Clinton Davis"): another
    person who shares the family name, not the one listed."""
    if end >= len(low):
        return False
    word, following = tokens[end], low[end]
    return (word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper()
            and following not in function and following not in _AFTER_SURNAME and following not in _CALENDAR)


def _late_day(group: Sequence[_Raw], day: dt.date | None) -> dt.date | None:
    """The last day of the latest term of the person in ``group`` that ended before ``day``, when no term holds
    ``day``: his state's code on that day is the one a tribute to him is paid to."""
    if day is None:
        return None
    last: dt.date | None = None
    for raw in group:
        entry = raw.entry
        if entry is None or entry.kind != "person":
            continue
        if any(s.valid_on(day) for s in entry.senses):
            return None
        ends = [s.end for s in entry.senses if s.end is not None and s.end < day]
        if ends and len({s.code[:3] for s in entry.senses}) == 1:
            last = max(ends) if last is None else max(last, *ends)
    return last


def _warplane(low: list[str], i: int) -> bool:
    """Whether "fighter(s)" at ``i`` is an aircraft: "stealth fighters", "F-35 fighters", "15 J-20 fighters",
    "fighter planes" (an air force's, not rebels)."""
    before = low[i - 1] if i > 0 else ""
    after = low[i + 1] if i + 1 < len(low) else ""
    model = "-" in before and before.split("-")[0].isalpha() and before.split("-")[-1][:1].isdigit()
    return before in _AIRCRAFT_BEFORE or model or after in _AIRCRAFT_AFTER


#: the names of days and months, written with a capital in running text ("ON WEDNESDAY" -> "on Wednesday")
_CALENDAR = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "june", "july", "august", "september", "october", "november",
                       "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."])
#: words in lower case inside a name ("Department of State", "Bosnia and Herzegovina")
_LOWER_IN_NAMES = frozenset(["of", "the", "and", "for", "on", "de", "du", "la", "al"])


def _adverb(word: str) -> bool:
    """Whether ``word`` is an adverb in "-ly" ("the council strongly condemned", "the ministry firmly rejected"),
    which a role word before it does not modify."""
    return len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


def _title(token: str) -> str:
    """A word in capitals in title case, each part of a hyphenated word too ("NORTH-SOUTH" -> "North-South")."""
    return "-".join(p.capitalize() for p in token.split("-"))


def shouted(tokens: list[str]) -> bool:
    """Whether a sentence is written in capitals: at least four words of letters, four in five in capitals."""
    upper = sum(1 for t in tokens if t.isupper() and len(t) > 1 and t.isalpha())
    return upper >= 4 and upper * 5 >= sum(1 for t in tokens if len(t) > 1 and t.isalpha()) * 4


def _spelled(token: str) -> bool:
    """Letters joined by hyphens or dots ("U-S", "V-O-A", "U.S."): an abbreviation, kept as written."""
    parts = [p for p in token.replace(".", "-").split("-") if p]
    return len(parts) > 1 and all(len(p) == 1 for p in parts)


def _stationed(group: list[_Raw], between: list[str], place: _Raw) -> bool:
    """"forces in Iraq", "troops in South Korea": soldiers where they are stationed, whoever's they are (a
    capital still speaks for its state: "officials in Seoul")."""
    return (between[0] == "in" and place.entry is not None and place.entry.kind != "metonym"
            and any(r.role == "MIL" for r in group))


#: a state's missions abroad and their heads: "the embassy in Beijing", "Brazil's Beijing embassy" are in that
#: capital, not its government's
_MISSIONS = frozenset(["embassy", "embassies", "consulate", "consulates", "mission", "missions", "legation",
                       "ambassador", "ambassadors"])
#: the words before a mission that make it the way an act goes ("via its embassy", "through the embassy")
_CHANNEL_WORDS = frozenset(["via", "through"])
_OWNERS = frozenset(["its", "their", "the", "his", "her", "our", "an", "a"])
#: bodies of water named after a state: "the Sea of Japan", "the Gulf of Oman" are places, not the state
_WATERS = frozenset(["sea", "gulf", "bay", "strait", "straits"])


def _posted(group: list[_Raw], between: list[str], low: list[str]) -> bool:
    """"protested via its embassy in Beijing": a mission the act goes through, where it is posted, is not that
    state's (opening "its embassy in Ethiopia" still concerns Ethiopia)."""
    if between[0] != "in" or any(r.entry is not None for r in group) or low[group[-1].end - 1] not in _MISSIONS:
        return False
    q = group[0].start - 1
    if q >= 0 and low[q] in _OWNERS:
        q -= 1
    return q >= 0 and low[q] in _CHANNEL_WORDS


def _with_plurals(actors: dict[str, list[ActorEntry]]) -> dict[str, list[ActorEntry]]:
    """The actor phrases with the plural of each nationality word: "the North Koreans", "the Israelis" stand for
    their country as "North Korean", "Israeli" do ("Americans" without "the" for its people, see
    :meth:`ActorFinder.find`). A nationality word is a country's phrase (one sense, a country's code) that is no
    country's name: an adjective of the countries' table ("Soviet", "Greek", "Czech", "Swede", "Filipino") or a
    phrase ending in "-an" or "-i"; its plural adds "s" ("the Soviets", "the Greeks"). Words that take no "s"
    ("Chinese", "Polish", "Dutch", "Swiss", "Turkmen") get none, and no plural is made that is already a phrase of
    its own ("Laos", "the Philippines"); a name's plural ("the two Congos") is none."""
    out = {first: list(entries) for first, entries in actors.items()}
    taken = {e.tokens for entries in actors.values() for e in entries}
    adjectives = {phrase_tokens(a) for c in countries() for a in c.adjectives}
    names = {phrase_tokens(n) for c in countries() for n in (c.name, *c.alt_names)}
    for entries in actors.values():
        for entry in entries:
            last = entry.tokens[-1]
            if entry.kind != "actor" or len(entry.senses) != 1 or len(entry.senses[0].code) != 3 \
                    or not last.isalpha() or entry.acronym or entry.tokens in names \
                    or not (last.endswith(_NATIONALITY_ENDINGS) or entry.tokens in adjectives) \
                    or last.lower().endswith(_NO_PLURAL):
                continue
            plural = ActorEntry((*entry.tokens[:-1], last + "s"), entry.senses, _PLURAL)
            if plural.tokens in taken:
                continue
            out.setdefault(plural.tokens[0], []).append(plural)
    for entries in out.values():
        entries.sort(key=lambda e: -len(e.tokens))
    return out


#: offices of one state alone, by the words of the title (the agents' dictionary gives them no country)
_STATE_TITLES: dict[tuple[str, ...], str] = {("secretary", "of", "state"): "USA",
                                             ("secretary", "of", "defense"): "USA"}
#: the kind of the entries of plural nationality words
_PLURAL = "plural"
#: how the nationality words of the actor dictionaries end ("Korean", "Israeli"); the countries' table names its
#: own ("Soviet", "Greek", "Czech", "Swede", "Filipino")
_NATIONALITY_ENDINGS = ("an", "i")
#: endings of nationality words with no plural in "s" ("Chinese", "Polish", "Swiss", "Dutch", "French",
#: "Turkmen", "Icelandic", "Kyrgyz", "Malagasy") and of names that take none ("Bangladesh", "Yemen")
_NO_PLURAL = ("ese", "ish", "ss", "sh", "tch", "nch", "men", "ic", "z", "y")


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
    #: a role named with its country after "of", "from" or "in" ("the leaders of Chad")
    role_of: bool = False
    #: a person (a name, or an office: "the Ruritanian president")
    person: bool = False
    #: the other actors a reference to several stands for ("the two leaders": both; see coding.coref)
    also: list[Mention] = field(default_factory=list)
    #: a leader named after his term as what a tribute is paid to: his state, never the doer of an act
    late: bool = False


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    entry: ActorEntry | None
    role: str | None = None
    prefix: bool = False


def _bracketed_again(raws: list[_Raw], low: Sequence[str]) -> list[_Raw]:
    """A country's short name in brackets after its name and before an office ("Republic of Korea (ROK) Minister
    of National Defense") is the same actor: the brackets join the name, so the office after them is that
    country's. Brackets before anything else are left as they are (a short name defined for the text)."""
    out: list[_Raw] = []
    for k, r in enumerate(raws):
        prev = out[-1] if out else None
        role = raws[k + 1] if k + 1 < len(raws) else None  # an office right after the brackets
        if prev is not None and r.entry is not None and prev.entry is not None and prev.end == r.start - 1 \
                and low[prev.end] == "(" and low[r.end:r.end + 1] == [")"] \
                and role is not None and role.start == r.end + 1 and role.entry is None \
                and {s.code[:3] for s in r.entry.senses} & {s.code[:3] for s in prev.entry.senses}:
            prev.end = r.end + 1
            continue
        out.append(r)
    return out


#: the movement whose national societies bear their country's name: "the DPRK Red Cross", "the Japanese Red Cross",
#: "the Red Cross Society of China", "the Iranian Red Crescent" are the society of that country, not the committee
_MOVEMENT = frozenset([("red", "cross"), ("red", "crescent")])


def _state_of(raw: _Raw | None) -> bool:
    return raw is not None and raw.entry is not None and any(
        len(s.code) >= 3 and s.code[:3].isalpha() and s.code[:3] not in ("IGO", "NGO") for s in raw.entry.senses)


def _national_societies(raws: list[_Raw], low: Sequence[str]) -> list[_Raw]:
    """"DPRK-Japan Red Cross talks", "the Red Cross Society of China": the Red Cross or Red Crescent named with a
    country right before it, or with "(society) of" and a country right after it, is that country's national
    society, which the country's mention stands for; the movement's name alone ("the Red Cross", "the ICRC")
    stays the international committee."""
    out: list[_Raw] = []
    for k, r in enumerate(raws):
        if r.entry is not None and r.entry.tokens in _MOVEMENT:
            before = raws[k - 1] if k > 0 else None
            after = raws[k + 1] if k + 1 < len(raws) else None
            q = r.end + (1 if low[r.end:r.end + 1] == ["society"] else 0)
            if _state_of(before) and before is not None and out and out[-1] is before \
                    and (before.end == r.start or (before.end == r.start - 1 and low[before.end] == "'s")):
                before.end = r.end  # "the DPRK Red Cross delegation": the country's society, and its delegation
                continue
            if low[q:q + 1] == ["of"] and _state_of(after) and after is not None and after.start in (q + 1, q + 2):
                after.start = r.start  # "the Red Cross Society of China"
                continue
        out.append(r)
    return out


def _with_remits(mentions: list[Mention], low: Sequence[str]) -> list[Mention]:
    """The country an office is for is part of the office, no party of the sentence: "U.S. special envoy for North
    Korea Sung Kim" is one actor, the US envoy (the name after the remit is the holder's)."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].end == m.start - 1 and low[m.start - 1] == "for" and low[out[-1].end - 1] in _REMIT_OFFICES \
                and len(m.code) == 3 and not m.person:
            out[-1].end = m.end
            continue
        out.append(m)
    return out


class ActorFinder:
    """Finds the actors of a sentence with one :class:`Lexicon`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        #: the lexicon's actor phrases by first word, with the plural nationality words ("the North Koreans")
        self._actors = lexicon.actors if lexicon.petrarch else _with_plurals(lexicon.actors)
        #: a plural nationality word without "the" names the country's people ("Cubans", "three Americans")
        self._people = {id(e): ActorEntry(e.tokens, tuple(ActorSense(s.code + "CVL") for s in e.senses), "actor")
                        for entries in self._actors.values() for e in entries if e.kind == _PLURAL}
        #: the entries of each first word that need no capital ("the north koreans"), in the same order: a word
        #: in lower case is tried against these alone
        self._uncased = {first: [e for e in entries if not e.cased] for first, entries in self._actors.items()}
        self._heads = frozenset(self._actors) | frozenset(lexicon.agents)
        #: for each direction, the words that follow it in a country's name or adjective ("north": "korea",
        #: "korean", ...), for "South and North Korean"
        self._halves: dict[str, frozenset[str]] = {
            word: frozenset(e.tokens[1] for e in self._actors.get(word, []) if len(e.tokens) == 2)
            for word in _DIRECTIONS}
        self._senses: dict[tuple[int, dt.date | None], ActorSense | None] = {}
        #: words after a role noun that show it is the head of its phrase ("officials said", "troops in")
        self._function = (frozenset(lexicon.verbs) | PREPOSITIONS | CLAUSE_WORDS | AUX | BE | CONNECTORS
                          | REPORTING | NEGATORS | frozenset({"and", "or", "who", "to"}))
        #: words that are no given name after a family name (see _namesake)
        self._not_given = self._function | self._heads

    def recase(self, tokens: list[str]) -> list[str]:
        """A sentence written in capitals ("THE CLINTON ADMINISTRATION IS CALLING ON INDIA", old wire copy and
        transcripts) in the case of running text, so that names stand out from words as they do elsewhere: the
        words of a name of the lexicon found in it ("UNITED STATES", "WHITE HOUSE", "CLINTON") in title case
        (its acronyms, "UN", "DPRK", and letters joined by hyphens or dots, "U-S", as written), other words in
        lower case, the first word capitalised. A sentence is recased when at least four of its words and four
        in five of them are in capitals (:func:`shouted`)."""
        low = [t.lower() for t in tokens]
        out = [t if not t.isupper() or _spelled(t) else _title(t) if w in _CALENDAR else w
               for t, w in zip(tokens, low, strict=True)]
        k = 0
        while k < len(low):
            width = 0
            for entry in self._actors.get(low[k], ()):
                n = len(entry.tokens)
                if n > width and (entry.cased or entry.acronym) and tuple(low[k:k + n]) == entry.tokens:
                    width = n
                    acronym = entry.acronym
            for j in range(k, k + width):
                if tokens[j].isupper() and not _spelled(tokens[j]) and not (acronym and width == 1):
                    out[j] = out[j] if low[j] in _LOWER_IN_NAMES and j > k else _title(tokens[j])
                elif acronym and width == 1:
                    out[j] = tokens[j]
            if not width and "-" in low[k] and tokens[k].isupper() and all(
                    part in _DIRECTIONS or part in self._actors for part in low[k].split("-") if part):
                out[k] = _title(tokens[k])  # "NORTH-SOUTH TALKS", "U.S.-DPRK"
            elif not width and low[k] in _DIRECTIONS and k > 0 and low[k - 1] == "the" and tokens[k].isupper():
                out[k] = _title(tokens[k])  # "THE NORTH": the country (see coding.coref)
            k += max(width, 1)
        if out and out[0][:1].islower():
            out[0] = _title(out[0])
        return out

    def halves(self) -> list[tuple[str, str, str]]:
        """(direction, rest of the name, code) of the lexicon's countries named by a direction: ("north", "korea",
        "PRK"), ("south", "korea", "KOR"), ... (for "the North", "the South"; see coding.coref)."""
        out: dict[tuple[str, str], str] = {}
        for word in _DIRECTIONS:
            for entry in self.lexicon.actors.get(word, []):
                if len(entry.tokens) == 2 and entry.kind == "actor" and len(entry.senses) == 1 \
                        and len(entry.senses[0].code) == 3:
                    out.setdefault((word, entry.tokens[1]), entry.senses[0].code)
        return [(d, rest, code) for (d, rest), code in sorted(out.items())]

    def split_pairs(self, tokens: list[str], lowered: list[str] | None = None) -> list[str]:
        """Hyphenated pairs of actors split into their parts: "DPRK-U.S." -> DPRK - U.S., "Trump-Kim" -> Trump -
        Kim, when every part begins with a capital and starts a name of the lexicon, and the whole is no name
        ("Guinea-Bissau"). Names such as "Kim Dae-Jung" stay whole. A combining form before the hyphen is its
        country ("Sino-Japanese" -> Chinese - Japanese), and words that name two states are written as the pair
        ("inter-Korean" -> South Korean - North Korean, "the two Koreas" -> the South Korea and North Korea).
        ``lowered``: the tokens in lower case, if known; ``tokens`` itself is returned when nothing is split."""
        if "-" not in "".join(tokens):  # with no hyphen, only "the two Koreas", "South and North Korean" are pairs
            lowered = lowered if lowered is not None else [t.lower() for t in tokens]
            if _PLURAL_PAIRS.keys().isdisjoint(lowered) and ("and" not in lowered or _DIRECTIONS.isdisjoint(lowered)):
                return tokens
        heads = self._heads
        out: list[str] = []
        skip = False
        for k, token in enumerate(tokens):
            if skip:
                skip = False
                continue
            low = token.lower()
            if low in _DIRECTIONS and token[:1].isupper() and tokens[k + 1:k + 2] == ["and"] \
                    and k + 3 < len(tokens) and tokens[k + 2].lower() in _DIRECTIONS and tokens[k + 2][:1].isupper() \
                    and tokens[k + 3].lower() in self._halves.get(low, ()) \
                    and tokens[k + 3].lower() in self._halves.get(tokens[k + 2].lower(), ()):
                out.extend((token, tokens[k + 3]))  # "South and North Korean diplomats": both are Korean
                continue
            pair = _PAIR_WORDS.get(low)
            if pair is not None:
                out.extend((*pair[0], "-", *pair[1]))
                continue
            pair = _PLURAL_PAIRS.get(low)
            if pair is not None and k > 0 and tokens[k - 1].lower() in _PLURAL_PAIR_BEFORE and token[:1].isupper():
                if out[-1].lower() != "the":
                    out.pop()  # "two", "both": the pair says how many
                out.extend((*pair[0], "and", *pair[1]))
                continue
            parts = token.split("-")
            if len(parts) < 2 or low in heads or not all(p[:1].isupper() for p in parts):
                out.append(token)
                continue
            parts = [_COMBINING.get(p.lower(), p) for p in parts[:-1]] + parts[-1:]
            # "DPRK-U.S." is read as "DPRK-U.S" and "."
            dotted = k + 1 < len(tokens) and tokens[k + 1] == "." and parts[-1].lower() + "." in heads
            last = parts[-1] + "." if dotted else parts[-1]
            if not all(p.lower() in heads for p in (*parts[:-1], last)):
                out.append(token)
                continue
            for p in parts[:-1]:
                out.extend((p, "-"))
            out.append(last)
            skip = dotted and k + 2 < len(tokens)  # the "." ending the sentence stays
        return out

    def discarded(self, low: list[str]) -> bool:
        n = len(low)
        for phrase in self.lexicon.discards:
            k = len(phrase)
            first = phrase[0]
            for i in range(n - k + 1):
                if low[i] == first and tuple(low[i:i + k]) == phrase:
                    return True
        return False

    def find(
        self, tokens: list[str], low: list[str], day: dt.date | None
    ) -> tuple[list[Mention], set[int]]:
        actors = self._actors
        agents = self.lexicon.agents
        raws: list[_Raw] = []
        heads = self._heads
        candidates = list(itertools.compress(range(len(low)), map(heads.__contains__, low)))
        end = 0
        last = len(low) - 1
        for i in candidates:
            if i < end:
                continue
            word = low[i]
            hit: _Raw | None = None
            first = tokens[i][0]
            cands = actors.get(word)
            if cands is not None:
                capital = first.isupper() or not first.isalpha() or (
                    word in _DIRECTIONS and i + 1 < len(tokens) and tokens[i + 1][:1].isupper())
                if not capital:
                    cands = self._uncased[word]
                after = low[i + 1] if i < last else None
                for entry in cands:
                    if entry.acronym and not tokens[i].isupper():
                        continue
                    k = len(entry.tokens)
                    # a phrase of several words whose second word is not the next is rejected before slicing
                    if k == 1 or (entry.tokens[1] == after and tuple(low[i:i + k]) == entry.tokens):
                        if entry.kind == _PLURAL and (i == 0 or low[i - 1] != "the"):
                            entry = self._people[id(entry)]  # "three Americans": people, not "the Americans"
                        if k == 1 and entry.kind == "person" and _namesake(tokens, low, i + 1, self._not_given):
                            break  # "General Kim Kyok Sik": another Kim than the one listed
                        hit = _Raw(i, i + k, entry)
                        break
            roles = agents.get(word)
            if roles is not None:
                for agent in roles:
                    k = len(agent.tokens)
                    if (k == 1 or tuple(low[i:i + k]) == agent.tokens) and (hit is None or k > hit.end - i):
                        hit = _Raw(i, i + k, None, agent.code, agent.prefix)
                        break
            if hit is not None and hit.entry is None and hit.end == i + 1 and word in _ACT_ROLES \
                    and low[i + 1:i + 2] == ["of"]:
                hit = None  # "the defense of Japan": defending Japan, not an army
            if hit is not None and word in _AMERICAN and ((i > 0 and low[i - 1] in _AMERICAS and tokens[i - 1][:1]
                                                          .isupper()) or low[i + 1:i + 2] in _OF_THE_AMERICAS):
                hit = None  # "South American nations", "an American regional meeting": the Americas, not the US
            if hit is not None and hit.entry is not None and hit.entry.kind == "actor":
                near = near_name(tokens, low, i, hit.end)  # "the Democratic Congo", "the Indian Ocean"
                if near is not None and near[0] >= end:
                    hit = _Raw(near[0], hit.end, ActorEntry(tuple(low[near[0]:hit.end]), (ActorSense(near[1]),))) \
                        if near[1] else None
            if hit is not None and hit.role == "REB" and word in _FIGHTERS and _warplane(low, i):
                hit = _Raw(i, i + 2 if low[i + 1:i + 2] and low[i + 1] in _AIRCRAFT_AFTER else i + 1, None, "MIL")
            if hit is not None:
                raws.append(hit)
                end = hit.end
        if len(raws) > 1:
            # "Brazil's Beijing embassy": the capital before a mission says where it is
            raws = [r for r, nxt in zip(raws, [*raws[1:], None], strict=True)
                    if not (nxt is not None and r.entry is not None and r.entry.kind == "metonym"
                            and nxt.start == r.end and nxt.entry is None and low[nxt.end - 1] in _MISSIONS)]
        raws = _national_societies(_bracketed_again(raws, low), low)
        covered: set[int] = set()
        for raw in raws:
            covered.update(range(raw.start, raw.end))
        return _with_remits(abroad(tokens, low, self._compose(raws, low, day)), low), covered

    def _compose(self, raws: list[_Raw], low: list[str], day: dt.date | None) -> list[Mention]:
        mentions: list[Mention] = []
        starts = frozenset(r.start for r in raws)
        i = 0
        while i < len(raws):
            group = [raws[i]]
            j = i + 1
            # "former president Carter": no office on the day; the person as the country's elite
            former = raws[i].start > 0 and low[raws[i].start - 1] in _FORMER
            while j < len(raws):
                prev, nxt = group[-1], raws[j]
                between = low[prev.end:nxt.start]
                has_actor = any(r.entry is not None for r in group)
                if (all(w in MODIFIERS for w in between) and len(between) <= 2) or _ranked(
                        between, low, nxt.start, nxt.entry is None and has_actor) or (
                        # "Iran's supreme leader", "Japan's trade ministry": a role after words that describe it
                        nxt.entry is None and has_actor and 2 <= len(between) <= 3 and between[0] == "'s"
                        and all(describes_role(w, self._function) for w in between[1:])
                ) or (
                        # "a U.S. negotiating team", "the Chinese peacekeeping troops", "Kenya's ruling party"
                        nxt.entry is None and has_actor and 1 <= len(between) <= 2 and between[-1].endswith("ing")
                        and len(between[-1]) > 5 and all(w in MODIFIERS for w in between[:-1])):
                    if nxt.entry is not None and has_actor and not (former or self._same_actor(group, nxt, day)):
                        break
                elif (nxt.entry is not None and not has_actor and 1 <= len(between) <= 2
                      and between[0] in ("of", "from", "in") and all(w in ("the", "of", "from", "in")
                                                                      for w in between)
                      and not _stationed(group, between, nxt) and not _posted(group, between, low)):
                    pass
                else:
                    break
                group.append(nxt)
                j += 1
            late = None if former or not any(r.entry is not None and r.entry.kind == "person"
                                              and self._sense(r.entry, day) is None for r in group) \
                else _late_day(group, day)
            tribute = late is not None and in_tribute(low, group[0].start, group[-1].end)
            # "the demise of Kim Jong Il" after his term: his state, as it was at its end
            mention = self._mention(group, late if tribute else None if former else day)
            if mention is not None and former and mention.has_country:
                mention.code = mention.code[:3] + "ELI"
            if mention is not None and not mention.has_country and len(group) == 1 and group[0].entry is None:
                self._state_title(mention, group[0], low)
            if mention is not None:
                only_places = all(r.entry is not None and r.entry.kind in ("metonym", "actor") for r in group)
                before = low[group[0].start - 1] if group[0].start > 0 else ""
                after = low[group[-1].end] if group[-1].end < len(low) else ""
                metonym = all(r.entry is not None and r.entry.kind == "metonym" for r in group)
                # "the U.S.-DPRK talks", "Seoul-Pyongyang talks": a pair of parties, not a place
                paired = before == "-" or (after == "-" and any(r.start == group[-1].end + 1 for r in raws))
                # "arrived in Moscow", "was in Moscow": where a visitor arrives or stays is the host, not a place
                arrived = before == "in" and group[0].start > 1 and (
                    low[group[0].start - 2] in _ARRIVING or stay_place(low, group[0].start - 1)
                    or voiced_place(low, group[0].start - 1))  # "condemned in Cairo": by those in it
                # "the Sea of Japan", "the Gulf of Oman": a body of water named after the state
                water = (before == "of" and group[0].start > 1 and low[group[0].start - 2] in _WATERS) or (
                    after == "sea" and not mention.person)  # "the East China Sea", "the Philippine Sea"
                # "a White House statement": the statement's issuer, not a place it is named after
                issuer = after in _ISSUED and tuple(low[group[0].start:group[-1].end]) not in _capitals()
                if water or (not paired and not arrived and not issuer and (
                    (metonym and (before == "in" or (after in PLACE_NOUNS and before != "'s")
                                  or (after in _HAPPENED_AT and before != "'s"
                                      and tuple(low[group[0].start:group[-1].end]) in _capitals())
                                  or after in _NAMED_AFTER_PLACES))
                    or (only_places and after in PLACE_NOUNS and before in ("the", "a", "an"))
                )):
                    i = j
                    continue  # "in Hanoi", "the Singapore summit": a place, not the government
                if group[0].entry is not None and all(r.entry is None for r in group[1:]) and not paired and (
                        len(group) == 1 or group[0].entry.kind == "organisation") and names_meeting(
                        low, group[0].start, group[-1].end, group[0].entry.kind, starts):
                    i = j
                    continue  # "the Paris climate agreement", "at the NATO Summit": a text or a meeting
                mention.role_only = group[0].entry is None and mention.code.startswith("---")
                if mention.role_only and not self.lexicon.petrarch and after.isalpha() and after not in self._function \
                        and not _adverb(after) and not (after in _MEMBERS and low[group[-1].end - 1] in _CHAMBERS):
                    i = j
                    continue  # "military exercises": the role word modifies a noun
                mention.led_by_actor = group[0].entry is not None and len(group) > 1
                mention.role_of = group[0].entry is None and any(r.entry is not None for r in group[1:])
                # a leader paid tribute to after his term stands for his state, and is no person a later "he"
                # or "the President" refers to (his past acts are not his state's of today)
                mention.late = tribute
                # an organisation named alone ("the UN", "NATO") has a name but is no person a "he" stands for
                body = all(r.entry is not None and r.entry.kind == "organisation" for r in group) and not \
                    names_office(low, group[0].start, group[-1].end)  # "the UN Secretary-General" is a person
                mention.person = not tribute and ((mention.name is not None and not body) or any(
                    low[r.end - 1] in OFFICE_NOUNS or (r.entry is not None and r.entry.kind == "person")
                    for r in group))
                mentions.append(mention)
            i = j
        self._share_roles(mentions, low)
        return mentions

    @staticmethod
    def _state_title(mention: Mention, raw: _Raw, low: list[str]) -> None:
        """An office only one state has by that name names the state: "Deputy Secretary of State John J.
        Sullivan", "the Secretary of State", "Assistant Secretary of State for East Asian Affairs", "the Secretary
        of Defense" are the US government's; "Secretary of State for Defence" (a British office, named with its
        portfolio) is not."""
        country = _STATE_TITLES.get(tuple(low[raw.start:raw.end]))
        if country is None or (low[raw.end:raw.end + 1] == ["for"] and low[raw.start - 1:raw.start] != ["assistant"]):
            return
        mention.code = country + mention.code[3:]
        mention.has_country = True

    @staticmethod
    def _share_roles(mentions: list[Mention], low: list[str]) -> None:
        """"U.S. and North Korean officials": both are officials; "Danish media and government": both Danish;
        "the leaders of Chad and Niger": both leaders."""
        for a, b in itertools.pairwise(mentions):
            if low[a.end:b.start] not in (["and"], ["and", "the"]):
                continue
            if a.role_of and b.has_country and len(b.code) == 3 and len(a.code) > 3:
                b.code += a.code[3:]
                b.role_of = True
            elif a.role_only and not a.has_country and b.role_of and b.has_country and a.code[3:] in _ORGANS \
                    and low[a.end:b.start] == ["and", "the"]:
                # "the Government and the people of the Russian Federation": both Russia's (not "the protesters
                # and the government of Syria")
                a.code = b.code[:3] + a.code[3:]
                a.has_country = True
            elif low[a.end:b.start] != ["and"]:
                continue
            elif a.has_country and len(a.code) == 3 and b.led_by_actor and len(b.code) > 3 and b.has_country:
                # "U.S. and NATO officials": the officials' role, not the organisation's code (IGOWSTNAT + GOV)
                a.code += b.code[3:] if len(b.code) <= 6 or b.code[:3] not in _GROUP_PREFIXES else b.code[-3:]
            elif b.role_only and a.has_country:
                b.code = a.code[:3] + b.code[3:]
                b.has_country = True
            elif a.role_only and not a.has_country and b.role_of and b.has_country and len(a.code) > 3:
                # "the government and people of Russia", "the people and government of Colombia": both Russia's
                a.code = b.code[:3] + a.code[3:]
                a.has_country = True

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
                elif sense.code == base and name is None:
                    name = sense.name
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
