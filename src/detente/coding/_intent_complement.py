"""The act a threat or a vow names, misread by the parser as a clause of purpose.

"Kenya threatened to attack Somalia" is parsed with "attack" as the complement of "threatened" (``xcomp``), and the
coder reads the threat at Somalia (138). With a noun phrase as the subject ("Kenya's president threatened to attack
Somalia", "the Kenyan government threatened to impose sanctions on Somalia") the parser hangs the same infinitive
on the verb as an adverbial clause (``advcl``), a purpose, and the threat was coded with no target. The infinitive
right after a verb of threatening, vowing or promising (an adverb in "-ly" may stand between) is what the verb
names, never its purpose: :func:`intent_complement` labels it ``xcomp`` again, as
:meth:`detente.coding.syntax.SpacyParser.parse_many` reads every sentence. An infinitive of its own subject or
further on ("threatened Somalia, to show resolve") is left as parsed.

>>> words = ["Kenya", "'s", "president", "threatened", "to", "attack", "Somalia", "."]
>>> p = Parse((2, 0, 3, 3, 5, 3, 5, 3), ("nmod:poss", "case", "nsubj", "root", "mark", "advcl", "obj", "punct"),
...           ("NNP", "POS", "NN", "VBD", "TO", "VB", "NNP", "."))
>>> intent_complement(words, p).labels[5]
'xcomp'
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.syntax import Parse

__all__ = ["intent_complement"]

#: verbs whose "to" + infinitive is the act they threaten, vow or promise
_INTENT_VERBS = frozenset([
    "threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "vowing", "pledge", "pledges",
    "pledged", "pledging", "promise", "promises", "promised", "promising", "offer", "offers", "offered", "offering",
])
#: a day told between the verb and its infinitive ("offered on Thursday to help Nepal")
_DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


def intent_complement(words: Sequence[str], parse: Parse) -> Parse:
    """``parse`` with each infinitive read as a purpose right after a verb of threatening or vowing made its
    complement (see the module)."""
    fixed: list[str] | None = None
    for i, (head, label) in enumerate(zip(parse.heads, parse.labels, strict=True)):
        if label != "advcl" or parse.tags[i] != "VB" or head >= i or words[head].lower() not in _INTENT_VERBS:
            continue
        k = i - 1
        if k < 1 or words[k].lower() != "to" or parse.heads[k] != i:
            continue
        k -= 1
        if k > head and words[k].lower().endswith("ly") and len(words[k]) > 4:
            k -= 1  # "threatened to swiftly retaliate"
        if k > head + 1 and words[k].lower() in _DAYS and words[k - 1].lower() == "on":
            k -= 2  # "vowed on Monday to punish Peru"
        if k != head or parse.child(i, "nsubj") is not None:
            continue
        fixed = fixed or list(parse.labels)
        fixed[i] = "xcomp"
    return parse if fixed is None else Parse(parse.heads, tuple(fixed), parse.tags)
