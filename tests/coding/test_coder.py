"""The coder's behaviour, pinned in golden records (tests/coding/golden_records.jsonl) and unit cases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from detente.coding import UNDATED, Coder, CoderOptions, read_article_events, split_sentences, tokenize
from detente.coding.coder import track_for
from detente.model import Article
from detente.reference import reference_tables

RECORDS = [json.loads(line) for line in (Path(__file__).parent / "golden_records.jsonl").read_text().splitlines()
           if line.strip()]


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_golden_record(coder: Coder, record: dict[str, Any]) -> None:
    events = coder.code_sentence(record["text"], date=dt.date.fromisoformat(record["date"]))
    got = [[e.source, e.target, e.code] for e in events]
    for triple in record["expect"]:
        assert triple in got, f"{record['id']}: {record['why']}; coded {got}"
    if not record["expect"]:
        assert got == [], record["why"]
        return
    first = next(e for e in events if [e.source, e.target, e.code] == record["expect"][0])
    if "modality" in record:
        assert first.modality == record["modality"], record["why"]
    if "event_date" in record:
        assert first.date == dt.date.fromisoformat(record["event_date"]), record["why"]
    if "source_name" in record:
        assert first.source_name == record["source_name"], record["why"]


def test_events_carry_reference_figures(coder: Coder) -> None:
    [event] = coder.code_sentence("Washington imposed new sanctions on North Korea.", date=dt.date(2017, 9, 1))
    assert (event.root, event.quad_class, event.goldstein) == ("16", 4, -8.0)
    mapping = reference_tables().plover_for("163")
    assert mapping is not None and event.plover_event == mapping.event
    assert event.track == "tension"
    assert event.sentence == "Washington imposed new sanctions on North Korea."


def test_tracks() -> None:
    assert track_for("057", 1, ["agreement", "on", "denuclearization"]) == "denuclearization"
    assert track_for("057", 1, ["peace", "treaty"]) == "peace"
    assert track_for("190", 4, ["shelling"]) == "tension"
    assert track_for("010", 1, ["said"]) == "other"


def test_undated_text_is_marked(coder: Coder) -> None:
    [event] = coder.code_sentence("Washington imposed new sanctions on North Korea.")
    assert event.date == UNDATED


def test_min_actors(coder: Coder) -> None:
    sentence = "A car bomb killed ten people in the capital."
    assert coder.code_sentence(sentence) == []
    loose = Coder(options=CoderOptions(min_actors=0))
    assert [e.code[:2] for e in loose.code_sentence(sentence)] == ["18"]


def test_negation_keeps_the_event_as_negated(coder: Coder) -> None:
    events = coder.code_sentence("The United States will not lift sanctions on North Korea.", date=dt.date(2019, 3, 1))
    assert events and events[0].modality == "negated" and events[0].code.startswith("12")


def test_main_event_prefers_the_act_over_the_report(coder: Coder) -> None:
    events = coder.code_sentence("South Korea said North Korea fired a missile.", date=dt.date(2019, 5, 4))
    main = coder.main_event(events)
    assert main is not None and main.code == "150" and main.source == "PRK"


def test_capitalised_verb_form_is_a_name(coder: Coder) -> None:
    assert coder.code_sentence("March Gondor Fund officials spoke.", date=dt.date(2019, 1, 1)) == []


def test_long_sentence_is_skipped(coder: Coder) -> None:
    long = "North Korea and the United States " + "met and " * 100 + "talked."
    assert coder.code_sentence(long) == []


def test_deterministic(coder: Coder) -> None:
    text = "Kim met Trump in Singapore. Pompeo visited Pyongyang last week. North Korea fired missiles."
    first = coder.code_text(text, date=dt.date(2018, 7, 10))
    again = Coder().code_text(text, date=dt.date(2018, 7, 10))
    assert first == again and len(first) >= 3


def test_read_article_events_resolves_dates_and_frames() -> None:
    article = Article(
        text="Two days ago, Kim met Trump's envoy in Pyongyang. Washington insisted on complete, verifiable and "
             "irreversible denuclearization before any sanctions relief.",
        date=dt.date(2019, 2, 15),
    )
    reading = read_article_events(article)
    assert len(reading.sentences) == 2
    assert reading.events[0].date == dt.date(2019, 2, 13)
    assert reading.framing.paradigm == "denuclearization-first"
    data = reading.to_dict()
    assert data["sentences"] == 2 and data["events"][0]["date"] == "2019-02-13"
    assert set(data["events"][0]) >= {"source", "target", "code", "root", "goldstein", "quad_class", "plover",
                                      "track", "sentence", "date", "modality"}


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Kim met Trump. They talked.", ["Kim met Trump.", "They talked."]),
        ("The U.S. envoy arrived. Mr. Biegun met Gen. Kim.", ["The U.S. envoy arrived.", "Mr. Biegun met Gen. Kim."]),
        ("Republic., ,  The message said:, ,  I extend", ["Republic.", "The message said:", "I extend"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_tokenize_contractions_and_possessives() -> None:
    assert tokenize("Kim didn't meet South Korea's envoy") == ["Kim", "did", "not", "meet", "South", "Korea", "'s",
                                                               "envoy"]
    assert tokenize("Seoul won't go") == ["Seoul", "will", "not", "go"]
