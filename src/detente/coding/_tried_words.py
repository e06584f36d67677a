"""Words tried are words said: "The North Koreans attempted to blame the United States", "Moscow sought to shift
the blame onto Kyiv", "the US routinely tries to blame Russia".

An attempt at a deed is no deed ("tried to seize the island": :data:`detente.coding._words.FORECASTS`), and what
a state seeks is its intent. But blaming, accusing, branding or portraying is done by the words that attempt it:
whoever tried to blame another has blamed it, whether or not the blame stuck. So an act of speech whose verb
follows "tried to", "attempted to", "sought to" (or "an attempt to", "efforts to" in the noun) happened, unless a
word of the future or a negator stands before the attempt ("will try to blame", "did not try to accuse").
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import FUTURE, HYPOTHETICAL, NEGATORS

__all__ = ["tried_saying"]

#: the words of an attempt before "to"
_TRYING = frozenset(["try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "seek",
                     "seeks", "sought", "seeking", "bid", "effort", "efforts"])
#: the verbs whose act is done by saying it: blame and accusation, the names given to another's acts
_SAYING = frozenset(["blame", "accuse", "shift", "pin", "brand", "label", "describe", "portray", "depict", "paint",
                     "denounce", "condemn", "criticize", "criticise", "slander", "defame", "vilify", "malign",
                     "denigrate", "discredit", "smear", "demonize", "demonise"])
#: adverbs that may stand between the attempt and "to", or between "to" and the verb
_BETWEEN = frozenset(["again", "once", "also", "even", "repeatedly", "desperately", "falsely", "clumsily"])


def tried_saying(window: Sequence[str], verb: str) -> bool:
    """Whether the verb (lower-cased, at the end of its clause's ``window`` of words before it) is an act of
    speech attempted: "attempted to blame", "tried once again to accuse", with no word of the future, of doubt or
    a negator in the four words before the attempt."""
    if verb not in _SAYING:
        return False
    words = [w for w in window if w not in _BETWEEN and not (w.endswith("ly") and len(w) > 4)]
    if len(words) < 2 or words[-1] != "to" or words[-2] not in _TRYING:
        return False
    before = words[max(0, len(words) - 6):-2]
    return FUTURE.isdisjoint(before) and NEGATORS.isdisjoint(before) and HYPOTHETICAL.isdisjoint(before)
