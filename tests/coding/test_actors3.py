"""Who acts on whom in government texts: a city or a body that names a text or a meeting, an office whose title
alone names its state, and a government named before its people (docs/coder.md, "Meetings named after places,
offices of one state, and a government and its people"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from detente.coding import Coder
from detente.coding._text import tokenize

DAY = dt.date(2024, 6, 5)


def _mentions(coder: Coder, sentence: str) -> dict[str, str]:
    """The actor mentions the finder reads in ``sentence``: their words and codes."""
    tokens = coder.actors.split_pairs(tokenize(sentence))
    low = [t.lower() for t in tokens]
    found, _ = coder.actors.find(tokens, low, DAY)
    return {" ".join(tokens[m.start:m.end]): m.code for m in found}


def _events(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    """(source, target, root) of the events of ``text``, countries only ("---" for none)."""
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code_text(text, date=DAY)}


# -- a city or a body that names a text or a meeting -------------------------------------------------------------

def test_a_city_before_words_and_a_document_names_the_document(shared_coder: Coder) -> None:
    codes = set(_mentions(shared_coder, "Norway urged Chile to ratify the Lima fisheries accord.").values())
    assert "PERGOV" not in codes and "CHL" in codes
    codes = set(_mentions(shared_coder, "Kenya called for the Nairobi peace agreements to be honoured.").values())
    assert not any(c.startswith("KEN") and c != "KEN" for c in codes)


def test_a_country_before_a_joint_text_is_where_it_was_signed(shared_coder: Coder) -> None:
    assert "VNM" not in {c[:3] for c in _mentions(shared_coder, "Japan welcomed the Hanoi joint declaration.").values()}
    assert ("JPN", "VNM", "05") not in _events(shared_coder, "Japan welcomed the Hanoi joint declaration.")
    codes = _mentions(shared_coder, "Peru welcomed the Singapore joint statement on fisheries.")
    assert all(not c.startswith("SGP") for c in codes.values())


def test_the_two_leaders_are_not_the_city_of_an_agreement(shared_coder: Coder) -> None:
    text = ("President Gabriel Boric met President Gustavo Petro in Santiago. The two leaders reaffirmed their "
            "support for the Lisbon climate agreement.")
    assert not any("PRT" in (s, t) for s, t, _ in _events(shared_coder, text))


def test_a_body_before_a_meeting_where_an_act_takes_place_is_no_party(shared_coder: Coder) -> None:
    codes = _mentions(shared_coder, "Anwar Ibrahim met Ferdinand Marcos at the ASEAN summit in Vientiane.")
    assert not any(c.startswith("IGO") for c in codes.values())
    codes = _mentions(shared_coder, "Mohamad Hasan met Enrique Manalo on the sidelines of the ASEAN foreign "
                                    "ministers' meeting.")
    assert not any(c.startswith("IGO") for c in codes.values())


def test_a_body_that_holds_a_meeting_or_a_nation_party_to_a_deal_stays(shared_coder: Coder) -> None:
    codes = _mentions(shared_coder, "Malaysia hosted the ASEAN summit.")
    assert any(c.startswith("IGOSEAASN") for c in codes.values())
    codes = _mentions(shared_coder, "France urged the United States to return to the Iran nuclear deal.")
    assert "IRN" in {c[:3] for c in codes.values()}
    codes = _mentions(shared_coder, "At the Chinese Foreign Ministry's press conference, the spokesman criticized "
                                    "Japan.")
    assert any(c.startswith("CHN") for c in codes.values())
    # a pair before the meeting stays the pair of parties
    codes = _mentions(shared_coder, "Japan and Vietnam issued the Tokyo-Hanoi joint statement.")
    assert {"JPN", "VNM"} <= {c[:3] for c in codes.values()}


# -- an office whose title alone names the state -------------------------------------------------------------------

def test_the_secretary_of_state_is_the_us_government(shared_coder: Coder) -> None:
    assert ("USA", "PER", "11") in _events(shared_coder, "The Secretary of State criticized Peru's fishing quotas.")
    text = "Deputy Secretary of State Mark Hollis met Bolivian Foreign Minister Rogelio Mayta."
    assert ("USA", "BOL", "04") in _events(shared_coder, text)
    text = "Assistant Secretary of State for Andean Affairs Jane Doe met Bolivian Foreign Minister Rogelio Mayta."
    assert ("USA", "BOL", "04") in _events(shared_coder, text)


def test_a_secretary_of_state_for_a_portfolio_is_not_the_us(shared_coder: Coder) -> None:
    text = "The Secretary of State for Scotland met Norwegian Foreign Minister Espen Barth Eide."
    assert not any(s == "USA" for s, _, _ in _events(shared_coder, text))
    codes = _mentions(shared_coder, "Britain's Secretary of State met the Norwegian foreign minister.")
    assert any(c.startswith("GBR") for c in codes.values())
    assert not any(c.startswith("USA") for c in codes.values())


# -- a government named before or after its people ----------------------------------------------------------------

def test_the_government_and_people_of_a_state_are_both_that_states(shared_coder: Coder) -> None:
    codes = _mentions(shared_coder, "Chile sent condolences to the government and people of Bolivia.")
    assert codes.get("government") == "BOLGOV"
    codes = _mentions(shared_coder, "Chile sent condolences to the people and government of Bolivia.")
    assert codes.get("people") == "BOLCVL"


def test_a_role_before_the_government_of_another_clause_keeps_no_country(shared_coder: Coder) -> None:
    codes = _mentions(shared_coder, "The protesters and the government of Syria clashed in Homs.")
    assert codes.get("protesters", "---")[:3] == "---"
