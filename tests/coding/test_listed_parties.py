"""Sources listed before the verb that the parse splits, and an offer told at talks (sentences written for these
tests).

- "Foreign Minister Lopez, Foreign Minister Garcia, and Foreign Minister Arce condemned ...": the parse reads the
  second item as an apposition of the first (`coding._noun_actors.NounActors._listed`);
- "Chile's Foreign Minister Juan Lopez, Peruvian Foreign Minister Ana Garcia, and ... condemned ...": the names,
  which the actors' table lacks, end each actor at its office, and the parse takes "Chile" for the subject
  (`coding.clauses.ClauseReader._titled_list`);
- "Gen. Juan Lopez, the commander of the Chilean army, praised Peru": the parse takes the name for the sentence's
  root and hangs the verb on it as a parataxis (`coding.clauses.ClauseReader.subject`);
- an offer (03) of one side of talks with no target is aimed at the other side (`coding.exchange`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import Coder
from detente.coding.exchange import exchange_targets
from detente.model import Event

DAY = dt.date(2019, 8, 21)

_CALLS = ("Chile's Foreign Minister Juan Lopez held calls on Monday with Peruvian Foreign Minister Ana Garcia and "
          "Bolivian Foreign Minister Luis Arce. ")


def _sources(coder: Coder, text: str, root: str) -> set[str]:
    return {e.source[:3] for e in coder.code_text(text, date=DAY) if e.code.startswith(root)}


@pytest.mark.parametrize(("text", "root"), [
    (_CALLS + "Foreign Minister Lopez, Foreign Minister Garcia, and Foreign Minister Arce strongly condemned the "
     "Argentine launch.", "11"),
    (_CALLS + "Minister Lopez, Minister Garcia, and Minister Arce strongly criticized the Argentine blockade.", "11"),
    ("Chile's Foreign Minister Juan Lopez, Peruvian Foreign Minister Ana Garcia, and Bolivian Foreign Minister Luis "
     "Arce strongly condemned the Argentine launch.", "11"),
])
def test_every_listed_official_is_a_source(coder: Coder, text: str, root: str) -> None:
    assert _sources(coder, text, root) == {"CHL", "PER", "BOL"}


def test_a_name_the_parse_takes_for_the_root_is_the_subject(coder: Coder) -> None:
    assert _sources(coder, "Gen. Juan Lopez, the commander of the Chilean army, praised Peru.", "05") == {"CHL"}


def test_an_apposition_of_the_same_country_is_no_other_party(coder: Coder) -> None:
    events = coder.code_text("Foreign Minister Lopez, Chile's top diplomat, condemned the Argentine launch.", date=DAY)
    assert {(e.source[:3], e.target[:3]) for e in events if e.code.startswith("11")} == {("CHL", "ARG")}


def test_a_proper_name_after_a_body_is_no_office_holder(coder: Coder) -> None:
    # "the delegation of the Peru Institute of Trade": a name inside a body's phrase, not an office's holder
    text = ("The Chilean delegation led by Ana Soto and the delegation of the Peru Institute of Trade headed by "
            "President Luis Vega visited Bolivia on Friday.")
    assert _sources(coder, text, "04") == {"CHL"}


def _told(source: str, target: str, code: str, sentence: str) -> Event:
    return Event(DAY, source, target, code, sentence=sentence)


def test_an_offer_at_talks_is_made_to_the_other_side() -> None:
    coded = [[_told("CHL", "PER", "040", "Chile and Peru held talks in Lima."),
              _told("PER", "CHL", "040", "Chile and Peru held talks in Lima.")],
             [_told("CHL", "---", "033", "Chile has said it will provide fertilizer.")]]
    assert exchange_targets(coded, [{"CHL", "PER"}, {"CHL"}])[1][0].target == "PER"


def test_an_offer_long_after_the_talks_keeps_no_target() -> None:
    coded = [[_told("CHL", "PER", "040", "Chile and Peru held talks in Lima.")], [], [], [],
             [_told("CHL", "---", "033", "Chile has said it will provide fertilizer.")]]
    assert exchange_targets(coded, [{"CHL", "PER"}, set(), set(), set(), {"CHL"}])[4][0].target == "---"


def test_an_offer_of_a_state_with_two_partners_keeps_no_target() -> None:
    coded = [[_told("CHL", "PER", "040", "Chile and Peru held talks in Lima."),
              _told("CHL", "BOL", "040", "Chile and Bolivia held talks in Lima.")],
             [_told("CHL", "---", "033", "Chile has said it will provide fertilizer.")]]
    assert exchange_targets(coded, [{"CHL", "PER", "BOL"}, {"CHL"}])[1][0].target == "---"


def test_a_demand_at_talks_is_not_filled() -> None:
    coded = [[_told("CHL", "PER", "040", "Chile and Peru held talks in Lima.")],
             [_told("CHL", "---", "100", "Chile is demanding an exchange of envoys.")]]
    assert exchange_targets(coded, [{"CHL", "PER"}, {"CHL"}])[1][0].target == "---"


@pytest.mark.parametrize("text", [
    "Chile expressed its deepest sympathy and condolences to the families of all the victims, including police "
    "officers who died in their duties, and to the Government and the people of Peru.",
    "Chile sent a message of sympathy to the bereaved families of the miners who lost their lives in the accident, "
    "and to the people of Peru.",
])
def test_a_target_phrase_joined_by_and_to_is_a_target(coder: Coder, text: str) -> None:
    # the parse hangs "and to the Government ..." on a noun deep in the phrase before, or on the verb
    assert "PER" in {e.target[:3] for e in coder.code_text(text, date=DAY) if e.code.startswith("01")}


def test_a_phrase_joined_by_and_of_is_no_target(coder: Coder) -> None:
    # "of" is no preposition of a target: the might of the unity and of the army of Peru is Peru's own
    text = "The traitor was beaten hard by the might of the unity and of the army of Peru during his tenure."
    assert all(e.target[:3] != "PER" for e in coder.code_text(text, date=DAY))
