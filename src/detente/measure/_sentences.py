"""The sequencing diagnostics of the two tracks in words: one sentence each (for the report, the dashboard and the
terminal; the report adds their tables)."""

from __future__ import annotations

from typing import Any

__all__ = ["diagnostics_sentences"]


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.0%}"


def _reciprocity_sentence(r: dict[str, Any], first: str, then: str, days: int) -> str:
    if not r["steps"]:
        return f"There is no {first} step to answer."
    ratio = r.get("ratio")
    compare = ("the base rate is 0, so the ratio is undefined" if ratio is None else
               f"{ratio:.1f} times the base rate of {_pct(r.get('base_rate'))} of all days"
               + (" (answered more often than chance)" if ratio > 1 else " (no more often than chance)"))
    return (f"{r['answered']} of {r['steps']} {first} steps ({_pct(r.get('share'))}) were followed by a {then} "
            f"step within {days} days: {compare}.")


def diagnostics_sentences(diag: dict[str, Any], *, reciprocity_days: int = 90) -> list[str]:
    """One sentence per diagnostic: lead-lag, reciprocity both ways, and the action-for-action balance."""
    out = []
    lag = diag.get("lead_lag") or {}
    if lag.get("best_lag") is None:
        out.append("Lead-lag: a track does not move in the window, so the two cannot be correlated.")
    else:
        k = int(lag["best_lag"])
        who = ("the two tracks move together" if k == 0 else
               f"the {lag['leader']} track moves first, by {abs(k)} period(s)")
        out.append(f"Lead-lag: the peace and denuclearization levels correlate most at a lag of {k:+d} "
                   f"(r = {lag['best_correlation']:.2f}): {who}.")
    rec = diag.get("reciprocity") or {}
    if "denuclearization_after_peace" in rec:
        out.append("Reciprocity: " + _reciprocity_sentence(rec["denuclearization_after_peace"], "peace",
                                                           "denuclearization", reciprocity_days))
    if "peace_after_denuclearization" in rec:
        out.append("Reciprocity: " + _reciprocity_sentence(rec["peace_after_denuclearization"], "denuclearization",
                                                           "peace", reciprocity_days))
    afa = diag.get("action_for_action")
    if afa:
        final = int(afa["final"])
        ahead = ("the two tracks are level" if final == 0 else
                 f"the {'peace' if final > 0 else 'denuclearization'} track is {abs(final)} step(s) ahead")
        out.append(f"Action for action: {afa['peace_steps']} peace and {afa['denuclearization_steps']} "
                   f"denuclearization steps; {ahead} at the end, and the gap was at most {afa['max_abs']}. A parallel "
                   "process stays near 0; a CVID-first process keeps peace at 0 until denuclearization is complete.")
    return out
