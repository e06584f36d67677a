"""Normalisation field by field on real rows of the samples in tests/fixtures/samples (GDELT 1.0 April 2012, GDELT
2.0 Mentions July 2017, ICEWS June 2018) rewritten into the native layouts: actor codes, countries and roles,
PLOVER and the nearest CAMEO code, QuadClass/Goldstein from the pinned table when missing, and the quarantine
reasons the other ingest tests do not reach (each with the raw row kept)."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

import pytest

from detente.ingest import MENTIONS_DATASET, ingest_paths
from detente.ingest._layouts import GDELT1_BACKFILE, GDELT1_DAILY, GDELT2_EXPORT, GDELT2_MENTIONS, ICEWS, POLECAT
from detente.store import EventQuery, Store

Row = dict[str, str]

#: the CAMEO country codes of the ICEWS country names the tests pick (from the CAMEO codebook's country list)
COUNTRIES = {"India": "IND", "United States": "USA", "North Korea": "PRK", "South Korea": "KOR", "Nigeria": "NGA",
             "Malaysia": "MYS", "Japan": "JPN", "China": "CHN", "Russian Federation": "RUS", "Vietnam": "VNM"}


def _pinned() -> dict[str, tuple[int, float]]:
    """The pinned CAMEO table read straight from the shipped CSV: code -> (QuadClass, Goldstein)."""
    text = resources.files("detente.data").joinpath("cameo_event_codes.csv").read_text(encoding="utf-8")
    return {r["code"]: (int(r["quad_class"]), float(r["goldstein"])) for r in csv.DictReader(text.splitlines())}


PINNED = _pinned()


@pytest.fixture(scope="module")
def gdelt_rows(fixture_file: Callable[[str], Path]) -> list[Row]:
    """The 200 GDELT 1.0 rows of the re-exported sample, with 'NA' turned back into the native empty field."""
    with fixture_file("samples/gdelt1_georgia_apr2012_reexported.csv").open(encoding="utf-8") as fh:
        return [{k: ("" if v == "NA" else v) for k, v in r.items()} for r in csv.DictReader(fh)]


@pytest.fixture(scope="module")
def icews_rows(fixture_file: Callable[[str], Path]) -> list[Row]:
    with fixture_file("samples/icews_events_2018_subset.tab").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.fixture(scope="module")
def mention_rows(fixture_file: Callable[[str], Path]) -> list[Row]:
    with fixture_file("samples/gdelt2_mentions_subset.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def mem() -> Iterator[Store]:
    s = Store.open(":memory:")
    yield s
    s.close()


def _line(row: Row, columns: tuple[str, ...]) -> str:
    return "\t".join(row.get(c, "") for c in columns)


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return path


def _events(store: Store, dataset: str) -> dict[str, dict[str, object]]:
    return {r["event_id"]: r for r in store.events_arrow(EventQuery(datasets=(dataset,))).to_pylist()}


def _quarantine(store: Store) -> dict[int, dict[str, object]]:
    return {int(q["line"]): q for q in store.quarantine(limit=1000)}


def _gdelt_actor(row: Row, n: str) -> str:
    """The documented rule: CountryCode + Type1Code, else the actor code as given, else ''."""
    if row[f"Actor{n}CountryCode"]:
        return row[f"Actor{n}CountryCode"] + row[f"Actor{n}Type1Code"]
    return row[f"Actor{n}Code"]


# --- GDELT events ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("columns", "layout", "citation"), [
    (GDELT1_BACKFILE, "gdelt1-backfile", "GDELT 1.0 back-file"),
    (GDELT1_DAILY, "gdelt1-daily", "GDELT 1.0 daily"),
    (GDELT2_EXPORT, "gdelt2-export", "GDELT 2.0 export"),
])
def test_every_real_gdelt_row_normalises_field_by_field(gdelt_rows: list[Row], mem: Store, tmp_path: Path,
                                                        columns: tuple[str, ...], layout: str, citation: str) -> None:
    path = _write(tmp_path / "sample.CSV", [_line(r, columns) for r in gdelt_rows])
    [run] = ingest_paths(mem, "gdelt", [path])
    assert (run.layout, run.rows_read, run.stored, run.quarantined) == (layout, 200, 200, 0)
    events = _events(mem, "gdelt")
    for number, row in enumerate(gdelt_rows, start=1):
        e = events[row["GLOBALEVENTID"]]
        d = row["SQLDATE"]
        assert str(e["date"]) == f"{d[:4]}-{d[4:6]}-{d[6:]}"
        assert (e["source"], e["target"]) == (_gdelt_actor(row, "1"), _gdelt_actor(row, "2")), row["GLOBALEVENTID"]
        assert e["source_country"] == (row["Actor1CountryCode"] or None)
        assert e["target_country"] == (row["Actor2CountryCode"] or None)
        assert (e["source_name"], e["target_name"]) == (row["Actor1Name"] or None, row["Actor2Name"] or None)
        assert (e["code"], e["root"]) == (row["EventCode"], row["EventRootCode"])
        assert e["quad_class"] == int(row["QuadClass"])
        assert e["goldstein"] == pytest.approx(float(row["GoldsteinScale"]))
        assert (e["mentions"], e["sources"], e["articles"]) == (
            int(row["NumMentions"]), int(row["NumSources"]), int(row["NumArticles"]))
        assert e["tone"] == pytest.approx(float(row["AvgTone"]), rel=1e-6)
        assert e["location"] == (row["ActionGeo_FullName"] or None)
        # the sample has no SOURCEURL, so the track follows the QuadClass
        assert e["url"] is None and e["track"] == ("peace" if int(row["QuadClass"]) <= 2 else "tension")
        assert e["citation"] == citation
        assert e["prov_row"] == number


#: single real rows, one per actor pattern: (GLOBALEVENTID, source, target, source country)
ACTOR_ROWS = [
    ("189365242", "BGRGOV", "ARM", "BGR"),  # country + type; a country without a type is the country alone
    ("189368527", "CHR", "", None),  # a religion code without a country stays as GDELT wrote it; no actor 2
    ("189358180", "", "BGR", None),  # no first actor at all
]


@pytest.fixture(scope="module")
def actor_store(gdelt_rows: list[Row], tmp_path_factory: pytest.TempPathFactory) -> Store:
    rows = [next(r for r in gdelt_rows if r["GLOBALEVENTID"] == case[0]) for case in ACTOR_ROWS]
    store = Store.open(":memory:")
    [run] = ingest_paths(store, "gdelt", [_write(tmp_path_factory.mktemp("actors") / "rows.CSV",
                                                 [_line(r, GDELT2_EXPORT) for r in rows])])
    assert (run.layout, run.stored) == ("gdelt2-export", len(rows))
    return store


@pytest.mark.parametrize(("event_id", "source", "target", "source_country"), ACTOR_ROWS)
def test_single_real_rows_give_the_documented_actor_codes(actor_store: Store, event_id: str, source: str,
                                                          target: str, source_country: str | None) -> None:
    e = _events(actor_store, "gdelt")[event_id]
    assert (e["source"], e["target"], e["source_country"]) == (source, target, source_country)


def test_blank_quadclass_and_goldstein_come_from_the_pinned_table(gdelt_rows: list[Row], mem: Store,
                                                                  tmp_path: Path) -> None:
    blanked = [{**r, "QuadClass": "", "GoldsteinScale": ""} for r in gdelt_rows]
    ingest_paths(mem, "gdelt", [_write(tmp_path / "blank.CSV", [_line(r, GDELT1_DAILY) for r in blanked])])
    events = _events(mem, "gdelt")
    for row in gdelt_rows:
        e = events[row["GLOBALEVENTID"]]
        quad, goldstein = PINNED[row["EventCode"]]
        assert (e["quad_class"], e["goldstein"]) == (quad, pytest.approx(goldstein))
        # GDELT's own columns follow the same table, so the filled values are the ones GDELT wrote
        assert (e["quad_class"], e["goldstein"]) == (int(row["QuadClass"]), pytest.approx(float(row["GoldsteinScale"])))


def test_a_non_numeric_quadclass_falls_back_to_the_table_too(gdelt_rows: list[Row], mem: Store,
                                                             tmp_path: Path) -> None:
    row = next(r for r in gdelt_rows if r["EventCode"] == "190")
    odd = {**row, "QuadClass": "four", "GoldsteinScale": "strong"}
    ingest_paths(mem, "gdelt", [_write(tmp_path / "odd.CSV", [_line(odd, GDELT1_DAILY)])])
    e = _events(mem, "gdelt")[row["GLOBALEVENTID"]]
    assert (e["quad_class"], e["goldstein"], e["track"]) == (4, -10.0, "tension")


# --- GDELT 2.0 Mentions ------------------------------------------------------------------------------------------


def _mention_key(gid: str, m: Row) -> str:
    """The documented id: GLOBALEVENTID-<first 16 hex of the MD5 of time, URL and sentence joined by \\x1f>."""
    digest = hashlib.md5("\x1f".join([m["mentiontimedate"], m["mentionidentifier"], m["sentenceid"]]).encode())
    return f"{gid}-{digest.hexdigest()[:16]}"


def test_real_mentions_get_their_event_and_an_id_hashed_from_time_url_and_sentence(
        gdelt_rows: list[Row], mention_rows: list[Row], mem: Store, tmp_path: Path) -> None:
    gid = "669624209"
    mentions = [m for m in mention_rows if m["globaleventid"] == gid]
    assert len(mentions) == 12  # the sample repeats 5 of its 7 distinct mentions of this event
    event = {**gdelt_rows[46], "GLOBALEVENTID": gid, "SQLDATE": "20170701",
             "SOURCEURL": mentions[0]["mentionidentifier"]}
    ingest_paths(mem, "gdelt", [_write(tmp_path / "e.export.CSV", [_line(event, GDELT2_EXPORT)])])
    lines = [_line({c: m[c.lower()] for c in GDELT2_MENTIONS}, GDELT2_MENTIONS) for m in mentions]
    [run] = ingest_paths(mem, "gdelt", [_write(tmp_path / "m.mentions.CSV", lines)])
    assert (run.dataset, run.stored, run.duplicate, run.quarantined) == (MENTIONS_DATASET, 7, 5, 0)
    stored = _events(mem, MENTIONS_DATASET)
    parent = _events(mem, "gdelt")[gid]
    keys = [_mention_key(gid, m) for m in mentions]
    first_line = {key: keys.index(key) + 1 for key in keys}
    assert set(stored) == set(first_line)
    for key, m in zip(keys, mentions, strict=True):
        e = stored[key]
        assert (e["url"], e["citation"]) == (m["mentionidentifier"], m["mentionsourcename"])
        assert e["prov_row"] == first_line[key]  # a repeat is a duplicate; the first line is kept
        assert e["tone"] == pytest.approx(float(m["mentiondoctone"]), rel=1e-6)
        assert (e["mentions"], e["sources"], e["articles"]) == (1, 1, 1)
        for field in ("date", "source", "target", "code", "quad_class", "goldstein", "plover_event"):
            assert e[field] == parent[field], field


# --- ICEWS -------------------------------------------------------------------------------------------------------

#: real sector lists of the ICEWS sample and the role the first matching rule gives (docs/ingest.md's order)
SECTOR_ROLES = [
    ("Government,Executive,Foreign Ministry", "GOV"),
    ("Government,Police", "COP"),  # police before government
    ("Government,Marines,Executive,Defense / Security Ministry,Military", "MIL"),
    ("Judicial,Government", "JUD"),
    ("Government,Legislative / Parliamentary", "LEG"),
    ("Dissident,Protestors / Popular Opposition / Mobs", "OPP"),
    ("Criminals / Gangs,Dissident", "OPP"),  # dissident (OPP) comes before criminals (CRM) in the rules
    ("Parties", "PTY"),
    ("Media,Social", "MED"),
    ("Social,Education", "EDU"),
    ("Business,Social", "BUS"),
    ("Social,Agricultural", "AGR"),
    ("Elite", "ELI"),
    ("General Population / Civilian / Social,Social", "CVL"),
    ("Legal,Social", "CVL"),
    ("Unidentified Forces", ""),  # no rule matches: the country alone
    ("NA", ""),
]

#: real ICEWS actors without a country, and their organisation code
ORGANISATIONS = [
    ("United Nations", "IGOUNO"), ("European Union", "IGOEUREEC"), ("World Bank", "IGOWBK"),
    ("Disney", ""),  # an organisation detente does not know and no country: no actor code
]


@pytest.fixture(scope="module")
def icews_picked(icews_rows: list[Row], tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Row], Store]:
    """One real row per sector list (a source country the table above knows), ingested once."""
    picked: dict[str, Row] = {}
    for sectors, _ in SECTOR_ROLES:
        picked[sectors] = next(r for r in icews_rows if r["Source Sectors"] == sectors
                               and r["Source Country"] in COUNTRIES)
    orgs = [next(r for r in icews_rows if r["Source Name"] == name and r["Source Country"] == "NA")
            for name, _ in ORGANISATIONS]
    path = _write(tmp_path_factory.mktemp("icews") / "picked.tab",
                  ["\t".join(ICEWS), *(_line(r, ICEWS) for r in [*picked.values(), *orgs])])
    store = Store.open(":memory:")
    [run] = ingest_paths(store, "icews", [path])
    assert (run.stored, run.quarantined) == (len(picked) + len(orgs), 0)
    return picked, store


@pytest.mark.parametrize(("sectors", "role"), SECTOR_ROLES)
def test_icews_country_name_and_sector_list_become_country_plus_role(
        icews_picked: tuple[dict[str, Row], Store], sectors: str, role: str) -> None:
    picked, store = icews_picked
    row = picked[sectors]
    e = _events(store, "icews")[row["Event ID"]]
    country = COUNTRIES[row["Source Country"]]
    assert (e["source"], e["source_country"], e["source_name"]) == (country + role, country, row["Source Name"])
    if row["Target Country"] in COUNTRIES:
        assert str(e["target"]).startswith(COUNTRIES[row["Target Country"]])
        assert e["target_country"] == COUNTRIES[row["Target Country"]]
    assert str(e["date"]) == row["Event Date"] and e["code"] == row["CAMEO Code"]
    quad, goldstein = PINNED[row["CAMEO Code"]]
    assert (e["quad_class"], e["goldstein"]) == (quad, pytest.approx(goldstein))
    assert e["summary"] == row["Event Text"]
    place = ", ".join(row[c] for c in ("City", "Province", "Country") if row[c] != "NA")
    assert e["location"] == (place or None)
    assert e["citation"] == f"ICEWS; {row['Publisher']}, story {row['Story ID']} sentence {row['Sentence Number']}"
    assert e["mentions"] is None and e["tone"] is None and e["url"] is None


@pytest.mark.parametrize(("name", "code"), ORGANISATIONS)
def test_icews_actor_without_a_country_is_its_organisation_code(icews_rows: list[Row],
                                                               icews_picked: tuple[dict[str, Row], Store],
                                                               name: str, code: str) -> None:
    row = next(r for r in icews_rows if r["Source Name"] == name and r["Source Country"] == "NA")
    e = _events(icews_picked[1], "icews")[row["Event ID"]]
    assert (e["source"], e["source_country"], e["source_name"]) == (code, None, name)


def test_icews_intensity_never_overrides_the_pinned_goldstein(icews_rows: list[Row], mem: Store,
                                                              tmp_path: Path) -> None:
    rows = [r for r in icews_rows if r["CAMEO Code"] in PINNED][:300]
    ingest_paths(mem, "icews", [_write(tmp_path / "many.tab", ["\t".join(ICEWS), *(_line(r, ICEWS) for r in rows)])])
    events = _events(mem, "icews")
    for row in rows:
        e = events[row["Event ID"]]
        assert (e["quad_class"], e["goldstein"]) == (PINNED[row["CAMEO Code"]][0],
                                                     pytest.approx(PINNED[row["CAMEO Code"]][1]))


# --- POLECAT -------------------------------------------------------------------------------------------------------


def _polecat(icews: Row, **values: str) -> str:
    """A real ICEWS row written in the POLECAT layout (as the fixture script does), with some columns set."""
    row = {c: "" for c in POLECAT}
    row.update({"Event ID": icews["Event ID"] + "-p", "Event Date": icews["Event Date"], "Event Type": "CONSULT",
                "Actor Name": icews["Source Name"], "Actor Country": COUNTRIES[icews["Source Country"]],
                "Primary Actor Sector": icews["Source Sectors"].split(",")[0],
                "Recipient Name": icews["Target Name"], "Recipient Country": COUNTRIES[icews["Target Country"]],
                "Primary Recipient Sector": icews["Target Sectors"].split(",")[0], "Placename": icews["City"],
                "Source": icews["Publisher"], "Version": "derived-from-icews"})
    row.update(values)
    return _line(row, POLECAT)


@pytest.fixture(scope="module")
def pompeo(icews_rows: list[Row]) -> Row:
    return next(r for r in icews_rows if r["Event ID"] == "32891174")  # Pompeo -> Kim Yong-chol, 046


#: (Event Type, Event Mode, Quad Code) -> (nearest CAMEO code, QuadClass); codes read off the shipped crosswalk
PLOVER_CASES = [
    ("CONSULT", "visit", "", "042", 1),  # the most general code the crosswalk maps CONSULT/visit to (042, 043)
    ("CONSULT", "phone", "1", "041", 1),
    ("CONSULT", "", "", "04", 1),
    ("consult", "VISIT", "", "042", 1),  # event upper-cased, mode lower-cased before the lookup
    ("CONSULT", "teleport", "", "04", 1),  # a mode the crosswalk lacks: the event's general code
    ("CONSULT", "", "Material Conflict", "04", 4),  # the file's own Quad Code wins, spelled out or as a number
    ("CONSULT", "", "verbal conflict", "04", 3),
    ("CONSULT", "", "2", "04", 2),
]


@pytest.fixture(scope="module")
def polecat_store(pompeo: Row, tmp_path_factory: pytest.TempPathFactory) -> Store:
    lines = [_polecat(pompeo, **{"Event ID": str(i), "Event Type": event, "Event Mode": mode, "Quad Code": quad,
                                 "Contexts": "diplomatic"})
             for i, (event, mode, quad, _, _) in enumerate(PLOVER_CASES)]
    path = _write(tmp_path_factory.mktemp("polecat") / "p.tab", ["\t".join(POLECAT), *lines])
    store = Store.open(":memory:")
    [run] = ingest_paths(store, "polecat", [path])
    assert (run.stored, run.quarantined) == (len(PLOVER_CASES), 0)
    return store


@pytest.mark.parametrize("case", range(len(PLOVER_CASES)))
def test_polecat_keeps_plover_and_gets_the_nearest_cameo_code(pompeo: Row, polecat_store: Store, case: int) -> None:
    _, mode, _, code, quad_class = PLOVER_CASES[case]
    e = _events(polecat_store, "polecat")[str(case)]
    assert (e["plover_event"], e["plover_mode"], e["plover_context"]) == ("CONSULT", mode.lower() or None,
                                                                         "diplomatic")
    assert (e["code"], e["root"], e["quad_class"]) == (code, code[:2], quad_class)
    assert e["goldstein"] == pytest.approx(PINNED[code][1])
    assert (e["source"], e["target"]) == ("USAGOV", "PRKGOV")  # "Government" / "Government" primary sectors
    assert (e["source_name"], e["target_name"]) == ("Mike Pompeo", "Kim Yong-chol")
    assert (e["location"], e["citation"]) == (pompeo["City"], f"POLECAT; {pompeo['Publisher']}")


def test_polecat_country_may_be_a_name_or_a_code(pompeo: Row, mem: Store, tmp_path: Path) -> None:
    by_name = _polecat(pompeo, **{"Event ID": "a", "Actor Country": "United States", "Recipient Country": "North Korea",
                                 "Primary Actor Sector": "Military", "Primary Recipient Sector": ""})
    by_code = _polecat(pompeo, **{"Event ID": "b", "Primary Actor Sector": "Police"})
    ingest_paths(mem, "polecat", [_write(tmp_path / "c.tab", ["\t".join(POLECAT), by_name, by_code])])
    e = _events(mem, "polecat")
    assert (e["a"]["source"], e["a"]["target"], e["a"]["source_country"]) == ("USAMIL", "PRK", "USA")
    assert (e["b"]["source"], e["b"]["target"]) == ("USACOP", "PRKGOV")


# --- quarantine reasons not reached elsewhere ---------------------------------------------------------------------


def test_gdelt_quarantine_reasons_and_their_precedence(gdelt_rows: list[Row], mem: Store, tmp_path: Path) -> None:
    good, *rest = gdelt_rows[:6]
    lines = [
        _line(good, GDELT1_DAILY),
        _line({**rest[0], "SQLDATE": ""}, GDELT1_DAILY),
        _line({**rest[1], "SQLDATE": "2012-04-01"}, GDELT1_DAILY),  # ISO is not GDELT's YYYYMMDD
        _line({**rest[2], "EventCode": ""}, GDELT1_DAILY),
        _line({**rest[3], "SQLDATE": "20120431", "EventCode": "999"}, GDELT1_DAILY),  # the date is checked first
        _line({**rest[4], "SQLDATE": "x"}, GDELT1_BACKFILE),  # a short row: the count is checked before all else
    ]
    [run] = ingest_paths(mem, "gdelt", [_write(tmp_path / "bad.CSV", lines)])
    assert (run.rows_read, run.stored, run.quarantined) == (6, 1, 5)
    q = _quarantine(mem)
    assert {k: v["reason"] for k, v in q.items()} == {
        2: "bad date (empty)", 3: 'bad date "2012-04-01"', 4: "unknown CAMEO code (empty)",
        5: 'bad date "20120431"', 6: "wrong column count: 57 tab-separated fields, expected 58"}
    assert all(q[n]["raw"] == lines[n - 1] for n in q)


def test_icews_na_date_and_code_and_an_eight_digit_date(icews_rows: list[Row], mem: Store, tmp_path: Path) -> None:
    a, b, c = icews_rows[:3]
    lines = ["\t".join(ICEWS), _line({**a, "Event Date": "NA"}, ICEWS), _line({**b, "CAMEO Code": "NA"}, ICEWS),
             _line({**c, "Event Date": c["Event Date"].replace("-", "")}, ICEWS)]
    [run] = ingest_paths(mem, "icews", [_write(tmp_path / "na.tab", lines)])
    assert (run.rows_read, run.stored, run.quarantined) == (3, 1, 2)
    q = _quarantine(mem)
    assert (q[2]["reason"], q[2]["raw"]) == ("bad date (empty)", lines[1])
    assert (q[3]["reason"], q[3]["raw"]) == ("unknown CAMEO code (empty)", lines[2])
    assert str(_events(mem, "icews")[c["Event ID"]]["date"]) == c["Event Date"]


def test_polecat_quarantine_reasons_keep_the_raw_row(pompeo: Row, mem: Store, tmp_path: Path) -> None:
    lines = ["\t".join(POLECAT), _polecat(pompeo, **{"Event ID": "1", "Event Type": ""}),
             _polecat(pompeo, **{"Event ID": "2", "Event Date": "01/06/2018"}),
             _polecat(pompeo, **{"Event ID": "3"}) + "\tstray",
             _polecat(pompeo, **{"Event ID": "4"})]
    [run] = ingest_paths(mem, "polecat", [_write(tmp_path / "bad.tab", lines)])
    assert (run.rows_read, run.stored, run.quarantined) == (4, 1, 3)
    q = _quarantine(mem)
    assert {k: v["reason"] for k, v in q.items()} == {
        2: "unknown PLOVER event type (empty)", 3: 'bad date "01/06/2018"',
        4: "wrong column count: 41 tab-separated fields, expected 40"}
    assert all(q[n]["raw"] == lines[n - 1] for n in q)


def _mention_lines(mention_rows: list[Row], **values: str) -> list[str]:
    m = {c: mention_rows[0][c.lower()] for c in GDELT2_MENTIONS}
    return [_line({**m, **values}, GDELT2_MENTIONS)]


def test_mention_without_an_event_id_or_with_a_bad_time(mention_rows: list[Row], mem: Store, tmp_path: Path) -> None:
    lines = _mention_lines(mention_rows, GLOBALEVENTID="") + _mention_lines(mention_rows, MentionTimeDate="2017")
    [run] = ingest_paths(mem, "gdelt", [_write(tmp_path / "m.mentions.CSV", lines)])
    assert (run.dataset, run.rows_read, run.quarantined) == (MENTIONS_DATASET, 2, 2)
    q = _quarantine(mem)
    assert (q[1]["reason"], q[1]["raw"]) == ("no GLOBALEVENTID", lines[0])
    assert (q[2]["reason"], q[2]["raw"]) == ('bad date "2017"', lines[1])


def test_an_unlinked_mention_keeps_its_raw_line(mention_rows: list[Row], mem: Store, tmp_path: Path) -> None:
    lines = _mention_lines(mention_rows)
    [run] = ingest_paths(mem, "gdelt", [_write(tmp_path / "m.mentions.CSV", lines)])
    assert run.quarantined == 1
    q = _quarantine(mem)[1]
    assert "not in the store" in str(q["reason"])
    assert q["raw"] == lines[0]


def test_the_shipped_reference_tables_are_built_once_and_as_from_a_fresh_load() -> None:
    from detente.ingest._normalise import reference_arrow
    from detente.reference import ReferenceTables, reference_tables

    first, again = reference_arrow(reference_tables()), reference_arrow(reference_tables())
    fresh = reference_arrow(ReferenceTables.load())  # tables of their own: built anew
    assert list(first) == list(fresh) == ["ref_cameo", "ref_nearest"]
    assert all(first[k] is again[k] and first[k].equals(fresh[k]) and first[k] is not fresh[k] for k in first)
    assert first["ref_cameo"].num_rows > 200
