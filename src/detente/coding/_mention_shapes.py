"""Shapes of actor mentions within one sentence, read without the discourse: whether a preposition governs a
mention, the word-order subject, lists of actors, counterparts and offices in apposition, a person addressed, a
name of a few words. :mod:`detente.coding.coref` reads them sentence by sentence."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from detente.coding._names import name_word
from detente.coding._words import CLAUSE_WORDS, OFFICE_NOUNS, PREPOSITIONS, QUOTE_MARKS, SAY
from detente.coding.mentions import Mention

_WE = frozenset(["we", "our", "us", "ours", "we're", "we've", "we'll", "we'd"])
_I = frozenset(["i", "my", "me", "i'm", "i've", "i'll", "i'd"])
_FIRST = _WE | _I
_ARTICLES = frozenset(["the", "a", "an"])
#: the small words inside an Arabic or European name ("Hamad bin Isa", "Ursula von der Leyen")
_NAME_PARTICLES = frozenset(["bin", "bint", "ibn", "al", "el", "von", "van", "der", "de", "da", "del"])
#: the first letters of an organisation's code, which names no country
_GROUP_CODES = frozenset(["IGO", "NGO"])
#: words between the members of a list of actors ("A, the Republic of Korea (ROK), and C")
_LIST = frozenset([",", "and", "the", "or", "(", ")"])
#: the words that put what follows in a teller's report ("Iran says its forces ...", "warned that its troops")
_REPORT_WORDS = frozenset(["says", "said", "say", "saying", "warns", "warned", "claims", "claimed", "insists",
                            "insisted", "states", "stated", "announced", "announces", "reported", "reports",
                            "told", "tells", "added", "adds", "that"])


def outside_quotes(lows: Sequence[Sequence[str]]) -> list[list[bool]]:
    """For each word of each sentence, whether it stands outside quotations (a quotation mark itself does not;
    quotations may run on across sentences)."""
    inside = False
    out: list[list[bool]] = []
    for low in lows:
        if QUOTE_MARKS.isdisjoint(low):  # most sentences: every word on the side the sentence opens on
            out.append([not inside] * len(low))
            continue
        flags: list[bool] = []
        for w in low:
            if w in QUOTE_MARKS:
                inside = not inside
                flags.append(False)
            else:
                flags.append(not inside)
        out.append(flags)
    return out


def _governed(m: Mention, low: Sequence[str]) -> bool:
    """A preposition governs the actor ("between the United States and ...", "with Kim")."""
    q = m.start - 1
    while q >= 0 and (low[q] in _ARTICLES or low[q].isdigit()):
        q -= 1
    return q >= 0 and low[q] in PREPOSITIONS and low[q] != "'s"


def _between(m: Mention, low: Sequence[str]) -> bool:
    """The actor is the first of a pair after "between" ("the agreement reached between Kosovo and Serbia")."""
    q = m.start - 1
    while q >= 0 and low[q] in _ARTICLES:
        q -= 1
    return q >= 0 and low[q] == "between"


#: nouns of a state's people in the plural that "they" stands for ("Eritrean officials ... They deny ...")
_PLURAL_ROLES = frozenset(["officials", "authorities", "leaders", "diplomats", "negotiators", "ministers", "envoys",
                           "troops", "forces", "soldiers", "delegates", "lawmakers", "officers", "representatives"])


def _plural(m: Mention, low: Sequence[str]) -> bool:
    """An actor named in the plural: a state's officials or forces ("Eritrean officials", "U.S. troops"), its
    people by a demonym after "the" ("the North Koreans"), or a body by its members ("The members of the Security
    Council condemned ... They expressed their condolences")."""
    if not m.has_country or m.also or m.end - m.start < 1:
        return False
    if members_of(low, m) or (m.end - m.start > 2 and low[m.start] in _MEMBERS_OF and low[m.start + 1] == "of"):
        return True
    if m.person:
        return False
    last = low[m.end - 1]
    return last in _PLURAL_ROLES or (m.start > 0 and low[m.start - 1] == "the" and last.endswith("ans")
                                     and len(m.code) == 3)


#: nouns of a body's members before "of (the)" and the body ("the members of the Security Council")
_MEMBERS_OF = frozenset(["members", "representatives", "delegates", "leaders"])


def members_of(low: Sequence[str], m: Mention) -> bool:
    """Whether ``m`` is the body after "members of (the)" that opens its clause ("The members of the Security
    Council condemned ..."): the members are the body acting, its subject, though "of" governs the name."""
    k = m.start - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    if k < 1 or low[k] != "of" or low[k - 1] not in _MEMBERS_OF:
        return False
    return all(w in ("the", "all", "both") or w.isdigit() for w in low[:k - 1])


def _copy(antecedent: Mention, start: int, end: int, also: Sequence[Mention] = ()) -> Mention:
    return Mention(start, end, antecedent.code, antecedent.name, antecedent.has_country, person=antecedent.person,
                   also=[Mention(start, end, o.code, o.name, o.has_country, person=o.person) for o in also])


#: the words a speaker goes on with after naming whom they address ("Mr. President, I ...", "Minister, you ...")
_ADDRESSED = _FIRST | frozenset(["you", "your"])


def _vocative(low: Sequence[str], m: Mention) -> bool:
    """A person a sentence opens by addressing ("General Secretary Gorbachev, I'm sure you know ...", "Minister,
    you ..."): the one spoken to, not the speaker, and no actor of what is said."""
    return m.person and m.start == 0 and m.end + 1 < len(low) and low[m.end] == "," and low[m.end + 1] in _ADDRESSED


def _appositive_offices(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """"Ana Ruiz, Chilean permanent representative to the UN,": a country's adjective followed, after a comma,
    by one or two words and an office ("permanent representative", "deputy foreign minister") is that country's
    official, a person, as "the Chilean envoy" is."""
    out = list(mentions)
    starts = {m.start for m in mentions}
    for k, m in enumerate(mentions):
        if not m.has_country or m.person or len(m.code) != 3 or m.code[:3] in _GROUP_CODES or m.start == 0 \
                or low[m.start - 1] != ",":
            continue
        for end in (m.end + 2, m.end + 3):
            words = low[m.end:end]
            if len(words) == end - m.end and words[-1] in OFFICE_NOUNS and all(w.isalpha() for w in words) \
                    and not starts.intersection(range(m.end, end)):
                out[k] = Mention(m.start, end, m.code + "GOV", None, True, person=True)
                break
    return out


def owned_roles(low: Sequence[str], mentions: Sequence[Mention], resolved: Sequence[Mention]) -> None:
    """A role of no country right after a possessive pronoun the discourse resolved ("Vice Premier Wang Qishan
    and his party", "the minister and her delegation") is the role of the pronoun's country: the party is
    China's officials, not officials of nobody. Only when the person is named in the sentence before the pronoun:
    a "his" read from an earlier sentence is too often someone else ("Naguib Sawiris and his party", a name the
    lexicon does not know, after a DPRK official), and when the actor named nearest before the pronoun is of
    that country. "its" and "their" ("Iran says its forces will respond", "the Russians said their troops took
    the town") stand so for a state or its body named before them in the sentence, not for a person, and for
    one actor only. Changes the role's mention in place."""
    for owner in resolved:
        if not owner.has_country or owner.code[:3] in _GROUP_CODES or not _owned_by_named(low, mentions, owner):
            continue
        nearest = [m for m in mentions if m.has_country and m.end <= owner.start]
        if nearest[-1].code[:3] != owner.code[:3]:
            continue  # "X met Y, manager of a company of China, and his party": "his" may be Y
        role = next((m for m in mentions if m.start == owner.end and m.role_only and not m.has_country), None)
        if role is not None and low[role.end:role.end + 1] != ["'s"]:  # "his government's support": an act
            role.code = owner.code[:3] + role.code[3:]
            role.has_country = True
            role.role_only = False


def _owned_by_named(low: Sequence[str], mentions: Sequence[Mention], owner: Mention) -> bool:
    """The possessive ``owner`` stands for an actor named before it in the sentence: a person for "his", "her";
    a state or one of its bodies, alone, for "its", "their"."""
    word = low[owner.start]
    if word in ("his", "her"):
        return any(m.person and m.code == owner.code and m.end <= owner.start for m in mentions)
    if word not in ("its", "their") or owner.person or owner.also:
        return False
    # "Iran says its forces", "Russia warned that its troops": told by the state; "the U.S. should withdraw its
    # forces" is no such report (the forces are what the state's own verb acts on)
    return any(not m.person and not m.also and m.code == owner.code and m.end <= owner.start
               and not _REPORT_WORDS.isdisjoint(low[m.end:owner.start]) for m in mentions)


def _named_up_to(tokens: Sequence[str], start: int, q: int) -> bool:
    """The words from ``start`` to ``q`` are a name of two to four words ("Adel al-Jubeir", "Hamad bin Isa")."""
    words = tokens[start:q]
    return 2 <= len(words) <= 4 and name_word(words[0], words[0].lower()) and all(
        name_word(w, w.lower()) or w in _NAME_PARTICLES or (w[:3] in ("al-", "el-") and w[3:4].isupper())
        for w in words)


def _counterparts(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """"his Chinese counterpart", "their Omani counterparts": the official of the country the adjective names, a
    person (whose name may follow: "his Chinese counterpart, Wang Yi"), not the country."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.has_country and not m.person and len(m.code) == 3 and m.code[:3] not in _GROUP_CODES \
                and m.end < len(low) and low[m.end] in ("counterpart", "counterparts") \
                and all(o.start != m.end for o in mentions):
            out[k] = Mention(m.start, m.end + 1, m.code + "GOV", None, True, person=True)
    return out


#: pronouns that are their clause's subject: an actor after one of them, no actor itself, is its verb's object
_PRONOUN_SUBJECTS = frozenset(["it", "he", "she", "they"])
#: words before a pronoun that opens a clause
_CLAUSE_OPENERS = frozenset([",", ";", ":", "and", "but", '"'])
#: forms of "be" after "it": no verb that acts on the actor after it ("It is the U.S. that ...")
_BE_FORMS = frozenset(["is", "was", "are", "were", "'s", "be", "has", "had", "seems", "remains"])


def _after_pronoun(low: Sequence[str], mentions: Sequence[Mention], m: Mention) -> bool:
    """A pronoun subject that stands for no actor opens the clause of ``m``, with no verb of saying between them:
    ``m`` is what the pronoun's verb acts on ("It urged the U.S. and Japan to ..."), not the sentence's subject;
    not after a verb of saying ("He said the U.S. ...": the subject of what was said), nor after "it is" ("It is
    the U.S. that ..."), nor a pronoun inside a phrase ("on behalf of HE Obiang")."""
    for q in range(m.start - 1, -1, -1):
        if low[q] in SAY:
            return False
        if low[q] in _PRONOUN_SUBJECTS and not any(o.start <= q < o.end for o in mentions):
            return (q == 0 or low[q - 1] in _CLAUSE_OPENERS) and low[q + 1] not in _BE_FORMS
    return False


#: prepositions that open a phrase of a gerund before the subject ("By allowing south Korea to ..., it took ...")
_FRONTED = frozenset(["by", "after", "before", "while", "without", "in", "through", "upon", "on", "despite"])


def _fronted(low: Sequence[str]) -> int:
    """The end of a phrase of a gerund the sentence opens with, before its subject ("By allowing south Korea to
    extend its missile range it took ...", "After meeting Kim, the envoy ..."): its first comma, else the first
    pronoun subject; 0 when the sentence opens otherwise."""
    if len(low) < 3 or low[0] not in _FRONTED or not (low[1].endswith("ing") and len(low[1]) > 4):
        return 0
    return next((k for k in range(2, len(low)) if low[k] == "," or low[k] in _PRONOUN_SUBJECTS), 0)


def _subjects(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The sentence's subject by word order: the first actor (with those joined to it by "and" or commas) that no
    preposition governs and no clause word ("that", "which") precedes, nor a pronoun subject that names no actor
    (:func:`_after_pronoun`), outside a phrase of a gerund the sentence opens with (:func:`_fronted`)."""
    clause = next(compress(count(), map(CLAUSE_WORDS.__contains__, low)), len(low))
    ordered = sorted(mentions, key=lambda m: m.start)
    skipped: Mention | None = None
    fronted = _fronted(low)
    for k, m in enumerate(ordered):
        if m.start > clause:
            return []
        if m.end <= fronted:
            continue  # "By allowing south Korea to ..., it took ...": the object of the gerund
        if (_governed(m, low) and not members_of(low, m)) \
                or (skipped is not None and all(w in _LIST for w in low[skipped.end:m.start])):
            skipped = m  # "with Japan, South Korea and ...": the whole list is governed
            continue
        if _after_pronoun(low, mentions, m):
            return []
        group = [m]
        for other in ordered[k + 1:]:
            between = low[group[-1].end:other.start]
            if between and all(w in _LIST for w in between) and other.start < clause:
                group.append(other)
            else:
                break
        return [g for m in group for g in (m, *m.also)]
    return []


#: words before "the north"/"the south" (or the list it opens) that make it a place, not a state
_PLACE_WORDS = frozenset(["in", "from", "into", "across", "throughout", "toward", "towards", "visit", "visited",
                          "visiting"])
#: words after it that make it a place or a word of a compound ("the north of the country", "the south side")
_PLACE_AFTER = frozenset(["-", "of", "side", "sides", "part", "parts", "end", "abroad", "overseas"])


def lower_half(low: Sequence[str], q: int) -> bool:
    """KCNA's lower-case "the north", "the south" for the two Koreas: one of them, right after "the", not a place
    ("in the north", "the north of the country"), not the two together ("between the north and the south", "in
    the north, the south and abroad"), nor part of a compound ("north-south relations")."""
    if q < 1 or low[q - 1] != "the" or (low[q + 1:q + 2] and low[q + 1] in _PLACE_AFTER):
        return False
    if any(w in ("abroad", "overseas") for w in low[q + 1:q + 6]):
        return False
    if any(w in ("north", "south") and w != low[q] for w in (*low[max(0, q - 4):q - 1], *low[q + 1:q + 5])):
        return False  # "between the north and the south", "the south and the north met": the two sides at once
    return not (low[q - 2:q - 1] and low[q - 2] in _PLACE_WORDS)



#: the endings of a lower-case adjective before a capitalised direction that make it an epithet of the country
#: ("the communist North", "the reclusive North", "the impoverished North", "the isolated South")
_EPITHET_ENDINGS = ("ist", "ive", "ed", "ic", "al", "ous", "ian")


def direction_named(tokens: Sequence[str], low: Sequence[str], q: int) -> bool:
    """Whether the direction at ``q`` names a country as a whole: "the North", "North-South talks", KCNA's lower-case
    "the north" (:func:`lower_half`), or the capitalised direction after "the" and one lower-case epithet ("the
    communist North"); not "the North Atlantic", "North" opening a sentence, nor "the far North" (a region)."""
    after = tokens[q + 1] if q + 1 < len(tokens) else ""
    if not tokens[q][:1].isupper():
        return lower_half(low, q) and not after[:1].isupper() and (low[q - 1:q] == ["the"] or after == "-")
    if after[:1].isupper():
        return False
    if low[q - 1:q] in (["the"], ["-"]) or after == "-":
        return True
    if q < 2:
        return False
    word = tokens[q - 1]
    return low[q - 2] == "the" and word.islower() and word.isalpha() and word.endswith(_EPITHET_ENDINGS)


def quoted_whole(low: Sequence[str]) -> bool:
    """Whether the sentence is one quotation and nothing outside it but punctuation ('"Together, we call on the DPRK
    to refrain from further provocations."'): a paragraph of quotation with no speaker named, which goes on with the
    speaker of the sentence before, as news writing has it."""
    if len(low) < 3 or low[0] not in QUOTE_MARKS:
        return False
    inside = False
    for w in low:
        if w in QUOTE_MARKS:
            inside = not inside
        elif not inside and any(ch.isalnum() for ch in w):
            return False
    return True


#: words that open a clause set before the sentence's subject ("After his talks with Hu, Medvedev ...", "Before she
#: left, ...", "Noting that he had ..., Medvedev ..."); a participle in -ing opens one too
_FRONTED_OPENERS = frozenset(["after", "before", "when", "while", "as", "since", "upon", "on", "following", "during",
                              "despite", "although", "though", "once", "until", "having", "asked", "questioned",
                              "pressed", "interviewed", "briefed"])


#: openers of a fronted clause that may be conjunctions with a subject of their own ("After Medvedev left, he ...")
_CONJUNCTIONS = frozenset(["after", "before", "when", "while", "as", "since", "once", "until", "although",
                             "though"])


def clause_subject(m: Mention, low: Sequence[str]) -> bool:
    """Whether ``m`` is the subject of a clause that opens the sentence with a conjunction ("After Medvedev left
    Beijing, he ...", "When the Chinese president arrived, ..."), which the word before it does not govern as a
    preposition would ("After his talks with Hu")."""
    q = m.start - 1
    while q >= 0 and low[q] in _ARTICLES:
        q -= 1
    start = 1 if low[:1] and low[0] in ('"', "\u201c", "``") else 0
    return q == start and low[q] in _CONJUNCTIONS and m.end < len(low) and low[m.end] not in (",", "'s", "and")


def fronted(low: Sequence[str]) -> bool:
    """Whether a sentence opens with a clause set before its subject (:data:`_FRONTED_OPENERS`, a participle)."""
    opener = 1 if low[:1] and low[0] in ('"', "\u201c", "``") else 0
    return len(low) > opener + 1 and (low[opener] in _FRONTED_OPENERS
                                      or (low[opener].endswith("ing") and len(low[opener]) > 4))


def fronted_subject(low: Sequence[str], mentions: Sequence[Mention], q: int) -> Mention | None:
    """The person a pronoun at ``q`` stands for when it lies in a clause set before the sentence's subject: the
    subject, named right after the comma that closes the clause ("After his talks with Hu, Medvedev criticized
    Japan", "Noting that he had visited China five times, Medvedev ..."). None when the clause names a person
    before the pronoun ("After Hu met him, ..."), when it does not open the sentence, or when no person with a
    country is named right after its comma."""
    if not fronted(low) or q < 1:
        return None
    comma = next((k for k in range(q + 1, len(low)) if low[k] == ","), None)
    if comma is None or any(m.person and m.start < q for m in mentions):
        return None
    return next((m for m in mentions if comma < m.start <= comma + 2 and m.person and m.has_country
                 and (m.end >= len(low) or low[m.end] != ",")), None)
