"""Actors with validity dates (``detente.actors``): every shipped person is found on the days they held office and
not outside them, hand-over days go to the newcomer, actor codes are CAMEO codes of a known country or
organisation, a user's own people file is read the same way, and the name normalisation every lookup keys on."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

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
    read_people,
)
from detente.model import Actor

D = dt.date
ONE = dt.timedelta(days=1)
TODAY_ISH = D(2026, 4, 1)  # the record's last month: open terms are still running then
PEOPLE = people()
ORG_CODES = {o.code for o in organisations()}
COUNTRY_CODES = {c.code for c in countries()}


def _mid(p: Actor) -> dt.date:
    assert p.start is not None
    return p.start + ((p.end or TODAY_ISH) - p.start) / 2


def test_people_file_is_well_formed() -> None:
    assert len(PEOPLE) >= 100
    for p in PEOPLE:
        assert p.name.strip() == p.name and p.office, p
        assert p.start is not None and (p.end is None or p.start < p.end), p
        if p.country is None:  # an international organisation's officer speaks for it
            assert p.code in ORG_CODES, p
        else:
            assert p.country in COUNTRY_CODES and p.code == f"{p.country}{p.role}", p
        assert p.name not in p.aliases and len(set(p.aliases)) == len(p.aliases), p


@pytest.mark.parametrize("person", PEOPLE, ids=[f"{p.name}|{p.office}" for p in PEOPLE])
def test_each_person_is_valid_on_their_dates_and_not_outside(person: Actor) -> None:
    assert person.start is not None
    assert person.valid_on(person.start) and person.valid_on(_mid(person))
    assert not person.valid_on(person.start - ONE)
    if person.end is None:
        assert person.valid_on(TODAY_ISH)
    else:
        assert person.valid_on(person.end) and not person.valid_on(person.end + ONE)


@pytest.mark.parametrize("person", PEOPLE, ids=[f"{p.name}|{p.office}" for p in PEOPLE])
def test_each_person_is_found_by_name_in_office_and_not_before(person: Actor) -> None:
    found = person_on(person.name, _mid(person))
    assert found is not None and found.name == person.name
    assert found.valid_on(_mid(person))
    terms = [p for p in PEOPLE if p.name == person.name]
    first = min(p.start for p in terms if p.start is not None)
    before = person_on(person.name, first - ONE)  # before any of their offices: not them
    assert before is None or before.name != person.name


def _offices() -> dict[tuple[str, str], list[Actor]]:
    out: dict[tuple[str, str], list[Actor]] = defaultdict(list)
    for p in PEOPLE:
        if p.country is not None and p.office is not None:
            out[(p.office, p.country)].append(p)
    return out


#: offices held by several people at once (a foreign ministry's spokespersons take turns at the podium): no one
#: holder, so the office alone names nobody
SHARED_OFFICES = frozenset({"Foreign Ministry Spokesperson"})


def test_shared_offices_are_shared() -> None:
    for office in SHARED_OFFICES:
        terms = [p for p in PEOPLE if p.office == office]
        assert any(a.valid_on(_mid(b)) for a in terms for b in terms if a is not b), office


@pytest.mark.parametrize("person", [p for p in PEOPLE if p.country and p.office not in SHARED_OFFICES],
                         ids=lambda p: f"{p.name}|{p.office}")
def test_office_holder_mid_term_is_the_holder(person: Actor) -> None:
    assert person.office is not None and person.country is not None
    holder = office_holder(person.office, person.country, _mid(person))
    assert holder is not None and holder.name == person.name


def test_on_a_hand_over_day_the_newcomer_holds_the_office() -> None:
    handovers = 0
    for (office, country), terms in _offices().items():
        for old in terms:
            for new in terms:
                if old is not new and old.end is not None and new.start == old.end:
                    holder = office_holder(office, country, old.end)
                    assert holder is not None and holder.name == new.name, (office, old.name, new.name)
                    handovers += 1
    assert handovers >= 10  # presidents, secretaries of state, envoys...


@pytest.mark.parametrize(("office", "country", "day", "who"), [
    ("President", "USA", D(2017, 1, 20), "Donald Trump"),  # inauguration day: the newcomer
    ("President", "USA", D(2017, 1, 19), "Barack Obama"),
    ("President", "USA", D(2021, 1, 20), "Joe Biden"),
    ("President", "USA", D(2025, 1, 20), "Donald Trump"),  # the second term, after Biden
    ("President", "United States", D(2009, 6, 1), "Barack Obama"),  # a country name works too
    ("Supreme Leader", "North Korea", D(1994, 7, 8), "Kim Jong Il"),
    ("Supreme Leader", "PRK", D(1994, 7, 7), "Kim Il Sung"),
    ("Supreme Leader", "DPRK", D(2011, 12, 17), "Kim Jong Un"),
    ("supreme  leader", "prk", D(2020, 1, 1), "Kim Jong Un"),  # office names are normalised
])
def test_named_hand_overs(office: str, country: str, day: dt.date, who: str) -> None:
    holder = office_holder(office, country, day)
    assert holder is not None and holder.name == who


def test_people_out_of_every_office_are_not_found() -> None:
    assert person_on("Stephen Biegun", D(2018, 8, 22)) is None
    assert person_on("Stephen Biegun", D(2021, 1, 21)) is None
    assert person_on("Kim Il Sung", D(1994, 7, 9)) is None
    assert office_holder("Supreme Leader", "PRK", D(1948, 9, 8)) is None
    assert office_holder("No Such Office", "USA", D(2018, 1, 1)) is None
    assert office_holder("President", "Atlantis", D(2018, 1, 1)) is None


def test_a_full_name_beats_an_alias_and_the_latest_start_wins() -> None:
    # "Sung Kim" is a full name: never read as the alias "Kim" of the DPRK's leader
    sung = person_on("Sung Kim", D(2015, 6, 1))
    assert sung is not None and sung.name == "Sung Kim" and sung.country == "USA"
    # the alias "Kim" on that day is the leader in office
    kim = person_on("Kim", D(2015, 6, 1))
    assert kim is not None and kim.name == "Kim Jong Un"
    # two offices of one person at once: the later-started one is returned
    biegun = person_on("Stephen Biegun", D(2020, 6, 1))
    assert biegun is not None and biegun.office == "Deputy Secretary of State"


def test_read_people_reads_a_users_own_file(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "code,name,country,role,office,start,end,aliases,source\n"
        "CHEGOV,Ada Test,CHE,GOV,Envoy,2019-01-01,2019-12-31,Ada; the Swiss envoy ;,a test\n"
        "CHEGOV,Bo Test,CHE,GOV,Envoy,2019-12-31,,,a test\n",
        encoding="utf-8",
    )
    ada, bo = read_people(path)
    assert (ada.code, ada.country, ada.role, ada.office) == ("CHEGOV", "CHE", "GOV", "Envoy")
    assert (ada.start, ada.end) == (D(2019, 1, 1), D(2019, 12, 31))
    assert ada.aliases == ("Ada", "the Swiss envoy")  # split on ';', trimmed, empty parts dropped
    assert bo.end is None and bo.aliases == () and bo.valid_on(D(2030, 1, 1))
    assert ada.valid_on(D(2019, 12, 31)) and bo.valid_on(D(2019, 12, 31))
    assert not ada.valid_on(D(2020, 1, 1))


def test_read_people_without_a_path_is_the_shipped_file() -> None:
    assert read_people() == PEOPLE


@pytest.mark.parametrize(("raw", "key"), [
    ("The White House", "white house"),
    ("  Kim   Jong\tUn ", "kim jong un"),
    ("Côte d\u2019Ivoire", "cote d'ivoire"),
    ("Moon Jae\u2010in", "moon jae-in"),
    ("Moon Jae\u2013in", "moon jae-in"),
    ("`Pyongyang`", "'pyongyang'"),
    ("theocracy", "theocracy"),  # only a leading "the " word is dropped
    ("", ""),
])
def test_normalise_name(raw: str, key: str) -> None:
    assert normalise_name(raw) == key
    assert normalise_name(key) == key  # a key is its own key


@pytest.mark.parametrize(("name", "code"), [
    ("Korea, Republic of", "KOR"),
    ("Korea, Democratic People's Republic of", "PRK"),
    ("U.S.", "USA"),
    ("usa", "USA"),
    ("  ", None),
    ("Narnia", None),
])
def test_country_code_variants(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_every_country_and_organisation_is_found_by_its_own_codes() -> None:
    for c in countries():
        assert country_code(c.code) == c.code, c
        assert not c.iso3 or country_code(c.iso3) == c.code, c  # Kosovo has a CAMEO code but no ISO one
    for o in organisations():
        assert organisation_code(o.code) == o.code and organisation_code(o.name) == o.code, o
        for alias in o.aliases:
            assert organisation_code(alias) == o.code, (o.code, alias)
    assert organisation_code("No Such Body") is None
