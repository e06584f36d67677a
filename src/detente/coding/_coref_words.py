"""The words coreference reads and what it keeps of each sentence (:class:`detente.coding.coref.Discourse`):
pronouns, nouns that stand for two parties, titles, the bodies and texts an actor issues, and :func:`expand`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from detente.coding._mention_shapes import _FIRST, _NAME_PARTICLES, _copy
from detente.coding._words import OFFICE_NOUNS
from detente.coding.mentions import Mention

_HE = frozenset(["he", "him", "his", "she", "her", "hers"])
_IT = frozenset(["it", "its"])
_THEY = frozenset(["they", "them", "their", "they've", "they're", "they'll", "they'd"])
#: "the two leaders", "both sides": nouns that stand for two parties named before
_SIDES = frozenset(["sides", "countries", "nations", "governments", "parties", "delegations", "states"])
_LEADERS = frozenset(["leaders", "men", "presidents", "ministers", "heads", "envoys", "negotiators"])
_POSSESSIVES = frozenset(["his", "her", "their", "its"])
#: a monarch's titles, which name a head of state as an office does ("King Abdullah II of Jordan")
_MONARCHS = frozenset(["king", "queen", "emir", "amir", "sultan", "prince", "sheikh", "crown"])
_TITLES = OFFICE_NOUNS | _MONARCHS
#: a regnal number after a monarch's name ("Abdullah II", "Harald V")
_REGNAL = re.compile(r"[IVX]{1,5}")
_REFERENCES = _HE | _IT | _THEY | _FIRST | {"two", "both", "counterpart", "counterparts"}
#: "the North", "the South": half of a divided country's name
_DIRECTIONS = frozenset(["north", "south"])
#: nouns for a person named by the other's office ("his Venezuelan counterpart")
_COUNTERPARTS = frozenset(["counterpart", "counterparts", "host", "hosts", "guest", "guests", "sultan", "king",
                           "emir", "monarch"])
#: a short name defined in parentheses: two to six capitals ("DCC", "NSC"), perhaps with a digit or an "&"
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
#: small words inside a body's name ("Ministry of Foreign Affairs", "Committee on Defence and Security")
_NAME_LINKS = frozenset(["of", "the", "and", "for", "on", "&"])
#: words between a post and its remit, before the holder's name ("Special Representative for Afghanistan X")
_REMITS = frozenset(["for", "to"])
#: how many sentences back a pronoun looks for its antecedent
_REACH = {"person": 3, "it": 1, "they": 1, "sides": 4, "officials": 3}
#: plural nouns of officials that "the" makes a reference to a group told before ("The chief negotiators of A, B and
#: C condemned ... The officials also agreed ..."), as "they" is
_OFFICIALS = frozenset(["officials", "diplomats", "representatives", "delegates"])
#: nouns of bodies a text names again without their country ("Peru's Foreign Ministry ... The ministry said")
#: the bodies of the state a story is filed from that it names with no country ("SEOUL - The ministry said ...")
_HOME_BODIES = frozenset(["ministry", "government", "cabinet", "parliament"])
_BODIES = frozenset(["ministry", "department", "council", "agency", "embassy", "cabinet", "parliament", "assembly",
                     "commission", "committee", "government", "army", "navy", "legislature", "secretariat", "regime",
                     "junta"])


#: offices and bodies that stand for the state that issued the text ("the President", "the Administration")
_ISSUED_OFFICES = OFFICE_NOUNS | frozenset(["administration", "ministry", "government", "department"])


#: the last word of the name of an organisation ("the European Union", "the Security Council"): named, but no
#: person, so "it" may stand for it ("The European Union condemned ... and said it would ...")
_BODY_WORDS = frozenset(["union", "nations", "council", "organization", "organisation", "agency", "alliance",
                         "association", "community", "commission", "league", "assembly", "secretariat"])


def _body(m: Mention) -> bool:
    """Whether a named actor is an international organisation, not a person of it."""
    return m.code[:3] in ("IGO", "NGO") and m.name is not None and m.name.split()[-1].lower() in _BODY_WORDS


def expand(mentions: Sequence[Mention]) -> list[Mention]:
    """The actors ``mentions`` stand for: a reference to several ("the two leaders") becomes each of them."""
    out: list[Mention] = []
    for m in mentions:
        for one in (m, *m.also):
            if all(one.code != o.code for o in out):
                out.append(one)
    return out


@dataclass(slots=True)
class _Seen:
    """What a sentence named: its subject-like actors and the people in it."""

    subjects: list[Mention] = field(default_factory=list)
    people: list[Mention] = field(default_factory=list)
    countries: list[Mention] = field(default_factory=list)
    #: the subject is one actor named in the plural ("Eritrean officials")
    plural: bool = False
    #: the author of a text the sentence told of as its subject or as issued by its one subject ("The UN
    #: Secretary-General issued a statement", "The statement condemned ..."): "it" after it is the text
    document: Mention | None = None
    #: the sentence is told by a person no state stands for ("Delury said ..."): "he" after it is that person
    private: bool = False
    #: the countries of all the actors the sentence named, in order (those a preposition governs too)
    named: list[str] = field(default_factory=list)
    #: the subject's states, when the sentence tells them only looking on talks told before (coding._onlookers)
    onlookers: frozenset[str] = frozenset()


#: texts an actor issues, which speak for it when named again ("The statement demanded ...")
_DOCUMENTS = frozenset(["statement", "complaint", "resolution", "communique", "declaration", "letter", "note",
                        "message"])
#: how far after a text's noun "from" may stand before its sender ("a message of greeting from ...")
_SENDER_REACH = 4


#: verbs by which the subject gets a text it did not write ("Kim Jong Un received a message from ...")
_RECEIVED = frozenset(["received", "receives", "receive", "got", "gets"])


def _sender(low: Sequence[str], mentions: Sequence[Mention], q: int) -> Mention | None:
    """The actor after "from" that sent the text named at ``q`` ("received a message of greeting from Raul Castro",
    "a letter from the President"): the first with a country in the "from" phrase and a description of it in
    apposition, up to its second comma ("from Marco Rizzo, general secretary of the ... Party of Italy,"); None
    when no "from" follows the text's noun closely."""
    k = next((k for k in range(q + 1, min(len(low), q + _SENDER_REACH)) if low[k] == "from"), None)
    if k is None or any(w in (",", "to", "and") for w in low[q + 1:k]):
        return None
    commas = [c for c in range(k + 1, len(low)) if low[c] in (",", ";")][:2]
    stop = commas[-1] if commas else len(low)
    return next((m for m in mentions if k < m.start < stop and m.has_country and not m.also), None)


#: words that may stand between "in" and the text's noun ("in a joint statement", "in its written reply")
_TEXT_MODIFIERS = frozenset(["a", "an", "its", "their", "his", "her", "joint", "press", "written", "separate",
                             "brief", "short", "formal", "official", "open", "strongly", "worded", "strongly-worded"])


def _told_in(low: Sequence[str], mentions: Sequence[Mention], q: int, subject: Mention | None) -> Mention | None:
    """The author of the text whose noun at ``q`` stands in an "in" phrase opening the sentence, before its author:
    the one actor right after the phrase's comma ("In a statement on Monday, the Foreign Ministry said ...", "In a
    letter to the Council, Ethiopia accused ..."), or with no comma the sentence's one ``subject`` ("In a statement
    on March 17 it said ..."). None for a text with an author of its own ("in a statement by
    the Council"), one named again ("in the statement"), or two authors ("In a joint statement, Chile and Peru
    said": no one of them)."""
    k = q - 1
    while k >= 0 and low[k] in _TEXT_MODIFIERS:
        k -= 1
    if k != 0 or low[k] != "in" or (q + 1 < len(low) and low[q + 1] in ("by", "of", "from")):
        return None
    comma = next((c for c in range(q + 1, len(low)) if low[c] == ","), None)
    if comma is None or (subject is not None and subject.start < comma):
        return subject if subject is not None and q < subject.start else None
    start = comma + 2 if low[comma + 1:comma + 2] == ["the"] else comma + 1
    author = next((m for m in mentions if m.start == start and m.has_country and not m.also), None)
    if author is None or low[author.end:author.end + 1] in (["and"], [","]):
        return None
    return author


def issued(low: Sequence[str], authors: Sequence[Mention], mentions: Sequence[Mention]
           ) -> tuple[dict[str, Mention], Mention | None]:
    """The texts a sentence tells an actor issued, by their noun, and the text "it" may stand for in the next
    sentence. A text's sender named after "from" issued it ("Kim Jong Un received a message of greeting from Raul
    Castro": Cuba's, not the DPRK's); else the sentence's one subject before it ("Lebanon filed a complaint",
    "Raul Castro sent a message to ..."). A text named again ("The statement condemned ...") speaks for its author
    (read by :meth:`Discourse._documents`) and is the sentence's document."""
    found: dict[str, Mention] = {}
    document: Mention | None = None
    if _DOCUMENTS.isdisjoint(low):
        return found, None
    one = authors[0] if len(authors) == 1 else None
    for q, w in enumerate(low):
        if w not in _DOCUMENTS or (q > 0 and low[q - 1] in ("the", "this")):
            continue
        sender = _sender(low, mentions, q)
        if sender is None and one is not None and q >= one.end and _RECEIVED.isdisjoint(low[one.end:q]):
            sender = one
        if sender is None and (one is None or q < one.start):
            sender = _told_in(low, mentions, q, one)  # "In a statement on Monday, the Foreign Ministry said ..."
        if sender is not None:
            found[w] = document = sender
    if one is not None and one.end - one.start == 2 and low[one.end - 1] in _DOCUMENTS:
        document = one  # "The statement condemned ...": the text named again speaks for its author
    return found, document
#: a resolution named by its number ("Resolution 660"), the UN's unless a legislature's word comes before it
_RESOLUTIONS = frozenset(["resolution", "resolutions"])
_LEGISLATIVE = frozenset(["house", "senate", "joint", "concurrent", "assembly's", "congressional"])
_UN = "IGOUNO"


#: words that close the clause of a pronoun subject
_CLAUSE_ENDS = frozenset([",", ";", ":", ".", "and", "but", "that", "which", "who", "while", "after", "before",
                          "because", "when", "to", '"'])
#: how many words after a pronoun subject an actor of its own clause may stand ("they've defied the Council")
_OWN_REACH = 6
#: the pronouns that are a clause's subject
_SUBJECT_PRONOUNS = frozenset(["it", "they", "they've", "they're", "they'll", "they'd"])
#: forms of "be" after a pronoun: no verb that acts on the actors after it ("it is not fit for Japan to ...")
_BE = frozenset(["is", "was", "are", "were", "'s", "'re", "be", "been", "seems", "seemed"])


def _own_clause(low: Sequence[str], mentions: Sequence[Mention], q: int, bodies: dict[str, str]) -> frozenset[str]:
    """The actors (their codes) named after the pronoun at ``q`` in its own clause, close after it ("they've
    defied the Council", "it criticized Peru"; a body the article named, by its noun: ``bodies``): a subject
    pronoun does not stand for what its own verb acts on. None for a possessive or object ("the government and
    its minister") and after a form of "be" ("It is not fit for Japan to ...": no actor the verb acts on)."""
    if low[q] not in _SUBJECT_PRONOUNS or (q + 1 < len(low) and low[q + 1] in _BE):
        return frozenset()
    end = next((k for k in range(q + 1, min(len(low), q + 1 + _OWN_REACH)) if low[k] in _CLAUSE_ENDS),
               min(len(low), q + 1 + _OWN_REACH))
    named = {m.code for m in mentions if q < m.start < end and m.has_country}
    named.update(bodies[w] for w in low[q + 1:end] if w in bodies)
    return frozenset(named)


def _without(group: Sequence[Mention], own: frozenset[str], q: int) -> Mention | None:
    """"they" at ``q`` as the actors of ``group`` less those its own clause acts on; None when none is left."""
    left = [m for m in group if m.code not in own]
    return _copy(left[0], q, q + 1, left[1:]) if left else None


#: states whose people prose names again by the given name: a father's name after it (Ethiopia, Eritrea, Iceland),
#: or no family name (Indonesia, Myanmar), or the given name by custom (Thailand)
_GIVEN_NAMED = frozenset(["ETH", "ERI", "ISL", "IDN", "MMR", "THA"])


def remember_given(given: dict[str, Mention | None], kept: Sequence[str], keys: Sequence[str], person: Mention) -> None:
    """Remember ``person`` by the given name written first in ``kept`` ("Prime Minister Abiy Ahmed ... Abiy said"),
    read after the surnames (:attr:`Discourse.given`), for a state whose people prose names so (``_GIVEN_NAMED``;
    "Anna" of a Polish minister names nobody); not a particle or a word already a key; a given name two people
    share names neither (None)."""
    word = kept[0].lower()
    if len(kept) < 2 or word in keys or word in _NAME_PARTICLES or person.code[:3] not in _GIVEN_NAMED:
        return
    known = given.get(word, person)
    given[word] = person if known is not None and known.name == person.name else None
