"""The dashboard's own queries: validation, SQL built from fixed fragments only, pages and capped counts."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import DyadError, InputError
from detente.model import Event
from detente.store import Store
from detente.web import _queries
from detente.web._queries import EventSearch, search_events
from detente.web._views import jsonable


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"tracks": ["war"]}, "track 'war' is not one of"),
    ({"code": "4a"}, "is not a CAMEO code"),
    ({"code": "12345"}, "is not a CAMEO code"),
    ({"datasets": ["Big Set"]}, "is not a dataset name"),
    ({"start": dt.date(2020, 1, 2), "end": dt.date(2020, 1, 1)}, "swap them"),
    ({"page": 10_000, "size": 200}, "narrow the filters"),
    ({"q": " ".join("w" * 9)}, "at most 8"),
])
def test_build_refuses_what_it_cannot_use(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        EventSearch.build(**kwargs)  # type: ignore[arg-type]


def test_build_refuses_a_bad_dyad_and_quotes_long_values_short() -> None:
    with pytest.raises(DyadError):
        EventSearch.build(dyad="USA")
    with pytest.raises(InputError) as err:
        EventSearch.build(tracks=["x" * 500])
    assert len(str(err.value)) < 200


def test_params_round_trip() -> None:
    search = EventSearch.build(q="  summit   Singapore ", tracks=["tension", "peace", ""], code="04", actor="Kim",
                               datasets=["bundled"], dyad="prk-usa", start=dt.date(2018, 1, 1),
                               end=dt.date(2018, 12, 31), page=3, size=20)
    assert search.q == "summit Singapore" and search.tracks == ("peace", "tension") and str(search.dyad) == "PRK-USA"
    p = search.params()
    again = EventSearch.build(q=p["q"], tracks=p["track"], code=p["code"], actor=p["actor"], datasets=p["dataset"],
                              dyad=p["dyad"], start=dt.date.fromisoformat(p["from"]),
                              end=dt.date.fromisoformat(p["to"]), page=3, size=p["size"])
    assert again == search


@settings(max_examples=200, deadline=None)
@given(q=st.text(max_size=60), actor=st.text(min_size=1, max_size=30))
def test_user_text_never_reaches_the_sql_text(q: str, actor: str) -> None:
    try:
        search = EventSearch.build(q=q, actor=actor)
    except InputError:
        return
    sql, params = search.where()
    assert sql.count("?") == len(params)
    for value in [*search.q.split(), search.actor or ""]:
        if value.strip() and not value.isspace():
            assert value.lower() in [str(p) for p in params] or value.upper() in params
    assert "'" not in sql


@pytest.fixture
def small_store() -> Store:
    store = Store.open(":memory:")
    events = [Event(dt.date(2020, 1, 1 + i % 20), "USAGOV", "PRKGOV", "042", dataset="t", event_id=f"e{i:03d}",
                    summary=f"meeting {i}", track="peace") for i in range(60)]
    store.write_events(events, dataset="t", input="t.csv")
    return store


def test_counts_above_the_cap_are_marked(small_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_queries, "COUNT_CAP", 25)
    capped = search_events(small_store, EventSearch.build(q="meeting"))
    assert capped["total"] == 25 and capped["total_capped"] is True and len(capped["events"]) == 50
    exact = search_events(small_store, EventSearch.build(q="meeting 1"))  # words anywhere: 1, 10..19, 21, .., 51
    assert exact["total"] == 15 and exact["total_capped"] is False
    everything = search_events(small_store, EventSearch.build())
    assert everything["total"] == 60 and everything["total_capped"] is False


def test_the_last_page_knows_its_count_and_pages_past_the_end_are_empty(small_store: Store) -> None:
    last = search_events(small_store, EventSearch.build(size=25, page=3))
    assert last["total"] == 60 and len(last["events"]) == 10
    past = search_events(small_store, EventSearch.build(size=25, page=4))
    assert past["total"] == 60 and past["events"] == []
    pages = [search_events(small_store, EventSearch.build(size=25, page=p))["events"] for p in (1, 2, 3)]
    keys = [e["key"] for page in pages for e in page]
    assert len(set(keys)) == 60


def test_jsonable() -> None:
    out = jsonable({"d": dt.date(2020, 1, 2), "t": dt.datetime(2020, 1, 2, 3, 4), "nan": math.nan,
                    "inf": np.float32("inf"), "i": np.int64(3), "a": np.array([1.5, np.nan]), 1: (np.bool_(True),)})
    assert out == {"d": "2020-01-02", "t": "2020-01-02T03:04:00", "nan": None, "inf": None, "i": 3,
                   "a": [1.5, None], "1": [True]}
