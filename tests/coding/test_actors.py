"""The country, organisation and people tables and their lookups."""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources

import pytest

from detente.actors import (
    countries,
    country_code,
    normalise_name,
    office_holder,
    organisation_code,
    organisations,
    people,
    person_on,
)

ICEWS_NAMES = {
    "North Korea": "PRK",
    "South Korea": "KOR",
    "United States": "USA",
    "Russian Federation": "RUS",
    "Moldova, Republic of": "MDA",
    "Occupied Palestinian Territory": "PSE",
    "the former Yugoslav Republic of Macedonia": "MKD",
    "Democratic Republic of Congo": "COD",
    "Cote d'Ivoire": "CIV",
    "Swaziland": "SWZ",
    "Holy See": "VAT",
    "Timor-Leste": "TMP",
}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Democratic People\u2019s Republic of Korea", "PRK"),
        ("Korea, North", "PRK"),
        ("Korea, South", "KOR"),
        ("north korean", "PRK"),
        ("United States", "USA"),
        ("U.S.", "USA"),
        ("the United States of America", "USA"),
        ("American", "USA"),
        ("Pyongyang", "PRK"),
        ("Washington", "USA"),
        ("Seoul", "KOR"),
        ("Beijing", "CHN"),
        ("Moscow", "RUS"),
        ("Tokyo", "JPN"),
        ("Kremlin", "RUS"),
        ("ROU", "ROM"),
        ("prk", "PRK"),
        ("Côte d'Ivoire", "CIV"),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_country_code(text: str, code: str | None) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(("name", "code"), sorted(ICEWS_NAMES.items()))
def test_icews_country_names(name: str, code: str) -> None:
    assert country_code(name) == code


def test_every_country_row_is_complete_and_unique() -> None:
    rows = countries()
    assert len(rows) >= 195
    codes = [c.code for c in rows]
    assert len(codes) == len(set(codes))
    for c in rows:
        assert len(c.code) == 3 and c.code.isupper(), c
        assert c.name and c.capital and c.source, c
        assert country_code(c.name) == c.code, c.name
        for alt in c.alt_names:
            assert country_code(alt) == c.code, (alt, c.code)


def test_no_name_points_to_two_countries() -> None:
    seen: dict[str, str] = {}
    for c in countries():
        for n in (*c.names, *c.adjectives):
            key = normalise_name(n)
            assert seen.setdefault(key, c.code) == c.code, (n, seen[key], c.code)


def test_organisations() -> None:
    assert organisation_code("United Nations") == "IGOUNO"
    assert organisation_code("U.N.") == "IGOUNO"
    assert organisation_code("IAEA") == "IGOUNOIAE"
    assert organisation_code("nato") == "IGOWSTNAT"
    assert all(o.code.startswith(("IGO", "NGO")) for o in organisations())


@pytest.mark.parametrize(
    ("name", "day", "who"),
    [
        ("Kim", dt.date(2019, 2, 27), "Kim Jong Un"),
        ("Kim", dt.date(2005, 9, 19), "Kim Jong Il"),
        ("Kim", dt.date(1994, 6, 16), "Kim Il Sung"),
        ("the U.S. envoy", dt.date(2019, 2, 20), "Stephen Biegun"),
        ("U.S. envoy", dt.date(2017, 6, 1), "Joseph Yun"),
        ("U.S. envoy", dt.date(2015, 6, 1), "Sung Kim"),
        ("U.S. envoy", dt.date(2007, 2, 13), "Christopher Hill"),
        ("Sung Kim", dt.date(2022, 1, 1), "Sung Kim"),
        ("Trump", dt.date(2018, 6, 12), "Donald Trump"),
        ("Trump", dt.date(2026, 1, 1), "Donald Trump"),
        ("President Moon", dt.date(2018, 4, 27), "Moon Jae-in"),
        ("Rice", dt.date(2006, 1, 1), "Condoleezza Rice"),
        ("Rice", dt.date(2015, 1, 1), "Susan Rice"),
        ("KIM YONG CHOL", dt.date(2018, 6, 1), "Kim Yong Chol"),
    ],
)
def test_person_on(name: str, day: dt.date, who: str) -> None:
    person = person_on(name, day)
    assert person is not None and person.name == who


def test_person_out_of_office_is_none() -> None:
    assert person_on("Biegun", dt.date(2010, 1, 1)) is None
    assert person_on("Nobody Atall", dt.date(2019, 1, 1)) is None


def test_person_codes_and_dates() -> None:
    kim = person_on("Kim Jong Un", dt.date(2020, 1, 1))
    assert kim is not None and kim.code == "PRKGOV" and kim.country == "PRK"
    for p in people():
        assert p.start is not None, p
        assert p.end is None or p.start <= p.end, p
        assert p.code[:3] == (p.country or p.code[:3]), p


def test_office_holder() -> None:
    assert office_holder("President", "USA", dt.date(2018, 6, 12)).name == "Donald Trump"  # type: ignore[union-attr]
    assert office_holder("Secretary of State", "United States", dt.date(2019, 2, 1)).name == "Mike Pompeo"  # type: ignore[union-attr]
    assert office_holder("president", "South Korea", dt.date(2018, 9, 19)).name == "Moon Jae-in"  # type: ignore[union-attr]
    assert office_holder("Foreign Minister", "PRK", dt.date(2018, 7, 7)).name == "Ri Yong Ho"  # type: ignore[union-attr]
    assert office_holder("President", "USA", dt.date(1800, 1, 1)) is None


def test_shipped_files_name_their_source() -> None:
    for name in ("countries.csv", "people.csv", "organisations.csv"):
        text = resources.files("detente.data").joinpath(name).read_text(encoding="utf-8")
        rows = list(csv.DictReader(text.splitlines()))
        assert rows and all(r["source"].strip() for r in rows), name
