"""Names and voices in a text, read from its words alone: the words of a person's name, the initials of a short
name, the authors a heading names ("Statement by ... on ..."), and the stance in the present by which a statement
opens ("... is deeply concerned", "A and B strongly condemn"). Used by :mod:`detente.coding.coref`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from detente.coding._words import OFFICE_NOUNS
from detente.coding.mentions import Mention

__all__ = ["apposed_name", "heading_authors", "initials", "name_at", "name_word", "named_alone", "named_opener",
           "stance"]

#: what a text says it is, before its authors ("Statement by ...", "Remarks of ...")
_AUTHORED = frozenset(["statement", "remarks", "readout", "message", "address", "communique", "declaration",
                       "letter", "speech", "release"])
#: words after the authors of a heading that say what the text is about
_ABOUT = frozenset(["on", "regarding", "about", "concerning", "with", "to", "at", "in", ":", "following", "after",
                    "-"])


#: capitalised words that are no part of a name
_NOT_NAMES = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                        "february", "march", "april", "june", "july", "august", "september", "october",
                        "november", "december", "the", "a", "an", "and", "on", "in", "at", "of", "said", "says",
                        "i", "he", "she", "it", "we", "they", "mr", "ms", "mrs", "dr", "mr.", "ms.", "mrs.", "dr."])


def initials(short: str, name: Sequence[str]) -> bool:
    """Whether ``short`` is made of the initials of the capitalised words of ``name``, in order ("NSC": National
    Security Council; "DCC": Defence Committee of the Cabinet); a caption's "(AP)" after a name is none."""
    letters = [t[0] for t in name if t[:1].isupper()]
    k = 0
    for ch in short:
        if not ch.isalpha():
            continue
        while k < len(letters) and letters[k] != ch:
            k += 1
        if k == len(letters):
            return False
        k += 1
    return bool(letters) and letters[0] == short[0]


def name_word(token: str, low: str) -> bool:
    """A word of a person's name: capitalised letters (a hyphen allowed: "Ki-moon"), not a date or a function
    word."""
    return token[:1].isupper() and token.replace("-", "").isalpha() and low not in _NOT_NAMES


def name_at(tokens: Sequence[str], low: Sequence[str], q: int, taken: set[int]) -> list[int]:
    """The words of a name starting at ``q`` (two to four capitalised words the lexicon does not know)."""
    end = q
    while end < len(tokens) and end - q < 4 and end not in taken and name_word(tokens[end], low[end]):
        end += 1
    return list(range(q, end)) if end - q >= 2 else []


#: months, which a person's name may also be ("Theresa May", "April Glaspie")
_MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"])
#: words before a month that make it the month ("in May", "since May", "early May", "last May")
_BEFORE_MONTHS = frozenset(["in", "on", "since", "until", "till", "through", "during", "last", "next", "this",
                            "early", "late", "mid", "mid-", "each", "every"])


def named_alone(tokens: Sequence[str], q: int) -> bool:
    """Whether the capitalised word at ``q``, a word of a name the article introduced, names that person by itself:
    not before another word of a name ("Kim Jong Un" for a "Kim"), nor when a month by that name is meant, before a
    day or a year ("May 5", "May 2019") or after a word of time ("in May", "since May", "early May")."""
    after = tokens[q + 1] if q + 1 < len(tokens) else ""
    if after and name_word(after, after.lower()):
        return False
    if tokens[q].lower() not in _MONTHS:
        return True
    return not (after[:1].isdigit() or (q > 0 and tokens[q - 1].lower() in _BEFORE_MONTHS))


#: the words that open a remit between a role and a name in apposition ("ambassador to the OAS, ...", "envoy for
#: North Korea, ...", "Minister of Foreign Affairs, ...")
_REMIT_OPENERS = frozenset(["to", "for", "of"])
#: lower-case words inside such a remit ("to the Organization of American States")
_REMIT_LINKS = frozenset(["the", "of", "and", "for", "on", "to"])
#: what may follow a name in apposition: the apposition closes
_CLOSING = frozenset([",", ".", ";", ":", ")", "-", "--"])


def apposed_name(tokens: Sequence[str], low: Sequence[str], end: int, q: int, taken: set[int]) -> int:
    """Where the name in apposition begins after a person's role in the singular that ends at ``end`` (``q``:
    where the reader would look for a name otherwise, returned when it moved on or no such name is there):
    "Peru's foreign minister, Jaime Orlando, said", "Peru's ambassador to the OAS, Jaime Orlando,". The remit
    ("to the OAS") is of capitalised words and links; the name is two to four capitalised words the lexicon
    does not know, and the apposition closes after it (a comma, the sentence's end), so that "the envoy, Foreign
    Ministry officials said" names nobody."""
    if q != end:
        return q
    k = end
    if k < len(low) and low[k] in _REMIT_OPENERS:
        k += 1
        while k < len(low) and k - end <= 6 and low[k] != "," and (
                tokens[k][:1].isupper() or low[k] in _REMIT_LINKS):
            k += 1
    if k >= len(low) or low[k] != ",":
        return q
    name = name_at(tokens, low, k + 1, taken)
    if not name or (name[-1] + 1 < len(low) and low[name[-1] + 1] not in _CLOSING):
        return q
    return k + 1


def heading_authors(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The countries of the actors a heading names as a text's authors: after "by", "from" or "of" following
    "statement", "remarks", "readout", ... and before what the text is about ("on", "regarding", "with", ":")."""
    for q, w in enumerate(low[:-1]):
        if w not in _AUTHORED or low[q + 1] not in ("by", "from", "of"):
            continue
        stop = next((k for k in range(q + 2, len(low)) if low[k] in _ABOUT), len(low))
        codes = dict.fromkeys(m.code[:3] for m in mentions if q + 2 <= m.start < stop and m.has_country)
        return [Mention(0, 0, c, None, True) for c in codes]
    return []


#: how a statement states its author's stance in the present: "is deeply concerned", "remains committed",
#: "strongly condemns"
_STANCE_ADJECTIVES = frozenset(["concerned", "committed", "pleased", "troubled", "alarmed", "disappointed",
                                "determined", "prepared", "ready", "resolved", "dismayed", "grateful", "outraged",
                                "saddened", "encouraged"])
_STANCE_VERBS = frozenset(["condemns", "welcomes", "reaffirms", "reiterates", "deplores", "regrets", "urges",
                           "calls", "applauds", "commends", "congratulates", "supports", "rejects", "denounces",
                           "joins", "condemn", "welcome", "reaffirm", "reiterate", "deplore", "regret", "urge",
                           "call", "applaud", "commend", "congratulate", "support", "reject", "denounce", "join",
                           "express", "expresses", "note", "notes", "affirm", "affirms", "stress", "stresses",
                           "emphasize", "emphasizes", "emphasise", "emphasises", "underscore", "underscores"])
_PRESENT_BE = frozenset(["is", "are", "remains", "remain"])
_STANCE_ADVERBS = frozenset(["strongly", "firmly", "fully", "categorically", "once", "again", "also", "deeply",
                             "seriously", "gravely", "very", "extremely", "still"])


def stance(low: Sequence[str], after: int) -> bool:
    """The words from ``after`` state a stance in the present: "is deeply concerned", "remains committed",
    "strongly condemns", "welcomes"."""
    words = [w for w in low[after:after + 5] if w not in _STANCE_ADVERBS][:2]
    if words and words[0] in _PRESENT_BE:
        return len(words) > 1 and words[1] in _STANCE_ADJECTIVES
    return bool(words) and words[0] in _STANCE_VERBS


#: the words a description in apposition may open with before its role ("a DPRK athlete", "the chairman of ...")
_APPOSITION_ARTICLES = frozenset(["a", "an", "the"])
#: the nouns of a person's post or calling in a description in apposition ("member of the Political Bureau of
#: ...", "vice-chairwoman of ...", "a DPRK athlete"), besides the office nouns
_ROLES = OFFICE_NOUNS | frozenset([
    "member", "director", "chairwoman", "chairperson", "head", "speaker", "editor", "officer", "governor", "mayor",
    "coordinator", "rector", "professor", "chief", "commander", "athlete", "writer", "correspondent", "delegate",
    "official", "founder", "journalist", "lawmaker", "senator", "deputy", "president", "player", "scholar"])
#: words of a title or an epithet before a name, which the lexicon reads itself ("President Kim Il Sung")
_NAME_TITLES = OFFICE_NOUNS | frozenset(["general", "comrade", "marshal", "generalissimo"])


def _role(word: str) -> bool:
    return any(part in _ROLES for part in word.split("-"))


def named_opener(tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention]) -> Mention | None:
    """The person a sentence opens with, named by words the lexicon does not know and described in apposition
    with a post and a country: "Sun Ming, secretary of the Provincial Party Committee of China, said ...", "Ri
    Hui Ok, a DPRK athlete, won ...", "Haile Woldu, Ethiopian foreign minister, called for ...". A mention of the
    name (two to five capitalised words before the comma, no title among them) with the code of the first actor
    with a country in the description (up to its second comma: "member of the Political Bureau of the C.C.,
    Communist Party of China"), when the description names the person's post ("member", "chairman", "athlete")
    by that actor or before it (a country after "in" is where a body stands: "the Association of Koreans in
    Japan" is none); None when the sentence opens otherwise ("President Kim Il Sung, deeply aware of ...": a
    title, and no post)."""
    end = 0
    while end < len(tokens) and end < 5 and name_word(tokens[end], low[end]):
        end += 1
    if end < 2 or end + 1 >= len(tokens) or tokens[end] != "," or any(m.start < end for m in mentions) \
            or not _NAME_TITLES.isdisjoint(low[:end]):
        return None
    opening = end + 1 + (low[end + 1] in _APPOSITION_ARTICLES)
    if opening < len(tokens) and tokens[opening][:1].isupper() and all(m.start != opening for m in mentions):
        return None  # "Kim Ri Na, Pak Ho and ...": a list of names, no description
    commas = [q for q in range(end + 1, len(low)) if low[q] == ","][:2]
    stop = commas[-1] if commas else len(low)
    # a country after "in" is where a body stands, not whose it is ("the Association of Koreans in Japan")
    found = next((m for m in mentions if end < m.start and m.end <= stop and m.has_country
                  and low[m.start - 1] != "in" and "in" not in low[m.start:m.end]), None)
    if found is None or found.code[:3] in ("IGO", "NGO") \
            or not any(_role(w) for w in low[opening:min(found.end + 2, stop)]):
        return None
    return Mention(0, end, found.code, " ".join(tokens[:end]), True, person=True)


#: how far into a sentence the comma closing an opening participle's phrase may stand ("Speaking to reporters,")
_FRONT_REACH = 12
#: words before an actor in an apposition that say where the person works, not whose post it is ("a researcher at a
#: Seoul university")
_WHERE = frozenset(["at", "in", "from", "near"])
def _placed(low: Sequence[str], q: int) -> bool:
    """The actor at ``q`` says where someone works: after "at", "in", "from" ("at a Seoul university")."""
    while q > 0 and low[q - 1] in ("a", "an", "the"):
        q -= 1
    return q > 0 and low[q - 1] in _WHERE


#: saying verbs after which a private teller's pronoun stands ("Delury said he expects ...")
_TELLING = frozenset(["said", "says", "told", "tells", "added", "adds", "noted", "notes", "wrote", "writes",
                      "argued", "argues", "believes", "believed", "thinks", "thought", "recalled", "explained"])


def private_teller(tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention],
                   known: Collection[str] = (), named: Collection[str] = ()) -> int | None:
    """The saying verb of a sentence that opens with a person the lexicon does not know and no state stands for:
    "John Delury, a professor at Yonsei University, said he expects ...", "Delury said he would urge China ...", an
    analyst's, a witness's or a detainee's own words. "He" after it is that person, not the last official the text
    named. A name is two to five capitalised words, or one that is no plural ("Reporters said", "Analysts said"
    name no person); an apposition after it between commas may describe the person ("a researcher at a Seoul
    university"), but one giving the person a post of a state ("Sun Ming, secretary of ... of China, said":
    :func:`named_opener`) makes no private teller, nor a name with a word in ``known`` (the words of names the
    article met beside a state before: "Secretary Kim Yong Il and officials of the WPK were present. Kim Yong Il
    said ..." may be that state's). One capitalised word opening the sentence is a name only when it was a word of a
    longer name before (in ``named``: "John Delury ... Delury said"; "Being told that ..." names nobody). None when
    the sentence opens otherwise."""
    start = 0
    if low and low[0].endswith("ing") and "," in low[:_FRONT_REACH]:
        start = low.index(",") + 1  # "Speaking inside an airport hangar, Ling said she ..."
    end = start
    while end < len(tokens) and end - start < 5 and name_word(tokens[end], low[end]):
        end += 1
    if end == start or (end - start == 1 and (low[start].endswith("s") or (start == 0 and low[0] not in named))) \
            or any(m.start < end for m in mentions) or any(w in known for w in low[start:end]):
        return None
    verb = end
    if verb < len(low) and low[verb] == ",":
        close = next((q for q in range(verb + 1, min(len(low), verb + 16)) if low[q] == ","), None)
        if close is None or (start == 0 and named_opener(tokens, low, mentions) is not None) or any(
                verb < m.start < close and m.has_country and not _placed(low, m.start) for m in mentions):
            return None  # a post of a state or a body in the apposition ("a member of the UNICEF office")
        verb = close + 1
    return verb if verb < len(low) and low[verb] in _TELLING else None


def name_words(tokens: Sequence[str], low: Sequence[str], mentions: Sequence[Mention]) -> set[str]:
    """The words of the capitalised names of a sentence that names a state (none when it names none): the names
    :func:`private_teller` does not take for a private person's when they come again."""
    if not any(m.has_country for m in mentions):
        return set()
    # name_word inline (the test on the first letter first): one pass over every sentence that names a state
    return {w for t, w in zip(tokens, low, strict=False) if t[:1].isupper() and w not in _NOT_NAMES
            and t.replace("-", "").isalpha()}


def long_name_words(tokens: Sequence[str], low: Sequence[str]) -> set[str]:
    """The words of the names of two or more capitalised words in a sentence ("John Delury"): a word of one may
    name the person alone later ("Delury said ..."; see :func:`private_teller`)."""
    out: set[str] = set()
    run = 0  # the name words just before q
    for q, token in enumerate(tokens):
        if token[:1].isupper() and low[q] not in _NOT_NAMES and token.replace("-", "").isalpha():  # name_word
            run += 1
            continue
        if run >= 2:
            out.update(low[q - run:q])
        run = 0
    if run >= 2:
        out.update(low[len(tokens) - run:len(tokens)])
    return out
