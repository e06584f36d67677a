"""Actors read as sources: bodies named by an epithet and a plural noun, and the other classes of a missing or
wrong source (see docs/coder.md, "Failure patterns of real prose and their fixes")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding._puppets import _body_end
from detente.coding.intake import read_article_text
from detente.model import Article

DAY = dt.date(2012, 3, 7)


def _events(coder: Coder, text: str, day: dt.date = DAY) -> set[tuple[str, str, str]]:
    """(source, target, root) of the events an article's reading keeps."""
    reading = read_article_events(read_article_text(text, date=day), coder=coder)
    return {(e.source, e.target, e.code[:2]) for e in reading.events}


# -- "puppet" bodies named by a plural noun ------------------------------------------------------------------------

SOUTH = "South Korea held artillery drills on Monday. "


@pytest.mark.parametrize(("words", "end", "agent"), [
    (["the", "puppet", "forces", "fired"], 3, "MIL"),
    (["the", "puppet", "authorities", "said"], 3, "GOV"),
    (["the", "puppet", "military", "warmongers", "said"], 4, "MIL"),
    (["the", "puppet", "conservative", "rulers", "said"], 4, "GOV"),
    (["the", "puppet", "war", "elements", "said"], 4, "GOV"),
    (["the", "puppet", "troops'", "drills"], 3, "MIL"),
    (["the", "puppet", "group's", "drills"], 3, "GOV"),
])
def test_the_body_runs_over_a_plural_noun_and_a_possessive(words: list[str], end: int, agent: str) -> None:
    assert _body_end(words, 1) == (end, agent)


def test_a_word_that_only_ends_in_s_is_no_body() -> None:
    assert _body_end(["the", "puppet", "class", "met"], 1) is None
    assert _body_end(["the", "puppet", "shows", "met"], 1) is None


@pytest.mark.parametrize("body", ["The puppet rulers", "The puppet elements", "The puppet conservative rulers",
                                  "The puppet war elements"])
def test_a_puppet_body_named_by_a_plural_the_lexicon_does_not_list_is_the_source(coder: Coder, body: str) -> None:
    assert ("KORGOV", "PRK", "11") in _events(coder, SOUTH + f"{body} criticized the DPRK on Tuesday.")
    assert ("PRK", "KORGOV", "11") in _events(coder, SOUTH + f"The DPRK denounced {body.lower()} on Tuesday.")


@pytest.mark.parametrize("body", ["The puppet bellicose forces", "The puppet traitorous troops"])
def test_a_puppet_body_whose_noun_the_lexicon_reads_alone_is_south_koreas(coder: Coder, body: str) -> None:
    assert ("KORMIL", "PRK", "11") in _events(coder, SOUTH + f"{body} criticized the DPRK on Tuesday.")


def test_a_puppet_body_of_another_country_or_without_south_korea_is_left(coder: Coder) -> None:
    assert not any(s.startswith("KOR") for s, _, r in _events(
        coder, "The DPRK held a meeting on Monday. The puppet rulers criticized Japan on Tuesday.") if r == "11")
    assert not any(s.startswith("KOR") for s, _, r in _events(
        coder, SOUTH + "The puppet bellicose forces of Japan criticized China on Tuesday.") if r == "11")


# -- a body named again by its noun before an adverb, or by its members -------------------------------------------

def _pairs(coder: Coder, text: str, root: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, r in _events(coder, text) if r == root}


@pytest.mark.parametrize("again", ["The Council strongly condemned Chad's raid.",
                                   "The Council firmly condemned Chad's raid.",
                                   "Council members condemned Chad's raid.",
                                   "Council members unanimously condemned Chad's raid."])
def test_the_council_named_again_before_an_adverb_or_by_its_members(coder: Coder, again: str) -> None:
    text = f"The Security Council met on Monday to discuss the border. {again}"
    assert ("IGOUNO", "TCD") in _pairs(coder, text, "11")


@pytest.mark.parametrize("again", ["The ministry sharply criticized Chile's claim.",
                                   "The ministry publicly denounced Chile's claim."])
def test_a_ministry_named_again_before_an_adverb(coder: Coder, again: str) -> None:
    text = f"Peru's Foreign Ministry issued a statement on Monday. {again}"
    assert ("PERGOV", "CHL") in _pairs(coder, text, "11")


def test_a_body_named_before_an_ly_noun_or_never_named_stays_unknown(coder: Coder) -> None:
    # "the council assembly", "the army supply": the role word modifies the noun, as "military exercises" does
    assert not any(s.startswith("IGO") for s, _ in _pairs(
        coder, "The Security Council met on Monday. The council family attacked Chad's villages.", "18"))
    # the council was never named with its country or organisation: it stays no one's
    assert not any(s.startswith("IGO") or s == "TCD" for s, _, r in _events(
        coder, "Council members condemned Chad's raid on Monday.") if r == "11")
    # members of a party are no council
    assert not any(s.startswith("IGO") for s, _, r in _events(
        coder, "The Security Council met on Monday. Party members condemned Chad's raid.") if r == "11")


def _released(coder: Coder, text: str, *, title: str | None = None, header: tuple[str, ...] = ()) \
        -> set[tuple[str, str, str]]:
    article = Article(text, title=title, date=DAY, removed=header)
    return {(e.source, e.target, e.code[:2]) for e in read_article_events(article, coder=coder).events}


@pytest.mark.parametrize(("title", "header"), [
    ("Security Council Condemns Attack in Chad", ()),
    ("Press Statement on Chad", ("Security Council", "SC/15000", "Press Release")),
])
@pytest.mark.parametrize("text", ["Council members condemned Chad's raid on Monday.",
                                  "The Council strongly condemned Chad's raid on Monday."])
def test_the_council_of_a_release_whose_heading_names_it(coder: Coder, title: str, header: tuple[str, ...],
                                                         text: str) -> None:
    assert ("IGOUNO", "TCD", "11") in _released(coder, text, title=title, header=header)


def test_a_release_that_names_no_council_keeps_it_unknown(coder: Coder) -> None:
    found = _released(coder, "The Council strongly condemned Chad's raid on Monday.",
                      title="Statement by the Secretary-General on Chad")
    assert not any(s.startswith("IGO") for s, _, r in found if r == "11")
    # a national council named in the heading is that state's, not the UN's
    found = _released(coder, "The Council strongly condemned Chad's raid on Monday.",
                      title="Niger's National Security Council Meets on Chad")
    assert not any(s.startswith("IGO") for s, _, r in found if r == "11")


# -- heads of state and government and foreign ministers the people table lacked -----------------------------------

@pytest.mark.parametrize(("text", "day", "source"), [
    ("Maduro criticized Colombia on Tuesday.", dt.date(2024, 3, 5), "VENGOV"),
    ("Foreign Minister Maduro criticized Colombia on Tuesday.", dt.date(2008, 3, 4), "VENGOV"),
    ("President Chavez criticized Colombia on Tuesday.", dt.date(2008, 3, 4), "VENGOV"),
    ("Uribe criticized Venezuela on Tuesday.", dt.date(2008, 3, 4), "COLGOV"),
    ("Saakashvili criticized Russia on Tuesday.", dt.date(2008, 8, 12), "GEOGOV"),
    ("Johnson criticized Russia on Tuesday.", dt.date(2018, 3, 13), "GBRGOV"),
    ("Johnson criticized Russia on Tuesday.", dt.date(1965, 3, 9), "USAGOV"),
    ("Starmer criticized Russia on Tuesday.", dt.date(2025, 3, 4), "GBRGOV"),
    ("Macron criticized Russia on Tuesday.", dt.date(2022, 3, 1), "FRAGOV"),
    ("Sheikh Tamim criticized Israel on Tuesday.", dt.date(2024, 3, 5), "QATGOV"),
])
def test_a_leader_named_alone_is_his_countrys_on_the_day(coder: Coder, text: str, day: dt.date,
                                                          source: str) -> None:
    assert any(s == source and r == "11" for s, _, r in _events(coder, text, day))


@pytest.mark.parametrize(("text", "day"), [
    ("Maduro criticized Colombia on Tuesday.", dt.date(2000, 3, 7)),  # no office yet
    ("Starmer criticized Russia on Tuesday.", dt.date(2019, 3, 5)),  # not yet Prime Minister
    ("Brown criticized Russia on Tuesday.", dt.date(2008, 3, 4)),  # a surname the table gives no one alone
    ("In May the minister criticized Russia.", dt.date(2017, 6, 6)),  # the month is no Prime Minister
])
def test_no_leader_out_of_office_or_by_a_common_word(coder: Coder, text: str, day: dt.date) -> None:
    assert not any(s[:3] in ("VEN", "GBR") for s, _, _ in _events(coder, text, day))


# -- a numbered resolution speaks for the UN ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Security Council met on Monday. Resolution 660 demanded Iraq's immediate withdrawal from Kuwait.",
    "The United Nations met on Monday. Resolution 660 demands Iraq's immediate withdrawal.",
    "The Security Council met on Monday. Resolution 661, demanding Iraq's withdrawal, passed on Monday.",
])
def test_a_numbered_resolution_of_a_text_that_names_the_un_is_the_uns(coder: Coder, text: str) -> None:
    assert ("IGOUNO", "IRQ", "10") in _events(coder, text, dt.date(1990, 8, 10))


@pytest.mark.parametrize("text", [
    "Resolution 660 demanded Iraq's immediate withdrawal from Kuwait.",  # the text names no UN
    "The Security Council met on Monday. House Resolution 660 demanded Iraq's immediate withdrawal.",
])
def test_a_resolution_of_no_un_text_or_of_a_legislature_is_no_uns(coder: Coder, text: str) -> None:
    assert not any(s.startswith("IGO") for s, _, r in _events(coder, text, dt.date(1990, 8, 10)) if r == "10")


# -- a minister of a family-name-first country named again by the office and a family name that is an English word

@pytest.mark.parametrize(("first", "again", "source"), [
    # two foreign ministers in the article: the office alone does not say whose
    ("South Korean Foreign Minister Park Jin met Japanese Foreign Minister Hayashi Yoshimasa on Monday.",
     "Foreign Minister Park criticized the DPRK on Tuesday.", "KORGOV"),
    ("Chinese Defense Minister Song Tao met Japanese officials on Monday.",
     "Defense Minister Song criticized the DPRK on Tuesday.", "CHNGOV"),
])
def test_a_family_name_that_is_an_english_word_names_the_person_after_a_title(coder: Coder, first: str, again: str,
                                                                             source: str) -> None:
    assert (source, "PRK", "11") in _events(coder, f"{first} {again}", dt.date(2022, 10, 4))


@pytest.mark.parametrize("again", ["Park criticized the DPRK on Tuesday.",
                                   "The park criticized the DPRK on Tuesday."])
def test_a_family_name_that_is_an_english_word_names_no_one_alone(coder: Coder, again: str) -> None:
    text = f"South Korean Foreign Minister Park Jin met Japanese officials on Monday. {again}"
    assert not any(s.startswith("KOR") and t == "PRK" for s, t, _ in _events(coder, text, dt.date(2022, 10, 4)))
