"""The body whose rules are carried out is no party: "strengthen cooperation towards the full implementation of
relevant UN Security Council resolutions", "called for the implementation of Security Council resolutions",
"pledged support for the implementation of UN resolution 1701".

Statements on North Korea, Iran or Lebanon name the UN (its Security Council, the IAEA) as the maker of the
resolutions or sanctions whose implementation they urge, promise or cooperate on; the coder read the body as the
one appealed to, promised or cooperated with (USA -> IGOUNO 030, CHN -> IGOUNO 027). As with the body whose rules
are breached (:func:`~detente.coding.answers.breached_rules`), the owner of rules named after a word of carrying them
out ("implementation of", "implement", "comply with", "abide by", "adhere to", "enforcement of", "observance of",
"obligations under"; within eight words before it) is no target. "Welcomed the adoption of resolution 2397" and
"vetoed the Security Council resolution" keep the Council: adopting and vetoing are acts in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding._acts import rule_owner

if TYPE_CHECKING:
    from detente.coding.mentions import Mention

__all__ = ["carried_rules"]

#: the starts of words of carrying rules out ("implementation", "implementing", "compliance", "complying",
#: "abide", "adherence", "enforcing", "observance", "fulfilment", "obligations under")
_CARRYING = ("implement", "complian", "comply", "complie", "abid", "adher", "enforc", "observ", "fulfil",
             "execution", "execute", "obligation")

#: a resolution named by its number, which the actor dictionary reads as its body ("Resolution 2270": IGOUNO)
_RESOLUTIONS = frozenset(["resolution", "resolutions"])


def _owner(low: Sequence[str], mention: Mention) -> bool:
    """:func:`rule_owner`, with a short name in brackets after the body, or the bracket closing the short name
    itself, skipped ("the United Nations Security Council (UNSC) resolutions"); a resolution read as its body
    ("Resolution 2270": IGOUNO) is one too."""
    if rule_owner(low, mention) or not _RESOLUTIONS.isdisjoint(low[mention.start:mention.end]):
        return True
    k = mention.end + 2 if low[mention.end:mention.end + 2] == ["security", "council"] else mention.end
    if k + 3 < len(low) and low[k] == "(" and low[k + 2] == ")":
        k += 3
    elif k < len(low) and low[k] == ")":
        k += 1
    return k != mention.end and rule_owner(low, type(mention)(mention.start, k, mention.code))


def carried_rules(low: Sequence[str], mention: Mention) -> bool:
    """Whether ``mention`` names the body whose rules a word shortly before it says are carried out ("full
    implementation of relevant UN Security Council resolutions", "comply with IAEA rules"; a short name in
    brackets is read with the name before it)."""
    reach = 10 if mention.start > 0 and low[mention.start - 1] == "(" else 8
    before = low[max(0, mention.start - reach):mention.start]
    return any(w.startswith(_CARRYING) for w in before) and _owner(low, mention)
