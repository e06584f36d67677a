"""A report that calls another state's act a good step: the teller's optimistic comment (013) on that state.

"Japan said China's decision was a step in the right direction", "Iran's foreign minister said a Western package
of incentives is a 'step forward'", '"The agreement is a positive development," the minister said': the words
reported call an act of another state a good one. The lexicon already reads the verb shapes of the same comment
("called the agreement a modest first step", "described the talks as constructive": 013), and a report that
calls an act a wrong is a criticism (111, :func:`detente.coding._acts.judges`); told with a copula, the
approval stayed a bare statement (010) with no target, and a story's comment on the other side went uncounted.

:func:`approved_of` finds the state whose act is approved: a copula in the reported words ("is", "was",
"represents", "marks", ...; not "would be", not negated) followed within a few words by words of a good step
(:func:`_good_step`), and a state named before the copula in the same clause that is not the teller's own ("China's
decision", "the agreement with North Korea", "a Western package" is no state). Left alone: a step called good in
the future or in a condition ("said a freeze would be a positive step": advice), a first step or a weighty one
toward an end ("the first step toward war", "a major step toward annexation"), and a teller praising its own
act.

>>> low = "japan said china 's decision was a step in the right direction .".split()
>>> _approving_copula(low, 2, len(low))
5
>>> _approving_copula("japan said china 's decision was not a step forward .".split(), 2, 11) is None
True
>>> _approving_copula("japan said a freeze would be a positive step .".split(), 2, 10) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BOUNDARIES, NEGATORS, QUOTE_MARKS
from detente.coding.mentions import Mention

__all__ = ["approved_of"]

#: verbs that join an act to the words judging it ("is a positive step", "represents a step forward")
_LINKS = frozenset(["is", "are", "was", "were", "represents", "represent", "represented", "marks", "mark",
                    "marked", "constitutes", "constitute", "constituted"])
#: words before a link that make the judgement advice or a guess ("would be", "could represent")
_UNREAL = frozenset(["would", "could", "might", "may", "should", "will", "can", "must", "if", "unless", "whether"])
#: words of worth before "step" or "steps" ("a positive step", "a modest first step", "a welcome step")
_GOOD_STEP_WORDS = frozenset(["positive", "constructive", "good", "welcome", "encouraging", "useful", "meaningful",
                              "modest", "helpful", "hopeful", "promising", "right"])
#: words of weight before "step" that call it good unless it leads somewhere ("an important step in the peace
#: process"; "a major step toward war" is none)
_WEIGHTY_STEP_WORDS = frozenset(["important", "significant", "major", "big"])
#: nouns that are a good turn by themselves ("a breakthrough", "a milestone")
_GOOD_NOUNS = frozenset(["breakthrough", "milestone"])
#: nouns that are good with a word of worth before them ("a positive development", "an encouraging sign")
_SIGN_NOUNS = frozenset(["development", "developments", "sign", "signs", "signal", "news", "move", "gesture",
                         "progress"])
_SIGN_WORDS = frozenset(["positive", "welcome", "encouraging", "good", "hopeful", "promising", "constructive",
                         "real", "significant", "important"])
#: words right after the link that call the act good by themselves ("was encouraging", "is welcome")
_GOOD_WORDS = frozenset(["encouraging", "welcome", "positive", "constructive", "commendable", "laudable",
                         "praiseworthy", "helpful"])
#: words that may stand between the link and such a word ("is very encouraging", "was a most welcome ...")
_DEGREES = frozenset(["very", "most", "quite", "really", "extremely", "highly", "indeed", "also", "a", "an",
                      "the", "certainly", "clearly", "truly"])
#: how many words after the link the judgement may take ("is a modest first step in the right direction")
_REACH = 7
#: verbs of making headway that join a state to the steps or progress it made ("has taken positive steps", "has
#: made substantial progress"); bare forms ("to take steps", "must make progress") are advice, left out
_MAKING = frozenset(["made", "makes", "making", "taken", "took", "takes", "taking"])
#: words of scant headway before "progress" ("made little progress"): no good comment
_SCANT = frozenset(["little", "slow", "scant", "insufficient", "limited", "inadequate", "minimal", "modest",
                    "uneven", "halting", "less", "no"])
#: words of arming after "progress" ("progress in its missile program", "in building up its military")
_ARMING = frozenset(["weapons", "weapon", "missile", "missiles", "military", "buildup", "bomb", "bombs", "arsenal",
                     "warhead", "warheads", "enrichment", "rocket", "rockets", "arms", "armament", "armaments"])
#: verbs of going before "in the right direction" ("is moving in the right direction")
_GOING = frozenset(["moving", "heading", "going", "moved", "headed", "went"])


def _good_step(words: Sequence[str]) -> bool:
    """Whether the words after a link call the act a good one: a step with a word of worth before it, a "step
    forward", a step "in the right direction", a breakthrough or milestone, a sign or development with a word of
    worth, or a word of worth at once ("is encouraging")."""
    k = 0
    while k < len(words) and words[k] in _DEGREES:
        k += 1
    if k < len(words) and words[k] in _GOOD_WORDS and words[k + 1:k + 2] not in (["to"], ["for"]):
        return True  # "is positive for the virus", "is welcome to attend": no comment on an act
    for j, w in enumerate(words):
        before = words[max(0, j - 3):j]
        if w in ("step", "steps"):
            after = words[j + 1:j + 5]
            if after[:1] == ["forward"] or after == ["in", "the", "right", "direction"] \
                    or not _GOOD_STEP_WORDS.isdisjoint(before) or (
                    not _WEIGHTY_STEP_WORDS.isdisjoint(before) and after[:1] not in (["toward"], ["towards"], ["to"])):
                return True
        elif w in _GOOD_NOUNS or (w in _SIGN_NOUNS and not _SIGN_WORDS.isdisjoint(before)):
            return True
    return False


def _headway(words: Sequence[str]) -> bool:
    """Whether the words after a verb of making headway name progress that is no scant one ("substantial
    progress", "progress", not "little progress"), or a going "in the right direction"."""
    k = 0
    while k < len(words) and words[k] in _DEGREES:
        k += 1
    if words[k:k + 1] != ["progress"]:
        if words[k + 1:k + 2] != ["progress"] or words[k] in _SCANT or not words[k].isalpha():
            return False
        k += 1
    return _ARMING.isdisjoint(words[k + 1:k + 5])  # "made progress in its missile program": no good comment


def _right_way(words: Sequence[str]) -> bool:
    """Whether the words after a link tell a going in the right direction ("moving in the right direction")."""
    k = 0
    while k < len(words) and (words[k] in _DEGREES or words[k] in ("now", "still", "clearly", "definitely")):
        k += 1
    return words[k:k + 1] != [] and words[k] in _GOING and words[k + 1:k + 5] == ["in", "the", "right", "direction"]


def _approving_copula(low: Sequence[str], start: int, stop: int) -> int | None:
    """The link of the first clause from ``start`` (to ``stop``) whose words after it call an act good: a copula
    and a good step ("was a positive step"), a verb of making headway and good steps or progress ("has taken
    positive steps", "has made significant progress"), a going in the right direction ("is moving in ...")."""
    end = next((k for k in range(start, stop) if low[k] in BOUNDARIES), stop)
    for k in range(start + 1, end):
        making = low[k] in _MAKING
        if (low[k] not in _LINKS and not making) or low[k - 1] in _UNREAL or low[k - 1] in NEGATORS:
            continue
        if low[k + 1:k + 2] and low[k + 1] in NEGATORS:
            return None  # "was not a step forward", "has made no progress"
        words = [w for w in low[k + 1:end] if w not in QUOTE_MARKS][:_REACH]
        if (_headway(words) or _good_step(words)) if making else (_good_step(words) or _right_way(words)):
            return k
    return None


def approved_of(low: Sequence[str], start: int, stop: int, mentions: Sequence[Mention],
                teller: Mention) -> Mention | None:
    """The state whose act the words reported from ``start`` to ``stop`` call good, named before the link and
    not the teller's own; None when they call no act good, or the act is of no other state."""
    if low[start:start + 1] in (["to"], ["if"], ["whether"]) or not teller.has_country:
        return None
    link = _approving_copula(low, start, stop)
    if link is None:
        return None
    if any(w in _UNREAL for w in low[start:link]):
        return None  # "said if Peru agrees it is a step forward"
    own = teller.code[:3]
    named = [m for m in mentions if start <= m.start < link and m.has_country]
    if low[link] in _MAKING or _right_way(low[link + 1:link + 8]):
        named = named[-1:]  # "a report on Peru shows Chile has made progress": the doer is the verb's subject
    return next((m for m in named if m.code[:3] != own), None)
