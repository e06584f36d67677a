"""A state's verbal judgment of another state's act, told in the shapes news gives it: a participle of naming or
asking after a comma ("condemned the strike, calling it ..."), an act named in an "in what X called" or ", which X
called" clause, a "that" clause of insisting that tells what is ("insisted that the curbs are arbitrary"), and a
judgment with a copula of rules, curbs or measures ("said the Japanese regulations are discriminatory")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]


def _roots(code_coded: CodeCoded, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in code_coded(sentence)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a participle of naming or asking after a verb of condemning is the condemner's act, not what was condemned
    ("The Bolivian government rejected the report, describing the Chilean deployment as a provocation.",
     ("BOL", "CHL", "11")),
    ("The Russian government condemned the Ukrainian strike, calling on Kyiv to halt the attacks.",
     ("RUS", "UKR", "02")),
    # an act named in a clause after it: the judgment is aimed at the act's doer
    ("Peruvian warships entered the disputed waters, in what Ecuador called a provocation.", ("ECU", "PER", "11")),
    ("Azerbaijani troops shelled Armenian villages on Monday, which Yerevan described as an unprovoked attack.",
     ("ARM", "AZE", "11")),
    ("Laos freed twelve Thai fishermen on Friday, in what the Thai foreign minister described as a constructive "
     "step.", ("THA", "LAO", "01")),
    # a "that" clause of insisting that tells what is: a statement, a criticism when it judges
    ("Malaysia insisted that the Indonesian export curbs are arbitrary and discriminatory.", ("MYS", "IDN", "11")),
    ("Kenya insisted that Uganda had violated the border agreement.", ("KEN", "UGA", "11")),
    # rules, curbs or measures judged (not said to be broken) are their maker's
    ("Vietnam said the Chinese fishing regulations are unfair and unreasonable.", ("VNM", "CHN", "11")),
])
def test_a_judgment_of_another_states_act_is_aimed_at_its_doer(code_coded: CodeCoded, sentence: str,
                                                                expected: tuple[str, str, str]) -> None:
    assert expected in _roots(code_coded, sentence)


def test_a_demand_of_insisting_stays_a_demand(code_coded: CodeCoded) -> None:
    found = _roots(code_coded, "Malaysia insisted that Indonesia lift the export curbs.")
    assert ("MYS", "IDN", "10") in found and ("MYS", "IDN", "01") not in found


def test_a_judgment_of_ones_own_act_aims_at_no_one(code_coded: CodeCoded) -> None:
    found = code_coded("The Chinese navy held drills near the coast in what Beijing called a routine exercise.")
    assert all(t == "---" for _, t, _ in found)


def test_the_body_whose_rules_are_broken_is_no_party(code_coded: CodeCoded) -> None:
    found = _roots(code_coded, "Japan said North Korea's launch was a clear violation of UN Security Council "
                               "resolutions.")
    assert found == {("JPN", "PRK", "11")}


def test_a_call_for_talks_stays_an_appeal(code_coded: CodeCoded) -> None:
    assert _roots(code_coded, "Ecuador called for talks with Peru.") == {("ECU", "PER", "02")}
