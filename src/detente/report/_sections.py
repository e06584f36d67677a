"""Report sections built from the judgement, the policy-period record and the simulator."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import plotly.graph_objects as go

from detente.errors import DetenteError
from detente.model import Dyad
from detente.report._diagnostics import diagnostics_html
from detente.report._html import Section, events_table_html
from detente.store import Store

__all__ = ["judge_sections", "paradigm_section", "simulation_section"]


def _esc(x: Any) -> str:
    return html.escape("" if x is None else str(x))


def _evidence_table(evidence: list[dict[str, Any]]) -> str:
    rows = [
        {"date": e["date"], "impact": None if e.get("impact") is None else f"{float(e['impact']):.1f}",
         "code": e.get("code"), "summary": e.get("summary"),
         "source": (e.get("citation") or "") + (f" ({e['url']})" if e.get("url") else ""),
         "context": e.get("context")}
        for e in evidence
    ]
    return events_table_html(rows, ["date", "impact", "code", "summary", "source", "context"],
                             table_id="evidence-table")


def _coexistent(value: bool | None) -> str:
    return "insufficient evidence" if value is None else "yes" if value else "no"


def _cxi(x: Any) -> str:
    """A CXI as shown to a reader: one decimal ("no events" for a regime without any)."""
    return "no events" if x is None else f"{float(x):.1f}"


def _num(x: Any) -> str:
    return "-" if x is None else f"{float(x):.2f}"


def _pct(x: Any) -> str:
    return "-" if x is None else f"{float(x):.0%}"


def cxi_extremes(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The months of highest and lowest CXI (evidence-weighted, so a month of one or two events cannot take an
    extreme on its own), each with its interval, balance and events: the summary's most cooperative and most
    conflictual months. Ties go to the month with more events."""
    valued = [r for r in rows if r.get("cxi") is not None]
    if not valued:
        return {}

    def pick(r: dict[str, Any]) -> dict[str, Any]:
        return {"month": dt.date.fromisoformat(str(r["start"])), "cxi": round(float(r["cxi"]), 1),
                "cxi_low": None if r.get("cxi_low") is None else round(float(r["cxi_low"]), 1),
                "cxi_high": None if r.get("cxi_high") is None else round(float(r["cxi_high"]), 1),
                "balance": None if r.get("balance") is None else round(float(r["balance"]), 3),
                "events": int(r.get("events") or 0), "thin": bool(r.get("thin"))}

    high = max(valued, key=lambda r: (float(r["cxi"]), int(r.get("events") or 0)))
    low = min(valued, key=lambda r: (float(r["cxi"]), -int(r.get("events") or 0)))
    return {"highest_cxi_month": pick(high), "lowest_cxi_month": pick(low)}


def _sensitivity_html(sens: dict[str, Any] | None) -> str:
    if not sens:
        return ""
    items = []
    for name, c in sens.get("conclusions", {}).items():
        label = c.get("label", "untested")
        flipped = ", ".join(c.get("flipped_by") or [])
        items.append(
            f"<tr><td>{_esc(name)}</td><td>{_esc(c.get('base'))}</td>"
            f"<td><span class=\"tag {_esc(label)}\">{_esc(label)}</span></td><td>{_esc(flipped)}</td></tr>"
        )
    variants = ", ".join(f"{_esc(v['name'])} ({_esc(v['status'])})" for v in sens.get("variants", []))
    return (
        "<h3>Sensitivity</h3><p class=\"muted\">Each conclusion is recomputed under alternative weights, "
        "evidence weighting (n0), "
        f"de-duplication filters and sources: {variants}.</p>"
        "<table><thead><tr><th>conclusion</th><th>base</th><th>label</th><th>flipped by</th></tr></thead>"
        f"<tbody>{''.join(items)}</tbody></table>"
    )


def judge_sections(store: Store, dyad: Dyad, *, as_of: dt.date | None = None, thin_events: int | None = None
                   ) -> tuple[list[Section], dict[str, go.Figure], dict[str, Any]]:
    """The verdict, index, tracks, milestones and regimes sections; their figures; a summary for the terminal.
    ``thin_events`` (default: the index's, 3) is the count of events below which a month is thin.

    A dyad the store cannot judge (no events, no ledger) gets one section that says why and what to do.
    """
    from detente.judge import JudgeOptions, report_data
    from detente.measure import EvidenceOptions, IndexOptions
    from detente.report._judge_charts import judge_figures

    options = None if thin_events is None else JudgeOptions(
        index=IndexOptions(evidence=EvidenceOptions(thin_events=thin_events)))
    try:
        data = report_data(store, dyad, as_of=as_of, options=options)
    except DetenteError as err:
        return [Section("verdict", "Verdict", f"<p class=\"verdict\">No verdict: {_esc(err)}</p>")], {}, {}
    figs = judge_figures(data)
    v = data["verdict"]
    verdict_html = "".join(f"<p>{_esc(line)}</p>" for line in v["verdict"].splitlines() if line.strip())
    regimes_rows = [{"start": r["start"], "end": r["end"], "mean_cxi": r["mean_cxi"],
                     "coexistent": _coexistent(r["coexistent"]),
                     "interval": "-" if r.get("cxi_low") is None else f"{r['cxi_low']:.1f}-{r['cxi_high']:.1f}",
                     "events": r.get("events"), "periods_with_events": r.get("periods_with_events"),
                     "thin_periods": r.get("thin_periods"), "evidence": r.get("evidence")} for r in data["regimes"]]
    diag = data.get("diagnostics") or {}
    days = int(((v.get("method") or {}).get("options") or {}).get("reciprocity_days") or 90)
    diag_html = diagnostics_html(diag, reciprocity_days=days)
    meta = (data.get("index_meta") or {}).get("evidence") or {}
    sections = [
        Section("verdict", "Verdict",
                f"<div class=\"verdict\">{verdict_html}</div><h3>Evidence: the events that moved the index most"
                f"</h3>{_evidence_table(v['evidence'])}{_sensitivity_html(data.get('sensitivity'))}"),
        Section("index", "Coexistence index and its components",
                "<p class=\"muted\">CXI = 100 × weighted sum of the cooperation balance, one minus the material-"
                "conflict share, the material-cooperation share, the channel status and one minus military "
                "pressure. The shares are weighted by their evidence: each is pulled toward the dyad's earlier "
                f"baseline by a pseudo-count of {_num(meta.get('n0'))} event(s) of mass, so a month with one "
                "event moves a step, not to an extreme. The band is the "
                f"{_pct(meta.get('interval'))} interval (a seeded bootstrap over the month's event-days); hollow "
                f"points are thin months (fewer than {meta.get('thin_events', 3)} events). A month with no events has "
                "no value (a gap, not a zero). The buttons above the chart zoom to the last 2, 5 or 10 years.</p>",
                figures=[("index", figs["index"])]),
        Section("tracks", "The two tracks, never merged",
                "<p class=\"muted\">Peace/normalization and denuclearization levels from the milestone ledger, "
                f"with the sequencing diagnostics.</p>{diag_html}", figures=[("tracks", figs["tracks"])]),
        Section("timeline", "Milestones on the timeline", "", figures=[("milestones", figs["milestones"])]),
        Section("regimes", "Regimes between change points",
                "<p class=\"muted\">A regime is coexistent when the lower bound of its CXI reaches the threshold for "
                "at least six months, its material conflict stays below the median of the dyad's other months of the "
                "reference decade, and it rests on "
                "enough events; with too few events the answer is \u201cinsufficient evidence\u201d.</p>"
                + events_table_html(regimes_rows, ["start", "end", "mean_cxi", "coexistent", "interval", "events",
                                                   "periods_with_events", "thin_periods", "evidence"],
                                  table_id="regimes-table"),
                figures=[("regimes", figs["regimes"])]),
    ]
    first_line = v["verdict"].splitlines()[0] if v["verdict"] else ""
    summary = {
        "verdict": first_line,
        **cxi_extremes(data["index"]),
        "judge_coexistent": v["coexistent"],
        "judge_current_regime": f"{v['current_regime']['start']}..{v['current_regime']['end']} "
                                f"(mean CXI {_cxi(v['current_regime']['mean_cxi'])})",
        "judge_change_points": ", ".join(c["period"] for c in v["change_points"]) or "none",
    }
    return sections, figs, summary


def paradigm_section(store: Store, dyad: Dyad, *, as_of: dt.date | None = None) -> Section | None:
    """Policy periods by paradigm (shipped for USA-PRK), or None for a dyad without periods."""
    from detente.ingest.bundled import bundled_policy_periods
    from detente.judge.paradigms import paradigms_from_store, second_sources_text

    if {dyad.a, dyad.b} != {"USA", "PRK"}:
        return None
    try:
        rec = paradigms_from_store(store, dyad, bundled_policy_periods(), as_of=as_of).to_dict()
    except DetenteError as err:
        return Section("paradigms", "Policy periods by paradigm", f"<p>Not computable: {_esc(err)}</p>")
    rows = [{"period": f"{p['name']} ({p['start']}..{p['end']})",
             "paradigm": p["paradigm"] + (" (contested)" if p["contested"] else ""), "months": p["months"],
             "cxi_mean": p["cxi_mean"], "tests_per_year": ", ".join(f"{k} {v}" for k, v in p["tests_per_year"].items()),
             "peace_max": p["peace_level_max"], "denuc_max": p["denuclearization_level_max"],
             "crisis_months": p["crisis_months"], "second_sources": second_sources_text(p["second_sources"]),
             "sources": p["citation"]} for p in rec["periods"]]
    groups = [{"paradigm": g["paradigm"], "periods": g["periods"], "months": g["months"], "cxi_mean": g["cxi_mean"],
               "interval": f"{g['cxi_interval'][0]}..{g['cxi_interval'][1]}"} for g in rec["groups"]]
    body = (
        events_table_html(rows, ["period", "paradigm", "months", "cxi_mean", "tests_per_year", "peace_max",
                                 "denuc_max", "crisis_months", "second_sources", "sources"], table_id="periods-table")
        + "<h3>By paradigm</h3>"
        + events_table_html(groups, ["paradigm", "periods", "months", "cxi_mean", "interval"], table_id="groups-table")
        + "".join(f"<p>{_esc(line)}</p>" for line in rec["statement"])
    )
    return Section("paradigms", "Policy periods by paradigm", body)


def simulation_section(*, runs: int = 2000, seed: int = 1) -> tuple[Section, dict[str, go.Figure]]:
    """The paradigm simulator under its default assumptions: every US policy against every DPRK type."""
    from detente._api import DPRK_TYPES
    from detente.simulate import US_POLICIES, simulate_pairings
    from detente.simulate.charts import fan_chart, level_chart, outcome_chart

    results = simulate_pairings(sorted(US_POLICIES), list(DPRK_TYPES), runs=runs, seed=seed)
    rows = []
    for r in results:
        s = r.summary()
        c = s["coexistence"]
        mt = s["median_time"]
        rows.append({"US policy": r.us, "DPRK type": r.dprk, "P(coexistence)": c["value"],
                     "interval": f"{c['low']:.3f}..{c['high']:.3f}",
                     "median rounds to it": None if mt is None or mt.get("value") is None else mt["value"],
                     "P(deal)": s["deal"]["value"], "crises per year": s["crisis_rate"]["value"]})
    figs = {"sim-outcomes": outcome_chart(results), "sim-levels": level_chart(results)}
    best = max(results, key=lambda r: float(r.reached.mean()))
    figs["sim-trust"] = fan_chart(best, "trust_us")
    figs["sim-peace"] = fan_chart(best, "peace")
    body = (
        f"<p class=\"muted\">The seeded negotiation model (seed {seed}, {runs} runs per pairing, default noise and "
        "trust parameters; <code>detente paradigms</code> shows the calibrated model beside the record). "
        "Intervals are 95% Wilson intervals. Fan charts follow the pairing most often reaching coexistence, "
        f"{_esc(best.us)} against {_esc(best.dprk)}.</p>"
        + events_table_html(rows, list(rows[0]), table_id="simulation-table")
    )
    return Section("simulation", "Simulated paradigms", body, figures=list(figs.items())), figs
