"""The watch end to end through the recorded feed: a first cycle, a repeated list, a gap of three intervals (one
file arriving with a wrong MD5 twice, one a truncated zip), a retry; what is stored, what is recorded, and that
the alerts are exactly those the offline index and change-point detector give at the same moments."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from monitor_data import FEED, FeedMaker, RecordedFeed

from detente._monitor import CycleSummary, WatchOptions, update_dyads, watch_cycle
from detente.errors import ConfigError
from detente.ingest import ingest_paths
from detente.ingest._feed import GdeltFeed
from detente.judge import index_from_store
from detente.measure import ChangeOptions, IndexOptions, bocpd
from detente.measure._periods import period_label
from detente.model import Dyad
from detente.store import EventQuery, Store
from detente.store._monitor import alerts, feed_files


def _ids(name: str) -> set[str]:
    with zipfile.ZipFile(FEED / name) as zf:
        text = zf.read(zf.namelist()[0]).decode()
    return {line.split("\t")[0] for line in text.splitlines() if line}


def _gdelt_ids(store: Store) -> list[str]:
    rows = store.con.execute("SELECT event_id FROM events WHERE dataset = 'gdelt'").fetchall()
    return [str(r[0]) for r in rows]


def _run_plan(store: Store, feed: GdeltFeed, recorded: RecordedFeed, options: WatchOptions) -> list[CycleSummary]:
    out = []
    for _ in recorded.cycles:
        recorded.next_cycle()
        out.append(watch_cycle(store, feed, options=options))
    return out


def test_the_recorded_feed_cycle_by_cycle(store: Store, recorded: RecordedFeed, make_feed: FeedMaker) -> None:
    feed = make_feed(recorded)
    first, repeat, gap, retry = _run_plan(store, feed, recorded, WatchOptions())

    assert [(f.name, f.status) for f in first.files] == [("20180602000000.export.CSV.zip", "ok"),
                                                          ("20180602000000.mentions.CSV.zip", "ok")]
    assert first.files[0].stored == len(_ids("20180602000000.export.CSV.zip"))

    # the same list again: nothing downloaded, nothing stored
    assert (repeat.intervals, repeat.files, repeat.stored) == (0, [], 0)
    assert recorded.hits("20180602000000.export.CSV.zip") == 1

    # three intervals missed: read from the master list's tail and caught up, oldest first
    assert (gap.intervals, gap.caught_up) == (4, 3)
    assert recorded.ranges and all(r.startswith("bytes=-") for r in recorded.ranges)
    status = {f.name: f for f in gap.files}
    assert status["20180602001500.export.CSV.zip"].status == "ok"
    md5 = status["20180602003000.export.CSV.zip"]
    assert md5.status == "failed" and "MD5" in (md5.error or "") and "does not match" in (md5.error or "")
    # fetched again once before the cycle gave up on it, and once more (intact) by the next cycle
    assert recorded.hits("20180602003000.export.CSV.zip") == 3
    assert status["20180602003000.mentions.CSV.zip"].status == "failed"  # waits for its export
    truncated = status["20180602004500.export.CSV.zip"]
    assert truncated.status == "failed" and "truncated or corrupt" in (truncated.error or "")
    assert status["20180602010000.export.CSV.zip"].status == "ok"
    assert [f.name[:14] for f in gap.files] == sorted(f.name[:14] for f in gap.files)

    # the next cycle tries the failed files again: the MD5 one now arrives intact, the truncated one stays bad
    again = {f.name: f.status for f in retry.files}
    assert again["20180602003000.export.CSV.zip"] == "ok" and again["20180602003000.mentions.CSV.zip"] == "ok"
    assert again["20180602004500.export.CSV.zip"] == "failed"
    assert again["20180602011500.export.CSV.zip"] == "ok"

    # the store holds every row of every good export file once, and nothing of the truncated one
    good = set().union(*(_ids(f"{s}.export.CSV.zip") for s in
                         ("20180602000000", "20180602001500", "20180602003000", "20180602010000", "20180602011500")))
    stored = _gdelt_ids(store)
    assert len(stored) == len(set(stored)) and set(stored) == good
    records = {r.name: r for r in feed_files(store)}
    assert records["20180602004500.export.CSV.zip"].attempts == 2
    assert records["20180602003000.export.CSV.zip"].attempts == 2
    assert records["20180602011500.export.CSV.zip"].run_id is not None
    # downloads are deleted once ingested (the cache does not grow with the files watched)
    assert not [p for p in (feed.downloader.cache_dir).rglob("*") if p.is_file()]


def test_a_file_given_up_is_not_tried_again(store: Store, recorded: RecordedFeed, make_feed: FeedMaker) -> None:
    feed = make_feed(recorded)
    _run_plan(store, feed, recorded, WatchOptions(max_attempts=2))
    more = watch_cycle(store, feed, options=WatchOptions(max_attempts=2))
    assert more.files == [] and recorded.hits("20180602004500.export.CSV.zip") == 2


def _oracle(tmp_path: Path, bundled: Path, cycles: list[CycleSummary],
            options: WatchOptions) -> set[tuple[str, str]]:
    """The alerts the watch should record: the same files ingested in the same order into a second store, and
    after each interval every dyad its files touched measured from its events (the numpy path) as of the
    interval's day, the online detector run on it, and the rules applied (enough periods, the current period
    measured, one alert per change)."""
    out: dict[str, list[str]] = {}
    freq, change = options.index.freq, options.change
    shutil.copyfile(bundled, tmp_path / "oracle.duckdb")
    with Store.open(tmp_path / "oracle.duckdb") as s:
        done = [f for c in cycles for f in c.files if f.status == "ok"]
        stamps = list(dict.fromkeys(f.name[:14] for f in done))
        for stamp in stamps:
            runs = ingest_paths(s, "gdelt", [FEED / f.name for f in done if f.name.startswith(stamp)])
            ids = ", ".join(str(r.run_id) for r in runs)
            pairs = s.con.execute(
                "SELECT DISTINCT least(source_country, target_country), greatest(source_country, target_country) "
                f"FROM events WHERE run_id IN ({ids}) AND source_country <> target_country "
                "AND source_country <> '' AND target_country <> ''").fetchall()
            day = dt.datetime.strptime(stamp, "%Y%m%d%H%M%S").date()
            for a, b in pairs:
                series = index_from_store(s, Dyad(a, b), options=options.index, as_of=day)
                ok = ~np.isnan(series.cxi)
                if ok.sum() < options.min_periods or not ok[-1]:
                    continue
                online = bocpd(series.cxi[ok], hazard_periods=change.hazard_periods, recent=change.recent,
                               flag_probability=change.flag_probability)
                labels = series.period[-(change.recent + 1):]
                if online.flag and not set(labels) & set(out.get(f"{a}-{b}", [])):
                    out.setdefault(f"{a}-{b}", []).append(period_label(series.start[-1], freq))
    return {(d, p) for d, ps in out.items() for p in ps}


@pytest.mark.parametrize("freq", ["month", "quarter"])
def test_the_alerts_are_those_the_offline_detector_raises(freq: str, store: Store, recorded: RecordedFeed,
                                                          make_feed: FeedMaker, tmp_path: Path,
                                                          bundled_store: Path) -> None:
    options = WatchOptions(index=IndexOptions(freq=freq))  # type: ignore[arg-type]
    cycles = _run_plan(store, make_feed(recorded), recorded, options)
    expected = _oracle(tmp_path, bundled_store, cycles, options)
    raised = {(a.dyad, a.period) for c in cycles for a in c.alerts}
    recorded_alerts = alerts(store)
    assert raised == expected == {(a.dyad, a.period) for a in recorded_alerts}
    if freq == "quarter":
        # the summit quarter departs from the quarters before it for the US-DPRK and the two-Koreas dyads
        assert {("PRK-USA", "2018-Q2"), ("KOR-PRK", "2018-Q2")} <= expected
        for a in recorded_alerts:
            assert 0.5 < a.probability <= 1 and a.events and a.trigger
            assert all({"key", "date", "code", "impact"} <= set(e) for e in a.events)
            impacts = [abs(e["impact"]) for e in a.events]
            assert impacts == sorted(impacts, reverse=True)


def test_rerunning_the_update_adds_no_alert(store: Store, recorded: RecordedFeed, make_feed: FeedMaker) -> None:
    options = WatchOptions(index=IndexOptions(freq="quarter"))
    cycles = _run_plan(store, make_feed(recorded), recorded, options)
    before = alerts(store)
    runs = [int(r[0]) for r in store.con.execute("SELECT run_id FROM ingest_runs WHERE dataset = 'gdelt'").fetchall()]
    again = update_dyads(store, runs=runs, as_of=dt.datetime(2018, 6, 2, 1, 15), options=options)
    assert again[1] == [] and len(alerts(store)) == len(before) and cycles


def test_an_interrupt_mid_cycle_resumes_with_nothing_lost_or_doubled(store: Store, recorded: RecordedFeed,
                                                                     make_feed: FeedMaker,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    feed = make_feed(recorded)
    recorded.next_cycle()
    watch_cycle(store, feed)
    recorded.next_cycle()
    recorded.next_cycle()  # the list with the gap
    recorded.fail["http://data.gdeltproject.org/gdeltv2/20180602010000.export.CSV.zip"] = KeyboardInterrupt()
    with pytest.raises(KeyboardInterrupt):
        watch_cycle(store, feed)
    # the interrupted file is not recorded; the ones before it are
    names = {r.name: r.status for r in feed_files(store)}
    assert "20180602010000.export.CSV.zip" not in names and names["20180602001500.export.CSV.zip"] == "ok"

    # a crash after a file's transaction committed but before it was recorded: the next run ingests it again,
    # which adds nothing
    import detente._monitor as monitor

    real = monitor.ingest_paths  # type: ignore[attr-defined]
    crashed: list[str] = []

    def ingest_then_crash(s: Store, dataset: str, paths: list[Path], **options: Any) -> object:
        result = real(s, dataset, paths, **options)
        if not crashed:
            crashed.append(str(paths[0]))
            raise KeyboardInterrupt
        return result

    monkeypatch.setattr(monitor, "ingest_paths", ingest_then_crash)
    with pytest.raises(KeyboardInterrupt):
        watch_cycle(store, feed)
    monkeypatch.setattr(monitor, "ingest_paths", real)
    resumed = watch_cycle(store, feed)
    by_name = {f.name: f for f in resumed.files}
    redone = by_name[Path(crashed[0]).name]
    assert redone.status == "ok" and redone.stored == 0 and redone.rows_read > 0
    stored = _gdelt_ids(store)
    assert len(stored) == len(set(stored))
    assert set(stored) >= _ids("20180602010000.export.CSV.zip")
    assert store.count(EventQuery(datasets=("gdelt",))) == len(stored)


def test_only_the_dyads_asked_for_are_measured(store: Store, recorded: RecordedFeed, make_feed: FeedMaker) -> None:
    recorded.next_cycle()
    options = WatchOptions(dyads=(Dyad.parse("USA-PRK"),), index=IndexOptions(freq="quarter"))
    summary = watch_cycle(store, make_feed(recorded), options=options)
    assert summary.dyads == 1 and {a.dyad for a in summary.alerts} <= {"PRK-USA"}
    assert summary.stored > 100  # every row is stored
    assert "1 dyad(s) updated" in summary.line() and "2 file(s) ingested" in summary.line()


def test_change_options_reach_the_detector(store: Store, recorded: RecordedFeed, make_feed: FeedMaker) -> None:
    recorded.next_cycle()
    strict = WatchOptions(index=IndexOptions(freq="quarter"), change=ChangeOptions(flag_probability=0.999))
    assert watch_cycle(store, make_feed(recorded), options=strict).alerts == []


def test_the_watch_bounds_duckdbs_memory_on_the_stores_connection(store: Store, recorded: RecordedFeed,
                                                                 make_feed: FeedMaker) -> None:
    from detente._monitor import _size_bytes

    def limit() -> float:
        size = _size_bytes(str(store.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]))
        assert size is not None
        return size

    assert limit() > 1e9  # DuckDB's own: 80% of the machine's memory
    recorded.next_cycle()
    watch_cycle(store, make_feed(recorded), options=WatchOptions(memory_limit="300MB"))
    assert 290e6 < limit() <= 300e6
    store.con.execute("SET memory_limit = '200MB'")  # a lower limit set before is kept
    recorded.next_cycle()
    watch_cycle(store, make_feed(recorded), options=WatchOptions(memory_limit="300MB"))
    assert 190e6 < limit() <= 200e6
    with pytest.raises(ConfigError, match="not a size"):
        WatchOptions(memory_limit="lots")



def test_a_cycle_leaves_its_changes_in_the_store_file_not_the_log(store: Store, recorded: RecordedFeed,
                                                                  make_feed: FeedMaker) -> None:
    """A cycle that ingested files ends with a checkpoint once the write-ahead log holds more than
    ``checkpoint_log``: the log is then empty, so DuckDB holds no growing log of changes in memory over a long
    watch (docs/scale.md, section 6); below that size the log is left for a later cycle."""
    wal = Path(str(store.path) + ".wal")

    def held() -> int:
        return wal.stat().st_size if wal.exists() else 0

    recorded.next_cycle()
    summary = watch_cycle(store, make_feed(recorded), options=WatchOptions(checkpoint_log="100MB"))
    assert summary.stored > 0
    assert held() > 0  # the fixture's files are far below 100MB of log: no checkpoint yet
    recorded.next_cycle()
    recorded.next_cycle()
    summary = watch_cycle(store, make_feed(recorded), options=WatchOptions(checkpoint_log="1KB"))
    assert summary.stored > 0
    assert held() == 0  # more than 1KB: checkpointed
    recorded.next_cycle()
    summary = watch_cycle(store, make_feed(recorded), options=WatchOptions(checkpoint_log="0"))
    assert summary.stored > 0
    assert held() == 0  # 0: after every cycle that ingested
    with pytest.raises(ConfigError, match="not a size"):
        WatchOptions(checkpoint_log="often")
