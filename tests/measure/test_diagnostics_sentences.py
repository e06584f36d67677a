"""The sequencing diagnostics in words (detente.measure.diagnostics_sentences): every case says what it found in a
sentence, never a Python value."""

from __future__ import annotations

from typing import Any

from detente.measure import diagnostics_sentences


def _rec(steps: int, answered: int, share: float | None, base: float | None, ratio: float | None) -> dict[str, Any]:
    return {"steps": steps, "answered": answered, "share": share, "base_rate": base, "ratio": ratio}


def test_each_diagnostic_is_one_sentence() -> None:
    diag = {"lead_lag": {"best_lag": -2, "leader": "denuclearization", "best_correlation": 0.5},
            "reciprocity": {"denuclearization_after_peace": _rec(4, 1, 0.25, 0.5, 0.5),
                            "peace_after_denuclearization": _rec(3, 3, 1.0, 0.2, 5.0)},
            "action_for_action": {"final": -1, "peace_steps": 4, "denuclearization_steps": 5, "max_abs": 2}}
    assert diagnostics_sentences(diag, reciprocity_days=60) == [
        "Lead-lag: the peace and denuclearization levels correlate most at a lag of -2 (r = 0.50): the "
        "denuclearization track moves first, by 2 period(s).",
        "Reciprocity: 1 of 4 peace steps (25%) were followed by a denuclearization step within 60 days: 0.5 times "
        "the base rate of 50% of all days (no more often than chance).",
        "Reciprocity: 3 of 3 denuclearization steps (100%) were followed by a peace step within 60 days: 5.0 times "
        "the base rate of 20% of all days (answered more often than chance).",
        "Action for action: 4 peace and 5 denuclearization steps; the denuclearization track is 1 step(s) ahead at "
        "the end, and the gap was at most 2. A parallel process stays near 0; a CVID-first process keeps peace at 0 "
        "until denuclearization is complete.",
    ]


def test_flat_tracks_and_undefined_ratios_are_said_in_words() -> None:
    diag = {"lead_lag": {"best_lag": None, "leader": None, "best_correlation": None},
            "reciprocity": {"denuclearization_after_peace": _rec(0, 0, None, None, None),
                            "peace_after_denuclearization": _rec(2, 0, 0.0, 0.0, None)},
            "action_for_action": {"final": 0, "peace_steps": 2, "denuclearization_steps": 2, "max_abs": 1}}
    text = diagnostics_sentences(diag)
    assert text[0] == "Lead-lag: a track does not move in the window, so the two cannot be correlated."
    assert text[1] == "Reciprocity: There is no peace step to answer."
    assert text[2].endswith("within 90 days: the base rate is 0, so the ratio is undefined.")
    assert "the two tracks are level at the end" in text[3]
    assert not any("None" in t or "{" in t for t in text)
