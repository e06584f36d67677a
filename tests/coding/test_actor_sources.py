"""Actors read as sources: bodies named by an epithet and a plural noun, and the other classes of a missing or
wrong source (see docs/coder.md, "Failure patterns of real prose and their fixes")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding._puppets import _body_end
from detente.coding.intake import read_article_text

DAY = dt.date(2012, 3, 7)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


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
