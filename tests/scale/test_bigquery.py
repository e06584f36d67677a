"""The BigQuery SQL over GDELT: its very text, run on DuckDB over fixture tables with GDELT's columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from detente.errors import ConfigError
from detente.model import Dyad
from detente.store._bigquery import DUCKDB_PRELUDE, GDELT2_TYPES, gdelt_bigquery_sql

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "formats" / "gdelt2.export.CSV"
#: the positions of the columns the query reads, in GDELT 2.0's 61-column export layout
POSITIONS = {"GLOBALEVENTID": 0, "SQLDATE": 1, "Actor1Code": 5, "Actor1Name": 6, "Actor1CountryCode": 7,
             "Actor1Type1Code": 12, "Actor2Code": 15, "Actor2Name": 16, "Actor2CountryCode": 17,
             "Actor2Type1Code": 22, "IsRootEvent": 25, "EventCode": 26, "EventRootCode": 28, "QuadClass": 29,
             "GoldsteinScale": 30, "NumMentions": 31, "NumSources": 32, "NumArticles": 33, "AvgTone": 34,
             "ActionGeo_FullName": 52, "SOURCEURL": 60}


def gdelt_table(con: duckdb.DuckDBPyConnection, rows: list[dict[str, object]]) -> None:
    """A table named like GDELT's (typed as BigQuery types it) holding ``rows``."""
    cols = ", ".join(f"{name} {'VARCHAR' if kind == 'STRING' else kind}" for name, kind in GDELT2_TYPES.items())
    con.execute(f"CREATE TABLE gdelt_events ({cols})")
    for r in rows:
        names = list(r)
        con.execute(f"INSERT INTO gdelt_events ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                    list(r.values()))


def real_rows() -> list[dict[str, object]]:
    out = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        row: dict[str, object] = {name: (f[i] or None) for name, i in POSITIONS.items()}
        for name, kind in GDELT2_TYPES.items():
            if row[name] is not None and kind == "INT64":
                row[name] = int(str(row[name]))
            elif row[name] is not None and kind == "DOUBLE":
                row[name] = float(str(row[name]))
        out.append(row)
    return out


def run(sql: str, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    con = duckdb.connect()
    con.execute(DUCKDB_PRELUDE)
    gdelt_table(con, rows)
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def test_bigquery_sql_yields_canonical_events_for_the_dyad_only() -> None:
    rows = real_rows()
    assert len(rows) == 3
    base = rows[1]  # BGRGOV -> USA, 042, with a place name
    usa_prk = dict(base, GLOBALEVENTID=1, SQLDATE=20180612, Actor1Code="USAGOV", Actor1CountryCode="USA",
                   Actor1Type1Code="GOV", Actor2Code="PRKGOV", Actor2CountryCode="PRK", Actor2Type1Code="GOV")
    prk_usa = dict(base, GLOBALEVENTID=2, SQLDATE=20180613, Actor1Code="PRK", Actor1CountryCode="PRK",
                   Actor1Type1Code=None, Actor2Code="USA", Actor2CountryCode="USA", Actor2Type1Code=None,
                   IsRootEvent=0)
    no_country = dict(base, GLOBALEVENTID=3, SQLDATE=20180614, Actor1CountryCode=None, Actor1Code="GOV",
                      Actor2CountryCode="PRK")
    late = dict(usa_prk, GLOBALEVENTID=4, SQLDATE=20180701)
    sql = gdelt_bigquery_sql(Dyad.parse("USA-PRK"), dt.date(2018, 6, 1), dt.date(2018, 6, 30),
                             table="gdelt_events", quote_table=False)
    out = run(sql, [*rows, usa_prk, prk_usa, no_country, late])
    assert [r["event_id"] for r in out] == ["1", "2"]
    first, second = out
    assert first["date"] == dt.date(2018, 6, 12)
    assert (first["source"], first["target"]) == ("USAGOV", "PRKGOV")
    assert (second["source"], second["target"]) == ("PRK", "USA")  # no type code: the country alone
    assert first["code"] == "042" and first["root"] == "04" and first["quad_class"] == 1
    assert first["goldstein"] == pytest.approx(1.9)
    assert (first["mentions"], first["sources"], first["articles"]) == (1, 1, 1)
    assert first["location"] == "Tbilisi, Georgia (general), Georgia"
    assert first["url"] == base["SOURCEURL"] and first["dataset"] == "gdelt"
    root_only = gdelt_bigquery_sql(Dyad.parse("USA-PRK"), dt.date(2018, 6, 1), dt.date(2018, 6, 30),
                                   table="gdelt_events", quote_table=False, root_only=True)
    assert [r["event_id"] for r in run(root_only, [usa_prk, prk_usa])] == ["1"]


def test_bigquery_sql_names_the_public_table_and_loads_into_the_store(tmp_path: Path) -> None:
    from detente.store import Store, import_archive

    sql = gdelt_bigquery_sql(Dyad.parse("USA-PRK"), dt.date(2018, 6, 1), dt.date(2018, 6, 30))
    assert "FROM `gdelt-bq.gdeltv2.events`" in sql
    assert "SQLDATE BETWEEN 20180601 AND 20180630" in sql
    rows = real_rows()
    usa_prk = dict(rows[1], GLOBALEVENTID=7, SQLDATE=20180612, Actor1CountryCode="USA", Actor2CountryCode="PRK")
    con = duckdb.connect()
    con.execute(DUCKDB_PRELUDE)
    gdelt_table(con, [usa_prk])
    local = sql.replace("`gdelt-bq.gdeltv2.events`", "gdelt_events")
    con.execute(f"COPY ({local}) TO '{tmp_path / 'answer.csv'}' (HEADER)")  # what BigQuery's CSV export gives
    with Store.open(tmp_path / "s.duckdb") as s:
        (r,) = import_archive(s, tmp_path / "answer.csv", dataset="gdelt")
        assert r.stored == 1
        (e,) = s.events()
        assert (e.event_id, e.source_country, e.target_country, e.code) == ("7", "USA", "PRK", "042")


def test_bigquery_sql_refuses_bad_input() -> None:
    with pytest.raises(ConfigError, match="swap"):
        gdelt_bigquery_sql(Dyad.parse("USA-PRK"), dt.date(2019, 1, 1), dt.date(2018, 1, 1))
    with pytest.raises(ConfigError, match="table"):
        gdelt_bigquery_sql(Dyad.parse("USA-PRK"), dt.date(2018, 1, 1), dt.date(2018, 2, 1), table="x`; DROP")
