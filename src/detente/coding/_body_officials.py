"""An organisation's official the text introduces by the body's role and a name, named again by surname: "The EU envoy,
Miroslav Lajcak, met ... Lajcak urged both sides", "U.N. envoy Jane Doe arrived ... Doe said", "The African Union's
envoy, John Roe, ... Roe told reporters".

The lexicon reads a role of an international organisation ("EU envoy", "the U.N. special envoy for the region") as
the body's official and gives the mention the body's own name ("European Union"), where a state's role ("the Turkish
envoy") has none. :meth:`detente.coding._introductions.Introductions._introduce` remembered the names after or
before a role of no name only, so the person named by surname later was no one ("--- -> SRB 026"). :func:`body_role`
tells such a role, so the name beside it is remembered as the body's official, like a state's. A body's post often
has a remit of common nouns before the name in apposition ("The U.N. special envoy for the Great Lakes region, Mary
Robinson,", "The EU's envoy for the Belgrade-Pristina dialogue, X Y,"), which the reading of a state's post (a remit
of capitalised words, "Peru's ambassador to the OAS, X Y,") does not pass: :func:`remit_name` finds the name after
it. A person the lexicon itself knows ("Rafael Grossi") keeps the lexicon's reading, and a body's name alone ("the
European Union", no person) introduces nobody.

>>> from detente.coding.mentions import Mention
>>> body_role(Mention(1, 3, "IGOEUREECGOV", "European Union", True, person=True))
True
>>> body_role(Mention(0, 2, "IGOUNOIAE", "Rafael Grossi", True, person=True))
False
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from detente.actors import organisations
from detente.coding._names import _CLOSING, name_at
from detente.coding.mentions import Mention

__all__ = ["body_role", "remit_name"]

#: words that open a post's remit ("envoy for the region", "representative to the talks", "mediator on Cyprus")
_REMIT_OPENERS = frozenset(["for", "to", "on", "in"])
#: the most words a remit has before the comma of the apposition
_REMIT_WORDS = 8
#: tokens no remit holds: the apposition or the sentence ends there, or a quotation or a bracket begins
_NO_REMIT = frozenset([",", ".", ";", ":", '"', "(", ")", "and", "said", "says"])


@lru_cache(maxsize=1)
def _body_names() -> frozenset[str]:
    """The names the organisations' table gives its bodies ("United Nations", "European Union")."""
    return frozenset(o.name for o in organisations())


def body_role(m: Mention) -> bool:
    """Whether ``m`` is a person's role of an international body, named by the body's own name (see the module)."""
    return m.person and m.code[:3] in ("IGO", "NGO") and m.name is not None and m.name in _body_names()


def remit_name(tokens: Sequence[str], low: Sequence[str], end: int, taken: set[int]) -> int:
    """Where the name in apposition begins after a body's post with a remit ("envoy for the Great Lakes region,
    Mary Robinson,": the word after the comma), the post ending at ``end``; ``end`` when there is no such name.

    >>> words = "The UN envoy for the Great Lakes region , Mary Robinson , arrived .".split()
    >>> remit_name(words, [w.lower() for w in words], 3, {1, 2})
    9
    """
    if end >= len(low) or low[end] not in _REMIT_OPENERS:
        return end
    k = end + 1
    while k < len(low) and k - end <= _REMIT_WORDS and low[k] not in _NO_REMIT:
        k += 1
    if k >= len(low) or low[k] != "," or k == end + 1:
        return end
    name = name_at(tokens, low, k + 1, taken)
    if not name or (name[-1] + 1 < len(low) and low[name[-1] + 1] not in _CLOSING):
        return end
    return k + 1
