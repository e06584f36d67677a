"""Several states acting as one, named as one: each member of the group acts.

Stories and statements name a group of states once and then act through it as a whole:

- **a group named again by its number, or as allies**: "Kenya, Uganda and Tanzania held a summit ... The three
  countries condemned ...", "All four governments condemned ...", "Canberra and Wellington signed a pact ... The allies
  criticised ...", "The three leaders urged ...". The words stand for the states the recent sentences named as
  many as the number says: a sentence's subject of that many states, else the states a sentence named, that
  many (the host and his guests: "Lula received the presidents of A and B ... The three governments"). "The
  allies", "both allies", with no number, are the last subject of two or more states. A number no recent
  sentence names as many states, or allies never named, stay unresolved; "the two sides", "both countries" keep
  their own reading (:meth:`detente.coding.coref.Discourse._sides`).
- **the "we" of a quotation several states speak**: '"We condemn ...," the foreign ministers of A and B said',
  'said A and B in a joint statement', 'the A and B foreign ministers said': the speaker beside the verb of
  saying is the list it stands in (:func:`joined_speaker`), not its last member alone; "our governments", "our
  leaders" after such a "we" are those states' (:func:`our_roles`).
- **states joined to the subject as its companions**: "Germany, along with France and Italy, condemned ...",
  "Britain, joined by Canada and Australia, imposed ...", "Egypt joined Jordan and Saudi Arabia in condemning
  ...": the companions do the act too, and are not its target (:func:`companions`); "Sweden joined the talks",
  "X, along with its fleet," are left alone.
- **a joint statement whose first line says who issues it**: "The Governments of A, B and C issue the following
  joint statement. We condemn ...": the states of its subject are the text's voice (:func:`issues_text`, read by
  :func:`detente.coding._voice.find_voice`).

>>> from detente.coding._coref_words import _Seen
>>> before = _Seen([Mention(0, 1, "KEN"), Mention(2, 3, "UGA"), Mention(4, 5, "TZA")])
>>> low = "the three countries condemned sudan .".split()
>>> [(m.code, [o.code for o in m.also]) for m in named_groups(low, [Mention(4, 5, "SDN")], [before])]
[('KEN', ['UGA', 'TZA']), ('SDN', [])]
>>> named_groups("the two countries condemned sudan .".split(), [Mention(4, 5, "SDN")], [before])[0].code
'SDN'
>>> low = "germany , along with france and italy , condemned belarus .".split()
>>> found = companions(low, [Mention(0, 1, "DEU"), Mention(4, 5, "FRA"), Mention(6, 7, "ITA"), Mention(9, 10, "BLR")])
>>> [(m.code, [o.code for o in m.also]) for m in found]
[('DEU', ['FRA', 'ITA']), ('BLR', [])]
>>> issues_text("issue the following joint statement .".split(), 0)
True
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding._coref_words import _LEADERS, _SIDES, _Seen
from detente.coding._mention_shapes import _GROUP_CODES, _copy, _subjects
from detente.coding.mentions import Mention

__all__ = ["COLLECTIVE_WORDS", "COMPANION_WORDS", "companions", "issues_text", "joined_speaker", "named_groups",
           "our_roles"]

#: the numbers a group is named by (two only for allies: "the two sides" have their own reading)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: nouns of allies, which name the group with no number ("the allies")
_ALLIES = frozenset(["allies", "partners"])
#: nouns of a group of states or of their people, after the number
_NOUNS = _SIDES | _LEADERS | _ALLIES | frozenset(["capitals", "neighbours", "neighbors"])
#: words between the number and the noun ("the three Baltic states", "the four member states")
_QUALIFIERS = frozenset(["member", "allied", "neighbouring", "neighboring", "baltic", "nordic", "gulf", "arab",
                         "african", "asian", "european", "western", "regional", "partner", "foreign", "defense",
                         "defence", "prime", "finance", "trade"])
#: the words that open such a group ("the three", "all four", "both allies")
COLLECTIVE_WORDS = frozenset(_COUNTS) | _ALLIES
#: how many sentences back the group may have been named
_REACH = 4
#: words that join the members of a list of speakers ("A and B", "A, B and C", "A's and B's ministers")
_JOINS = frozenset([",", "and", "the", "'s", "\u2019s"])
#: verbs by which the states of a text's first line issue it
_ISSUE = frozenset(["issue", "issues", "issued", "adopt", "adopts", "adopted", "release", "releases", "released",
                    "make", "makes", "made"])
_TEXTS = frozenset(["statement", "declaration", "communique", "communiqu\u00e9"])


def _states(ms: Sequence[Mention]) -> list[Mention]:
    """The mentions of distinct states, in order (organisations are no members of such a group)."""
    out: list[Mention] = []
    for m in ms:
        if m.has_country and m.code[:3] not in _GROUP_CODES and m.code[:3].isalpha() \
                and all(m.code[:3] != o.code[:3] for o in out):
            out.append(m)
    return out


def _phrase(low: Sequence[str], q: int) -> tuple[int, int, int | None] | None:
    """The span of a group's words opening at ``q`` and its number (None: allies with no number): "the three
    countries", "all four leaders", "the three Baltic states", "the allies", "both allies"."""
    w = low[q]
    if w in _ALLIES:
        if q == 0 or low[q - 1] not in ("the", "both") or (w != "allies" and low[q - 1] == "the"):
            return None  # "the partners": of a firm as much as of states
        return q, q + 1, 2 if low[q - 1] == "both" else None
    n = _COUNTS[w]
    if q == 0 or low[q - 1] not in ("the", "all"):
        return None
    k = q + 1
    while k < len(low) and low[k] in _QUALIFIERS and k - q <= 2:
        k += 1
    noun = low[k] if k < len(low) else ""
    if noun not in _NOUNS:
        return None  # "all three missiles"; "all three agreed" alone is read as their agreement with each other
    end = k + 1
    if n == 2 and noun not in _ALLIES:
        return None  # "the two countries", "the two leaders": the two sides
    if low[end:end + 1] in (["of"], ["from"]):
        return None  # "the three countries of the region": named after, not before
    return q, end, n


def _group(n: int | None, before: Sequence[Mention], subjects: Sequence[Mention],
           recent: Sequence[_Seen]) -> list[Mention] | None:
    """The members of a group of ``n`` states (``n`` None: two or more, as a subject): this sentence's subject
    before the words, else its states before them, else a recent sentence's subject, else its states."""
    pools: list[list[Mention]] = [_states(subjects)]
    if n is not None:
        pools.append(_states(before))
    for seen in recent:
        pools.append(_states(seen.subjects))
        if n is not None:
            pools.append(_states(seen.countries))
    for pool in pools:
        if (n is None and len(pool) >= 2) or (n is not None and len(pool) == n):
            return pool
        if n is None and pool:
            return None  # "the allies" after one state's act: not the group
    return None


def named_groups(low: Sequence[str], mentions: list[Mention], recent: Sequence[_Seen]) -> list[Mention]:
    """``mentions`` with each group named by its number or as allies ("the three countries", "all four leaders",
    "the allies") read as its members (one mention whose ``also`` holds the others), when the recent sentences name
    that many states; the noun's own mention ("leaders" of no country) gives way to the group."""
    out = list(mentions)
    for q, w in enumerate(low):
        if w not in COLLECTIVE_WORDS or any(m.start <= q < m.end and m.has_country for m in out):
            continue
        span = _phrase(low, q)
        if span is None:
            continue
        start, end, n = span
        before = [m for m in out if m.end <= start - 1]
        members = _group(n, before, _subjects(low, before), recent)
        if members is None:
            continue
        role = next((m for m in out if not m.has_country and m.role_only and start <= m.start < end), None)
        suffix = role.code[3:] if role is not None else ""
        head = _copy(members[0], start - 1, end, members[1:])
        head.code = members[0].code[:3] + suffix
        for o, member in zip(head.also, members[1:], strict=True):
            o.code = member.code[:3] + suffix
        out = [m for m in out if not (start - 1 <= m.start and m.end <= end)] + [head]
    return sorted(out, key=lambda m: m.start)


def joined_speaker(low: Sequence[str], mentions: Sequence[Mention], speaker: Mention,
                   outside: set[int]) -> Mention:
    """``speaker``, or the list of states it stands in beside the verb of saying ("the foreign ministers of A and
    B said", "said A and B", "the A and B foreign ministers said"), as one mention whose ``also`` holds the
    others; only states named outside the quotation, joined by "and", commas and "'s"."""
    if speaker.also or not speaker.has_country:
        return speaker
    ordered = sorted((m for m in mentions if m.start in outside), key=lambda m: m.start)
    if not any(m is speaker for m in ordered):
        return speaker
    k = next(i for i, m in enumerate(ordered) if m is speaker)
    lo = hi = k
    while lo > 0 and _joined(low, ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and _joined(low, ordered[hi], ordered[hi + 1]):
        hi += 1
    members = _states(ordered[lo:hi + 1])
    if len(members) < 2 or len(members) != hi - lo + 1 or "and" not in low[ordered[lo].end:ordered[hi].start]:
        return speaker
    return _copy(members[0], members[0].start, members[0].end, members[1:])


def _joined(low: Sequence[str], a: Mention, b: Mention) -> bool:
    between = low[a.end:b.start]
    return bool(between) and all(w in _JOINS for w in between) and (a.has_country and b.has_country)


def issues_text(low: Sequence[str], after: int) -> bool:
    """The words from ``after`` (the end of a first sentence's subject) say the subject issues the text itself:
    "issue the following joint statement", "have issued this joint declaration", "issued a joint statement"."""
    words = list(low[after:after + 7])
    if words[:1] and words[0] in ("have", "has", "hereby"):
        words = words[1:]
    if not words or words[0] not in _ISSUE or len(words) < 3:
        return False
    if words[1] == "a" and words[2] == "joint":  # "issued a joint statement on Monday" (coding._joint_authors)
        return words[3:4] != [] and words[3] in _TEXTS
    if words[1] not in ("the", "this") or (words[1] == "the" and words[2] != "following"):
        return False
    rest = words[3:] if words[1] == "the" else words[2:]
    rest = [w for w in rest if w != "joint"]
    return bool(rest) and rest[0] in _TEXTS


def our_roles(low: Sequence[str], mentions: Sequence[Mention], resolved: Sequence[Mention]) -> None:
    """A role of no country right after an "our" the discourse resolved ("Our governments condemn ...", "our
    leaders agreed") is the role of the states "our" stands for, each of them. Changes the role's mention in
    place."""
    for owner in resolved:
        if low[owner.start] != "our" or not owner.has_country or owner.code[:3] in _GROUP_CODES:
            continue
        role = next((m for m in mentions if m.start == owner.end and m.role_only and not m.has_country
                     and m.end - m.start == 1), None)
        if role is None or low[role.end:role.end + 1] in (["'s"], ["\u2019s"]):
            continue  # "our government's support": an act of no one's
        suffix = role.code[3:]
        role.code, role.has_country, role.role_only = owner.code[:3] + suffix, True, False
        role.also = [Mention(role.start, role.end, o.code[:3] + suffix, None, True) for o in owner.also]


#: the words that join companions to the subject ("along with", "together with", "joined by", "joined ... in")
COMPANION_WORDS = frozenset(["along", "together", "joined", "alongside"])
#: the openers of a phrase of companions set off by commas after the subject
_WITH = (("along", "with"), ("together", "with"), ("joined", "by"), ("alongside",))
#: words that may stand between the subject and "joined" ("Egypt has also joined ...")
_BEFORE_JOINED = frozenset(["has", "have", "had", "also", "later", "then", "formally"])


def _listed(low: Sequence[str], ordered: Sequence[Mention], k: int) -> list[Mention]:
    """The mentions from ``ordered[k]`` on that a list joins ("A, B and C"), all of a state or an organisation."""
    out = [ordered[k]]
    for m in ordered[k + 1:]:
        between = low[out[-1].end:m.start]
        if not between or any(w not in (",", "and", "the") for w in between):
            break
        out.append(m)
    return out if all(m.has_country for m in out) else []


def companions(low: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the states joined to an actor as its companions read as acting with it (the actor's
    ``also``): "A, along with B and C, condemned ..." (the phrase set off by commas, a verb after it; B and C are
    then no actors of their own, which the parse could make the act's target), "A, joined by B, imposed ...", "A
    joined B and C in condemning ..." (B and C, which the parse may make the doers, stand for all)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    gone: set[int] = set()
    for k, m in enumerate(ordered[:-1]):
        if not m.has_country or id(m) in gone:
            continue
        nxt = ordered[k + 1]
        between = list(low[m.end:nxt.start])
        group: list[Mention] = []
        if between[:1] == [","] and tuple(between[1:]) in _WITH:  # "A, along with B and C, condemned"
            group = _listed(low, ordered, k + 1)
            if not group or low[group[-1].end:group[-1].end + 1] != [","] or group[-1].end + 1 >= len(low) \
                    or any(o.start == group[-1].end + 1 for o in ordered):
                group = []
        elif "joined" in between[-2:] and all(w in _BEFORE_JOINED for w in between[:between.index("joined")]) \
                and between[between.index("joined") + 1:] in ([], ["the"]):
            group = _listed(low, ordered, k + 1)  # "A joined B and C in condemning"
            after = low[group[-1].end:group[-1].end + 2] if group else []
            if len(after) < 2 or after[0] != "in" or not after[1].endswith("ing"):
                group = []
        members = [o for o in group if o.code[:3] != m.code[:3]]
        if not members:
            continue
        m.also.extend(Mention(m.start, m.end, o.code, o.name, True, person=o.person) for o in members)
        if between[1:2] == ["along"] or between[1:2] == ["together"] or between[1:2] == ["alongside"]:
            gone.update(id(o) for o in group)  # the parse may read "with B" as the act's target: B is none
        else:  # "joined by B", "joined B in condemning": the parse may read B as the doer: B stands for all
            for o in members:
                o.also = [Mention(o.start, o.end, x.code, x.name, True, person=x.person)
                          for x in (m, *members) if x is not o]
    return [m for m in mentions if id(m) not in gone]
