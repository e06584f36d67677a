"""Vague dates anchored to a chronology (detente.coding.anchors): an act told "earlier this month", "last week" or
"in May 1999" takes the day of the one episode of its two countries that a dated record holds in that span.

The sentences are written for these tests; the chronologies are small ones built here (and, once, the bundled
record, for an episode it has held since it was written: the special envoy's visit to Pyongyang of 8 December
2009).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from detente.coding import UNDATED, Coder, read_article_events
from detente.coding.anchors import Chronology, date_basis, date_reference, open_chronology, told_span
from detente.errors import InputError, SourceNotFound
from detente.model import Article, Event


def _event(day: str, source: str, target: str, code: str, *, names: tuple[str | None, str | None] = (None, None),
           location: str | None = None, ident: str | None = None) -> Event:
    return Event(dt.date.fromisoformat(day), source, target, code, event_id=ident or f"{day}-{code}",
                 source_name=names[0], target_name=names[1], location=location, citation="a public chronology")


def _read(text: str, day: dt.date, chronology: Chronology | None, coder: Coder) -> list[Event]:
    return list(read_article_events(Article(text=text, date=day), coder=coder, reference=chronology).events)


def _pair(events: list[Event], source: str, target: str, root: str) -> list[Event]:
    return [e for e in events if e.source[:3] == source and e.target[:3] == target and e.root == root]


# --- the chronology's rule ----------------------------------------------------------------------------------------

def test_one_episode_in_the_span_gives_its_first_day() -> None:
    record = Chronology([_event("2005-03-14", "USAGOV", "PRKGOV", "042"),
                         _event("2005-03-15", "PRKGOV", "USAGOV", "043"),
                         _event("2005-05-02", "USAGOV", "PRKGOV", "042")])
    found = record.episode("USA", "PRK", "04", dt.date(2005, 3, 1), dt.date(2005, 3, 28))
    assert found is not None and found.date == dt.date(2005, 3, 14)


def test_two_episodes_in_the_span_give_none() -> None:
    record = Chronology([_event("2005-03-03", "USAGOV", "PRKGOV", "042"),
                         _event("2005-03-21", "USAGOV", "PRKGOV", "043")])
    assert record.episode("USA", "PRK", "04", dt.date(2005, 3, 1), dt.date(2005, 3, 28)) is None


def test_an_event_sharing_only_the_pair_is_another_act() -> None:
    """Joint drills told "earlier this month" are not the one summit of the month."""
    record = Chronology([_event("2005-03-10", "USAGOV", "KORGOV", "043")])
    assert record.episode("USA", "KOR", "06", dt.date(2005, 3, 1), dt.date(2005, 3, 28)) is None
    assert record.episode("USA", "KOR", "04", dt.date(2005, 3, 1), dt.date(2005, 3, 28)) is not None


def test_the_people_named_choose_between_two_events() -> None:
    """Two talks in the span: the one with the envoy the sentence names."""
    record = Chronology([_event("2005-03-04", "USAGOV", "PRKGOV", "046", names=("Alan Brook", None)),
                         _event("2005-03-19", "USAGOV", "PRKGOV", "042", names=("Carla Diaz", "Pak Song Il"))])
    found = record.episode("USA", "PRK", "04", dt.date(2005, 3, 1), dt.date(2005, 3, 28),
                           names=("Carla Diaz", ""))
    assert found is not None and found.date == dt.date(2005, 3, 19)


def test_a_directed_act_takes_only_the_same_direction() -> None:
    """An accusation by Washington is not anchored to one by Pyongyang; talks are the two sides' alike."""
    record = Chronology([_event("2005-03-09", "PRKGOV", "USAGOV", "111")])
    assert record.episode("USA", "PRK", "11", dt.date(2005, 3, 1), dt.date(2005, 3, 28)) is None
    talks = Chronology([_event("2005-03-09", "PRKGOV", "USAGOV", "043")])
    assert talks.episode("USA", "PRK", "04", dt.date(2005, 3, 1), dt.date(2005, 3, 28)) is not None


def test_an_event_at_another_place_is_another_act() -> None:
    """Talks "in Pyongyang" are not the letter handed over in Washington that month."""
    record = Chronology([_event("2005-03-10", "PRKGOV", "USAGOV", "042", location="Washington"),
                         _event("2005-04-02", "USAGOV", "PRKGOV", "042", location="Pyongyang")])
    told = "Last month the envoy held talks in Pyongyang."
    assert record.episode("USA", "PRK", "04", dt.date(2005, 3, 1), dt.date(2005, 3, 31), sentence=told) is None
    peninsula = "Last month the envoy held talks on peace on the Korean Peninsula."  # no venue named
    assert record.episode("USA", "PRK", "04", dt.date(2005, 3, 1), dt.date(2005, 3, 31), sentence=peninsula)


def test_another_kind_of_act_counts_only_as_a_meeting_of_the_same_people() -> None:
    """What was said at talks takes their day; a meeting does not take the day of a speech by the same leader."""
    record = Chronology([_event("2005-03-01", "PRKGOV", "USAGOV", "036", names=("Pak Song Il", None)),
                         _event("2005-03-14", "USAGOV", "PRKGOV", "042", names=("Carla Diaz", None))])
    span = (dt.date(2005, 2, 26), dt.date(2005, 3, 28))
    met = record.episode("PRK", "USA", "04", *span, names=("Pak Song Il", ""))
    assert met is not None and met.date == dt.date(2005, 3, 14)  # the one meeting, by its root
    accused = record.episode("USA", "PRK", "11", *span, names=("Carla Diaz", ""))
    assert accused is not None and accused.date == dt.date(2005, 3, 14)
    assert record.episode("USA", "PRK", "11", *span, names=("Alan Brook", "")) is None
    speech_only = Chronology([_event("2005-03-01", "PRKGOV", "USAGOV", "036", names=("Pak Song Il", None))])
    assert speech_only.episode("PRK", "USA", "04", *span, names=("Pak Song Il", "")) is None


def test_the_span_comes_from_the_phrase_the_coder_kept() -> None:
    day = dt.date(2005, 3, 30)
    told = Event(UNDATED, "USA", "PRK", "042", summary="told as 'earlier this month': 2005-03-01 to 2005-03-30",
                 sentence="Earlier this month the envoy went to Pyongyang.")
    start, end = told_span(told, day) or (None, None)
    assert start is not None and start <= dt.date(2005, 3, 1) and end == dt.date(2005, 3, 28)  # not the news days
    plain = Event(UNDATED, "USA", "PRK", "042", sentence="The envoy went to Pyongyang.")
    assert told_span(plain, day) is None
    recent = Event(UNDATED, "USA", "PRK", "042", sentence="We welcome the recent talks in Pyongyang.")
    assert told_span(recent, day) is not None
    assert told_span(recent, day, moved=True) is None  # an essay that has gone back to another year


# --- articles read with a chronology --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def envoy_record() -> Chronology:
    return Chronology([
        _event("2005-03-14", "USAGOV", "PRKGOV", "042", names=("Carla Diaz", None), location="Pyongyang",
               ident="2005-03-14-envoy-visit"),
        _event("2004-11-08", "PRKGOV", "USAGOV", "043", names=("Pak Song Il", "Carla Diaz"), location="Washington",
               ident="2004-11-08-pak-washington"),
    ])


def test_earlier_this_month_takes_the_record_day(envoy_record: Chronology, shared_coder: Coder) -> None:
    text = ("Washington said on Wednesday it would send food aid to North Korea. Earlier this month, the U.S. "
            "special envoy Carla Diaz held talks with North Korean officials in Pyongyang.")
    events = _read(text, dt.date(2005, 3, 30), envoy_record, shared_coder)
    talks = _pair(events, "USA", "PRK", "04")
    assert [e.date for e in talks] == [dt.date(2005, 3, 14)]
    assert date_basis(talks[0]) == "record" and date_reference(talks[0]) == "2005-03-14-envoy-visit"
    without = _pair(_read(text, dt.date(2005, 3, 30), None, shared_coder), "USA", "PRK", "04")
    assert [e.date for e in without] == [UNDATED]


def test_a_month_with_its_year_takes_the_record_day(envoy_record: Chronology, shared_coder: Coder) -> None:
    text = "North Korean envoy Pak Song Il met U.S. officials in Washington in November 2004."
    events = _read(text, dt.date(2005, 3, 30), envoy_record, shared_coder)
    assert {e.date for e in _pair(events, "PRK", "USA", "04")} == {dt.date(2004, 11, 8)}


def test_no_episode_in_the_span_leaves_the_act_undated(envoy_record: Chronology, shared_coder: Coder) -> None:
    text = "The U.S. special envoy held talks with North Korean officials in Pyongyang last week."
    events = _read(text, dt.date(2005, 6, 20), envoy_record, shared_coder)
    assert all(e.date == UNDATED for e in _pair(events, "USA", "PRK", "04"))


def test_an_anchored_act_draws_no_act_of_the_day(envoy_record: Chronology, shared_coder: Coder) -> None:
    """The article's own meeting of today stays today's; the one told "earlier this month" takes the record's."""
    text = ("U.S. special envoy Carla Diaz met North Korean officials in Beijing on Monday. The two sides had "
            "held talks in Pyongyang earlier this month.")
    events = _read(text, dt.date(2005, 3, 28), envoy_record, shared_coder)
    days = {e.date for e in events if e.source[:3] in ("USA", "PRK") and e.target[:3] in ("USA", "PRK")
            and e.root == "04"}
    assert dt.date(2005, 3, 28) in days


def test_the_bundled_record_dates_a_vague_visit(shared_coder: Coder) -> None:
    text = ("North Korea said on Thursday it was ready to return to talks. Earlier this month, U.S. special "
            "envoy Stephen Bosworth held talks with North Korean officials in Pyongyang.")
    with open_chronology("record") as record:
        events = _read(text, dt.date(2009, 12, 24), record, shared_coder)
    talks = _pair(events, "USA", "PRK", "04")
    assert talks and {e.date for e in talks} == {dt.date(2009, 12, 8)}


def test_open_chronology_names(tmp_path: Path) -> None:
    with open_chronology("none") as none:
        assert none is None
    with pytest.raises(SourceNotFound, match="--reference takes 'record'"), \
            open_chronology(tmp_path / "missing.duckdb"):
        pass


def test_a_file_that_is_no_store_says_what_reference_takes(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a store", encoding="utf-8")
    with pytest.raises(InputError, match=r"is no detente store.*--reference takes 'record'"), \
            open_chronology(text):
        pass


def test_a_store_is_a_chronology(tmp_path: Path, shared_coder: Coder) -> None:
    from detente.store import Store

    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.write_events([_event("2005-03-14", "USAGOV", "PRKGOV", "042", names=("Carla Diaz", None))],
                           dataset="mine", input="test")
    text = "Earlier this month, the U.S. special envoy Carla Diaz held talks with North Korean officials."
    with open_chronology(path) as record:
        events = _read(text, dt.date(2005, 3, 30), record, shared_coder)
    assert {e.date for e in _pair(events, "USA", "PRK", "04")} == {dt.date(2005, 3, 14)}


# --- the command line ---------------------------------------------------------------------------------------------

VISIT = ("North Korea said on Thursday it was ready to return to talks. Earlier this month, U.S. special envoy "
         "Stephen Bosworth held talks with North Korean officials in Pyongyang.\n")


def test_read_anchors_by_default_and_not_with_none(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "a.txt"
    page.write_text(VISIT, encoding="utf-8")
    default = json.loads(cli("read", str(page), "--date", "2009-12-24", "--format", "json").stdout)
    talks = [e for e in default["events"] if e["root"] == "04" and e["source"][:3] == "USA"]
    assert talks and talks[0]["date"] == "2009-12-08" and talks[0]["date_basis"] == "record"
    assert talks[0]["date_reference"] == "2009-12-08-bosworth-pyongyang"
    none = json.loads(cli("read", str(page), "--date", "2009-12-24", "--format", "json", "--reference",
                          "none").stdout)
    assert all(e["date_basis"] != "record" for e in none["events"])


def test_read_with_a_missing_reference_says_what_to_pass(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "a.txt"
    page.write_text(VISIT, encoding="utf-8")
    result = cli("read", str(page), "--date", "2009-12-24", "--reference", str(tmp_path / "nope.duckdb"))
    assert result.exit_code == 2 and "--reference takes 'record'" in result.stderr
