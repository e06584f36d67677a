"""The bundled loader's date convention: ``date`` is the day in Korea, ``utc_date`` the same moment's UTC day."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.errors import InputError
from detente.ingest import bundled

_HEAD = "id,date,utc_date,source,target,code,track,summary,citation,url,source_name,target_name,location,second_source"


def _tests_file(monkeypatch: pytest.MonkeyPatch, rows: str) -> None:
    """The record's weapons-test file holds ``rows``; the other event files are left out."""
    real = bundled._text
    monkeypatch.setattr(bundled, "_text", lambda name: f"{_HEAD}\n{rows}" if name == bundled.TESTS_FILE else real(name))
    monkeypatch.setattr(bundled, "EVENT_FILES", (bundled.TESTS_FILE,))


@pytest.mark.parametrize("utc", ["2017-11-28", "2017-11-29", ""])
def test_a_utc_day_equal_to_or_one_before_the_korean_day_loads(monkeypatch: pytest.MonkeyPatch, utc: str) -> None:
    _tests_file(monkeypatch, f"m1,2017-11-29,{utc},PRKMIL,USA,150,tension,Launched.,Doc,,,,,Other doc\n")
    [event] = bundled.bundled_events()
    assert event.date == dt.date(2017, 11, 29)
    assert event.prov_file == "us_dprk_tests.csv"


@pytest.mark.parametrize("utc", ["2017-11-27", "2017-11-30"])
def test_a_utc_day_more_than_the_time_difference_away_is_refused(monkeypatch: pytest.MonkeyPatch, utc: str) -> None:
    _tests_file(monkeypatch, f"m1,2017-11-29,2017-11-28,PRKMIL,USA,150,tension,s,c,,,,,\n"
                             f"m2,2017-11-29,{utc},PRKMIL,USA,150,tension,s,c,,,,,\n")
    with pytest.raises(InputError, match=rf"us_dprk_tests\.csv line 3: date 2017-11-29 is not the Korean day of "
                                         rf"utc_date {utc}; .*UTC\+9"):
        bundled.bundled_events()


def test_a_malformed_utc_day_names_the_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _tests_file(monkeypatch, "m1,2017-11-29,28/11/2017,PRKMIL,USA,150,tension,s,c,,,,,\n")
    with pytest.raises(InputError, match=r"us_dprk_tests\.csv line 2: '28/11/2017' is not an ISO date"):
        bundled.bundled_events()


def test_the_shipped_files_are_read_in_order_with_their_provenance() -> None:
    events = bundled.bundled_events()
    files = [e.prov_file for e in events]
    assert list(dict.fromkeys(files)) == list(bundled.EVENT_FILES)
    assert all(e.prov_row is not None and e.prov_row >= 2 for e in events)
