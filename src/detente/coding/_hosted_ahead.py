"""Talks named in the object of an act still to come are still to come: "Norway will host a new round of the
Colombia-Venezuela dialogue in Oslo", "the EU will host a high-level meeting of the Belgrade-Pristina dialogue on
June 26", "the United States will be sending a representative to the cease-fire talks in Astana".

The hyphenated pair or the "between" phrase makes the noun ("dialogue", "talks") an event of its own parties; the
words right before it ("of the Colombia-Venezuela") hold no sign of the future, so ``_modality.modality_of`` reads
the talks as held. The parse tells that the noun hangs, through nouns only ("a new round of", "a representative
to"), on a verb of hosting, attending or sending; when that verb's act is not told as done (a "will", "is going
to", "plans to"), the talks are not either: they take its modality.

Left alone: talks under a verb of speech or judgment ("will discuss the talks held last week", "will welcome the
talks": the talks may well be past), and any act but a meeting (a meeting noun's root is 04).
"""

from __future__ import annotations

from detente.coding._modality import modality_of
from detente.coding.syntax import Parse

__all__ = ["hosted_ahead"]

#: verbs whose object or goal is a meeting one holds, joins or sends to ("host", "attend", "send ... to")
_HOLDING_VERBS = frozenset(["host", "hosts", "hosting", "hold", "holds", "holding", "attend", "attends",
                            "attending", "join", "joins", "joining", "send", "sends", "sending", "chair", "chairs",
                            "chairing", "convene", "convenes", "convening", "organize", "organizes", "organizing",
                            "organise", "organises", "organising", "open", "opens", "opening"])
#: relations by which a noun hangs on the noun or verb above it inside one phrase; "parataxis" and "dep" where
#: the parse loses the phrase at a hyphenated pair ("a new round of the Colombia - Venezuela dialogue")
_NOUN_LINKS = frozenset(["nmod", "obj", "obl", "compound", "pobj", "dobj", "conj", "appos", "parataxis", "dep"])
#: how many nouns may stand between the meeting noun and the verb ("a representative to the talks")
_REACH = 3


def hosted_ahead(parse: Parse, low: list[str], noun: int, code: str, tokens: list[str]) -> str | None:
    """The modality ("intended" or "hypothetical") of the meeting noun at ``noun`` (coded ``code``) that hangs,
    through nouns only, on a verb of hosting, attending or sending whose act is not told as done; None when it
    hangs on none, or that act is done."""
    if code[:2] != "04" or len(parse) != len(low) or not parse.tags[noun].startswith("NN"):
        return None
    t = noun
    for _ in range(_REACH + 1):
        if parse.is_root(t) or parse.labels[t] not in _NOUN_LINKS:
            return None
        t = parse.heads[t]
        if parse.tags[t].startswith("VB"):
            if low[t] not in _HOLDING_VERBS:
                return None
            found = modality_of(low, t, tokens)
            if found in ("intended", "hypothetical"):
                return found
            return None
        if not parse.tags[t].startswith("NN"):
            return None
    return None
