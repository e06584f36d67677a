"""A resolution's act: what a resolution adopted in the clause does is the act of the body that adopted it.

"The Security Council on Friday passed a resolution giving both sides until Monday to halt the fighting", "the
General Assembly adopted a resolution condemning Russia", "the Council unanimously adopted resolution 2397, which
tightens sanctions on the DPRK": the participle or the relative clause after the resolution tells the act (a
demand, a condemnation, sanctions), and its source is the body: the United Nations when the resolution is a
numbered UN resolution or is named by the body's noun ("a Security Council resolution"), else the one that
passed or adopted it (the last actor named before that verb in its clause). The adoption itself (057 from "adopt
... resolution") is no second act: the act it carries stands for it.

No act is told by the words of a resolution that was not adopted in the clause: a draft ("vetoed a draft
resolution condemning Syria": the veto is the vetoing state's, the condemnation nobody's), a text sponsored,
submitted, tabled or proposed ("the United States sponsored a resolution condemning ..."), one the body failed
to adopt, and a resolution merely referred to ("in violation of resolution 1718, which bans such tests").
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BOUNDARIES, DATE_WORDS
from detente.coding.event_dates import Placed
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["RESOLUTION_NOUNS", "adopted_when", "adoption_carried", "deadline_set", "resolution_maker",
           "resolution_told", "told_object", "turned_down"]

RESOLUTION_NOUNS = frozenset(["resolution", "resolutions"])
#: verbs that make a resolution the body's act that day
_ADOPTING = frozenset(["pass", "passes", "passed", "adopt", "adopts", "adopted", "approve", "approves", "approved"])
#: verbs that put a text forward, or turn it down, without its being adopted
_NOT_ADOPTING = frozenset(["sponsor", "sponsors", "sponsored", "co-sponsored", "cosponsored", "draft", "drafts",
                           "drafted", "submit", "submits", "submitted", "introduce", "introduces", "introduced",
                           "table", "tables", "tabled", "circulate", "circulates", "circulated", "propose",
                           "proposes", "proposed", "veto", "vetoes", "vetoed", "block", "blocks", "blocked",
                           "reject", "rejects", "rejected", "push", "pushed", "pushing", "seek", "sought"])
#: words before the adopting verb that say it did not happen ("failed to adopt", "did not pass")
_UNDONE = frozenset(["failed", "fail", "fails", "not", "never", "refused", "declined"])
#: words that open another clause between an actor and the verb of adopting: the actor is not its subject
_CLAUSE_OPENERS = frozenset(["which", "who", "that", "while", "after", "before"])
#: words that may stand between a body's known actor and the rest of its name ("UN Human Rights Council")
_NAME_GAP = 3
#: how far before a resolution a verb may put it forward ("submitted to the Security Council a resolution")
_PUT_REACH = 8
#: words between a verb of adopting and the resolution ("adopted a new resolution", "passed a unanimous resolution")
_BEFORE_NOUN = frozenset(["a", "an", "the", "new", "unanimous", "fresh", "another", "binding", "non-binding",
                          "draft", "second", "third", "its", "strongly-worded", "landmark", "further", "joint"])
#: words between the resolution and the participle telling its act: its number and year, the day it was adopted
_NUMBER_WORDS = frozenset(["(", ")", ",", "on", "night", "morning", "evening", "afternoon", "and"]) | DATE_WORDS
_NUMBER_REACH = 6
#: words between "which" and its verb ("which also imposes", "which strongly condemns")
_RELATIVE_ADVERBS = frozenset(["also", "further", "again", "strongly", "unanimously", "now"])


def _numbered(low: Sequence[str], q: int) -> bool:
    return low[q][:1].isdigit() or low[q] in _NUMBER_WORDS


def resolution_told(low: Sequence[str], verb: int) -> int | None:
    """The resolution whose act the verb at ``verb`` tells: a present participle right after it, its number or
    the day it was adopted ("resolution 211 on September 20 calling for ..."), or the verb of a relative clause
    on it ("resolution 2397, which tightens ...", "a resolution that imposes ...")."""
    q = verb - 1
    if q >= 0 and low[q] in _RELATIVE_ADVERBS:
        q -= 1
    relative = q >= 0 and low[q] in ("which", "that")
    if relative:
        q -= 1
    elif not low[verb].endswith("ing"):
        return None
    stop = max(-1, q - _NUMBER_REACH)
    while q > stop and low[q] not in RESOLUTION_NOUNS and _numbered(low, q):
        q -= 1
    return q if q >= 0 and low[q] in RESOLUTION_NOUNS else None


def _adopter(low: Sequence[str], noun: int) -> int | None:
    """The verb before the resolution at ``noun`` that adopts or puts it forward ("adopted a new resolution")."""
    q = noun - 1
    while q >= 0 and noun - q <= 4 and low[q] in _BEFORE_NOUN:
        q -= 1
    if q >= 0 and low[q] in _ADOPTING | _NOT_ADOPTING:
        return q
    # "submitted to the UNSC a resolution denouncing ...": put forward to a body, no act yet
    for k in range(noun - 1, max(-1, noun - _PUT_REACH), -1):
        if low[k] in BOUNDARIES or low[k] in (",", ".", "which", "that", "who", "and", "but"):
            return None
        if low[k] in _NOT_ADOPTING:
            return k
    return None


def _body(low: Sequence[str], noun: int, adopter: int, mentions: Sequence[Mention],
          candidates: Sequence[Candidate]) -> list[Mention]:
    """Who adopted the resolution at ``noun``: the UN of a numbered UN resolution or of a body's noun before it
    ("Security Council resolution 1874"), else the known sources the verb of adopting has, else the last known
    actor before that verb in its clause (right before the verb's own source when that is of no known country:
    "the UN Human Rights Council", not "the City Assembly of Okinawa, Japan"), else the verb's sources."""
    own = [m for m in mentions if m.code.startswith("IGO") and (m.start <= noun < m.end or m.end == noun)]
    if own:
        return own[-1:]
    verb = next((c for c in candidates if c.verb == adopter), None)
    sources = list(verb.sources) if verb is not None else []
    known = [m for m in sources if not m.code.startswith("---")]
    if known:
        return known
    limit = min((m.start for m in sources if m.end <= adopter), default=adopter)
    for m in sorted(mentions, key=lambda m: m.end, reverse=True):
        if m.end > limit:
            continue
        between = low[m.end:limit]
        if any(w in BOUNDARIES or w in _CLAUSE_OPENERS for w in between) \
                or (limit < adopter and (len(between) > _NAME_GAP or "," in between)):
            break
        if m.has_country and not m.code.startswith("---"):
            return [m]
    return sources


def resolution_maker(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str],
                     mentions: Sequence[Mention]) -> list[Mention] | None:
    """The body whose act ``cand`` is, when it is what a resolution adopted in the clause does (the body's
    mentions); an empty list when it is what a resolution not adopted says (a draft, a text sponsored or vetoed,
    one the body failed to adopt, one merely referred to in a relative clause): no act; ``None`` when ``cand`` is
    no resolution's act, or its body is not known."""
    if cand.nominal:
        return None
    noun = resolution_told(low, cand.verb)
    if noun is None:
        return None
    adopter = _adopter(low, noun)
    if adopter is None:
        # "resolution 1718, which bans such tests": a standing text, no act (a participle: _acts.rule_told)
        return [] if low[noun + 1:cand.verb][-1:] in (["which"], ["that"]) else None
    if low[adopter] in _NOT_ADOPTING or "draft" in low[adopter:noun] \
            or not _UNDONE.isdisjoint(low[max(0, adopter - 3):adopter]):
        return []
    body = _body(low, noun, adopter, mentions, candidates)
    return body or None


def adoption_carried(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str]) -> bool:
    """Whether ``cand`` is the adopting of a resolution ("adopted a resolution", "passed Resolution 660") whose
    act another verb of the sentence tells ("... condemning Russia", "..., which imposes sanctions"): that act
    stands for the adoption."""
    if cand.nominal or low[cand.verb] not in _ADOPTING:
        return False
    nouns = [q for q in range(cand.verb + 1, min(len(low), cand.verb + 6)) if low[q] in RESOLUTION_NOUNS]
    if not nouns or _adopter(low, nouns[0]) != cand.verb:
        return False
    return any(o is not cand and not o.nominal and resolution_told(low, o.verb) == nouns[0] for o in candidates)


#: words that make a time phrase a deadline set, not the day of the act ("giving both sides until Monday to ...")
_DEADLINE = frozenset(["until", "till", "by", "before", "within"])


def adopted_when(placed: Sequence[Placed], own: Sequence[Placed], low: Sequence[str], verb: int) -> list[Placed]:
    """The time phrases that date the act a resolution tells (the verb at ``verb``), of those the sentence has
    (``placed``) and those found for the act (``own``): its own, but for a deadline it sets ("until Monday"), else
    the one told before the resolution, of its adoption ("The Council on Friday passed a resolution giving both
    sides until Monday to halt the fighting": Friday; "adopted resolution 2397 on Friday, which ...")."""
    kept = [p for p in own if not _deadline(low, p)]
    if kept or resolution_told(low, verb) is None:
        return kept
    return [p for p in placed if p.last <= verb and not p.noun and not _deadline(low, p)][-1:]


def _deadline(low: Sequence[str], p: Placed) -> bool:
    return low[p.first] in _DEADLINE or (p.first > 0 and low[p.first - 1] in _DEADLINE)


#: how far after a resolution's verb its object may be named by word order ("condemning Venezuela's crackdown")
_OBJECT_REACH = 4
_OBJECT_BREAKS = frozenset([",", ".", "and", "which", "that", "on", "for", "to", "between", "in", "with"])


def told_object(low: Sequence[str], verb: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The object of the verb a resolution's act is told by, read by word order (the parse may read "condemning"
    after "resolution" as a noun): the first actor within a few words after it, in its phrase, and those joined to
    it by "and" ("giving Sudan and Chad until Friday to ...")."""
    ordered = sorted((m for m in mentions if m.start > verb), key=lambda m: m.start)
    first = [m for m in ordered[:1] if m.start <= verb + _OBJECT_REACH
             and not any(w in BOUNDARIES or w in _OBJECT_BREAKS for w in low[verb + 1:m.start])]
    for m in ordered[1:]:
        if not first or low[first[-1].end:m.start] != ["and"]:
            break
        first.append(m)
    return first


#: verbs of turning a resolution down: the one who does it rejects the text, not those the text names
_TURNING_DOWN = frozenset(["veto", "vetoes", "vetoed", "vetoing", "block", "blocks", "blocked", "blocking", "reject",
                           "rejects", "rejected", "rejecting"])


def turned_down(cand: Candidate, low: Sequence[str], targets: list[Mention]) -> list[Mention]:
    """The targets of a veto or a rejection of a resolution (``cand``): those named before the resolution's words
    or as its body ("vetoed a Security Council resolution censuring ...": the UN), not those the resolution's own
    words name ("China vetoed a draft resolution condemning Myanmar": no veto aimed at Myanmar)."""
    if cand.nominal or low[cand.verb] not in _TURNING_DOWN:
        return targets
    noun = next((q for q in range(cand.verb + 1, min(len(low), cand.verb + 8)) if low[q] in RESOLUTION_NOUNS), None)
    if noun is None or _adopter(low, noun) != cand.verb:
        return targets
    return [m for m in targets if m.start <= noun or (m.start == noun + 1 and low[noun + 1][:1].isdigit())]


#: words of a span of time a deadline gives ("gave Iraq 48 hours to leave", "giving both sides a week to ...")
_SPANS = frozenset(["hours", "days", "weeks", "months", "week", "month", "day"])
_GIVING = frozenset(["give", "gives", "gave", "giving", "given"])
_DEADLINE_REACH = 14


def deadline_set(cand: Candidate, candidates: Sequence[Candidate], low: Sequence[str]) -> bool:
    """Whether ``cand`` is what a deadline demands, no act of its own: an infinitive after a time given ("giving
    both sides until Monday to halt the fighting", "gave Iraq 48 hours to withdraw"), the giving a demand (10) told
    before it in the same clause."""
    v = cand.verb
    if cand.nominal or v < 3 or low[v - 1] != "to":
        return False
    time = low[max(0, v - 5):v - 1]
    if "until" not in time and "till" not in time and _SPANS.isdisjoint(time):
        return False
    return any(o is not cand and o.code[:2] == "10" and low[o.verb] in _GIVING and 0 < v - o.verb <= _DEADLINE_REACH
               and not any(w in BOUNDARIES or w in (".", "which", "who") for w in low[o.verb:v]) for o in candidates)
