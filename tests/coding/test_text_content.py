"""What a statement, letter, note or message says, told as the text's own words rather than with "said that":
a relative clause whose subject is the text ("sent a note to Peru that protested ...", "issued a statement, which
condemned ..."), and an answer given in a text ("responded to the note with a statement that ..."). The act is the
sender's; a report's judgment is aimed at the state its words name, not at the one the text was sent to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

CodeCoded = Callable[[str], list[tuple[str, str, str]]]
CountryCoded = Callable[[str, dt.date], set[tuple[str, str, str, str]]]

DAY = dt.date(2013, 5, 14)


@pytest.mark.parametrize(("text", "event"), [
    # a relative clause right after the text (and whom it is sent to) tells its words
    ("Chile sent a note to Peru that protested the seizure of two Chilean trawlers.", ("CHL", "PER", "11")),
    ("Egypt sent a letter to the Security Council that said the Ethiopian dam was a violation of its water rights.",
     ("EGY", "ETH", "11")),
    ("Ghana issued a statement, which strongly condemned Togo for the shelling of the border post.",
     ("GHA", "TGO", "11")),
    ("Bolivia sent a message to Paraguay which urged restraint along the Chaco frontier.", ("BOL", "PRY", "02")),
    # an answer given in a text is a statement of its sender, and what it says is judged as "said that" is
    ("Qatar responded to the Saudi note with a statement that the blockade was an act of aggression.",
     ("QAT", "SAU", "11")),
    ("Cuba replied with a communique calling the American embargo an act of aggression.", ("CUB", "USA", "11")),
])
def test_a_text_tells_its_senders_act(country_coded: CountryCoded, text: str, event: tuple[str, str, str]) -> None:
    assert (*event, "occurred") in country_coded(text, DAY)


def test_a_judgment_sent_to_a_body_is_aimed_at_the_state_it_names(country_coded: CountryCoded) -> None:
    coded = country_coded("Egypt sent a letter to the Security Council saying the Ethiopian dam was a violation of "
                          "its water rights.", DAY)
    assert ("EGY", "ETH", "11", "occurred") in coded
    assert not any(t == "IGO" and r == "11" for _, t, r, _ in coded)


def test_a_judgment_naming_no_state_stays_aimed_at_the_addressee(country_coded: CountryCoded) -> None:
    assert ("EGY", "ETH", "11", "occurred") in country_coded(
        "Egypt sent a letter to Ethiopia stating that the dam was illegal.", DAY)


@pytest.mark.parametrize("text", [
    "Chile sent a note to Peru that arrived on Monday.",  # no act words can do
    "Chile sent a note to Peru that Bolivia condemned.",  # the clause's own subject condemns
])
def test_a_relative_clause_that_tells_no_words_of_the_text(code_coded: CodeCoded, text: str) -> None:
    coded = code_coded(text)
    assert not any(s == "CHL" and c[:2] in ("04", "11") and c != "040" for s, _, c in coded)
    assert not any(s == "PER" for s, _, _ in coded)


def test_peru_responded_with_force_is_no_statement(code_coded: CodeCoded) -> None:
    assert not any(c == "010" for _, _, c in code_coded("Peru responded with force to the Chilean incursion."))
