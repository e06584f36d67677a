"""The dashboard keeps serving while another process writes the store, and picks up what was written."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.config import Settings
from detente.errors import StoreError
from detente.store import Store
from detente.web import create_app
from detente.web._snapshot import Cache, SnapshotManager

#: a separate process that ingests batches into the store for a bounded time, checkpointing as it goes
WRITER = r"""
import datetime as dt, sys, time
from detente.model import Event
from detente.store import Store
path, batches = sys.argv[1], int(sys.argv[2])
with Store.open(path) as store:
    print("open", flush=True)
    for b in range(batches):
        events = [Event(dt.date(2021, 1, 1) + dt.timedelta(days=i), "USAGOV", "PRKGOV", "042", dataset="writer",
                        event_id=f"w{b}-{i}", summary=f"writer batch-{b}-end event {i}", track="peace",
                        quad_class=1, goldstein=1.9) for i in range(200)]
        store.write_events(events, dataset="writer", input=f"batch-{b}")
        if b % 2:
            store.con.execute("CHECKPOINT")
        time.sleep(0.05)
print("done", flush=True)
"""


@pytest.fixture
def own_store(web_store: Path, tmp_path: Path) -> Path:
    path = tmp_path / "live.duckdb"
    shutil.copyfile(web_store, path)
    return path


def _events(client: TestClient, dataset: str) -> int:
    response = client.get("/status.json")
    assert response.status_code == 200, response.text
    return next((d["events"] for d in response.json()["datasets"] if d["name"] == dataset), 0)


def test_serves_while_another_process_writes(own_store: Path) -> None:
    app = create_app(Settings(store=own_store), check_every=0.02)
    statuses: list[int] = []
    with TestClient(app, base_url="http://127.0.0.1") as client:
        before = client.get("/status.json").json()["snapshot"]["generation"]
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(own_store), "6"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        try:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "open", \
                "the writer opens the store although the dashboard is serving it"
            deadline = time.monotonic() + 30
            for _ in range(400):  # bounded in count and time
                if writer.poll() is not None or time.monotonic() > deadline:
                    break
                for path in ("/events.json?dataset=writer", "/status.json", "/events.json?q=writer"):
                    statuses.append(client.get(path).status_code)
                time.sleep(0.02)
            out, err = writer.communicate(timeout=60)
        finally:
            if writer.poll() is None:
                writer.kill()
        assert writer.returncode == 0, err
        assert "done" in out
        assert statuses and all(s == 200 for s in statuses), sorted(set(statuses))
        deadline = time.monotonic() + 30
        while _events(client, "writer") < 6 * 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _events(client, "writer") == 6 * 200, "the last write shows once the writer is done"
        status = client.get("/status.json").json()
        assert status["snapshot"]["generation"] > before
        assert client.get("/events.json", params={"q": "batch-5-end"}).json()["total"] == 200


def test_a_damaged_store_keeps_the_last_good_snapshot(own_store: Path) -> None:
    app = create_app(Settings(store=own_store), check_every=0.0)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        good = client.get("/status.json").json()
        original = own_store.read_bytes()
        own_store.write_bytes(b"not a database" * 100)
        manager = app.state.web.snapshots
        assert manager.refresh() is True, "a snapshot is still served"
        assert manager.last_error
        after = client.get("/status.json")
        assert after.status_code == 200 and after.json()["events"] == good["events"]
        assert after.json()["snapshot"]["generation"] == good["snapshot"]["generation"]
        assert client.get("/events.json").status_code == 200
        own_store.unlink()
        assert client.get("/index.json").status_code == 200
        own_store.write_bytes(original)
        assert manager.refresh() is True and manager.last_error is None
        assert client.get("/status.json").json()["snapshot"]["generation"] > good["snapshot"]["generation"]


def test_a_copy_taken_while_the_file_changed_is_thrown_away(own_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    manager = SnapshotManager(own_store)
    manager.start()
    try:
        first = manager.current
        assert first is not None
        real_copy = shutil.copyfile

        def copy_during_write(src: Path, dst: Path) -> object:
            result = real_copy(src, dst)
            with open(own_store, "ab") as f:  # another process wrote while we copied
                f.write(b"\0")
            return result

        monkeypatch.setattr(shutil, "copyfile", copy_during_write)
        with open(own_store, "ab") as f:
            f.write(b"\0")
        assert manager.refresh() is True
        assert manager.current is first and manager.last_error and "changed while" in manager.last_error
    finally:
        manager.close()


def test_a_retired_snapshot_closes_after_its_last_reader(own_store: Path) -> None:
    manager = SnapshotManager(own_store, check_every=3600)
    manager.start()
    try:
        with manager.reader() as (snap, store):
            assert store.count() > 0
            with Store.open(own_store) as writer:
                writer.set_meta("touched", "yes")
            assert manager.refresh() is True
            assert manager.current is not snap and snap.retired and not snap.closed
            assert store.count() > 0, "a request that started on the old snapshot finishes on it"
        assert snap.closed and not snap.path.exists()
    finally:
        manager.close()


def test_no_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="detente report"):
        create_app(Settings(store=tmp_path / "missing.duckdb"))
    (tmp_path / "archive").mkdir()
    with pytest.raises(StoreError, match="store file"):
        create_app(Settings(store=tmp_path / "archive"))
    (tmp_path / "junk.duckdb").write_bytes(b"junk" * 1000)
    with pytest.raises(StoreError):
        create_app(Settings(store=tmp_path / "junk.duckdb"))


def test_cache_computes_each_key_once_under_concurrency() -> None:
    cache = Cache(size=2)
    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.05)
        return 42

    threads = [threading.Thread(target=cache.get_or_compute, args=("k", slow)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert len(calls) == 1 and cache.get_or_compute("k", slow) == 42
    cache.get_or_compute("a", lambda: 1)
    cache.get_or_compute("b", lambda: 2)
    assert len(cache) == 2 and cache.get_or_compute("k", lambda: 7) == 7, "the oldest entry was evicted"
