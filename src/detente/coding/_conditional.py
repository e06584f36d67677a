"""Conditions and their consequences: "Chile will impose sanctions on Peru if Lima resumes its tests", "If Peru
attacks, Chile will strike back", "Chile will attack should Peru cross the border", "will take decisive measures in
the event of a further nuclear test".

A condition clause opens with "if", "unless", "in case", "in the event of" (or "that"), or "should" before its
subject, and runs to the next comma or the end of the sentence part. What it tells did not happen and is nobody's
threat: it is hypothetical, its code kept. The main clause it governs, told with "will", "would" or "shall", is
what the speaker says will follow: an act announced, never one done (a strike named as a noun, "will respond with a
merciless strike", is to come as "will strike" is), and a hostile one is a threat to the one whose act the
condition names when the consequence names nobody else. Told with "would have" it is counterfactual: nothing
followed, nobody threatens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding._forecasts import foretold
from detente.coding._unreal_openers import CONCESSIVE, UNREAL_CUES, unreal_opener
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["CONDITION_CUES", "Condition", "condition_spans", "conditioned", "guarded"]

#: words one of which a sentence with a condition holds: a cheap test before the scan
CONDITION_CUES = frozenset(["if", "unless", "case", "event", "should", "long"]) | UNREAL_CUES
#: what ends a condition clause: a comma, a sentence part's end
_ENDS = frozenset([",", ";", ":", ".", "!", "?"])
#: what ends the main clause a fronted condition governs
_PART_ENDS = frozenset([";", ":", ".", "!", "?"])
#: words before a condition that open a clause: the condition stands before its main clause ("If Peru attacks, ...")
_CLAUSE_OPEN = frozenset([",", ";", ":", '"', "``", "''", "and", "but"])
#: subject words after an inverted "should" ("should they attack", "should the talks fail", "should such an attack
#: occur")
_PRONOUNS = frozenset(["they", "it", "he", "she", "we", "anyone", "anybody", "any", "the", "such"])
#: modals of a consequence announced: what will follow (not "could", "may": a guess, see _guesses)
_WILL = frozenset(["will", "would", "shall", "'ll", "wo"])
#: words before a mention that make it no doer of the condition's act: its object or place
_OBJECT_LINKS = frozenset(["on", "against", "at", "to", "into", "with", "of", "from", "for", "in", "toward",
                           "towards", "upon", "over"])
#: the roots of hostile acts: announced under a condition, each is a threat
_HOSTILE = frozenset(["13", "15", "16", "17", "18", "19", "20"])


@dataclass(frozen=True, slots=True)
class Condition:
    """A condition clause: its opening word, the first word after it, and its doer (None when it names none)."""

    start: int
    end: int
    doer: Mention | None
    fronted: bool
    #: whether it tells a hostile act ("if it is attacked by China")
    hostile: bool = False
    #: whether it is a concession ("no matter how many ..."), which governs no main clause
    concessive: bool = False


def _opener(low: Sequence[str], tokens: Sequence[str], q: int, starts: frozenset[int]) -> bool:
    word = low[q]
    if word == "if":
        return not (q > 0 and low[q - 1] == "as")  # "as if our hearts would break": a likeness, no condition
    if word == "unless":
        return True
    if word == "long":  # "will strike back as long as it is provoked": a condition
        return 0 < q < len(low) - 1 and low[q - 1] == low[q + 1] == "as"
    if word == "case":
        return q > 0 and low[q - 1] == "in" and not (q > 1 and low[q - 2] == "the")  # "in the case of": as to
    if word == "event":
        return q > 1 and low[q - 2:q] == ["in", "the"] and low[q + 1:q + 2] in (["of"], ["that"])
    if word == "should":  # before its subject, not its verb ("Peru should withdraw"); a question's aside
        if "?" in low or q + 1 >= len(low) or (q > 0 and not tokens[q].islower()):
            return False  # "Peru Should Withdraw Troops": a headline's verb
        return q + 1 in starts or low[q + 1] in _PRONOUNS or tokens[q + 1][:1].isupper()
    return unreal_opener(low, tokens, q, starts)  # "Were China to invade ...", "no matter how many ..."


def condition_spans(low: Sequence[str], tokens: Sequence[str], mentions: Sequence[Mention],
                    acts: Sequence[Candidate] = ()) -> tuple[Condition, ...]:
    """The condition clauses of a sentence, in order; ``acts``: the acts found in it."""
    if CONDITION_CUES.isdisjoint(low):
        return ()
    starts = frozenset(m.start for m in mentions)
    out: list[Condition] = []
    q = 0
    while q < len(low):
        if low[q] in CONDITION_CUES and _opener(low, tokens, q, starts):
            end = q + 1
            while end < len(low) and low[end] not in _ENDS:
                end += 1
            first = q - 2 if low[q] in ("case", "event") else q - 1 if low[q] in ("matter", "long") else q
            fronted = first == 0 or low[first - 1] in _CLAUSE_OPEN
            hostile = any(q < a.verb < end and a.code[:2] in _HOSTILE for a in acts)
            out.append(Condition(q, end, _doer(low, mentions, q, end), fronted, hostile, low[q] in CONCESSIVE))
            q = end
        q += 1
    return tuple(out)


def _doer(low: Sequence[str], mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """Who does what the condition tells: the agent after "by" ("if it is attacked by China", "in the event of a
    test by the DPRK"), else its first actor that is no object or place ("if Peru attacks Chile": Peru)."""
    inside = [m for m in mentions if start < m.start < end and m.has_country]
    for m in inside:
        k = m.start - 1
        while k > start and low[k] in ("the", "a", "an"):
            k -= 1
        if low[k] == "by":
            return m
    for m in inside:
        k = m.start - 1
        while k > start and low[k] in ("the", "a", "an"):
            k -= 1
        if low[k] not in _OBJECT_LINKS:
            return m
    return None


def _clause_modal(low: Sequence[str], start: int, verb: int) -> str | None:
    """The modal of the clause that runs from ``start`` to the verb: "will", "would" or "shall" and the word after
    it, or None; a comma, a "that" or a sentence part's end closes the clause on the way back."""
    for q in range(verb - 1, start - 1, -1):
        word = low[q]
        if word in _WILL:
            after = low[q + 1] if q + 1 < verb else word
            if after == "be" and q + 2 < verb and not low[q + 2].endswith(("ed", "en")):
                return None  # "the best way would be to end the invasions": a copula, no act announced
            return after
        if word in _PART_ENDS or word in (",", "that"):
            return None
    return None


def _governing(conditions: Sequence[Condition], low: Sequence[str], verb: int) -> tuple[Condition, str | None] | None:
    """The condition whose main clause holds the verb, with the word after the clause's modal (None when the clause
    has no "will", "would" or "shall"), or None: the main clause after a fronted condition to its sentence part's
    end, or before a trailing one in the same part."""
    for c in conditions:
        if c.concessive:
            continue  # "No matter how many ships Peru sends, Chile will hold": no consequence of it
        if verb > c.end and c.fronted and not any(w in _PART_ENDS for w in low[c.end:verb]):
            return c, _clause_modal(low, c.end, verb)
        if verb < c.start and not any(w in _PART_ENDS for w in low[verb:c.start]):
            return c, _clause_modal(low, 0, verb)
    return None


def conditioned(conditions: Sequence[Condition], low: Sequence[str], cand: Candidate,
                modality: str) -> tuple[str, bool, list[Mention]]:
    """The modality, whether the act is inside a condition (it keeps its code: nobody's threat), and the targets of
    the act read against the sentence's conditions. An act onlookers foretell or a question asks about is inside
    no announcement either (:func:`detente.coding._forecasts.foretold`)."""
    verb, code, sources, targets = cand.verb, cand.code, cand.sources, cand.targets
    if foretold(low, verb, sources, modality):  # "Analysts say Chile will attack", "Will Chile attack?" (_forecasts)
        return "hypothetical", True, targets
    if not conditions:
        return modality, False, targets
    if any(c.start < verb < c.end for c in conditions):
        return ("hypothetical" if modality != "negated" else modality), True, targets
    governed = _governing(conditions, low, verb)
    if governed is None or governed[1] is None:
        return modality, False, targets
    c, after = governed
    if after == "have":  # "would have retaliated": nothing followed
        return "hypothetical", True, targets
    if modality == "occurred":
        modality = "intended"  # "will respond with a merciless strike": the strike is to come
    if (code[:2] in _HOSTILE and c.doer is not None and modality in ("intended", "hypothetical")
            and all(c.doer.code[:3] != s.code[:3] for s in sources)
            and all(t.code[:3] in {s.code[:3] for s in sources} for t in targets)):
        targets = [c.doer]  # "Chile will retaliate if Peru attacks": at Peru
    return modality, False, targets


#: acts of guarding another: done if a third attacks it, a threat to that attacker
_GUARDING = frozenset(["defend", "defends", "defending", "defended", "protect", "protects", "protecting"])


def guarded(conditions: Sequence[Condition], low: Sequence[str], cand: Candidate,
            modality: str) -> tuple[list[Mention], Mention | None]:
    """The targets of the act, with the attacker a pledge to guard another warns added, and that attacker (None
    when there is none): "the United States would defend Taiwan if it is attacked by China", "is committed to
    defending Japan if it is attacked by China" (China), a threat of force to it besides the pledge. The act guards
    (announced or pledged, not done) and the condition it is governed by tells an attack by a third."""
    targets = cand.targets
    if not conditions or low[cand.verb] not in _GUARDING or modality not in ("intended", "hypothetical"):
        return targets, None
    governed = _governing(conditions, low, cand.verb)
    if governed is None or not governed[0].hostile or governed[0].doer is None:
        return targets, None
    doer = governed[0].doer
    if any(doer.code[:3] == m.code[:3] for m in (*cand.sources, *targets)):
        return targets, None
    return [*targets, doer], doer
