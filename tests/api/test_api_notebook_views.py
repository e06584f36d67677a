"""What a notebook shows for each record (``_repr_markdown_``), and reading text held in memory
(``detente.read(text=...)``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import detente

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"


def _table_rows(markdown: str) -> list[list[str]]:
    """The body rows of the first markdown table in ``markdown`` (header and rule left out)."""
    lines = [line for line in markdown.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[1:]]


def test_judgement_view_has_the_verdict_and_a_row_per_regime(bundled_store: Path) -> None:
    v = detente.judge("USA-PRK", as_of="2019-02-14", store=bundled_store)
    view = v._repr_markdown_()
    assert view.startswith("**USA-PRK, as of 2019-02-14**")
    assert v.verdict.splitlines()[0] in view
    rows = _table_rows(view)
    assert len(rows) == len(v.regimes) > 1
    for row, regime in zip(rows, v.regimes, strict=True):
        assert row[0] == regime["start"] and row[1] == regime["end"] and row[4] == str(regime["events"])
        expected = {True: "yes", False: "no", None: "insufficient evidence"}[regime["coexistent"]]
        assert row[-1] == expected


def test_simulation_view_gives_each_pairing_with_intervals() -> None:
    sim = detente.simulate(["grit", "cvid-first"], "hedger", runs=200, seed=2)
    rows = _table_rows(sim._repr_markdown_())
    assert [(r[0], r[1]) for r in rows] == [("grit", "hedger"), ("cvid-first", "hedger")]
    first = sim.pairings[0]["coexistence"]
    assert rows[0][3] == f"{first['value']:.2f} ({first['low']:.2f}–{first['high']:.2f})"


def test_paradigms_view_gives_the_statements_and_a_row_per_paradigm(bundled_store: Path) -> None:
    comparison = detente.paradigms(simulate=False, resamples=200, store=bundled_store)
    view = comparison._repr_markdown_()
    assert all(line.split()[0] in view for line in comparison.statement)
    rows = _table_rows(view)
    assert [r[0] for r in rows] == [g["paradigm"] for g in comparison.groups]


def test_reading_view_lists_the_events_with_their_sentences() -> None:
    reading = detente.read(NEWS / "hanoi_summit.html")
    view = reading._repr_markdown_()
    assert "dated 2019-02-28" in view and f"{reading.sentences} sentences" in view
    rows = _table_rows(view)
    assert len(rows) == min(len(reading.events), 20) > 0
    assert [r[1] for r in rows] == [e["source"] for e in reading.events[:20]]
    assert f"Framing: {reading.framing['paradigm']}." in view


def test_reading_view_says_how_many_events_it_leaves_out() -> None:
    pairs = [("France", "Germany"), ("Japan", "China"), ("Brazil", "Argentina"), ("Kenya", "Uganda"),
             ("Canada", "Mexico"), ("India", "Nepal")]
    text = "\n\n".join(f"The foreign minister of {a} met his counterpart from {b} in Geneva on March {day}, 2019."
                         for day in range(1, 6) for a, b in pairs)
    reading = detente.read(text=text, date="2019-03-30")
    if len(reading.events) <= 20:
        pytest.fail(f"the text gave {len(reading.events)} events; the test needs more than 20")
    view = reading._repr_markdown_()
    assert len(_table_rows(view)) == 20
    assert f"…and {len(reading.events) - 20} more in reading.table(\"events\")." in view


def test_read_text_in_memory_is_read_like_its_bytes() -> None:
    text = ("North Korea fired two short-range missiles on Thursday.\n\n"
            "The United States urged Pyongyang to return to talks.")
    from_text = detente.read(text=text, date="2019-05-09")
    assert from_text.to_dict() == detente.read(text.encode("utf-8"), date="2019-05-09").to_dict()
    assert {e["source"][:3] for e in from_text.events} >= {"PRK", "USA"}


def test_text_passed_as_a_path_says_to_use_text() -> None:
    with pytest.raises(detente.errors.SourceNotFound, match=r"looks like the article's text.*text=\.\.\."):
        detente.read("North Korea fired two missiles. The United States condemned the launch.")
    with pytest.raises(detente.errors.SourceNotFound, match="no file at") as missing:
        detente.read("no_such_article.txt")
    assert "text=" not in str(missing.value)  # a missing file is a missing file


def test_read_needs_one_article() -> None:
    with pytest.raises(detente.errors.InputError, match="give the article once"):
        detente.read()
    with pytest.raises(detente.errors.InputError, match="give the article once"):
        detente.read(b"North Korea fired a missile.", text="North Korea fired a missile.")
