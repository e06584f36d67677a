"""The machine-coded ``kcna`` dataset as a second source: a sensitivity variant of the verdict and a column of the
paradigm periods, over the years it covers; never added to the verdict itself."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import numpy as np

from detente.ingest.bundled import bundled_policy_periods
from detente.judge import verdict_from_store
from detente.judge.paradigms import paradigms_from_store, second_sources_text
from detente.measure import dyad_events
from detente.model import Dyad
from detente.store import Store

USA_PRK = Dyad.parse("USA-PRK")
SECOND = "second source kcna only"


def _variants(store: Store, **kw: object) -> dict[str, dict[str, object]]:
    v = verdict_from_store(store, USA_PRK, with_sensitivity=True, **kw)  # type: ignore[arg-type]
    assert v.sensitivity is not None
    return {r["name"]: r for r in v.sensitivity["variants"]}


def test_the_verdict_in_the_kcna_years_is_rerun_on_kcna_alone(bundled_store: Path) -> None:
    with Store.open(bundled_store, read_only=True) as store:
        base = verdict_from_store(store, USA_PRK, as_of=dt.date(2012, 6, 30))
        rows = _variants(store, as_of=dt.date(2012, 6, 30))
    assert rows[SECOND]["kind"] == "second source" and rows[SECOND]["status"].startswith(("ok", "covers"))
    assert rows[SECOND]["conclusions"] is not None
    # the verdict itself rests on the curated record alone
    assert set(base.series.frame.dataset) == {"bundled"}


def test_after_the_kcna_years_the_second_source_has_no_data(bundled_store: Path) -> None:
    with Store.open(bundled_store, read_only=True) as store:
        rows = _variants(store, as_of=dt.date(2024, 6, 30))
    assert rows[SECOND]["status"] == "no data in the current regime" and rows[SECOND]["conclusions"] is None


def test_kcna_named_among_the_datasets_is_no_second_source(bundled_store: Path) -> None:
    with Store.open(bundled_store, read_only=True) as store:
        rows = _variants(store, as_of=dt.date(2012, 6, 30), datasets=("bundled", "kcna"))
    assert SECOND not in rows
    assert {"source bundled only", "source kcna only"} <= set(rows)


def test_each_policy_period_carries_kcna_over_the_months_it_covers(bundled_store: Path) -> None:
    with Store.open(bundled_store, read_only=True) as store:
        rec = paradigms_from_store(store, USA_PRK, bundled_policy_periods()).to_dict()
        kcna = dyad_events(store, USA_PRK, datasets=("kcna",))
    days = kcna.date.astype("datetime64[D]")
    months = np.unique(days.astype("datetime64[M]"))
    for p in rec["periods"]:
        start, end = np.datetime64(p["start"], "D"), np.datetime64(p["end"], "D")
        # a month belongs to the period holding its 15th day, as for the record's own figures
        inside = [m for m in months if start <= m.astype("datetime64[D]") + np.timedelta64(14, "D") <= end]
        figures = p["second_sources"].get("kcna")
        if not inside:
            assert figures is None, p["id"]
            assert second_sources_text(p["second_sources"]) == "-"
            continue
        assert figures["months_with_events"] == len(inside), p["id"]
        assert -1 <= figures["balance_mean"] <= 1 and 0 <= figures["cxi_mean"] <= 100
        assert second_sources_text(p["second_sources"]).startswith("kcna: balance ")
    covered = [p for p in rec["periods"] if p["second_sources"]]
    assert covered and all(p["start"] < "2014-10-01" for p in covered)


def test_the_report_shows_kcna_beside_each_period_it_covers(bundled_store: Path) -> None:
    from detente.report._sections import paradigm_section

    with Store.open(bundled_store, read_only=True) as store:
        sec = paradigm_section(store, USA_PRK)
        rec = paradigms_from_store(store, USA_PRK, bundled_policy_periods()).to_dict()
    assert sec is not None
    for p in rec["periods"]:
        assert html.escape(second_sources_text(p["second_sources"])) in sec.body
    assert sum(second_sources_text(p["second_sources"]).startswith("kcna: ") for p in rec["periods"]) >= 3
