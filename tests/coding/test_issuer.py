"""The voice of a release: "we", "our", "the President", "the Secretary", "this Department", "the Ministry" in a
text a government or organisation issued are the issuer, named only in the header (texts written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder, read_article_events
from detente.coding.issuer import following_authors, issuer_of
from detente.coding.mentions import Mention
from detente.model import Article


def _events(coder: Coder, text: str, *, header: tuple[str, ...] = (), title: str | None = None,
            date: dt.date | None = dt.date(2005, 3, 2)) -> set[tuple[str, str, str]]:
    article = Article(text, title=title, date=date, removed=header)
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in read_article_events(article, coder=coder).events}


WHITE_HOUSE = ("THE WHITE HOUSE", "Office of the Press Secretary", "For Immediate Release March 2, 2005")


def test_the_president_of_a_release_is_the_issuers_office_holder_on_its_day(coder: Coder) -> None:
    article = Article("Today the President met the Prime Minister of Ghana in the Oval Office.",
                      title="STATEMENT BY THE PRESS SECRETARY", date=dt.date(2005, 3, 2), removed=WHITE_HOUSE)
    [event] = read_article_events(article, coder=coder).events
    assert (event.source, event.target[:3], event.root) == ("USAGOV", "GHA", "04")
    assert event.source_name == "George W. Bush"
    # the same release of 2011: that day's holder; undated: the government and nobody in particular
    later = read_article_events(Article(article.text, title=article.title, date=dt.date(2011, 3, 2),
                                        removed=WHITE_HOUSE), coder=coder).events
    assert [e.source_name for e in later] == ["Barack Obama"]
    undated = read_article_events(Article(article.text, title=article.title, removed=WHITE_HOUSE),
                                  coder=coder).events
    assert [(e.source, e.source_name) for e in undated] == [("USAGOV", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The President welcomed Ghana's decision to join the regional trade pact.", ("USA", "GHA", "05")),
    ("The Secretary met the Foreign Minister of Togo on Tuesday.", ("USA", "TGO", "04")),
    ("We strongly condemn the shelling of Ghanaian villages by Togolese troops.", ("USA", "TGO", "11")),
    ("Our government will host the leaders of Benin next month.", ("USA", "BEN", "03")),
])
def test_first_person_and_offices_of_a_government_release(coder: Coder, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in _events(coder, text, header=WHITE_HOUSE, title="Statement by the Press Secretary")


def test_the_issuer_from_a_state_departments_header(coder: Coder) -> None:
    header = ("Press Statement", "Department Spokesperson", "Washington, DC", "Benin-Togo Border Talks")
    found = _events(coder, "The Secretary spoke with the President of Benin by phone. The President will host "
                           "the leaders of Togo next month.", header=header, title="U.S. Department of State")
    assert {("USA", "BEN", "04"), ("USA", "TGO", "03")} <= found


def test_a_spokesmans_answer_speaks_for_his_ministry(coder: Coder) -> None:
    text = ("A spokesman for the Foreign Ministry of Chile gave the following answer to a question put by a news "
            "agency on Wednesday:\nWe strongly condemn Bolivia for the shelling of our border villages. The "
            "Ministry urges Bolivia to stop its provocations at once.")
    found = _events(coder, text)
    assert {("CHL", "BOL", "11"), ("CHL", "BOL", "02")} <= found


def test_an_organisations_statement_speaks_for_it(coder: Coder) -> None:
    text = ("The following statement was issued today by the Spokesman for the UN Secretary-General:\n"
            "The Secretary-General calls on the governments of Ghana and Togo to resume their border talks.")
    assert {("IGO", "GHA", "02"), ("IGO", "TGO", "02")} <= _events(coder, text)


@pytest.mark.parametrize(("header", "title"), [
    # a news story's headline tells an act: its "we" is nobody's release
    (("By Jo Doe", "Reuters"), "Ghana Condemns Togo Over Border Shelling"),
    # a label of a wire script names no speaker
    (("INTRO:", "TEXT:"), "Ghana-Togo talks"),
    # the countries a release is about are not its issuer
    (("Press Statement",), "Ghana-Togo Border Talks"),
])
def test_no_issuer_without_one(coder: Coder, header: tuple[str, ...], title: str) -> None:
    found = _events(coder, "The President met the Secretary on Monday.", header=header, title=title)
    assert all(source == "---" or source not in ("USA", "GHA", "TGO") for source, _, _ in found)


def test_issuer_of_reads_institutions_not_topics() -> None:
    white_house = (["the", "white", "house"], [Mention(0, 3, "USAGOV")])
    statement = (["press", "statement"], [])
    topic = (["ghana", "-", "togo", "border", "talks"], [Mention(0, 1, "GHA"), Mention(2, 3, "TGO")])
    headline = (["ghana", "condemns", "togo"], [Mention(0, 1, "GHAGOV"), Mention(2, 3, "TGOGOV")])
    assert issuer_of([white_house, statement, topic]) == ["USA"]
    assert issuer_of([white_house, topic]) == []  # no line says the text is a release
    assert issuer_of([statement, headline], {"condemns"}) == []
    assert issuer_of([statement, white_house, (["the", "kremlin"], [Mention(0, 2, "RUSGOV")])]) == []


def _low(text: str) -> list[str]:
    return text.split()


def test_following_authors() -> None:
    low = _low("the text of the following statement was released by ghana , togo and benin :")
    mentions = [Mention(9, 10, "GHAGOV"), Mention(11, 12, "TGOGOV"), Mention(13, 14, "BENGOV")]
    assert [m.code for m in following_authors(low, mentions)] == ["GHA", "TGO", "BEN"]
    low = _low("a spokesman for the ghanaian foreign ministry gave the following answer to a question by reporters")
    assert [m.code for m in following_authors(low, [Mention(4, 7, "GHAGOV")])] == ["GHA"]
    low = _low("the following council press statement was issued by council president ana ruiz ( chile ) :")
    assert following_authors(low, [Mention(13, 14, "CHL")]) == []  # the president's country is no author
    low = _low("ghana said the following day it would talk to togo")
    assert following_authors(low, [Mention(0, 1, "GHA"), Mention(9, 10, "TGO")]) == []


def test_a_person_addressed_before_i_is_not_the_speaker(coder: Coder) -> None:
    text = ("Thank you all very much. The treaty we sign today rewards our patience. General Secretary Gorbachev, "
            "I first proposed this treaty six years ago.")
    assert all(source != "RUS" for source, _, _ in _events(coder, text, date=dt.date(1987, 12, 8)))
    # the same remarks under a release's header: "I" is the issuer
    header = ("THE WHITE HOUSE", "Office of the Press Secretary", "For Immediate Release December 8, 1987")
    found = _events(coder, text, header=header, title="Remarks on Signing the Treaty", date=dt.date(1987, 12, 8))
    assert ("USA", "---", "02") in found  # "I first proposed this treaty": a proposal is an appeal (02)
    assert all(source != "RUS" for source, _, _ in found)
