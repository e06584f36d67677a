"""An act named as what a threat or a warning threatens has not happened.

"China has renewed its longstanding threat to attack Taiwan" (news, 2023) was read as China's attack on Taiwan
(190): the infinitive after the noun "threat" is what is threatened, not an act done. The same holds after a
warning named by a noun ("Trump's repeated warnings of a military attack on Iran"). The act is hypothetical, so a
hostile one is read as the threat it is (13, at the party the act would strike) and a cooperative one as no act.

The rule: the act's verb right after "threat(s) to" (an adverb in "-ly" may stand between), or its noun after
"warning(s) of" (an article and one modifier aside). "The threat of a missile attack" is read the same way
elsewhere (``_modality``, its words of fear). A threat carried out ("carried out its threat to cut supplies", "made
good on its threat") is an act done, and stays. A verb "threatened to attack" and "a threat to peace" (no act after
"to") are not read here.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._modality import headed

__all__ = ["threatened"]

#: nouns of a threat, whose "to" + verb names the act threatened
_THREAT_WORDS = frozenset(["threat", "threats"])
#: nouns of a warning, whose "of" + event noun names the act warned of
_WARNING_WORDS = frozenset(["warning", "warnings"])
#: verbs of a threat carried out, a few words before its noun ("carried out its threat to cut supplies"): done
_CARRIED = frozenset(["out", "good", "through", "fulfilled", "fulfils", "fulfills", "executed", "implemented"])


def threatened(low: Sequence[str], verb: int) -> bool:
    """Whether the act at ``verb`` is what a threat or a warning named by a noun threatens (module docstring)."""
    q = verb - 1
    if q >= 0 and low[q].endswith("ly") and len(low[q]) > 4:
        q -= 1  # "its threat to militarily attack"
    if q >= 1 and low[q] == "to" and low[q - 1] in _THREAT_WORDS:
        return _CARRIED.isdisjoint(low[max(0, q - 5):q - 1])
    return headed(low[max(0, verb - 5):verb], _WARNING_WORDS, ("of",))
