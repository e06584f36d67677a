"""South Korea's bodies that KCNA names by the epithet "puppet" alone.

The DPRK's news agency calls south Korea's government, forces and officials "the puppet group", "the puppet
authorities", "the puppet military warmongers", "the puppet Defence Ministry" or "the puppets", and gives the
country once in a story, if at all ("the south Korean puppet regime", "the Lee Myung Bak puppet group"). The
lexicon reads "the puppet regime" as a government of no country (``---GOV``) and "the puppet group" as no actor,
so the act has no source or no target. One pass over an article's mentions gives such a body south Korea:

- only in an article that names south Korea (an actor of ``KOR`` in any sentence or the title), and
- only when the sentence gives the body no country of its own: no actor right before "puppet" ("the Afghan
  puppet government", "the U.S. puppet"), none after "of" ("the puppet regime of ...").

"puppet" before a word that names no body ("a puppet show", "puppet play") is no actor.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.mentions import Mention

__all__ = ["puppet_bodies"]

Scan = tuple[list[str], list[str], list[Mention], set[int]]

#: the words that name the body after "puppet", and the agent code of each (a government or the military)
_BODIES = {"group": "GOV", "groups": "GOV", "authorities": "GOV", "regime": "GOV", "clique": "GOV",
           "government": "GOV", "rulers": "GOV", "elements": "GOV", "forces": "MIL", "army": "MIL",
           "military": "MIL", "warmongers": "MIL", "navy": "MIL", "troops": "MIL"}
#: words that may stand between "puppet" and the body's noun ("the puppet conservative ruling group")
_BETWEEN = frozenset(["conservative", "ruling", "military", "war", "bellicose", "traitorous", "treacherous"])
_EPITHET = frozenset(["puppet", "puppets"])
_SOUTH = "KOR"


def _bare(word: str) -> str:
    """``word`` without a possessive ending ("group's" -> "group", "forces'" -> "forces"); a plural keeps its
    "s" ("forces", "authorities")."""
    if word.endswith(("'s", "\u2019s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "\u2019")) else word


def _body_end(low: Sequence[str], q: int) -> tuple[int, str] | None:
    """The end and agent of the body named from "puppet" at ``q`` ("puppet military warmongers"), or ``None``."""
    if low[q] == "puppets":
        return q + 1, "GOV"
    end, found = q + 1, None
    while end < len(low) and (_bare(low[end]) in _BODIES or low[end] in _BETWEEN):
        word = _bare(low[end])
        if word in _BODIES:
            found = (end + 1, _BODIES[word])
        end += 1
    return found


def puppet_bodies(scans: Sequence[Scan | None], heading: Scan | None = None) -> None:
    """Give the "puppet" bodies of no country in ``scans`` (an article's sentences) south Korea, when the article
    names south Korea. The scans' mentions change in place."""
    if not any(_EPITHET.intersection(scan[1]) for scan in scans if scan is not None):
        return
    every = [*scans, heading]
    if not any(m.has_country and m.code[:3] == _SOUTH for scan in every if scan is not None for m in scan[2]):
        return
    for scan in scans:
        if scan is None or _EPITHET.isdisjoint(scan[1]):
            continue
        _, low, mentions, covered = scan
        for q, word in enumerate(low):
            if word not in _EPITHET:
                continue
            before = next((m for m in mentions if m.end == q and m.has_country), None)
            if before is not None:
                continue  # "the Afghan puppet government", "the Lee Myung Bak puppet group": its own country
            inside = next((m for m in mentions if m.start <= q + 1 < m.end or m.start == q), None)
            if inside is not None:
                after = inside.end
                if inside.has_country or not inside.code.startswith("---") or \
                        (after < len(low) and low[after] == "of"):
                    continue  # "the puppet regime of ...": the country follows
                inside.code = _SOUTH + inside.code[3:]
                inside.has_country = True
                inside.role_only = False
                found = _body_end(low, q)
                if found is not None and found[0] > inside.end and not any(
                        m.start < found[0] and m.end > inside.end for m in mentions if m is not inside):
                    covered.update(range(inside.end, found[0]))  # "puppet military warmongers": the whole body
                    inside.end = found[0]
                continue
            found = _body_end(low, q)
            if found is None or (found[0] < len(low) and low[found[0]] == "of"):
                continue
            end, agent = found
            within = [m for m in mentions if m.start < end and m.end > q]
            if within:
                last = within[-1]
                if len(within) == 1 and last.start > q + 1 and last.end == end and not last.has_country:
                    # "the puppet bellicose forces": the lexicon's "forces" of no country is the body's noun
                    last.code = _SOUTH + (last.code[3:] or agent)
                    last.start, last.has_country, last.role_only = q, True, False
                    covered.update(range(q, end))
                continue
            mentions.append(Mention(q, end, _SOUTH + agent, None, True))
            mentions.sort(key=lambda m: m.start)
            covered.update(range(q, end))
