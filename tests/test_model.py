from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.errors import DetenteError, DyadError
from detente.model import Actor, Dyad, Event, content_hash
from detente.store._schema import KEY_SQL


def test_dyad_parse_and_membership() -> None:
    d = Dyad.parse("usa-prk")
    assert (d.a, d.b) == ("USA", "PRK")
    assert str(d) == "USA-PRK"
    assert d.contains("PRK", "USA") and d.contains("USA", "PRK")
    assert not d.contains("USA", "KOR")


@pytest.mark.parametrize("bad", ["USA", "USA-PRK-KOR", "US-PRK", "USA-USA", "12A-PRK", ""])
def test_dyad_parse_refuses_with_hint(bad: str) -> None:
    with pytest.raises(DyadError, match="USA-PRK"):
        Dyad.parse(bad)


def test_dyad_error_is_a_detente_error_with_exit_2() -> None:
    assert issubclass(DyadError, DetenteError)
    assert DyadError.exit_code == 2


def test_event_derives_root_and_countries() -> None:
    e = Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "0431")
    assert e.root == "04"
    assert (e.source_country, e.target_country) == ("USA", "PRK")
    assert e.key.startswith("h")
    assert Event(dt.date(2018, 6, 12), "USAGOV", "PRKGOV", "043", event_id="x1").key == "x1"


def test_actor_validity_dates() -> None:
    biegun = Actor("USAGOV", "Stephen Biegun", office="Special Representative for North Korea",
                   start=dt.date(2018, 8, 23), end=dt.date(2021, 1, 20))
    assert biegun.valid_on(dt.date(2019, 2, 1))
    assert not biegun.valid_on(dt.date(2018, 1, 1))
    assert not biegun.valid_on(dt.date(2021, 1, 21))


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    code=st.sampled_from(["010", "036", "0431", "190"]),
    summary=st.none() | _text,
    location=st.none() | _text,
    url=st.none() | _text,
)
def test_python_and_sql_content_hash_agree(
    day: dt.date, code: str, summary: str | None, location: str | None, url: str | None
) -> None:
    e = Event(day, "USAGOV", "PRKGOV", code, summary=summary, location=location, url=url)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE t AS SELECT ?::DATE AS date, ? AS dataset, ? AS source, ? AS target, ? AS code, "
        "?::VARCHAR AS location, ?::VARCHAR AS summary, NULL::VARCHAR AS sentence, ?::VARCHAR AS url, "
        "NULL::VARCHAR AS event_id",
        [e.date, e.dataset, e.source, e.target, e.code, e.location, e.summary, e.url],
    )
    (sql_key,) = con.execute(f"SELECT {KEY_SQL} FROM t").fetchone()  # type: ignore[misc]
    assert sql_key == content_hash(e)
