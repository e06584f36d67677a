"""Serve from a private snapshot of the store, so ``detente ingest`` can write the store while the dashboard runs.

DuckDB lets one process write a database file, and a process that holds the file open, even read-only, keeps
a writer out. The dashboard therefore never opens the user's store with DuckDB: it copies the file's bytes into
a private folder and opens the copy read-only.

The copy is consistent because DuckDB changes the main file only when it checkpoints, and a checkpoint leaves
the file valid at every instant (it is crash-safe); committed work that is not checkpointed yet lives in the
write-ahead log, which the copy leaves out. A copy is kept only when the file's size and modification time did
not change while it was read and the copy opens as a detente store; otherwise the dashboard keeps serving the
last good snapshot and tries again later. Each request reads through its own cursor of the snapshot's
connection, and a snapshot that was replaced is closed once its last request is done.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from detente.errors import StoreError
from detente.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")

__all__ = ["CACHE_BYTES", "Cache", "Snapshot", "SnapshotManager", "weight"]

#: copies tried in one refresh before giving up (a store that keeps changing is retried on a later request)
_COPY_TRIES = 3


def _stamp(path: Path) -> tuple[int, int] | None:
    """The file's (size, mtime in ns), or None when it does not exist."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


#: the most bytes (estimated) one snapshot's cache holds
CACHE_BYTES = 128 << 20


def weight(value: Any) -> int:
    """An estimate of the memory ``value`` holds: exact for text and bytes, the object's own ``weight()`` when it
    has one, else four times the length of its JSON (Python's dicts and lists of small values take about that
    much more than their JSON, measured on the dashboard's pages)."""
    if isinstance(value, str | bytes):
        return sys.getsizeof(value)
    own = getattr(value, "weight", None)
    if callable(own):
        return int(own())
    try:
        return 4 * len(json.dumps(value, default=str))
    except (TypeError, ValueError):
        return sys.getsizeof(value)


class Cache:
    """A small thread-safe LRU of computed results, bounded by entries and by bytes (:func:`weight`); one
    computation per key at a time (others wait for it). A result larger than the whole bound is answered but
    not kept."""

    def __init__(self, size: int = 256, *, max_bytes: int = CACHE_BYTES) -> None:
        self.size = size
        self.max_bytes = max_bytes
        self._data: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._data

    @property
    def bytes(self) -> int:
        """The estimated bytes the cache holds now."""
        return self._bytes

    def get_or_compute(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return cast(T, self._data[key][0])
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:
            with self._lock:
                if key in self._data:
                    return cast(T, self._data[key][0])
            try:
                value = compute()
                cost = weight(value)
                with self._lock:
                    if cost <= self.max_bytes:
                        self._data[key] = (value, cost)
                        self._bytes += cost
                        while len(self._data) > self.size or self._bytes > self.max_bytes:
                            _, (_, gone) = self._data.popitem(last=False)
                            self._bytes -= gone
            finally:
                with self._lock:
                    self._computing.pop(key, None)
            return value


@dataclass
class Snapshot:
    """One read-only copy of the store, shared by the requests that started while it was current."""

    generation: int
    path: Path
    store: Store
    stamp: tuple[int, int]
    taken: dt.datetime
    users: int = 0
    retired: bool = False
    closed: bool = False
    cache: Cache = field(default_factory=Cache)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A :class:`Store` on a cursor of this snapshot's connection (DuckDB cursors serve one thread each)."""
        cursor = self.store.con.cursor()
        try:
            yield Store(cursor, self.store.path, read_only=True)
        finally:
            with suppress(Exception):
                cursor.close()

    def cached(self, key: Hashable, compute: Callable[[Store], T]) -> T:
        """``compute(store)`` once per key on this snapshot; a hit needs no cursor at all."""

        def run() -> T:
            with self.reader() as store:
                return compute(store)

        return self.cache.get_or_compute(key, run)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        with suppress(Exception):
            self.store.close()
        for p in (self.path, self.path.with_name(self.path.name + ".wal")):
            with suppress(OSError):
                p.unlink()


class SnapshotManager:
    """Keeps the current snapshot of ``source`` and refreshes it when the file changes.

    ``check_every`` seconds at most between two looks at the file's size and modification time; a change starts a
    refresh in a background thread, so requests never wait for a copy. ``warm`` is called with each new snapshot
    before it is served (to fill caches), so the first request after a refresh is as fast as the others.
    """

    def __init__(self, source: Path, *, threads: int = 0, check_every: float = 1.0,
                 warm: Callable[[Snapshot], None] | None = None) -> None:
        self.source = Path(source)
        self.threads = threads
        self.check_every = check_every
        self.warm = warm
        self._dir = Path(tempfile.mkdtemp(prefix="detente-web-"))
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._current: Snapshot | None = None
        self._generation = 0
        self._checked = 0.0
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        self.failures = 0

    # -- lifecycle ---------------------------------------------------------------------------------------
    def start(self) -> None:
        """Take the first snapshot; raises :class:`StoreError` when there is no usable store."""
        if not self.refresh():
            raise StoreError(self.last_error or f"cannot read the store {self.source}")

    def close(self) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout=60)
        with self._lock:
            snap, self._current = self._current, None
        if snap is not None:
            snap.close()
        shutil.rmtree(self._dir, ignore_errors=True)

    @property
    def current(self) -> Snapshot | None:
        return self._current

    # -- reading -----------------------------------------------------------------------------------------
    @contextmanager
    def using(self) -> Iterator[Snapshot]:
        """The current snapshot, kept open until the block ends (a refresh meanwhile does not close it)."""
        self.maybe_refresh()
        with self._lock:
            snap = self._current
            if snap is None:
                raise StoreError(self.last_error or "the store is not available yet; try again in a moment")
            snap.users += 1
        try:
            yield snap
        finally:
            with self._lock:
                snap.users -= 1
                done = snap.retired and snap.users == 0
            if done:
                snap.close()

    @contextmanager
    def reader(self) -> Iterator[tuple[Snapshot, Store]]:
        """The current snapshot and a read-only :class:`Store` on a cursor of its own, for one request."""
        with self.using() as snap, snap.reader() as store:
            yield snap, store

    def maybe_refresh(self) -> None:
        """Start a background refresh when the store file changed (looked at once per ``check_every``)."""
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return
        self._checked = now
        snap = self._current
        stamp = _stamp(self.source)
        if stamp is None or (snap is not None and stamp == snap.stamp):
            return
        if self._refreshing.locked():
            return
        thread = threading.Thread(target=self.refresh, name="detente-snapshot", daemon=True)
        self._thread = thread
        thread.start()

    # -- refreshing --------------------------------------------------------------------------------------
    def refresh(self) -> bool:
        """Copy the store now if it changed; True when a good snapshot is being served afterwards."""
        with self._refreshing:
            current = self._current
            stamp = _stamp(self.source)
            if stamp is None:
                self._fail(f"no store at {self.source}; run 'detente report' or 'detente ingest' to create one")
                return current is not None
            if self.source.is_dir():
                self._fail(f"{self.source} is a folder (a Parquet archive); the dashboard serves a DuckDB store "
                           "file: pass --store with one")
                return current is not None
            if current is not None and stamp == current.stamp:
                return True
            snap = self._take()
            if snap is None:
                return current is not None
            if self.warm is not None:
                try:
                    self.warm(snap)
                except Exception as err:  # a warm-up failure must not cost the snapshot: requests compute anew
                    log.warning("warming snapshot %d failed: %s", snap.generation, err)
            with self._lock:
                old, self._current = self._current, snap
                close_old = old is not None and old.users == 0
                if old is not None:
                    old.retired = True
            if old is not None and close_old:
                old.close()
            self.last_error = None
            log.info("serving snapshot %d of %s", snap.generation, self.source)
            return True

    def _fail(self, message: str) -> None:
        self.last_error = message
        self.failures += 1
        log.warning("snapshot of %s not taken: %s", self.source, message)

    def _take(self) -> Snapshot | None:
        """One consistent copy, or None (the reason in :attr:`last_error`)."""
        for _ in range(_COPY_TRIES):
            before = _stamp(self.source)
            if before is None:
                self._fail(f"no store at {self.source}")
                return None
            self._generation += 1
            target = self._dir / f"snapshot-{self._generation}.duckdb"
            try:
                shutil.copyfile(self.source, target)
            except OSError as err:
                self._fail(f"cannot copy {self.source}: {err.strerror or err}")
                return None
            if _stamp(self.source) != before:  # written while copied: the copy may mix two states
                target.unlink(missing_ok=True)
                self._fail(f"{self.source} changed while it was copied; keeping the last snapshot")
                time.sleep(0.05)
                continue
            try:
                os.chmod(target, 0o400)
                store = Store.open(target, read_only=True, threads=self.threads)
            except Exception as err:  # StoreError, SchemaError, or a file DuckDB cannot read at all
                target.unlink(missing_ok=True)
                text = str(err).splitlines()[0] if str(err) else type(err).__name__
                self._fail(text.replace(str(target), str(self.source)))
                continue
            return Snapshot(self._generation, target, store, before, dt.datetime.now(dt.UTC))
        return None
