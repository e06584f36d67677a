""""X was behind the attack": a charge laid on X (CAMEO 11), not X's attack told as fact.

"Ukraine said Russia was behind the missile strike on the port", "U.S. officials believe Iran is behind the
cyberattacks on American banks", '"Tehran was behind the attack," the prime minister said': the teller lays an act
at another's door as "responsible for the attack" does. Read alone, the act after "behind" was coded as the named
state's own attack (Russia's strike, 19) with no target, and the report stayed a bare statement (010).

:func:`behind_charge` reads the charge where a report's judgement is read (:func:`detente.coding._acts.judges`):
a form of "be" (an adverb or two may follow it: "was also behind", "is probably behind"), then "behind" and,
within four words, a hostile act or incident (:data:`_CHARGED_ACTS`). Not a question or an open case ("who was
behind the attack", "it is unclear who is behind it"), not a negation ("was not behind"), not the teller's own
claim ("said it was behind the attack", "we were behind"), and not support ("is firmly behind Ukraine", "behind
the talks"): no act of harm follows.

:func:`charged_act` drops the act so charged from the events of a sentence that reports it (a verb of saying before
it, or a quotation before its teller): the charge is the event; who did the act is what the teller claims.

>>> behind_charge(["said", "russia", "was", "behind", "the", "missile", "strike"], 2)
True
>>> behind_charge(["unclear", "who", "was", "behind", "the", "attack"], 2)
False
>>> behind_charge(["the", "u.s.", "is", "firmly", "behind", "ukraine"], 2)
False
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import BE, BOUNDARIES, CLAUSE_WORDS, NEGATORS, QUOTE_MARKS

__all__ = ["behind_charge", "charged_act"]

#: acts and incidents of harm one may be said to be behind
_CHARGED_ACTS = frozenset([
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "cyberattack",
    "cyberattacks", "cyber-attack", "cyber-attacks", "hack", "hacks", "hacking", "assassination", "assassinations",
    "killing", "killings", "murder", "murders", "shelling", "explosion", "explosions", "blast", "blasts", "sabotage",
    "coup", "plot", "plots", "abduction", "abductions", "kidnapping", "kidnappings", "sinking", "downing",
    "shooting", "shootings", "raid", "raids", "massacre", "violence", "provocation", "provocations", "poisoning",
    "hijacking", "incursion", "incursions", "infiltration", "riots", "unrest", "uprising", "insurgency",
    "incident", "incidents", "shootdown", "ambush", "invasion",
])
#: adverbs between the verb "be" and "behind" ("was also behind", "is most likely behind")
_DEGREES = frozenset(["also", "likely", "probably", "most", "directly", "indeed", "clearly", "really", "ultimately",
                      "possibly", "allegedly", "reportedly", "apparently", "actually", "in", "fact", "all",
                      "squarely"])
#: words before the verb "be" that leave the doer open or make the act the teller's own
_OPEN = frozenset(["who", "whoever", "what", "whether", "it", "we", "i", "they"])
#: how far after "behind" the act may stand ("behind the deadly drone attack")
_ACT_REACH = 4


def behind_charge(low: Sequence[str], k: int) -> bool:
    """Whether the form of "be" at ``k`` lays an act of harm on its subject: "(was) behind the missile strike"."""
    if low[k] not in BE or (k > 0 and low[k - 1] in _OPEN) or "?" in low[k:]:
        return False
    q = k + 1
    while q < len(low) and low[q] in _DEGREES:
        q += 1
    if q >= len(low) or low[q] != "behind" or any(w in NEGATORS for w in low[k + 1:q]):
        return False
    for w in low[q + 1:q + 1 + _ACT_REACH]:
        if w in BOUNDARIES or w in CLAUSE_WORDS or w in (",", "."):
            return False
        if w in _CHARGED_ACTS:
            return True
    return False


def _charge_before(low: Sequence[str], verb: int) -> bool:
    """Whether the word at ``verb`` is the act of a charge "be ... behind (the ...)" right before it."""
    behind = next((q for q in range(verb - 1, max(-1, verb - 1 - _ACT_REACH), -1) if low[q] == "behind"), None)
    if behind is None:
        return False
    k = behind - 1
    while k >= 0 and low[k] in _DEGREES:
        k -= 1
    return k >= 0 and behind_charge(low, k)


def charged_act(low: Sequence[str], verb: int, reported: bool) -> bool:
    """Whether the act at ``verb`` is what a report lays at someone's door ("said Russia was behind the strike"):
    ``reported`` when the sentence has a verb of saying before the act or is a quotation with its teller."""
    return (reported or (bool(low) and low[0] in QUOTE_MARKS)) and _charge_before(low, verb)
