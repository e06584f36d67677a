"""The coder's dictionaries: actors, agents, verbs and their patterns, discards.

Two sources fill one :class:`Lexicon`:

- the shipped dictionaries: ``detente/data/{countries,organisations,people}.csv`` for actors, and
  ``coding/dictionaries/{agents,verbs}.txt`` for roles and verb phrases (format described at the top of each file);
  a user's folder with files of the same names extends them (:func:`load_lexicon`);
- PETRARCH/TABARI dictionaries (``*actors*.txt``, ``*agents*.txt``, ``*verbs*.txt``, ``*discards*.txt``), read by
  :func:`read_petrarch`. A folder holding such files is coded with those dictionaries alone, as PETRARCH would.

Everything is indexed by the first (lower-case) word, so the coder does one dictionary look-up per token.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.actors import countries, organisations, people, read_people
from detente.coding._text import fold_accents
from detente.errors import InputError, SourceNotFound
from detente.model import Actor

__all__ = [
    "ActorEntry",
    "ActorSense",
    "AgentEntry",
    "Lexicon",
    "Pattern",
    "Slot",
    "VerbEntry",
    "builtin_lexicon",
    "inflections",
    "load_lexicon",
    "read_petrarch",
]

log = logging.getLogger(__name__)

#: files of a --dictionaries folder in detente's own format (they extend the shipped dictionaries)
OWN_FILES = ("verbs.txt", "agents.txt", "actors.txt", "people.csv")
GAP = 8  # words a "..." (or a PETRARCH space) may skip


@dataclass(frozen=True, slots=True)
class ActorSense:
    """One reading of an actor phrase, valid between two dates (open ends unbounded)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    name: str | None = None  # the person or organisation, when the phrase names one

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    tokens: tuple[str, ...]
    senses: tuple[ActorSense, ...]
    kind: str = "actor"  # actor / person / organisation / metonym
    cased: bool = True  # a proper name: its first word must be capitalised in the text
    acronym: bool = False  # written in capitals ("ROK", "UN"): "Rok" and "Un" in a Korean name are not it

    def sense_on(self, day: dt.date | None) -> ActorSense | None:
        """The sense valid on ``day``. On a date, a sense restricted to a period that holds it beats an
        unrestricted default. With no date, a phrase names no dated holder (never today's): it is read as what all
        its senses share (the office's code, else the country) with the person's name when only one person bears
        it ("the Secretary of State" is USAGOV and nobody in particular)."""
        if day is None:
            open_ended = [s for s in self.senses if s.start is None and s.end is None]
            if open_ended:
                return open_ended[0]
            codes = {s.code for s in self.senses}
            countries = {s.code[:3] for s in self.senses}
            names = {s.name for s in self.senses}
            if len(countries) != 1:
                return None
            code = codes.pop() if len(codes) == 1 else countries.pop()
            return ActorSense(code, name=names.pop() if len(names) == 1 else None)
        valid = [s for s in self.senses if s.valid_on(day)]
        if not valid:
            return None
        return max(valid, key=lambda s: (s.start is not None or s.end is not None, s.start or dt.date.min))


@dataclass(frozen=True, slots=True)
class AgentEntry:
    tokens: tuple[str, ...]
    code: str  # role code such as GOV, MIL
    prefix: bool = False  # True: written before the country code (NGO + ARN)


@dataclass(frozen=True, slots=True)
class Slot:
    """One element of a pattern: words (alternatives, each one or more tokens) or an actor marker."""

    kind: str  # word / source / target / compound / skip
    alts: tuple[tuple[str, ...], ...] = ()
    gap: int = 0  # how many tokens may come between this slot and the previous one
    #: one-word alternatives with their singular/plural variants, for a single set look-up per token
    singles: frozenset[str] = field(default=frozenset(), compare=False)
    multi: tuple[tuple[str, ...], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        singles: set[str] = set()
        for alt in self.alts:
            if len(alt) == 1:
                word = alt[0]
                singles.update((word, word + "s"))
                if word.endswith("s") and len(word) > 4:
                    singles.add(word[:-1])
        object.__setattr__(self, "singles", frozenset(singles))
        object.__setattr__(self, "multi", tuple(a for a in self.alts if len(a) > 1))


@dataclass(frozen=True, slots=True)
class Pattern:
    lower: tuple[Slot, ...]  # before the verb, left to right
    upper: tuple[Slot, ...]  # after the verb
    code: str | None  # None: the pattern matches but codes nothing
    paired: str | None = None  # code of the reverse event (target -> source)
    lower_gap: int = GAP  # tokens allowed between the last lower slot and the verb
    #: words one of which must follow the verb closely for the pattern to have a chance (empty: no filter)
    first_words: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        if self.upper and self.upper[0].kind == "word" and not self.upper[0].multi:
            object.__setattr__(self, "first_words", self.upper[0].singles)

    @property
    def weight(self) -> int:
        return sum(1 for s in (*self.lower, *self.upper) if s.kind == "word") * 2 + len(self.lower) + len(
            self.upper
        )


@dataclass(frozen=True, slots=True)
class VerbEntry:
    lemma: str
    code: str | None  # code of the bare verb; None: only its patterns code
    paired: str | None = None
    pre: tuple[str, ...] = ()  # words right before the verb ("wire" in WIRE_+TAP)
    post: tuple[str, ...] = ()  # particles right after the verb ("down" in BREAK_DOWN)
    patterns: tuple[Pattern, ...] = ()


@dataclass
class Lexicon:
    """Indexed dictionaries. Build with :func:`builtin_lexicon`, :func:`load_lexicon` or :func:`read_petrarch`."""

    name: str
    actors: dict[str, list[ActorEntry]] = field(default_factory=dict)
    agents: dict[str, list[AgentEntry]] = field(default_factory=dict)
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)
    discards: list[tuple[str, ...]] = field(default_factory=list)
    #: CAMEO conventions: an intended cooperative act becomes 03x, an intended hostile act 13x
    cameo_intent: bool = True
    #: PETRARCH conventions: nominal events and actor-less events are not coded
    petrarch: bool = False

    def add_actor(self, entry: ActorEntry) -> None:
        if entry.tokens:
            self.actors.setdefault(entry.tokens[0], []).append(entry)

    def add_agent(self, entry: AgentEntry) -> None:
        if entry.tokens:
            self.agents.setdefault(entry.tokens[0], []).append(entry)

    def add_verb(self, forms: Iterable[str], entry: VerbEntry) -> None:
        for form in forms:
            bucket = self.verbs.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)

    def finish(self) -> Lexicon:
        """Sort every bucket longest phrase first, patterns heaviest first."""
        for actors in self.actors.values():
            actors.sort(key=lambda e: -len(e.tokens))
        for agents in self.agents.values():
            agents.sort(key=lambda e: -len(e.tokens))
        for form, entries in self.verbs.items():
            self.verbs[form] = sorted(
                (
                    VerbEntry(e.lemma, e.code, e.paired, e.pre, e.post,
                              tuple(sorted(e.patterns, key=lambda p: -p.weight)))
                    for e in entries
                ),
                key=lambda e: -(len(e.pre) + len(e.post)),
            )
        return self

    def __len__(self) -> int:
        return sum(len(v) for v in self.actors.values()) + sum(len(v) for v in self.verbs.values())


# -- words -------------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|'s\b|[A-Za-z0-9]+(?:[-'.][A-Za-z0-9]+)*|[^\w\s]")


def phrase_tokens(text: str) -> tuple[str, ...]:
    """Lower-case tokens of a dictionary phrase (same tokenizer as the coder's, ``_`` read as a space)."""
    text = fold_accents(text.replace("_", " ").replace("\u2019", "'"))
    text = re.sub(r"\b([Ww])[Oo] [Nn]'[Tt]\b", r"\1ill not", text)  # TreeBank "WO N'T" is "will not"
    text = re.sub(r"\b([Cc])[Aa] [Nn]'[Tt]\b", r"\1an not", text)
    text = re.sub(r"\b[Nn]'[Tt]\b", "not", text)
    text = re.sub(r"(\w)'s\b", r"\1 's", text)
    text = re.sub(r"(\ws)'(?=\s|$)", r"\1 's", text)  # "Workers' Party": the coder reads "Workers 's Party"
    return tuple(t.lower() for t in _TOKEN.findall(text))


_IRREGULAR_BE = ("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re")
_IRREGULAR_HAVE = ("have", "has", "had", "having")
_VOWELS = set("aeiou")


def inflections(lemma: str) -> tuple[str, ...]:
    """Regular English forms of a verb: ``visit`` -> visit, visits, visited, visiting."""
    w = lemma.lower()
    if w == "be":
        return _IRREGULAR_BE
    if w == "have":
        return _IRREGULAR_HAVE
    forms = {w}
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(w + "es")
    elif w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        forms.add(w[:-1] + "ies")
    else:
        forms.add(w + "s")
    if w.endswith(("ee", "oe", "ye")):
        forms.update({w + "d", w + "ing"})
    elif w.endswith("e"):
        forms.update({w + "d", w[:-1] + "ing"})
    elif w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        forms.update({w[:-1] + "ied", w + "ing"})
    else:
        forms.update({w + "ed", w + "ing"})
        # doubled final consonant: ban -> banned, plan -> planned, occur -> occurred (short stems only)
        if (len(w) >= 3 and w[-1] not in _VOWELS and w[-1] not in "wxy" and w[-2] in _VOWELS
                and w[-3] not in _VOWELS and len(w) <= 5):
            forms.update({w + w[-1] + "ed", w + w[-1] + "ing"})
        elif len(w) >= 4 and w[-1] == "l" and w[-2] in _VOWELS and w[-3] not in _VOWELS:
            forms.update({w + "led", w + "ling"})  # British: cancelled, labelled
    return tuple(sorted(forms))


# -- the shipped dictionaries ------------------------------------------------------------------------------------

_BRACES = re.compile(r"\{([^}]*)\}")


def _parse_alternatives(word: str) -> tuple[tuple[str, ...], ...]:
    return tuple(phrase_tokens(alt) for alt in word.split("|") if phrase_tokens(alt))


def _parse_own_verb_line(line: str) -> tuple[list[str], VerbEntry] | None:
    code, _, rest = line.partition(" ")
    rest = rest.strip()
    if not code or not rest:
        return None
    irregular: list[str] = []
    match = _BRACES.search(rest)
    if match:
        irregular = [f.strip().lower() for f in match.group(1).split(",") if f.strip()]
        rest = rest[: match.start()] + rest[match.end():]
    segments = [seg.strip() for seg in rest.split("...")]
    first = segments[0].split()
    head = first[0]
    exact = head.startswith("~")
    head = head.lstrip("~").lower()
    forms = [head] if exact else [*inflections(head), *irregular]
    slots: list[Slot] = []
    for number, segment in enumerate([" ".join(first[1:]), *segments[1:]]):
        if not segment:
            continue
        gap = GAP if number > 0 else 1  # adjacency tolerates one article or adjective
        if "|" in segment:  # one slot: alternatives, each possibly several words
            slots.append(Slot("word", _parse_alternatives(segment), gap))
            continue
        for word in segment.split():
            slots.append(Slot("word", (phrase_tokens(word),), gap))
            gap = 1
    value = None if code == "---" else code
    entry = VerbEntry(head, None, patterns=(Pattern((), tuple(slots), value),)) if slots else VerbEntry(head, value)
    return forms, entry


def _read_own_verbs(lex: Lexicon, text: str, origin: str) -> None:
    merged: dict[tuple[str, bool], tuple[set[str], str | None, list[Pattern]]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parsed = _parse_own_verb_line(line)
        if parsed is None:
            raise InputError(f"{origin}:{number}: expected 'CODE verb [words]', got {raw!r}")
        forms, entry = parsed
        # one entry a lemma, whatever forms a line spells out: a pattern written "agree{agreed} ... truce" is
        # found beside "agree" (a second entry for the same word would never be tried after the first matched)
        key = (entry.lemma, line.split(None, 2)[1].startswith("~"))
        seen_forms, code, patterns = merged.setdefault(key, (set(), None, []))
        merged[key] = (seen_forms | set(forms), entry.code if entry.code is not None else code,
                       [*patterns, *entry.patterns])
    for key, (all_forms, code, patterns) in merged.items():
        lex.add_verb(sorted(all_forms), VerbEntry(key[0], code, patterns=tuple(patterns)))


def _read_own_agents(lex: Lexicon, text: str, origin: str) -> None:
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        code, _, phrase = line.partition(" ")
        if not phrase.strip():
            raise InputError(f"{origin}:{number}: expected 'ROLE phrase', got {raw!r}")
        irregular: list[str] = []
        match = _BRACES.search(phrase)
        if match:
            irregular = [f.strip() for f in match.group(1).split(",") if f.strip()]
            phrase = phrase[: match.start()]
        tokens = phrase_tokens(phrase)
        for variant in {tokens, *(_plurals(tokens)), *(phrase_tokens(p) for p in irregular)}:
            lex.add_agent(AgentEntry(variant, code.upper()))


def _plurals(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    if not tokens:
        return []
    last = tokens[-1]
    if last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        plural = last + "es"
    else:
        plural = last + "s"
    return [(*tokens[:-1], plural)]


def _add_builtin_actors(lex: Lexicon) -> None:
    for c in countries():
        for name in (*c.names, *c.adjectives):
            lex.add_actor(ActorEntry(phrase_tokens(name), (ActorSense(c.code),), acronym=_acronym(name)))
        for metonym in c.metonyms:
            lex.add_actor(ActorEntry(phrase_tokens(metonym), (ActorSense(c.code + "GOV"),), "metonym"))
    for o in organisations():
        for name in (o.name, *o.aliases):
            lex.add_actor(ActorEntry(phrase_tokens(name), (ActorSense(o.code, name=o.name),), "organisation",
                                     cased=_cased(name), acronym=_acronym(name)))
    _add_people(lex, people())


def _acronym(name: str) -> bool:
    """One word in capitals without dots ("ROK", "UN", "DPRK"; not "U.S.")."""
    return name.isalpha() and name.isupper() and len(name) > 1


def _cased(name: str) -> bool:
    """A phrase whose first word is written with a capital ("the IAEA" counts by its second word)."""
    words = name.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _add_people(lex: Lexicon, persons: Iterable[Actor]) -> None:
    senses: dict[tuple[str, ...], list[ActorSense]] = {}
    for p in persons:
        for name in (p.name, *p.aliases):
            senses.setdefault(phrase_tokens(name), []).append(ActorSense(p.code, p.start, p.end, p.name))
    for tokens, group in senses.items():
        lex.add_actor(ActorEntry(tokens, tuple(group), "person"))


def _shipped(name: str) -> str:
    return resources.files("detente.coding").joinpath("dictionaries", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def builtin_lexicon() -> Lexicon:
    """The shipped dictionaries (built once per process; treat as read-only)."""
    from detente.coding._armed_groups import armed_group_entries

    lex = Lexicon(name="detente")
    _add_builtin_actors(lex)
    _read_own_actors(lex, _shipped("state_bodies.txt"), "state_bodies.txt")
    _read_own_actors(lex, _shipped("companies.txt"), "companies.txt")
    for entry in armed_group_entries(_shipped("armed_groups.txt"), "armed_groups.txt"):
        lex.add_actor(entry)
    _read_own_agents(lex, _shipped("agents.txt"), "agents.txt")
    _read_own_verbs(lex, _shipped("verbs.txt"), "verbs.txt")
    return lex.finish()


def load_lexicon(directory: Path | None = None) -> Lexicon:
    """The lexicon for ``--dictionaries DIR``: PETRARCH files alone, or the shipped one extended by DIR.

    DIR may hold ``verbs.txt``/``agents.txt`` in the shipped format (they extend the shipped lexicon) or
    PETRARCH/TABARI files (``*.verbs.txt``, ``*.actors.txt``, ``*.agents.txt``, ``*.discards.txt``).
    """
    if directory is None:
        return builtin_lexicon()
    if not directory.is_dir():
        raise SourceNotFound(f"no dictionary folder at {directory}; pass a folder of dictionary files")
    if any(_petrarch_files(directory).values()):
        return read_petrarch(directory)
    own = [directory / n for n in OWN_FILES if (directory / n).is_file()]
    if not own:
        raise InputError(
            f"{directory} holds no dictionaries: put {', '.join(OWN_FILES)} (detente format) or PETRARCH "
            "*.verbs.txt/*.actors.txt files in it"
        )
    lex = Lexicon(name=f"detente+{directory.name}")
    _add_builtin_actors(lex)
    _read_own_actors(lex, _shipped("state_bodies.txt"), "state_bodies.txt")
    _read_own_agents(lex, _shipped("agents.txt"), "agents.txt")
    _read_own_verbs(lex, _shipped("verbs.txt"), "verbs.txt")
    for path in own:
        if path.name == "people.csv":
            _add_people(lex, read_people(path))
            continue
        text = path.read_text(encoding="utf-8")
        if path.name == "verbs.txt":
            _read_own_verbs(lex, text, str(path))
        elif path.name == "actors.txt":
            _read_own_actors(lex, text, str(path))
        else:
            _read_own_agents(lex, text, str(path))
    return lex.finish()


def _read_own_actors(lex: Lexicon, text: str, origin: str) -> None:
    """``CODE phrase`` a line, e.g. ``PRKGOV Supreme Leader`` or ``IGOUNOIAE atomic watchdog``."""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        code, _, phrase = line.partition(" ")
        tokens = phrase_tokens(phrase)
        if not tokens or not code.replace("-", "").isalnum():
            raise InputError(f"{origin}:{number}: expected 'CODE phrase', e.g. 'PRKGOV Supreme Leader'; got {raw!r}")
        lex.add_actor(ActorEntry(tokens, (ActorSense(code.upper()),), cased=phrase.strip()[:1].isupper(),
                                 acronym=_acronym(phrase.strip())))


# -- PETRARCH / TABARI dictionaries ------------------------------------------------------------------------------

def _petrarch_files(directory: Path) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {"actors": [], "agents": [], "verbs": [], "discards": []}
    for path in sorted(directory.iterdir()):
        low = path.name.lower()
        if not low.endswith(".txt") or low in OWN_FILES:
            continue
        for kind in found:
            if kind in low:
                found[kind].append(path)
    return found


def _numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """Lines without comments (``#``, ``<!-- -->``), with their line numbers in the file."""
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            yield number, line


def _clean_lines(text: str) -> Iterator[str]:
    for _, line in _numbered_lines(text):
        yield line


def _petrarch_date(text: str) -> dt.date:
    """A PETRARCH date restriction: ``YYMMDD`` or ``YYYYMMDD``."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise ValueError(f"date {digits!r} is not YYMMDD or YYYYMMDD")
    if len(digits) == 6:
        year = int(digits[:2])
        digits = ("19" if year > 30 else "20") + digits
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")


def _actor_sense(block: str) -> ActorSense:
    body = block.strip()
    start = end = None
    if "<" in body:
        code, _, date = body.partition("<")
        end = _petrarch_date(date) - dt.timedelta(days=1)
    elif ">" in body:
        code, _, date = body.partition(">")
        start = _petrarch_date(date) + dt.timedelta(days=1)
    elif re.search(r"\d{6,8}\s*-\s*\d{6,8}", body):
        code, first, _, last = re.match(r"(\S*)\s*(\d{6,8})\s*(-)\s*(\d{6,8})", body).groups()  # type: ignore[union-attr]
        start, end = _petrarch_date(first), _petrarch_date(last)
    else:
        code = body
    return ActorSense(code.strip().split("/")[0].upper() or "---", start, end)


def _read_petrarch_actors(lex: Lexicon, text: str, origin: str = "actors") -> None:
    names: list[tuple[str, ...]] = []
    senses: list[ActorSense] = []

    def flush() -> None:
        if names and senses:
            for tokens in names:
                lex.add_actor(ActorEntry(tokens, tuple(senses)))
        names.clear()
        senses.clear()

    for number, line in _numbered_lines(text):
        stripped = line.strip()
        blocks = _CODE_BLOCK.findall(stripped)
        head = _CODE_BLOCK.sub("", stripped).strip()
        head = _BRACES.sub("", head).strip()
        if stripped.startswith("+"):
            names.append(phrase_tokens(head[1:]))
        elif head and not line[0].isspace():
            flush()
            names.append(phrase_tokens(head))
        try:
            senses.extend(_actor_sense(b) for b in blocks)
        except ValueError as exc:
            raise InputError(f"{origin}:{number}: {exc}; write date restrictions as [CODE <YYMMDD]") from None
    flush()


def _read_petrarch_agents(lex: Lexicon, text: str) -> None:
    substitutions: dict[str, list[str]] = {}
    for line in _clean_lines(text):
        stripped = line.strip()
        if stripped.startswith("!") and "=" in stripped:
            name, _, members = stripped.partition("=")
            substitutions[name.strip()] = [m.strip() for m in members.split(",") if m.strip()]
            continue
        blocks = _CODE_BLOCK.findall(stripped)
        if not blocks:
            continue
        code = blocks[0].strip().replace(" ", "")
        prefix = code.endswith("~")
        code = code.strip("~")
        head = _CODE_BLOCK.sub("", stripped)
        brace = _BRACES.search(head)
        no_plural = brace is not None and not brace.group(1).strip()
        extra = brace.group(1).split() if brace and brace.group(1).strip() else []
        head = _BRACES.sub("", head).strip()
        variants = [head]
        for marker, subs in substitutions.items():
            if marker in head:
                variants = [v.replace(marker, m if v.replace(marker, "").endswith("_") or head.startswith(marker)
                                      else " " + m) for v in variants for m in subs]
        for variant in variants:
            tokens = phrase_tokens(variant)
            forms = {tokens, *(phrase_tokens(e) for e in extra)}
            if not no_plural:
                forms.update(_plurals(tokens))
            for form in forms:
                lex.add_agent(AgentEntry(form, code, prefix))


def _petrarch_slots(words: list[str], synsets: dict[str, list[tuple[str, ...]]]) -> tuple[Slot, ...]:
    slots: list[Slot] = []
    for word in words:
        connected = word.split("_")
        for i, part in enumerate(connected):
            if not part:
                continue
            gap = 0 if i > 0 else GAP
            marker = {"$": "source", "+": "target", "%": "compound", "^": "skip"}.get(part)
            if marker:
                slots.append(Slot(marker, (), gap))
            elif part.startswith("&"):
                slots.append(Slot("word", tuple(synsets.get(part.upper(), [])), gap))
            else:
                slots.append(Slot("word", (phrase_tokens(part),), gap))
    return tuple(s for s in slots if s.kind != "word" or s.alts)


def _petrarch_codes(text: str) -> tuple[str | None, str | None]:
    code = text.strip()
    first, _, second = code.partition(":")
    first, second = first.strip(), second.strip()
    return (None if first in ("---", "") else first, second or None)


def _verb_forms(word: str, braces: str | None) -> tuple[list[str], tuple[str, ...], tuple[str, ...]]:
    """Forms of a PETRARCH verb phrase such as ``BREAK``, ``+BREAK_DOWN`` or ``WIRE_+TAP``."""
    parts = [p for p in word.split("_") if p.strip("+")]
    if not parts:
        return [], (), ()
    verb_at = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    verb = parts[verb_at].lstrip("+").lower()
    pre = tuple(p.lower() for p in parts[:verb_at])
    post = tuple(p.lower() for p in parts[verb_at + 1:])
    forms = [verb]
    if braces and braces.strip():
        for f in braces.split():
            fparts = [p for p in f.split("_") if p]
            fverb = next((p for p in fparts if p.startswith("+")), fparts[0] if fparts else "")
            if fverb:
                forms.append(fverb.lstrip("+").lower())
    else:
        forms = list(inflections(verb))
    return forms, pre, post


def _read_petrarch_verbs(lex: Lexicon, text: str) -> None:
    synsets: dict[str, list[tuple[str, ...]]] = {}
    current_synset: str | None = None
    block_code: tuple[str | None, str | None] = (None, None)
    verbs_in_block: list[tuple[list[str], tuple[str, ...], tuple[str, ...], str | None, str | None]] = []
    patterns: list[Pattern] = []

    def flush() -> None:
        for forms, pre, post, code, paired in verbs_in_block:
            lex.add_verb(forms, VerbEntry(forms[0], code, paired, pre, post, tuple(patterns)))
        verbs_in_block.clear()
        patterns.clear()

    for line in _clean_lines(text):
        stripped = line.strip()
        if stripped.startswith("&"):
            current_synset = stripped.split()[0].upper()
            synsets[current_synset] = []
            continue
        if current_synset and stripped.startswith("+"):
            member = stripped[1:].strip()
            if member.startswith("&"):
                synsets[current_synset].extend(synsets.get(member.split()[0].upper(), []))
            else:
                synsets[current_synset].append(phrase_tokens(member))
            continue
        if stripped.startswith("---"):
            flush()
            current_synset = None
            blocks = _CODE_BLOCK.findall(stripped)
            block_code = _petrarch_codes(blocks[0]) if blocks else (None, None)
            continue
        current_synset = None
        if stripped.startswith("-"):
            blocks = _CODE_BLOCK.findall(stripped)
            body = _CODE_BLOCK.sub("", stripped[1:]).strip()
            if "*" not in body or not blocks:
                continue
            lower_text, _, upper_text = body.partition("*")
            lower_words = lower_text.split()
            upper_words = upper_text.split()
            # "*_OFF" / "IN_*": the connector binds the word to the verb (no gap)
            lower = _petrarch_slots(lower_words, synsets)
            lower_gap = 0 if lower_text.rstrip().endswith("_") else GAP
            upper = _petrarch_slots(upper_words, synsets)
            if upper_text.startswith("_") and upper:
                upper = (Slot(upper[0].kind, upper[0].alts, 0), *upper[1:])
            code, paired = _petrarch_codes(blocks[0])
            patterns.append(Pattern(lower, upper, code, paired, lower_gap))
            continue
        # a verb line: BREAK {BROKE BROKEN}, +BREAK_DOWN {...}, DOWNPLAY [014]
        blocks = _CODE_BLOCK.findall(stripped)
        brace = _BRACES.search(stripped)
        head = _BRACES.sub("", _CODE_BLOCK.sub("", stripped)).strip()
        if not head:
            continue
        word = head.split()[0]
        forms, pre, post = _verb_forms(word, brace.group(1) if brace else None)
        if not forms:
            continue  # a line of connectors only: nothing to match
        code, paired = _petrarch_codes(blocks[0]) if blocks else block_code
        verbs_in_block.append((forms, pre, post, code, paired))
    flush()


def read_petrarch(directory: Path) -> Lexicon:
    """A lexicon from PETRARCH/TABARI dictionaries in ``directory`` (actors, agents, verbs, discards)."""
    files = _petrarch_files(directory)
    if not files["verbs"] and not files["actors"]:
        raise InputError(f"{directory} has no PETRARCH *verbs*.txt or *actors*.txt file")
    lex = Lexicon(name=f"petrarch:{directory.name}", cameo_intent=False, petrarch=True)
    for path in files["actors"]:
        _read_petrarch_actors(lex, path.read_text(encoding="utf-8", errors="replace"), str(path))
    for path in files["agents"]:
        _read_petrarch_agents(lex, path.read_text(encoding="utf-8", errors="replace"))
    for path in files["verbs"]:
        _read_petrarch_verbs(lex, path.read_text(encoding="utf-8", errors="replace"))
    for path in files["discards"]:
        for line in _clean_lines(path.read_text(encoding="utf-8", errors="replace")):
            tokens = phrase_tokens(line.strip().lstrip("+"))
            if tokens:
                lex.discards.append(tokens)
    log.debug("read PETRARCH dictionaries from %s: %d entries", directory, len(lex))
    return lex.finish()
