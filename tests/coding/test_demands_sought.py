"""Redress sought of another state and a dare: demands (10), not appeals (02); a statement told before its author
speaks for it when named again (sentences written for these tests, none from an evaluation set; docs/coder.md,
"Demands sought, dares, and a statement told before its author").

Seeking, asking for or requesting an apology, an explanation or compensation from another state holds it to
account for a wrong: CAMEO's demand (100, 101 for compensation), no mere request. Challenging another state to act
dares it to: a demand, and what it is dared to do is no act. The guards keep the noun "challenge", "challenge" of a
claim, a request for help and a dare with no infinitive. "In a statement on Monday, the Foreign Ministry said ...":
the text is the ministry's, so "The statement demanded ..." later is the ministry's demand; not a joint statement's
two authors, nor a statement "by" another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from detente.coding import Coder

#: the ``code_coded`` fixture (tests/coding/conftest.py): (source country, target country, code) of each event
CodeCoded = Callable[[str], list[tuple[str, str, str]]]

DAY = dt.date(2013, 6, 3)


def roots(code_coded: CodeCoded, sentence: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of each event of the sentence."""
    return {(s, t, c[:2]) for s, t, c in code_coded(sentence)}


def test_an_apology_sought_is_a_demand(code_coded: CodeCoded) -> None:
    found = roots(code_coded, "Seoul sought a formal apology from Tokyo for the remarks of its envoy.")
    assert ("KOR", "JPN", "10") in found
    assert ("KOR", "JPN", "02") not in found


def test_a_headline_seeking_an_apology_is_a_demand(code_coded: CodeCoded) -> None:
    assert ("TUR", "ISR", "10") in roots(code_coded, "Turkey Seeks Israeli Apology over Flotilla Raid")


def test_an_explanation_asked_for_is_a_demand(code_coded: CodeCoded) -> None:
    found = roots(code_coded, "Vietnam asked China for an explanation of the seizure of its fishing boats.")
    assert ("VNM", "CHN", "10") in found
    assert ("VNM", "CHN", "02") not in found


def test_compensation_requested_is_a_demand_of_cooperation(code_coded: CodeCoded) -> None:
    assert ("PHL", "CHN", "101") in code_coded("The Philippines requested compensation from China for the sunken "
                                               "boat.")


def test_a_dare_is_a_demand_and_what_it_dares_is_no_act(code_coded: CodeCoded) -> None:
    found = code_coded("Peru challenged Bolivia to withdraw its troops from the border.")
    assert ("PER", "BOL", "100") in found
    assert not any(c[:2] == "08" for _, _, c in found)  # the withdrawal is dared, not done


def test_a_dare_to_a_government(code_coded: CodeCoded) -> None:
    assert ("IND", "PAK", "100") in code_coded("India challenged the Pakistani government to hand over the suspects.")


def test_help_asked_for_stays_an_appeal(code_coded: CodeCoded) -> None:
    assert ("NPL", "IND", "023") in code_coded("Nepal asked India for help after the earthquake.")


def test_the_noun_challenge_is_no_demand(code_coded: CodeCoded) -> None:
    found = roots(code_coded, "Pakistan said terrorism is the biggest challenge to peace in the region, not India.")
    assert not any(c == "10" for _, _, c in found)


def test_a_claim_challenged_is_no_dare(code_coded: CodeCoded) -> None:
    found = roots(code_coded, "Vietnam challenged China's claim to the islands.")
    assert not any(c == "10" for _, _, c in found)


def test_a_challenge_with_no_infinitive_is_no_dare(code_coded: CodeCoded) -> None:
    found = roots(code_coded, "Cuba said it would challenge the United States to the end.")
    assert not any(c == "10" for _, _, c in found)


# a text told in an "in" phrase before its author, then named again: the author's
def text_coded(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of each event of a text."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


def test_a_statement_told_before_its_author_speaks_for_it(shared_coder: Coder) -> None:
    found = text_coded(shared_coder, "In a statement on Sunday, the Foreign Ministry of Ghana said Togolese troops had "
                                     "entered the border zone. The statement demanded that Togo pull them back.")
    assert ("GHA", "TGO", "10") in found


def test_a_statement_with_no_comma_before_its_author(shared_coder: Coder) -> None:
    found = text_coded(shared_coder, "Nepal's foreign ministry criticized India's blockade. In a statement on June 2 "
                                     "it said the blockade hurt the people. The statement demanded that India lift it "
                                     "at once.")
    assert ("NPL", "IND", "10") in found


def test_a_letter_told_before_its_author(shared_coder: Coder) -> None:
    found = text_coded(shared_coder, "In a letter to the Security Council, Sudan accused Chad of arming the rebels. "
                                     "The letter called on the Council to condemn Chad.")
    assert ("SDN", "IGO", "02") in found


def test_a_joint_statement_is_no_one_of_its_authors(shared_coder: Coder) -> None:
    found = text_coded(shared_coder, "In a joint statement, Ghana and Togo said they would hold talks. The statement "
                                     "urged Benin to join them.")
    assert not any(s in ("GHA", "TGO") and t == "BEN" for s, t, _ in found)


def test_a_statement_by_another_is_not_the_subjects(shared_coder: Coder) -> None:
    found = text_coded(shared_coder, "In a statement by the African Union, Togo was criticized. The statement "
                                     "demanded that Togo withdraw its troops.")
    assert not any(s == "TGO" for s, _, c in found if c == "10")
