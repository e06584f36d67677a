"""A state named again by a common noun: "the country", "the kingdom", "the regime", "the island".

A story names a state once and then calls it by what it is: "Saudi Arabia expelled Canada's ambassador ... The
kingdom on Monday demanded an apology", "Ethiopia closed its border ... The country's foreign ministry accused
Asmara ...", "Taipei condemned the drills, and the island put its forces on alert". The noun is read as the state
when it opens a clause, as the subject or as the owner of the subject ("the country's foreign ministry"):

- the state is the one the sentence before it made its subject (in the same sentence, before the noun, else in the
  two sentences before); a sentence whose subject is no state (an organisation: "The European Union banned
  Belarusian airlines") gives the one state it names;
- "the kingdom", "the island", "the emirate", "the sultanate" are a state of that kind: the one such state the
  recent sentences name, else the subject's when it is one;
- "the regime", a word for a state's foes as much as for the subject, is a state only when the recent sentences
  name no other (than those its own clause names: "Iran seized a Greek tanker ... The regime warned Athens");
- two states as the subject, two such states, or a state the noun's own clause names after it ("The regime
  accused Seoul ...": not Seoul) leave the noun unresolved, as does a noun that is no clause's subject ("sanctions
  crippled the country").

>>> from detente.coding._coref_words import _Seen
>>> from detente.coding.mentions import Mention
>>> before = _Seen([Mention(0, 1, "RUR")], [], [Mention(0, 1, "RUR"), Mention(3, 4, "FRE")], named=["RUR", "FRE"])
>>> low = "the country 's foreign ministry accused freedonia .".split()
>>> found = state_nouns(low, [Mention(3, 5, "---GOV", None, False, role_only=True), Mention(6, 7, "FRE")], [before])
>>> [(m.start, m.end, m.code) for m in found]
[(1, 5, 'RURGOV'), (6, 7, 'FRE')]
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from detente.coding._coref_words import _Seen
from detente.coding._mention_shapes import _GROUP_CODES, _subjects
from detente.coding.mentions import Mention

__all__ = ["STATE_NOUNS", "state_nouns"]

#: the states a noun of a kind of state may stand for (their official or usual names: "Kingdom of Saudi Arabia",
#: "Sultanate of Oman"; states whose land is one island or islands and none else)
_KINDS: dict[str, frozenset[str]] = {
    "kingdom": frozenset(["SAU", "JOR", "MAR", "BHR", "THA", "KHM", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "BTN",
                          "LSO", "SWZ", "TON", "GBR"]),
    "emirate": frozenset(["QAT", "KWT", "ARE"]),
    "sultanate": frozenset(["OMN", "BRN"]),
    "island": frozenset(["TWN", "CUB", "LKA", "CYP", "MDG", "JAM", "ISL", "MLT", "SGP", "BHR", "MDV", "MUS", "TTO",
                         "BRB", "FJI", "TON", "WSM", "VUT", "CPV", "COM", "STP", "SYC", "BHS", "KIR", "TUV", "NRU",
                         "PLW", "MHL", "FSM", "GRD", "LCA", "VCT", "KNA", "ATG", "DMA", "NZL", "JPN", "IRL", "PHL",
                         "IDN", "SLB"]),
}
#: nouns any state may be called by
_ANY = frozenset(["country", "nation", "regime"])
STATE_NOUNS = _ANY | frozenset(_KINDS)
#: how many sentences back the state may have been named
_REACH = 2
#: words that may open a sentence before the noun's "the" and leave it the subject ("On Monday the kingdom ...")
_OPENERS = frozenset(["on", "in", "at", "late", "early", "earlier", "later", "last", "this", "the", "same", "day",
                      "week", "month", "meanwhile", "also", "separately", "however", "monday", "tuesday", "wednesday",
                      "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "then",
                      "but", "and", '"', "\u201c", "``"])
#: words between "the" and the noun ("the Gulf kingdom", "the communist regime", "the island nation")
_QUALIFIERS = frozenset(["gulf", "communist", "military", "island", "oil-rich", "isolated", "small", "tiny",
                         "landlocked", "desert", "reclusive", "north", "african", "asian", "arab", "caribbean",
                         "pacific", "self-ruled", "self-governing", "democratic", "east", "west", "central"])
#: how many words after "'s" the owned office may begin ("the country's top diplomat")
_OWNED_REACH = 3


def _state(m: Mention) -> bool:
    return m.has_country and m.code[:3].isalpha() and m.code[:3] not in _GROUP_CODES


def _opens_clause(low: Sequence[str], mentions: Sequence[Mention], s: int) -> bool:
    """Whether the "the" at ``s`` opens a clause: the sentence, after time words or a comma that closes an opening
    phrase naming no actor ("Meanwhile, the kingdom ..."), or after ", and", ", but" ("..., and the island put its
    forces on alert")."""
    if s >= 2 and low[s - 1] in ("and", "but", "while") and low[s - 2] == ",":
        return True
    if any(m.start < s for m in mentions):
        return False
    return all(w in _OPENERS or w == "," or w.isdigit() for w in low[:s])


def _states(ms: Sequence[Mention]) -> list[str]:
    return list(dict.fromkeys(m.code[:3] for m in ms if _state(m) and not m.also))


def _codes(named: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(c for c in named if c.isalpha() and c not in _GROUP_CODES))


def _subject_state(seen: _Seen) -> tuple[str | None, bool]:
    """The one state a sentence made its subject (else the one state it names, when its subject is none), and
    whether the sentence settles the question (False: it names no state, look further back)."""
    subjects = _states(seen.subjects)
    if len(subjects) == 1:
        return subjects[0], True
    if len(subjects) > 1 or any(m.also for m in seen.subjects):
        return None, True
    named = _codes(seen.named)
    return (named[0] if len(named) == 1 else None), bool(named)


def _antecedent(noun: str, low: Sequence[str], mentions: Sequence[Mention], s: int,
                recent: Sequence[_Seen]) -> str | None:
    """The state the noun at ``s`` (its "the") stands for, or None."""
    own = {m.code[:3] for m in mentions if m.start > s and _state(m)}
    found: str | None = None
    here = _states(_subjects(low, [m for m in mentions if m.end <= s]))
    if len(here) == 1:
        found = here[0]
    elif not here:
        for seen in recent[:_REACH]:
            found, settled = _subject_state(seen)
            if settled:
                break
    named = [c for seen in recent[:_REACH] for c in _codes(seen.named)]
    named += [m.code[:3] for m in mentions if m.end <= s and _state(m)]
    if noun == "regime":  # the word of a state's foes: the subject's foe is as likely as the subject
        left = set(named) - own
        return left.pop() if len(left) == 1 and found in (None, *left) else None
    kinds = _KINDS.get(noun)
    if kinds is not None:
        of_kind = set(named) & kinds
        found = next(iter(of_kind)) if len(of_kind) == 1 else (found if found in kinds else None)
    return None if found is None or found in own else found


def state_nouns(low: Sequence[str], mentions: Sequence[Mention], recent: Sequence[_Seen],
                bodies: Collection[str] = ()) -> list[Mention]:
    """The sentence's actors with each noun of :data:`STATE_NOUNS` that opens a clause read as the state it stands
    for (``recent``: what the sentences before named, the last first); the office it owns ("the country's foreign
    ministry") becomes that state's. A noun of ``bodies`` (one the text named before with its country: "the
    Sudanese regime ... the regime") is left to be read as that body."""
    out = sorted(mentions, key=lambda m: m.start)
    for q, w in enumerate(low):
        if w not in STATE_NOUNS or q == 0 or w in bodies or (q + 1 < len(low) and low[q + 1] in STATE_NOUNS):
            continue  # "the island nation": the last noun is read
        s = q - 1
        while s > 0 and low[s] in _QUALIFIERS:
            s -= 1
        if low[s] != "the" or not _opens_clause(low, out, s) or any(m.start <= q < m.end and m.has_country
                                                                  for m in out):
            continue
        code = _antecedent(w, low, out, s, recent)
        if code is None:
            continue
        own = next((m for m in out if m.start == q), None)  # "the regime": an agent of no country
        rest = [m for m in out if m is not own]
        owned = None
        if q + 1 < len(low) and low[q + 1] == "'s":
            owned = next((m for m in rest if q + 2 <= m.start <= q + 1 + _OWNED_REACH and m.role_only
                          and not m.has_country and not any(o.start < m.start for o in rest if o.start > q)), None)
        if owned is not None:
            new = Mention(q, owned.end, code + owned.code[3:], None, True, person=owned.person)
            rest = [m for m in rest if m is not owned]
        else:
            role = own.code[3:] if own is not None else ""
            new = Mention(q, q + 1, code + role, None, True)
        out = sorted([*rest, new], key=lambda m: m.start)
    return out
