""""The parties" a body calls on: the two states the text has just presented as a pair (sentences written for
these tests).

"Clashes broke out between Peru and Ecuador ... The Security Council called upon the parties to ...": the call is
aimed at Peru and at Ecuador. Political parties ("the parties and organisations of all countries"), "the parties
concerned", a text that presented no pair, a pair told too long before, a speaker that is one of the pair and a
third state in the sentence leave "the parties" unresolved.
"""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder

DAY = dt.date(2016, 3, 9)


def _pairs(coder: Coder, sentences: list[str]) -> list[set[tuple[str, str]]]:
    return [{(e.source[:6], e.target[:3]) for e in found} for found in coder.code_many(sentences, date=DAY)]


def test_the_parties_are_the_two_states_between_whom_fighting_broke_out(coder: Coder) -> None:
    found = _pairs(coder, ["Clashes broke out between Peru and Ecuador along the border on Sunday.",
                           "The Security Council called upon the parties to respect the ceasefire."])
    assert {("IGOUNO", "PER"), ("IGOUNO", "ECU")} <= found[1]


def test_two_states_joined_as_the_subject_are_the_parties(coder: Coder) -> None:
    found = _pairs(coder, ["Sudan and Chad exchanged fire on Monday.",
                           "The African Union urged the parties to protect civilians."])
    assert {("IGOAFR", "SDN"), ("IGOAFR", "TCD")} <= found[1]


def test_a_pair_named_before_the_words_in_the_same_sentence(coder: Coder) -> None:
    found = _pairs(coder, ["After talks between Peru and Ecuador collapsed, the Security Council called upon the "
                           "parties to show restraint."])
    assert {("IGOUNO", "PER"), ("IGOUNO", "ECU")} <= found[0]


def test_a_pair_named_within_four_sentences(coder: Coder) -> None:
    found = _pairs(coder, ["Clashes broke out between Peru and Ecuador along the border on Sunday.",
                           "Dozens of soldiers were wounded.", "Aid convoys were stopped.",
                           "The Security Council met on Monday night.",
                           "The Council called upon the parties to respect the ceasefire."])
    assert {("IGOUNO", "PER"), ("IGOUNO", "ECU")} <= found[4]


def test_no_pair_presented_leaves_the_parties_unresolved(coder: Coder) -> None:
    found = _pairs(coder, ["The Security Council called upon the parties to ensure the safety of civilians."])
    assert all(not t.isalpha() for _, t in found[0])


def test_a_pair_told_too_long_before_is_not_meant(coder: Coder) -> None:
    found = _pairs(coder, ["Clashes broke out between Peru and Ecuador along the border on Sunday.",
                           "Dozens of soldiers were wounded.", "Aid convoys were stopped.", "Roads were closed.",
                           "Schools were shut.", "The Council called upon the parties to respect the ceasefire."])
    assert all(t not in ("PER", "ECU") for _, t in found[5])


def test_political_parties_of_a_list_are_not_the_pair(coder: Coder) -> None:
    found = _pairs(coder, ["Laos and Vietnam signed a trade agreement.",
                           "The statement called upon the parties and organisations of all countries to support "
                           "the accord."])
    assert all(t not in ("LAO", "VNM") for _, t in found[1])


def test_the_parties_concerned_are_not_the_pair(coder: Coder) -> None:
    found = _pairs(coder, ["North Korea and the United States held talks in Geneva.",
                           "China urged the parties concerned to resume the six-party talks."])
    assert all(t not in ("PRK", "USA") for _, t in found[1])


def test_one_of_the_pair_speaking_leaves_the_parties_unresolved(coder: Coder) -> None:
    found = _pairs(coder, ["Peru and Ecuador exchanged fire on Sunday.",
                           "Peru urged the parties to respect the ceasefire."])
    assert ("PER", "ECU") not in found[1] and ("PER", "PER") not in found[1]


def test_a_third_state_in_the_sentence_leaves_the_parties_unresolved(coder: Coder) -> None:
    found = _pairs(coder, ["Peru and Ecuador exchanged fire on Sunday.",
                           "The Security Council called upon the parties to respect Brazil's mediation."])
    assert all(t not in ("PER", "ECU") for _, t in found[1])


def test_the_module_examples() -> None:
    import doctest

    from detente.coding import _councils

    result = doctest.testmod(_councils)
    assert result.attempted > 0
    assert result.failed == 0
