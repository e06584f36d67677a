"""Whom a denial is about when it names no accuser: the other state the denied words name. "Pakistan denied that its
troops had crossed into India", "Serbia denied that it was massing troops on the border with Kosovo", "the Kremlin
denied any involvement in the attack on Ukraine's power grid": the denial (016) had no target, though the real-prose
guide codes a denial toward the other state it concerns (section 4: "acknowledgement or denial of responsibility or
of a claim"; "Putin denied Russian troops had been sent into Crimea" is RUS -> UKR 01).

:func:`denied_party` reads the words after the verb of denial up to the end of what is denied (a comma, a semicolon,
a word of saying, "but", "after", "as", "while", a relative pronoun) and gives the first state they name that is not
the denier's own country and no non-state actor of one (its nationals, rebels, media: "the gunmen who held two Cuban
doctors" names no state, nor does a relative clause: "the gunmen who kidnapped two Italians"). A denial whose words
name no other state keeps no target; one whose accuser a sentence before names is read by
:func:`detente.coding.answers.answered`.

>>> from detente.coding.mentions import Mention
>>> low = ["pakistan", "denied", "that", "its", "troops", "had", "crossed", "into", "india", "."]
>>> [m.code for m in denied_party(low, 2, [Mention(0, 1, "PAK"), Mention(8, 9, "IND")], [Mention(0, 1, "PAK")])]
['IND']
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._words import SAY
from detente.coding.mentions import Mention

__all__ = ["DENIAL", "denied_party"]

#: the CAMEO code of a denial of responsibility
DENIAL = "016"
#: words that end what a denial denies ("..., after Washington voiced concern", "and said Kinshasa was ...")
_ENDS = frozenset([",", ";", ":", ".", "but", "after", "as", "while", "when", "because", "although", "though",
                   "who", "whom", "whose", "which"])
#: actor types of a country that are no voice or force of its state: nationals, rebels, media, parties
_NOT_STATE = frozenset(["CVL", "REB", "INS", "OPP", "MED", "EDU", "BUS", "NGO", "CRM", "REF", "LAB", "RAD", "UAF",
                        "HLH"])


def denied_party(low: Sequence[str], end: int, mentions: Sequence[Mention],
                 sources: Sequence[Mention]) -> list[Mention]:
    """The other state named in what the denial whose words end at ``end`` denies, as a one-item list, or []."""
    own = {m.code[:3] for m in sources}
    stop = next((k for k in range(end, len(low)) if low[k] in _ENDS or low[k] in SAY), len(low))
    private = {m.start for m in mentions if m.code[3:6] in _NOT_STATE}  # "Italian aid workers": ITA and ITACVL
    for m in mentions:
        if end <= m.start < stop and m.has_country and m.code[:3] not in own and m.code[:3] != "---" \
                and m.start not in private:
            return [m]
    return []
