"""What the texts of international bodies name (read by :class:`detente.coding.coref.Discourse`):

- **a numbered resolution** in a text that has named the United Nations ("Resolution 660 demanding Iraq's
  withdrawal", "resolution 1718 requires ...") speaks for the UN, as its Security Council or General Assembly
  adopted it; a legislature's ("House Resolution 12") is left alone;
- **"the parties"** a body calls on ("The Council called upon the parties to ensure the safety of civilians",
  "it is incumbent on the parties not to impede aid") are the two states the text has just presented as a pair:
  joined by "and" ("hostilities between Ethiopia and Eritrea", "Armenia and Azerbaijan agreed ...") or named
  together as "the two countries", "both sides", in the sentence before the words or the four sentences before.
  Nothing else makes them clear: "the parties" of a text that presented no pair, or whose subject is one of the
  pair ("Ethiopia urged the parties ..."), stays unresolved, and so do the political parties of a list or a
  phrase ("the parties, governments and peoples of the two countries", "the parties of Laos and the DPRK", "the
  parties concerned", "all the parties");
- **"both sides", "the two sides"** a body addresses after a sentence that named the pair only inside a phrase of
  a preposition ("The Council imposed an arms embargo on Chad and Sudan. ... demands that both sides withdraw",
  "met officials from Ecuador and Peru ... urged the two sides"): :meth:`detente.coding.coref.Discourse._sides`
  reads the states that acted or were named outside such phrases first, and when no two are found takes the pair
  a sentence of the last four presented (:func:`pair_presented`), unless one of them is the voice that speaks.

>>> from detente.coding.mentions import Mention
>>> low = "fighting between ruritania and freedonia resumed .".split()
>>> pair = presented_pair(low, [Mention(2, 3, "RUR"), Mention(4, 5, "FRE")])
>>> [m.code for m in pair]
['RUR', 'FRE']
>>> low = "the council called upon the parties to talk .".split()
>>> found = the_parties(low, [Mention(1, 2, "IGOUNO"), Mention(5, 6, "---GOV", None, False, role_only=True)], pair)
>>> [(m.code, [o.code for o in m.also]) for m in found]
[('IGOUNO', []), ('RUR', ['FRE'])]
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._coref_words import _LEGISLATIVE, _RESOLUTIONS, _UN
from detente.coding._mention_shapes import _copy, _subjects
from detente.coding.mentions import Mention

__all__ = ["pair_presented", "presented_pair", "resolutions", "the_parties"]

#: words after "the parties" that make them political parties, or more than two states: a list ("the parties,
#: governments and peoples"), an owner ("the parties of Laos and the DPRK"), a vaguer reach ("the parties
#: concerned", "the parties in the region")
_NOT_TWO = frozenset([",", "and", "or", "of", "concerned", "involved", "in", "aspiring", "&", "who", "which"])


def resolutions(low: Sequence[str], mentions: Sequence[Mention], un: bool) -> list[Mention]:
    """A numbered resolution as the United Nations, when the text has named it (``un``) or the sentence does."""
    if not (un or any(m.code.startswith(_UN) for m in mentions)):
        return list(mentions)
    taken = {q for m in mentions for q in range(m.start, m.end)}
    added = [Mention(q, q + 2, _UN, "United Nations", True) for q, w in enumerate(low[:-1])
             if w in _RESOLUTIONS and low[q + 1][:1].isdigit() and q not in taken and q + 1 not in taken
             and (q == 0 or low[q - 1] not in _LEGISLATIVE)]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else list(mentions)


def _state(m: Mention) -> bool:
    return m.has_country and m.code[:3] not in ("IGO", "NGO") and m.code[:3].isalpha()


def presented_pair(low: Sequence[str], mentions: Sequence[Mention]) -> tuple[Mention, Mention] | None:
    """The two states a sentence presents as a pair: "the two countries" read as two ("both sides"), or two
    states joined by "and" ("between Ethiopia and Eritrea", "the DPRK and the U.S.") that no list goes on
    before ("Japan, China and Russia"); the last such pair of the sentence."""
    found: tuple[Mention, Mention] | None = None
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        if len(m.also) == 1 and _state(m) and _state(m.also[0]) and m.code[:3] != m.also[0].code[:3]:
            found = (m, m.also[0])
            continue
        if k + 1 >= len(ordered) or m.also or not _state(m):
            continue
        other = ordered[k + 1]
        between = low[m.end:other.start]
        if between not in (["and"], ["and", "the"]) or other.also or not _state(other) \
                or other.code[:3] == m.code[:3]:
            continue
        if (m.start > 0 and low[m.start - 1] == ",") or (m.start > 1 and low[m.start - 1] == "the"
                                                        and low[m.start - 2] == ","):
            continue  # "Japan, China and Russia": a list
        found = (m, other)
    return found


def the_parties(low: Sequence[str], mentions: Sequence[Mention],
                pair: tuple[Mention, Mention] | None) -> list[Mention]:
    """The sentence's actors with "the parties" (an actor of no country) read as ``pair``, the two states the
    text presented last (see the module)."""
    out = list(mentions)
    for k, m in enumerate(out):
        if not m.role_only or m.has_country or m.end - m.start != 1 or low[m.start] != "parties" or m.start == 0 \
                or low[m.start - 1] != "the" or (m.start > 1 and low[m.start - 2] in ("all", "of")) \
                or (m.end < len(low) and low[m.end] in _NOT_TWO):
            continue
        # a pair named before the words in the sentence ("met Peru and Chile and urged the parties"), else the last
        two = presented_pair(low, [o for o in out if o.end <= m.start]) or pair
        if two is None:
            continue
        codes = {p.code[:3] for p in two}
        if any(s.code[:3] in codes for s in _subjects(low, [o for o in out if o.end <= m.start])):
            continue  # "Ethiopia urged the parties": one of them speaks
        if any(_state(o) and o.code[:3] not in codes for o in out if o is not m and o.start > m.start):
            continue  # "urged the parties to respect Sudan's border": a third state in play
        out[k] = _copy(two[0], m.start, m.end, [two[1]])
    return out


def pair_presented(pair: tuple[int, tuple[Mention, Mention] | None], count: int, reach: int,
                   skip: frozenset[str]) -> tuple[Mention, Mention] | None:
    """The pair of states the sentence ``pair[0]`` presented (:func:`presented_pair`), when it is at most ``reach``
    sentences before the sentence ``count`` and none of the two is in ``skip`` (the voice that speaks of them).

    >>> ru, fr = Mention(2, 3, "RUR"), Mention(4, 5, "FRE")
    >>> [m.code for m in pair_presented((3, (ru, fr)), 5, 4, frozenset()) or []]
    ['RUR', 'FRE']
    >>> pair_presented((3, (ru, fr)), 9, 4, frozenset()), pair_presented((3, (ru, fr)), 5, 4, frozenset(["FRE"]))
    (None, None)
    """
    seen, two = pair
    if two is None or count - seen > reach or not skip.isdisjoint(m.code[:3] for m in two):
        return None
    return two
