r"""Regular expressions led by the characters a match can begin with.

Python's regular expression engine tries a pattern that opens with a word boundary, a look-behind or an
alternation of words at every position of the text, alternative by alternative: a date phrase or a future word
of :mod:`detente.coding.dates` cost some tens of microseconds a sentence, most of it at positions where no
alternative can begin. :func:`led` compiles a pattern behind a look-ahead for the characters its matches can
begin with, read from the pattern itself, which fails at once elsewhere. The matches are the same: every match
begins with one of those characters (compared with the pattern's own flags), so the look-ahead holds wherever a
match begins. A pattern whose first character cannot be told (a match that may be empty, any character, a
negated set, a back-reference) is compiled as it is.

>>> print(led(r"\b(?:will|shall)\b", re.I).pattern)
(?=[sw])(?:\b(?:will|shall)\b)
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["led"]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

#: the classes a set may hold, as they are written inside brackets
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_WORD: r"\w",
               _c.CATEGORY_NOT_WORD: r"\W", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_NOT_SPACE: r"\S"}
#: what matches no character: skipped when the first character is looked for
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with ``flags``, behind a look-ahead for the characters its matches begin with."""
    first, empty = _first(_parser.parse(pattern, flags))
    if first is None or empty:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{pattern})", flags)


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """The characters (as written in a set) the sequence ``items`` can begin with, or ``None`` when they cannot be
    told; and whether it can match nothing at all."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        found, empty = _first_of(op, av)
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op == _c.LITERAL:
        return {re.escape(chr(av))}, False
    if op == _c.IN:
        return _in(av), False
    if op == _c.SUBPATTERN:
        return _first(av[3])
    if op == _c.ATOMIC_GROUP:
        return _first(av)
    if op in _REPEATS:
        found, empty = _first(av[2])
        return found, empty or av[0] == 0
    if op == _c.BRANCH:
        out: set[str] = set()
        any_empty = False
        for branch in av[1]:
            found, empty = _first(branch)
            if found is None:
                return None, False
            out |= found
            any_empty = any_empty or empty
        return out, any_empty
    return None, False  # any character, a negated literal, a back-reference: not told


def _in(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op == _c.LITERAL:
            out.add(re.escape(chr(av)))
        elif op == _c.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op == _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:
            return None  # a negated set, or a class written otherwise
    return out
