"""A commentary's own voice: what a DPRK paper or news agency judges and asks of a foreign state in the paragraphs
it speaks in.

A story of the DPRK's news agency tells a commentary or a bylined article by a line naming the paper ("Rodong
Sinmun Monday observes in a bylined commentary in this regard:", "Minju Joson Tuesday observes this in a bylined
commentary.", a heading "KCNA Commentary on ..."); the lines after it speak in the paper's voice, with no verb of
saying: "The Lee group is a dangerous warlike force", "The U.S. new national defense strategy is, in essence, no
more than a policy for showdown", "Japan must stop at once its reckless attempt to grab the islets", "The Japanese
authorities should respect the rights of Koreans in Japan". Read alone such a line codes nothing (a copula tells
no act) or the state's own act ("Japan must stop": Japan's demand with no target); in the paper's voice it is the
DPRK's disapproval (111) of the state, its demand (100, "must"; "would be well advised to", "had better") or appeal
(020, "should") on it, and its warning (130) when the advice tells of what will befall the state ("would be well
advised to ponder over the serious consequences", "bear in mind that only a miserable death awaits ...").

The commentary begins after the first line, outside quotations, that names a DPRK actor and, within a few words
after it, a commentary, article or editorial ("Rodong Sinmun ... in a bylined article ..."); the lines after it are
read when:

- the line is no question, tells no condition ("if", "unless"), no act of saying (a verb of saying or claiming,
  or a statement coded 010-019): a foreign official or state quoted or reported is not the paper's voice;
- a judgment: the first copula ("is", "are", "was", "were") of the line follows its subject, outside quotations,
  and a noun phrase follows it ("a ...", "the ...", "nothing but ...", "no more than ...", not "not", "no longer",
  nor a participle); the subject opens with a state other than the DPRK (and those joined to it by "and" or
  commas; none of them the DPRK), and has no clause of its own ("that", "which", "who", a verb of saying) and no
  DPRK actor before it; "inter-Korean" names no state;
- a demand, appeal or warning: a state other than the DPRK named right before "must", "should", "would be well
  advised" or "had better", outside quotations, not after a preposition ("the forces in south Korea should"):
  the paper's demand (100), appeal (020) or, for advice ("would be well advised", "had better"), its demand (100),
  or its warning (130) when a word of harm or consequences follows the modal ("consequences", "punishment",
  "death", "ruin", ...); the state's own acts with no target in the line are no acts of its.

>>> from detente.coding.mentions import Mention
>>> lows = [["rodong", "sinmun", "observes", "in", "a", "commentary", ":"], ["the", "lee", "group", "is", "a",
...         "dangerous", "force", "."]]
>>> mentions = [[Mention(0, 2, "PRKGOV")], [Mention(1, 3, "KORGOV")]]
>>> commentary_start(lows, mentions)
1
>>> copula_judged(lows[1], mentions[1])
['KORGOV']
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from detente.coding._mention_shapes import _GROUP_CODES, outside_quotes
from detente.coding._one_event import track_for
from detente.coding._words import PREPOSITIONS
from detente.coding.mentions import Mention
from detente.coding.shapes import recoded
from detente.model import Event
from detente.reference import reference_tables

__all__ = ["Scan", "commentary_events", "commentary_start", "copula_judged", "voiced_events"]

#: the tokens, lower-cased words, mentions and covered words of a sentence the coder did not read (None: unreadable)
Scan = Callable[[str], tuple[list[str], list[str], list[Mention], set[int]] | None]

#: the voice of a DPRK paper or agency
_DPRK = "PRK"
#: nouns of a piece a paper speaks in
_PIECES = frozenset(["commentary", "commentaries", "article", "articles", "editorial", "editorials"])
#: the stems of those nouns, looked for in a line not read
_STEMS = ("ommentar", "rticle", "ditorial")
#: how many words after the DPRK actor the piece may be named
_NEAR = 8
#: the copulas a judgment is told with
_COPULAS = frozenset(["is", "are", "was", "were"])
#: words that may stand between a copula and the noun phrase it judges with
_HEDGES = frozenset(["now", "just", "precisely", "also", "indeed", "clearly", "certainly", "obviously", "really",
                     "undoubtedly", "evidently", ",", "in", "essence", "fact", "truth", "a", "word", "simply",
                     "only", "surely", "entirely", "exactly", "plainly"])
#: words that open the noun phrase of a judgment ("a ...", "nothing but ...", "no more than ...")
_NOUN_LEADS = frozenset(["a", "an", "the", "one", "nothing", "no", "none", "another"])
#: words of a subject that is a clause of its own, or of a line that is no judgment of a state
_CLAUSE = frozenset(["that", "which", "who", "whom", "whose", "what", "if", "when", "while", "whether", "as",
                     "because", "since", "though", "although", "unless", "where", ":", ";"])
#: words that open a line whose subject is no state ("It is clear that ...", "There is ...")
_EMPTY = frozenset(["it", "there", "what", "this", "that", "these", "those", "such", "here", "having"])
#: words of a line that tells of acts that may be or asks
_MAYBE = frozenset(["if", "unless", "whether", "?"])
#: the paper speaking of itself: "..., the article says", "the news analyst notes"
_SELF = _PIECES | frozenset(["analyst", "commentator", "paper", "newspaper", "author", "writer"])
#: how many words from a verb of saying the paper may be named
_BY = 3
#: words of a line that reports another's words
_SAYING = frozenset(["said", "says", "say", "saying", "told", "tells", "stated",
                      "states", "added", "noted", "according", "insisted", "stressed", "declared", "warned",
                      "argued", "claimed", "claims", "claim", "claiming", "asserted", "asserts", "assert",
                      "alleged", "alleges", "contended", "trumpeted", "trumpeting", "clamoring", "clamored",
                      "blustering", "blustered", "quoted", "reported", "reports", "announced"])
#: the words of a demand, appeal or warning ("must", "should", "would be well advised", "had better")
_MODALS = frozenset(["must", "should", "advised", "better"])
#: a longest subject, in words
_SUBJECT = 25
#: words that praise what a copula judges ("was a historic event", "are close brothers", "is a just one"): no
#: disapproval
_PRAISE = frozenset(["historic", "great", "glorious", "brilliant", "noble", "heroic", "proud", "precious", "just",
                     "close", "friends", "brothers", "friendly", "fraternal", "excellent", "remarkable", "valuable",
                     "good", "sacred", "invincible", "righteous", "legitimate", "patriotic", "honourable",
                     "honorable", "admirable", "exemplary", "successful", "victory", "achievement", "achievements"])
#: words that end the noun phrase a copula judges with
_PHRASE_ENDS = frozenset([",", ";", ":", "that", "which", "who", "as", "because", "since", "while", "when", "but",
                          "to", "."])
#: verbs of knowing after "must" or "should": a warning of what will come ("must know that ..."), no demand
_KNOWING = frozenset(["know", "understand", "realize", "realise", "remember", "bear", "recall"])


def _country(code: str) -> str | None:
    """The state of an actor code (None for no state, an organisation or a group)."""
    if len(code) < 3 or not code[:3].isalpha() or code[:3] == "---" or code[:3] in _GROUP_CODES:
        return None
    return code[:3]


def commentary_start(lows: Sequence[Sequence[str]], mentions: Sequence[Sequence[Mention]], *,
                     sentences: Sequence[str] = (), scan: Scan | None = None) -> int | None:
    """The first line in the voice of a DPRK paper's commentary or article: the one after the first line that
    names a DPRK actor and, within a few words after it and outside quotations, the piece (None: no such
    line); ``scan`` reads a line the coder did not (its words empty) that names a piece."""
    for k, (low, ms) in enumerate(zip(lows, mentions, strict=False)):
        if not low and scan is not None and k < len(sentences) and any(p in sentences[k] for p in _STEMS):
            scanned = scan(sentences[k])
            low, ms = (scanned[1], scanned[2]) if scanned is not None else (low, ms)
        if _PIECES.isdisjoint(low):
            continue
        flags = outside_quotes([low])[0]
        for m in ms:
            if _country(m.code) == _DPRK and flags[m.start] and any(
                    w in _PIECES and flags[m.end + j] for j, w in enumerate(low[m.end:m.end + _NEAR])):
                return k + 1
    return None


def _may_judge(sentence: str) -> bool:
    """Whether a line not read may hold a judgment, demand, appeal or warning: a copula among its first words or a
    modal (a cheap look before the line is read)."""
    words = sentence.split(maxsplit=_SUBJECT + 1)[:_SUBJECT + 1]
    return not _COPULAS.isdisjoint(words) or not _MODALS.isdisjoint(sentence.split())


def _reported(low: Sequence[str]) -> bool:
    """Whether a line tells of acts that may be, asks, or reports words that are not the paper's own (a verb of
    saying with no "article", "commentary", "analyst" within a few words of it)."""
    if not _MAYBE.isdisjoint(low):
        return True
    return any(w in _SAYING and _SELF.isdisjoint(low[max(0, q - _BY):q + _BY + 1]) for q, w in enumerate(low))


def copula_judged(low: Sequence[str], mentions: Sequence[Mention]) -> list[str]:
    """The actor codes of the foreign states a line judges with a copula and a noun phrase ("The Lee group is a
    dangerous warlike force"): the state opening its subject and those joined to it (see the module)."""
    if not low or low[0] in _EMPTY or _reported(low):
        return []
    q = next((q for q, w in enumerate(low) if w in _COPULAS), None)
    if q is None or q > _SUBJECT or not _CLAUSE.isdisjoint(low[:q]):
        return []
    flags = outside_quotes([low])[0]
    if not flags[q]:
        return []
    after = q + 1
    while after < len(low) and low[after] in _HEDGES and low[after] not in _NOUN_LEADS:
        after += 1
    if after >= len(low) or low[after] not in _NOUN_LEADS or low[after:after + 2] == ["no", "longer"]:
        return []
    phrase = low[after:next((k for k in range(after + 1, len(low)) if low[k] in _PHRASE_ENDS), len(low))]
    if not _PRAISE.isdisjoint(phrase):
        return []  # "The victory of the Cuban revolution was a historic event": praise is no disapproval
    subject = sorted((m for m in mentions if m.end <= q and _state(low, m)), key=lambda m: m.start)
    if not subject or _country(subject[0].code) == _DPRK or not flags[subject[0].start]:
        return []
    found = [subject[0]]
    for m in subject[1:]:
        if all(w in {",", "and"} for w in low[found[-1].end:m.start]):
            if _country(m.code) == _DPRK:
                return []  # "The Korean people and the Chinese people are close brothers"
            found.append(m)
    return list(dict.fromkeys(m.code for m in found))


def _state(low: Sequence[str], m: Mention) -> bool:
    """Whether a mention names a state ("inter-Korean relations" names relations between states)."""
    return _country(m.code) is not None and m.start < len(low) and not low[m.start].startswith("inter-")


#: stems of what is said to befall a state advised: "would be well advised to ponder over the serious consequences",
#: "bear in mind that only a miserable death awaits those who ...", "what severe punishment ... will mete out"
_FATE_STEMS = ("consequence", "repercussion", "punish", "retaliat", "retribution", "reprisal", "price", "dearly",
               "wrath", "destruction", "self-destruction", "death", "doom", "ruin", "misfortune", "catastroph",
               "judgment", "judgement")


def _fated(words: Sequence[str]) -> bool:
    """Whether advice tells of what befalls its addressee (a warning, 130) and is no bare admonition (a demand,
    100: "would be well advised to stop its hostile policy", "had better drop its scenario"): a word of harm, price
    or consequences anywhere after the modal (CAMEO 130: "warnings with serious potential repercussions")."""
    return any(w.startswith(_FATE_STEMS) for w in words)


def _modal_subjects(low: Sequence[str], mentions: Sequence[Mention], voice: str = _DPRK) -> list[tuple[Mention, str]]:
    """The states other than the ``voice`` named right before "must" (a demand, 100), "should" (an appeal, 020),
    "would be well advised" or "had better" (a demand, 100, or a warning, 130, with a fate told: ``_fated``),
    outside quotations, in a line that tells no condition and no act of saying."""
    if _reported(low):
        return []
    flags = outside_quotes([low])[0]
    out = []
    for m in mentions:
        if (m.end >= len(low) or not flags[m.end] or _country(m.code) in (None, voice[:3]) or not _state(low, m)
                or (m.start > 0 and low[m.start - 1] in PREPOSITIONS)):
            continue  # "the forces in south Korea should": the state is no subject
        if low[m.end] in ("must", "should") and low[m.end + 1:m.end + 2] and (
                low[m.end + 1] in _KNOWING or (low[m.end + 1] == "be" and "aware" in low[m.end + 2:m.end + 4])):
            out.append((m, ""))  # "The U.S. must know that ...", "must be well aware of": no demand
            continue
        if low[m.end] in ("must", "should"):
            out.append((m, "100" if low[m.end] == "must" else "020"))
        elif low[m.end:m.end + 4] == ["would", "be", "well", "advised"] or low[m.end:m.end + 2] == ["had", "better"]:
            out.append((m, "130" if _fated(low[m.end + 2:]) else "100"))
    return out


def _made(template: Event | None, state: str, code: str, low: Sequence[str], sentence: str | None, day: dt.date | None,
          k: int, *, source: str = _DPRK) -> Event:
    """The paper's (``source``'s) event ``code`` toward ``state``, built on ``template`` (its quad class, Goldstein
    weight, PLOVER mapping and track from the shipped tables; a text with no event yet: a new one of ``day``)."""
    if template is None:
        template = Event(day or dt.date.min, source, state, code)
    base = dataclasses.replace(template, source=source, target=state, source_name=None, target_name=None,
                               source_country=None, target_country=None, date=day or template.date,
                               sentence=sentence, prov_row=k, modality="occurred")
    return recoded(base, code, base, reference_tables(), lambda c, quad: track_for(c, quad, low))


def commentary_events(coded: Sequence[Sequence[Event]], lows: Sequence[Sequence[str]],
                      mentions: Sequence[Sequence[Mention]], start: int, *, sentences: Sequence[str] = (),
                      day: dt.date | None = None, scan: Scan | None = None) -> list[list[Event]]:
    """The events of each line of one text (``coded``) with the judgments, demands and appeals the commentary
    beginning at line ``start`` makes in its own voice (see the module); ``lows`` and ``mentions``: each line's
    lower-cased words and its mentions; ``sentences`` and ``day``: the text of each line and the text's date;
    ``scan`` reads a line the coder did not (its words empty)."""
    voices = [_DPRK if k >= start else None for k in range(len(coded))]
    return voiced_events(coded, lows, mentions, voices, sentences=sentences, day=day, scan=scan, copulas=True)


def voiced_events(coded: Sequence[Sequence[Event]], lows: Sequence[Sequence[str]],
                  mentions: Sequence[Sequence[Mention]], voices: Sequence[str | None], *,
                  sentences: Sequence[str] = (), day: dt.date | None = None, scan: Scan | None = None,
                  copulas: bool = False) -> list[list[Event]]:
    """The events of each line of one text (``coded``) with the demands, appeals and warnings the voice of each
    line (``voices``: an actor code, None for none) makes in it, and with ``copulas`` its judgments told with a
    copula (see the module)."""
    out = [list(found) for found in coded]
    template = next((e for found in coded for e in found), None)
    for k in range(min(len(out), len(lows), len(voices))):
        voice = voices[k]
        if voice is None:
            continue
        low, ms, found = lows[k], mentions[k], out[k]
        if not low and scan is not None and k < len(sentences) and _may_judge(sentences[k]):
            scanned = scan(sentences[k])
            low, ms = (scanned[1], scanned[2]) if scanned is not None else (low, ms)
        if not low or any(e.code[:2] == "01" for e in found):
            continue
        template = found[0] if found else template
        if template is None and day is None:
            continue
        sentence = sentences[k] if k < len(sentences) else None
        told = {(_country(e.target), e.root) for e in found if _country(e.source) == _country(voice)}
        added: list[Event] = []
        for state in copula_judged(low, ms) if copulas else []:
            if (_country(state), "11") not in told:
                told.add((_country(state), "11"))
                added.append(_made(template, state, "111", low, sentence, day, k, source=voice))
        for m, code in _modal_subjects(low, ms, voice):
            kept = [e for e in found if not (e.source == m.code and e.target == "---")]
            if code and (_country(m.code), code[:2]) not in told:
                told.add((_country(m.code), code[:2]))
                added.append(_made(template, m.code, code, low, sentence, day, k, source=voice))
            found = kept
        out[k] = found + added
    return out
