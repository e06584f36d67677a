"""Judgments a text tells in its own voice with a copula and a noun subject, no word of an act: "These rocket
launches by the regime are in flagrant violation of Security Council resolutions", "The U.S. troops are habitual
criminals", "The drills are a grave provocation against our country. This is a wanton infringement upon our
sovereignty."

Such a line names no verb of the lexicon and is no candidate of an event; in a text that speaks in one state's
voice (the state its first-person words stand for, or a DPRK paper's commentary after the line naming it:
:mod:`detente.coding._commentary`) it is the voice's disapproval of the state whose act the subject names: an
accusation (112) when it alleges a wrong done (a violation, breach, infringement, crime), else criticism (111).
A line is read when:

- it has no event yet, is no question, tells no condition and no act of saying (a speaker quoted or reported is
  not the voice), and its first copula ("is", "are", "was", "were") follows its subject outside quotations;
- the predicate, up to its first clause boundary, calls something a wrong ("violation", "provocation",
  "mockery", "criminals", "unpardonable") and is not negated ("is not a violation", "no longer a threat");
- the subject names a state other than the voice, not as a place ("the drills in the Philippines"): the first
  one and those joined to it by "and" or commas, and the voice does not open the subject ("The DPRK's answer to
  the U.S. drills is ..."); a subject that names no state and points back ("This", "These moves", "Such an
  action", "They") judges the state the predicate names as an agent ("... a smear campaign prompted by the
  U.S."), else the last act a state other than the voice did in the two lines before (the first state of the
  latest line that tells one).

A line whose subject is a clause ("What Japan did is ..."), an empty "it" or "there" ("It is a crime to ..."), a
praise ("The victory of the revolution was a historic event": no word of a wrong) or a judgment of the voice's
own side codes nothing.

>>> from detente.coding.mentions import Mention
>>> low = ["the", "u.s.", "troops", "are", "habitual", "criminals", "."]
>>> judged_states(low, [Mention(1, 2, "USAMIL")], "PRK")
(['USAMIL'], '112')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from detente.coding._acts import _JUDGEMENTS
from detente.coding._commentary import _CLAUSE, _COPULAS, _SUBJECT, Scan, _country, _made, _reported, _state
from detente.coding._mention_shapes import outside_quotes
from detente.coding.mentions import Mention
from detente.model import Event

__all__ = ["headline_voice", "judged_states", "noun_judgments"]

#: words that call an act or its doer a wrong, beside those the coder reads after a verb of saying
_WRONGS = _JUDGEMENTS | frozenset([
    "crime", "crimes", "criminal", "criminals", "mockery", "provocations", "challenge", "smear", "treachery",
    "treacherous", "unpardonable", "hideous", "wanton", "shameless", "despicable", "sinister", "infringements",
    "encroachments", "sophism", "perfidy", "blackmail", "intolerable", "insults", "aggressors", "brigandish",
    "piracy", "farce", "sabotage", "plot", "plots", "conspiracy", "warmongers", "war-thirsty", "fascist"])
#: the wrongs alleged as done (an accusation, 112) rather than an act called bad (criticism, 111)
_ALLEGED = frozenset(["violation", "violations", "breach", "breaches", "infringement", "infringements",
                      "encroachment", "encroachments", "crime", "crimes", "criminal", "criminals", "piracy"])
#: stems of those words, looked for in a line not read before it is read
_STEMS = ("violat", "breach", "provocat", "crim", "mocker", "challeng", "infring", "encroach", "insult", "aggress",
          "hostile", "threat", "illegal", "unpardonable", "intolerable", "treach", "hideous", "wanton", "reckless",
          "smear", "blackmail", "sinister", "despicable", "shameless", "outrageous", "unacceptable", "interfer",
          "piracy", "farce", "sabotage", "plot", "conspira", "affront", "sophism", "perfidy", "fascist")
#: words that end the predicate's first clause
_ENDS = frozenset([",", ";", ":", "that", "which", "who", "as", "because", "since", "while", "when", "if", "but",
                   "to", "."])
#: words that negate a judgment
_NOT = frozenset(["not", "n't", "no", "never", "hardly", "nor"])
#: words of a subject that points back to an act told before ("This is ...", "Such an action is ...")
_POINTING = frozenset(["this", "these", "such", "they", "those"])
#: a longest subject that points back, in words ("These reckless moves of theirs")
_POINTED = 5
#: prepositions that make the state after them a place, not the doer ("the drills in the Philippines")
_PLACES = frozenset(["in", "at", "near", "around", "off", "across", "into", "on", "over", "throughout", "inside"])
#: words that may stand between a copula and what it judges with ("is now paying", "are, in fact, a")
_HEDGES = frozenset(["now", "also", "more", "most", "still", "just", "indeed", "in", "fact", "essence", "truth",
                     "again", "even", "all", "both", "once"])
#: how many lines before a pointing subject the act it points to may be told in
_BACK = 2
#: the codes of statements: what is said, which a line not read after it may have turned from
_STATEMENTS = frozenset(["010", "011", "012", "013"])


#: the roots of a headline's act that make its doer the voice of the story below it: disapprove, reject, threaten
_HEADLINE_ROOTS = frozenset(["11", "12", "13"])
#: a longest headline, in words
_HEADLINE = 20


def headline_voice(coded: Sequence[Sequence[Event]], sentences: Sequence[str]) -> str | None:
    """The state whose judgment a story's headline tells ("KCNA Slams Japan's Reckless Ambition ...", "Rodong
    Sinmun Hits at ..."): the doer of a disapproval, rejection or threat coded in a first line written as a
    headline (at most twenty words, most of them capitalised), when it is one state (None otherwise)."""
    if not coded or not sentences:
        return None
    words = [w for w in sentences[0].split() if w[:1].isalpha()]
    if not words or len(words) > _HEADLINE or 2 * sum(w[0].isupper() for w in words) <= len(words):
        return None
    doers = {e.source for e in coded[0] if (e.root or e.code[:2]) in _HEADLINE_ROOTS and _country(e.source)}
    countries = {_country(d) for d in doers}
    return next(iter(doers)) if len(countries) == 1 else None


def _may_judge(sentence: str) -> bool:
    """Whether a line not read may hold such a judgment (a cheap look before it is read)."""
    text = sentence.lower()
    words = text.split(maxsplit=_SUBJECT + 1)[:_SUBJECT + 1]
    return not _COPULAS.isdisjoint(words) and any(s in text for s in _STEMS)


def _predicate(low: Sequence[str], q: int, wrongs: frozenset[str] = _WRONGS) -> tuple[str, ...] | None:
    """The words of the predicate after the copula at ``q`` up to its first clause boundary when they call
    something a wrong (one of ``wrongs``) and are not negated (None otherwise)."""
    # "is, in essence, a ...": the commas of a hedge right after the copula end nothing
    end = next((k for k in range(q + 2, len(low)) if low[k] in _ENDS and not (low[k] == "," and k <= q + 4)),
               len(low))
    words = tuple(low[q + 1:end])
    head = next((w for w in words if w not in _HEDGES and not w.endswith("ly")), "")
    if head.endswith(("ing", "ed")) or head == "to":
        return None  # "are committing crimes", "is aimed at", "is to cope with": an act told, or a purpose
    if not words or not _NOT.isdisjoint(words[:3]) or words[:2] == ("no", "longer") or wrongs.isdisjoint(words):
        return None
    return words


def judged_states(low: Sequence[str], mentions: Sequence[Mention], voice: str, *,
                  copulas: frozenset[str] = _COPULAS, wrongs: frozenset[str] = _WRONGS,
                  ) -> tuple[list[str], str] | None:
    """The actor codes of the states a line judges with a copula (one of ``copulas``: "constitutes", "amounts to"
    for words a teller is named with) and the code of the judgment (see the module): ``([], code)`` when the
    subject names no state but points back, None when the line is no such judgment. ``wrongs``: the words that
    judge (another set reads a praise: ``_fronted``)."""
    if not low or _reported(low):
        return None
    q = next((q for q, w in enumerate(low) if w in copulas), None)
    if q is None or q == 0 or q > _SUBJECT or not _CLAUSE.isdisjoint(low[:q]) or not outside_quotes([low])[0][q]:
        return None
    words = _predicate(low, q + 1 if low[q + 1:q + 2] == ["to"] else q, wrongs)  # "amounts to interference"
    if words is None:
        return None
    code = "112" if not _ALLEGED.isdisjoint(words) else "111"
    subject = sorted((m for m in mentions if m.end <= q and _state(low, m)), key=lambda m: m.start)
    if not subject:
        if low[0] not in _POINTING or q > _POINTED:
            return None
        # "Such an action is a smear campaign ... prompted by the U.S.": the state the predicate names its agent
        agents = [m.code for m in mentions if m.start > q and low[m.start - 1] == "by" and _state(low, m)
                  and _country(m.code) != voice[:3]]
        return agents[:1], code
    if _country(subject[0].code) == voice[:3] or (subject[0].start > 0 and low[subject[0].start - 1] in _PLACES):
        return None
    found = [subject[0]]
    for m in subject[1:]:
        if all(w in {",", "and"} for w in low[found[-1].end:m.start]):
            if _country(m.code) == voice[:3]:
                return None  # "The DPRK and China are ...": the voice's own side
            found.append(m)
    return list(dict.fromkeys(m.code for m in found)), code


def _own_subject(sentence: str) -> bool:
    """Whether a line opens a subject of its own: not a pointing one ("These outpourings ..."), and introduces no
    words ("... observes in a commentary:")."""
    words = sentence.lower().split(maxsplit=1)
    return bool(words) and words[0] not in _POINTING and not sentence.rstrip().endswith(":")


def _doer(out: Sequence[Sequence[Event]], k: int, voice: str, lows: Sequence[Sequence[str]] = (),
          sentences: Sequence[str] = ()) -> str | None:
    """The state other than the voice that did the last act told in the lines before line ``k``; past a line not
    read (``lows`` empty there: no word of an act) that opens a subject of its own, a statement told before is not
    what is pointed to ("Iranian diplomats said ... The hostile forces are clamoring about ... This is a
    revelation of their scheme"; not after "These outpourings are ..." nor a line introducing words: "...:")."""
    skipped = False
    for j in range(k - 1, max(0, k - _BACK) - 1, -1):
        doers = [e.source for e in out[j] if _country(e.source) not in (None, voice[:3])
                 and not (skipped and e.code in _STATEMENTS)]
        if doers:
            return doers[0]  # "The U.S., Japan and south Korea called for ...": the first of those who did it
        skipped = skipped or (j < len(lows) and not lows[j] and j < len(sentences) and _own_subject(sentences[j]))
    return None


def noun_judgments(coded: Sequence[Sequence[Event]], lows: Sequence[Sequence[str]],
                   mentions: Sequence[Sequence[Mention]], voices: Sequence[str | None], *,
                   sentences: Sequence[str] = (), day: dt.date | None = None,
                   scan: Scan | None = None) -> list[list[Event]]:
    """The events of each line of one text (``coded``) with the judgments told with a copula in the voice of each
    line (``voices``: the state that speaks in it, None for none; see the module); ``lows`` and ``mentions``: each
    line's lower-cased words and mentions (empty for a line not read, which ``scan`` reads)."""
    out = [list(found) for found in coded]
    template = next((e for found in coded for e in found), None)
    for k, voice in enumerate(voices):
        if voice is None or out[k] or k >= len(lows):
            continue
        low, ms = lows[k], mentions[k]
        if not low:
            if scan is None or k >= len(sentences) or not _may_judge(sentences[k]):
                continue
            scanned = scan(sentences[k])
            if scanned is None:
                continue
            low, ms = scanned[1], scanned[2]
        judged = judged_states(low, ms, voice)
        if judged is None or (template is None and day is None):
            continue
        states, code = judged
        if not states:
            doer = _doer(out, k, voice, lows, sentences)
            states = [doer] if doer is not None else []
        sentence = sentences[k] if k < len(sentences) else None
        out[k] = [_made(template, state, code, low, sentence, day, k, source=voice) for state in states]
    return out
