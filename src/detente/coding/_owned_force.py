"""An attack named by a noun right after its doer's possessive: "Russia's attack on Kharkiv killed ten people",
"Britain condemned Iran's attack on Israel", "Pakistan said India's airstrike on Balakot hit only trees".

The verb finder reads a noun after a possessive as nominal, and a sentence with a verb of its own keeps no nominal
act, so these attacks went uncoded (or their dead became an assault of their own), while "the Russian attack" and
"Russia's massive attack" (an adjective before the noun) were coded. A force noun (18x to 20x) owned by a state is
kept when it stands where an act is told, not where it is only the time or the topic of another: its owner opens
the clause ("Russia's attack ... killed", "said India's airstrike ... hit") or it is the object of a verb of judging
("condemned Iran's attack", "blamed Iran's drone strike"). After "since", "after", "during" or any other
preposition ("prices soared since Russia's invasion", "sent tanks to help repel Russia's attack") it stays
uncoded.

>>> owned_opening("britain condemned iran 's attack on israel".split(), 2)
True
>>> owned_opening("prices soared since russia 's invasion".split(), 3)
False
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.lexicon import inflections
from detente.coding.mentions import Mention
from detente.coding.roles import Candidate

__all__ = ["owned_force", "owned_opening"]

#: the roots of force
_FORCE = ("18", "19", "20")
#: words after which the owner opens a clause ("Pakistan said India's airstrike ...")
_OPENERS = frozenset(["", ",", ";", ":", "that", "said", "says", "and", "but", "while", "whereas", "--", '"', "``"])
#: verbs of judging or blaming whose object is an act told ("condemned Iran's attack", "blamed Iran's strike")
_JUDGING = frozenset(form for lemma in (
    "condemn", "denounce", "slam", "decry", "deplore", "protest", "criticize", "criticise", "castigate",
    "lambaste", "censure", "blame", "assail", "reject", "mourn", "regret", "lament", "welcome", "hail", "praise",
    "applaud", "support", "back", "justify", "defend",
) for form in inflections(lemma))


def owned_opening(low: Sequence[str], owner: int) -> bool:
    """Whether the possessive owner whose first word is at ``owner`` opens a clause or is judged: the word before it
    (an article aside) opens one or is a verb of judging."""
    q = owner - 1
    if q >= 0 and low[q] == "the":
        q -= 1
    before = low[q] if q >= 0 else ""
    return before in _OPENERS or before in _JUDGING


def owned_force(low: Sequence[str], cand: Candidate, mentions: Sequence[Mention]) -> bool:
    """Whether the nominal act ``cand`` is a force noun right after a state's possessive, told as an act (see the
    module)."""
    v = cand.verb
    if cand.code[:2] not in _FORCE or v < 2 or low[v - 1] != "'s":
        return False
    owner = next((m for m in mentions if m.end == v - 1 and m.has_country), None)
    return owner is not None and owned_opening(low, owner.start)
