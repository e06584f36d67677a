"""Day sums that differ only in their last bits (as two engines' sums of the same events do: another order of
addition, a logarithm one unit off in the last place) give the same world rows and the same one-dyad index: the
day sums are rounded to ``SUM_DECIMALS`` decimals before the index uses them."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from monitor_data import dyad_days, real_day_rows

from detente.judge import JudgeOptions
from detente.judge._world import world_table
from detente.measure import IndexOptions
from detente.measure._batch import batch_series
from detente.measure._evidence import EvidenceOptions
from detente.measure._index import SUM_COLUMNS, SUM_DECIMALS, series_from_days, settle_sums
from detente.model import Dyad

WEIGHTED = [c for c in SUM_COLUMNS if c not in ("n", "ng")]


@pytest.fixture(scope="module")
def real_rows(bundled_store: Path, tmp_path_factory: pytest.TempPathFactory) -> pa.Table:
    """The day sums of every dyad of the bundled record and the ICEWS dyads fixture, as DuckDB sums them."""
    path = tmp_path_factory.mktemp("rounding") / "r.duckdb"
    shutil.copyfile(bundled_store, path)
    return real_day_rows(path)[0]


def _last_bits(rows: pa.Table, seed: int) -> pa.Table:
    """``rows`` with every nonzero weighted sum moved by one or two units in the last place, up or down."""
    rng = np.random.default_rng(seed)
    out = rows
    for name in WEIGHTED:
        x = np.asarray(rows.column(name).to_numpy(zero_copy_only=False), dtype=np.float64)
        moved = x.copy()
        for _ in range(2):
            step = rng.choice([-np.inf, np.inf], size=x.size)
            moved = np.where((x != 0) & (rng.random(x.size) < 0.5), np.nextafter(moved, step), moved)
        out = out.set_column(out.column_names.index(name), name, pa.array(moved))
    return out


def test_sums_apart_in_their_last_bits_give_the_same_world_rows(real_rows: pa.Table) -> None:
    moved = _last_bits(real_rows, seed=17)
    changed = sum(int(pa.compute.sum(pa.compute.not_equal(real_rows.column(c), moved.column(c))).as_py())
                  for c in WEIGHTED)
    assert changed > 1000  # the inputs do differ
    opts = JudgeOptions(index=IndexOptions(evidence=EvidenceOptions(resamples=60)))
    mine, theirs = world_table(real_rows, options=opts).to_dict(), world_table(moved, options=opts).to_dict()
    assert len(mine["dyads"]) >= 45
    assert mine == theirs
    # the table shows rounded figures; the series under it, change points included, are equal to the last bit
    one, other = batch_series(real_rows, options=opts.index), batch_series(moved, options=opts.index)
    assert one.dyads == other.dyads
    for name in ("cxi", "cxi_low", "cxi_high", "material_conflict", "unit", "n0"):
        np.testing.assert_array_equal(getattr(one, name), getattr(other, name), err_msg=name)
    for name in SUM_COLUMNS:
        np.testing.assert_array_equal(one.sums[name], other.sums[name], err_msg=name)


def test_sums_apart_in_their_last_bits_give_the_same_index(real_rows: pa.Table) -> None:
    moved = _last_bits(real_rows, seed=3)
    opts = IndexOptions(evidence=EvidenceOptions(resamples=60))
    pairs = sorted(set(zip(real_rows.column("a").to_pylist(), real_rows.column("b").to_pylist(), strict=True)))
    for a, b in pairs[:40]:
        one = series_from_days(dyad_days(real_rows, a, b), dyad=Dyad(a, b), options=opts)
        other = series_from_days(dyad_days(moved, a, b), dyad=Dyad(a, b), options=opts)
        assert one.rows() == other.rows(), (a, b)
        np.testing.assert_array_equal(one.cxi_low, other.cxi_low)


def test_settled_sums_keep_the_decimals_and_only_those() -> None:
    x = np.array([0.1 + 0.2, 2.0794415416798357, -4.4 * np.log(3.0), 0.0])
    got = settle_sums(x)
    assert np.abs(got - x).max() <= 0.5 * 10.0 ** -SUM_DECIMALS
    assert got[0] == 0.3 and got[3] == 0.0
    assert (settle_sums(np.nextafter(x, np.inf)) == got).all()
