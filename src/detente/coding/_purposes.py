"""What an act is for shares the act's modality: an infinitive of purpose under an act to come is to come too.

"The two Koreas will meet on June 21 in Beijing to discuss family reunions": the words before "discuss" ("June 21
in Beijing to") hold no sign of the future, so ``_modality.modality_of`` reads the discussing as done; the parse
tells that "discuss" is the purpose (an ``advcl`` marked "to") of "meet", whose "will" makes both announced. The
same holds up a chain ("plan to hold talks next month to discuss the dispute") and for the unreal modals ("should
meet to discuss": neither act done). A purpose of an act done stays done ("met in Beijing to discuss ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._modality import modality_of
from detente.coding.syntax import Parse

__all__ = ["purpose_modality"]

#: how many purposes up the chain the act whose modality counts may stand ("plan to hold talks to discuss")
_REACH = 3


def purpose_modality(parse: Parse, low: list[str], verb: int, tokens: list[str]) -> str | None:
    """The modality of the act whose purpose the verb at ``verb`` tells, when that act is not told as done
    ("intended" or "hypothetical"; a purpose of an act refused or denied is nobody's act: "hypothetical"), or
    None: the verb tells no purpose, or the act it serves is done."""
    if len(parse) != len(low):
        return None
    t = verb
    for _ in range(_REACH):
        if not _is_purpose(parse, low, t):
            return None
        head = parse.heads[t]
        found = modality_of(low, head, tokens)
        if found != "occurred":
            return "hypothetical" if found == "negated" else found
        t = head
    return None


def _is_purpose(parse: Parse, low: Sequence[str], t: int) -> bool:
    """Whether the verb at ``t`` is an infinitive of purpose ("to discuss", "in order to discuss") of a verb."""
    if parse.is_root(t) or parse.labels[t] != "advcl" or parse.tags[t] != "VB":
        return False
    if not any(low[k] == "to" for k in parse.children(t, "mark")):
        return False
    return parse.tags[parse.heads[t]].startswith("VB")
