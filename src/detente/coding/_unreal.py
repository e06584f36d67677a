"""Acts asked for, told as planned, as what should or could be done, or as a supposition, read from the parse where
the words before the verb (``_modality.modality_of``) do not show it.

- What an appeal or a demand asks for, as far as the parse tells it goes (``_asked.asked_for``: "urged the U.S. to
  stop its war maneuvers, conclude a peace agreement with the DPRK and pull its forces out of south Korea"): no act
  done, and nobody's threat (the appeal, 02, or the demand, 10, is the act told).

- An event noun with a participle of planning among its modifiers ("the projected resumption of inter-Korean
  dialogue", "Projected U.S.-Japan Joint Military Exercises under Fire") is to come: intended, as "the planned
  visit" is; a hostile act planned ("the DPRK's projected satellite launch") is no threat made to anyone, and no
  act done (hypothetical).
- A bare verb coordinated with a verb under a modal of what should, could or may be, with no subject or auxiliary of
  its own, is under that modal too ("The United States should not turn its face away from the trend of the times
  but pull its forces out of south Korea"): hypothetical; under "will" or "shall" ("will not sign the treaty but
  meet with Chinese officials"), announced: intended. The words before it stop at "but"; the tree does not.
- A clause of "even though" in the present before a main clause under a modal ("Even though the U.S. applies
  severer sanctions against the DPRK, it can never browbeat the country") supposes the act, as "even if" does: a
  supposition is nobody's act and nobody's threat. "Even though" with a past tense ("even though it called for
  punishment in the past") tells what was done and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._abstained import abstained
from detente.coding._asked import asked_for, own_clause
from detente.coding._words import ASKING_ROOTS
from detente.coding.roles import Candidate
from detente.coding.syntax import Parse

__all__ = ["not_done"]

#: participles and adjectives of planning before an event noun ("the projected visit", "scheduled talks")
_PLANNING = frozenset(["projected", "planned", "scheduled", "proposed", "envisaged", "contemplated", "intended",
                       "slated", "prospective", "upcoming", "forthcoming"])
#: roots of force and coercion: planned, such an act named by a noun is no threat made to anyone (an announced one,
#: "will attack", is read as a threat by the words before it)
_HOSTILE_ROOTS = frozenset(["15", "16", "17", "18", "19", "20"])
#: the modals of what should, could or may be (not "will": what will be is announced; not "must": a demand)
_UNREAL_MODALS = frozenset(["should", "could", "might", "may", "can", "ought"])
#: the modals of what is announced: a bare verb coordinated with a verb under one is announced too ("will not
#: impose sanctions but seek talks": the words before "seek" stop at "but")
_FUTURE_MODALS = frozenset(["will", "shall", "'ll", "wo"])
#: the modals of a main clause after a supposition ("even though the U.S. applies sanctions, it can never ...")
_SUPPOSING_MODALS = frozenset(["can", "could", "will", "would", "may", "might", "shall", "cannot"])
#: how many coordinated verbs back the verb with the modal may stand
_CONJ_REACH = 3


def _planned(parse: Parse, low: Sequence[str], noun: int) -> bool:
    """The event noun, the noun its words modify ("joint military exercises": "joint"), or the noun of whose "of"
    phrase it is ("the projected resumption of dialogue"), with a word of planning before it."""
    t = noun
    for _ in range(3):
        if not (parse.tags[t].startswith(("NN", "JJ"))):
            return False
        if parse.tags[t].startswith("NN") and any(
                (low[k] in _PLANNING or (low[k] == "next" and not _told_past(parse, low, t)))
                for k in parse.children(t, "amod", "compound") if k < t):
            return True  # "the next round of negotiations is to be determined"; not "the next round was held"
        if parse.is_root(t) or parse.labels[t] not in ("amod", "compound", "nmod") \
                or (parse.heads[t] < t and parse.labels[t] != "nmod"):
            return False
        if parse.labels[t] == "nmod" and not any(low[k] == "of" for k in parse.children(t, "case")):
            return False
        t = parse.heads[t]
    return False


def _told_past(parse: Parse, low: Sequence[str], noun: int) -> bool:
    """Whether the clause the noun at ``noun`` stands in is told in the past ("the next round was held in May")."""
    t = noun
    while not parse.is_root(t) and not parse.tags[t].startswith(("VB", "JJ")):
        t = parse.heads[t]
    helpers = [low[k] for k in parse.children(t, "aux", "aux:pass", "cop")]
    if any(w in ("was", "were", "had") for w in helpers):
        return True
    return parse.tags[t] in ("VBD", "VBN") and not any(w in ("is", "are", "will", "has", "have", "be") for w in helpers)


def _shared_modal(parse: Parse, low: Sequence[str], verb: int) -> str | None:
    """The modal a bare verb coordinated with a verb under it shares ("should not turn away but pull its forces
    out", "will not impose sanctions but seek talks"), or None."""
    t = verb
    for _ in range(_CONJ_REACH):
        if parse.is_root(t) or parse.labels[t] != "conj" or parse.tags[t] != "VB" or own_clause(parse, t):
            return None
        t = parse.heads[t]
        modal = next((low[k] for k in parse.children(t, "aux") if low[k] in _UNREAL_MODALS | _FUTURE_MODALS), None)
        if modal is not None:
            return modal
    return None


def _supposed(parse: Parse, low: Sequence[str], verb: int) -> bool:
    t = verb
    while not parse.is_root(t) and parse.labels[t] == "conj" and parse.tags[t].startswith("VB"):
        t = parse.heads[t]  # "even though the U.S. applies sanctions and tightens the blockade"
    if parse.is_root(t) or parse.labels[t] != "advcl" or parse.tags[t] not in ("VBZ", "VBP"):
        return False
    if not any(low[k] in ("though", "although") and k > 0 and low[k - 1] == "even"
               for k in parse.children(t, "mark")):
        return False
    head = parse.heads[t]
    return any(low[k] in _SUPPOSING_MODALS for k in parse.children(head, "aux"))


def not_done(parse: Parse, low: Sequence[str], verb: int,
             candidates: Sequence[Candidate] = (), modality: str = "occurred") -> tuple[str, bool] | None:
    """The modality of an act the words before it read as done (``modality`` "occurred") or announced
    ("intended"), when the parse tells otherwise, and whether it is nobody's act (asked for or supposed, kept out
    of threats as a condition is); None when the parse does not. ``candidates``: the sentence's acts, whose
    appeals and demands (02, 10) may ask for this one. An act abstained from ("refrained from nuclear tests", "will
    refrain from nuclear tests", ``_abstained``) is negated, and no refusal."""
    if len(parse) != len(low):
        return None
    if abstained(parse, low, verb):
        return "negated", False
    if modality != "occurred":
        return None
    asking = [c.verb for c in candidates if c.code[:2] in ASKING_ROOTS and c.verb != verb]
    if asking and asked_for(parse, low, verb, asking):
        return "hypothetical", True
    if _planned(parse, low, verb):
        code = next((c.code for c in candidates if c.verb == verb), "")
        if code[:2] in _HOSTILE_ROOTS:
            return "hypothetical", True  # "the DPRK's projected satellite launch": a plan named, no threat to anyone
        return "intended", False
    if (modal := _shared_modal(parse, low, verb)) is not None:
        return ("intended" if modal in _FUTURE_MODALS else "hypothetical"), False
    if _supposed(parse, low, verb):
        return "hypothetical", True
    return None
