"""An official named again by part of a title or name: "the Secretary", "Foreign Minister Park", "Kim", after the
text introduced them with their full title and name.

Readouts and statements introduce an official once with title, country and name ("Secretary of State Antony J.
Blinken met ...", "Republic of Korea Foreign Minister Park Jin") and then name them again by part of it:

- **a bare title the lexicon does not read alone**: "The Secretary welcomed ...", "the Deputy Secretary", "the
  Chairman" (words such as "secretary" are no actor by themselves: "press secretary", "Secretary-General");
- **the title and the first word of the name**: "Foreign Minister Park", which the lexicon reads as an office of
  no country (the word is also an English word, so it is not taken for a name alone).

Either is the person the text named before with those words, a title of capitalised words right before the name
or one mention of both ("Secretary of State Antony J. Blinken": the words "secretary", "of", "state", "antony",
"j.", "blinken"), when the people so named are of one country (:func:`titled_person`). Nothing else is guessed:
a title no one was named with before stays unread.

A counterpart named by the country it is from ("spoke by telephone with his counterpart from the United Kingdom")
is that country's official, as "his British counterpart" is (:func:`counterparts_of`), and the name after its title
in apposition (", State Secretary for Defense Michael Fallon,") names that official again (:func:`after_title`).
A surname the text gave to a person it introduced ("U.S. special envoy Sung Kim ... Kim said") is that person,
not the lexicon's famous bearer of it (:func:`introduced_surnames`). In a text an institution issued, its own
offices named alone ("the Secretary-General", "this Department") are the issuer (:func:`issuer_titles`).

>>> from detente.coding.mentions import Mention
>>> tokens = "Secretary of State Antony J. Blinken met Peru 's foreign minister .".split()
>>> [(words[:3], m.code) for words, m in titled_names(tokens, [t.lower() for t in tokens],
...     [Mention(0, 3, "USAGOV"), Mention(5, 6, "USAGOV", "Antony Blinken", person=True), Mention(7, 8, "PER")])]
[(('secretary', 'of', 'state'), 'USAGOV')]
>>> bare_titles("The Deputy Secretary praised Peru .".split(), "the deputy secretary praised peru .".split(), [])
[(1, 3)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from detente.coding._mention_shapes import _GROUP_CODES
from detente.coding._words import OFFICE_NOUNS
from detente.coding.mentions import Mention

__all__ = ["ADDRESSING", "HELD_TITLES", "INSTITUTION_WORDS", "UNREAD_TITLES", "addressed", "after_title", "bare_titles",
           "counterparts_of", "held_title", "introduced_surnames", "issuer_titles", "named_title", "titled_names",
           "titled_person"]

#: office nouns the lexicon reads as no actor alone ("the Secretary", "the Chairman"); named again after the text
#: introduced their holder with a longer title, they are that holder
UNREAD_TITLES = frozenset(["secretary", "chairman", "chairwoman", "chair"])
#: titles of a head of government or of an office the lexicon knows that are no office noun of the issuer's: named
#: again alone ("German Chancellor X ... the Chancellor"), they are the person the text named with them, or nobody
HELD_TITLES = frozenset(["chancellor", "governor", "mayor", "emperor", "commissioner", "spokesperson"])
#: words after such a noun that make it part of a longer name or another office ("Secretary of State",
#: "Secretary-General", "Chairman of the Joint Chiefs")
_LONGER = frozenset(["of", "-", "general", "for", "to"])
#: the dot of an initial in a name ("Antony J. Blinken": "J", ".")
_INITIAL_DOT = "."


#: small words inside a title ("Secretary of State", "Minister for Foreign Affairs")
_TITLE_LINKS = frozenset(["of", "for", "and"])
#: how many words a title and the name before the person's word may take
_TITLE_REACH = 8


def held_title(low: Sequence[str], m: Mention) -> bool:
    """Whether a mention is a title of :data:`HELD_TITLES` with its country ("German Chancellor", "the Governor of
    Okinawa"), which the text may name again alone."""
    return m.has_country and not HELD_TITLES.isdisjoint(low[m.start:m.end])


def titled_names(tokens: Sequence[str], low: Sequence[str],
                 mentions: Sequence[Mention]) -> list[tuple[tuple[str, ...], Mention]]:
    """The people a sentence names with a title of capitalised words right before their name ("Secretary of
    State Antony J. Blinken", "Secretary of Defense Lloyd J. Austin III", whether the lexicon reads the title as an
    actor of the person's country or not at all): the words of title and name together, and the person."""
    out: list[tuple[tuple[str, ...], Mention]] = []
    for person in mentions:
        if not person.person or not person.has_country or person.also:
            continue
        others = {q for m in mentions if m is not person and m.code[:3] != person.code[:3]
                  for q in range(m.start, m.end)}
        start = person.start
        while start > 0 and person.start - start < _TITLE_REACH and start - 1 not in others and (
                tokens[start - 1] == _INITIAL_DOT
                or (tokens[start - 1][:1].isupper() and tokens[start - 1].replace(".", "").isalpha())
                or (low[start - 1] in _TITLE_LINKS and start - 1 > 0 and tokens[start - 2][:1].isupper())):
            start -= 1
        while start < person.start and low[start] in _TITLE_LINKS:
            start += 1
        if not OFFICE_NOUNS.isdisjoint(low[start:person.end]) and start < person.start:
            out.append((tuple(low[start:person.end]), person))
    return out


def bare_titles(tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The spans of the titles of :data:`UNREAD_TITLES` a sentence names alone after "the", with the capitalised
    words before the noun ("the Secretary", "The Deputy Secretary", "the Foreign Secretary"), that no actor
    covers and that are no part of a longer name ("the Secretary of State", "the Secretary-General")."""
    taken = {q for m in mentions for q in range(m.start, m.end)}
    out: list[tuple[int, int]] = []
    for q, word in enumerate(low):
        if word not in UNREAD_TITLES or q in taken or not tokens[q][:1].isupper() \
                or (q + 1 < len(low) and low[q + 1] in _LONGER):
            continue
        start = q
        while start > 0 and start - 1 not in taken and low[start - 1] != "the" and tokens[start - 1][:1].isupper() \
                and tokens[start - 1].isalpha() and q - start < 2:
            start -= 1
        if start > 0 and low[start - 1] == "the":
            out.append((start, q + 1))
    return out


def named_title(low: Sequence[str], mention: Mention) -> bool:
    """Whether an office of no country the lexicon read ends with a word that is no title, the first word of a
    name ("Foreign Minister Park"): a title and a name, which only the person named so before can be."""
    last = low[mention.end - 1]
    return (mention.role_only and not mention.has_country and mention.end - mention.start > 1
            and last.isalpha() and last not in OFFICE_NOUNS and not OFFICE_NOUNS.isdisjoint(
                low[mention.start:mention.end - 1]))


def titled_person(titled: Sequence[tuple[tuple[str, ...], Mention]], office: Sequence[str],
                  mentions: Sequence[Mention]) -> Mention | None:
    """The person the article named before with the title ``office`` ("the Foreign Minister" after "spoke with
    Saudi Foreign Minister X", "the Secretary" after "Secretary of State X"), from ``titled``, the words of each
    titled person's mention in the order named: the last one so titled, when the people so titled are of one
    country (those of the people the sentence names aside: "Kono and the Foreign Minister" after Kono met his
    Australian counterpart)."""
    n = len(office)
    if not n:
        return None
    found = [p for words, p in titled if any(tuple(words[k:k + n]) == tuple(office) for k in range(len(words) - n + 1))]
    here = {m.code[:3] for m in mentions if m.person and m.has_country}
    countries = {p.code[:3] for p in found} - here
    if len(countries) != 1:
        return None
    return next(p for p in reversed(found) if p.code[:3] in countries)


#: nouns of a person named by the other's office ("his counterpart from Japan")
_COUNTERPART = frozenset(["counterpart", "counterparts"])
#: words between such a noun and the country it is of
_OF_COUNTRY = frozenset(["from", "of", "in"])


def counterparts_of(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """"his counterpart from the United Kingdom", "their counterparts of Japan and the ROK": the officials of the
    countries named after "from", "of" or "in" (one person mention from the noun to the country, in place of the
    country), as "his British counterpart" is. A country named with a role ("from the Japanese Foreign
    Ministry") or a counterpart the lexicon read already is left as it is."""
    out = list(mentions)
    for q, word in enumerate(low):
        if word not in _COUNTERPART or q + 2 >= len(low) or low[q + 1] not in _OF_COUNTRY \
                or any(m.start <= q < m.end for m in mentions):
            continue
        k = q + 2 + (low[q + 2] == "the")
        country = next((m for m in out if m.start == k and m.has_country and len(m.code) == 3 and not m.person
                        and m.code[:3] not in ("IGO", "NGO")), None)
        if country is None:
            continue
        out = [m for m in out if m is not country]
        out.append(Mention(q, country.end, country.code + "GOV", None, True, person=True))
    return sorted(out, key=lambda m: m.start)


def introduced_surnames(low: Sequence[str], mentions: Sequence[Mention],
                        people: Mapping[str, Mention]) -> list[Mention]:
    """A surname the lexicon reads as its own famous bearer ("Kim": Kim Jong Un) that the text gave to someone else
    of another country, introduced with the full name before ("U.S. special envoy for North Korea Sung Kim ...
    Kim told reporters"): that person, unless the text named the famous bearer too. ``people``: the people the
    text introduced, by surname (a surname two countries' people share in the text is in none, and the lexicon's
    reading stays)."""
    out = list(mentions)
    introduced = {p.name for p in people.values()}
    for k, m in enumerate(mentions):
        person = people.get(low[m.start]) if m.end - m.start == 1 and m.person and m.name is not None else None
        if person is not None and person.name != m.name and person.code[:3] != m.code[:3] \
                and m.name not in introduced:
            out[k] = Mention(m.start, m.end, person.code, person.name, True, person=True)
    return out


#: titles of an organisation's head, which stand for the organisation that issued the text
_GROUP_TITLES = frozenset(["secretary-general", "secretariat"])
#: words the lexicon reads as no actor that stand for the issuer ("the Secretary-General", "this Department")
INSTITUTION_WORDS = _GROUP_TITLES | frozenset(["department", "ministry", "administration", "secretary"])


def issuer_titles(tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention], issuer: str) -> list[Mention]:
    """"the Secretary-General", "this Department", "the Ministry" in a text an institution issued (``issuer``, its
    code): the issuer (an office or body the lexicon reads with no country, or not at all)."""
    taken = {q for m in mentions for q in range(m.start, m.end)}
    out: list[Mention] = []
    group = issuer[:3] in _GROUP_CODES
    for q, w in enumerate(low):
        if q in taken or w not in INSTITUTION_WORDS or not tokens[q][:1].isupper() or q == 0 \
                or low[q - 1] not in ("the", "this", "our"):
            continue
        end = q + 3 if low[q + 1:q + 3] == ["-", "general"] else q + 1  # "Secretary-General", split
        title = w in _GROUP_TITLES or end > q + 1
        if (end < len(low) and low[end] == "of") or group != title:
            continue  # "the Department of Energy": a body the lexicon does not know; a title of the other kind
        out.append(Mention(q, end, issuer if group else issuer + "GOV", None, True))
    return out


#: verbs by which one party speaks to others ("urged the two countries", "called on both sides"), which it is not
ADDRESSING = ("urg", "call", "encourag", "commend", "congratulat", "prais", "welcom", "ask", "press", "thank",
               "warn", "appeal", "invit", "told", "tell", "advis", "applaud")


def addressed(low: Sequence[str], q: int) -> bool:
    """Whether "the two countries", "both sides" at ``q`` are the object of a verb of speaking to others ("urged
    the two parties", "called on both sides", "commends the two governments"): the subject that speaks to them is
    neither of them. A subject that says something of the two ("Peru said the two countries would meet") may be."""
    k = q - 1 - (q > 0 and low[q - 1] == "the")
    if k >= 0 and low[k] in ("on", "upon"):
        k -= 1
    return k >= 0 and low[k].startswith(ADDRESSING)


def after_title(tokens: Sequence[str], low: Sequence[str], q: int) -> int:
    """Where the name begins after a title of capitalised words at ``q`` ("State Secretary for Defense Michael
    Fallon", "Defense Minister Tomomi Inada"): the last two capitalised words before the end of the phrase, when
    the words before them hold an office noun; else ``q`` (no title, or no name after it)."""
    end = q
    while end < len(tokens) and (tokens[end][:1].isupper() or (low[end] in _TITLE_LINKS and end > q)):
        end += 1
    if end < len(tokens) and tokens[end] not in (",", ".", ";", ")"):
        return q
    start = end - 2
    if start <= q or OFFICE_NOUNS.isdisjoint(low[q:start]) or not OFFICE_NOUNS.isdisjoint(low[start:end]):
        return q
    return start


#: the words of a minister's portfolio after "Minister of" ("Minister of Foreign Affairs and Cooperation", "Minister
#: of External Relations", "Minister of Foreign Affairs and International Cooperation")
_PORTFOLIO = frozenset(["foreign", "affairs", "external", "relations", "international", "cooperation", "co-operation",
                        "defence", "defense", "national", "trade", "commerce", "industry", "economy", "finance",
                        "interior", "home", "justice", "security", "development", "integration", "european",
                        "african", "regional", "overseas", "worship", "diaspora", "emigrants", "expatriates",
                        "communities", "and", "&"])


def after_portfolio(tokens: Sequence[str], low: Sequence[str], q: int) -> int:
    """Where the name begins after a portfolio told with "of" at ``q`` ("Timor-Leste's Minister of Foreign Affairs
    and Cooperation Dionisio Babo Soares": the name at "Dionisio"); ``q`` when no portfolio of capitalised words
    follows, or no capitalised word after it."""
    if q >= len(low) or low[q] != "of":
        return q
    end = q + 1
    while end < len(low) and low[end] in _PORTFOLIO and (tokens[end][:1].isupper() or low[end] in ("and", "&")):
        end += 1
    if end == q + 1 or low[end - 1] in ("and", "&") or end >= len(tokens) or not tokens[end][:1].isupper():
        return q
    return end
