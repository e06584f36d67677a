"""Armed groups by their own name: "Hamas", "the Houthis", "M23", "the Taliban", "al-Shabaab".

News names the movements and militias of a war by their own names, which are neither countries nor roles, so
"Israeli forces struck Hamas positions", "Hezbollah fired rockets at an Israeli army post" and "the Taliban
detained two Pakistani journalists" were coded with no actor on the group's side (``--- ISRMIL 190``). CAMEO codes
such a group by the country it fights in and the role of rebels, the code "Palestinian militants" already gets
(``PSEREB``). The shipped ``dictionaries/armed_groups.txt`` lists the groups, each with the public document that
names it and places it; an entry may hold from a date or until one ("the Taliban" are rebels in Afghanistan until
14 August 2021 and its government from the next day), written ``CODE FROM..UNTIL phrase``.

The sentence coder codes the group's own acts as CAMEO does ("Hezbollah fired rockets at Israel": ``LBNREB ISR
194``), but an article's events are acts of states, so :func:`~detente.coding.article.merge_events` leaves out an
act whose doer is a group of the file while it is a rebel group (:func:`group_act`); an act done to a group stays
("Israeli forces struck Hamas positions": ``ISRMIL PSEREB 190``, the doer is a state), and so does an act of the
Taliban as the government of Afghanistan.

>>> entries = list(armed_group_entries("AFGREB ..2021-08-14 Taliban\\nAFGGOV 2021-08-15.. Taliban\\n", "x"))
>>> [(s.code, s.start, s.end) for s in entries[0].senses]
[('AFGREB', None, datetime.date(2021, 8, 14)), ('AFGGOV', datetime.date(2021, 8, 15), None)]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from detente.coding.lexicon import ActorEntry, ActorSense, phrase_tokens
from detente.errors import InputError

__all__ = ["armed_group_entries", "group_act"]


def _day(text: str, origin: str, number: int) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{origin}:{number}: expected a date YYYY-MM-DD in FROM..UNTIL; got {text!r}") from None


def armed_group_entries(text: str, origin: str) -> Iterator[ActorEntry]:
    """The actor entries of a file of ``CODE [FROM..UNTIL] phrase`` lines, one entry a phrase with every dated
    sense the file gives it, in the order the phrases first come."""
    senses: dict[str, list[ActorSense]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        code, _, rest = line.partition(" ")
        start = end = None
        head, _, tail = rest.partition(" ")
        if ".." in head:
            first, _, last = head.partition("..")
            start, end, rest = _day(first, origin, number), _day(last, origin, number), tail
        phrase = rest.strip()
        if not phrase or not code.isalnum():
            raise InputError(f"{origin}:{number}: expected 'CODE [FROM..UNTIL] phrase', e.g. 'YEMREB Houthis'; "
                             f"got {raw!r}")
        senses.setdefault(phrase, []).append(ActorSense(code.upper(), start, end, name=phrase))
    for phrase, group in senses.items():
        yield ActorEntry(phrase_tokens(phrase), tuple(group), "organisation", cased=phrase[:1].isupper(),
                         acronym=phrase.isalpha() and phrase.isupper() and len(phrase) > 1)


@lru_cache(maxsize=1)
def _rebel_names() -> frozenset[str]:
    text = resources.files("detente.coding").joinpath("dictionaries", "armed_groups.txt").read_text(encoding="utf-8")
    return frozenset(s.name for e in armed_group_entries(text, "armed_groups.txt") for s in e.senses
                     if s.name is not None and s.code[3:6] == "REB")


def group_act(source: str, source_name: str | None) -> bool:
    """Whether an event's doer (its actor code and the name it was read from) is a shipped armed group acting as
    rebels: no act of a state.

    >>> group_act("LBNREB", "Hezbollah"), group_act("PSEREB", None), group_act("AFGGOV", "Taliban")
    (True, False, False)
    """
    return source_name is not None and source[3:6] == "REB" and source_name in _rebel_names()
