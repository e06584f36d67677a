"""A welcome of a person is hosting a visit: "Xi welcomed Russian President Vladimir Putin to Beijing", "Kim
welcomed President Moon at the airport" (043, host a visit), where a welcome of an act or a text is approval
("welcomed the decision", "welcomed President Moon's proposal", 051).

The lexicon reads "welcome ... visit|visitor|delegation|counterpart|guest" as hosting and a bare "welcome" as
approval (051); :func:`hosted` reads the bare verb with a person as its object, right after it (a title, a name,
an office: "the president"), as hosting, unless the person is the owner of what is welcomed ("President Moon's
proposal") or is welcomed for something ("welcomed Trump for his efforts", "welcomed the envoy's
remarks"): praise of the person.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["hosted"]

_WELCOME = frozenset(["welcome", "welcomes", "welcomed", "welcoming"])
#: words that may stand between the verb and the person ("welcomed the visiting president", "warmly welcomed")
_BEFORE_PERSON = frozenset(["the", "a", "visiting", "his", "her", "their", "its", "our"])
#: words after the person that make the welcome approval or praise ("'s proposal", "for his efforts", "as a
#: partner", "'s decision", "'s remarks that ...")
_NOT_HOSTING = frozenset(["'s", "for", "as", "'", "back"])


def hosted(tokens: Sequence[str], low: Sequence[str], verb: int, target: Mention | None) -> bool:
    """Whether the welcome at ``verb`` (approval, 051) is hosting its object ``target``, a person (043);
    ``tokens`` the sentence's words as written, ``low`` in lower case."""
    if low[verb] not in _WELCOME or target is None or not target.person or target.start <= verb:
        return False
    if any(w not in _BEFORE_PERSON for w in low[verb + 1:target.start]):
        return False  # "welcomed the decision of President Moon": the person is not the object
    after = target.end
    while after < len(tokens) and tokens[after][:1].isupper():
        after += 1  # the rest of a name the mention did not take ("President Park Geun-hye's")
    return after >= len(low) or low[after] not in _NOT_HOSTING
