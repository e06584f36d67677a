""""Both sides", "the two sides" a body addresses after a sentence that named the pair only inside a phrase of a
preposition (sentences written for these tests): "The Security Council imposed an arms embargo on Chad and Sudan.
The Council demands that both sides withdraw ..." is a demand of Chad and of Sudan. A pair named too many sentences
before stays unresolved.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 6, 9)


def _targets(coder: Coder, text: str, source: str, root: str) -> set[str]:
    return {e.target[:3] for e in coder.code_text(text, date=DAY) if e.source.startswith(source)
            and e.code.startswith(root)}


@pytest.mark.parametrize(("text", "source", "root", "pair"), [
    ("The Security Council on Tuesday imposed an arms embargo on Chad and Sudan. The Council demands that both "
     "sides withdraw their troops from the border.", "IGOUNO", "10", {"TCD", "SDN"}),
    ("The European Union expressed concern on Monday about the clashes on the border of Armenia and Azerbaijan. "
     "The EU urged both sides to pull back their forces.", "IGOEUREEC", "02", {"ARM", "AZE"}),
    ("The UN envoy held separate meetings with officials from Ecuador and Peru on Thursday. The envoy urged the "
     "two sides to resume talks.", "IGOUNO", "02", {"ECU", "PER"}),
])
def test_both_sides_are_the_pair_named_in_a_phrase(coder: Coder, text: str, source: str, root: str,
                                                   pair: set[str]) -> None:
    assert pair <= _targets(coder, text, source, root)


def test_a_pair_named_five_sentences_before_is_too_far(coder: Coder) -> None:
    text = ("The Security Council on Tuesday imposed an arms embargo on Chad and Sudan. Rain fell in the capital. "
            "Markets were closed. Schools shut. Traffic was light. The Council demands that both sides withdraw "
            "their troops.")
    assert _targets(coder, text, "IGOUNO", "10").isdisjoint({"TCD", "SDN"})
