"""What a threat's means are to do is threatened too: "threatened to use nuclear weapons to sink Japan".

"A North Korean agency threatened to use nuclear weapons to sink Japan and reduce the United States to ashes"
(Reuters, September 2017) coded the agency's threat to use nuclear weapons with no target, and nothing at Japan or
the United States: the parties are named in the purpose of the means ("to sink Japan"), and the sinking, read as a
verb of its own, was taken as done (171) or not coded. The same in "threatened to fire rockets to destroy the
Israeli port", "has threatened to mobilize its army to punish Georgia", "threatened to launch missiles to strike
the base and wipe out the garrison".

The rule: an act of force (CAMEO roots 17 to 20) whose verb is the infinitive of purpose of what a verb of threat
governs ("threatened to VERB ... to ACT", within twelve words, no clause boundary between) or a verb joined to
that infinitive by "and" ("... to sink Japan and reduce the United States ..."), is threatened, not done: it is
read as hypothetical, so that the coder codes it as the threat it is (138 or 130, at the party it would strike);
and the threat itself, with no target of its own, is aimed at the states the purpose names after its "to" (up to
the end of the clause or a "for" of its reason: "... to sink Japan for supporting a resolution").
A purpose of a threat carried out ("carried out its threat to ...") is not read here (the verb of threat comes
before "to"; a noun of threat is ``_threatened``'s).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["threat_purpose", "threat_purpose_targets"]

#: verbs of threat whose "to" governs the means threatened
_THREATENS = frozenset(["threatened", "threatens", "threaten", "threatening"])
#: roots of acts of force
_FORCE = frozenset({"17", "18", "19", "20"})
#: how far back the verb of threat may stand from the act
_REACH = 12
#: words that end the clause of the threat
_BOUNDARIES = frozenset([".", ";", ":", "but", "while", "whereas", "although", "after", "before", "if", "unless",
                         "when", "said", "says", "saying"])


def threat_purpose(low: Sequence[str], verb: int, code: str) -> bool:
    """Whether the act of ``code`` at ``verb`` is what the means of a threat are to do (module docstring)."""
    if code[:2] not in _FORCE or verb < 4:
        return False
    q = verb - 1
    if low[q] != "to":
        # "to sink Japan and reduce the United States": the second member of the purpose
        joint = verb - 1 if low[verb - 1] == "and" else verb - 2 if low[verb - 1].endswith("ly") else -1
        if joint < 1 or low[joint] != "and":
            return False
        q = next((k for k in range(joint - 1, max(0, joint - 8), -1) if low[k] == "to"), -1)
        if q < 0:
            return False
    # the purpose's "to" (q) follows the means, which follow "threatened to"
    for k in range(q - 2, max(-1, q - _REACH), -1):
        if low[k] in _BOUNDARIES:
            return False
        if low[k] == "to" and k > 0 and low[k - 1] in _THREATENS:
            return True
    return False


def threat_purpose_targets(low: Sequence[str], verb: int, mentions: Sequence[Mention],
                           sources: Sequence[Mention]) -> list[Mention]:
    """The parties a threat with no target names in the purpose of its means: in "threatened to use nuclear
    weapons to sink Japan and reduce the United States to ashes", Japan and the United States. The threat's verb
    (or the means' verb, "use", right after "threatened to") is at ``verb``; the purpose's "to" comes within
    eight words after the means' verb, and the parties are the states (not the threatener's own) named after it
    up to the end of the clause."""
    at = next((k for k in range(verb, max(-1, verb - 3), -1) if low[k] in _THREATENS), None)
    if at is None or at + 2 >= len(low) or low[at + 1] != "to":
        return []
    purpose = next((k for k in range(at + 3, min(len(low), at + 11)) if low[k] == "to"), None)
    own = {m.code[:3] for m in sources}
    if purpose is None or any(w in _BOUNDARIES or w == "," for w in low[at + 2:purpose]) \
            or any(m.has_country and m.code[:3] not in own and at + 2 <= m.start < purpose for m in mentions):
        return []  # "threatened to cut aid to Peru": a party of the means, read as before ("its army" is none)
    stop = next((k for k in range(purpose + 1, len(low)) if low[k] in _BOUNDARIES or low[k] == "for"), len(low))
    found: list[Mention] = []
    for m in mentions:
        if purpose < m.start < stop and m.has_country and m.code[:3] not in own \
                and m.code[:3] not in {f.code[:3] for f in found}:
            found.append(m)
    return found
