"""Acts abstained from or not yet done, read from the parse: what a state refrained from, avoided, stopped short
of, held off on, ruled out or has yet to do is no act of it.

"North Korea has refrained from missile launches or nuclear tests", "China stopped short of imposing sanctions on
North Korea", "Pakistan avoided criticizing India", "Japan held off on sanctions against Russia", "Germany ruled
out talks with Russia", "China has yet to condemn the invasion", "the lack of progress in getting North Korea to
dismantle its program", "the absence of talks between them": the act named is not done. CAMEO codes a refusal
(12x) only when the text tells one ("refused to", "rejected", "ruled out": the verb's own code); abstaining is
no event, so the act reads as negated and no refusal.

The words before the act (``_modality.modality_of``) read "refrained from attacking" as negated; the parse tells
the act's noun in the phrase of such a verb ("refrained from any missile launches or nuclear tests"), a gerund the
tagger reads as an adjective on its object ("stopped short of imposing sanctions": "imposing" on "sanctions"),
and acts coordinated with it. An act coordinated with the verb of abstaining itself ("refrained from comment but
imposed sanctions") is an act of its own and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import NEGATORS
from detente.coding.syntax import Parse

__all__ = ["abstained"]

#: verbs whose "from" phrase or gerund names an act not done ("refrained from", "abstained from", "desisted from")
_FROM_VERBS = frozenset(["refrain", "refrains", "refrained", "refraining", "abstain", "abstains", "abstained",
                         "abstaining", "desist", "desists", "desisted", "desisting", "forbear", "forbears",
                         "forbore", "forbearing"])
#: verbs whose object or gerund is an act not done ("avoided criticizing India", "avoided a war with China",
#: "eschewed sanctions", "forwent talks")
_OBJECT_VERBS = frozenset(["avoid", "avoids", "avoided", "avoiding", "eschew", "eschews", "eschewed", "eschewing",
                           "forgo", "forgoes", "forwent", "forgone", "forgoing", "forego", "foregoes", "forewent",
                           "foregone", "foregoing"])
#: verbs of abstaining with the particle or adverb they need and the prepositions of the act's phrase:
#: "held off (on) sanctions", "stopped short of imposing", "shied away from", "steered clear of", "ruled out talks"
_PHRASAL = {
    "hold": ("off", ("on", "from", "")), "holds": ("off", ("on", "from", "")), "held": ("off", ("on", "from", "")),
    "holding": ("off", ("on", "from", "")),
    "stop": ("short", ("of",)), "stops": ("short", ("of",)), "stopped": ("short", ("of",)),
    "stopping": ("short", ("of",)), "fall": ("short", ("of",)), "falls": ("short", ("of",)),
    "fell": ("short", ("of",)), "falling": ("short", ("of",)),
    "shy": ("away", ("from",)), "shies": ("away", ("from",)), "shied": ("away", ("from",)),
    "shying": ("away", ("from",)),
    "steer": ("clear", ("of",)), "steers": ("clear", ("of",)), "steered": ("clear", ("of",)),
    "steering": ("clear", ("of",)),
    "rule": ("out", ("",)), "rules": ("out", ("",)), "ruled": ("out", ("",)), "ruling": ("out", ("",)),
}
#: nouns of absence: what they are of is not done ("the lack of progress in talks", "the absence of dialogue")
_ABSENCE = frozenset(["lack", "absence", "dearth"])
#: nouns between an absence and the act ("the lack of progress in getting North Korea to dismantle")
_PROGRESS = frozenset(["progress", "headway", "movement", "success"])
#: the labels by which a gerund, an infinitive or an act's noun hangs on the verb or noun above it
_LINKS = frozenset(["obl", "nmod", "obj", "xcomp", "advcl", "acl", "ccomp"])
#: how many links up the word that denies the act may stand
_REACH = 4


def _marker(parse: Parse, low: Sequence[str], t: int) -> str:
    """The preposition or subordinator of the phrase headed at ``t`` ("" for none)."""
    return next((low[k] for k in parse.children(t, "case", "mark") if k < t and low[k] != "to"), "")


def _abstaining(parse: Parse, low: Sequence[str], head: int, t: int, gerund: bool) -> bool:
    """Whether the word at ``head`` denies the act whose phrase hangs on it at ``t`` (``gerund``: the act is told
    by a word in "-ing")."""
    word, label, prep = low[head], parse.labels[t], _marker(parse, low, t)
    if word in _FROM_VERBS:
        return prep == "from"
    if word in _OBJECT_VERBS:
        return (label == "obj" and prep == "") or (label in ("xcomp", "advcl") and parse.tags[t] == "VBG")
    if word in _PHRASAL:
        particle, preps = _PHRASAL[word]
        if prep not in preps or (prep == "" and not ((label == "obj" and (gerund or particle == "out"))
                                                     or parse.tags[t] == "VBG")):
            return False  # "held off the attack" was an attack repelled; "held off imposing sanctions" none
        return any(low[k] == particle for k in parse.children(head, "compound:prt", "advmod", "xcomp", "obl"))
    if word in _ABSENCE:  # "the lack of talks"; "the lack of progress in getting ...", hung on "lack" by the parse
        return (prep == "of" and label == "nmod") or (prep in ("in", "on", "toward", "towards") and any(
            low[k] in _PROGRESS and _marker(parse, low, k) == "of" for k in parse.children(head, "nmod")))
    if word in _PROGRESS:  # "the lack of progress in talks": progress is the absent thing's stand-in
        return (prep in ("in", "on", "toward", "towards", "of") and not parse.is_root(head)
                and low[parse.heads[head]] in _ABSENCE and _marker(parse, low, head) == "of")
    if word in ("has", "have", "had", "is", "are", "was", "were") and parse.tags[t] == "VB":
        # "has yet to condemn", "is yet to be held": not done so far
        return any(low[k] == "yet" and k < t for k in parse.children(head, "advmod"))
    return False


def abstained(parse: Parse, low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is one its doer abstained from or has not yet done: the noun, the gerund or the
    infinitive under a verb of abstaining, "ruled out", "has yet to", or a noun of absence, through acts
    coordinated with it; the parse's adjective on an act's noun ("imposing sanctions") is read with the noun."""
    if len(parse) != len(low):
        return False
    t = verb
    gerund = low[verb].endswith("ing")
    for _ in range(2):  # "stopped short of imposing sanctions": "imposing" on "sanctions"; "air strikes"
        if parse.is_root(t) or parse.heads[t] < t or not parse.tags[parse.heads[t]].startswith("NN") or not (
                parse.labels[t] == "compound" or (parse.labels[t] == "amod" and low[t].endswith("ing"))):
            break
        t = parse.heads[t]
    for _ in range(2):  # "refrained from missile launches or nuclear tests": the second as the first
        if parse.is_root(t) or parse.labels[t] != "conj" or parse.tags[parse.heads[t]][:2] != parse.tags[t][:2]:
            break
        t = parse.heads[t]
    for _ in range(_REACH):
        if parse.is_root(t) or parse.labels[t] not in _LINKS:
            return False
        head = parse.heads[t]
        if _abstaining(parse, low, head, t, gerund):
            # "did not rule out a military strike", "never avoided criticizing": the act is possible or done
            return not any(low[k] in NEGATORS for k in parse.children(head, "advmod", "neg", "det"))
        if parse.labels[t] not in ("xcomp", "acl", "nmod") or low[head] in _FROM_VERBS:
            return False  # only an infinitive or a phrase reaches further up ("getting North Korea to dismantle")
        t = head
    return False
