"""Channel windows applied to periods all at once give what applying them one by one gives: the highest level
open in each period (random windows of every kind: open-ended, ending before they start, outside the grid)."""

from __future__ import annotations

import numpy as np
import pytest

from detente.measure._channel import Window, _apply
from detente.measure._periods import Freq, period_end, period_start


def _one_by_one(windows: list[Window], starts: np.ndarray, freq: Freq) -> np.ndarray:
    ends = period_end(starts, freq)
    level = np.zeros(len(starts), dtype=np.float64)
    for first, last, lv, _ in windows:
        lo = int(np.searchsorted(ends, first, side="left"))
        hi = len(starts) if last is None else int(np.searchsorted(starts, last, side="right"))
        for k in range(lo, hi):
            level[k] = max(level[k], lv)
    return level


@pytest.mark.parametrize("freq", ["week", "month", "quarter"])
def test_windows_at_once_equal_one_by_one(freq: Freq) -> None:
    rng = np.random.default_rng(7)
    step = {"week": 7, "month": 31, "quarter": 92}[freq]
    grid = np.unique(np.array([np.datetime64("2016-01-01") + np.timedelta64(int(k) * step, "D")
                               for k in range(40)], dtype="datetime64[D]"))
    starts = np.unique(period_start(grid, freq))
    for trial in range(200):
        windows: list[Window] = []
        for i in range(int(rng.integers(0, 12))):
            first = np.datetime64("2015-10-01") + np.timedelta64(int(rng.integers(0, 40 * step + 200)), "D")
            kind = rng.integers(0, 4)
            last = None if kind == 0 else first + np.timedelta64(int(rng.integers(-30, 200)), "D")
            windows.append((first, last, int(rng.integers(1, 5)), i))
        got = _apply(windows, starts, freq)
        assert np.array_equal(got, _one_by_one(windows, starts, freq)), (trial, windows)
    assert np.array_equal(_apply([], starts, freq), np.zeros(len(starts)))
