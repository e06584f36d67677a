"""The portfolio of a ministry or a minister named after a state's possessive, when its word is also a verb.

"Japan's trade ministry accused South Korea", "China's finance ministry said", "Australia's trade minister met his
Chinese counterpart": a role after a possessive ("Iran's supreme leader", "China's foreign ministry") is the state's
official when the words between describe it, and a word the lexicon also reads as a verb ("trade", "finance",
"planning") had ended the phrase there, leaving the ministry with no country (``---GOV``). The words that name a
portfolio describe the office even when they are verbs (:func:`describes_role`).
"""

from __future__ import annotations

from detente.coding._words import MODIFIERS

__all__ = ["PORTFOLIO_WORDS", "describes_role"]

#: words naming a ministry's or a minister's portfolio that are also verbs or function words of the lexicon
PORTFOLIO_WORDS = frozenset(["trade", "finance", "planning", "intelligence", "commerce", "transport", "supply",
                             "labour", "labor", "information", "communications", "mines", "power", "water"])


def describes_role(word: str, function: frozenset[str]) -> bool:
    """Whether ``word``, between a possessive and a role ("China's [finance] ministry"), describes the role: a
    modifier ("top", "new"), a word of letters that is no verb or function word (``function``), or a portfolio.

    >>> describes_role("trade", frozenset(["trade", "said"]))
    True
    >>> describes_role("said", frozenset(["trade", "said"]))
    False
    """
    return word in MODIFIERS or (word.isalpha() and (word not in function or word in PORTFOLIO_WORDS))
