"""``detente watch gdelt`` and ``detente alerts`` through the real entry point, on the recorded feed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from monitor_data import RecordedFeed

import detente.cli._monitor as monitor_cli


@pytest.fixture
def store_copy(tmp_path: Path, bundled_store: Path) -> Path:
    path = tmp_path / "cli.duckdb"
    shutil.copyfile(bundled_store, path)
    return path


@pytest.fixture
def feed(monkeypatch: pytest.MonkeyPatch) -> RecordedFeed:
    recorded = RecordedFeed()
    monkeypatch.setattr(monitor_cli, "make_client",
                        lambda: httpx.Client(transport=httpx.MockTransport(recorded)))
    return recorded


def test_watch_once_then_alerts(cli, feed: RecordedFeed, store_copy: Path) -> None:  # type: ignore[no-untyped-def]
    feed.next_cycle()
    out = cli("watch", "gdelt", "--once", "--freq", "quarter", "--store", str(store_copy))
    assert out.exit_code == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("2018-06-02 00:00 UTC: 1 interval(s); 2 file(s) ingested; 138 events stored")
    assert any(line.startswith("  alert PRK-USA 2018-Q2: P(change)") for line in lines)

    listed = cli("alerts", "--store", str(store_copy), "--format", "json")
    data = json.loads(listed.stdout)
    assert {a["dyad"] for a in data["alerts"]} >= {"PRK-USA"}
    assert all(a["events"] and a["top_event"] for a in data["alerts"])
    one = json.loads(cli("alerts", "--dyad", "USA-PRK", "--store", str(store_copy), "-f", "json").stdout)
    assert [a["dyad"] for a in one["alerts"]] == ["PRK-USA"] and one["dyad"] == "USA-PRK"
    later = json.loads(cli("alerts", "--since", "2018-07-01", "--store", str(store_copy), "-f", "json").stdout)
    assert later["alerts"] == []  # 2018-Q2 ends on 30 June
    table = cli("alerts", "--store", str(store_copy))
    assert table.exit_code == 0 and "PRK-USA" in table.stdout and "2018-Q2" in table.stdout
    csv_out = cli("alerts", "--store", str(store_copy), "-f", "csv").stdout.splitlines()
    assert csv_out[0] == ",".join(monitor_cli.ALERT_COLUMNS)


def test_watch_json_summaries_and_cycles(cli, feed: RecordedFeed, store_copy: Path) -> None:  # type: ignore[no-untyped-def]
    feed.next_cycle()
    out = cli("watch", "gdelt", "--cycles", "2", "--interval", "0", "--json", "--dyads", "USA-PRK",
              "--store", str(store_copy))
    assert out.exit_code == 0, out.stderr
    first, second = (json.loads(part) for part in out.stdout.replace("}\n{", "}\n\x00{").split("\n\x00"))
    assert first["stored"] == 138 and first["dyads"] == 1
    assert second["files"] == [] and second["stored"] == 0  # the same list: nothing new


def test_watch_reads_a_feed_kept_in_a_folder(cli, store_copy: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            fixture_file) -> None:
    """--feed FOLDER: the recorded files and lists copied into a folder, its lastupdate.txt moved on by hand as
    GDELT moves it; the watch reads them through the same code as over HTTP (no client patched here)."""
    recorded = Path(fixture_file("monitor/feed/plan.json")).parent
    folder = tmp_path / "feed"
    folder.mkdir()
    for path in [*recorded.glob("*.zip"), recorded / "masterfilelist.txt"]:
        shutil.copyfile(path, folder / path.name)

    def cycle(stamp: str) -> dict[str, object]:
        shutil.copyfile(recorded / f"lastupdate-{stamp}.txt", folder / "lastupdate.txt")
        out = cli("watch", "gdelt", "--once", "--json", "--freq", "quarter", "--feed", str(folder),
                  "--store", str(store_copy))
        assert out.exit_code == 0, out.stderr
        summary: dict[str, object] = json.loads(out.stdout)
        return summary

    first = cycle("20180602000000")
    assert first["stored"] == 138 and {a["dyad"] for a in first["alerts"]} >= {"PRK-USA"}  # type: ignore[attr-defined]
    assert cycle("20180602000000")["stored"] == 0  # the same list again adds nothing
    gap = cycle("20180602010000")  # three intervals missed: caught up from the master list
    assert [f["name"] for f in gap["files"] if f["status"] == "failed"] == [  # type: ignore[attr-defined]
        "20180602004500.export.CSV.zip", "20180602004500.mentions.CSV.zip"]  # the truncated zip, and its mentions
    assert gap["stored"] == 3 * 138
    listed = json.loads(cli("alerts", "--store", str(store_copy), "-f", "json").stdout)
    assert sorted(a["dyad"] for a in listed["alerts"]) == sorted(a["dyad"] for a in first["alerts"])  # type: ignore[attr-defined]


@pytest.mark.parametrize(("args", "message"), [
    (("watch", "gdelt", "--feed", "no/such/folder"), "is neither an http(s) address nor a folder"),
    (("watch", "gdelt", "--feed", "."), "the folder holds no lastupdate.txt"),
    (("alerts", "--since", "June"), "is not a date"),
    (("alerts", "--dyad", "USA"), "is not two 3-letter country codes"),
    (("watch", "gdelt", "--dyads", "USA-USA"), "names the same country twice"),
    (("watch", "gdelt", "--interval", "0"), "--interval 0 is too short"),
    (("watch", "gdelt", "--cycles", "0"), "--cycles 0 must be at least 1"),
])
def test_bad_input_is_one_line(cli, args: tuple[str, ...], message: str, store_copy: Path) -> None:  # type: ignore[no-untyped-def]
    out = cli(*args, "--store", str(store_copy))
    assert out.exit_code == 2 and message in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_watch_refuses_a_memory_limit_that_is_no_size(cli, feed: RecordedFeed,  # type: ignore[no-untyped-def]
                                                      store_copy: Path) -> None:
    feed.next_cycle()
    out = cli("watch", "gdelt", "--once", "--memory-limit", "lots", "--store", str(store_copy))
    assert out.exit_code != 0 and "not a size" in out.stderr and "384MB" in out.stderr
    assert feed.hits("20180602000000.export.CSV.zip") == 0
