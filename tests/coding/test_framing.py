"""Article framing: track shares and the paradigm with its evidence."""

from __future__ import annotations

from detente.coding import frame


def test_parallel() -> None:
    f = frame([
        "Pyongyang proposed a step-by-step approach with corresponding measures from Washington.",
        "The two sides met in Hanoi.",
    ])
    assert f.paradigm == "parallel"
    assert f.evidence == ("Pyongyang proposed a step-by-step approach with corresponding measures from Washington.",)
    assert f.tracks["peace/normalization"] == 0.0 or f.tracks["peace/normalization"] <= 1.0


def test_denuclearization_first() -> None:
    f = frame([
        "Sanctions will remain in place until North Korea completes its denuclearization.",
        "Officials demanded complete, verifiable and irreversible dismantlement.",
    ])
    assert f.paradigm == "denuclearization-first"
    assert len(f.evidence) == 2
    assert f.tracks["pressure"] == 0.5 and f.tracks["denuclearization"] == 1.0


def test_undetermined_when_silent_or_balanced() -> None:
    assert frame(["The leaders shook hands."]).paradigm == "undetermined"
    assert frame([]).paradigm == "undetermined"
    tie = frame(["No relief until full denuclearization, said one.", "An action-for-action deal, said another."])
    assert tie.paradigm == "undetermined" and len(tie.evidence) == 2


def test_shares_are_fractions() -> None:
    f = frame(["The summit opened.", "Sanctions tightened.", "Inspectors returned to Yongbyon.", "Rain fell."])
    assert f.tracks == {"peace/normalization": 0.25, "denuclearization": 0.25, "pressure": 0.25}
