"""A family name alone that the lexicon reads as its famous bearer, in an article that writes someone else's whole
name with it.

The lexicon reads a family name written first as the person it is best known by: "Kim" is Kim Jong Un (Kim Jong
Il before 2012), "Moon" is Moon Jae-in, "Xi" is Xi Jinping. An article that writes another whole name with that
family name and never the famous bearer's means its own person by the name alone: "Vice Minister Kim Hyung-suk held
the meeting ... Kim's meeting followed ..." (a South Korean report of 2017), "South Korea's nuclear envoy, Kim
Gunn, met ... Kim urged ...". Over an article's sentences, before they are read one by one:

- the bearer is **introduced** when a mention names them with more than the family name ("Kim Jong Un",
  "Chairman Kim", "leader Kim"): the lexicon's reading stays;
- else, when the article writes **one** other whole name with that family name first (two to four capitalised
  words: "Kim Gunn", "Kim Hyung-suk"), the name alone is that person, with the country the article gives them
  (after a country's office, "South Korean envoy Kim Gunn"; in apposition, "South Korea's envoy, Kim Gunn,"), or,
  with none, no actor;
- with **two** other such names ("Kim Gunn" and "Kim Hong-kyun"), the name alone is no actor: either may be meant.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._names import apposed_name, name_word
from detente.coding._words import OFFICE_NOUNS
from detente.coding.mentions import Mention

__all__ = ["family_bearers"]

Scan = tuple[list[str], list[str], list[Mention], set[int]]
#: a whole name as the article writes it, and the country it gives its bearer (None: none)
_Named = tuple[str, str | None]


def _words(name: str) -> tuple[str, ...]:
    return tuple(name.lower().replace("-", " ").split())


def _lone(tokens: Sequence[str], low: Sequence[str], m: Mention) -> bool:
    """The mention is the lexicon's person read from the family name alone ("Kim" for Kim Jong Un)."""
    if m.end - m.start != 1 or not m.person or m.name is None or " " not in m.name:
        return False
    after = m.end < len(tokens) and name_word(tokens[m.end], low[m.end])
    return not after and _words(m.name)[0] == low[m.start]


def _written(scans: Sequence[Scan | None],
             families: set[str]) -> tuple[dict[str, dict[tuple[str, ...], _Named]], set[str]]:
    """By family name of ``families`` (lower case): the whole names the article writes with it first, each with the
    name as written and the country the article gives them (None: none); and the lexicon's people it names by more
    than the family name alone."""
    names: dict[str, dict[tuple[str, ...], _Named]] = {}
    introduced: set[str] = set()
    for scan in scans:
        if scan is None:
            continue
        tokens, low, mentions, _ = scan
        covered = {q for m in mentions for q in range(m.start, m.end)}
        starts: dict[int, Mention] = {}
        for m in mentions:
            if not m.person or _lone(tokens, low, m):
                continue
            if m.name is not None:  # "Kim Jong Un", "Chairman Kim", "Vice Minister Kim Hyung-suk" given a country
                introduced.add(m.name)
                words = _words(m.name)
                if " ".join(words) in " ".join(_words(" ".join(tokens[m.start:m.end]))):
                    names.setdefault(words[0], {})[words] = (m.name, m.code[:3] if m.has_country else None)
            elif m.has_country and len(m.code) > 3:
                # the name after a country's office ("South Korean envoy Kim Gunn"), or in apposition after it
                # ("South Korea's nuclear envoy, Kim Gunn,")
                after = apposed_name(tokens, low, m.end, m.end, covered)
                if after > m.end or low[m.end - 1] in OFFICE_NOUNS:
                    starts[after] = m
        for q, w in enumerate(low):  # "Kim Gunn", "Vice Minister Kim Hyung-suk": a family name, then given names
            end = q
            while w in families and end < len(tokens) and end - q < 4 and end not in covered \
                    and name_word(tokens[end], low[end]):
                end += 1
            if end - q >= 2:
                office = starts.get(q)
                name = " ".join(tokens[q:end])
                names.setdefault(w, {}).setdefault(_words(name), (name, office.code[:3] if office else None))
    return names, introduced


def family_bearers(scans: Sequence[Scan | None]) -> None:
    """Read each family name alone that the lexicon gives its famous bearer as the article's own person of that
    name, or as no actor (see the module's docstring). The scans' mentions change in place."""
    families = {s[1][m.start] for s in scans if s is not None for m in s[2] if _lone(s[0], s[1], m)}
    if not families:
        return
    names, introduced = _written(scans, families)
    for scan in scans:
        if scan is None:
            continue
        tokens, low, mentions, _ = scan
        kept: list[Mention] = []
        for m in mentions:
            others = names.get(low[m.start], {}) if _lone(tokens, low, m) else {}
            bearer = m.name is not None and (m.name in introduced or _words(m.name) in others)
            if not others or bearer:
                kept.append(m)
                continue
            if len(others) == 1:
                ((name, country),) = others.values()
                if country is not None:
                    kept.append(Mention(m.start, m.end, country + "GOV", name, True, person=True))
        mentions[:] = kept
