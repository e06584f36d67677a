"""Persons named as what a tribute is paid to: the object of mourning, memory, a birthday or an anniversary, a
statue or a portrait ("condolences over the demise of Kim Jong Il", "a wreath to the statue of President Kim Il
Sung", "paid silent tribute to him"). Such a person stands for his state as the target of the act, even after his
term, and is never its doer; mentions and coref read these tests.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["in_tribute", "tribute_pronoun"]

#: what is done to a person no longer in office, or dead, in their honour: "the demise of", "the statue of",
#: "the 100th birth anniversary of", "Kim Il Sung's birthday"
_TRIBUTE_OF = frozenset(["demise", "death", "passing", "birth", "birthday", "anniversary", "statue", "statues",
                         "bust", "busts", "portrait", "portraits", "mausoleum", "memory", "bier", "tomb", "funeral",
                         "mourning", "memorial", "condolence", "condolences"])
#: what is given or paid to such a person ("tribute to", "a floral basket to", "reverence for", "thanks to")
_TRIBUTE_TO = frozenset(["tribute", "homage", "respect", "respects", "wreath", "wreaths", "basket", "baskets",
                         "bouquet", "bouquets", "flowers", "reverence", "condolence", "condolences", "service",
                         "mourning", "memorial", "thanks", "gratitude", "appreciation", "admiration"])
#: words of a title or epithet before such a name ("the great leader Comrade", "smiling President")
_EPITHETS = frozenset(["the", "late", "great", "leader", "comrade", "president", "general", "secretary", "chairman",
                       "generalissimo", "eternal", "dear", "respected", "beloved", "supreme", "smiling", "father",
                       "founder", "marshal", "our", "his", "former"])


def in_tribute(low: Sequence[str], start: int, end: int) -> bool:
    """A person named as what a tribute is paid to: the object of mourning, memory, a birthday or anniversary, a
    statue or portrait ("condolences over the demise of Kim Jong Il", "a wreath to the statue of President Kim Il
    Sung", "Kim Il Sung's birthday", "paid tribute to ..."). Such a person stands for his state as the target of
    the act even after his term; he is never its doer."""
    k = start - 1
    while k >= 0 and start - k <= 6 and low[k] in _EPITHETS:
        k -= 1
    if k >= 1 and low[k] in ("of", "to", "for"):
        nouns = _TRIBUTE_OF if low[k] == "of" else _TRIBUTE_TO
        if any(w in nouns for w in low[max(0, k - 2):k]):
            return True
    if end < len(low) and low[end] == "'s":
        return any(w in _TRIBUTE_OF for w in low[end + 1:end + 4])
    return False


def tribute_pronoun(low: Sequence[str], q: int) -> bool:
    """The pronoun at ``q`` is what a tribute is paid to: "paid silent tribute to him", "before his portrait",
    "over his demise" (the late leader the tribute is for, not whoever pays it)."""
    return in_tribute(low, q, q + 1) or (low[q] in ("his", "her") and q + 1 < len(low) and low[q + 1] in _TRIBUTE_OF)
