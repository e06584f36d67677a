"""A report that calls another state's act a good step, told with a copula ("said Peru's decision was a positive
step", a quotation before its teller): the teller's optimistic comment (013) on that state, not a bare statement
with no target (coding._approvals). A quotation opened inside its sentence before the teller is read as one that
opens it, for approvals and criticisms alike (coding._quoted_judgments). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures' types; the tests folder is no package at run time
    from tests.coding.conftest import CodeCoded


@pytest.mark.parametrize("sentence", [
    "Chile said Peru's decision to reopen the border was a step in the right direction.",
    "The Chilean foreign minister said the Peruvian offer is a positive step.",
    "Chile's president said Peru's withdrawal of troops was very encouraging.",
    '"Peru\'s pardon of the fishermen is a welcome development," the Chilean foreign minister said.',
    'Peru\'s release of the two sailors is "a modest first step in the right direction," the Chilean foreign '
    "minister told reporters.",
    "The Chilean foreign minister said Peru's decision was an important step in the peace process.",
])
def test_a_good_step_told_is_an_optimistic_comment_on_its_doer(code_coded: CodeCoded, sentence: str) -> None:
    assert ("CHL", "PER", "013") in code_coded(sentence)


def test_a_secretary_of_state_tells_a_quotation() -> None:
    from detente.coding._quoted_judgments import reported_span
    low = ['"', "peru", "lied", ",", '"', "secretary", "of", "state", "smith", "said", "."]
    assert reported_span(low, 9, 10) == (1, 3)


def test_a_wrong_quoted_inside_the_sentence_is_a_criticism(code_coded: CodeCoded) -> None:
    coded = code_coded('Peru\'s seizure of the trawler is "illegal and provocative," the Chilean foreign minister '
                       "said.")
    assert ("CHL", "PER", "111") in coded


@pytest.mark.parametrize("sentence", [
    # advice: a step that would be good, not an act judged
    "The Chilean foreign minister said a Peruvian apology would be a positive step.",
    # judged not good
    "The Chilean foreign minister said Peru's offer was not a step forward.",
    # a weighty step toward an end may be a bad one
    "The Chilean foreign minister said Peru's decision was a major step toward war.",
    # the teller's own act
    "The Chilean foreign minister said Chile's decision to reopen the border was a positive step.",
    # a first step toward an end
    "The Chilean foreign minister said Peru's offer was a first step toward annexing the islands.",
])
def test_no_comment_on_another_state(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(code == "013" and target == "PER" for source, target, code in code_coded(sentence)
                   if source == "CHL")


# headway another state made: "has taken positive steps", "has made significant progress", "is moving in the right
# direction" (docs/coder.md, "Headway another state made: steps taken, progress made, the right direction")
@pytest.mark.parametrize("sentence", [
    "The Chilean foreign minister said Peru has taken positive steps to calm the border.",
    "Chile's foreign ministry said Peru had made substantial progress in clearing the minefields.",
    "The Chilean president said Peru has made progress in settling the fishing dispute.",
    "The Chilean foreign minister said he believed Peru is moving in the right direction.",
    "Chile's foreign ministry said a UN report on the border shows Peru has made progress.",
])
def test_headway_another_state_made_is_an_optimistic_comment_on_it(code_coded: CodeCoded, sentence: str) -> None:
    assert ("CHL", "PER", "013") in code_coded(sentence)


@pytest.mark.parametrize("sentence", [
    # scant or no headway
    "The Chilean foreign minister said Peru has made little progress in clearing the minefields.",
    "The Chilean foreign minister said Peru has made no progress.",
    # advice: headway still to be made
    "The Chilean foreign minister said Peru must make progress on the border.",
    "The Chilean foreign minister said Peru needs to take positive steps.",
    # steps of no worth told, and headway in arming
    "The Chilean foreign minister said Peru has taken steps to expand its navy.",
    "The Chilean foreign minister said Peru has made progress in its missile program.",
    # the teller's own headway
    "The Chilean foreign minister said Chile has made significant progress.",
])
def test_no_headway_comment_on_another_state(code_coded: CodeCoded, sentence: str) -> None:
    assert not any(code == "013" and target == "PER" for source, target, code in code_coded(sentence)
                   if source == "CHL")
