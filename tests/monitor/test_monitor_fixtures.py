"""The monitor's fixtures are what tests/fixtures/monitor/make_fixtures.py makes from ../shared/data/formats."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from monitor_data import MONITOR


def test_the_monitor_fixtures_equal_what_the_samples_give_now(shared_file: Callable[[str], Path]) -> None:
    spec = importlib.util.spec_from_file_location("monitor_make_fixtures", MONITOR / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built: dict[str, bytes] = module.build(shared_file("data/formats"))
    assert len(built) == 1 + 6 * 3 + 2
    stale = sorted(name for name, body in built.items() if (MONITOR / name).read_bytes() != body)
    assert not stale, f"differ from ../shared (run tests/fixtures/monitor/make_fixtures.py): {stale}"
