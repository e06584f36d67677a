"""Titled people the lexicon does not know, given their country by the rest of the article.

Wire prose often names an official by title and name alone, the country left to the reader: "Foreign Minister
Hakan Fidan held a meeting with ...", "Mr. Taro Kono, Minister for Foreign Affairs, met ...". The title before a
name the lexicon does not know is dropped as a modifier, and an office in apposition is an official of no
country (``---GOV``), so the act has no source. Before the sentences are read one by one, one pass over the
article's actor mentions finds such a person a country when the article itself says it, in one of two ways:

- **the same name with a country** anywhere in the article, before or after ("Turkish Foreign Minister Hakan
  Fidan", "Hakan Fidan, Turkey's foreign minister,"; a person the lexicon knows by name);
- **the one government whose office of that kind the article names** ("according to the Turkish Foreign
  Ministry", "Seoul's foreign ministry said", a heading's "Turkish foreign minister meets ..."): a foreign
  minister's country is the one country whose foreign ministry or unnamed foreign minister the article names,
  unless a person of that country is beside them in a sentence naming them (a counterpart, a host) or that
  country's holder of the same office is named as someone else.

An office in apposition followed by "of" and a country ("Mr. Taro Kono, Minister for Foreign Affairs of Japan,")
is that country's official. Nothing else is guessed: a person with no country in the text stays without one.

A name of two or three words written family name first, with no hyphen ("South Korean Foreign Minister Cho Hyun",
"Chinese Foreign Minister Wang Yi"), of a state whose names English prose writes that way, names its person again
by its first word alone in the sentences after ("Cho said ...", "Foreign Minister Cho"), unless that word is the
family name of a person of another state in the article; a family name that is also an English word ("He", "Song",
"Park") only right after a title ("Foreign Minister Park").
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._bearers import family_bearers
from detente.coding._names import name_word
from detente.coding._puppets import puppet_bodies
from detente.coding._words import OFFICE_NOUNS
from detente.coding.mentions import Mention

__all__ = ["titled_people"]

Scan = tuple[list[str], list[str], list[Mention], set[int]]
#: a person the article names with a country: the words of the name, the country, the portfolio of the office
_Person = tuple[list[str], str, str | None]

#: the portfolio of an office or ministry, by the words that name it ("External Affairs": foreign)
_PORTFOLIOS = {"foreign": "foreign", "external": "foreign", "defense": "defense", "defence": "defense",
               "interior": "interior", "home": "interior", "trade": "trade", "commerce": "trade",
               "finance": "finance", "treasury": "finance", "justice": "justice", "energy": "energy",
               "economy": "economy", "unification": "unification"}
#: capitalised words that may stand in a title before or inside the office noun ("Deputy Foreign Minister",
#: "Minister for Foreign Affairs", "External Affairs Minister")
_QUALIFIERS = frozenset(["foreign", "external", "affairs", "defense", "defence", "interior", "home", "trade",
                         "commerce", "finance", "treasury", "justice", "energy", "economy", "unification",
                         "deputy", "vice", "prime", "first", "senior", "state", "chief", "special", "for", "of"])
#: the nouns of an office or a ministry whose portfolio says whose office it is ("the Turkish Foreign Ministry")
_OFFICE_HEADS = OFFICE_NOUNS | frozenset(["ministry", "office"])
#: courtesy titles before a name ("Mr. Taro Kono")
_COURTESY = frozenset(["mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."])
_GROUPS = frozenset(["IGO", "NGO"])


def _portfolio(low: Sequence[str]) -> str | None:
    return next((_PORTFOLIOS[w] for w in low if w in _PORTFOLIOS), None)


def _name_from(tokens: Sequence[str], low: Sequence[str], q: int, taken: set[int]) -> int:
    """The end of a name of one to four capitalised words at ``q`` that no mention covers (``q``: none)."""
    end = q
    while end < len(tokens) and end - q < 4 and end not in taken and name_word(tokens[end], low[end]):
        end += 1
    return end


def _title_start(tokens: Sequence[str], low: Sequence[str], q: int, taken: set[int]) -> int:
    """The first word of the title that ends with the office noun at ``q`` ("External Affairs Minister")."""
    start = q
    while start > 0 and start - 1 not in taken and low[start - 1] in _QUALIFIERS and low[start - 1] not in (
            "for", "of") and tokens[start - 1][:1].isupper():
        start -= 1
    return start


class _Candidate:
    """A titled person of no country: where they stand, their name, the portfolio of their office."""

    __slots__ = ("drop", "end", "name", "portfolio", "sentence", "start")

    def __init__(self, sentence: int, start: int, end: int, name: list[str], portfolio: str | None,
                 drop: list[Mention]) -> None:
        self.sentence, self.start, self.end, self.name, self.portfolio = sentence, start, end, name, portfolio
        #: mentions the person replaces (an office of no country in apposition, the country after its "of")
        self.drop = drop


def _candidates(k: int, scan: Scan) -> tuple[list[_Candidate], list[_Person]]:
    """The titled people of no country in one sentence, and those an office in apposition gives a country
    ("Mr. Taro Kono, Minister for Foreign Affairs of Japan," as ``(name, mention)``)."""
    tokens, low, mentions, known = scan
    taken = _taken(mentions)
    out: list[_Candidate] = []
    given: list[_Person] = []
    by_start = {m.start: m for m in mentions}
    n = len(low)
    for q in range(n):
        w = low[q]
        if w not in OFFICE_NOUNS or not tokens[q][:1].isupper():
            continue
        # "Foreign Minister Hakan Fidan held ...": the title before a name no mention covers
        if q not in taken and q + 1 < n and low[q + 1] not in _COURTESY:
            start = _title_start(tokens, low, q, taken)
            end = _name_from(tokens, low, q + 1, taken)
            before = low[start - 1] if start > 0 else ""
            # a name the lexicon knows but not on this day ("President Kim Il Sung" in 2012) is not guessed
            if end > q + 1 and before != "'s" and not (start > 0 and start - 1 in taken and before != ",") \
                    and known.isdisjoint(range(q + 1, end)):
                out.append(_Candidate(k, start, end, list(tokens[q + 1:end]), _portfolio(low[start:q]), []))
            continue
        # "Mr. Taro Kono, Minister for Foreign Affairs, met ...": an office of no country in apposition
        office = by_start.get(q)
        if office is None or office.has_country or not office.role_only or q < 3 or low[q - 1] != ",":
            continue
        stop = q + 1
        while stop < n and low[stop] in _QUALIFIERS and (tokens[stop][:1].isupper() or low[stop] in ("for", "of")):
            stop += 1
        name_end = q - 1
        name_start = name_end
        while name_start > 0 and name_end - name_start < 4 and name_start - 1 not in taken \
                and name_word(tokens[name_start - 1], low[name_start - 1]):
            name_start -= 1
        if name_end - name_start < 2 or not known.isdisjoint(range(name_start, name_end)) or (
                name_start > 0 and low[name_start - 1] not in _COURTESY and tokens[name_start - 1][:1].isalpha()):
            continue  # "... in Tokyo, Minister ...": no name of its own before the comma
        name = list(tokens[name_start:name_end])
        start = name_start - 1 if name_start > 0 and low[name_start - 1] in _COURTESY else name_start
        country = by_start.get(stop) if low[stop - 1] == "of" else None
        if country is not None and country.has_country and len(country.code) == 3 \
                and country.code not in _GROUPS and country.end < n and low[country.end] == ",":
            person = Mention(start, country.end, country.code + "GOV", " ".join(name), True, person=True)
            given.append((name, person.code[:3], _portfolio(low[q:stop])))
            _replace(scan, [office, country], person)
            continue
        if stop < n and low[stop] == ",":
            out.append(_Candidate(k, start, stop, name, _portfolio(low[q:stop]), [office]))
    return out, given


def _taken(mentions: Sequence[Mention]) -> set[int]:
    """The words the mentions cover (a role word dropped as a modifier covers none)."""
    return {q for m in mentions for q in range(m.start, m.end)}


def _replace(scan: Scan, drop: Sequence[Mention], person: Mention) -> None:
    _, _, mentions, covered = scan
    kept = [m for m in mentions if all(m is not d for d in drop)]
    kept.append(person)
    kept.sort(key=lambda m: m.start)
    mentions[:] = kept
    covered.update(range(person.start, person.end))


def _named_people(scan: Scan) -> list[_Person]:
    """People the sentence names with a country: a country's office before a name the lexicon does not know
    ("Turkish Foreign Minister Hakan Fidan"), a name before a country's office in apposition ("Hakan Fidan,
    Turkey's foreign minister,"), and people the lexicon knows by name."""
    tokens, low, mentions, _ = scan
    covered = _taken(mentions)
    out: list[_Person] = []
    for m in mentions:
        if not m.has_country or m.code[:3] in _GROUPS:
            continue
        portfolio = _portfolio(low[m.start:m.end])
        if m.name is not None and m.person:
            out.append((m.name.split(), m.code[:3], portfolio))
            continue
        if low[m.end - 1] in OFFICE_NOUNS or (m.role_of and not OFFICE_NOUNS.isdisjoint(low[m.start:m.end])):
            # "Turkish Foreign Minister Hakan Fidan", "Foreign Minister of Saudi Arabia Faisal bin Farhan"
            end = _name_from(tokens, low, m.end, covered)
            if end > m.end:
                out.append((list(tokens[m.end:end]), m.code[:3], portfolio))
                continue
        if m.start >= 2 and low[m.start - 1] == "," and low[m.end - 1] in OFFICE_NOUNS:
            start = m.start - 1
            while start > 0 and m.start - 1 - start < 4 and start - 1 not in covered \
                    and name_word(tokens[start - 1], low[start - 1]):
                start -= 1
            if m.start - 1 - start >= 2:
                out.append((list(tokens[start:m.start - 1]), m.code[:3], portfolio))
    return out


def _offices(scan: Scan) -> list[tuple[str, str]]:
    """The (portfolio, country) of each office or ministry the sentence names for a country with no name beside
    it ("the Turkish Foreign Ministry", "Seoul's foreign ministry", "the Turkish foreign minister said")."""
    tokens, low, mentions, _ = scan
    covered = _taken(mentions)
    out = []
    for m in mentions:
        if not m.has_country or m.name is not None or m.code[:3] in _GROUPS or (
                low[m.end - 1] not in _OFFICE_HEADS and not (m.role_of and not _OFFICE_HEADS.isdisjoint(
                    low[m.start:m.end]))):
            continue  # "the Turkish Foreign Ministry", "the Foreign Minister of Turkey"
        end = m.end
        while end < len(low) and low[end] in _QUALIFIERS and (low[end] == "of" or end > m.end):
            end += 1  # "Japan's Ministry of Foreign Affairs"
        portfolio = _portfolio(low[m.start:end])
        if portfolio is not None and _name_from(tokens, low, m.end, covered) == m.end:
            out.append((portfolio, m.code[:3]))
    return out


#: states whose people's names English prose often writes family name first ("Cho Hyun", "Wang Yi", "Pham Minh
#: Chinh", "Kamikawa Yoko")
_FAMILY_FIRST = frozenset(["KOR", "PRK", "CHN", "TWN", "VNM", "JPN", "KHM", "MNG"])
#: family names that are also English words, or read as one at a sentence's start: never a name alone
_WORD_NAMES = frozenset(["he", "ma", "do", "man", "song", "long", "chin", "ho", "you", "sun", "moon", "park", "so",
                         "an", "on", "in", "go", "pan", "fan", "hang", "bang", "tang", "ding", "gang", "wing",
                         "ping", "kin", "sin", "ban", "oh", "to", "no", "mo", "lo", "bo", "yang", "hong", "king"])


def _family_keys(scans: Sequence[Scan | None]) -> dict[str, tuple[int, str, str]]:
    """The family names written first that name one person each: ``{"Cho": (sentence, country, "Cho Hyun")}``,
    the sentence where the whole name is first given."""
    if not any(m.has_country and m.code[:3] in _FAMILY_FIRST for scan in scans if scan is not None
               for m in scan[2]):
        return {}
    keys: dict[str, tuple[int, str, str]] = {}
    states: dict[str, set[str]] = {}  # the states of the people each name word names (first or last)
    for k, scan in enumerate(scans):
        if scan is None:
            continue
        for name, country in _written_names(scan):
            for word in {name[0], name[-1]}:
                states.setdefault(word, set()).add(country)
            if country not in _FAMILY_FIRST or not 2 <= len(name) <= 3 or any("-" in w for w in name) \
                    or not name[0].isalpha():
                continue
            keys.setdefault(name[0], (k, country, " ".join(name)))
    # a word people of two states share names neither ("Kim" of "Kim Hong-kyun" and of "Kim Jong Un")
    shared = {w for w, found in states.items() if len(found) > 1}
    return {w: v for w, v in keys.items() if w not in shared}


def _written_names(scan: Scan) -> list[tuple[list[str], str]]:
    """The people a sentence names with a country, by the words the text writes: the name after a country's
    office ("South Korean Foreign Minister Cho Hyun", whoever the lexicon says held it), else the name of a person
    the mention covers (the lexicon's name; not for Japan, whose names the lexicon writes given name first)."""
    tokens, low, mentions, _ = scan
    covered = _taken(mentions)
    out: list[tuple[list[str], str]] = []
    for m in mentions:
        if not m.has_country or m.code[:3] in _GROUPS:
            continue
        title = m.end
        if low[m.end - 1] not in OFFICE_NOUNS:  # "Chinese Commerce Minister Zhou Lianfeng": the office after it
            while title < len(low) and title not in covered and low[title] in _QUALIFIERS \
                    and tokens[title][:1].isupper():
                title += 1
            title = title + 1 if title < len(low) and low[title] in OFFICE_NOUNS and title not in covered else m.end
        end = _name_from(tokens, low, title, covered) if title > m.end or low[m.end - 1] in OFFICE_NOUNS else title
        if end > title:
            out.append((list(tokens[title:end]), m.code[:3]))
        elif m.person and m.name is not None and m.name.split()[0].lower() in low[m.start:m.end] \
                and m.code[:3] != "JPN":
            out.append((m.name.split(), m.code[:3]))
    return out


def _family_named(scans: Sequence[Scan | None], keys: dict[str, tuple[int, str, str]]) -> None:
    """The people of ``keys`` named again by their family name alone, after the sentence that names them whole:
    "Cho said ..." (not "Cho Hyun", nor a word inside another's name)."""
    for k, scan in enumerate(scans):
        if scan is None:
            continue
        tokens, low, mentions, _ = scan
        taken = _taken(mentions)
        for q, token in enumerate(tokens):
            found = keys.get(token)
            if found is None or found[0] >= k:
                continue
            titled = q > 0 and low[q - 1] in OFFICE_NOUNS
            # a family name that is also an English word ("Park", "Song") names the person only after a title
            # ("Foreign Minister Park"), where a role of no country may cover it
            drop = [m for m in mentions if m.start <= q < m.end and titled and m.end == q + 1
                    and not m.has_country] if low[q] in _WORD_NAMES else []
            if (low[q] in _WORD_NAMES and not titled) or (q in taken and not drop):
                continue
            if (q + 1 < len(tokens) and name_word(tokens[q + 1], low[q + 1])) or (
                    q > 0 and name_word(tokens[q - 1], low[q - 1]) and low[q - 1] not in OFFICE_NOUNS):
                continue  # "Cho Hyun", "Tae Cho": part of a longer name
            start = drop[0].start if drop else q
            _replace(scan, drop, Mention(start, q + 1, found[1] + "GOV", found[2], True, person=True))
            taken.update(range(start, q + 1))


def titled_people(scans: Sequence[Scan | None], heading: Scan | None = None) -> None:
    """Give the titled people of no country in ``scans`` (the article's sentences, in order) the country the
    article gives them; ``heading`` (the title) is read for context only; then the people named family name
    first are named again by their family name alone. The scans' mentions change in place."""
    _titled(scans, heading)
    puppet_bodies(scans, heading)  # "the puppet group": south Korea's, in an article that names south Korea
    family_bearers(scans)  # "Kim" alone: the article's "Kim Gunn", not Kim Jong Un
    keys = _family_keys(scans)
    if keys:
        _family_named(scans, keys)


def _titled(scans: Sequence[Scan | None], heading: Scan | None = None) -> None:
    candidates: list[_Candidate] = []
    people: list[_Person] = []
    offices: list[tuple[str, str]] = []
    for k, scan in enumerate(scans):
        if scan is not None and not OFFICE_NOUNS.isdisjoint(scan[1]):
            found, given = _candidates(k, scan)
            candidates.extend(found)
            people.extend(given)
    if not candidates:
        return
    for scan in (*scans, heading):
        if scan is not None:
            people.extend(_named_people(scan))
            offices.extend(_offices(scan))
    by_surname: dict[str, set[str]] = {}
    for name, country, _ in people:
        by_surname.setdefault(name[-1].lower(), set()).add(country)
        if country in _FAMILY_FIRST and len(name) > 1 and name[0].lower() not in _WORD_NAMES:
            by_surname.setdefault(name[0].lower(), set()).add(country)  # "Foreign Minister Cho" of "Cho Hyun"
    for c in candidates:
        scan = scans[c.sentence]
        assert scan is not None
        countries = by_surname.get(c.name[-1].lower(), set())
        if len(countries) != 1 and c.portfolio is not None:
            surname = c.name[-1].lower()
            # a country whose holder of the same office the article names as someone else is not this person's
            others = {country for name, country, portfolio in people
                      if name[-1].lower() != surname and portfolio == c.portfolio}
            beside = {m.code[:3] for k in _sentences_of(c, scans) for m in scans[k][2]  # type: ignore[index]
                      if m.has_country and m.person}
            countries = {country for portfolio, country in offices if portfolio == c.portfolio} - others - beside
        if len(countries) == 1:
            code = countries.pop()
            _replace(scan, c.drop, Mention(c.start, c.end, code + "GOV", " ".join(c.name), True, person=True))


def _sentences_of(c: _Candidate, scans: Sequence[Scan | None]) -> set[int]:
    """The sentences that name the candidate (by surname)."""
    surname = c.name[-1].lower()
    return {k for k, s in enumerate(scans) if s is not None and surname in s[1]} | {c.sentence}
