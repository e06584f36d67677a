"""A headline in title case parsed as if written in sentence case.

Wire services and KCNA write headlines with every word capitalised ("Vietnamese Premier Meets Kenyan President
Kenyatta In Hanoi", "Chinese Vice President Visits Zambia"). To the parser every such token looks like part of a
name: after a surname it does not know, "Meets" is read as a proper noun of the same name, "In Hanoi" hangs on it,
and the one met is lost; "Visits" becomes a compound modifier of "Zambia" and the sentence has no verb at all.

:func:`sentence_case_view` gives the parser another view of such a sentence, the one a sub-editor would have
written in sentence case: the English function words ("In", "At", "With", "Of") and the words the lexicon knows as
verbs or event nouns ("Meets", "Visits", "Slams") are lower-cased, unless they are part of an actor the sentence
names ("Korean Central News Agency", a person the lexicon knows). Names, titles and the words the lexicon does not
know keep their capital. The view has the same tokens in the same places, so the parse maps back one to one; the
coder reads its actors and verbs from the words as written.

Only a sentence in title case is given the view (:func:`title_cased`): every word of letters of four or more is
capitalised, apart from a few short function words some styles leave in lower case ("DPRK Delegation Leaves for
Laos"). A sentence of ordinary prose has lower-case words of its own and is parsed as written.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from detente.coding._present_verb import past_of
from detente.coding._words import DETERMINERS, PREPOSITIONS
from detente.coding.lexicon import VerbEntry, inflections
from detente.coding.syntax import Parse

__all__ = ["headline_pasts", "headline_verb_at", "parse_views", "read_as_verb", "sentence_case_view", "tensed_reading",
           "title_cased", "with_past"]

#: function words lower-cased in the view: prepositions, articles and possessives, conjunctions, the copula and
#: auxiliaries, "to" of an infinitive
FUNCTION_WORDS = PREPOSITIONS | DETERMINERS | frozenset([
    "and", "or", "but", "nor", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
    "would", "may", "not", "no", "it", "they", "he", "she", "we", "who", "which", "amid", "despite", "off", "out",
    "up", "down", "back", "more", "again", "also", "still", "all", "now", "not",
    # a headline's predicate with its copula left out ("U.S. Ready to Impose ...", "Talks Likely to Resume")
    "ready", "poised", "set", "due", "likely", "unlikely", "able", "unable", "willing", "keen", "eager",
])
#: nouns of a party that sentence case leaves in lower case even before a name ("Argentine leader Kirchner",
#: "Vietnamese counterpart"), unlike a formal title ("President", "Prime Minister"); lower-cased inside an actor too
PARTY_NOUNS = frozenset([
    "leader", "leaders", "counterpart", "counterparts", "envoy", "envoys", "delegation", "delegations", "official",
    "officials", "diplomat", "diplomats", "troops", "soldiers", "lawmakers", "government", "authorities",
])
#: words some title-case styles leave in lower case ("Leaves for Laos", "Talks on Trade"); nothing else may be
_SMALL_WORDS = frozenset(["a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as", "with",
                          "from", "into", "over", "vs", "via", "per", "'s", "s"])
_VOWELS = "aeiou"
#: the relations of a passive's subject and auxiliary
_PASSIVE = frozenset(["nsubj:pass", "aux:pass"])
#: fewest capitalised words of four letters or more for a sentence to be read as title case
_FEWEST = 3


def title_cased(tokens: Iterable[str]) -> bool:
    """Whether a sentence is written in title case: at least three words of four or more letters, each with a
    capital, and no lower-case word but the short function words some styles leave so.

    >>> title_cased("Chinese Vice President Visits Zambia".split())
    True
    >>> title_cased("DPRK Delegation Leaves for Laos".split())
    True
    >>> title_cased("The Chinese vice president visits Zambia".split())
    False
    """
    capitals = 0
    for token in tokens:
        word = token.replace("-", "").replace("'", "")
        if not word.isalpha():
            continue
        if token[0].islower():
            if token not in _SMALL_WORDS:
                return False
        elif len(word) >= 4 and token[1:].islower():
            capitals += 1  # a word in title form ("Meets"); one in capitals ("DPRK", "U.S.") is no sign
    return capitals >= _FEWEST


def headline_pasts(verbs: Mapping[str, Sequence[VerbEntry]]) -> dict[str, str]:
    """The past of each present in "-s" of the lexicon's verbs ("meets" -> "met", "urges" -> "urged"): a form the
    lexicon lists beside the regular ones (the shortest), else the regular past."""
    forms: dict[str, set[str]] = {}
    for form, entries in verbs.items():
        for entry in entries:
            forms.setdefault(entry.lemma, set()).add(form)
    pasts: dict[str, str] = {}
    for lemma, known in forms.items():
        regular = set(inflections(lemma))
        presents = [f for f in known & regular if f != lemma and f.endswith("s")]
        odd = sorted(known - regular, key=lambda f: (len(f), f))
        for present in presents:
            past = odd[0] if odd and " " not in odd[0] else _regular_past(lemma, present)
            pasts.setdefault(present, past)
            pasts.setdefault(lemma, past)  # a plural's present ("Syrian Groups Denounce ...")
    return pasts


def _regular_past(lemma: str, present: str) -> str:
    """The regular past, the consonant of a short stem doubled ("slams" -> "slammed", "visits" -> "visited")."""
    if len(lemma) in (3, 4) and lemma[0] not in _VOWELS and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS \
            and lemma[-1] not in _VOWELS + "wxy":
        return lemma + lemma[-1] + "ed"
    return past_of(present)


def sentence_case_view(tokens: list[str], named: Collection[int], verbs: Collection[str]) -> list[str] | None:
    """``tokens`` of a title-case sentence (:func:`title_cased`) with its function words and the words in
    ``verbs`` (the lexicon's verb and event-noun forms, lower case) lower-cased, the first word and the tokens at
    ``named`` (inside an actor's mention) aside, and the nouns of :data:`PARTY_NOUNS` lower-cased everywhere; the
    lexicon's words before one in "-ed" (a passive's subject: "Chile's Stand Supported by ...") keep their capital.
    None when the sentence is not in title case or no word changes.

    >>> sentence_case_view("Chinese Vice President Visits Zambia".split(), {0, 1, 2, 4}, {"visits"})
    ['Chinese', 'Vice', 'President', 'visits', 'Zambia']
    >>> sentence_case_view("Peru meets Chile in Lima".split(), {0, 2}, {"meets"}) is None
    True
    """
    if not title_cased(tokens):
        return None
    view = list(tokens)
    # a passive's verb ("Chile's Stand Supported by ..."): the lexicon's words before it are its subject's nouns
    passive = next((i for i, t in enumerate(tokens) if i and i not in named and t[:1].isupper() and t.endswith("ed")
                    and t.lower() in verbs and t.lower() not in FUNCTION_WORDS), 0)
    for i, token in enumerate(tokens):
        if i == 0 or not token[:1].isupper() or not token[1:].islower():
            continue  # the first word, an acronym ("DPRK"), a word already in lower case
        low = token.lower()
        if low in PARTY_NOUNS or (i not in named and (low in FUNCTION_WORDS or (low in verbs and i >= passive))):
            view[i] = low
    return view if view != tokens else None


def headline_verb_at(tokens: Sequence[str], view: Sequence[str], named: Collection[int],
                     pasts: Mapping[str, str]) -> int | None:
    """Where the headline's verb stands: the first word of the lexicon's (not an actor's) the view lower-cased,
    when it is a present in "-s" ("Meets", "Slams"); None when that word is another form ("Hold", "Talks" after
    it), when a word of the lexicon in "-ed" follows (the first then a noun: "Talks with India Termed
    Productive"), or there is none."""
    words = [i for i, (token, low) in enumerate(zip(tokens, view, strict=True))
             if token != low and i not in named and low not in FUNCTION_WORDS and low not in PARTY_NOUNS]
    if not words or view[words[0]] not in pasts:
        return None
    at = words[0]
    if not view[at].endswith("s") and not (tokens[at - 1].endswith("s") and tokens[at - 1][:1].isupper()
                                           and tokens[at - 1] != "'s"):
        return None  # a bare present only after a plural ("Groups Denounce"), else a noun ("Praise", "Attack")
    if any(view[q].endswith("ed") for q in words[1:]):
        return None  # "Pakistani Talks with India Termed Productive": a passive's subject, no verb
    return at


def _subject_of(parse: Parse, verb: int, *labels: str) -> bool:
    return any(parse.heads[q] == verb and parse.labels[q] in labels for q in range(verb))


def read_as_verb(parse: Parse, verb: int) -> bool:
    """Whether ``parse`` reads the word at ``verb`` as a verb in the present with a subject before it."""
    return parse.tags[verb].startswith("VB") and _subject_of(parse, verb, "nsubj")


def with_past(view: Sequence[str], verb: int, pasts: Mapping[str, str]) -> list[str]:
    """``view`` with the headline's verb at ``verb`` in the past ("met", "slammed"), which the parser does not take
    for a plural noun or a name as it may a present in "-s"."""
    return [pasts[w] if i == verb else w for i, w in enumerate(view)]


def tensed_reading(parse: Parse, again: Parse, verb: int) -> Parse:
    """``again``, the view's parse with the headline's verb in the past, that verb tagged as the present it is
    written in, when it reads the word as a verb in the past (not a passive: "Kim Jong Un congratulated ..." read
    as one, nor an adjective) and the sentence has one root; else ``parse``, the view's own reading."""
    if again.tags[verb] not in ("VBD", "VBN") or again.labels[verb] == "amod" \
            or any(again.heads[q] == verb and again.labels[q] in _PASSIVE for q in range(len(again.heads))) \
            or sum(1 for i, h in enumerate(again.heads) if i == h) != 1:
        return parse
    tags = list(again.tags)
    tags[verb] = "VBZ"
    return Parse(again.heads, again.labels, tuple(tags))


def parse_views(parse_many: Callable[[list[list[str]]], list[Parse]],
                sentences: Sequence[tuple[list[str], Collection[int]]], verbs: Collection[str],
                pasts: Mapping[str, str]) -> list[Parse]:
    """The parse of each sentence (its tokens and the positions of its actors' words) by ``parse_many``: a
    title-case headline's through its sentence-case view (:func:`sentence_case_view`), parsed again with its verb in
    the past when the view's parse does not read that verb as one with a subject (:func:`tensed_reading`); every
    other sentence as written."""
    views = [sentence_case_view(tokens, named, verbs) or tokens for tokens, named in sentences]
    parses = parse_many(views)
    redo = [(n, at) for n, ((tokens, named), view) in enumerate(zip(sentences, views, strict=True))
            if view is not tokens and (at := headline_verb_at(tokens, view, named, pasts)) is not None
            and not read_as_verb(parses[n], at)]
    if redo:
        again = parse_many([with_past(views[n], at, pasts) for n, at in redo])
        for (n, at), parse in zip(redo, again, strict=True):
            parses[n] = tensed_reading(parses[n], parse, at)
    return parses
