"""Send the dashboard hostile requests and say how it held: every route with every parameter set to each hostile
value (SQL, traversal, markup, huge and far values, controls), far date ranges on the dyad page, HEAD and odd
methods, and hostile Host and Origin headers, in process (FastAPI's TestClient) over a store of the bundled
record. Prints the requests sent, the answers by status, the slowest and largest answers and how much the
process grew; exits 1 if any answer was a 5xx or showed a trace.

    uv run python scripts/hostile_requests.py                 # a fresh store of the bundled record in a temp dir
    uv run python scripts/hostile_requests.py --store S.duckdb

The figures are quoted in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import collections
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "web"))

from test_security import ROUTES as TESTED  # noqa: E402  (every route that takes parameters, and its parameters)

ROUTES: dict[str, tuple[str, ...]] = {**TESTED, "/world.json": ("country", "sort", "page", "min_events")}
VALUES = [
    "' OR 1=1 --", "x'); DROP TABLE events; --", "%' UNION SELECT key FROM events --", "../../../../etc/passwd",
    "file:///etc/passwd", "<script>alert(1)</script>", "[/x] [bold]", "\x1b[2J", "9" * 400, "-1", "1e308", "NaN",
    "x" * 5000, "\u202e\u200b", "\x00", "{{7*7}}", "20180101", "2018-W01-1", "9999-12-31", "0001-01-01",
    "ÜSA-PRK", "usa-prk", "USA-USA",
]
TRACES = ("Traceback", 'File "', "duckdb.", "/site-packages/", "src/detente")


def _requests() -> Iterator[tuple[str, str, dict[str, str], dict[str, str]]]:
    """(method, path, params, headers) of every hostile request."""
    for route, names in ROUTES.items():
        for name in names:
            for value in VALUES:
                yield "GET", route, {name: value}, {}
    for a in ("0001-01-01", "1900-01-01", "2100-01-01", "9999-12-31"):  # far ranges, each distinct
        for b in ("9999-12-31", "2999-06-30", "5000-01-01"):
            yield "GET", "/dyad.json", {"dyad": "USA-PRK", "from": a, "to": b}, {}
        yield "GET", "/dyad.json", {"dyad": "USA-PRK", "to": a}, {}
    for route in ("/", "/events", "/dyad", "/events.json", "/dyad.json", "/world"):
        for method in ("HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE"):
            yield method, route, {}, {}
        for headers in ({"Host": "evil.example"}, {"Host": "127.0.0.1.evil.example"},
                        {"Origin": "http://evil.example"}, {"Host": "localhost:1@evil.example"}):
            yield "GET", route, {}, headers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="a store to serve (default: a fresh one of the bundled record)")
    args = parser.parse_args()
    from fastapi.testclient import TestClient

    from detente import load_settings, open_store
    from detente.web import create_app

    scratch = None if args.store else tempfile.TemporaryDirectory(prefix="detente-hostile-")
    store = args.store or Path(scratch.name) / "hostile.duckdb"  # type: ignore[union-attr]
    settings = load_settings(store=store, environ={})
    with open_store(settings):  # builds the bundled record into a fresh store
        pass
    statuses: collections.Counter[int] = collections.Counter()
    bad: list[str] = []
    slowest = (0.0, "")
    largest = (0, "")
    grown_from = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as client:
        client.get("/")  # the warm-up
        for method, path, params, headers in _requests():
            began = time.perf_counter()
            answer = client.request(method, path, params=params, headers=headers)
            took = time.perf_counter() - began
            where = f"{method} {path} {params or headers}"[:120]
            statuses[answer.status_code] += 1
            if answer.status_code >= 500 or any(t in answer.text for t in TRACES):
                bad.append(f"{answer.status_code} {where!r}")
            slowest = max(slowest, (took, where))
            largest = max(largest, (len(answer.content), where))
    total = sum(statuses.values())
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - grown_from
    print(f"requests: {total:,} in {time.perf_counter() - started:.1f} s")
    print("answers: " + ", ".join(f"{code}: {n:,}" for code, n in sorted(statuses.items())))
    print(f"5xx or a trace shown: {len(bad)}")
    print(f"slowest: {slowest[0]:.2f} s ({slowest[1]!r})")
    print(f"largest: {largest[0]:,} bytes ({largest[1]!r})")
    print(f"peak memory grew by {grown / 1024:.0f} MB over the run")
    for line in bad[:20]:
        print("  " + line)
    if scratch is not None:
        scratch.cleanup()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
