"""An attack on what someone said, decided or did in words is criticism, not force: "Russia attacked the U.S. policy
on Syria", "the senator attacked the president's decision to withdraw", "NATO attacked Moscow's plan to suspend
the treaty", "a scathing attack on the government's budget".

The lexicon reads "attack" and "assail" as an assault (18, or 19 for a state). When the thing attacked is a policy,
a decision, remarks, a plan, a deal or another such product of words, the act is a verbal one: criticism (111).
The thing attacked is the noun phrase right after the verb (after "on" for the noun "attack"): its last word before
a preposition, a comma or a clause word is its head. A place, a force or a people ("attacked Ukrainian positions",
"attacked a convoy", "an attack on the embassy") stays an assault; so does a noun phrase that runs past a few words
before its head is found.

>>> verbal_attack("russia attacked the u.s. policy on syria .".split(), 1)
True
>>> verbal_attack("they launched a scathing attack on israel 's settlement policy".split(), 4)
True
>>> verbal_attack("russian jets attacked a ukrainian checkpoint on saturday".split(), 2)
False
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["SAID_THINGS", "verbal_attack"]

#: the verbs (and the noun "attack") whose object may be a product of words
_ATTACKING = frozenset(["attack", "attacks", "attacked", "attacking", "assail", "assails", "assailed",
                        "assailing"])
#: what is made of words or decisions, so that attacking it is criticising it ("position", "line" and "front" are
#: left out: a military position, a front line)
SAID_THINGS = frozenset([
    "policy", "policies", "decision", "decisions", "remarks", "remark", "comments", "comment", "statement",
    "statements", "speech", "speeches", "plan", "plans", "proposal", "proposals", "stance", "report", "reports",
    "claim", "claims", "record", "bill", "bills", "law", "laws", "budget", "rhetoric", "approach", "strategy",
    "handling", "deal", "agreement", "accord", "resolution", "sanctions", "ruling", "verdict", "veto", "vote",
    "reforms", "reform", "initiative", "idea", "ideas", "views", "doctrine", "legislation", "measures", "move",
    "moves", "stand", "argument", "arguments",
])
#: words that end the object's noun phrase: its head is the word before
_PHRASE_ENDS = frozenset([",", ".", ";", ":", "in", "on", "at", "with", "near", "from", "by", "for", "to", "of",
                          "over", "about", "against", "toward", "towards", "under", "into", "without", "and", "or",
                          "after", "before", "as", "that", "which", "who", "while", "when",
                          "since", "during", "because", "--", '"', "(", ")"])
#: the most words the noun phrase may run before its head
_LONGEST = 6


def verbal_attack(low: Sequence[str], verb: int) -> bool:
    """Whether the attack at ``verb`` (lower-cased tokens ``low``) is made on a product of words or decisions (see
    the module): the head of the noun phrase right after it (after "on", for the noun) is one of
    :data:`SAID_THINGS`."""
    if low[verb] not in _ATTACKING:
        return False
    start = verb + 1
    if low[start:start + 1] == ["on"]:
        start += 1  # "an attack on the policy"
    end = next((k for k in range(start, min(len(low), start + _LONGEST + 1)) if low[k] in _PHRASE_ENDS),
               len(low) if len(low) - start <= _LONGEST else None)
    if end is None or end <= start:
        return False
    return low[end - 1] in SAID_THINGS
