"""The recorded GDELT 2.0 feed (tests/fixtures/monitor/feed) served through an httpx transport."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pyarrow as pa

from detente.ingest import ingest_paths
from detente.ingest._feed import GdeltFeed
from detente.measure import IndexOptions
from detente.measure._index import SUM_COLUMNS, DaySums
from detente.measure._world import dyad_day_sums_sql
from detente.store import Store

MONITOR = Path(__file__).resolve().parents[1] / "fixtures" / "monitor"
FEED = MONITOR / "feed"
BASE = "http://data.gdeltproject.org/gdeltv2/"


def real_day_rows(store_path: Path) -> tuple[pa.Table, set[tuple[str, str]]]:
    """The ICEWS dyads fixture ingested into the store at ``store_path`` (a copy of the bundled store): the day
    sums of every dyad as DuckDB sums them, ordered by pair and day, and the pairs the milestone ledger names."""
    with Store.open(store_path) as s:
        ingest_paths(s, "icews", [MONITOR / "icews_dyads_2018.tab"])
        found = s.con.execute("SELECT DISTINCT dyad FROM milestones").fetchall()
        ledger = {(a, b) for a, b in (sorted(str(d).split("-")) for (d,) in found)}
        rows = s.con.sql(dyad_day_sums_sql(options=IndexOptions()) + " ORDER BY a, b, day").to_arrow_table()
    return rows, ledger


def dyad_days(rows: pa.Table, a: str, b: str) -> DaySums:
    """The day sums of the pair ``a``-``b`` among ``rows``, as the one-dyad index reads them."""
    mine = rows.filter((pa.compute.field("a") == a) & (pa.compute.field("b") == b))

    def col(name: str, dtype: type | str) -> np.ndarray:  # type: ignore[type-arg]
        return np.asarray(mine.column(name).to_numpy(zero_copy_only=False), dtype=dtype)

    return DaySums(day=col("day", "datetime64[D]"), sums={c: col(c, np.float64) for c in SUM_COLUMNS},
                   pressure=col("pressure", np.float64), channel=col("channel", np.float64),
                   raw=int(col("raw", np.int64).sum()))


@dataclass
class RecordedFeed:
    """Serves the recorded feed: ``lastupdate.txt`` is the list of the current cycle (:meth:`next_cycle` moves
    on, following ``plan.json``), ``masterfilelist.txt`` honours suffix ranges (``bytes=-N``), each file is
    served from the fixture folder, a file named in the plan's ``corrupt_in_transit`` arrives with one byte
    changed that many times first. ``fail`` maps a URL to an exception to raise when it is requested."""

    folder: Path = FEED
    cycle: int = -1
    requests: list[str] = field(default_factory=list)
    ranges: list[str] = field(default_factory=list)
    fail: dict[str, BaseException] = field(default_factory=dict)
    plan: dict[str, Any] = field(default_factory=dict)
    corrupt: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.plan = json.loads((self.folder / "plan.json").read_text())
        self.corrupt = dict(self.plan["corrupt_in_transit"])

    @property
    def cycles(self) -> list[str]:
        return list(self.plan["cycles"])

    def next_cycle(self) -> str:
        self.cycle += 1
        return self.cycles[self.cycle]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        self.requests.append(url)
        if url in self.fail:
            raise self.fail.pop(url)
        name = url.removeprefix(BASE)
        if name == "lastupdate.txt":
            stamp = self.cycles[max(self.cycle, 0)]
            return httpx.Response(200, content=(self.folder / f"lastupdate-{stamp}.txt").read_bytes())
        path = self.folder / name
        if not url.startswith(BASE) or not path.is_file():
            return httpx.Response(404, content=b"not found")
        body = path.read_bytes()
        rng = request.headers.get("Range")
        if name == "masterfilelist.txt" and rng:
            self.ranges.append(rng)
            n = int(rng.removeprefix("bytes=-"))
            part = body[-n:] if n < len(body) else body
            start = len(body) - len(part)
            return httpx.Response(206, content=part,
                                  headers={"Content-Range": f"bytes {start}-{len(body) - 1}/{len(body)}"})
        if self.corrupt.get(name, 0) > 0:
            self.corrupt[name] -= 1
            body = body[:100] + bytes([body[100] ^ 0xFF]) + body[101:]
        return httpx.Response(200, content=body)

    def hits(self, suffix: str) -> int:
        return sum(1 for u in self.requests if u.endswith(suffix))


FeedMaker = Callable[[RecordedFeed], GdeltFeed]
