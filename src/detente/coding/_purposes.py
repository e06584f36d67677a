"""What an act is for shares the act's modality: an infinitive of purpose under an act to come is to come too.

"The two Koreas will meet on June 21 in Beijing to discuss family reunions": the words before "discuss" ("June 21
in Beijing to") hold no sign of the future, so ``_modality.modality_of`` reads the discussing as done; the parse
tells that "discuss" is the purpose (an ``advcl`` marked "to") of "meet", whose "will" makes both announced. The
same holds up a chain ("plan to hold talks next month to discuss the dispute") and for the unreal modals ("should
meet to discuss": neither act done). A purpose of an act done stays done ("met in Beijing to discuss ...").

The members of a list of infinitives share its "to" and so its modality: "agreed to continue the exchange of
delegations, soon sign a visa agreement and launch a joint committee" announces the signing too. The parser often
hangs the bare "sign" on "agreed" (a base form coordinated with a past verb and no subject of its own, which no
finite clause is): it is then read as a member of the infinitive "agreed" governs.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._hosted_ahead import hosted_ahead
from detente.coding._judged_talks import judged_talks
from detente.coding._modality import modality_of
from detente.coding.syntax import Parse

__all__ = ["purpose_modality"]

#: how many purposes up the chain the act whose modality counts may stand ("plan to hold talks to discuss")
_REACH = 3


def purpose_modality(parse: Parse, low: list[str], verb: int, tokens: list[str], *, code: str = "") -> str | None:
    """The modality of the act whose purpose the verb at ``verb`` tells, when that act is not told as done
    ("intended" or "hypothetical"; a purpose of an act refused or denied is nobody's act: "hypothetical"), or
    None: the verb tells no purpose, or the act it serves is done. With the act's ``code``, a meeting noun under a
    verb of hosting or attending still to come takes that verb's modality (``_hosted_ahead``), and one that is the
    subject of a judgment of a means or of what is to come is not held (``_judged_talks``)."""
    if len(parse) != len(low):
        return None
    if code and (ahead := hosted_ahead(parse, low, verb, code, tokens) or judged_talks(parse, low, verb, code)):
        return ahead
    t = verb
    for _ in range(_REACH):
        if _is_purpose(parse, low, t):
            head = parse.heads[t]
        elif (first := _listed_with(parse, low, t)) is not None:
            head = first
        else:
            return None
        found = modality_of(low, head, tokens)
        if found != "occurred":
            return "hypothetical" if found == "negated" else found
        t = head
    return None


def _listed_with(parse: Parse, low: Sequence[str], t: int) -> int | None:
    """The infinitive the bare verb at ``t`` is listed with when the parser hung it on the finite verb ("agreed to
    continue X, sign Y and launch Z": "sign" on "agreed", "launch" on "sign"), or None: ``t`` is no bare verb
    coordinated without a subject, auxiliary or "to" of its own, or no infinitive with "to" stands before it in
    its head's clause. A bare verb the parser hangs on the infinitive itself is read by the words before it."""
    if parse.is_root(t) or parse.labels[t] != "conj" or parse.tags[t] != "VB":
        return None
    if any(True for _ in parse.children(t, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark")):
        return None
    head = parse.heads[t]
    if parse.tags[head] == "VB":  # "... , sign Y and launch Z": "launch" hangs on "sign", listed in its turn
        return head if parse.labels[head] == "conj" else None
    if parse.tags[head] not in ("VBD", "VBZ", "VBP"):
        return None
    return next((k for k in reversed(list(parse.children(head, "xcomp", "advcl")))
                 if k < t and parse.tags[k] == "VB" and _marked_to(parse, low, k)), None)


def _marked_to(parse: Parse, low: Sequence[str], t: int) -> bool:
    return any(low[k] == "to" for k in parse.children(t, "mark"))


def _is_purpose(parse: Parse, low: Sequence[str], t: int) -> bool:
    """Whether the verb at ``t`` is an infinitive of purpose ("to discuss", "in order to discuss") of a verb."""
    if parse.is_root(t) or parse.labels[t] != "advcl" or parse.tags[t] != "VB":
        return False
    return _marked_to(parse, low, t) and parse.tags[parse.heads[t]].startswith("VB")
