"""An offensive that is no fighting: "a human rights offensive against the DPRK", "a diplomatic offensive",
"Russia's charm offensive toward Europe".

"offensive" alone is a use of force (190: "the Ethiopian offensive against Eritrea"). With a word before it that
names a field of words, persuasion or pressure other than arms, it is a campaign, no fighting: the coder had read
"U.S. Human Rights Offensive against DPRK Blasted" and "China launched a diplomatic offensive against Taiwan in
Africa" as attacks. As with a trade war or a war of words (the lexicon's null lines for "wage ... trade war"), the
word is then no act; the criticism a statement makes of such a campaign is coded from its own verb.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["figurative_offensive"]

#: the nouns of a campaign that is no fighting
_OFFENSIVES = frozenset(["offensive", "offensives"])
#: the fields named right before such a campaign
_FIELDS = frozenset(["diplomatic", "charm", "propaganda", "peace", "ideological", "political", "psychological",
                     "smear", "media", "publicity", "legal", "trade", "economic", "smile", "slander", "rights",
                     "relations", "information", "cultural", "spring", "summer", "autumn", "winter", "verbal"])


def figurative_offensive(low: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` is an offensive of words or pressure ("human rights offensive", "diplomatic
    offensive", "anti-DPRK offensive"), not of arms."""
    if low[i] not in _OFFENSIVES or i == 0:
        return False
    before = low[i - 1]
    return before in _FIELDS or (before.startswith("anti-") and before != "anti-") \
        or (before == "-" and i > 1 and low[i - 2].startswith("anti"))
