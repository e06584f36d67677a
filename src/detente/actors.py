"""Countries, international organisations and people with CAMEO actor codes, from the shipped data files.

The tables live in ``detente/data`` as CSV files that users can read and extend:

- ``countries.csv``: one row per country (CAMEO code, ISO 3166-1 alpha-3/alpha-2, name, alternative names,
  adjectives, capital, capital metonyms used for the government such as "Pyongyang" or "White House").
- ``organisations.csv``: international and non-governmental organisations (``IGOUNO`` the UN, ...).
- ``people.csv``: people with an office, the dates they held it and the CAMEO code they speak for.

>>> country_code("Democratic People's Republic of Korea")
'PRK'
>>> country_code("Korea, North"), country_code("U.S."), country_code("south korean")
('PRK', 'USA', 'KOR')
>>> import datetime as dt
>>> person_on("Kim", dt.date(2019, 2, 27)).name
'Kim Jong Un'
>>> person_on("the U.S. envoy", dt.date(2019, 2, 20)).name
'Stephen Biegun'
>>> office_holder("President", "USA", dt.date(2018, 6, 12)).name
'Donald Trump'

Lists inside a cell are separated by ``;``. Dates are ISO ``YYYY-MM-DD``; an empty ``end`` means "in office".
When two holders overlap on a hand-over day, the one whose term started later wins.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.model import Actor

__all__ = [
    "Country",
    "Organisation",
    "countries",
    "country_code",
    "normalise_name",
    "office_holder",
    "organisation_code",
    "organisations",
    "people",
    "person_on",
    "read_people",
]


@dataclass(frozen=True, slots=True)
class Country:
    """One row of ``countries.csv``."""

    code: str  # CAMEO country code (ISO alpha-3 except where CAMEO keeps its own)
    iso3: str
    iso2: str
    name: str
    alt_names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str
    metonyms: tuple[str, ...]  # place names used for the government: capitals, "White House", "Kremlin"
    kind: str  # state / territory
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alternative name."""
        return (self.name, *self.alt_names)


@dataclass(frozen=True, slots=True)
class Organisation:
    """One row of ``organisations.csv``."""

    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # igo / ngo
    source: str


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2013": "-"})
_SPACES = re.compile(r"\s+")


def normalise_name(text: str) -> str:
    """Lower case, straight quotes, no accents, single spaces, no leading "the": the key of every lookup."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACES.sub(" ", text).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split(";") if p.strip())


def _date(cell: str | None) -> dt.date | None:
    return dt.date.fromisoformat(cell.strip()) if cell and cell.strip() else None


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("detente.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country and territory in ``countries.csv``, in file order."""
    return tuple(
        Country(
            code=r["code"],
            iso3=r["iso3"],
            iso2=r["iso2"],
            name=r["name"],
            alt_names=_split(r["alt_names"]),
            adjectives=_split(r["adjectives"]),
            capital=r["capital"],
            metonyms=_split(r["metonyms"]),
            kind=r["kind"],
            source=r["source"],
        )
        for r in _rows("countries.csv")
    )


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    """International and non-governmental organisations in ``organisations.csv``."""
    return tuple(
        Organisation(r["code"], r["name"], _split(r["aliases"]), r["kind"], r["source"])
        for r in _rows("organisations.csv")
    )


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    # weakest first, so that a name beats a capital or an adjective that happens to be spelled the same
    for c in countries():
        for m in c.metonyms:
            index[normalise_name(m)] = c.code
    for c in countries():
        for a in c.adjectives:
            index[normalise_name(a)] = c.code
    for c in countries():
        for n in c.names:
            index[normalise_name(n)] = c.code
        for code in (c.iso3, c.code):
            if code:
                index[code.lower()] = c.code
    return index


def country_code(name_or_adjective: str) -> str | None:
    """The CAMEO country code for a name, alternative name, adjective, capital, ISO alpha-3 or CAMEO code.

    Case-insensitive; also reads reversed names such as ICEWS's ``"Korea, North"`` or
    ``"Moldova, Republic of"``.
    ``None`` when nothing matches.
    """
    key = normalise_name(name_or_adjective)
    if not key:
        return None
    index = _country_index()
    hit = index.get(key) or index.get(key.rstrip("."))
    if hit is None and "," in key:
        head, _, tail = key.partition(",")
        hit = index.get(normalise_name(f"{tail} {head}"))
    return hit


@lru_cache(maxsize=1)
def _organisation_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for o in organisations():
        for n in (o.name, *o.aliases):
            index[normalise_name(n)] = o.code
        index[o.code.lower()] = o.code
    return index


def organisation_code(name: str) -> str | None:
    """The CAMEO code of an organisation by name or alias (``"IAEA"`` -> ``IGOUNOIAE``), else ``None``."""
    return _organisation_index().get(normalise_name(name))


def read_people(path: Path | None = None) -> tuple[Actor, ...]:
    """People from ``path`` (a CSV with the columns of the shipped ``people.csv``), or the shipped file."""
    if path is None:
        rows = _rows("people.csv")
    else:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    return tuple(
        Actor(
            code=r["code"],
            name=r["name"],
            country=r.get("country") or None,
            role=r.get("role") or None,
            office=r.get("office") or None,
            start=_date(r.get("start")),
            end=_date(r.get("end")),
            aliases=_split(r.get("aliases")),
        )
        for r in rows
    )


@lru_cache(maxsize=1)
def people() -> tuple[Actor, ...]:
    """Every person in the shipped ``people.csv`` (one row per office held)."""
    return read_people()


@lru_cache(maxsize=1)
def _people_index() -> tuple[dict[str, tuple[Actor, ...]], dict[str, tuple[Actor, ...]]]:
    by_name: dict[str, list[Actor]] = {}
    by_alias: dict[str, list[Actor]] = {}
    for person in people():
        by_name.setdefault(normalise_name(person.name), []).append(person)
        for alias in person.aliases:
            by_alias.setdefault(normalise_name(alias), []).append(person)
    return ({k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_alias.items()})


def _latest(candidates: Iterable[Actor], day: dt.date) -> Actor | None:
    valid = [a for a in candidates if a.valid_on(day)]
    if not valid:
        return None
    return max(valid, key=lambda a: a.start or dt.date.min)


def person_on(name: str, date: dt.date) -> Actor | None:
    """The person called ``name`` (full name or alias, e.g. "Kim", "the U.S. envoy") in office on ``date``.

    A full name beats an alias ("Sung Kim" is never read as "Kim"); among several holders the most recent
    start wins. ``None`` when nobody of that name held an office that day.
    """
    key = normalise_name(name)
    by_name, by_alias = _people_index()
    return _latest(by_name.get(key, ()), date) or _latest(by_alias.get(key, ()), date)


def office_holder(office: str, country: str, date: dt.date) -> Actor | None:
    """Who held ``office`` ("President", "Secretary of State") for ``country`` (code or name) on ``date``."""
    code = country_code(country) or country.upper()
    wanted = normalise_name(office)
    return _latest(
        (p for p in people() if p.country == code and normalise_name(p.office or "") == wanted), date
    )
