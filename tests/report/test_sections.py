"""The report's sections built one by one: the judgement (verdict, evidence, sensitivity, index, tracks, timeline,
regimes), the policy periods by paradigm, and the seeded simulation, each checked against the library call it
renders, and the seed passed through build_report.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
import pytest

from detente.errors import InputError, SimulationError
from detente.judge import report_data
from detente.model import Dyad, Event, Milestone
from detente.report import ReportOptions, Section, build_report
from detente.report._sections import _sensitivity_html, judge_sections, paradigm_section, simulation_section
from detente.store import Store

CHN_JPN = Dyad.parse("CHN-JPN")
USA_PRK = Dyad.parse("USA-PRK")


def cells(body: str, table_id: str) -> list[list[str]]:
    """Cell texts of one table in a section body (the texts are escaped, so they hold no '<')."""
    part = body.split(f'<table id="{table_id}" class="sortable">', 1)[1].split("</tbody>", 1)[0]
    return [re.findall(r"<td[^>]*>(.*?)</td>", r) for r in re.findall(r"<tr>(.*?)</tr>", part.split("<tbody>")[1])]


def two_years() -> list[Event]:
    """2019: three cooperative statements a month; 2020: three clashes a month. One break, at 2020-01."""
    out = []
    for i in range(24):
        coop = i < 12
        for k in range(3):
            out.append(Event(dt.date(2019 + i // 12, i % 12 + 1, 5 + k), "CHNGOV", "JPNGOV", "036" if coop else "190",
                             dataset="t", goldstein=4.0 if coop else -10.0, quad_class=1 if coop else 4,
                             track="peace" if coop else "tension", summary=f"event {i}-{k}",
                             citation="The Paper", url=f"https://example.org/{i}/{k}"))
    return out


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with Store.open(":memory:") as st:
        st.write_events(two_years(), dataset="t", input="two-years.csv")
        st.replace_milestones([Milestone(dt.date(2019, 3, 1), "CHN-JPN", "peace", "summit", 2, "B", "leaders met",
                                         "The Paper")], dataset="t")
        yield st


@pytest.fixture(scope="module")
def judged(store: Store) -> tuple[list[Section], dict[str, go.Figure], dict[str, Any], dict[str, Any]]:
    sections, figs, summary = judge_sections(store, CHN_JPN)
    return sections, figs, summary, report_data(store, CHN_JPN)


def test_judgement_gives_five_sections_each_with_its_chart(judged: Any) -> None:
    sections, figs, _, _ = judged
    assert [(s.id, s.title) for s in sections] == [
        ("verdict", "Verdict"), ("index", "Coexistence index and its components"),
        ("tracks", "The two tracks, never merged"), ("timeline", "Milestones on the timeline"),
        ("regimes", "Regimes between change points")]
    assert set(figs) == {"index", "tracks", "milestones", "regimes"}
    assert [[n for n, _ in s.figures] for s in sections] == [[], ["index"], ["tracks"], ["milestones"], ["regimes"]]
    for s in sections:
        assert all(f is figs[n] for n, f in s.figures)


def test_verdict_section_shows_every_line_of_the_verdict(judged: Any) -> None:
    sections, _, summary, data = judged
    text = data["verdict"]["verdict"]
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert len(lines) > 1
    body = sections[0].body
    assert body.startswith('<div class="verdict">' + "".join(f"<p>{html.escape(ln)}</p>" for ln in lines) + "</div>")
    assert summary["verdict"] == text.splitlines()[0]
    assert summary["verdict"].startswith("CHN-JPN as of 2020-12-07: ")  # the last event's day


def test_evidence_table_names_each_event_and_its_source_url(judged: Any) -> None:
    sections, _, _, data = judged
    evidence = data["verdict"]["evidence"]
    rows = cells(sections[0].body, "evidence-table")
    assert len(rows) == len(evidence) > 0
    for row, e in zip(rows, evidence, strict=True):
        assert row[0] == e["date"] and row[2] == e["code"] and row[3] == html.escape(e["summary"])
        assert row[4] == f"The Paper ({e['url']})"
        assert row[5] == html.escape(e["context"] or "")


def test_summary_names_the_break_built_into_the_data(judged: Any) -> None:
    _, _, summary, data = judged
    # the break opens the first new regime; the evidence-weighted CXI keeps falling while the clashes enter the
    # baseline, so the clash year may be cut again
    assert summary["judge_change_points"].split(", ")[0] == "2020-01"
    current = data["verdict"]["current_regime"]
    assert current["start"] >= "2020-01-01"
    shown = f"{current['start']}..{current['end']} (mean CXI {current['mean_cxi']:.1f})"
    assert summary["judge_current_regime"] == shown
    assert summary["judge_coexistent"] is data["verdict"]["coexistent"] is False  # a year of clashes


def test_regimes_table_matches_the_judgement(judged: Any) -> None:
    sections, figs, _, data = judged
    rows = cells(sections[4].body, "regimes-table")
    assert [r[0] for r in rows] == [r["start"] for r in data["regimes"]]
    assert [r[0] for r in rows][:2] == ["2019-01-01", "2020-01-01"]
    assert [r[1] for r in rows] == [r["end"] for r in data["regimes"]]
    assert [r[3] for r in rows] == ["yes" if r["coexistent"] else "no" for r in data["regimes"]]
    assert all(r[3] == "no" for r in rows[1:])
    shaded = [s for s in figs["regimes"].layout.shapes if s.type == "rect"]
    assert len(shaded) == len(rows)


def test_the_thin_cut_off_reaches_the_chart_the_regimes_table_and_the_text(store: Store) -> None:
    # three events a month: none is thin at the default cut-off of 3, every one at 4
    for cut, thin in ((None, False), (3, False), (4, True)):
        sections, figs, _ = judge_sections(store, CHN_JPN, thin_events=cut)
        points = next(t for t in figs["index"].data if t.name == "CXI (0..100)")
        drawn = [sym for sym, y in zip(points.marker.symbol, points.y, strict=True) if y is not None]
        assert drawn and set(drawn) == {"circle-open" if thin else "circle"}
        rows = cells(sections[4].body, "regimes-table")
        assert [r[7] for r in rows] == [r[6] if thin else "0" for r in rows]  # thin_periods, periods_with_events
        assert f"fewer than {cut or 3} events" in sections[1].body
    rep = build_report(store, ReportOptions(dyad=CHN_JPN, simulate_runs=0, thin_events=4))
    bars = rep.figures["balance"].data[0]
    assert set(bars.marker.opacity) == {0.35} and "fewer than 4 events" in bars.name
    with pytest.raises(InputError, match="--thin-events -1 is negative"):
        ReportOptions(dyad=CHN_JPN, thin_events=-1)


def test_tracks_section_gives_the_sequencing_diagnostics_as_sentences_and_tables(judged: Any) -> None:
    sections, _, _, data = judged
    body = sections[2].body
    assert "{" not in body.split("Sequencing diagnostics", 1)[1]  # no Python dict printed
    diag = data["diagnostics"]
    rec = diag["reciprocity"]["denuclearization_after_peace"]
    afa = diag["action_for_action"]
    assert (f"Action for action: {afa['peace_steps']} peace and {afa['denuclearization_steps']} denuclearization "
            "steps") in body
    assert f"{rec['answered']} of {rec['steps']} peace steps" in body or "There is no peace step to answer." in body
    lag = diag["lead_lag"]
    assert ("Lead-lag: a track does not move" in body if lag["best_lag"] is None
            else f"correlate most at a lag of {lag['best_lag']:+d}" in body)
    lags = cells(body.replace('<table id="lead-lag-table">', '<table id="lead-lag-table" class="sortable">'),
                 "lead-lag-table")
    assert len(lags[0]) == 1 + len(lag["correlations"])
    recip = body.split('<table id="reciprocity-table">', 1)[1].split("</table>", 1)[0]
    assert recip.count("<tr>") == 3  # the header and the two directions


def test_sensitivity_table_has_a_row_per_conclusion(judged: Any) -> None:
    sections, _, _, data = judged
    conclusions = data["sensitivity"]["conclusions"]
    part = sections[0].body.split("<h3>Sensitivity</h3>", 1)[1]
    assert part.count("<tr><td>") == len(conclusions) > 0
    for name, c in conclusions.items():
        assert f"<tr><td>{html.escape(name)}</td>" in part
        assert f'<span class="tag {c.get("label", "untested")}">' in part
    for v in data["sensitivity"]["variants"]:
        assert f"{html.escape(v['name'])} ({html.escape(v['status'])})" in part


@pytest.mark.parametrize("sens", [None, {}])
def test_no_sensitivity_no_table(sens: dict[str, Any] | None) -> None:
    assert _sensitivity_html(sens) == ""


def test_sensitivity_text_is_escaped_and_flips_listed() -> None:
    sens = {"conclusions": {"<b>coexistent</b>": {"base": "a&b", "label": "fragile", "flipped_by": ["w1", "<x>"]},
                            "plain": {"base": True}},
            "variants": [{"name": "equal <weights>", "status": "ok"}]}
    out = _sensitivity_html(sens)
    assert "<tr><td>&lt;b&gt;coexistent&lt;/b&gt;</td><td>a&amp;b</td>" in out
    assert '<span class="tag fragile">fragile</span></td><td>w1, &lt;x&gt;</td></tr>' in out
    assert '<tr><td>plain</td><td>True</td><td><span class="tag untested">untested</span></td><td></td></tr>' in out
    assert "equal &lt;weights&gt; (ok)." in out


def test_a_dyad_without_events_gets_one_section_that_says_what_to_do(store: Store) -> None:
    sections, figs, summary = judge_sections(store, Dyad.parse("FRA-BRA"))
    assert figs == {} and summary == {}
    assert [s.id for s in sections] == ["verdict"]
    body = sections[0].body
    assert body.startswith('<p class="verdict">No verdict: ') and "FRA-BRA" in body
    assert "ingest" in body and "'" not in body  # the hint names a command, its quotes escaped


def test_as_of_before_the_first_event_gives_no_verdict(store: Store) -> None:
    sections, figs, _ = judge_sections(store, CHN_JPN, as_of=dt.date(2018, 6, 30))
    assert len(sections) == 1 and figs == {} and "No verdict" in sections[0].body


# --- policy periods ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["KOR-PRK", "USA-KOR", "CHN-USA", "CHN-JPN"])
def test_policy_periods_only_for_the_us_dprk_pair(store: Store, text: str) -> None:
    assert paradigm_section(store, Dyad.parse(text)) is None


def test_policy_periods_without_us_dprk_events_say_why(store: Store) -> None:
    sec = paradigm_section(store, USA_PRK)
    assert sec is not None and sec.id == "paradigms"
    assert sec.body.startswith("<p>Not computable: ") and "USA-PRK" in sec.body


@pytest.mark.parametrize("text", ["USA-PRK", "PRK-USA"])
def test_policy_periods_render_the_paradigm_record(bundled_store: Path, text: str) -> None:
    from detente.ingest.bundled import bundled_policy_periods
    from detente.judge.paradigms import paradigm_record
    from detente.measure import dyad_events, dyad_milestones

    as_of = dt.date(2019, 2, 14)
    dyad = Dyad.parse(text)
    with Store.open(bundled_store, read_only=True) as st:
        sec = paradigm_section(st, dyad, as_of=as_of)
        rec = paradigm_record(dyad_events(st, dyad), dyad_milestones(st, dyad), bundled_policy_periods(),
                              dyad=dyad, as_of=as_of).to_dict()
    assert sec is not None and (sec.id, sec.title) == ("paradigms", "Policy periods by paradigm")
    periods = cells(sec.body, "periods-table")
    assert len(periods) == len(rec["periods"]) > 0
    for row, p in zip(periods, rec["periods"], strict=True):
        assert row[0] == html.escape(f"{p['name']} ({p['start']}..{p['end']})")
        assert row[1].startswith(p["paradigm"]) and row[1].endswith(" (contested)") == p["contested"]
        assert row[-1] == html.escape(p["citation"]) and row[-1]
        assert p["end"] <= as_of.isoformat()
    groups = cells(sec.body, "groups-table")
    assert [g[0] for g in groups] == [g["paradigm"] for g in rec["groups"]]
    for line in rec["statement"]:
        assert f"<p>{html.escape(line)}</p>" in sec.body


# --- simulation ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sim() -> tuple[Section, dict[str, go.Figure]]:
    return simulation_section(runs=12, seed=7)


def test_simulation_covers_every_policy_against_every_type(sim: Any) -> None:
    from detente._api import DPRK_TYPES
    from detente.simulate import US_POLICIES, simulate_pairings

    sec, figs = sim
    assert (sec.id, sec.title) == ("simulation", "Simulated paradigms")
    assert set(figs) == {"sim-outcomes", "sim-levels", "sim-trust", "sim-peace"}
    assert [n for n, _ in sec.figures] == list(figs)
    rows = cells(sec.body, "simulation-table")
    assert [(r[0], r[1]) for r in rows] == [(u, d) for u in sorted(US_POLICIES) for d in DPRK_TYPES]
    again = simulate_pairings(sorted(US_POLICIES), list(DPRK_TYPES), runs=12, seed=7)
    for row, r in zip(rows, again, strict=True):
        s = r.summary()
        c = s["coexistence"]
        assert row[3] == f"{c['low']:.3f}..{c['high']:.3f}"
        assert c["low"] <= c["value"] <= c["high"]
    best = max(again, key=lambda r: float(r.reached.mean()))
    assert f"Fan charts follow the pairing most often reaching coexistence, {best.us} against {best.dprk}." in sec.body
    assert "seed 7, 12 runs per pairing" in sec.body


def p_values(body: str) -> list[float]:
    rows = re.findall(r"<tr>(.*?)</tr>", body.split('id="simulation-table"', 1)[1])
    return [float(re.findall(r'<td data-v="([^"]+)"', r)[0]) for r in rows if "data-v" in r]


def test_the_seed_passes_through_build_report_and_fixes_the_numbers(sim: Any) -> None:
    sec, figs = sim
    with Store.open(":memory:") as st:
        rep = build_report(st, ReportOptions(dyad=Dyad.parse("FRA-BRA"), simulate_runs=12, simulate_seed=7))
    same = rep.html.split('<section id="simulation">', 1)[1].split("</section>", 1)[0]
    assert same.startswith(f"<h2>Simulated paradigms</h2>{sec.body}")
    assert rep.figures["sim-outcomes"].to_plotly_json() == figs["sim-outcomes"].to_plotly_json()


def test_another_seed_gives_other_numbers(sim: Any) -> None:
    sec, _ = sim
    other, _ = simulation_section(runs=12, seed=8)
    assert len(p_values(other.body)) == len(p_values(sec.body)) == 12
    assert p_values(other.body) != p_values(sec.body)
    assert "seed 8" in other.body


@pytest.mark.parametrize("runs", [0, -1])
def test_simulation_refuses_no_runs(runs: int) -> None:
    with pytest.raises(SimulationError, match=f"got runs={runs}"):
        simulation_section(runs=runs, seed=1)
