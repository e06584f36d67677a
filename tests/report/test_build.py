"""build_report called directly: its sections and their order, the summary recomputed from the store, the events
table and ledger, the --from/--to window, the dyad and dataset options, the option errors, and other dyads.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from detente.errors import InputError, SimulationError
from detente.model import Dyad, Event, Milestone
from detente.report import Report, ReportOptions, Section, build_report
from detente.store import NAMED_ONLY, Store

USA_PRK = Dyad.parse("USA-PRK")
EVENT_COLUMNS = ["date", "source", "target", "code", "goldstein", "quad_class", "track", "summary", "citation",
                 "dataset"]
JUDGED = ["verdict", "index", "tracks", "timeline", "regimes"]
# the order build_report's docstring gives: verdict .. regimes, balance, ledger, events, periods, simulation, method
FULL_ORDER = [*JUDGED, "overview", "milestones", "events", "paradigms", "simulation", "method"]
SIM_FIGURES = {"sim-outcomes", "sim-levels", "sim-trust", "sim-peace"}


def section_ids(page: str) -> list[str]:
    return re.findall(r'<section id="([^"]+)">', page)


def table(page: str, table_id: str) -> tuple[list[str], list[list[str]]]:
    """The header and the cell texts of one report table (cells are escaped text, so no '<' inside)."""
    m = re.search(rf'<table id="{table_id}" class="sortable"><thead><tr>(.*?)</tr></thead><tbody>(.*?)</tbody>',
                  page, re.S)
    assert m is not None, f"no table {table_id}"
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", r) for r in re.findall(r"<tr>(.*?)</tr>", m.group(2))]
    return re.findall(r"<th>(.*?)</th>", m.group(1)), rows


def dyad_rows(store: Path, a: str, b: str, where: str = "", params: tuple[object, ...] = ()) -> list[tuple]:  # type: ignore[type-arg]
    """(date, goldstein, quad_class, track, summary, citation) of a dyad's events, read with plain DuckDB."""
    con = duckdb.connect(str(store), read_only=True)
    try:
        return con.execute(
            "SELECT date, goldstein, quad_class, track, summary, citation FROM events WHERE "
            "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))"
            f" AND dataset NOT IN (SELECT unnest(?)) {where}", [a, b, b, a, list(NAMED_ONLY), *params]).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def full(bundled_store: Path) -> Report:
    """The whole USA-PRK report with a short simulation (the section is the same for any number of runs)."""
    with Store.open(bundled_store, read_only=True) as st:
        return build_report(st, ReportOptions(dyad=USA_PRK, simulate_runs=20, simulate_seed=3))


@pytest.fixture(scope="module")
def year_2018(bundled_store: Path) -> Report:
    with Store.open(bundled_store, read_only=True) as st:
        return build_report(st, ReportOptions(dyad=USA_PRK, start=dt.date(2018, 1, 1), end=dt.date(2018, 12, 31),
                                              simulate_runs=0))


def test_every_section_is_present_once_in_the_documented_order(full: Report) -> None:
    assert section_ids(full.html) == FULL_ORDER
    nav = re.search(r"<nav>(.*?)</nav>", full.html, re.S)
    assert nav is not None
    assert re.findall(r'<a href="#([^"]+)">', nav.group(1)) == FULL_ORDER
    for title in ("Verdict", "Coexistence index and its components", "The two tracks, never merged",
                  "Milestones on the timeline", "Regimes between change points", "Milestone ledger", "Events",
                  "Policy periods by paradigm", "Simulated paradigms", "Method and sources"):
        assert f"<h2>{title}</h2>" in full.html, title


def test_every_chart_is_kept_for_export_and_drawn_once(full: Report) -> None:
    assert set(full.figures) == {"balance", "quadclass", "index", "tracks", "milestones", "regimes", *SIM_FIGURES}
    for name in full.figures:
        assert full.html.count(f'id="chart-{name}"') == 1, name
    assert full.figures["balance"].layout.title.text == "USA-PRK: monthly Goldstein balance"
    bars = full.figures["balance"].data[0]
    assert [o == 1.0 for o in bars.marker.opacity] == [n >= 3 for n in bars.customdata]


def test_summary_agrees_with_the_store(full: Report, bundled_store: Path) -> None:
    rows = dyad_rows(bundled_store, "USA", "PRK")
    assert full.summary["dyad"] == "USA-PRK"
    assert full.summary["events"] == len(rows) > 0
    first, last = min(r[0] for r in rows), max(r[0] for r in rows)
    assert full.summary["first"] == first.replace(day=1) and full.summary["last"] == last.replace(day=1)
    assert full.summary["tracks"] == dict(Counter(r[3] for r in rows))
    with Store.open(bundled_store, read_only=True) as st:
        assert full.summary["milestones"] == len(st.milestones(dyad=USA_PRK)) > 0
    months: dict[dt.date, list[float]] = {}
    for r in rows:
        months.setdefault(r[0].replace(day=1), []).append(r[1])
    assert full.summary["months_with_events"] == sum(1 for g in months.values() if any(g))
    balance = {m: sum(g) / sum(abs(x) for x in g) for m, g in months.items() if any(g)}
    best = max(balance, key=lambda m: (balance[m], len(months[m])))
    worst = min(balance, key=lambda m: (balance[m], -len(months[m])))
    assert full.summary["most_cooperative_month"] == {"month": best, "balance": round(balance[best], 3),
                                                      "events": len(months[best])}
    assert full.summary["most_conflictual_month"] == {"month": worst, "balance": round(balance[worst], 3),
                                                      "events": len(months[worst])}


def test_summary_extremes_are_the_evidence_weighted_index(full: Report, bundled_store: Path) -> None:
    # the terminal's most cooperative and most conflictual months are the highest and lowest CXI of the index the
    # report shows (weighted by evidence), not the raw balance, which a month of one friendly event sets to +1
    from detente import index

    rows = [r for r in index(dyad="USA-PRK", store=bundled_store).to_pylist() if r["cxi"] is not None]
    high = max(rows, key=lambda r: (r["cxi"], r["events"]))
    low = min(rows, key=lambda r: (r["cxi"], -r["events"]))
    for key, want in (("highest_cxi_month", high), ("lowest_cxi_month", low)):
        got = full.summary[key]
        assert got["month"] == dt.date.fromisoformat(str(want["start"])) and got["events"] == want["events"]
        assert got["cxi"] == round(want["cxi"], 1) and got["cxi_low"] <= got["cxi"] <= got["cxi_high"]


def test_verdict_defaults_to_the_day_of_the_last_event(full: Report, bundled_store: Path) -> None:
    last = max(r[0] for r in dyad_rows(bundled_store, "USA", "PRK"))
    assert full.summary["verdict"].startswith(f"USA-PRK as of {last.isoformat()}: ")
    assert isinstance(full.summary["judge_coexistent"], bool)
    assert f"{full.summary['events']} events between USA and PRK" in full.html


def test_events_table_lists_every_event_newest_first_with_its_source(full: Report, bundled_store: Path) -> None:
    head, rows = table(full.html, "events-table")
    assert head == EVENT_COLUMNS
    stored = dyad_rows(bundled_store, "USA", "PRK")
    assert len(rows) == len(stored)
    dates = [r[0] for r in rows]
    assert dates == sorted(dates, reverse=True)
    assert Counter(r[EVENT_COLUMNS.index("citation")] for r in rows) == Counter(
        html.escape(r[5] or "") for r in stored)
    assert Counter(r[EVENT_COLUMNS.index("summary")] for r in rows) == Counter(
        html.escape(r[4] or "") for r in stored)
    assert all(r[EVENT_COLUMNS.index("citation")] for r in rows), "every bundled event names its source"
    assert '<input type="search" placeholder="Filter rows…" data-filter="events-table"' in full.html


def test_ledger_table_holds_every_milestone_of_the_dyad(full: Report, bundled_store: Path) -> None:
    head, rows = table(full.html, "milestones-table")
    assert head == ["date", "track", "kind", "level", "grade", "summary", "citation", "end"]
    with Store.open(bundled_store, read_only=True) as st:
        ms = st.milestones(dyad=USA_PRK)
    assert [r[0] for r in rows] == [m.date.isoformat() for m in ms]
    assert [(r[1], r[3], r[4]) for r in rows] == [(m.track, str(m.level), m.grade) for m in ms]
    assert {r[1] for r in rows} <= {"peace", "denuclearization"}


def test_window_leaves_out_events_and_milestones_outside_it(year_2018: Report, bundled_store: Path) -> None:
    inside = dyad_rows(bundled_store, "USA", "PRK", "AND date BETWEEN ? AND ?",
                       (dt.date(2018, 1, 1), dt.date(2018, 12, 31)))
    outside = dyad_rows(bundled_store, "USA", "PRK", "AND year(date) <> 2018")
    _, rows = table(year_2018.html, "events-table")
    assert len(rows) == len(inside) == year_2018.summary["events"] > 0
    assert all(r[0].startswith("2018-") for r in rows)
    shown = {r[EVENT_COLUMNS.index("summary")] for r in rows}
    only_outside = {html.escape(r[4]) for r in outside if r[4]} - {html.escape(r[4]) for r in inside if r[4]}
    assert only_outside and not (only_outside & shown)
    assert year_2018.summary["first"] == dt.date(2018, 1, 1) and year_2018.summary["last"] <= dt.date(2018, 12, 1)
    _, ledger = table(year_2018.html, "milestones-table")
    assert ledger and all(r[0].startswith("2018-") for r in ledger)
    assert year_2018.summary["milestones"] == len(ledger)
    months = list(year_2018.figures["balance"].data[0].x)
    assert months and all(m.year == 2018 for m in months)


def test_window_end_is_the_day_of_the_verdict_and_zero_runs_drop_the_simulation(year_2018: Report) -> None:
    assert year_2018.summary["verdict"].startswith("USA-PRK as of 2018-12-31: ")
    assert "simulation" not in section_ids(year_2018.html)
    assert not SIM_FIGURES & set(year_2018.figures)
    assert "simulation-table" not in year_2018.html
    assert section_ids(year_2018.html) == [s for s in FULL_ORDER if s != "simulation"]


def test_as_of_wins_over_the_window_end(bundled_store: Path) -> None:
    with Store.open(bundled_store, read_only=True) as st:
        rep = build_report(st, ReportOptions(dyad=Dyad.parse("KOR-PRK"), end=dt.date(2024, 12, 31),
                                             as_of=dt.date(2018, 6, 30), simulate_runs=0))
    assert rep.summary["verdict"].startswith("KOR-PRK as of 2018-06-30: ")


def test_another_dyad_is_reported_the_same_way(bundled_store: Path) -> None:
    text = "PRK-KOR"  # written in the other order than its events mostly run; a dyad is unordered
    dyad = Dyad.parse(text)
    with Store.open(bundled_store, read_only=True) as st:
        rep = build_report(st, ReportOptions(dyad=dyad, simulate_runs=0))
    stored = dyad_rows(bundled_store, "KOR", "PRK")
    assert rep.summary["dyad"] == text and rep.summary["events"] == len(stored) > 0
    assert f"<title>detente report: {text}</title>" in rep.html
    # no policy periods ship for this pair, so that section is left out; everything else is there
    assert section_ids(rep.html) == [*JUDGED, "overview", "milestones", "events", "method"]
    _, rows = table(rep.html, "events-table")
    assert len(rows) == len(stored)
    assert all({r[1][:3], r[2][:3]} == {"KOR", "PRK"} for r in rows)
    assert set(rep.figures) == {"balance", "quadclass", "index", "tracks", "milestones", "regimes"}


# --- small synthetic stores -----------------------------------------------------------------------------------


def ev(day: dt.date, src: str, tgt: str, code: str, g: float, quad: int, track: str, summary: str,
       dataset: str = "t") -> Event:
    return Event(day, src, tgt, code, dataset=dataset, goldstein=g, quad_class=quad, track=track,
                 summary=summary, citation=f"Source for {summary}")


CHN_JPN = [
    ev(dt.date(2020, 1, 5), "CHNGOV", "JPNGOV", "036", 4.0, 1, "peace", "talks offered"),
    ev(dt.date(2020, 1, 20), "JPNGOV", "CHNGOV", "112", -2.0, 3, "tension", "accusation made"),
    ev(dt.date(2020, 3, 10), "CHNMIL", "JPNMIL", "190", -10.0, 4, "tension", "shots fired"),
    ev(dt.date(2020, 3, 11), "JPNGOV", "CHNGOV", "057", 8.0, 2, "peace", "agreement signed"),
    ev(dt.date(2020, 3, 12), "CHNGOV", "KORGOV", "036", 4.0, 1, "peace", "other dyad entirely"),
]


@pytest.fixture
def synthetic(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "syn.duckdb") as st:
        st.write_events(CHN_JPN, dataset="t", input="t.csv")
        st.write_events([ev(dt.date(2020, 2, 2), "CHNGOV", "JPNGOV", "043", 2.8, 1, "peace", "visit paid", "u")],
                        dataset="u", input="u.csv")
        st.write_events([ev(dt.date(2020, 2, 3), "CHNGOV", "JPNGOV", "043", 2.8, 1, "peace", "linked mention",
                            "gdelt-mentions")], dataset="gdelt-mentions", input="m.csv")
        st.replace_milestones([Milestone(dt.date(2020, 3, 11), "JPN-CHN", "peace", "summit", 2, "B",
                                         "leaders met", "A named paper")], dataset="t")
        yield st


def test_synthetic_dyad_balance_and_shares_are_computed_per_month(synthetic: Store) -> None:
    rep = build_report(synthetic, ReportOptions(dyad=Dyad.parse("CHN-JPN"), datasets=("t",), simulate_runs=0))
    bars = rep.figures["balance"].data[0]
    assert list(bars.x) == [dt.date(2020, 1, 1), dt.date(2020, 3, 1)]
    assert list(bars.y) == pytest.approx([(4 - 2) / 6, (-10 + 8) / 18])
    assert list(bars.marker.color) == ["#2e8b57", "#c0392b"]  # cooperative green, conflictual red
    assert list(bars.customdata) == [2, 2]
    assert list(bars.marker.opacity) == [0.35, 0.35]  # raw shares of two events each: thin months, drawn pale
    shares = {t.name: list(t.y) for t in rep.figures["quadclass"].data}
    assert shares == {"verbal cooperation": [0.5, 0.0], "material cooperation": [0.0, 0.5],
                      "verbal conflict": [0.5, 0.0], "material conflict": [0.0, 0.5]}
    marker = next(t for t in rep.figures["balance"].data if t.name == "peace milestone")
    assert list(marker.marker.size) == [6 + 2 * 2] and "leaders met" in marker.text[0]
    assert rep.summary["most_cooperative_month"] == {"month": dt.date(2020, 1, 1), "balance": 0.333, "events": 2}
    assert rep.summary["most_conflictual_month"] == {"month": dt.date(2020, 3, 1), "balance": -0.111, "events": 2}
    assert rep.summary["tracks"] == {"peace": 2, "tension": 2} and rep.summary["milestones"] == 1
    assert "other dyad entirely" not in rep.html


def test_datasets_option_and_linked_datasets(synthetic: Store) -> None:
    dyad = Dyad.parse("JPN-CHN")
    default = build_report(synthetic, ReportOptions(dyad=dyad, simulate_runs=0))
    assert default.summary["events"] == 5  # t and u; the linked GDELT Mentions rows only when named
    assert "visit paid" in default.html and "linked mention" not in default.html
    only_u = build_report(synthetic, ReportOptions(dyad=dyad, datasets=("u",), simulate_runs=0))
    assert only_u.summary["events"] == 1 and only_u.summary["tracks"] == {"peace": 1}
    _, rows = table(only_u.html, "events-table")
    assert [r[EVENT_COLUMNS.index("dataset")] for r in rows] == ["u"]
    named = build_report(synthetic, ReportOptions(dyad=dyad, datasets=("gdelt-mentions",), simulate_runs=0))
    assert "linked mention" in named.html and named.summary["events"] == 1


def test_extra_sections_come_before_the_method(synthetic: Store) -> None:
    extra = Section("extra-notes", "Analyst notes", "<p>read with care</p>")
    rep = build_report(synthetic, ReportOptions(dyad=Dyad.parse("CHN-JPN"), simulate_runs=0),
                       extra_sections=[extra])
    ids = section_ids(rep.html)
    assert ids[-2:] == ["extra-notes", "method"]
    assert '<section id="extra-notes"><h2>Analyst notes</h2><p>read with care</p></section>' in rep.html


def test_a_dyad_without_events_still_gets_a_report(synthetic: Store) -> None:
    rep = build_report(synthetic, ReportOptions(dyad=Dyad.parse("FRA-BRA"), simulate_runs=0))
    assert rep.summary["events"] == 0 and rep.summary["months_with_events"] == 0
    assert rep.summary["first"] is None and rep.summary["most_cooperative_month"] is None
    assert "verdict" not in rep.summary  # no verdict, so no verdict line for the terminal
    assert set(rep.figures) == {"balance", "quadclass"}
    assert section_ids(rep.html) == ["verdict", "overview", "milestones", "events", "method"]
    assert "0 events between FRA and BRA (no events), 0 milestones." in rep.html
    assert table(rep.html, "events-table")[1] == []


def test_method_section_cites_the_pinned_goldstein_weight() -> None:
    from detente.reference import reference_tables

    sample = reference_tables().cameo["057"]
    with Store.open(":memory:") as st:
        rep = build_report(st, ReportOptions(dyad=Dyad.parse("FRA-BRA"), simulate_runs=0))
    method = rep.html.split('<section id="method">', 1)[1]
    assert f"{sample.code} “{html.escape(sample.name)}” = {sample.goldstein:+.1f}" in method
    assert "CAMEO 1.1b3 codebook" in method


def test_negative_simulation_runs_are_refused() -> None:
    with Store.open(":memory:") as st, pytest.raises(SimulationError, match=r"at least 1 \(got runs=-5"):
        build_report(st, ReportOptions(dyad=Dyad.parse("FRA-BRA"), simulate_runs=-5))


def test_options_are_frozen_with_documented_defaults() -> None:
    opts = ReportOptions(dyad=USA_PRK)
    assert (opts.start, opts.end, opts.datasets, opts.as_of) == (None, None, (), None)
    assert (opts.simulate_runs, opts.simulate_seed) == (2000, 1)
    with pytest.raises(AttributeError):
        opts.start = dt.date(2020, 1, 1)  # type: ignore[misc]


def test_window_that_ends_before_it_starts_is_refused() -> None:
    with Store.open(":memory:") as st, pytest.raises(InputError, match="swap"):
        build_report(st, ReportOptions(dyad=USA_PRK, start=dt.date(2019, 1, 1), end=dt.date(2018, 1, 1),
                                       simulate_runs=0))
