""""The two presidents", "the two leaders" when no two leaders were named before: the heads of the last two states
told, when the sentence names one of them before the words ("Russia shelled Kharkiv. Ukraine proposed direct talks
between the two presidents": Russia's government and Ukraine's), as :meth:`detente.coding.coref` reads "the two
sides"."""

from __future__ import annotations

from collections.abc import Set

from detente.coding.mentions import Mention

__all__ = ["heads_of"]


def heads_of(two: Mention | None, named: Set[str]) -> Mention | None:
    """``two`` (the last two states told, one mention and its ``also``) as their governments, when a state of the
    pair is among ``named`` (the states the sentence names before the words); else None.

    >>> pair = Mention(5, 6, "RUS", also=[Mention(5, 6, "UKR")])
    >>> found = heads_of(pair, {"UKR"})
    >>> found is not None and (found.code, [m.code for m in found.also])
    ('RUSGOV', ['UKRGOV'])
    >>> heads_of(Mention(5, 6, "RUS", also=[Mention(5, 6, "UKR")]), {"CHN"}) is None
    True
    """
    if two is None or not named & {m.code[:3] for m in (two, *two.also)}:
        return None
    for m in (two, *two.also):
        m.code = m.code[:3] + "GOV"
    return two
