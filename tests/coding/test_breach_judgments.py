"""A judgment of a breach that names the act it judges by a noun told before (sentences written for these tests).

Statements and analyses judge an act told in an earlier sentence: "Chile fired a missile on Friday. Peru said the
launch was a clear violation of UN resolutions", "... condemned the tests as a breach of Security Council
resolutions". The judgment is aimed at the act's doer (coding.answers.breach_doer), never at the body whose rules
are named; a body's own act named with a rule word ("the U.S. sanctions") stays the target.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.answers import breached_rules
from detente.coding.mentions import Mention

DAY = dt.date(2021, 3, 15)


def _events(coder: Coder, sentences: list[str]) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of each event the coder reads in the sentences, read as one text."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for found in coder.code_many(sentences, date=DAY) for e in found}


@pytest.mark.parametrize("judgment", [
    "Peru said the launch was a clear violation of UN resolutions.",
    "Peru said that the launch is a flagrant violation of Security Council resolutions.",
    "Peru said this latest launch is a grave breach of United Nations Security Council resolutions.",
    "Peru condemned the launch as a violation of Security Council resolutions.",
])
def test_a_judged_launch_is_aimed_at_its_launcher(shared_coder: Coder, judgment: str) -> None:
    found = _events(shared_coder, ["Chile fired a ballistic missile into the sea on Friday.", judgment])
    assert ("PER", "CHL", "11") in found
    assert not any(s == "PER" and t == "IGO" for s, t, _ in found)  # the rules' body is not judged


def test_each_of_several_judges_aims_at_the_tester(shared_coder: Coder) -> None:
    found = _events(shared_coder, ["Chile conducted a nuclear test on Monday.",
                            "Peru, Japan and the EU claimed the tests are a breach of UN Security Council "
                            "resolutions."])
    assert {("PER", "CHL", "11"), ("JPN", "CHL", "11")} <= found


def test_a_judgment_of_talks_between_others_finds_no_launcher(shared_coder: Coder) -> None:
    # "the talks" name no act of force and no act of the judge's counterpart: no target is made up
    found = _events(shared_coder, ["Chile and Peru held talks on Friday.",
                            "Bolivia said the talks were a violation of the treaty."])
    assert not any(s == "BOL" and t != "---" and r == "11" for s, t, r in found)


def test_a_condemned_sanction_keeps_its_maker(shared_coder: Coder) -> None:
    # "the U.S. sanctions" is the United States' act, not a rule it owns that someone breached
    found = _events(shared_coder, ["Chile announced new tariffs on Monday.",
                            "Peru condemned the U.S. sanctions against its companies."])
    assert ("PER", "USA", "11") in found


def test_a_judgment_with_its_wrongdoer_named_keeps_it(shared_coder: Coder) -> None:
    # the sentence names the wrongdoer itself (Bolivia's support): the launch told before does not replace it
    found = _events(shared_coder, ["Chile fired a ballistic missile on Friday.",
                            "Peru said Bolivia's support for the launch was a violation of UN resolutions."])
    assert ("PER", "BOL", "11") in found
    assert ("PER", "CHL", "11") not in found


def test_breached_rules_reads_the_word_of_a_breach_before_the_body() -> None:
    low = ["a", "violation", "of", "un", "security", "council", "resolutions"]
    assert breached_rules(low, Mention(3, 4, "IGOUNO"))
    low = ["condemned", "the", "u.s.", "sanctions", "against", "it"]
    assert not breached_rules(low, Mention(2, 3, "USA"))
