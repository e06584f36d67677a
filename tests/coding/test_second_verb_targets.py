"""A reaction to an act told before keeps its target when a second verb of the same subject names another party
(`coding._second_verb`): "Iran fired a missile. Israel denounced the test and asked Germany to ..." is Israel's
denunciation of Iran, and Germany is only asked. Sentences written for these tests. Guards: an object that names
its own doer, a second verb with no party of its own, a cooperative first verb."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder

DAY = dt.date(2021, 3, 9)


def _events(coder: Coder, text: str, source: str) -> set[tuple[str, str]]:
    """(target country, root) of each event of ``source`` in the last sentence of ``text``."""
    last = text.rsplit(". ", 1)[-1]
    return {(e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)
            if e.source[:3] == source and e.sentence and e.sentence.startswith(last[:20])}


@pytest.mark.parametrize(("text", "source", "doer", "other", "root"), [
    ("Iran test-fired a ballistic missile on Monday. Israel denounced the test and asked Germany to halt "
     "its trade with Tehran.", "ISR", "IRN", "DEU", "11"),
    ("Pakistan fired artillery shells across the border on Sunday. India condemned the shelling in strong "
     "words and urged Russia to mediate.", "IND", "PAK", "RUS", "11"),
    ("Azerbaijan shelled Armenian border posts on Saturday. Armenia protested the shelling and will raise the "
     "matter with France.", "ARM", "AZE", "FRA", "11"),
    ("Turkey shelled a Syrian village on Tuesday. Egypt condemned these strikes and pledged to consult "
     "Jordan.", "EGY", "TUR", "JOR", "11"),
])
def test_the_reaction_answers_the_doer_not_the_second_party(coder: Coder, text: str, source: str, doer: str,
                                                            other: str, root: str) -> None:
    got = _events(coder, text, source)
    assert (other, root) not in got, got
    assert (doer, root) in got, got


@pytest.mark.parametrize(("text", "source", "pair"), [
    # the object names its doer: read as before
    ("Peru condemned Chile's missile test and asked Bolivia to mediate.", "PER", ("CHL", "11")),
    # a second verb with no party: the act's doer stays the target
    ("Iran test-fired a missile on Monday. Israel condemned the launch and said it would respond.", "ISR",
     ("IRN", "11")),
    # a cooperative first verb is no reaction
    ("Kenya hosted talks on Monday. Ghana welcomed the talks and invited Nigeria to join them.", "GHA",
     ("NGA", "02")),
])
def test_guards(coder: Coder, text: str, source: str, pair: tuple[str, str]) -> None:
    assert pair in _events(coder, text, source)
