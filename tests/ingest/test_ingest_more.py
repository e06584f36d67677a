"""More ingest behaviour on small hand-built files: layout detection, actor codes, filling from the pinned tables,
track rules, provenance, quarantine reasons, conservation, re-ingest, zip/gz inputs, path expansion and the
bundled loader's validation errors."""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pytest

from detente.errors import FormatError, InputError, SourceNotFound
from detente.ingest import MENTIONS_DATASET, bundled, expand_paths, ingest_paths
from detente.ingest import _engine as engine
from detente.ingest._layouts import (
    GDELT1_BACKFILE,
    GDELT1_DAILY,
    GDELT2_EXPORT,
    GDELT2_MENTIONS,
    ICEWS,
    POLECAT,
    detect_layout,
)
from detente.store import EventQuery, Store


@pytest.fixture
def store() -> Store:
    s = Store.open(":memory:")
    yield s  # type: ignore[misc]
    s.close()


def _gdelt(event_id: str, *, columns: tuple[str, ...] = GDELT1_DAILY, **values: str) -> str:
    """One native GDELT row (tab-separated) with the given columns set and the rest empty."""
    row = dict.fromkeys(columns, "")
    row.update({"GLOBALEVENTID": event_id, "SQLDATE": "20180612", "MonthYear": "201806", "Year": "2018",
                "Actor1Code": "USA", "Actor1CountryCode": "USA", "Actor2Code": "PRK", "Actor2CountryCode": "PRK",
                "EventCode": "046", "NumMentions": "3", "NumSources": "2", "NumArticles": "3", "AvgTone": "1.5"})
    row.update(values)
    assert set(row) == set(columns), set(row) - set(columns)
    return "\t".join(row[c] for c in columns)


def _icews(event_id: str, **values: str) -> str:
    row = {c: "NA" for c in ICEWS}
    row.update({"Event ID": event_id, "Event Date": "2018-06-12", "Source Name": "Donald Trump",
                "Source Sectors": "Executive,Government", "Source Country": "United States",
                "Event Text": "Engage in negotiation", "CAMEO Code": "046", "Intensity": "9.9",
                "Target Name": "Kim Jong Un", "Target Sectors": "Executive,Government",
                "Target Country": "North Korea", "Story ID": "77", "Sentence Number": "3", "Publisher": "Reuters",
                "City": "Singapore", "Country": "Singapore"})
    row.update(values)
    return "\t".join(row[c] for c in ICEWS)


def _write(path: Path, rows: list[str], *, end: str = "\n") -> Path:
    path.write_bytes("".join(r + end for r in rows).encode("utf-8"))
    return path


def _events(store: Store, dataset: str = "gdelt") -> dict[str, dict[str, object]]:
    return {r["event_id"]: r for r in store.events_arrow(EventQuery(datasets=(dataset,))).to_pylist()}


def _quarantine(store: Store) -> dict[int, dict[str, object]]:
    return {int(q["line"]): q for q in store.quarantine(limit=1000)}


# --- layout detection --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("columns", "name"), [
    (GDELT1_BACKFILE, "gdelt1-backfile"), (GDELT1_DAILY, "gdelt1-daily"), (GDELT2_EXPORT, "gdelt2-export"),
    (GDELT2_MENTIONS, "gdelt2-mentions"),
])
def test_gdelt_layout_is_told_by_the_column_count_alone(columns: tuple[str, ...], name: str) -> None:
    line = "\t".join("x" for _ in columns) + "\r\n"  # a CRLF line end is not a field
    assert detect_layout(line, "gdelt", where="f").name == name
    assert (len(GDELT1_BACKFILE), len(GDELT1_DAILY), len(GDELT2_EXPORT), len(GDELT2_MENTIONS)) == (57, 58, 61, 16)


def test_a_gdelt_line_of_59_columns_names_the_count_and_the_layouts_tried() -> None:
    with pytest.raises(FormatError) as err:
        detect_layout("\t".join(["1"] * 59), "gdelt", where="odd.CSV")
    message = str(err.value)
    assert message.startswith("odd.CSV: 59 tab-separated columns in the first line match no gdelt layout")
    assert "GDELT 1.0 daily (58 tab-separated columns, no header)" in message and "\n" not in message
    assert "detente ingest gdelt" in message


def test_a_single_column_line_says_columns_in_the_singular_and_unknown_dataset_lists_the_known() -> None:
    with pytest.raises(FormatError, match=r"f: 1 tab-separated column in the first line"):
        detect_layout("hello", "gdelt", where="f")
    with pytest.raises(FormatError,
                       match=r"'acled' is not a dataset detente ingests; use one of gdelt, icews, polecat"):
        detect_layout("a\tb", "acled", where="f")


def test_header_names_are_matched_ignoring_case_and_underscores() -> None:
    snake = "\t".join(c.lower().replace(" ", "_") for c in ICEWS)
    assert detect_layout(snake, "icews", where="f").name == "icews"
    # ICEWS also needs exactly its 20 columns; an extra one is refused
    with pytest.raises(FormatError, match="21 tab-separated columns"):
        detect_layout(snake + "\textra", "icews", where="f")
    # POLECAT only needs its required columns: a release that renames 'Intensity' is still POLECAT
    renamed = "\t".join("Event Intensity" if c == "Intensity" else c for c in POLECAT)
    assert detect_layout(renamed, "polecat", where="f").name == "polecat"
    without_actor = "\t".join(c for c in POLECAT if c != "Actor Name")
    with pytest.raises(FormatError):
        detect_layout(without_actor, "polecat", where="f")


# --- GDELT normalisation -----------------------------------------------------------------------------------------


def test_gdelt_actor_codes_quad_goldstein_filled_and_tracks(store: Store, tmp_path: Path) -> None:
    rows = [
        # empty QuadClass and Goldstein: 046 in the pinned table is QuadClass 1, Goldstein 7.0 -> peace
        _gdelt("1", Actor1Type1Code="GOV", Actor1Code="USAGOV"),
        # GDELT's own columns win over the table; QuadClass 3 -> tension
        _gdelt("2", QuadClass="3", GoldsteinScale="-2.5"),
        # no country code: the actor code as given; no actor at all: ''
        _gdelt("3", Actor1CountryCode="", Actor1Code="IGOUNO", Actor2CountryCode="", Actor2Code="",
               EventCode="190"),
        # a source URL about nuclear steps beats the QuadClass
        _gdelt("4", EventCode="190", SOURCEURL="https://news.example/2018/06/12/Yongbyon-reactor-talks"),
        _gdelt("5", SOURCEURL="https://news.example/economy-talks"),
    ]
    [result] = ingest_paths(store, "gdelt", [_write(tmp_path / "20180612.export.CSV", rows)])
    assert (result.layout, result.rows_read, result.stored, result.quarantined) == ("gdelt1-daily", 5, 5, 0)
    e = _events(store)
    assert (e["1"]["source"], e["1"]["target"], e["1"]["quad_class"], e["1"]["goldstein"]) == ("USAGOV", "PRK", 1, 7.0)
    assert (e["1"]["root"], e["1"]["plover_event"], e["1"]["track"]) == ("04", "CONSULT", "peace")
    assert (e["2"]["quad_class"], e["2"]["goldstein"], e["2"]["track"]) == (3, -2.5, "tension")
    assert (e["3"]["source"], e["3"]["target"], e["3"]["source_country"]) == ("IGOUNO", "", None)
    assert (e["3"]["quad_class"], e["3"]["goldstein"], e["3"]["plover_event"], e["3"]["track"]) == (
        4, -10.0, "ASSAULT", "tension")
    assert e["4"]["track"] == "denuclearization" and e["4"]["quad_class"] == 4
    assert e["5"]["track"] == "peace" and e["5"]["url"] == "https://news.example/economy-talks"
    assert (e["1"]["mentions"], e["1"]["sources"], e["1"]["articles"]) == (3, 2, 3)
    assert e["1"]["citation"] == "GDELT 1.0 daily"
    assert {k: (v["prov_file"], v["prov_row"]) for k, v in e.items()} == {
        str(i): (str(tmp_path / "20180612.export.CSV"), i) for i in range(1, 6)}


def _mention(event_id: str, url: str) -> str:
    """One GDELT 2.0 Mentions row of event ``event_id`` (tab-separated)."""
    row = dict.fromkeys(GDELT2_MENTIONS, "")
    row.update({"GLOBALEVENTID": event_id, "EventTimeDate": "20180612000000",
                "MentionTimeDate": "20180612011500", "MentionType": "1", "MentionSourceName": "example.com",
                "MentionIdentifier": url, "SentenceID": "4", "MentionDocTone": "-1.25"})
    return "\t".join(row[c] for c in GDELT2_MENTIONS)


def test_mentions_link_to_stored_events_and_unlinked_ones_are_quarantined(store: Store, tmp_path: Path) -> None:
    export = _write(tmp_path / "20180612000000.export.CSV", [_gdelt("700", columns=GDELT2_EXPORT, EventCode="046")])
    mentions = _write(tmp_path / "20180612000000.mentions.CSV", [
        _mention("700", "https://example.com/uranium-enrichment"), _mention("701", "https://example.com/other"),
    ])
    ingest_paths(store, "gdelt", [export])
    [result] = ingest_paths(store, "gdelt", [mentions])
    assert (result.dataset, result.layout, result.rows_read, result.stored, result.quarantined) == (
        MENTIONS_DATASET, "gdelt2-mentions", 2, 1, 1)
    [linked] = _events(store, MENTIONS_DATASET).values()
    # the mention gets the event's actors and code, its own tone, and the nuclear track from its URL
    assert (linked["source"], linked["target"], linked["code"], linked["quad_class"]) == ("USA", "PRK", "046", 1)
    assert (linked["tone"], linked["track"], linked["citation"]) == (-1.25, "denuclearization", "example.com")
    assert str(linked["event_id"]).startswith("700-") and len(str(linked["event_id"])) == len("700-") + 16
    q = _quarantine(store)
    assert list(q) == [2]
    assert q[2]["reason"] == ("mention of GDELT event 701, which is not in the store: ingest its events file first")


@pytest.mark.parametrize("recent", [0, 1, 2])
def test_mentions_of_older_runs_link_as_those_of_the_newest(recent: int, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The link looks among the newest runs' events first and then among the rest: wherever the events are (all
    in older runs, some, none), the stored mentions and the quarantine are the same."""
    exports = [_write(tmp_path / f"2018061200{m:02d}00.export.CSV",
                      [_gdelt(event_id, columns=GDELT2_EXPORT, EventCode=code, Actor2CountryCode=target)])
               for m, (event_id, code, target) in enumerate([("700", "046", "PRK"), ("800", "190", "KOR"),
                                                             ("900", "036", "CHN")])]
    mentions = _write(tmp_path / "20180612011500.mentions.CSV", [
        _mention(event_id, f"https://example.com/{n}") for n, event_id in enumerate(["900", "700", "701", "800", "700"])
    ])
    stored = {}
    for at in (recent, engine.RECENT_ROWS):
        monkeypatch.setattr(engine, "RECENT_ROWS", at)
        with Store.open(":memory:") as s:
            for export in exports:
                ingest_paths(s, "gdelt", [export])
            [result] = ingest_paths(s, "gdelt", [mentions])
            assert (result.stored, result.quarantined) == (4, 1)
            rows = _events(s, MENTIONS_DATASET)
            stored[at] = ({k: (v["source"], v["target"], v["code"], v["date"], v["url"]) for k, v in rows.items()},
                          {line: q["reason"] for line, q in _quarantine(s).items()})
    first, default = stored.values()
    assert first == default
    assert sorted(v[1:3] for v in first[0].values()) == [("CHN", "036"), ("KOR", "190"), ("PRK", "046"),
                                                         ("PRK", "046")]
    assert list(first[1]) == [3]


# --- ICEWS normalisation -----------------------------------------------------------------------------------------


def test_icews_names_and_sectors_become_country_plus_role(store: Store, tmp_path: Path) -> None:
    header = "\t".join(ICEWS)
    rows = [
        _icews("1"),
        # the first role rule that matches wins: military before government
        _icews("2", **{"Source Sectors": "Military,Government", "Source Country": "Korea, North",
                       "Target Sectors": "Police,Government", "Target Country": "South Korea"}),
        # no country: the organisation's code from its name; no sectors: the country alone
        _icews("3", **{"Source Name": "International Atomic Energy Agency", "Source Country": "NA",
                       "Source Sectors": "NA", "Target Sectors": "NA", "Target Country": "Japan",
                       "CAMEO Code": "190"}),
        _icews("4", **{"Source Sectors": "Dissident", "Target Name": "Somebody", "Target Country": "NA",
                       "Target Sectors": "NA"}),
    ]
    [result] = ingest_paths(store, "icews", [_write(tmp_path / "icews.tab", [header, *rows])])
    assert (result.layout, result.stored, result.quarantined) == ("icews", 4, 0)
    e = _events(store, "icews")
    assert (e["1"]["source"], e["1"]["target"], e["1"]["source_country"]) == ("USAGOV", "PRKGOV", "USA")
    assert (e["2"]["source"], e["2"]["target"]) == ("PRKMIL", "KORCOP")
    assert (e["3"]["source"], e["3"]["target"], e["3"]["source_country"]) == ("IGOUNOIAE", "JPN", None)
    assert (e["4"]["source"], e["4"]["target"]) == ("USAOPP", "")
    # Goldstein and QuadClass from the pinned table, never ICEWS' Intensity (9.9 here)
    assert (e["1"]["goldstein"], e["1"]["quad_class"], e["1"]["track"]) == (7.0, 1, "peace")
    assert (e["3"]["goldstein"], e["3"]["quad_class"], e["3"]["track"]) == (-10.0, 4, "tension")
    assert e["1"]["location"] == "Singapore, Singapore"  # 'NA' parts left out
    assert e["1"]["citation"] == "ICEWS; Reuters, story 77 sentence 3"
    assert e["1"]["summary"] == "Engage in negotiation"
    assert [e[k]["prov_row"] for k in "1234"] == [2, 3, 4, 5]  # the header is line 1


# --- conservation, re-ingest, quarantine ---------------------------------------------------------------------------


def test_conservation_and_a_gz_copy_of_the_same_rows_adds_nothing(store: Store, tmp_path: Path) -> None:
    rows = [_gdelt("1"), _gdelt("2", EventCode="zzz"), _gdelt("3", SQLDATE="20181340"), _gdelt("4"),
            _gdelt("1")]  # the last repeats event 1
    plain = _write(tmp_path / "a.CSV", rows)
    [first] = ingest_paths(store, "gdelt", [plain])
    assert (first.rows_read, first.stored, first.duplicate, first.quarantined) == (5, 2, 1, 2)
    q = _quarantine(store)
    assert q[2]["reason"] == 'unknown CAMEO code "zzz"' and q[3]["reason"] == 'bad date "20181340"'
    gz = tmp_path / "a.CSV.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    [again] = ingest_paths(store, "gdelt", [gz])
    assert (again.rows_read, again.stored, again.duplicate, again.quarantined) == (5, 0, 3, 2)
    assert sorted(_events(store)) == ["1", "4"]
    for run in store.ingest_runs():
        assert run["rows_read"] == run["stored"] + run["duplicate"] + run["quarantined"], run


def test_crlf_file_keeps_its_fields_and_quarantines_raw_text_without_the_carriage_return(
        store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path / "crlf.CSV", [_gdelt("1", SOURCEURL="https://example.com/a"), _gdelt("2") + "\tx"],
                  end="\r\n")
    [result] = ingest_paths(store, "gdelt", [path])
    assert (result.stored, result.quarantined) == (1, 1)
    assert _events(store)["1"]["url"] == "https://example.com/a"
    q = _quarantine(store)[2]
    assert q["reason"] == "wrong column count: 59 tab-separated fields, expected 58"
    assert q["raw"] == _gdelt("2") + "\tx"


def test_a_short_row_is_quarantined_with_its_count(store: Store, tmp_path: Path) -> None:
    short = "\t".join(_gdelt("2").split("\t")[:40])
    [result] = ingest_paths(store, "gdelt", [_write(tmp_path / "s.CSV", [_gdelt("1"), short, _gdelt("3")])])
    assert (result.rows_read, result.stored, result.quarantined) == (3, 2, 1)
    q = _quarantine(store)
    assert q[2]["reason"] == "wrong column count: 40 tab-separated fields, expected 58" and q[2]["raw"] == short
    assert _events(store)["3"]["prov_row"] == 3


# --- containers and paths ----------------------------------------------------------------------------------------


def test_each_zip_member_is_its_own_run_named_archive_colon_member(store: Store, tmp_path: Path) -> None:
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("sub/", "")  # a folder entry is skipped
        zf.writestr("sub/a.CSV", _gdelt("1") + "\n")
        zf.writestr("b.CSV", _gdelt("2") + "\n" + _gdelt("3") + "\n")
    results = ingest_paths(store, "gdelt", [archive])
    assert [(r.input, r.stored) for r in results] == [(f"{archive}:sub/a.CSV", 1), (f"{archive}:b.CSV", 2)]
    assert _events(store)["3"]["prov_file"] == f"{archive}:b.CSV" and _events(store)["3"]["prov_row"] == 2
    assert len({r.run_id for r in results}) == 2


def test_empty_inputs_are_refused_with_what_is_wrong(store: Store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.CSV"
    empty.write_bytes(b"\n\n")
    with pytest.raises(FormatError, match=r"empty\.CSV: the file is empty; nothing to ingest"):
        ingest_paths(store, "gdelt", [empty])
    archive = tmp_path / "none.zip"
    with zipfile.ZipFile(archive, "w"):
        pass
    with pytest.raises(FormatError, match=r"none\.zip: the zip archive is empty; nothing to ingest"):
        ingest_paths(store, "gdelt", [archive])
    not_gz = tmp_path / "fake.CSV.gz"
    not_gz.write_bytes(b"plain text, not gzip\n")
    with pytest.raises(FormatError, match=r"cannot be read as gzip"):
        ingest_paths(store, "gdelt", [not_gz])
    assert store.ingest_runs() == []


def test_expand_paths_walks_folders_expands_globs_and_drops_repeats(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / "deep").mkdir(parents=True)
    a, b = folder / "a.CSV", folder / "deep" / "b.tab"
    for p in (a, b, folder / "notes.md"):
        p.write_text("x")
    assert expand_paths([folder]) == [a, b]  # notes.md is not an event file
    assert expand_paths([str(folder / "*.CSV"), a, folder]) == [a, b]
    with pytest.raises(SourceNotFound, match=r"no file matches .*\*\.zip; check the pattern"):
        expand_paths([str(folder / "*.zip")])
    (tmp_path / "void").mkdir()
    with pytest.raises(SourceNotFound, match=r"holds no event files .*; name the files directly"):
        expand_paths([tmp_path / "void"])
    with pytest.raises(SourceNotFound, match=r"no file or folder at .*missing\.CSV; check the path"):
        expand_paths([tmp_path / "missing.CSV"])


# --- the bundled loader --------------------------------------------------------------------------------------------

_HEAD = "id,date,source,target,code,track,summary,citation,url,source_name,target_name,location"


def _bundled_with(monkeypatch: pytest.MonkeyPatch, events: str) -> None:
    """The record's first event file holds ``events``; its other event files are left out."""
    real = bundled._text
    monkeypatch.setattr(bundled, "_text", lambda name: events if name == bundled.EVENTS_FILE else real(name))
    monkeypatch.setattr(bundled, "EVENT_FILES", (bundled.EVENTS_FILE,))


def test_bundled_events_are_enriched_from_the_pinned_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    _bundled_with(monkeypatch, f"{_HEAD}\nx1,2018-06-12,USAGOV,PRKGOV,046,peace, Met. ,Cite,,Trump,Kim,Singapore\n")
    [e] = bundled.bundled_events()
    assert (e.event_id, e.date.isoformat(), e.source, e.target, e.code) == ("x1", "2018-06-12", "USAGOV", "PRKGOV",
                                                                          "046")
    assert (e.quad_class, e.goldstein, e.plover_event, e.track) == (1, 7.0, "CONSULT", "peace")
    assert (e.summary, e.url, e.source_name, e.prov_file, e.prov_row) == ("Met.", None, "Trump",
                                                                        "us_dprk_events.csv", 2)


@pytest.mark.parametrize(("row", "message"), [
    ("x1,2018-06-31,USA,PRK,046,peace,s,c,,,,", r"us_dprk_events\.csv line 3: '2018-06-31' is not an ISO date"),
    ("x1,2018-06-12,USA,PRK,046,friendship,s,c,,,,",
     r"us_dprk_events\.csv line 3: track 'friendship' is not one of .*peace"),
])
def test_bundled_validation_errors_name_the_file_and_line(monkeypatch: pytest.MonkeyPatch, row: str,
                                                          message: str) -> None:
    _bundled_with(monkeypatch, f"{_HEAD}\nok,2018-06-12,USA,PRK,046,peace,s,c,,,,\n{row}\n")
    with pytest.raises(InputError, match=message):
        bundled.bundled_events()


def test_bundled_unknown_code_names_the_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _bundled_with(monkeypatch, f"{_HEAD}\nx1,2018-06-12,USA,PRK,999,peace,s,c,,,,\n")
    with pytest.raises(InputError, match=r"us_dprk_events\.csv line 2: '999' is not a CAMEO event code"):
        bundled.bundled_events()


def test_ensure_bundled_writes_once_then_only_when_the_files_change(monkeypatch: pytest.MonkeyPatch) -> None:
    _bundled_with(monkeypatch, f"{_HEAD}\nx1,2018-06-12,USA,PRK,046,peace,s,c,,,,\n")
    store = Store.open(":memory:")
    try:
        assert bundled.ensure_bundled(store) is True
        assert bundled.ensure_bundled(store) is False
        assert [e.event_id for e in store.events(EventQuery(datasets=("bundled",)))] == ["x1"]
        _bundled_with(monkeypatch, f"{_HEAD}\nx2,2018-06-13,USA,PRK,190,tension,s,c,,,,\n")
        assert bundled.ensure_bundled(store) is True
        assert [e.event_id for e in store.events(EventQuery(datasets=("bundled",)))] == ["x2"]
    finally:
        store.close()
