"""A date for each event of a sentence: the time phrases :func:`detente.coding.dates.find_when` reads, placed on
the coder's tokens (:func:`place_when`) and bound each to the one event it dates (:func:`date_events`).

A phrase naming the time of a noun dates that noun's event ("the May 2 launches"); a phrase in a relative clause
dates that clause (when the clause's verb is no event, the noun it tells of, if that noun is one); a phrase opening
the sentence or standing between subject and verb dates that verb; a verb with no phrase of its own takes the one
of the verb before it in its clause, or of a telling after it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.coding._carried_notes import carried_note
from detente.coding._dated_force import anterior_noun
from detente.coding._month_nouns import NOUN_TIMES, month_nouns
from detente.coding._text import tokenize
from detente.coding.dates import _MONTHS, _NUMBERS, _RANK, _WEEKDAYS, When, find_when, year_nouns
from detente.model import Event

if TYPE_CHECKING:
    from detente.coding.mentions import Mention

__all__ = ["Placed", "commented_act_time", "date_events", "gapped", "place_when", "reduced_relative", "scheduled"]


@dataclass(frozen=True, slots=True)
class Placed:
    """A time phrase among a sentence's tokens (``first`` up to ``last``, exclusive); ``noun``: it names the
    time of the noun after it ("the September 19 Joint Statement", "the May 25 launches", "Tuesday's talks")."""

    when: When
    first: int
    last: int
    noun: bool


#: words before a time phrase that make it a modifier of the noun after it ("the May 25 launches")
_NOUN_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
                               "these", "those", "'s", "whose"])
#: words after a time phrase that show it is no noun modifier ("the 12th of June", "the 3rd and ...")
_NOT_NOUNS = frozenset(["of", "in", "at", "on", "by", "with", "to", "from", "for", "and", "or", "but", "that",
                        "which", "who", "when", "while", "as", "after", "before", "until", "since", "through",
                        "during", "into", "against", "over", "about", "between", "than", "is", "was", "were",
                        "are", "be", "will", "would", "has", "had", "have"])
#: words that may stand between a time phrase and the verb it dates ("on Monday formally rejected")
_BETWEEN = frozenset(["also", "again", "then", "jointly", "finally", "once", "first", "both"])


def _token_starts(sentence: str, tokens: Sequence[str]) -> list[int]:
    """The character offset of each token in ``sentence`` (a token the tokenizer rewrote, "not" of "didn't",
    takes the offset where the search stands; a token recased from a sentence in capitals is found in any case)."""
    text = sentence.translate(_QUOTES)
    lowered: str | None = None
    starts: list[int] = []
    pos = 0
    for token in tokens:
        found = text.find(token, pos, pos + len(token) + 24)
        if found < 0 and token.lower() != token.upper():  # a sentence in capitals, read recased
            lowered = lowered if lowered is not None else text.lower()
            found = lowered.find(token.lower(), pos, pos + len(token) + 24)
        if found < 0:
            starts.append(pos)
            continue
        starts.append(found)
        pos = found + len(token)
    return starts


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u02bc": "'",
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def place_when(sentence: str, tokens: Sequence[str] | None, anchor: dt.date | None, *,
               context: dt.date | None = None, year: int | None = None) -> list[Placed]:
    """The time phrases of ``sentence`` (see :func:`find_when`) placed on its ``tokens`` (the coder's; ``None``:
    tokenized here, only when the sentence has a phrase)."""
    try:
        found = find_when(sentence, anchor, context=context, year=year)
    except (ValueError, OverflowError):
        return []
    if anchor is not None:  # "the 2008 invasion of Georgia": a year of the noun's event alone
        found += [w for w in (*year_nouns(sentence), *month_nouns(sentence, anchor))  # "his August visit"
                  if all(w.at[1] <= f.at[0] or f.at[1] <= w.at[0] for f in found)]
    if not found:
        return []
    tokens = tokenize(sentence) if tokens is None else tokens
    starts = _token_starts(sentence, tokens)
    low = [t.lower() for t in tokens]
    placed: list[Placed] = []
    for when in found:
        begin, end = when.at
        first = next((k for k, at in enumerate(starts) if at >= begin), len(tokens))
        last = next((k for k, at in enumerate(starts) if at >= end), len(tokens))
        if last <= first:
            continue
        placed.append(Placed(when, first, last, when.kind in NOUN_TIMES or _modifies_noun(low, first, last)))
    return placed


def _modifies_noun(low: Sequence[str], first: int, last: int) -> bool:
    if last < len(low) and low[last] == "'s":  # "Tuesday's talks", "today's announcement"
        return True
    if first == 0 or low[first - 1] not in _NOUN_DETERMINERS or last >= len(low):
        return False
    after = low[last]
    return after[:1].isalpha() and after not in _NOT_NOUNS


#: nouns of a text that a day before them names ("the June 15 joint declaration", "the August 17 communique")
_DOCUMENTS = frozenset(["declaration", "statement", "communique", "communiqué", "agreement", "accord", "resolution",
                        "framework", "charter", "treaty", "memorandum", "protocol"])


def _document(low: Sequence[str], after: int) -> bool:
    """Whether the noun a time phrase ending before ``after`` names is a text (within three words: "the
    September 19 joint statement"): the day is the text's name, not the time of an act the sentence tells."""
    return any(w.rstrip("s") in _DOCUMENTS for w in low[after:after + 3])


def date_events(placed: Sequence[Placed], spans: Sequence[tuple[int, int, bool]],
                low: Sequence[str] = ()) -> list[list[Placed]]:
    """For each event of a sentence, the time phrases that may date it, best first.

    ``spans`` are the events' words (first token, last token exclusive, and whether the event is a verb rather
    than a noun); ``low`` the sentence's lower-case tokens. Each phrase dates one event: a phrase naming the time
    of a noun ("the March 3 launches", "Monday's talks") dates that noun's event or none; a phrase between the
    subject and its verb dates that verb ("Chile on Monday recalled ..."); any other phrase dates the nearest
    event before it ("the envoy, who visited Lima last week, ..."), else the first verb after it ("On May 2, Peru
    expelled ..."). An event is dated by its own phrases (the most precise, then the nearest), else by those of
    the verb before it ("met the minister on May 2 and demanded ..."), of the verb after it that it goes with
    ("visited Lima to attend talks on May 2", "a drone strike killed five on Monday", "..., the minister said on
    Monday"), of the noun events that set its scene ("said at a meeting on May 2"), else by the phrases that date
    no event.
    """
    order = sorted(range(len(spans)), key=lambda j: spans[j][0])
    own: list[list[Placed]] = [[] for _ in spans]
    free: list[Placed] = []
    for p in placed:
        j = _bind(p, spans, order, low)
        if j == _OTHER_CLAUSE:
            continue  # the time of a clause whose verb is no event ("sanctions, imposed after tests in May")
        if j is not None:
            own[j].append(p)
        elif (not p.noun or _setting(low, p.first)) and p.when.kind not in NOUN_TIMES:
            free.append(p)  # a year of a noun that is no event ("the 2010 festival") dates nothing
    if not free and not any(own) and all(p.when.kind in NOUN_TIMES or (p.noun and _document(low, p.last))
                                         for p in placed):
        return []  # only years of nouns that are no events, days naming a text ("the August 17 communique")
    ranked = [sorted(own[j], key=lambda p: (_RANK[p.when.precision], min(abs(p.first - last), abs(first - p.last))))
              for j, (first, last, _) in enumerate(spans)]
    scenes = {j for j in order if _scene(low, spans[j][0])}
    within = {j for j in order if not spans[j][2] and _participle_clause(low, _clause_start(low, spans[j][0], ",;:"),
                                                                         spans[j][0], spans)}
    scene = sorted((p for j, found in enumerate(own) if (not spans[j][2] or j in scenes) and j not in within
                    and (spans[j][2] or not anterior_noun(low, spans[j][0]))  # "after India's strike on Tuesday"
                    for p in found
                    if (not p.noun or _setting(low, p.first)) and not reduced_relative(low, p.first, p.last)
                    and not _commented_time(low, spans, p)),
                   key=lambda p: _RANK[p.when.precision])
    # a comment on an act told as a noun before it ("were shocked by the attack in Herat on 12 May, and condemned
    # it") is of its own day, not the act's: a scene's time ("at the meeting on May 2") or that of a noun after it
    # ("condemned the shelling on Monday") may date it
    told_before = {j: [p for p in scene if any(p in own[k] for k in order if k in scenes or (
        spans[k][0] > spans[j][0] and not _noun_phrase_time(low, spans[j][0], p.first)))]
                   for j in order if commenting(low, spans[j][0])}
    free.sort(key=lambda p: _RANK[p.when.precision])
    out: list[list[Placed]] = []
    for j, (first, _, _) in enumerate(spans):
        at = order.index(j)
        inherited: list[Placed] = []
        comment = j in told_before
        for k in reversed(order[:at]):
            if comment and _nominal(low, spans[k][0]):
                continue  # "were shocked by the terrorist attack on 12 May, and condemned it": the attack's day
            if spans[k][2] and spans[k][0] < first and any(not p.noun for p in own[k]) \
                    and not _aside(low, spans[k][0], first) and not _anterior(low, spans[k][0], first):
                inherited = [p for p in ranked[k] if not p.noun and not _commented_time(low, spans, p)]
                if inherited or not _nominal(low, spans[k][0]):
                    break  # "condemn the attack in Pahalgam on April 22 and urge ...": not the attack's day
        if not inherited:
            inherited = _from_the_right(j, [k for k in order[at + 1:] if k not in scenes], spans, own, ranked, low)
        if ranked[j]:
            out.append([*ranked[j], *inherited])
        else:
            out.append(inherited or told_before.get(j, scene) or free)
    return out


#: the stems of verbs that comment on an act told as their object ("condemned the shelling of ...", "welcomed the
#: release of ..."): a statement of the day it is made, whatever day the act commented on is told of
_COMMENTING = ("condemn", "denounc", "deplor", "welcom", "protest", "critici", "regret", "hail", "applaud", "decr",
               "lament", "prais", "commend", "mourn", "rebuk", "slam", "blast", "censur", "reject", "express", "voic",
               "congratulat", "salut", "object", "assail", "castigat")


def commenting(low: Sequence[str], word: int) -> bool:
    """Whether the word at ``word`` is a verb of comment (:data:`_COMMENTING`)."""
    return 0 <= word < len(low) and low[word].startswith(_COMMENTING)


#: nouns of an act that a verb of comment takes as its object ("the attack", "the launch", "the detention")
_ACT_NOUNS = frozenset(["attack", "attacks", "bombing", "bombings", "shelling", "launch", "launches", "test", "tests",
                        "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "killing", "killings",
                        "murder", "assassination", "explosion", "blast", "incursion", "seizure", "detention",
                        "arrest", "execution", "release", "decision", "announcement", "agreement", "signing",
                        "election", "elections", "vote", "visit", "incident", "violence", "firing", "invasion",
                        "abduction", "kidnapping", "massacre", "shooting", "sinking", "downing", "capture"])
#: words that may stand in an act noun's phrase before its time ("the shelling of its border post by Peru")
_NOUN_PHRASE_LINKS = frozenset(["of", "on", "against", "in", "at", "by", "near", "off", "along", "across", "to",
                                "the", "a", "an", "its", "their", "his", "her", "two", "three", "-", "'s"])


def _nominal(low: Sequence[str], word: int) -> bool:
    """Whether a word of the lexicon read as a verb stands as a noun: used so (:func:`_noun_use`), or after a
    determiner with only adjectives between ("the terrorist attack", "a deadly raid"), in no past form."""
    if _noun_use(low, word):
        return True
    if low[word].endswith("ed"):
        return False
    for q in range(word - 1, max(-1, word - 4), -1):
        if low[q] in ("the", "a", "an", "this", "these", "that", "those"):
            return True
        if not low[q].isalpha() or low[q] in _NOT_NOUNS:
            return False
    return False


def _noun_phrase_time(low: Sequence[str], verb: int, first: int) -> bool:
    """Whether the time phrase at ``first`` closes the phrase of an act noun that the verb of comment at ``verb``
    takes as object, the noun's own phrase between them ("condemned the shelling of its border post by Peru on
    4 March", "deplored the attack on a convoy near Gao on Monday"): the time of the act, not of the comment. A
    time right after the noun ("condemned the attack on Monday") may be either and stays the verb's."""
    between = low[verb + 1:first]
    noun = next((q for q, w in enumerate(between) if w in _ACT_NOUNS), None)
    if noun is None or noun == 0 or noun + 1 >= len(between) or between[noun + 1] not in _NOUN_PHRASE_LINKS:
        return False
    if any((w in _CLAUSE_ENDS and not _apposed(between, q, noun)) or w in _TELLING_WORDS
           for q, w in enumerate(between)):
        return False
    return all(w in _NOUN_PHRASE_LINKS or w[:1].isalnum() or w == "," for w in between[noun + 1:])


def _commented_time(low: Sequence[str], spans: Sequence[tuple[int, int, bool]], p: Placed) -> bool:
    """Whether the time phrase ``p`` closes the phrase of an act noun a verb of comment of the sentence takes as
    object (:func:`_noun_phrase_time`): "condemn the terrorist attack in Pahalgam on April 22 and urge maximum
    restraint", "condemns the attack on Israel on October 7 and calls on Iran to ...". It is the act's time, no
    scene of the sentence: the verbs told with the comment ("urge", "calls on") are of the comment's day."""
    return any(spans[k][2] and spans[k][1] <= p.first and commenting(low, spans[k][0])
               and _noun_phrase_time(low, spans[k][1] - 1, p.first) and not _clause_opened(low, spans[k][1], p.first)
               for k in range(len(spans)))


#: words that open a clause of their own after a comma ("condemned the attack in Tacna, and on Saturday it ...")
_CLAUSE_LINKS = frozenset(["and", "but", "then", "while", "before", "after"])


def _clause_opened(low: Sequence[str], start: int, end: int) -> bool:
    """Whether a comma with a word of a new clause after it stands between ``start`` and ``end``."""
    return any(low[q] == "," and q + 1 < len(low) and low[q + 1] in _CLAUSE_LINKS for q in range(start, end))


def _apposed(between: Sequence[str], q: int, noun: int) -> bool:
    """Whether the word at ``q`` of an act noun's phrase is a comma that sets off a place's country or region
    after the place ("the attack in Kerman, Iran, on 3 January", "in Giza, the capital of Egypt, on Friday"): it
    stands after the noun and a place phrase, and what follows it up to the next comma or the end is a name's
    words (no clause's), or only the words that open the time phrase."""
    if between[q] != "," or q <= noun + 2 or not any(w in ("in", "at", "near") for w in between[noun + 1:q]):
        return False
    rest = between[q + 1:]
    if all(w in _LEADING for w in rest):
        return True  # the comma closing the name before the time ("..., Bolivia, on 4 May")
    part = rest[:rest.index(",")] if "," in rest else rest
    part = part[1:] if part[:1] == ["in"] else part  # "in Oruro, in western Bolivia, on ..."
    while part and "," not in rest and part[-1] in _LEADING:
        part = part[:-1]  # "in Kerman, Iran on 3 January": the words opening the time phrase
    return 0 < len(part) <= 5 and all(w[:1].isalpha() and w not in _CLAUSE_ENDS and w not in _TELLING_WORDS
                                      and (w not in _NOT_NOUNS or w == "of") for w in part)


def commented_act_time(low: Sequence[str], first: int, last: int, cased: Sequence[str] = ()) -> bool:
    """Whether the time phrase at ``first`` closes the phrase of an act noun a verb of comment before it takes as
    its object ("condemned in the strongest terms the cowardly bombing in Tarija, Bolivia, on 4 May"): the act's
    day, which a story does not go on telling; or it stands in a participle clause after its noun
    (:func:`reduced_relative`)."""
    if reduced_relative(low, first, last, cased):
        return True
    verb = next((q for q in range(first - 1, max(-1, first - _COMMENT_REACH), -1) if commenting(low, q)), None)
    return verb is not None and _noun_phrase_time(low, verb, first)


#: how many words before a time phrase the verb of comment whose object it closes may stand
_COMMENT_REACH = 24


_RELATIVES = frozenset(["which", "who", "whom", "whose"])
#: words that may open a clause before its time phrase ("And on Monday, ...")
_LEADING = frozenset(["and", "but", "then", "on", "in", "at", "by", "the", "early", "late", "from", "since",
                      "during"])
#: words that end a clause for the dates: what follows is told by another verb
_CLAUSE_ENDS = frozenset([",", ";", ":", "that", "which", "who", "whom", "whose", "while", "whereas", "because",
                          "but", "after", "before", "since", "when", "if", "unless"])
#: the verbs of telling, whose day the told content does not share (unless the telling follows it)
_TELLING_WORDS = frozenset(["said", "says", "say", "told", "tells", "announced", "announces", "stated", "states",
                            "added", "adds", "noted", "notes", "reported", "reports", "according", "claimed",
                            "claims"])
#: prepositions of a phrase that sets the scene of the clause's act ("at a meeting", "in an interview")
_SCENES = frozenset(["at", "in", "during"])


def _scene(low: Sequence[str], word: int) -> bool:
    """Whether the event noun at ``word`` sets the scene of the clause ("at an international meeting", "during
    his visit"): a scene preposition before it, past a determiner and an adjective or two."""
    for q in range(word - 1, max(-1, word - 6), -1):
        if low[q] in _SCENES:
            return q < word - 1
        if low[q] in _CLAUSE_ENDS or low[q] in _TELLING_WORDS or low[q] in _NOT_NOUNS or not low[q][:1].isalnum():
            return False  # "in Islamabad over two strikes": the strikes are no scene
        if low[q] in _PHRASE_OPENERS and q > 0 and low[q - 1] not in _SCENES:
            return False  # "condemned in the strongest terms the attack": the noun's phrase opens after "terms"
    return False


#: the articles and possessives that open a noun phrase
_PHRASE_OPENERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"])


def _act_noun(low: Sequence[str], word: int) -> bool:
    """Whether the word at ``word`` is an act noun of :data:`_ACT_NOUNS` in a noun phrase: after an article with
    adjectives between ("the heinous and cowardly terrorist attack", "the cowardly bombing"), or used as a noun
    (:func:`_noun_use`)."""
    if low[word] not in _ACT_NOUNS:
        return False
    if _noun_use(low, word):
        return True
    for q in range(word - 1, max(-1, word - 7), -1):
        if low[q] in _PHRASE_OPENERS:
            return True
        if not low[q].isalpha() or (low[q] in _NOT_NOUNS and low[q] != "and") or low[q].endswith("ed"):
            return False
    return False


def _setting(low: Sequence[str], first: int) -> bool:
    """Whether the phrase at ``first`` stands in a scene-setting noun phrase ("in a Tuesday interview", "at the May
    2 meeting"): the time of the scene is the clause's."""
    return first >= 2 and low[first - 1] in _NOUN_DETERMINERS and low[first - 2] in _SCENES


def _from_the_right(j: int, later: Sequence[int], spans: Sequence[tuple[int, int, bool]],
                    own: Sequence[list[Placed]], ranked: Sequence[list[Placed]], low: Sequence[str]) -> list[Placed]:
    """The phrases of the verb after event ``j`` that the event goes with: a trailing telling ("..., the minister
    said on Monday"), or a verb in the same clause ("visited Lima to attend talks on May 2", "a drone strike
    killed five on Monday"), unless ``j`` is itself a telling."""
    if not low:
        return []
    first, last, _ = spans[j]
    telling = low[first] in _TELLING_WORDS
    for k in later:
        if not spans[k][2] or not any(not p.noun for p in own[k]):
            continue
        if _aside(low, first, spans[k][0]):
            return []
        mine = [p for p in ranked[k] if not p.noun]
        if low[spans[k][0]] in _TELLING_WORDS and not telling:
            return mine
        if _noun_use(low, spans[k][0]) or (commenting(low, first) and _act_noun(low, spans[k][0]) and all(
                any(w not in _LEADING for w in low[spans[k][1]:p.first]) for p in mine)):
            continue  # "protested over two strikes ... on April 13", "condemned the cowardly bombing in Tarija on
            # 4 May", "the attack that took place in Tarija on 4 May": the strikes' day, not the protest's (right
            # after the noun, "condemned the Peruvian raid on Monday", either may be meant: the comment's)
        between = low[last:spans[k][0]]
        if between[-1:] in (["when"], ["while"], ["as"]) and low[spans[k][0]].endswith("ing"):
            between = between[:-1]  # "protested ..., when meeting the minister on May 2": the same time
        if telling or not _CLAUSE_ENDS.isdisjoint(between) or not _TELLING_WORDS.isdisjoint(between):
            return []
        return mine
    return []


def _aside(low: Sequence[str], inner: int, outer: int) -> bool:
    """Whether the word at ``inner`` stands in a relative clause set off by commas that closes before ``outer``
    ("Peru, which shelled the post on Monday, said ...": the shelling's day is not the saying's)."""
    if not low:
        return False
    opened = next((q for q in range(inner - 1, -1, -1) if low[q] in (",", ";")), None)
    if opened is None or opened + 1 >= len(low) or low[opened + 1] not in _RELATIVES:
        return False
    return "," in low[inner:outer]


def _clause_start(low: Sequence[str], word: int, ends: Collection[str] = _CLAUSE_ENDS) -> int:
    """The first word of the clause the word at ``word`` stands in (after the last of ``ends`` before it)."""
    return next((q + 1 for q in range(word - 1, -1, -1) if low and low[q] in ends), 0)


#: what :func:`_bind` returns for a phrase that dates the verb of its own clause, which is no event of the lexicon
_OTHER_CLAUSE = -1
#: irregular past participles that open a participle clause ("talks, held in May ...", "the results, made public ...")
_PARTICIPLES = frozenset(["made", "held", "taken", "given", "done", "seen", "shown", "known", "sent", "built",
                          "brought", "fought", "begun", "written", "led", "set", "put", "paid", "kept", "laid",
                          "drawn", "struck", "shot", "won", "sought", "spent", "broken", "thrown", "found"])
#: words after a past participle that show it opens a clause of its own rather than being an adjective ("tests
#: carried out by", "imposed in response", "made public on")
_AFTER_PARTICIPLE = frozenset(["in", "on", "at", "by", "out", "up", "off", "down", "from", "to", "into", "over",
                               "against", "during", "with", "for", "since", "after", "before", "under", "public",
                               "last", "earlier", "two", "three", "several", "this", "the", "a", "an", "weeks",
                               "days", "months", "years"])
#: words that name a noun after them: a word of the lexicon used as a noun ("over two strikes", "Iran's attack")
_NOUN_MARKS = _NOUN_DETERMINERS | frozenset(_NUMBERS) | frozenset(["several", "many", "some", "both", "any", "no",
                                                                   "recent", "latest", "last", "further"])


def _participle(low: Sequence[str], q: int) -> bool:
    """Whether the word at ``q`` is a past participle heading a clause: an -ed form or an irregular participle,
    followed by a preposition, a particle or a time word ("imposed in response", "carried out", "made public on")."""
    word = low[q]
    if not ((word.endswith("ed") and len(word) > 4) or word in _PARTICIPLES):
        return False
    return q + 1 < len(low) and low[q + 1] in _AFTER_PARTICIPLE


def _participle_clause(low: Sequence[str], clause: int, first: int, spans: Sequence[tuple[int, int, bool]]) -> bool:
    """Whether the phrase at ``first`` stands in a clause of a past participle that is no event of the lexicon and
    that tells of a noun before it, set off by a comma in mid-sentence ("lift sanctions on Peru, imposed in
    response to tests carried out earlier this year": the imposing's time, not the lifting's). A participle
    opening the sentence ("Asked on Monday, the minister said") tells of the main clause's subject at the main
    clause's time and is not one; nor is a participle right after its noun, which the simple past of a verb
    looks like ("the results made public on May 2" and "Gilani presided over the meeting late Saturday")."""
    if not low:
        return False
    starts = {a for a, _, _ in spans}
    for q in range(clause, first):
        if q in starts:
            return False
        if _participle(low, q):
            return q == clause and clause > 0 and low[clause - 1] == ","
        if low[q] not in _BETWEEN and not (low[q].endswith("ly") and len(low[q]) > 4):
            return False
    return False


def _anterior(low: Sequence[str], verb: int, first: int) -> bool:
    """Whether the verb at ``verb`` stands in a perfect participle clause closed by a comma before ``first``
    ("Having launched two missiles last week, Peru warned Chile on Monday": the launch's day is not the
    warning's)."""
    return "having" in low[max(0, verb - 3):verb] and "," in low[verb:first]


def _noun_use(low: Sequence[str], word: int) -> bool:
    """Whether a word of the lexicon is used as a noun: a determiner, a number or a quantity word right before it
    ("over two strikes", "the attack"), or a possessive a few words before it with only words between ("Iran's
    ballistic missile attack")."""
    if word == 0:
        return False
    if low[word - 1] in _NOUN_MARKS or (low[word - 1].isdigit() and not any(
            w in _MONTHS for w in low[max(0, word - 3):word - 1])):  # "on Aug. 27 issued": a day, no quantity
        return True
    for q in range(word - 1, max(-1, word - 4), -1):
        if low[q] == "'s":
            return True
        if not low[q].isalpha() or low[q] in _NOT_NOUNS:
            return False
    return False


def _bind(p: Placed, spans: Sequence[tuple[int, int, bool]], order: Sequence[int], low: Sequence[str]) -> int | None:
    """The event (index into ``spans``) a phrase dates, None for a phrase that dates no event of its own (it may
    date the sentence's others), or :data:`_OTHER_CLAUSE` for the time of a clause whose verb is no event."""
    if p.when.kind == "interval":
        # "two days after Peru recalled its envoy", "a week before the vote": the act of the clause it opens
        j = next((j for j in order if p.last <= spans[j][0]), _OTHER_CLAUSE)
        # "..., a day after India's air strike on Tuesday": an attack's noun has its own time; the clause's is this
        return None if j != _OTHER_CLAUSE and not spans[j][2] and anterior_noun(low, spans[j][0]) else j
    if p.noun:  # the noun it names the time of, inside its own noun phrase ("the March 4 Joint Declaration and
        # signed ...": not the signing)
        return next((j for j in order if p.last <= spans[j][0] < p.last + 5
                     and all((w[:1].isalpha() or w == "-") and w not in _NOT_NOUNS
                             for w in low[p.last:spans[j][0]])), None)  # "the August DPRK-Russia summit"
    for j in order:
        if spans[j][0] < p.first and spans[j][1] >= p.last:
            return j  # inside an event's phrase ("agreed on Tuesday to meet")
    clause = _clause_start(low, p.first)
    before = [j for j in order if spans[j][1] <= p.first]
    if not any(spans[j][1] > clause for j in before):  # nothing told yet in its clause: the verb right after it
        right = p.last
        if right < len(low) and (low[right] in _BETWEEN or (low[right].endswith("ly") and len(low[right]) > 4)):
            right += 1  # "on Monday formally rejected"
        for j in order:
            if spans[j][0] in (p.last, right) and spans[j][2]:
                return j
    if not any(spans[j][1] > clause for j in before) and clause > 0 and low[clause - 1] in _RELATIVES:
        # the time of a relative clause whose verb is no event: that of the noun it tells of, when that noun is an
        # event ("sanctions and a war, which began on May 2": the war's day, not the sanctions')
        noun = clause - 3 if clause >= 3 and low[clause - 2] == "," else clause - 2
        return next((j for j in before if spans[j][0] <= noun < spans[j][1]), _OTHER_CLAUSE)
    if not any(spans[j][1] > clause for j in before) and _participle_clause(low, clause, p.first, spans):
        if carried_note(low, clause):
            # a note's words are told on the day it is delivered ("The President's letter, delivered by Ambassador
            # X on July 27, restated ..."): the verb after the clause, whose subject the note is
            return next((j for j in order if spans[j][0] >= p.last and spans[j][2]), _OTHER_CLAUSE)
        # the time of the noun the clause tells of, when it is an event ("the talks, held in Geneva on Monday")
        return next((j for j in before if spans[j][1] == clause - 1), _OTHER_CLAUSE)
    if set_for(low, p.first):
        # the day set for the noun before the participle ("talks set for Wednesday", "the vote scheduled for May
        # 3"): that noun's event, when it is one, else no act of the sentence ("have met to prepare talks set for
        # Wednesday": not the meeting)
        return next((j for j in before if spans[j][1] == p.first - 2 and not spans[j][2]), _OTHER_CLAUSE)
    if not any(spans[j][1] > clause for j in before) and reduced_relative(low, p.first, p.last):
        # the time of a participle right after its noun, the clause's verb after it ("the results made public on
        # May 2 made it clear"): no act's of the sentence (a noun that is an event, "the talks held on Monday
        # ended", is one told before in its clause and takes it above)
        return _OTHER_CLAUSE
    if before:
        last = max(before, key=lambda j: (spans[j][1], spans[j][0]))
        if spans[last][2] and commenting(low, spans[last][0]) and _noun_phrase_time(low, spans[last][1] - 1, p.first):
            return _OTHER_CLAUSE  # "condemned the shelling of its post by Peru on 4 March": the shelling's day
        return last
    if any(w.isalpha() and w not in _LEADING and w not in _MONTHS and w not in _WEEKDAYS for w in low[clause:p.first]):
        return None  # inside a clause whose verb the lexicon does not know ("sales dropped in May, ... said")
    after = [j for j in order if spans[j][0] >= p.last]
    verbs = [j for j in after if spans[j][2]]
    return (verbs or after)[0] if after else None


#: words that join two verbs of one subject or open a clause: the second verb is then no main verb after a
#: participle ("met on Monday and agreed", "presided over the meeting late Saturday which rejected")
_JOINING = frozenset(["and", "or", "but", "which", "who", "that", "then", "as", "when", "while", "after", "before"])


def reduced_relative(low: Sequence[str], first: int, last: int, cased: Sequence[str] = ()) -> bool:
    """Whether the phrase at ``first``..``last`` stands in a participle clause right after its noun, the clause's
    main verb following it ("The results made public on March 27 made it clear ...", "Troops sent to the border
    on Monday clashed with ..."): a past form at most five words before the phrase, another right after it (an
    adverb between), nothing joining them, and the first no verb of saying ("said on Monday Peru rejected ...").
    Given the sentence's ``cased`` tokens, a past form before a name is no participle but the name's epithet
    ("The esteemed Mr. Tanaka on March 3 last year received ...")."""
    after = last + (1 if last < len(low) and low[last].endswith("ly") else 0)
    if after >= len(low) or not _past(low[after]) or low[after] in _TELLING_PAST:
        return False
    for q in range(first - 1, max(-1, first - _PARTICIPLE_REACH - 1), -1):
        word = low[q]
        if word in _JOINING or not word[:1].isalpha():
            return False
        if _past(word):
            if q + 1 < first and q + 1 < len(cased) and cased[q + 1][:1].isupper():
                return False
            return q > 0 and word not in _TELLING_PAST and low[q - 1] not in ("has", "have", "had", "was", "were") \
                and low[q - 1][:1].isalpha() and low[q - 1] not in _JOINING
    return False


#: how many words before a time phrase the participle it follows may stand ("sent to the border on Monday")
_PARTICIPLE_REACH = 5
#: the verbs of saying in the past, which a clause of what was said follows with no joining word
_TELLING_PAST = frozenset(["said", "told", "announced", "stated", "added", "noted", "reported", "confirmed",
                           "declared", "warned", "insisted", "stressed", "indicated", "claimed", "argued", "wrote",
                           "agreed", "decided", "promised", "pledged", "vowed"])


def _past(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 3) or word in _PARTICIPLES or word in ("met", "said", "told")


#: the participles that set a day for the noun before them ("talks set for Wednesday", "a vote slated for May 3")
_SETTING = frozenset(["set", "scheduled", "slated", "planned", "fixed", "due"])


def set_for(low: Sequence[str], first: int) -> bool:
    """Whether the time phrase at ``first`` is the day a participle sets for the noun before it ("talks set for
    Wednesday", "the summit scheduled for June 12", "elections planned for next month")."""
    return first >= 3 and low[first - 1] == "for" and low[first - 2] in _SETTING and low[first - 3][:1].isalpha()


def scheduled(placed: Sequence[Placed], date: dt.date | None, low: Sequence[str], verb: int, *,
              nominal: bool = False) -> bool:
    """Whether an act told as done is one a timetable announces: its best phrase names a day after the article's,
    and it is told by a verb of the timetable in the present ("the talks begin on Wednesday", "on Wednesday we
    begin our talks", "the envoy leaves for Seoul on Friday") or is a noun a participle sets that day for ("talks
    set for Wednesday"). A phrase naming no day, a day not after the article's, or a verb in the past ("agreed",
    "met") tells nothing of the kind."""
    if date is None or not placed:
        return False
    p = placed[0]
    if p.when.precision != "day" or p.when.day is None or p.when.day <= date:
        return False
    if nominal:
        return set_for(low, p.first)
    if _past(low[verb]) or (verb > 0 and low[verb - 1] == "to"):
        return False
    return any(low[q] in _TIMETABLE for q in range(max(0, verb - _LIGHT_REACH), verb + 1))


#: the verbs of a timetable in the present ("the talks begin on Wednesday", "the envoy leaves on Friday")
_TIMETABLE = frozenset(["begin", "begins", "start", "starts", "open", "opens", "resume", "resumes", "convene",
                        "convenes", "reconvene", "reconvenes", "arrive", "arrives", "depart", "departs", "leave",
                        "leaves", "return", "returns", "travel", "travels", "meet", "meets"])
#: how many words before the event's word a timetable verb may stand ("we begin our trilateral talks")
_LIGHT_REACH = 4


#: what may close a gapped clause ("... and Pakistan on September 22.", "..., and Pakistan on September 22, after
#: ...")
_GAP_ENDS = frozenset([".", ",", ";", "!", ":"])


def gapped(events: list[Event], verbs: list[int], low: Sequence[str], mentions: Sequence[Mention],
           placed: Sequence[Placed], date: dt.date | None) -> None:
    """The act of a gapped clause that names the other side and its own day: "India accepted the ceasefire on
    September 21 and Pakistan on September 22" tells that Pakistan accepted it on September 22, "Russia expelled
    two British diplomats on Monday and Britain on Tuesday" that Britain expelled Russian ones. After an act dated
    by a day, "and" (a comma before it or not), the act's target named alone and a day of its own closing the
    clause: the same act by that side toward the act's source, on that day, is added to ``events`` (``verbs`` kept
    in step). A third state in the gap ("Peru met Chile on Monday and Bolivia on Tuesday") could be a second target
    or a second doer, and is left alone; so is a day after the article's."""
    days = [p for p in placed if p.when.precision == "day" and p.when.day is not None and not p.noun]
    for second in days[1:]:
        if second.last < len(low) and low[second.last] not in _GAP_ENDS:
            continue
        before = second.first - 1 if second.first > 0 and low[second.first - 1] in ("on", "in") else second.first
        side = next((m for m in mentions if m.end == before and m.has_country), None)
        if side is None or side.start < 1 or low[side.start - 1] != "and" or second.when.day is None \
                or (date is not None and second.when.day > date):
            continue
        joint = side.start - 1 - (1 if low[side.start - 2] == "," else 0)
        first = next((p for p in days if p.last == joint), None)
        if first is None:
            continue
        for event, verb in list(zip(events, verbs, strict=True)):
            if verb < first.first and event.date == first.when.day and event.target[:3] == side.code[:3] \
                    and event.source[:3] not in ("---", side.code[:3]):
                events.append(dataclasses.replace(event, source=side.code, source_name=side.name,
                                                  target=event.source, target_name=event.source_name,
                                                  date=second.when.day))
                verbs.append(verb)
