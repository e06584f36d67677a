"""Each native layout ingests into canonical events: actor codes, CAMEO/PLOVER, QuadClass, Goldstein, track,
evidence counts and provenance (file, line)."""

from __future__ import annotations

import gzip
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.ingest import MENTIONS_DATASET, ingest_paths
from detente.store import EventQuery, Store


def _events(store: Store, dataset: str) -> dict[str, dict[str, object]]:
    table = store.events_arrow(EventQuery(datasets=(dataset,)))
    return {row["event_id"]: row for row in table.to_pylist()}


def test_gdelt1_backfile_rows_become_events(store: Store, formats: Path) -> None:
    [result] = ingest_paths(store, "gdelt", [formats / "gdelt1_backfile.CSV"])
    assert (result.layout, result.rows_read, result.stored, result.quarantined) == ("gdelt1-backfile", 8, 8, 0)
    events = _events(store, "gdelt")
    e = events["189362409"]  # (no actor 1) -> USA, 046 engage in negotiation
    assert (e["source"], e["target"], e["target_country"], e["code"], e["root"]) == ("", "USA", "USA", "046", "04")
    assert (e["quad_class"], e["goldstein"], e["plover_event"], e["track"]) == (1, 7.0, "CONSULT", "peace")
    assert (e["mentions"], e["sources"], e["articles"]) == (4, 1, 4)
    assert str(e["prov_file"]).endswith("gdelt1_backfile.CSV")
    assert e["prov_row"] == 2
    assert str(e["date"]) == "2012-04-01" and e["location"] == "Georgia"
    conflict = events["189364095"]  # ARG -> USA, 1822 (QuadClass 4)
    assert (conflict["source"], conflict["code"], conflict["quad_class"], conflict["track"]) == (
        "ARG", "1822", 4, "tension")
    edu = events["189372911"]  # EDU -> USAEDU: the target's country and role
    assert (edu["source"], edu["target"], edu["target_country"]) == ("EDU", "USAEDU", "USA")


def test_gdelt1_daily_has_the_url_column(store: Store, formats: Path) -> None:
    [result] = ingest_paths(store, "gdelt", [formats / "gdelt1_daily.export.CSV"])
    assert (result.layout, result.stored) == ("gdelt1-daily", 8)


def test_gdelt2_export_and_mentions_linked_to_their_events(store: Store, formats: Path) -> None:
    [events] = ingest_paths(store, "gdelt", [formats / "gdelt2.export.CSV"])
    assert (events.layout, events.stored) == ("gdelt2-export", 3)
    e = _events(store, "gdelt")["669671178"]
    assert str(e["date"]) == "2017-07-01" and str(e["url"]).startswith("http://aftabeyazd.ir/")
    [mentions] = ingest_paths(store, "gdelt", [formats / "gdelt2.mentions.CSV"])
    assert (mentions.layout, mentions.dataset) == ("gdelt2-mentions", MENTIONS_DATASET)
    # 6 mentions of the three events are linked; the mention of 669670701 (not in the store) is quarantined
    assert (mentions.rows_read, mentions.stored, mentions.quarantined) == (7, 6, 1)
    linked = _events(store, MENTIONS_DATASET)
    assert all(key.split("-")[0] in {"669671178", "669624209", "669644424"} for key in linked)
    m = next(v for k, v in linked.items() if k.startswith("669671178"))
    assert (m["date"], m["code"], m["source"]) == (e["date"], e["code"], e["source"])
    assert m["citation"] == "aftabeyazd.ir" and m["tone"] is not None
    [q] = [q for q in store.quarantine() if q["dataset"] == MENTIONS_DATASET]
    assert "669670701" in q["reason"] and "not in the store" in q["reason"]


def test_icews_country_names_and_sectors_become_cameo_actors(store: Store, formats: Path) -> None:
    [result] = ingest_paths(store, "icews", [formats / "icews_sample.tab"])
    assert (result.rows_read, result.stored, result.quarantined) == (10, 10, 0)
    events = _events(store, "icews")
    talks = events["32891174"]  # Mike Pompeo (Government, Executive, Foreign Ministry) -> Kim Yong-chol
    assert (talks["source"], talks["target"], talks["source_name"], talks["target_name"]) == (
        "USAGOV", "PRKGOV", "Mike Pompeo", "Kim Yong-chol")
    assert (talks["code"], talks["quad_class"], talks["goldstein"], talks["track"]) == ("046", 1, 7.0, "peace")
    assert talks["prov_row"] == 5 and talks["summary"] == "Engage in negotiation"
    assert events["32891246"]["source"] == "USA"  # a country actor without sectors
    assert events["32889837"]["source"] == "VNMMIL"  # Military, Government -> the military role wins
    accuse = events["32896344"]
    assert (accuse["code"], accuse["quad_class"], accuse["goldstein"], accuse["track"]) == ("112", 3, -2.0, "tension")
    assert accuse["plover_event"] == "ACCUSE"


def test_icews_goldstein_follows_the_pinned_table_not_intensity(store: Store, formats: Path) -> None:
    ingest_paths(store, "icews", [formats / "icews_sample.tab"])
    visit = _events(store, "icews")["32891240"]  # ICEWS Intensity 1.9 for 042; the pinned GDELT table too
    assert visit["goldstein"] == pytest.approx(1.9)


def test_polecat_keeps_plover_and_gets_the_nearest_cameo_code(store: Store, formats: Path) -> None:
    [result] = ingest_paths(store, "polecat", [formats / "polecat_sample.tab"])
    assert (result.layout, result.rows_read, result.stored) == ("polecat", 9, 9)
    events = _events(store, "polecat")
    talks = events["32891174-p"]
    assert (talks["source"], talks["target"], talks["plover_event"], talks["plover_context"]) == (
        "USAGOV", "PRKGOV", "CONSULT", "diplomatic")
    assert talks["code"] == "04" and talks["quad_class"] == 1  # the most general CAMEO code of CONSULT
    visit = events["32891240-p"]
    assert (visit["plover_mode"], visit["code"]) == ("visit", "042")
    assert events["32896344-p"]["track"] == "tension"


@pytest.mark.parametrize("wrap", ["zip", "gz"])
def test_compressed_inputs_are_read_in_place(store: Store, formats: Path, tmp_path: Path, wrap: str) -> None:
    src = formats / "gdelt1_daily.export.CSV"
    if wrap == "zip":
        path = tmp_path / "20130401.export.CSV.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.write(src, "20130401.export.CSV")
    else:
        path = tmp_path / "20130401.export.CSV.gz"
        with src.open("rb") as fin, gzip.open(path, "wb") as fout:
            shutil.copyfileobj(fin, fout)
    [result] = ingest_paths(store, "gdelt", [path])
    assert (result.stored, result.layout) == (8, "gdelt1-daily")
    assert result.input.startswith(str(path))


def test_folders_and_globs(store: Store, formats: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(formats / "gdelt1_backfile.CSV", folder / "a.CSV")
    shutil.copy(formats / "gdelt2.export.CSV", folder / "sub" / "b.export.CSV")
    (folder / "notes.md").write_text("not an event file")
    results = ingest_paths(store, "gdelt", [folder])
    assert [r.layout for r in results] == ["gdelt1-backfile", "gdelt2-export"]
    again = ingest_paths(store, "gdelt", [str(folder / "**" / "*.CSV")])
    assert len(again) == 2 and sum(r.stored for r in again) == 0


def test_progress_reports_rows(store: Store, formats: Path) -> None:
    seen: list[tuple[int, bool]] = []
    report: Callable[..., None] = lambda p: seen.append((p.rows, p.done))  # noqa: E731
    ingest_paths(store, "icews", [formats / "icews_sample.tab"], progress=report)
    assert seen[-1] == (10, True)


def test_track_is_denuclearization_when_the_url_is_about_nuclear_steps(
    store: Store, formats: Path, tmp_path: Path
) -> None:
    rows = (formats / "gdelt1_daily.export.CSV").read_text(encoding="utf-8").splitlines()
    urls = ["https://example.org/2018/06/12/north-korea-denuclearization-talks",  # the rule's own test URLs
            "https://example.org/yongbyon-reactor-shut", "https://example.org/trade-talks"]
    out = []
    for row, url in zip(rows[:3], urls, strict=True):
        fields = row.split("\t")
        fields[-1] = url
        out.append("\t".join(fields))
    path = tmp_path / "20180612.export.CSV"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    ingest_paths(store, "gdelt", [path])
    tracks = {e.url: e.track for e in store.events()}
    assert tracks[urls[0]] == tracks[urls[1]] == "denuclearization"
    assert tracks[urls[2]] == "peace"  # QuadClass 1 and no nuclear word
