"""A resolution as the subject of its act: what the resolution does is the act of the body that adopted it.

"Resolution 678 authorized member states to use force against Iraq", "The Security Council resolution adopted on
Thursday gives Sudan and Chad until Friday to withdraw", "A resolution passed by the General Assembly on Monday
condemns the blockade of Qatar": the resolution is the verb's subject, and a resolution names no actor, so the
act had no source (or, through a body's name, no target). Its source is the body: the one named after "by" in
the subject ("adopted by the Security Council"), else a body's name in it ("the Security Council resolution
passed on Friday gives ..."). Its target, when the parse found none, is the
first actor after the verb and those joined to it by "and" (:func:`detente.coding._resolutions.told_object`).

Left alone: a resolution of another body ("House Resolution 1096 condemns ...", "a party resolution"), a
resolution named in the object or in a relative clause (:mod:`detente.coding._resolutions`), a resolution in the
passive ("Resolution 660 was adopted"), and a resolution with no body in its subject ("The resolution demands ...",
"Resolution 660 demanded ..."): whose it is is told elsewhere in the text (a numbered resolution in a text that
names the United Nations is the UN's by :mod:`detente.coding.coref`).

>>> from detente.coding.mentions import Mention
>>> from detente.coding.roles import Candidate
>>> low = "a resolution adopted by the security council demands that iraq withdraw .".split()
>>> un, irq = Mention(4, 7, "IGOUNO"), Mention(9, 10, "IRQ")
>>> [m.code for m in resolution_doer(Candidate(7, 8, "100", None, False), low, [un, irq]) or []]
['IGOUNO']
>>> low = "resolution 660 demanded iraq 's withdrawal .".split()
>>> resolution_doer(Candidate(2, 3, "100", None, False), low, [Mention(3, 4, "IRQ")]) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._resolutions import RESOLUTION_NOUNS
from detente.coding._words import BOUNDARIES, DATE_WORDS, DETERMINERS
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["adoption_in_subject", "resolution_doer"]

#: words between the subject and its verb ("Resolution 660 also demanded", "which unanimously condemns")
_ADVERBS = frozenset(["also", "further", "again", "strongly", "now", "explicitly", "specifically", "formally"])
#: words of the subject after the resolution noun: its number, its adoption and its day ("Resolution 2397, adopted
#: by the Security Council on Friday,"); the tokens of an actor named after "by" count too
_AFTER_NOUN = frozenset(["(", ")", ",", "passed", "adopted", "approved", "unanimously", "by", "on", "late", "last",
                         "night", "morning", "evening", "afternoon", "the", "un", "u.n.", "united", "nations",
                         "security", "council", "general", "assembly", "of", "earlier", "this"]) | DATE_WORDS
#: words before the resolution noun that keep it the head of the subject ("the new Security Council resolution")
_BEFORE_NOUN = frozenset(["new", "unanimous", "latest", "binding", "non-binding", "landmark", "un", "u.n.",
                          "united", "nations", "nations'", "security", "council", "council's", "general", "assembly",
                          "assembly's", "'s", "strongly-worded", "fresh", "first", "second", "third"]) | DETERMINERS
#: forms of "be" and "have" right before the verb: a passive or a perfect of the resolution's own fate
_AUXILIARIES = frozenset(["was", "were", "is", "are", "been", "be", "being"])
#: verbs of the resolution's own fate, never its act ("Resolution 660 passed 14-0")
_FATE = frozenset(["pass", "passes", "passed", "adopt", "adopts", "adopted", "approve", "approves", "approved",
                   "fail", "fails", "failed", "expire", "expires", "expired"])
#: how far before the verb the resolution noun may stand
_REACH = 14


def _subject_noun(low: Sequence[str], verb: int, inside: frozenset[int]) -> int | None:
    """The resolution noun heading the subject of the verb at ``verb``, when the words between are only its
    number, its adoption and day, and the actors named in it (``inside``: their token positions)."""
    q = verb - 1
    while q >= 0 and low[q] in _ADVERBS:
        q -= 1
    stop = max(-1, verb - _REACH)
    while q > stop and low[q] not in RESOLUTION_NOUNS:
        if not (low[q] in _AFTER_NOUN or low[q][:1].isdigit() or q in inside):
            return None
        q -= 1
    if q <= stop or low[q] not in RESOLUTION_NOUNS:
        return None
    b = q - 1
    while b >= 0 and (low[b] in _BEFORE_NOUN or b in inside):
        b -= 1
    return q if b < 0 or low[b] in BOUNDARIES or low[b] in (".", "--") else None


def _subject_of(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> int | None:
    v = cand.verb
    if cand.nominal or low[v] in _FATE or (v > 0 and low[v - 1] in _AUXILIARIES):
        return None
    return _subject_noun(low, v, frozenset(k for m in mentions if m.end <= v for k in range(m.start, m.end)))


def adoption_in_subject(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str],
                        mentions: Sequence[Mention]) -> bool:
    """Whether ``cand`` is the adoption told inside a resolution's subject ("the resolution approved on Wednesday
    urges ...": "approved"), whose act the verb after it tells: no act of its own."""
    v = cand.verb
    if cand.nominal or low[v] not in _FATE:
        return False
    return any(o is not cand and o.verb > v and (noun := _subject_of(o, low, mentions)) is not None and noun < v
               and resolution_doer(o, low, mentions) for o in candidates)


def resolution_doer(cand: Candidate, low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention] | None:
    """The body whose act ``cand`` is when the verb's subject is a resolution (see the module), else ``None``."""
    v = cand.verb
    noun = _subject_of(cand, low, mentions)
    if noun is None:
        return None
    inside = frozenset(k for m in mentions if m.end <= v for k in range(m.start, m.end))
    agents = [m for m in mentions if noun < m.start < v and "by" in low[max(noun, m.start - 2):m.start]
              and not m.code.startswith("---")]
    if agents:
        return agents[:1]
    bodies = [m for m in mentions if m.end <= noun + 1 and m.code.startswith("IGO")
              and all(k in inside or low[k] in _BEFORE_NOUN for k in range(m.end, noun))]
    return bodies[-1:] or None
