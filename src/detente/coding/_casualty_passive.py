"""Casualties told as a state of those hit: "four Armenian soldiers were wounded" is a passive, the soldiers the
victims.

The parser often reads the participle of a casualty verb after "were" as an adjective with a copula ("soldiers"
its subject, "were" its ``cop``), not as a passive. In a main clause the word order still told the passive; inside
a reported clause ("The ministry said four Armenian soldiers were wounded", "It said that five Azerbaijani
servicemen were wounded") the parse's reading won, and the victims became the doers of the wounding (``ARM ->
AZE 180`` after the article gave it a target). A participle of killing, wounding or injuring that the parse gives
a copula is read as a passive: its subject undergoes it, and who did it is said only by an agent ("by Azerbaijani
fire") or not at all.

>>> from detente.coding.syntax import Parse
>>> low = "the ministry said four armenian soldiers were wounded .".split()
>>> p = Parse(heads=(1, 2, 2, 5, 5, 7, 7, 2, 2), labels=("det", "nsubj", "root", "nummod", "compound", "nsubj",
...           "cop", "ccomp", "punct"), tags=("DT", "NN", "VBD", "CD", "NNP", "NNS", "VBD", "JJ", "."))
>>> copular_casualty(p, low, 7), copular_casualty(p, low, 2)
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.syntax import Parse

__all__ = ["copular_casualty"]

#: participles of the verbs that count the dead and wounded
_CASUALTIES = frozenset(["killed", "wounded", "injured", "hurt", "maimed"])


def copular_casualty(parse: Parse, low: Sequence[str], verb: int) -> bool:
    """Whether the casualty participle at ``verb`` is parsed as an adjective after a copula ("were wounded")."""
    return low[verb] in _CASUALTIES and parse.child(verb, "cop") is not None
