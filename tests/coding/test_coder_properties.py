"""Invariants under arbitrary input: the coder and the reader never crash; events are well formed."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.coding import Coder, CoderOptions
from detente.errors import DetenteError
from detente.ingest.news import read_article
from detente.reference import reference_tables

CODER = Coder(options=CoderOptions(min_actors=0))
WORDS = st.sampled_from(
    [
        "North", "Korea", "United", "States", "Pyongyang", "Washington", "Kim", "Trump", "met", "said",
        "will", "not", "attack", "sanctions", "talks", "the", "a", "to", "with", "in", "of", "and", ",",
        ".", ";", "'s", "officials", "envoy", "last", "month", "two", "weeks", "away", "if", "could",
        "military", "denied", "agreed", "urged", "release", "fired", "missiles",
    ]
)
MODALITIES = {"occurred", "intended", "hypothetical", "negated"}


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=0, max_size=40), st.dates(min_value=dt.date(1990, 1, 1)))
def test_coder_events_are_well_formed(words: list[str], day: dt.date) -> None:
    tables = reference_tables()
    for event in CODER.code_sentence(" ".join(words), date=day):
        assert tables.is_code(event.code)
        assert event.modality in MODALITIES
        assert event.track in {"peace", "denuclearization", "tension", "other"}
        assert event.source != event.target or event.source == "---"
        assert event.quad_class in (1, 2, 3, 4)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_coder_never_crashes_on_text(text: str) -> None:
    CODER.code_text(text, date=dt.date(2019, 1, 1))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_reader_refuses_or_reads_any_bytes(data: bytes) -> None:
    try:
        article = read_article(data)
    except DetenteError:
        return
    assert article.text.strip()
