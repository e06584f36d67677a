"""The frozen records of ``detente.model``: Dyad parsing and normalisation, Event derivations and round trips,
``content_hash`` stability and its sensitivity to each field it covers (and only those), Actor validity dates,
Milestone and Article defaults, and what the records refuse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import DyadError, InputError
from detente.model import (
    EVENT_COLUMNS,
    GRADES,
    QUAD_CLASSES,
    TRACKS,
    Actor,
    Article,
    Dyad,
    Event,
    Milestone,
    content_hash,
)

D = dt.date
BASE = Event(D(2018, 6, 12), "USAGOV", "PRKGOV", "036", location="Singapore", summary="a summit", url="https://x")


# ---- Dyad ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["USA-PRK", "usa-prk", " USA - PRK ", "USA_PRK", "USA/PRK", "Usa-pRk", "usa_prk"])
def test_dyad_spellings_normalise_to_one_form(text: str) -> None:
    d = Dyad.parse(text)
    assert d == Dyad("USA", "PRK") and str(d) == "USA-PRK" and d.countries == ("USA", "PRK")


def test_dyad_keeps_the_order_written_but_membership_is_unordered() -> None:
    ab, ba = Dyad.parse("USA-PRK"), Dyad.parse("PRK-USA")
    assert str(ba) == "PRK-USA"
    for d in (ab, ba):
        assert d.contains("USA", "PRK") and d.contains("PRK", "USA")
        assert not d.contains("USA", "USA") and not d.contains("PRK", None) and not d.contains(None, None)
    assert Dyad.parse(str(ab)) == ab  # str and parse round-trip


@pytest.mark.parametrize(("bad", "hint"), [
    ("USA-", "two 3-letter country codes"),
    ("-PRK", "two 3-letter country codes"),
    ("USA PRK", "two 3-letter country codes"),
    ("USA-PRK-", "two 3-letter country codes"),
    ("USAA-PRK", "two 3-letter country codes"),
    ("US1-PRK", "two 3-letter country codes"),
    ("USA-PR", "two 3-letter country codes"),
    ("USA--PRK", "two 3-letter country codes"),
    ("prk_PRK", "names the same country twice"),
    ("KOR/kor", "names the same country twice"),
])
def test_dyad_refusals_say_what_to_write(bad: str, hint: str) -> None:
    with pytest.raises(DyadError, match=hint) as err:
        Dyad.parse(bad)
    assert "USA-PRK" in str(err.value) and repr(bad) in str(err.value)
    assert isinstance(err.value, InputError)


@settings(max_examples=40)
@given(a=st.text(alphabet="ABCDEFGHIJKLM", min_size=3, max_size=3),
       b=st.text(alphabet="nopqrstuvwxyz", min_size=3, max_size=3),
       sep=st.sampled_from(["-", "_", "/"]))
def test_any_two_distinct_letter_codes_parse(a: str, b: str, sep: str) -> None:
    d = Dyad.parse(f"{a}{sep}{b}")
    assert (d.a, d.b) == (a, b.upper())  # disjoint letters: never the same country


def test_dyad_is_frozen_and_hashable() -> None:
    d = Dyad.parse("USA-PRK")
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.a = "CHN"  # type: ignore[misc]
    assert {d, Dyad.parse("usa-prk")} == {d}


# ---- Event --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "target", "countries"), [
    ("USAGOV", "PRKGOV", ("USA", "PRK")),
    ("usamil", "prk", ("USA", "PRK")),  # lower case codes give upper-case countries
    ("US", "PRKGOV", (None, "PRK")),  # too short for a country
    ("1AB", "P2KGOV", (None, None)),  # not letters
])
def test_event_derives_countries_from_actor_codes(source: str, target: str, countries: tuple[Any, Any]) -> None:
    e = Event(D(2018, 1, 1), source, target, "040")
    assert (e.source_country, e.target_country) == countries


def test_event_keeps_what_it_is_given() -> None:
    e = Event(D(2018, 1, 1), "USAGOV", "PRKGOV", "0431", root="04", source_country="XXX", target_country="YYY")
    assert (e.root, e.source_country, e.target_country) == ("04", "XXX", "YYY")
    assert Event(D(2018, 1, 1), "USAGOV", "PRKGOV", "").root is None  # no code, nothing to derive
    assert (BASE.dataset, BASE.track, BASE.modality) == ("bundled", "other", "occurred")


def test_event_dict_round_trip_ignores_unknown_columns() -> None:
    e = dataclasses.replace(BASE, goldstein=4.0, quad_class=1, mentions=3, tone=-1.5, prov_row=7)
    row = e.to_dict()
    assert tuple(row) == EVENT_COLUMNS
    assert Event.from_dict(row) == e
    assert Event.from_dict({**row, "not_a_column": 1, "another": None}) == e


def test_event_columns_are_the_fields_in_order() -> None:
    assert tuple(f.name for f in dataclasses.fields(Event)) == EVENT_COLUMNS
    assert EVENT_COLUMNS[:4] == ("date", "source", "target", "code")
    assert len(set(EVENT_COLUMNS)) == len(EVENT_COLUMNS)


def test_constants_match_the_method() -> None:
    assert TRACKS == ("peace", "denuclearization", "tension", "other")
    assert GRADES == ("A", "B", "C")
    assert QUAD_CLASSES == {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                            4: "material conflict"}


# ---- content_hash -------------------------------------------------------------------------------------------------


def _expected(e: Event) -> str:
    """The documented recipe: md5 of dataset, date, source, target, code, location, summary or sentence, URL."""
    parts = [e.dataset, e.date.isoformat(), e.source, e.target, e.code, e.location or "",
             e.summary or e.sentence or "", e.url or ""]
    return "h" + hashlib.md5("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()[:20]


def test_content_hash_follows_the_documented_recipe() -> None:
    assert content_hash(BASE) == _expected(BASE)
    assert len(content_hash(BASE)) == 21 and content_hash(BASE)[0] == "h"
    # the same content built twice, or rebuilt from its dict, hashes the same
    again = Event(D(2018, 6, 12), "USAGOV", "PRKGOV", "036", location="Singapore", summary="a summit",
                  url="https://x")
    assert content_hash(again) == content_hash(Event.from_dict(BASE.to_dict())) == content_hash(BASE)


@pytest.mark.parametrize(("field", "value"), [
    ("dataset", "gdelt"),
    ("date", D(2018, 6, 13)),
    ("source", "USAMIL"),
    ("target", "PRKMIL"),
    ("code", "0361"),
    ("location", "Hanoi"),
    ("summary", "a second summit"),
    ("url", "https://y"),
])
def test_content_hash_changes_with_each_field_it_covers(field: str, value: object) -> None:
    changed = dataclasses.replace(BASE, **{field: value})  # type: ignore[arg-type]
    assert content_hash(changed) != content_hash(BASE)
    assert content_hash(changed) == _expected(changed)


@pytest.mark.parametrize(("field", "value"), [
    ("event_id", "gdelt-1"), ("goldstein", 9.9), ("quad_class", 4), ("tone", -3.0), ("mentions", 10),
    ("sources", 2), ("articles", 5), ("track", "peace"), ("citation", "a paper"), ("prov_file", "f.csv"),
    ("prov_row", 3), ("modality", "negated"), ("source_name", "Trump"), ("plover_event", "CONSULT"),
    ("sentence", "ignored while a summary exists"),
])
def test_content_hash_ignores_fields_outside_the_recipe(field: str, value: object) -> None:
    assert content_hash(dataclasses.replace(BASE, **{field: value})) == content_hash(BASE)  # type: ignore[arg-type]


def test_the_sentence_stands_in_for_a_missing_summary() -> None:
    bare = dataclasses.replace(BASE, summary=None)
    with_sentence = dataclasses.replace(bare, sentence="Trump met Kim.")
    assert content_hash(with_sentence) != content_hash(bare)
    assert content_hash(with_sentence) == content_hash(dataclasses.replace(bare, summary="Trump met Kim."))
    # an empty summary or location counts as none
    assert content_hash(dataclasses.replace(bare, summary="")) == content_hash(bare)
    assert content_hash(dataclasses.replace(BASE, location="")) == content_hash(
        dataclasses.replace(BASE, location=None))


def test_key_is_the_dataset_id_else_the_content_hash() -> None:
    assert dataclasses.replace(BASE, event_id="icews-42").key == "icews-42"
    assert dataclasses.replace(BASE, event_id="").key == content_hash(BASE)  # an empty id is no id
    assert BASE.key == content_hash(BASE)


@settings(max_examples=40)
@given(summary=st.text(max_size=40), other=st.text(max_size=40))
def test_different_summaries_give_different_keys(summary: str, other: str) -> None:
    a, b = dataclasses.replace(BASE, summary=summary or None), dataclasses.replace(BASE, summary=other or None)
    assert (a.key == b.key) == ((summary or "") == (other or ""))


# ---- Actor, Milestone, Article ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "end", "day", "valid"), [
    (D(2018, 8, 23), D(2021, 1, 20), D(2018, 8, 23), True),  # the first day counts
    (D(2018, 8, 23), D(2021, 1, 20), D(2021, 1, 20), True),  # and the last
    (D(2018, 8, 23), D(2021, 1, 20), D(2018, 8, 22), False),
    (D(2018, 8, 23), D(2018, 8, 23), D(2018, 8, 24), False),  # a one-day office
    (None, D(2000, 1, 1), D(1900, 1, 1), True),  # open start
    (D(2011, 12, 17), None, D(2100, 1, 1), True),  # still in office
    (D(2011, 12, 17), None, D(2011, 12, 16), False),
    (None, None, D(1, 1, 1), True),
])
def test_actor_valid_on_its_dates_only(start: dt.date | None, end: dt.date | None, day: dt.date,
                                       valid: bool) -> None:
    assert Actor("USAGOV", "someone", start=start, end=end).valid_on(day) is valid


def test_actor_defaults_and_aliases() -> None:
    a = Actor("PRKGOV", "Kim Jong Un", aliases=("Kim", "Chairman Kim"))
    assert (a.country, a.role, a.office, a.start, a.end) == (None, None, None, None, None)
    assert "Kim" in a.aliases
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "x"  # type: ignore[misc]


def test_milestone_and_article_defaults() -> None:
    m = Milestone(D(2018, 6, 12), "USA-PRK", "peace", "summit", 3, "B", "Singapore summit", "a source")
    assert m.end is None and m.channel is None
    art = Article("text")
    assert (art.title, art.author, art.date, art.url, art.removed) == (None, None, None, None, ())
    assert Article("t", removed=("nav",)).removed == ("nav",)


@pytest.mark.parametrize("change", [{"level": 7}, {"level": -1}, {"grade": "Z"}, {"track": "war"}],
                         ids=["level-7", "level-minus-1", "grade-Z", "track-war"])
def test_milestone_refuses_fields_outside_the_ledger_rules(change: dict[str, object]) -> None:
    fields: dict[str, Any] = {"date": D(2018, 6, 12), "dyad": "USA-PRK", "track": "peace", "kind": "summit",
                              "level": 3, "grade": "B", "summary": "s", "citation": "c"}
    with pytest.raises(InputError):
        Milestone(**{**fields, **change})
