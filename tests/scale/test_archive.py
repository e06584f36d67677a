"""The Parquet archive: a store whose events live in hive-partitioned Parquet, read and written in place."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from scale_data import fill, small_events

from detente.errors import StoreError
from detente.measure._sql import run_index, run_scorecard
from detente.model import Dyad
from detente.store import EventQuery, Store, engine_for, export_archive, import_archive

DYAD = Dyad.parse("USA-PRK")


def visible_files(root: Path) -> list[Path]:
    return sorted((root / "events").glob("*/*/*/*.parquet"))


def test_archive_ingest_writes_partitions_and_deduplicates(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with Store.open(f"{root}/") as s:
        assert s.archive is not None
        fill(s)
        n = s.count()
        assert n == len({(e.dataset, e.key) for e in small_events()})
        again = s.write_events([e for e in small_events() if e.dataset == "gdelt"][:50], dataset="gdelt",
                               input="again")
        assert again.stored == 0 and again.duplicate == 50
        assert s.count() == n
    files = visible_files(root)
    assert files and all(f.parent.parent.parent.name.startswith("dataset=") for f in files)
    assert {f.parent.parent.parent.name for f in files} == {"dataset=gdelt", "dataset=icews"}
    assert not list(root.glob(".staging-*")) and not list(root.glob(".trash-*"))
    with Store.open(root, read_only=True) as s:  # reopening finds the archive by its catalog
        assert s.count() == n
        assert s.count(EventQuery(dyad=DYAD, start=dt.date(2017, 6, 1), end=dt.date(2017, 6, 30))) > 0


def test_archive_answers_like_a_duckdb_file(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.duckdb") as plain, Store.open(f"{tmp_path}/arch/") as arch:
        fill(plain)
        fill(arch)
        q = EventQuery(dyad=DYAD, datasets=("gdelt",))
        assert arch.events_arrow(q).equals(plain.events_arrow(q))
        assert arch.milestones() == plain.milestones()
        with engine_for("duckdb", plain) as a, engine_for("duckdb", arch) as b:
            assert run_index(a, DYAD).rows() == run_index(b, DYAD).rows()
            assert run_scorecard(a, DYAD).rows() == run_scorecard(b, DYAD).rows()
        assert {d["name"]: d["events"] for d in arch.info()["datasets"]} == {
            d["name"]: d["events"] for d in plain.info()["datasets"]}


def test_failed_ingest_leaves_no_file_and_no_row(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with Store.open(f"{root}/") as s:
        fill(s)
        before = (s.count(), visible_files(root))
        with pytest.raises(RuntimeError, match="disk gone"), s.ingest(input="bad", dataset="gdelt") as run:
            run.count_read(3)
            run.add([e for e in small_events() if e.dataset == "icews"][:3])
            raise RuntimeError("disk gone")
        assert (s.count(), visible_files(root)) == before
        assert s.ingest_runs()[-1]["status"] == "failed"
    assert not list(root.glob(".staging-*"))


def test_publish_failure_leaves_partitions_as_they_were(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "archive"
    with Store.open(f"{root}/") as s:
        fill(s)
        before = (s.count(), visible_files(root))
        layout = s.archive
        assert layout is not None

        def broken(*args: object, **kw: object) -> int:
            raise OSError("rename refused")

        monkeypatch.setattr(layout, "publish", broken)
        with pytest.raises(OSError, match="rename refused"):
            s.replace_dataset_events(small_events()[:5], dataset="icews", input="replacement")
        assert (s.count(), visible_files(root)) == before  # the set-aside dataset came back


def test_replacing_a_dataset_swaps_its_partitions(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with Store.open(f"{root}/") as s:
        fill(s)
        gdelt = s.count(EventQuery(datasets=("gdelt",)))
        icews = [e for e in small_events() if e.dataset == "icews"][:7]
        run = s.replace_dataset_events(icews, dataset="icews", input="v2")
        assert run.stored == 7
        assert s.count(EventQuery(datasets=("icews",))) == 7
        assert s.count(EventQuery(datasets=("gdelt",))) == gdelt
    assert not list(root.glob(".trash-*"))


def test_export_and_import_round_trip(tmp_path: Path) -> None:
    with Store.open(tmp_path / "src.duckdb") as src:
        fill(src)
        result = export_archive(src, tmp_path / "arch")
        assert result["events"] == src.count()
        with pytest.raises(StoreError, match="not an empty folder"):
            export_archive(src, tmp_path / "arch")
        expected = src.events_arrow()
        runs_before = len(src.ingest_runs())
    with Store.open(tmp_path / "arch") as arch:
        assert arch.events_arrow().equals(expected)
        assert len(arch.ingest_runs()) == runs_before
        more = arch.write_events(small_events()[:3], dataset="extra", input="x")  # run ids continue
        assert more.run_id == runs_before + 1
    with Store.open(tmp_path / "dst.duckdb") as dst:
        runs = import_archive(dst, tmp_path / "arch")
        assert sorted(r.dataset for r in runs) == ["extra", "gdelt", "icews"]
        assert dst.count() == expected.num_rows + 3
        assert len(dst.milestones()) == 4
        assert all(r.stored == 0 for r in import_archive(dst, tmp_path / "arch"))


def test_import_a_file_of_canonical_events(tmp_path: Path) -> None:
    with Store.open(tmp_path / "src.duckdb") as src:
        fill(src)
        src.con.execute(f"COPY (SELECT * EXCLUDE (key, run_id, dataset) FROM events WHERE dataset = 'gdelt') "
                        f"TO '{tmp_path / 'bq.csv'}' (HEADER)")
        n = src.count(EventQuery(datasets=("gdelt",)))
        expected = src.events_arrow(EventQuery(datasets=("gdelt",))).drop_columns(["key"])
    with Store.open(tmp_path / "dst.duckdb") as dst:
        with pytest.raises(StoreError, match="--dataset"):
            import_archive(dst, tmp_path / "bq.csv")
        (run,) = import_archive(dst, tmp_path / "bq.csv", dataset="gdelt")
        assert run.stored == n
        assert dst.events_arrow().drop_columns(["key"]).equals(expected)


def test_folder_rules(tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path / "other")
    with pytest.raises(StoreError, match="no archive"):
        Store.open(f"{tmp_path}/absent/", read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        Store.open("s3://bucket/archive/")
    empty = tmp_path / "empty"
    empty.mkdir()
    with Store.open(empty) as s:
        assert s.archive is not None and s.count() == 0
    assert (empty / "catalog.duckdb").exists()
    assert os.access(empty / "events", os.W_OK)


def test_cluster_keeps_every_event(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as s:
        fill(s)
        before = s.events_arrow()
        with engine_for("duckdb", s) as eng:
            index_before = run_index(eng, DYAD).rows()
            assert s.cluster() == before.num_rows
            assert run_index(eng, DYAD).rows() == index_before
        assert s.events_arrow().equals(before)


def test_a_store_on_another_cursor_of_an_archive_sees_its_events(tmp_path: Path) -> None:
    with Store.open(f"{tmp_path}/arch/") as s:
        fill(s)
        cursor = s.con.cursor()  # as the web layer serves each thread
        try:
            assert Store(cursor, s.path, read_only=True).count() == s.count() > 0
        finally:
            cursor.close()
